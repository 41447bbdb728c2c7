/* util.c: error filling, strings, hashing, the growable buffer, the
 * open-addressing string map used by the graph model and the pooled map
 * the extractor keeps between articles. */
#include "util/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int pl_fail(parley_error *err, int code, long long offset, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        err->code = code;
        err->offset = offset;
        va_start(ap, fmt);
        vsnprintf(err->text, sizeof err->text, fmt, ap);
        va_end(ap);
    }
    return code;
}

const char *parley_code_name(int code)
{
    switch (code) {
    case PARLEY_OK: return "success";
    case PARLEY_ENOMEM: return "out of memory";
    case PARLEY_EIO: return "input/output error";
    case PARLEY_EINPUT: return "malformed input";
    case PARLEY_EINVAL: return "invalid argument";
    case PARLEY_EGRAPHVIZ: return "Graphviz failed";
    case PARLEY_ELIMIT: return "limit exceeded";
    default: return "unknown error";
    }
}

int pl_grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < need) {
        if (c > ((size_t)-1 / 2) / elem)
            return PARLEY_ENOMEM;
        c *= 2;
    }
    void *q = realloc(*p, c * elem);
    if (!q)
        return PARLEY_ENOMEM;
    *p = q;
    *cap = c;
    return 0;
}

char *pl_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void pl_copy(char *dst, size_t cap, const char *src)
{
    if (!cap)
        return;
    size_t n = strnlen(src, cap - 1);
    memmove(dst, src, n);
    dst[n] = '\0';
}

char *pl_strdup(const char *s)
{
    return s ? pl_strndup(s, strlen(s)) : NULL;
}

/* Eight bytes at a time (FNV-1a took one multiply per byte, and the
 * lexicon hashes every token of every article), with a final avalanche so
 * the low bits the map masks with depend on every byte. The bytes are read
 * little-endian whatever the host, so a key hashes the same everywhere. */
static uint64_t load64_le(const unsigned char *p, size_t n)
{
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++)
        w |= (uint64_t)p[i] << (8 * i);
    return w;
}

