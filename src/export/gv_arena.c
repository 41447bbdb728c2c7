/* gv_arena.c: a cgraph memory discipline that allocates from large blocks
 * and frees them all at once when the graph is closed. The DOT exporter
 * builds a graph, writes it and closes it: with malloc, a million-edge
 * graph costs millions of mallocs and, in agclose, as many dictionary
 * deletions and frees (a fifth of the export's time). With this discipline
 * cgraph's agclose skips its per-object teardown and calls close once. */
#include "export/gv.h"

#include <stdlib.h>
#include <string.h>

/* Blocks of 1 MiB: large enough that the block list stays short (a few
 * hundred for a million edges), small enough for a tiny graph. A request
 * over a quarter of a block gets a block of its own, so at most a quarter
 * of each block is left unused. */
#define BLOCK_SIZE (1u << 20)
#define BIG_REQUEST (BLOCK_SIZE / 4)
#define ALIGN 16

typedef struct block {
    struct block *next;
    size_t used, size;
    /* the data follows, aligned to ALIGN */
} block;

#define HEADER (((sizeof(block) + ALIGN - 1) / ALIGN) * ALIGN)

typedef struct arena {
    block *blocks; /* blocks of BLOCK_SIZE, the one being filled first */
    block *big;    /* blocks of one big request each */
    void *last;    /* the last small allocation, which may grow in place */
    size_t last_size;
} arena;

static char *data_of(block *b)
{
    return (char *)b + HEADER;
}

/* A zeroed block of `size` data bytes pushed on *list. */
static block *push_block(block **list, size_t size)
{
    block *b = calloc(1, HEADER + size);
    if (!b)
        return NULL;
    b->size = size;
    b->next = *list;
    *list = b;
    return b;
}

static void *arena_open(Agdisc_t *disc)
{
    (void)disc;
    return calloc(1, sizeof(arena));
}

static size_t round_up(size_t req)
{
    return req == 0 ? ALIGN : (req + ALIGN - 1) / ALIGN * ALIGN;
}

/* Zeroed memory, as cgraph expects of its allocator. */
static void *arena_alloc(void *state, size_t req)
{
    arena *a = state;
    size_t n = round_up(req);
    if (n > BIG_REQUEST) {
        block *b = push_block(&a->big, n);
        return b ? data_of(b) : NULL;
    }
    block *b = a->blocks;
    if ((!b || b->size - b->used < n) && !(b = push_block(&a->blocks, BLOCK_SIZE)))
        return NULL;
    void *p = data_of(b) + b->used;
    b->used += n;
    a->last = p;
    a->last_size = n;
    return p;
}

/* Grows the last small allocation in place when it can; otherwise copies.
 * The bytes past `old` are zero either way: arena memory is never reused. */
static void *arena_resize(void *state, void *ptr, size_t old, size_t req)
{
    arena *a = state;
    if (!ptr)
        return arena_alloc(state, req);
    if (req <= old)
        return ptr;
    block *b = a->blocks;
    size_t n = round_up(req);
    if (ptr == a->last && n <= BIG_REQUEST && b->size - b->used >= n - a->last_size) {
        b->used += n - a->last_size;
        a->last_size = n;
        return ptr;
    }
    void *p = arena_alloc(state, req);
    if (p)
        memcpy(p, ptr, old);
    return p;
}

/* Nothing: the memory goes back when the graph is closed. */
static void arena_free(void *state, void *ptr)
{
    (void)state;
    (void)ptr;
}

static void free_blocks(block *b)
{
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
}

static void arena_close(void *state)
{
    arena *a = state;
    free_blocks(a->blocks);
    free_blocks(a->big);
    free(a);
}

static Agmemdisc_t arena_mem = {arena_open, arena_alloc, arena_resize, arena_free, arena_close};

Agdisc_t *parley_gv_arena_disc(void)
{
    /* NULL id and io disciplines: cgraph's defaults. */
    static Agdisc_t disc = {&arena_mem, NULL, NULL};
    return &disc;
}
