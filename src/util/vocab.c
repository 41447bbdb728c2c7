/* vocab.c: lookups in a table of short strings to ids (vocab.h); the
 * lexicon builds the table with pl_vocab_slot_of too, so both sides probe
 * it the same way. */
#include "util/vocab.h"

size_t pl_vocab_slot_of(const pl_vocab_slot *slots, size_t mask, const char *pool,
                        const uint32_t *off, const char *s, size_t n, uint64_t head)
{
    unsigned shift = pl_vocab_shift(mask + 1);
    for (size_t i = (size_t)(pl_vocab_hash(head, s, n) >> shift);; i = (i + 1) & mask) {
        const pl_vocab_slot *v = &slots[i];
        if (v->id < 0)
            return i;
        if (v->head == head && v->len == n) {
            /* Up to sixteen bytes, the head and the last eight are all. */
            const char *own = pool + off[v->id];
            if (n <= 8 || (n <= 16 ? pl_vocab_tail8(own, n) == pl_vocab_tail8(s, n)
                                   : memcmp(own + 8, s + 8, n - 8) == 0))
                return i;
        }
    }
}

int32_t pl_vocab_find(const pl_vocab *v, const char *s, size_t n)
{
    if (!v->slots)
        return -1;
    if (n > v->max_len)
        n = v->max_len;
    return v->slots[pl_vocab_slot_of(v->slots, v->mask, v->pool, v->off, s, n,
                                     pl_vocab_head(s, n))].id;
}

