/* strpool.h: the graph's pool of shared strings (evidence sentences,
 * attribute values): each distinct string stored once, in large chunks,
 * found through a compact open-addressing table. Strings live until the
 * pool is freed. Internal to src/graph. */
#ifndef PARLEY_STRPOOL_H
#define PARLEY_STRPOOL_H

#include <stddef.h>
#include <stdint.h>

typedef struct pl_strpool_slot {
    const char *s; /* NUL-terminated, in a chunk; NULL = empty slot */
    uint32_t hash; /* low 32 bits of the string's hash */
    uint32_t len;
} pl_strpool_slot;

typedef struct pl_strpool_chunk pl_strpool_chunk;

typedef struct pl_strpool {
    pl_strpool_slot *slots; /* power-of-two many, or NULL */
    size_t cap, count;
    pl_strpool_chunk *chunks; /* all chunks, newest first */
    char *cur;             /* free bytes of the chunk being filled */
    size_t left;
} pl_strpool;

#define PL_STRPOOL_INIT {NULL, 0, 0, NULL, NULL, 0}

/* The pool's copy of s[0..n) (n < 4 GiB), added when missing; NULL when
 * out of memory. */
const char *pl_strpool_intern(pl_strpool *p, const char *s, size_t n);
void pl_strpool_free(pl_strpool *p);

#endif
