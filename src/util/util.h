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
 * `return pl_fail(err, PARLEY_EINPUT, off, "...")`. */
int pl_fail(parley_error *err, int code, long long offset, const char *fmt, ...)
    PARLEY_PRINTF(4, 5);

/* Grows the array *p (of *cap elements of elem bytes) to hold at least need
 * elements, doubling; returns 0 or PARLEY_ENOMEM (the array is unchanged). */
int pl_grow(void **p, size_t *cap, size_t need, size_t elem);

/* Copies src into dst[cap] as snprintf(dst, cap, "%s", src) does (cut
 * to cap - 1 bytes, NUL-terminated), without the formatting machinery. */
void pl_copy(char *dst, size_t cap, const char *src);

/* strdup/strndup that return NULL on failure. */
char *pl_strdup(const char *s);
char *pl_strndup(const char *s, size_t n);

uint64_t pl_hash(const char *s, size_t n);     /* 64-bit, not cryptographic */

/* ---- growable buffer: always NUL-terminated when data != NULL -------- */
typedef struct pl_buf {
    char *data;
    size_t len;
    size_t cap;
} pl_buf;

#define PL_BUF_INIT {NULL, 0, 0}
int pl_buf_reserve(pl_buf *b, size_t extra);
int pl_buf_append(pl_buf *b, const char *s, size_t n);
/* Empties b and keeps data a C string (""), for code that reads data as
 * one after nothing was appended. */
static inline void pl_buf_clear(pl_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}
int pl_buf_puts(pl_buf *b, const char *s);
int pl_buf_printf(pl_buf *b, const char *fmt, ...) PARLEY_PRINTF(2, 3);
void pl_buf_free(pl_buf *b);

/* ---- string map: keys copied, values are the caller's pointers -------- */
typedef struct pl_map_slot {
    char *key;
    size_t keylen;
    uint64_t hash;
    void *value;
} pl_map_slot;

typedef struct pl_map {
    pl_map_slot *slots;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} pl_map;

#define PL_MAP_INIT {NULL, 0, 0}
/* The value for key[0..n), or NULL. */
void *pl_map_get(const pl_map *m, const char *key, size_t n);
/* Sets key -> value (replacing). Returns 0 or PARLEY_ENOMEM. */
int pl_map_put(pl_map *m, const char *key, size_t n, void *value);
void pl_map_free(pl_map *m);

/* ---- small string map for per-article tables: keys are copied into one
 * pool, and clearing keeps the memory, so a stream of articles allocates
 * nearly nothing once warm ------------------------------------------------ */
typedef struct pl_smap_slot {
    uint64_t hash;
    uint32_t off, len; /* key bytes in pool */
    intptr_t value;    /* 0: empty slot */
} pl_smap_slot;

typedef struct pl_smap {
    pl_smap_slot *slots;
    size_t cap, count;  /* cap: a power of two, or 0 */
    char *pool;
    size_t pool_len, pool_cap;
} pl_smap;

#define PL_SMAP_INIT {NULL, 0, 0, NULL, 0, 0}
/* The value for key[0..n), or 0 when absent. */
intptr_t pl_smap_get(const pl_smap *m, const char *key, size_t n);
/* Sets key -> value (value != 0, replacing). Returns 0 or PARLEY_ENOMEM. */
int pl_smap_put(pl_smap *m, const char *key, size_t n, intptr_t value);
/* Empties the map; small tables keep their memory for the next use. */
void pl_smap_clear(pl_smap *m);
void pl_smap_free(pl_smap *m);

/* JSON strings: the length of the start of s[0..n) that is copied as it
 * is. pl_json_ascii_run stops at a control character, '"', '\\' or a byte
 * from 0x80 up; pl_json_text_run lets bytes from 0x80 up through. Both
 * take sixteen bytes at a time where SSE2 is. */
size_t pl_json_ascii_run(const char *s, size_t n);
size_t pl_json_text_run(const char *s, size_t n);

#endif
