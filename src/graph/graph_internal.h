/* graph_internal.h: the graph model's private structs and the helpers its
 * files share (graph.c: storage, indexes, building, reading; record.c:
 * mention counts and evidence; fold.c: the folds of parley_graph_finish;
 * merge.c: joining nodes and graphs). Internal to src/graph. */
#ifndef PARLEY_GRAPH_INTERNAL_H
#define PARLEY_GRAPH_INTERNAL_H

#include "parley/graph.h"
#include "graph/strpool.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Sentences longer than this many bytes are cut (at a UTF-8 boundary) and
 * get "..." appended: evidence is there to be read in a tooltip or a JSON
 * viewer, and a runaway "sentence" (a table, a missing full stop) would
 * otherwise be copied whole into every node it mentions. */
#define SENTENCE_MAX 600
#define DEFAULT_MAX_EVIDENCE 5

typedef struct attr {
    char *key;   /* the schema's static string, or owned (see owned) */
    const char *value; /* in the graph's string pool; NULL = unset (JSON null) */
    int owned;   /* key allocated here: a key outside the type's schema */
} attr;

typedef struct doc_entry {
    const char *name; /* in the graph's string pool */
    const char *date; /* likewise, or NULL */
    uint32_t hash;    /* of name, kept for the index's growth */
} doc_entry;

/* What nodes and edges share: mention count, distinct documents, evidence.
 * Laid out small: a large graph is millions of these. */
/* One evidence item as kept: 24 bytes (offsets fit 32 bits: the extractor
 * refuses articles over 256 MiB, and add_evidence offsets past 4 GiB). */
typedef struct ev_item {
    const char *document; /* the graph's document name */
    const char *sentence; /* in the graph's pool, or NULL */
    uint32_t start, end;
} ev_item;

typedef struct record {
    ev_item *ev;
    int *docs;           /* distinct document indexes, sorted, when docs_cap > 0 */
    size_t mentions;
    uint32_t extra_docs; /* documents counted without their names (read-back JSON) */
    int one;             /* the largest document when ndocs > 0: the only one,
                          * when ndocs == 1 and docs_cap == 0 (most records: no
                          * allocation for them), else the last of docs */
    uint32_t ndocs, docs_cap;
    uint32_t nev, ev_cap;
} record;

struct parley_node {
    parley_graph *graph; /* whose string pool holds the attribute values */
    parley_node_type type;
    uint64_t hash; /* of id, kept for the index's growth */
    char *id;
    char *label;
    attr *attrs;
    size_t nattrs, attrs_cap;
    record rec;
    /* Set only during parley_graph_finish: the official this surname-only
     * node folds into, and the represents edge that names the country. */
    parley_node *fold;
    const parley_edge *best_rep;
    /* Set when a finish folded this node into another: callers may still
     * hold the pointer (pointers stay valid while the graph lives), and
     * what they add through it goes to the node it became. */
    parley_node *merged_into;
};

struct parley_edge {
    parley_node *src;
    parley_node *dst;
    parley_relation rel;
    record rec;
    parley_edge *merged_into; /* as for nodes: the edge a fold merged it into */
};

/* Edges come from slabs, zeroed, freed with the graph: no per-edge
 * allocation header, and neighbours in memory. Slabs double from 16 edges
 * up to EDGE_SLAB, so a graph of one article stays small. */
#define EDGE_SLAB 1024
typedef struct edge_slab {
    struct edge_slab *next;
    size_t used, cap;
    parley_edge edges[];
} edge_slab;

/* An index of nodes or edges: open addressing over pointers to them, the
 * keys being in the pointed-to structs (no copies: a large graph is
 * mostly its edges, and a copied key per edge cost more than the edge). */
typedef struct ptable {
    void **slots; /* power-of-two many, or NULL */
    size_t cap, count;
} ptable;

struct parley_graph {
    doc_entry *docs;
    size_t ndocs, docs_cap;
    parley_node **nodes;
    size_t nnodes, nodes_cap;
    parley_edge **edges;
    size_t nedges, edges_cap;
    size_t *doc_order;     /* walking order of docs (by name), set by finish */
    size_t ndoc_order;
    uint32_t *doc_slots;   /* documents by name: index + 1, 0 = empty */
    size_t doc_slots_cap;
    pl_strpool strings;    /* pool of evidence sentences and attribute values */
    ptable node_index;     /* nodes by id */
    ptable edge_index;     /* edges by source, relation, target */
    edge_slab *slabs;      /* where edges live; the newest first */
    parley_node **gone_nodes; /* folded away, kept until free (see merged_into) */
    size_t ngone_nodes, gone_nodes_cap;
    parley_edge **gone_edges;
    size_t ngone_edges, gone_edges_cap;
    size_t max_evidence;
    /* Set once a document came whose name does not sort after the one
     * before it, or a record was merged in (record.c): until then a
     * document with a larger index has a larger name, which spares
     * pl_record_add a look at the evidence kept (see there). */
    int docs_unordered;
};


