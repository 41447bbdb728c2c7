/* strpool.c: see strpool.h. Chunks of 64 KiB (a longer string gets a
 * chunk of its own), slots of 16 bytes at most 3/4 full: in a corpus-sized
 * graph the sentences kept as evidence are a large share of the memory, and
 * a malloc per string plus a 32-byte map slot cost about as much again. */
#include "graph/strpool.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#define CHUNK 65536

struct pl_strpool_chunk {
    pl_strpool_chunk *next;
    char data[];
};

static pl_strpool_slot *find(const pl_strpool *p, const char *s, size_t n, uint32_t h)
{
    size_t mask = p->cap - 1;
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        pl_strpool_slot *slot = &p->slots[k];
        if (!slot->s || (slot->hash == h && slot->len == n && memcmp(slot->s, s, n) == 0))
            return slot;
    }
}

static int grow(pl_strpool *p)
{
    size_t cap = p->cap ? p->cap * 2 : 32;
    pl_strpool_slot *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < p->cap; i++) {
        if (!p->slots[i].s)
            continue;
        size_t k = p->slots[i].hash & (cap - 1);
        while (slots[k].s)
            k = (k + 1) & (cap - 1);
        slots[k] = p->slots[i];
    }
    free(p->slots);
    p->slots = slots;
    p->cap = cap;
    return 0;
}

/* Room for n bytes: in the chunk being filled, or a new one; a string
 * over a quarter chunk gets a chunk of its own, the one being filled kept. */
static char *room(pl_strpool *p, size_t n)
{
    if (n <= p->left) {
        char *at = p->cur;
        p->cur += n;
        p->left -= n;
        return at;
    }
    if (n > CHUNK / 4) {
        pl_strpool_chunk *c = malloc(sizeof *c + n);
        if (!c)
            return NULL;
        c->next = p->chunks;
        p->chunks = c;
        return c->data;
    }
    /* The first chunk is small: a graph of one article needs little. */
    size_t size = p->chunks ? CHUNK : CHUNK / 16;
    if (n > size)
        size = CHUNK;
    pl_strpool_chunk *c = malloc(sizeof *c + size);
    if (!c)
        return NULL;
    c->next = p->chunks;
    p->chunks = c;
    p->cur = c->data + n;
    p->left = size - n;
    return c->data;
}

const char *pl_strpool_intern(pl_strpool *p, const char *s, size_t n)
{
    if (n >= UINT32_MAX)
        return NULL;
    if ((p->count + 1) * 4 >= p->cap * 3 && grow(p))
        return NULL;
    uint32_t h = (uint32_t)pl_hash(s, n);
    pl_strpool_slot *slot = find(p, s, n, h);
    if (slot->s)
        return slot->s;
    char *copy = room(p, n + 1);
    if (!copy)
        return NULL;
    memcpy(copy, s, n);
    copy[n] = '\0';
    slot->s = copy;
    slot->hash = h;
    slot->len = (uint32_t)n;
    p->count++;
    return copy;
}

void pl_strpool_free(pl_strpool *p)
{
    while (p->chunks) {
        pl_strpool_chunk *next = p->chunks->next;
        free(p->chunks);
        p->chunks = next;
    }
    free(p->slots);
    *p = (pl_strpool)PL_STRPOOL_INIT;
}