uint64_t pl_hash(const char *s, size_t n)
{
    const uint64_t k = 0x9E3779B97F4A7C15ULL;
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = 0xCBF29CE484222325ULL ^ ((uint64_t)n * k);
    for (; n >= 8; p += 8, n -= 8) {
        h = (h ^ load64_le(p, 8)) * k;
        h ^= h >> 29;
    }
    if (n) {
        h = (h ^ load64_le(p, n)) * k;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

int pl_buf_reserve(pl_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > (size_t)-1 / 2)
            return PARLEY_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return PARLEY_ENOMEM;
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0'; /* the promise: NUL-terminated once allocated */
    return 0;
}

int pl_buf_append(pl_buf *b, const char *s, size_t n)
{
    if (pl_buf_reserve(b, n))
        return PARLEY_ENOMEM;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int pl_buf_puts(pl_buf *b, const char *s)
{
    return pl_buf_append(b, s, strlen(s));
}

int pl_buf_printf(pl_buf *b, const char *fmt, ...)
{
    /* Formats straight into the spare room, and a second time only when
     * the text did not fit: most calls append a short id to a buffer that
     * has room already (graph edge keys, node ids), and formatting is what
     * these calls cost. */
    va_list ap;
    size_t room = b->cap > b->len ? b->cap - b->len : 0;
    va_start(ap, fmt);
    int n = vsnprintf(room ? b->data + b->len : NULL, room, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < room) {
        b->len += (size_t)n;
        return 0;
    }
    if (n < 0 || pl_buf_reserve(b, (size_t)n)) {
        if (room)
            b->data[b->len] = '\0'; /* undo a cut-off attempt: the buffer is as it was */
        return PARLEY_ENOMEM;
    }
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void pl_buf_free(pl_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- open addressing with linear probing, written once for both maps -- */

/* Whether slot i of a map is empty or holds key[0..n) of hash h. */
typedef int (*slot_ends)(const void *map, size_t i, const char *key, size_t n, uint64_t h);

/* The slot of key in a table of cap (a power of two) slots: its own, or
 * the empty one where it would go. */
static size_t probe(const void *map, size_t cap, const char *key, size_t n, uint64_t h,
                    slot_ends ends)
{
    size_t mask = cap - 1;
    size_t i = (size_t)h & mask;
    while (!ends(map, i, key, n, h))
        i = (i + 1) & mask;
    return i;
}

/* Where a slot of the old table goes in the new one (the map's table is
 * the new one by then), or NULL for an empty slot. */
typedef void *(*slot_home)(void *map, const void *slot);

/* Doubles a map's table (*slots, *cap slots of `size` bytes; 16 at first),
 * moving each used slot to its place in the new table. */
static int grow(void *map, void **slots, size_t *cap, size_t size, slot_home home)
{
    char *old = *slots;
    size_t old_cap = *cap;
    size_t new_cap = old_cap ? old_cap * 2 : 16; /* small: a graph per article is common */
    void *fresh = calloc(new_cap, size);
    if (!fresh)
        return PARLEY_ENOMEM;
    *slots = fresh;
    *cap = new_cap;
    for (size_t i = 0; i < old_cap; i++) {
        void *to = home(map, old + i * size);
        if (to)
            memcpy(to, old + i * size, size);
    }
    free(old);
    return 0;
}

static int map_ends(const void *map, size_t i, const char *key, size_t n, uint64_t h)
{
    const pl_map_slot *s = &((const pl_map *)map)->slots[i];
    return !s->key || (s->hash == h && s->keylen == n && memcmp(s->key, key, n) == 0);
}

static pl_map_slot *map_find(const pl_map *m, const char *key, size_t n, uint64_t h)
{
    return &m->slots[probe(m, m->cap, key, n, h, map_ends)];
}

static void *map_home(void *map, const void *slot)
{
    const pl_map_slot *s = slot;
    return s->key ? map_find(map, s->key, s->keylen, s->hash) : NULL;
}

void *pl_map_get(const pl_map *m, const char *key, size_t n)
{
    if (!m->cap)
        return NULL;
    pl_map_slot *s = map_find(m, key, n, pl_hash(key, n));
    return s->key ? s->value : NULL;
}

int pl_map_put(pl_map *m, const char *key, size_t n, void *value)
{
    if ((m->count + 1) * 4 >= m->cap * 3 &&
        grow(m, (void **)&m->slots, &m->cap, sizeof *m->slots, map_home))
        return PARLEY_ENOMEM;
    uint64_t h = pl_hash(key, n);
    pl_map_slot *s = map_find(m, key, n, h);
    if (!s->key) {
        s->key = pl_strndup(key, n);
        if (!s->key)
            return PARLEY_ENOMEM;
        s->keylen = n;
        s->hash = h;
        m->count++;
    }
    s->value = value;
    return 0;
}

void pl_map_free(pl_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
    m->slots = NULL;
    m->cap = m->count = 0;
}

static int smap_ends(const void *map, size_t i, const char *key, size_t n, uint64_t h)
{
    const pl_smap *m = map;
    const pl_smap_slot *s = &m->slots[i];
    return !s->value || (s->hash == h && s->len == n && memcmp(m->pool + s->off, key, n) == 0);
}

static pl_smap_slot *smap_find(const pl_smap *m, const char *key, size_t n, uint64_t h)
{
    return &m->slots[probe(m, m->cap, key, n, h, smap_ends)];
}

static void *smap_home(void *map, const void *slot)
{
    const pl_smap *m = map;
    const pl_smap_slot *s = slot;
    return s->value ? smap_find(m, m->pool + s->off, s->len, s->hash) : NULL;
}

intptr_t pl_smap_get(const pl_smap *m, const char *key, size_t n)
{
    if (!m->count)
        return 0;
    return smap_find(m, key, n, pl_hash(key, n))->value;
}

int pl_smap_put(pl_smap *m, const char *key, size_t n, intptr_t value)
{
    if ((m->count + 1) * 2 > m->cap &&
        grow(m, (void **)&m->slots, &m->cap, sizeof *m->slots, smap_home))
        return PARLEY_ENOMEM;
    uint64_t h = pl_hash(key, n);
    pl_smap_slot *s = smap_find(m, key, n, h);
    if (!s->value) {
        if (n > UINT32_MAX || m->pool_len + n > UINT32_MAX ||
            pl_grow((void **)&m->pool, &m->pool_cap, m->pool_len + n + 1, 1))
            return PARLEY_ENOMEM;
        memcpy(m->pool + m->pool_len, key, n);
        s->hash = h;
        s->off = (uint32_t)m->pool_len;
        s->len = (uint32_t)n;
        m->pool_len += n;
        m->count++;
    }
    s->value = value;
    return 0;
}

/* Tables past this many slots are released when cleared. */
#define SMAP_KEEP 256

void pl_smap_clear(pl_smap *m)
{
    if (m->cap > SMAP_KEEP || m->pool_cap > 64 * SMAP_KEEP) {
        pl_smap_free(m);
        return;
    }
    if (m->count)
        memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->count = 0;
    m->pool_len = 0;
}

void pl_smap_free(pl_smap *m)
{
    free(m->slots);
    free(m->pool);
    memset(m, 0, sizeof *m);
}

#include "parley/parley.h"
const char *parley_version(void)
{
    return PARLEY_VERSION;
}

/* The bytes of s[0..n) before a '"', a '\\', a control character or,
 * when high stops, a byte from 0x80 up: sixteen at a time where SSE2 is. */
static size_t json_run(const char *s, size_t n, int high)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                  space = _mm_set1_epi8(0x20), zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        /* Signed, below 0x20 is a control character or a byte from 0x80 up. */
        __m128i low = _mm_cmplt_epi8(v, space);
        __m128i ctrl = high ? low : _mm_andnot_si128(_mm_cmplt_epi8(v, zero), low);
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                    ctrl);
        int m = _mm_movemask_epi8(stop);
        if (m)
            return i + (size_t)__builtin_ctz((unsigned)m);
    }
#endif
    while (i < n && p[i] >= 0x20 && (!high || p[i] < 0x80) && p[i] != '"' && p[i] != '\\')
        i++;
    return i;
}

size_t pl_json_ascii_run(const char *s, size_t n)
{
    return json_run(s, n, 1);
}

size_t pl_json_text_run(const char *s, size_t n)
{
    return json_run(s, n, 0);
}
