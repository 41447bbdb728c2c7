/* vocab.h: the read side of a table from short strings (the lexicon's
 * tokens) to integer ids: the hash and the probes, shared by the lexicon's
 * builder and its lookups (interning an article's tokens, the rules'
 * questions about a word), so that both sides agree by construction. */
#ifndef PARLEY_VOCAB_H
#define PARLEY_VOCAB_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* A slot: a string's first eight bytes (zero-padded, first byte lowest),
 * its length and id; id -1 when empty. Most strings are compared without
 * leaving the slot. */
typedef struct pl_vocab_slot {
    uint64_t head;
    uint32_t len;
    int32_t id;
} pl_vocab_slot;

/* A built table, read-only (its arrays belong to whoever built it). */
typedef struct pl_vocab {
    const pl_vocab_slot *slots; /* open addressing, at most half full; at
                                   least two (pl_vocab_shift) */
    size_t mask;                /* slots - 1 (a power of two of slots) */
    unsigned shift;             /* 64 - log2(slots): a hash's top bits
                                   are its first slot */
    const char *pool;           /* string id's bytes at pool + off[id] */
    const uint32_t *off;
    size_t max_len;             /* strings compare by their first max_len bytes */
} pl_vocab;

/* A string's first eight bytes, zero-padded, first byte lowest. */
static inline uint64_t pl_vocab_head(const char *s, size_t n)
{
    uint64_t w = 0;
    if (n >= 8) { /* one load */
        memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w = __builtin_bswap64(w);
#endif
        return w;
    }
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)(unsigned char)s[i] << (8 * i);
    return w;
}

/* The same, when eight bytes from s may be read (the bytes past the
 * string are masked off). */
static inline uint64_t pl_vocab_head8(const char *s, size_t n)
{
    uint64_t w;
    memcpy(&w, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return n >= 8 ? w : w & ((UINT64_C(1) << (8 * n)) - 1);
}

/* A string's last eight bytes (n > 8: they overlap the head when n < 16). */
static inline uint64_t pl_vocab_tail8(const char *s, size_t n)
{
    uint64_t w;
    memcpy(&w, s + n - 8, 8);
    return w;
}

/* The hash of string s[0..n) with this head; its top bits are where its
 * probe starts (multiplicative hashing: the top bits of the product mix
 * every bit of the head). Up to eight bytes the head is the string (no
 * string holds a NUL), one multiply; a longer one mixes in its length and
 * its last eight bytes, one load and one multiply more (a byte loop over
 * the rest was 2 % of a run): strings that differ only in the middle
 * share a hash, and the comparison in the slot tells them apart. */
static inline uint64_t pl_vocab_hash(uint64_t head, const char *s, size_t n)
{
    if (n <= 8)
        return head * 0x9E3779B97F4A7C15ULL;
    return ((head ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ULL ^ pl_vocab_tail8(s, n)) *
           0xC2B2AE3D27D4EB4FULL;
}

/* The shift that takes a hash to one of slots (a power of two, at least
 * two) slots. */
static inline unsigned pl_vocab_shift(size_t slots)
{
    return 64u - (unsigned)__builtin_ctzll((unsigned long long)slots);
}

/* The id of a string of 2 to 8 bytes given its head (pl_vocab_head8), or
 * -1: interning's call for most words, the slot alone decides. */
static inline int32_t pl_vocab_find_short(const pl_vocab *v, uint64_t head, size_t n)
{
    /* pl_vocab_hash of up to eight bytes; a slot's length still counts:
     * the head of "internat" is that of "international". */
    for (size_t i = (size_t)((head * 0x9E3779B97F4A7C15ULL) >> v->shift);; i = (i + 1) & v->mask) {
        int32_t id = v->slots[i].id;
        if (id < 0 || (v->slots[i].head == head && v->slots[i].len == n))
            return id;
    }
}

/* The id of a string of 9 to 16 bytes, eight bytes from s readable (its
 * head and last eight bytes are all of it), or -1. */
static inline int32_t pl_vocab_find_mid(const pl_vocab *v, const char *s, size_t n)
{
    uint64_t head = pl_vocab_head8(s, n), tail = pl_vocab_tail8(s, n);
    for (size_t i = (size_t)(pl_vocab_hash(head, s, n) >> v->shift);; i = (i + 1) & v->mask) {
        int32_t id = v->slots[i].id;
        if (id < 0 || (v->slots[i].head == head && v->slots[i].len == n &&
                       pl_vocab_tail8(v->pool + v->off[id], n) == tail))
            return id;
    }
}

/* The slot of s[0..n) (head: pl_vocab_head) in slots (mask + 1 of them,
 * at least two; strings at pool + off[id]): its own, or the empty one
 * where it would go. For the table's builder, which has no pl_vocab yet. */
size_t pl_vocab_slot_of(const pl_vocab_slot *slots, size_t mask, const char *pool,
                        const uint32_t *off, const char *s, size_t n, uint64_t head);

/* The id of s[0..n) (its first max_len bytes), or -1 (also for a table
 * with no slots). */
int32_t pl_vocab_find(const pl_vocab *v, const char *s, size_t n);

#endif