/* The node or edge a pointer now stands for, after any folds: what is read
 * or added through a folded pointer goes to what it became. */
static inline const parley_node *pl_node_now(const parley_node *n)
{
    while (n && n->merged_into)
        n = n->merged_into;
    return n;
}

static inline const parley_edge *pl_edge_now(const parley_edge *e)
{
    while (e && e->merged_into)
        e = e->merged_into;
    return e;
}

/* The same for the mutators, whose pointers are not const. */
static inline parley_node *pl_node_live(parley_node *n)
{
    return (parley_node *)pl_node_now(n);
}

static inline parley_edge *pl_edge_live(parley_edge *e)
{
    return (parley_edge *)pl_edge_now(e);
}

/* Is a meeting date one day (YYYY-MM-DD), not a month, year or range? */
static inline int pl_graph_is_day(const char *date)
{
    return date && strlen(date) == 10 && !strchr(date, '/');
}

/* Which of two values for the same thing wins, whatever order they come
 * in: the longer (a full name over a surname, "Foreign Minister" over
 * "Minister"), then the smaller in byte order. */
static inline int pl_graph_value_wins(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la > lb;
    return strcmp(a, b) < 0;
}

/* Counts saturate, never wrap: parts that claim together more mentions than
 * JSON's integers carry (2^63 - 1), or more documents than 32 bits hold,
 * keep the largest count there is (a merge of crafted parts; real corpora
 * are far below), and the merged graph still reads back. */
#define PL_MENTIONS_MAX ((size_t)INT64_MAX)

static inline size_t pl_mentions_add(size_t a, size_t b)
{
    a = a < PL_MENTIONS_MAX ? a : PL_MENTIONS_MAX;
    return b >= PL_MENTIONS_MAX - a ? PL_MENTIONS_MAX : a + b;
}

static inline uint32_t pl_docs_add(uint32_t a, size_t b)
{
    return b >= (size_t)(UINT32_MAX - a) ? UINT32_MAX : a + (uint32_t)b;
}

/* A record's document count: named ones and those counted without names. */
static inline size_t pl_record_documents(const record *r)
{
    size_t d = (size_t)r->ndocs + r->extra_docs;
    return d < UINT32_MAX ? d : UINT32_MAX;
}

/* ---- graph.c ---------------------------------------------------------- */

/* Array growth: returns p, reallocated to hold at least `need` elements of
 * `size` bytes (doubling), with *cap updated; NULL when out of memory, p and
 * *cap untouched. need >= 1, so a NULL result never means "nothing to do". */
void *pl_graph_grow(void *p, size_t *cap, size_t need, size_t size);
/* The index of document `name` (name[0..len)), or -1. */
long pl_graph_doc_lookup(const parley_graph *g, const char *name, size_t len);
parley_node *pl_graph_node_lookup(const parley_graph *g, const char *id);
parley_edge *pl_graph_edge_lookup(const parley_graph *g, const parley_node *src,
                                  parley_relation rel, const parley_node *dst);
/* Adds n (not present; n->hash set) or e (not present) to its index.
 * 0 or PARLEY_ENOMEM. */
int pl_graph_node_index_put(parley_graph *g, parley_node *n);
int pl_graph_edge_index_put(parley_graph *g, parley_edge *e);

/* ---- record.c --------------------------------------------------------- */

void pl_record_free(record *r);
/* A record's sorted document indexes (r->ndocs of them). */
const int *pl_record_docs(const record *r);
/* Do two records share a document? */
int pl_record_docs_shared(const record *x, const record *y);
/* Counts one mention in document doc, with its evidence (start, end and
 * the sentence, which the graph copies). Every allocation happens before
 * anything is changed, so a failure leaves the record as it was. 0,
 * PARLEY_EINVAL or PARLEY_ENOMEM. */
int pl_record_add(parley_graph *g, record *r, int doc, size_t start, size_t end,
                  const char *sentence, size_t sentence_len);
/* Adds record src (of another graph, or of g when docmap is NULL) to dst
 * (of graph g): counts summed, document sets united (docmap: src's
 * document index -> g's), evidence merged in the canonical order and cut
 * to g's limit. Order-free, so merging is associative and commutative.
 * 0, PARLEY_EINVAL or PARLEY_ENOMEM. */
int pl_record_merge(parley_graph *g, record *dst, const record *src, const int *docmap);

/* ---- fold.c ----------------------------------------------------------- */

/* The folds of parley_graph_finish (docs/merging.md): each official's
 * country settled from its represents edges, then surname-only officials
 * folded into the one official they name, spellings of one name into one,
 * loosely dated meetings into the one day-dated meeting they report;
 * repeated until nothing folds. The indexes are rebuilt; the arrays are
 * left unsorted. 0 or PARLEY_ENOMEM. */
int pl_graph_fold(parley_graph *g);

/* ---- merge.c ---------------------------------------------------------- */

/* Joins node src's label and attributes into dst (same id). 0 or
 * PARLEY_ENOMEM. */
int pl_node_join(parley_node *dst, const parley_node *src);

#endif
