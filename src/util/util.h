/* util.h: small internal helpers shared by every stage: error filling,
 * string copies, a growable byte buffer, a string-keyed hash map and a
 * pooled one for per-article tables. Not public API. */
#ifndef PARLEY_UTIL_H
#define PARLEY_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include "parley/error.h"

#if defined(__GNUC__)
#define PARLEY_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define PARLEY_PRINTF(a, b)
#endif

/* Fills err (may be NULL) and returns code, so callers can
 * `return parley_fail(err, PARLEY_EINPUT, off, "...")`. */
int parley_fail(parley_error *err, int code, long long offset, const char *fmt, ...)
    PARLEY_PRINTF(4, 5);

/* Grows the array *p (of *cap elements of elem bytes) to hold at least need
 * elements, doubling; returns 0 or PARLEY_ENOMEM (the array is unchanged). */
int parley_grow(void **p, size_t *cap, size_t need, size_t elem);

/* Copies src into dst[cap] as snprintf(dst, cap, "%s", src) does (cut
 * to cap - 1 bytes, NUL-terminated), without the formatting machinery. */
void parley_copy(char *dst, size_t cap, const char *src);

/* strdup/strndup that return NULL on failure. */
char *parley_strdup(const char *s);
char *parley_strndup(const char *s, size_t n);

uint64_t parley_hash(const char *s, size_t n); /* 64-bit, not cryptographic */

/* ---- growable buffer: always NUL-terminated when data != NULL -------- */
typedef struct parley_buf {
    char *data;
    size_t len;
    size_t cap;
} parley_buf;

#define PARLEY_BUF_INIT {NULL, 0, 0}
int parley_buf_reserve(parley_buf *b, size_t extra);
int parley_buf_append(parley_buf *b, const char *s, size_t n);
int parley_buf_puts(parley_buf *b, const char *s);
int parley_buf_printf(parley_buf *b, const char *fmt, ...) PARLEY_PRINTF(2, 3);
void parley_buf_free(parley_buf *b);

/* ---- string map: keys copied, values are the caller's pointers -------- */
typedef struct parley_map_slot {
    char *key;
    size_t keylen;
    uint64_t hash;
    void *value;
} parley_map_slot;

typedef struct parley_map {
    parley_map_slot *slots;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} parley_map;

#define PARLEY_MAP_INIT {NULL, 0, 0}
/* The value for key[0..n), or NULL. */
void *parley_map_get(const parley_map *m, const char *key, size_t n);
/* Sets key -> value (replacing). Returns 0 or PARLEY_ENOMEM. */
int parley_map_put(parley_map *m, const char *key, size_t n, void *value);
void parley_map_free(parley_map *m);

/* ---- small string map for per-article tables: keys are copied into one
 * pool, and clearing keeps the memory, so a stream of articles allocates
 * nearly nothing once warm ------------------------------------------------ */
typedef struct parley_smap_slot {
    uint64_t hash;
    uint32_t off, len; /* key bytes in pool */
    intptr_t value;    /* 0: empty slot */
} parley_smap_slot;

typedef struct parley_smap {
    parley_smap_slot *slots;
    size_t cap, count;  /* cap: a power of two, or 0 */
    char *pool;
    size_t pool_len, pool_cap;
} parley_smap;

#define PARLEY_SMAP_INIT {NULL, 0, 0, NULL, 0, 0}
/* The value for key[0..n), or 0 when absent. */
intptr_t parley_smap_get(const parley_smap *m, const char *key, size_t n);
/* Sets key -> value (value != 0, replacing). Returns 0 or PARLEY_ENOMEM. */
int parley_smap_put(parley_smap *m, const char *key, size_t n, intptr_t value);
/* Empties the map; small tables keep their memory for the next use. */
void parley_smap_clear(parley_smap *m);
void parley_smap_free(parley_smap *m);

#endif
