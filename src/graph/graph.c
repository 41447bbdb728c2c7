/* graph.c: the relationship graph model. Nodes and edges live in arrays of
 * pointers (so a parley_node * handed out stays valid while the arrays grow),
 * found through string maps: id -> node, "src\x1frel\x1fdst" -> edge.
 * parley_graph_finish sorts both arrays into the one order exporters walk. */
#include "parley/graph.h"
#include "graph/strpool.h"
#include "util/util.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
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
    int one;             /* the only document, when ndocs == 1 and docs_cap == 0
                          * (most records: no allocation for them) */
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

/* The node or edge a pointer now stands for, after any folds: what is read
 * or added through a folded pointer goes to what it became. */
static const parley_node *cnode(const parley_node *n)
{
    while (n && n->merged_into)
        n = n->merged_into;
    return n;
}

static const parley_edge *cedge(const parley_edge *e)
{
    while (e && e->merged_into)
        e = e->merged_into;
    return e;
}

/* The same for the mutators, whose pointers are not const. */
static parley_node *live_node(parley_node *n)
{
    return (parley_node *)cnode(n);
}

static parley_edge *live_edge(parley_edge *e)
{
    return (parley_edge *)cedge(e);
}

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
    strpool strings;       /* pool of evidence sentences and attribute values */
    ptable node_index;     /* nodes by id */
    ptable edge_index;     /* edges by source, relation, target */
    edge_slab *slabs;      /* where edges live; the newest first */
    parley_node **gone_nodes; /* folded away, kept until free (see merged_into) */
    size_t ngone_nodes, gone_nodes_cap;
    parley_edge **gone_edges;
    size_t ngone_edges, gone_edges_cap;
    size_t max_evidence;
};

/* ---- names ------------------------------------------------------------ */

static const char *const node_type_names[PARLEY_NODE_TYPE_COUNT] = {
    "country", "official", "organization", "location", "meeting"};
static const char *const relation_names[PARLEY_REL_COUNT] = {
    "represents", "participant", "held_in", "located_in", "met"};
static const char *const status_names[PARLEY_STATUS_COUNT] = {
    "held", "planned", "cancelled"};
static const char *const kind_names[PARLEY_KIND_COUNT] = {
    "talks", "meeting", "visit", "call", "summit", "conference"};

/* Enum values are compared as unsigned so a negative value (which C allows
 * in an enum variable) is out of range too. */
const char *parley_node_type_name(parley_node_type type)
{
    return (unsigned)type < PARLEY_NODE_TYPE_COUNT ? node_type_names[type] : NULL;
}

const char *parley_relation_name(parley_relation rel)
{
    return (unsigned)rel < PARLEY_REL_COUNT ? relation_names[rel] : NULL;
}

const char *parley_meeting_status_name(parley_meeting_status status)
{
    return (unsigned)status < PARLEY_STATUS_COUNT ? status_names[status] : NULL;
}

const char *parley_meeting_kind_name(parley_meeting_kind kind)
{
    return (unsigned)kind < PARLEY_KIND_COUNT ? kind_names[kind] : NULL;
}

/* The attribute keys every node of a type carries, in output order. */
static const char *const schema_country[] = {"iso3", NULL};
static const char *const schema_official[] = {"country", "title", NULL};
static const char *const schema_organization[] = {"country", NULL};
static const char *const schema_location[] = {"country", NULL};
static const char *const schema_meeting[] = {"kind", "date", "status", "location", NULL};
static const char *const *const schemas[PARLEY_NODE_TYPE_COUNT] = {
    schema_country, schema_official, schema_organization, schema_location, schema_meeting};

/* ---- small helpers ---------------------------------------------------- */

/* Array growth: returns p, reallocated to hold at least `need` elements of
 * `size` bytes (doubling), with *cap updated; NULL when out of memory, p and
 * *cap untouched. need >= 1, so a NULL result never means "nothing to do". */
static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return p;
    size_t n = *cap ? *cap : 1;
    while (n < need) {
        if (n > ((size_t)-1 / 2) / size)
            return NULL;
        n *= 2;
    }
    void *q = realloc(p, n * size);
    if (q)
        *cap = n;
    return q;
}

static void record_free(record *r)
{
    free(r->ev);
    free(r->docs);
}

static void node_free(parley_node *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->nattrs; i++) {
        if (n->attrs[i].owned)
            free(n->attrs[i].key);
    }
    free(n->attrs);
    free(n->id);
    free(n->label);
    record_free(&n->rec);
    free(n);
}

/* The graph's one copy of sentence[0..len), cut to SENTENCE_MAX bytes
 * plus "..." when longer. The cut backs up over UTF-8 continuation bytes
 * so a character is never split. Sentences are pooled: the nodes and
 * edges of one sentence (three states and a meeting) share its text, which
 * is most of a large graph's memory otherwise. NULL in gives NULL out with
 * *ok set; *ok = 0 on ENOMEM. */
static const char *sentence_intern(parley_graph *g, const char *sentence, size_t len, int *ok)
{
    *ok = 1;
    if (!sentence)
        return NULL;
    const char *s;
    /* A sentence already cut (read back from JSON) stays as it was. */
    int was_cut = len <= SENTENCE_MAX + 3 && len >= 3 && memcmp(sentence + len - 3, "...", 3) == 0;
    if (len <= SENTENCE_MAX || was_cut) {
        s = strpool_intern(&g->strings, sentence, len);
    } else {
        char cut[SENTENCE_MAX + 4];
        size_t n = SENTENCE_MAX;
        while (n > 0 && ((unsigned char)sentence[n] & 0xC0) == 0x80)
            n--;
        memcpy(cut, sentence, n);
        memcpy(cut + n, "...", 3);
        s = strpool_intern(&g->strings, cut, n + 3);
    }
    if (!s)
        *ok = 0;
    return s;
}

/* The order evidence is kept in, and the one that decides which items a
 * full record keeps: document name, then start, then end. It depends on
 * nothing but the evidence, so graphs built in any order, or merged in any
 * order, keep the same items. Names are unique per graph, so equal pointers
 * mean the same document. */
static int ev_cmp(const char *doc_a, size_t start_a, size_t end_a, const ev_item *b)
{
    if (doc_a != b->document) {
        int c = strcmp(doc_a, b->document);
        if (c)
            return c;
    }
    if (start_a != b->start)
        return start_a < b->start ? -1 : 1;
    if (end_a != b->end)
        return end_a < b->end ? -1 : 1;
    return 0;
}

/* Where evidence (doc, start, end) goes in r's sorted list: after every
 * item not greater (so equal items keep their arrival order). Articles
 * arrive in order, so the answer is usually the end: scan from there. */
static size_t ev_position(const record *r, const char *doc, size_t start, size_t end)
{
    size_t pos = r->nev;
    while (pos > 0 && ev_cmp(doc, start, end, &r->ev[pos - 1]) < 0)
        pos--;
    return pos;
}

/* Would a record keep evidence at `pos`? Not past a full list. */
static int ev_wanted(const parley_graph *g, size_t pos)
{
    return pos < g->max_evidence;
}

/* Inserts evidence at pos (ev_wanted said yes; `sentence` is pooled),
 * dropping the last item when the list is full.
 * Returns 0 or PARLEY_ENOMEM (the record unchanged). */
static int ev_insert(const parley_graph *g, record *r, size_t pos, const char *doc,
                     size_t start, size_t end, const char *sentence)
{
    if (r->nev >= g->max_evidence) {
        r->nev--;
    } else {
        if (r->nev == r->ev_cap) {
            /* Doubling, but never past the limit: most lists stop at it. */
            size_t cap = r->ev_cap ? (size_t)r->ev_cap * 2 : 1;
            if (cap > g->max_evidence)
                cap = g->max_evidence;
            ev_item *ev = realloc(r->ev, cap * sizeof *ev);
            if (!ev)
                return PARLEY_ENOMEM;
            r->ev = ev;
            r->ev_cap = (uint32_t)cap;
        }
    }
    memmove(r->ev + pos + 1, r->ev + pos, (r->nev - pos) * sizeof *r->ev);
    r->ev[pos].document = doc;
    r->ev[pos].start = (uint32_t)start;
    r->ev[pos].end = (uint32_t)end;
    r->ev[pos].sentence = sentence;
    r->nev++;
    return 0;
}

/* A record's sorted document indexes. */
static const int *rec_docs(const record *r)
{
    return r->docs_cap ? r->docs : &r->one;
}

/* Where doc goes in r's sorted document set; *found when already there. */
static size_t doc_position(const record *r, int doc, int *found)
{
    const int *docs = rec_docs(r);
    size_t lo = 0, hi = r->ndocs;
    /* Articles are usually added in order, so a new one goes at the end. */
    if (hi > 0 && docs[hi - 1] < doc) {
        *found = 0;
        return hi;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (docs[mid] < doc)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = lo < r->ndocs && docs[lo] == doc;
    return lo;
}

/* Counts saturate, never wrap: parts that claim together more mentions than
 * JSON's integers carry (2^63 - 1), or more documents than 32 bits hold,
 * keep the largest count there is (a merge of crafted parts; real corpora
 * are far below), and the merged graph still reads back. */
#define MENTIONS_MAX ((size_t)INT64_MAX)

static size_t mentions_add(size_t a, size_t b)
{
    a = a < MENTIONS_MAX ? a : MENTIONS_MAX;
    return b >= MENTIONS_MAX - a ? MENTIONS_MAX : a + b;
}

static uint32_t docs_add(uint32_t a, size_t b)
{
    return b >= (size_t)(UINT32_MAX - a) ? UINT32_MAX : a + (uint32_t)b;
}

static size_t rec_documents(const record *r)
{
    size_t d = (size_t)r->ndocs + r->extra_docs;
    return d < UINT32_MAX ? d : UINT32_MAX;
}

/* Counts one mention. Every allocation happens before anything is changed,
 * so a failure leaves the record as it was. */
static int record_add(parley_graph *g, record *r, int doc, size_t start, size_t end,
                      const char *sentence, size_t sentence_len)
{
    if (doc < 0 || (size_t)doc >= g->ndocs || end < start || end > UINT32_MAX)
        return PARLEY_EINVAL;

    int found;
    size_t dpos = doc_position(r, doc, &found);
    /* The first document is kept inline; a second one moves to an array. */
    int first = !found && r->ndocs == 0 && !r->docs_cap;
    if (!found && !first) {
        size_t cap = r->docs_cap;
        int *docs = grow(r->docs_cap ? r->docs : NULL, &cap, r->ndocs + 1, sizeof *docs);
        if (!docs)
            return PARLEY_ENOMEM;
        if (!r->docs_cap)
            docs[0] = r->one;
        r->docs = docs;
        r->docs_cap = (uint32_t)cap;
    }

    const char *name = g->docs[doc].name;
    size_t pos = ev_position(r, name, start, end);
    if (ev_wanted(g, pos)) {
        int ok;
        const char *s = sentence_intern(g, sentence, sentence_len, &ok);
        if (!ok || ev_insert(g, r, pos, name, start, end, s))
            return PARLEY_ENOMEM;
    }
    if (first) {
        r->one = doc;
        r->ndocs = 1;
    } else if (!found) {
        memmove(r->docs + dpos + 1, r->docs + dpos, (r->ndocs - dpos) * sizeof *r->docs);
        r->docs[dpos] = doc;
        r->ndocs++;
    }
    r->mentions = mentions_add(r->mentions, 1);
    return 0;
}

/* ---- indexes -------------------------------------------------------- */

/* An edge's hash: its two endpoints' addresses and the relation. A node
 * is one per id and never moves, so its address stands for its id. */
static uint64_t edge_hash(const parley_node *src, parley_relation rel, const parley_node *dst)
{
    uint64_t h = (uint64_t)(uintptr_t)src * 0x9E3779B97F4A7C15u;
    h ^= ((uint64_t)(uintptr_t)dst + (uint64_t)rel) * 0xC2B2AE3D27D4EB4Fu;
    return h ^ (h >> 29);
}

static uint64_t item_hash(const void *item, int edges)
{
    const parley_edge *e = item;
    return edges ? edge_hash(e->src, e->rel, e->dst) : ((const parley_node *)item)->hash;
}

/* Doubles the table (at most 3/4 full). 0 or PARLEY_ENOMEM. */
static int ptable_grow(ptable *t, int edges)
{
    if ((t->count + 1) * 4 < t->cap * 3)
        return 0;
    size_t cap = t->cap ? t->cap * 2 : 16;
    void **slots = calloc(cap, sizeof *slots);
    if (!slots)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i])
            continue;
        size_t k = (size_t)item_hash(t->slots[i], edges) & (cap - 1);
        while (slots[k])
            k = (k + 1) & (cap - 1);
        slots[k] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return 0;
}

/* The slot holding the node with this id, or the empty slot where it goes. */
static void **node_slot(const ptable *t, const char *id, uint64_t h)
{
    size_t mask = t->cap - 1;
    for (size_t k = (size_t)h & mask;; k = (k + 1) & mask) {
        parley_node *n = t->slots[k];
        if (!n || (n->hash == h && strcmp(n->id, id) == 0))
            return &t->slots[k];
    }
}

static void **edge_slot(const ptable *t, const parley_node *src, parley_relation rel,
                        const parley_node *dst)
{
    size_t mask = t->cap - 1;
    for (size_t k = (size_t)edge_hash(src, rel, dst) & mask;; k = (k + 1) & mask) {
        parley_edge *e = t->slots[k];
        if (!e || (e->src == src && e->dst == dst && e->rel == rel))
            return &t->slots[k];
    }
}

static parley_node *node_lookup(const parley_graph *g, const char *id)
{
    if (!g->node_index.cap)
        return NULL;
    return *node_slot(&g->node_index, id, parley_hash(id, strlen(id)));
}

/* Adds n (not present; n->hash set) to the index. */
static int node_index_put(parley_graph *g, parley_node *n)
{
    if (ptable_grow(&g->node_index, 0))
        return PARLEY_ENOMEM;
    *node_slot(&g->node_index, n->id, n->hash) = n;
    g->node_index.count++;
    return 0;
}

static int edge_index_put(parley_graph *g, parley_edge *e)
{
    if (ptable_grow(&g->edge_index, 1))
        return PARLEY_ENOMEM;
    *edge_slot(&g->edge_index, e->src, e->rel, e->dst) = e;
    g->edge_index.count++;
    return 0;
}

static parley_edge *edge_lookup(const parley_graph *g, const parley_node *src,
                                parley_relation rel, const parley_node *dst)
{
    if (!g->edge_index.cap)
        return NULL;
    return *edge_slot(&g->edge_index, src, rel, dst);
}

/* ---- building --------------------------------------------------------- */

parley_graph *parley_graph_new(void)
{
    parley_graph *g = calloc(1, sizeof *g);
    if (g)
        g->max_evidence = DEFAULT_MAX_EVIDENCE;
    return g;
}

void parley_graph_free(parley_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nnodes; i++)
        node_free(g->nodes[i]);
    for (size_t i = 0; i < g->nedges; i++)
        record_free(&g->edges[i]->rec);
    for (size_t i = 0; i < g->ngone_nodes; i++)
        node_free(g->gone_nodes[i]);
    for (size_t i = 0; i < g->ngone_edges; i++)
        record_free(&g->gone_edges[i]->rec);
    while (g->slabs) {
        edge_slab *next = g->slabs->next;
        free(g->slabs);
        g->slabs = next;
    }
    free(g->gone_nodes);
    free(g->gone_edges);
    free(g->nodes);
    free(g->edges);
    free(g->docs);
    free(g->doc_order);
    free(g->doc_slots);
    strpool_free(&g->strings);
    free(g->node_index.slots);
    free(g->edge_index.slots);
    free(g);
}

void parley_graph_set_max_evidence(parley_graph *g, size_t max)
{
    assert(g);
    g->max_evidence = max;
}

/* The slot of document `name` in the index, or the empty one it goes in. */
static uint32_t *doc_slot(const parley_graph *g, const char *name, size_t len, uint32_t h)
{
    size_t mask = g->doc_slots_cap - 1;
    for (size_t k = h & mask;; k = (k + 1) & mask) {
        uint32_t *slot = &g->doc_slots[k];
        if (!*slot)
            return slot;
        const doc_entry *d = &g->docs[*slot - 1];
        if (d->hash == h && strncmp(d->name, name, len) == 0 && d->name[len] == '\0')
            return slot;
    }
}

/* The index of document `name`, or -1. */
static long doc_lookup(const parley_graph *g, const char *name, size_t len)
{
    if (!g->doc_slots_cap)
        return -1;
    uint32_t *slot = doc_slot(g, name, len, (uint32_t)parley_hash(name, len));
    return *slot ? (long)*slot - 1 : -1;
}

static int doc_index_grow(parley_graph *g)
{
    if ((g->ndocs + 1) * 4 < g->doc_slots_cap * 3)
        return 0;
    size_t cap = g->doc_slots_cap ? g->doc_slots_cap * 2 : 16;
    uint32_t *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < g->ndocs; i++) {
        size_t k = g->docs[i].hash & (cap - 1);
        while (slots[k])
            k = (k + 1) & (cap - 1);
        slots[k] = (uint32_t)(i + 1);
    }
    free(g->doc_slots);
    g->doc_slots = slots;
    g->doc_slots_cap = cap;
    return 0;
}

int parley_graph_add_document(parley_graph *g, const char *name, const char *date,
                              parley_error *err)
{
    assert(g);
    /* A NULL name is kept as "" so evidence always names some document. */
    if (!name)
        name = "";
    size_t name_len = strlen(name);
    g->ndoc_order = 0; /* indexes are insertion order again until finish */
    /* A name already known is the same document: its index again, with
     * the smaller of the two dates (a rule that ignores arrival order). */
    long known = doc_lookup(g, name, name_len);
    if (known >= 0) {
        doc_entry *d = &g->docs[known];
        if (date && (!d->date || strcmp(date, d->date) < 0)) {
            const char *copy = strpool_intern(&g->strings, date, strlen(date));
            if (!copy)
                return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            d->date = copy;
        }
        return (int)known;
    }
    /* Indexes are returned as int, so the table stops short of INT_MAX. */
    if (g->ndocs >= (size_t)0x7fffffff)
        return parley_fail(err, PARLEY_ELIMIT, -1, "too many documents in one graph");
    doc_entry *docs = grow(g->docs, &g->docs_cap, g->ndocs + 1, sizeof *docs);
    if (!docs)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    g->docs = docs;
    const char *n = strpool_intern(&g->strings, name, name_len);
    const char *d = date ? strpool_intern(&g->strings, date, strlen(date)) : NULL;
    if (!n || (date && !d) || doc_index_grow(g))
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    uint32_t h = (uint32_t)parley_hash(name, name_len);
    g->docs[g->ndocs].name = n;
    g->docs[g->ndocs].date = d;
    g->docs[g->ndocs].hash = h;
    *doc_slot(g, name, name_len, h) = (uint32_t)(g->ndocs + 1);
    return (int)g->ndocs++;
}

/* Is a meeting date one day (YYYY-MM-DD), not a month, year or range? */
static int is_day(const char *date)
{
    return date && strlen(date) == 10 && !strchr(date, '/');
}

/* Which of two values for the same thing wins, whatever order they come
 * in: the longer (a full name over a surname, "Foreign Minister" over
 * "Minister"), then the smaller in byte order. */
static int value_wins(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb)
        return la > lb;
    return strcmp(a, b) < 0;
}

static parley_node *node_new(parley_node_type type, const char *id, const char *label)
{
    parley_node *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    n->type = type;
    n->id = parley_strdup(id);
    n->label = parley_strdup(label);
    if (!n->id || !n->label)
        goto fail;
    size_t keys = 0;
    while (schemas[type][keys])
        keys++;
    if (keys && !(n->attrs = grow(NULL, &n->attrs_cap, keys, sizeof *n->attrs)))
        goto fail;
    for (const char *const *k = schemas[type]; *k; k++) {
        /* Schema keys are the static strings: no copy per node. */
        n->attrs[n->nattrs].key = (char *)*k;
        n->attrs[n->nattrs].value = NULL;
        n->attrs[n->nattrs].owned = 0;
        n->nattrs++;
    }
    return n;
fail:
    node_free(n);
    return NULL;
}

int parley_graph_add_node(parley_graph *g, parley_node_type type, const char *id,
                          const char *label, parley_node **out, parley_error *err)
{
    assert(g);
    if (out)
        *out = NULL;
    if ((unsigned)type >= PARLEY_NODE_TYPE_COUNT)
        return parley_fail(err, PARLEY_EINVAL, -1, "node type %d out of range", (int)type);
    if (!id || !*id)
        return parley_fail(err, PARLEY_EINVAL, -1, "node id is empty");

    uint64_t h = parley_hash(id, strlen(id));
    parley_node *n = g->node_index.cap ? *node_slot(&g->node_index, id, h) : NULL;
    if (n) {
        if (n->type != type)
            return parley_fail(err, PARLEY_EINVAL, -1, "node %s is a %s, not a %s", id,
                               node_type_names[n->type], node_type_names[type]);
        /* Two reports may spell the label differently ("Lula Da Silva"):
         * the winner does not depend on which came first. */
        if (label && value_wins(label, n->label) && parley_node_set_label(n, label))
            return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
        if (out)
            *out = n;
        return 0;
    }

    parley_node **nodes = grow(g->nodes, &g->nodes_cap, g->nnodes + 1, sizeof *nodes);
    if (!nodes)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    g->nodes = nodes;
    /* A node without a label is shown by its id rather than as blank. */
    n = node_new(type, id, label ? label : id);
    if (!n)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    n->graph = g;
    n->hash = h;
    if (node_index_put(g, n)) {
        node_free(n);
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    }
    g->nodes[g->nnodes++] = n;
    if (out)
        *out = n;
    return 0;
}

parley_node *parley_graph_find_node(const parley_graph *g, const char *id)
{
    assert(g);
    return id ? node_lookup(g, id) : NULL;
}

int parley_node_set_attr(parley_node *n, const char *key, const char *value)
{
    n = live_node(n);
    assert(n);
    if (!key || !*key)
        return PARLEY_EINVAL;
    /* Values are pooled: a million meetings share "held" and "RUS". */
    const char *v = NULL;
    if (value && !(v = strpool_intern(&n->graph->strings, value, strlen(value))))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n->nattrs; i++) {
        if (n->attrs[i].key == key || strcmp(n->attrs[i].key, key) == 0) {
            n->attrs[i].value = v;
            return 0;
        }
    }
    char *k = parley_strdup(key);
    attr *attrs = k ? grow(n->attrs, &n->attrs_cap, n->nattrs + 1, sizeof *attrs) : NULL;
    if (!attrs) {
        free(k);
        return PARLEY_ENOMEM;
    }
    n->attrs = attrs;
    n->attrs[n->nattrs].key = k;
    n->attrs[n->nattrs].owned = 1;
    n->attrs[n->nattrs].value = v;
    n->nattrs++;
    return 0;
}

int parley_node_set_label(parley_node *n, const char *label)
{
    n = live_node(n);
    assert(n);
    if (!label)
        return PARLEY_EINVAL;
    char *l = parley_strdup(label);
    if (!l)
        return PARLEY_ENOMEM;
    free(n->label);
    n->label = l;
    return 0;
}

static parley_edge *edge_alloc(parley_graph *g)
{
    if (!g->slabs || g->slabs->used == g->slabs->cap) {
        size_t cap = g->slabs ? g->slabs->cap * 2 : 16;
        if (cap > EDGE_SLAB)
            cap = EDGE_SLAB;
        edge_slab *slab = calloc(1, sizeof *slab + cap * sizeof slab->edges[0]);
        if (!slab)
            return NULL;
        slab->cap = cap;
        slab->next = g->slabs;
        g->slabs = slab;
    }
    return &g->slabs->edges[g->slabs->used++];
}

int parley_graph_add_edge(parley_graph *g, parley_node *src, parley_node *dst,
                          parley_relation rel, parley_edge **out, parley_error *err)
{
    src = live_node(src);
    dst = live_node(dst);
    assert(g);
    if (out)
        *out = NULL;
    if (!src || !dst)
        return parley_fail(err, PARLEY_EINVAL, -1, "edge endpoint is NULL");
    if ((unsigned)rel >= PARLEY_REL_COUNT)
        return parley_fail(err, PARLEY_EINVAL, -1, "relation %d out of range", (int)rel);

    int rc = 0;
    parley_edge *e = edge_lookup(g, src, rel, dst);
    if (!e) {
        parley_edge **edges = grow(g->edges, &g->edges_cap, g->nedges + 1, sizeof *edges);
        if (edges)
            g->edges = edges;
        if (!edges || !(e = edge_alloc(g))) {
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        e->src = src;
        e->dst = dst;
        e->rel = rel;
        if (edge_index_put(g, e)) {
            g->slabs->used--; /* the edge just taken goes back */
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        g->edges[g->nedges++] = e;
    }
    if (out)
        *out = e;
cleanup:
    return rc;
}

int parley_node_add_evidence(parley_graph *g, parley_node *n, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len)
{
    n = live_node(n);
    assert(g && n);
    return record_add(g, &n->rec, doc, start, end, sentence, sentence_len);
}

int parley_edge_add_evidence(parley_graph *g, parley_edge *e, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len)
{
    e = live_edge(e);
    assert(g && e);
    return record_add(g, &e->rec, doc, start, end, sentence, sentence_len);
}

/* Defined with merging below; finish folds nodes with them. */
static int record_merge(parley_graph *g, record *dst, const record *src, const int *docmap);
static int node_join(parley_node *dst, const parley_node *src);

/* ---- ordering --------------------------------------------------------- */

static int node_cmp(const parley_node *a, const parley_node *b)
{
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int node_qsort_cmp(const void *pa, const void *pb)
{
    return node_cmp(*(parley_node *const *)pa, *(parley_node *const *)pb);
}

/* Edges by source id, relation (in enum order, like node types), target id. */
static int edge_cmp(const parley_edge *a, const parley_edge *b)
{
    int c = strcmp(a->src->id, b->src->id);
    if (c)
        return c;
    if (a->rel != b->rel)
        return a->rel < b->rel ? -1 : 1;
    return strcmp(a->dst->id, b->dst->id);
}

static int edge_qsort_cmp(const void *pa, const void *pb)
{
    return edge_cmp(*(parley_edge *const *)pa, *(parley_edge *const *)pb);
}

#ifndef NDEBUG
/* Debug builds check the model's invariants after every finish: strict
 * order (ids and edge keys are unique) and indexes that match the arrays. */
static void graph_check(const parley_graph *g)
{
    assert(g->node_index.count == g->nnodes);
    assert(g->edge_index.count == g->nedges);
    for (size_t i = 1; i < g->nnodes; i++)
        assert(node_cmp(g->nodes[i - 1], g->nodes[i]) < 0);
    for (size_t i = 1; i < g->nedges; i++)
        assert(edge_cmp(g->edges[i - 1], g->edges[i]) < 0);
    for (size_t i = 0; i < g->nedges; i++)
        assert(node_lookup(g, g->edges[i]->src->id) == g->edges[i]->src);
}
#endif

/* Documents are walked in name order, whatever order they came in. */

static int doc_ptr_cmp(const void *a, const void *b)
{
    return strcmp((*(const doc_entry *const *)a)->name, (*(const doc_entry *const *)b)->name);
}

static int order_docs(parley_graph *g)
{
    size_t n = g->ndocs ? g->ndocs : 1;
    size_t *order = realloc(g->doc_order, n * sizeof *order);
    const doc_entry **by_name = malloc(n * sizeof *by_name);
    if (order)
        g->doc_order = order;
    if (!order || !by_name) {
        free(by_name);
        return PARLEY_ENOMEM;
    }
    /* Sorted through pointers, so the comparison needs no context (the
     * worker threads' graphs merge into one with their documents
     * interleaved: no insertion sort here). */
    for (size_t i = 0; i < g->ndocs; i++)
        by_name[i] = &g->docs[i];
    if (g->ndocs > 1)
        qsort(by_name, g->ndocs, sizeof *by_name, doc_ptr_cmp);
    for (size_t i = 0; i < g->ndocs; i++)
        order[i] = (size_t)(by_name[i] - g->docs);
    free(by_name);
    g->ndoc_order = g->ndocs;
    return 0;
}

/* An official's country is the one its represents edges name most often
 * (ties: the smaller id): counts merge exactly, so the choice does not
 * depend on which article, thread or part came first. */
static int settle_official_countries(parley_graph *g)
{
    for (size_t i = 0; i < g->nedges; i++) {
        const parley_edge *e = g->edges[i];
        if (e->rel != PARLEY_REL_REPRESENTS || e->src->type != PARLEY_NODE_OFFICIAL ||
            e->dst->type != PARLEY_NODE_COUNTRY || !parley_node_attr(e->dst, "iso3"))
            continue;
        const parley_edge *b = e->src->best_rep;
        if (!b || e->rec.mentions > b->rec.mentions ||
            (e->rec.mentions == b->rec.mentions && strcmp(e->dst->id, b->dst->id) < 0))
            e->src->best_rep = e;
    }
    int rc = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->best_rep && !rc) {
            const char *iso3 = parley_node_attr(n->best_rep->dst, "iso3");
            const char *now = parley_node_attr(n, "country");
            if (!now || strcmp(now, iso3) != 0)
                rc = parley_node_set_attr(n, "country", iso3);
        }
        n->best_rep = NULL;
    }
    return rc;
}

/* Lower-cased copy of s[0..n) into out (size > n). */
static void lower_copy(char *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    out[n] = '\0';
}

#define AMBIGUOUS ((void *)1)

/* The candidate key of a name part: "part\x1fCOUNTRY" (lower-cased part),
 * or "part\x1f" for any country. Its length, or 0 for an empty or
 * oversized part (an empty word, "A  B" or a trailing space, names no one). */
#define CANDIDATE_KEY 160
static size_t candidate_key(char key[CANDIDATE_KEY], const char *part, size_t n,
                            const char *country)
{
    size_t c = country ? strlen(country) : 0;
    if (n == 0 || n + 1 + c >= CANDIDATE_KEY)
        return 0;
    lower_copy(key, part, n);
    key[n] = '\x1f';
    memcpy(key + n + 1, country ? country : "", c);
    return n + 1 + c;
}

static int put_candidate(parley_map *m, const char *part, size_t n, const char *country,
                         parley_node *official)
{
    char key[CANDIDATE_KEY];
    size_t len = candidate_key(key, part, n, country);
    if (!len)
        return 0;
    void *had = parley_map_get(m, key, len);
    return parley_map_put(m, key, len, had && had != official ? AMBIGUOUS : official);
}

/* A meeting date as the range of days it covers, compared as strings:
 * "2025-03" is 2025-03-00 .. 2025-03-99, "A/B" is A's start .. B's end.
 * Returns 0 for an undated meeting. */
static int date_span(const char *date, char lo[11], char hi[11])
{
    if (!date || !*date)
        return 0;
    const char *slash = strchr(date, '/');
    size_t a = slash ? (size_t)(slash - date) : strlen(date);
    const char *b = slash ? slash + 1 : date;
    size_t bl = strlen(b);
    if (a > 10 || bl > 10)
        return 0;
    memcpy(lo, "0000-00-00", 11);
    memcpy(hi, "9999-99-99", 11);
    memcpy(lo, date, a);
    memcpy(hi, b, bl);
    return 1;
}

/* Orders day-dated meetings by the kind of contact (a call or not),
 * parties (the label lists them), then day. */
static int contact_cmp(const parley_node *a, const parley_node *b)
{
    const char *ka = parley_node_attr(a, "kind"), *kb = parley_node_attr(b, "kind");
    int ca = ka && !strcmp(ka, "call"), cb = kb && !strcmp(kb, "call");
    if (ca != cb)
        return ca - cb;
    return strcmp(a->label, b->label);
}

static int day_meeting_cmp(const void *pa, const void *pb)
{
    const parley_node *a = *(parley_node *const *)pa, *b = *(parley_node *const *)pb;
    int c = contact_cmp(a, b);
    return c ? c : strcmp(parley_node_attr(a, "date"), parley_node_attr(b, "date"));
}

/* Do two records share a document? Each of the smaller set is looked up in
 * the larger: a loose meeting of one article against a day meeting that a
 * hundred thousand articles report costs a few steps, not a walk. */
static int docs_shared(const record *x, const record *y)
{
    if (x->ndocs > y->ndocs) {
        const record *t = x;
        x = y;
        y = t;
    }
    const int *xd = rec_docs(x);
    for (size_t i = 0; i < x->ndocs; i++) {
        int found;
        doc_position(y, xd[i], &found);
        if (found)
            return 1;
    }
    return 0;
}

/* Could two meetings of the same parties be one? Not when their places
 * differ, nor when one article reports both: the extractor had the whole
 * article and kept them apart ("a visit now, another later this month"). */
static int meetings_compatible(const parley_node *a, const parley_node *b)
{
    const char *la = parley_node_attr(a, "location"), *lb = parley_node_attr(b, "location");
    if (la && lb && strcmp(la, lb) != 0)
        return 0;
    return !docs_shared(&a->rec, &b->rec);
}

/* A meeting's place for ordering: unplaced ones first. */
static int place_cmp(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* Orders day-dated meetings by contact, place, then day. */
static int day_place_cmp(const void *pa, const void *pb)
{
    const parley_node *a = *(parley_node *const *)pa, *b = *(parley_node *const *)pb;
    int c = contact_cmp(a, b);
    if (!c)
        c = place_cmp(parley_node_attr(a, "location"), parley_node_attr(b, "location"));
    return c ? c : strcmp(parley_node_attr(a, "date"), parley_node_attr(b, "date"));
}

/* Compares day meeting d with the key (n's contact, place when by_place,
 * date), in the order of day_meeting_cmp or day_place_cmp. */
static int day_key_cmp(const parley_node *d, const parley_node *n, int by_place,
                       const char *place, const char *date)
{
    int c = contact_cmp(d, n);
    if (!c && by_place)
        c = place_cmp(parley_node_attr(d, "location"), place);
    return c ? c : strcmp(parley_node_attr(d, "date"), date);
}

/* Counts the day meetings of days[] (sorted as the key) that could be n,
 * from (n's contact, place, lo) to (..., hi), into *inside, the last one
 * in *only; stops at two, which is already too many. */
static void count_days(parley_node **days, size_t ndays, const parley_node *n, int by_place,
                       const char *place, const char *lo, const char *hi, parley_node **only,
                       size_t *inside)
{
    size_t a = 0, b = ndays;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (day_key_cmp(days[mid], n, by_place, place, lo) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    for (; a < ndays && *inside < 2 && day_key_cmp(days[a], n, by_place, place, hi) <= 0; a++) {
        if (meetings_compatible(days[a], n)) {
            *only = days[a];
            (*inside)++;
        }
    }
}

/* A meeting dated loosely (a month, a range: "talks this week") folds into
 * the one meeting of the same parties and the same kind of contact (call
 * or not) dated to a day inside that span, when exactly one compatible
 * one is: two reports of the same meeting. Only places that agree can be
 * one (no place agrees with any), so a placed meeting looks among the
 * unplaced and its own place's day meetings (by_place, sorted by contact,
 * place, day) and an unplaced one among all (by_day); each search stops
 * at the second candidate, so the work is n log n, not loose x day
 * meetings. Returns the number marked, or a negative code. */
static long mark_meeting_folds(parley_graph *g)
{
    size_t ndays = 0, nloose = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        const parley_node *n = g->nodes[i];
        if (n->type != PARLEY_NODE_MEETING || !parley_node_attr(n, "date"))
            continue;
        if (is_day(parley_node_attr(n, "date")))
            ndays++;
        else
            nloose++;
    }
    if (!ndays || !nloose)
        return 0;
    parley_node **by_day = malloc(ndays * sizeof *by_day);
    parley_node **by_place = malloc(ndays * sizeof *by_place);
    if (!by_day || !by_place) {
        free(by_day);
        free(by_place);
        return PARLEY_ENOMEM;
    }
    ndays = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->type == PARLEY_NODE_MEETING && is_day(parley_node_attr(n, "date")))
            by_day[ndays++] = n;
    }
    memcpy(by_place, by_day, ndays * sizeof *by_day);
    qsort(by_day, ndays, sizeof *by_day, day_meeting_cmp);
    qsort(by_place, ndays, sizeof *by_place, day_place_cmp);
    long folds = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        const char *date = parley_node_attr(n, "date");
        char lo[11], hi[11];
        if (n->type != PARLEY_NODE_MEETING || is_day(date) || !date_span(date, lo, hi))
            continue;
        const char *place = parley_node_attr(n, "location");
        parley_node *only = NULL;
        size_t inside = 0;
        if (!place) {
            count_days(by_day, ndays, n, 0, NULL, lo, hi, &only, &inside);
        } else {
            count_days(by_place, ndays, n, 1, NULL, lo, hi, &only, &inside);
            count_days(by_place, ndays, n, 1, place, lo, hi, &only, &inside);
        }
        if (inside == 1) {
            n->fold = only;
            folds++;
        }
    }
    free(by_day);
    free(by_place);
    return folds;
}

/* The key that two spellings of one name share, appended to b: per word,
 * lower case, letters and digits only, y read as i, e as a, and each run of one
 * letter as one ("Sergey"/"Sergei" -> "sargai", "Zelensky"/"Zelenskyy" ->
 * "zalanski", "Mohammed"/"Mohammad" -> "mohamad"). Other vowels count, so
 * "Maria" is not "Mario" nor "Hassan" "Hussein". Bytes past ASCII are
 * kept as they are. Returns 0, or PARLEY_ENOMEM. */
static int name_skeleton(parley_buf *b, const char *name)
{
    size_t start = b->len;
    char prev = ' ';
    for (const char *p = name; *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        if (c == ' ') {
            if (prev != ' ' && b->len > start && parley_buf_append(b, " ", 1))
                return PARLEY_ENOMEM;
            prev = ' ';
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80))
            continue; /* punctuation: "bin-Salman" is "bin Salman" */
        c = c == 'y' ? 'i' : c == 'e' ? 'a' : c;
        if (c == prev && (unsigned char)c < 0x80)
            continue;
        if (parley_buf_append(b, &c, 1))
            return PARLEY_ENOMEM;
        prev = c;
    }
    return 0;
}

/* Two spellings of one official's full name ("Volodymyr Zelensky" and
 * "Volodymyr Zelenskyy", "Sergei Lavrov" and "Sergey Lavrov") of the same
 * state, by name_skeleton: all fold into the one with the smallest id, a choice that does
 * not depend on order. Officials of no known state never fold this way.
 * Returns the number marked, or a negative code. */
static long mark_variant_folds(parley_graph *g)
{
    parley_map reps = PARLEY_MAP_INIT; /* key -> the smallest id's node */
    parley_buf key = PARLEY_BUF_INIT;
    long folds = 0;
    for (int pass = 0; pass < 2 && folds >= 0; pass++) {
        for (size_t i = 0; i < g->nnodes; i++) {
            parley_node *n = g->nodes[i];
            const char *country = parley_node_attr(n, "country");
            if (n->type != PARLEY_NODE_OFFICIAL || !country || !strchr(n->label, ' '))
                continue;
            key.len = 0;
            if (parley_buf_printf(&key, "%s\x1f", country) || name_skeleton(&key, n->label)) {
                folds = PARLEY_ENOMEM;
                break;
            }
            parley_node *rep = parley_map_get(&reps, key.data, key.len);
            if (pass == 0) {
                if ((!rep || strcmp(n->id, rep->id) < 0) &&
                    parley_map_put(&reps, key.data, key.len, n)) {
                    folds = PARLEY_ENOMEM;
                    break;
                }
            } else if (rep != n) {
                n->fold = rep;
                folds++;
            }
        }
    }
    parley_buf_free(&key);
    parley_map_free(&reps);
    return folds;
}

/* Surname-only officials ("Lavrov" from an article that never gave the
 * full name) fold into the one official whose full name starts or ends
 * with that word and whose country agrees, when exactly one does: the
 * same person, seen whole in another article. Marks n->fold; returns the
 * number of folds, or a negative code. */
static long mark_folds(parley_graph *g)
{
    parley_map cand = PARLEY_MAP_INIT;
    for (size_t i = 0; i < g->nnodes; i++)
        g->nodes[i]->fold = NULL;
    long folds = mark_variant_folds(g);
    for (size_t i = 0; i < g->nnodes && folds >= 0; i++) {
        parley_node *n = g->nodes[i];
        const char *label = n->label, *sp = strchr(label, ' ');
        if (n->type != PARLEY_NODE_OFFICIAL || !sp || n->fold)
            continue;
        const char *last = strrchr(label, ' ') + 1;
        const char *country = parley_node_attr(n, "country");
        size_t first_len = (size_t)(sp - label), last_len = strlen(last);
        if (put_candidate(&cand, label, first_len, country, n) ||
            put_candidate(&cand, label, first_len, NULL, n) ||
            put_candidate(&cand, last, last_len, country, n) ||
            put_candidate(&cand, last, last_len, NULL, n))
            folds = PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < g->nnodes && folds >= 0 && cand.count; i++) {
        parley_node *n = g->nodes[i];
        if (n->type != PARLEY_NODE_OFFICIAL || strchr(n->label, ' ') || n->fold)
            continue;
        char key[CANDIDATE_KEY];
        size_t klen = candidate_key(key, n->label, strlen(n->label),
                                    parley_node_attr(n, "country"));
        parley_node *to = klen ? parley_map_get(&cand, key, klen) : NULL;
        if (to && to != AMBIGUOUS) {
            n->fold = to;
            folds++;
        }
    }
    parley_map_free(&cand);
    if (folds < 0)
        return folds;
    long meetings = mark_meeting_folds(g);
    return meetings < 0 ? meetings : folds + meetings;
}

/* Applies the folds marked by mark_folds: the folded node's record and
 * attributes join its official's, its edges move over (joining an edge
 * the official already has), and the node goes. The indexes are rebuilt. */
static int apply_folds(parley_graph *g, size_t folds)
{
    /* Room first, so nothing below is left half done for want of it: a
     * slot per folded node, and per edge that touches one (only those can
     * merge into another). */
    size_t touched = 0;
    for (size_t i = 0; i < g->nedges; i++)
        touched += g->edges[i]->src->fold || g->edges[i]->dst->fold;
    parley_node **gn = grow(g->gone_nodes, &g->gone_nodes_cap, g->ngone_nodes + folds,
                            sizeof *gn);
    if (!gn)
        return PARLEY_ENOMEM;
    g->gone_nodes = gn;
    parley_edge **ge = grow(g->gone_edges, &g->gone_edges_cap, g->ngone_edges + touched + 1,
                            sizeof *ge);
    if (!ge)
        return PARLEY_ENOMEM;
    g->gone_edges = ge;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->fold && (node_join(n->fold, n) ||
                        record_merge(g, &n->fold->rec, &n->rec, NULL)))
            return PARLEY_ENOMEM;
    }
    free(g->edge_index.slots);
    memset(&g->edge_index, 0, sizeof g->edge_index);
    size_t kept = 0;
    int rc = 0;
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        parley_edge *e = g->edges[i];
        if (e->src->fold)
            e->src = e->src->fold;
        if (e->dst->fold)
            e->dst = e->dst->fold;
        parley_edge *same = edge_lookup(g, e->src, e->rel, e->dst);
        if (same) {
            rc = record_merge(g, &same->rec, &e->rec, NULL);
            e->merged_into = same;
            g->gone_edges[g->ngone_edges++] = e;
            continue;
        }
        rc = edge_index_put(g, e);
        g->edges[kept++] = e;
    }
    if (rc)
        return rc;
    g->nedges = kept;
    free(g->node_index.slots);
    memset(&g->node_index, 0, sizeof g->node_index);
    kept = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->fold) {
            n->merged_into = n->fold;
            g->gone_nodes[g->ngone_nodes++] = n;
            continue;
        }
        g->nodes[kept++] = n;
        if (node_index_put(g, n))
            return PARLEY_ENOMEM;
    }
    g->nnodes = kept;
    return 0;
}

/* Folds decide by the country an official has settled on, so countries
 * are settled first; a fold moves represents edges and may settle a
 * country anew, which may allow another fold: repeated until none is left,
 * so that finishing a finished graph (`parley merge` of one run's output)
 * changes nothing. Each round removes nodes, so the rounds end; in
 * practice there are one or two. */
static int settle_then_fold(parley_graph *g)
{
    for (;;) {
        if (settle_official_countries(g))
            return PARLEY_ENOMEM;
        long folds = mark_folds(g);
        if (folds < 0)
            return PARLEY_ENOMEM;
        if (folds == 0)
            return 0;
        if (apply_folds(g, (size_t)folds))
            return PARLEY_ENOMEM;
    }
}

int parley_graph_finish(parley_graph *g)
{
    assert(g);
    if (settle_then_fold(g) || order_docs(g))
        return PARLEY_ENOMEM;
    if (g->nnodes > 1)
        qsort(g->nodes, g->nnodes, sizeof *g->nodes, node_qsort_cmp);
    if (g->nedges > 1)
        qsort(g->edges, g->nedges, sizeof *g->edges, edge_qsort_cmp);
#ifndef NDEBUG
    graph_check(g);
#endif
    return 0;
}

/* ---- walking ---------------------------------------------------------- */

size_t parley_graph_document_count(const parley_graph *g)
{
    return g->ndocs;
}

/* The i-th document in walking order (name order after finish). */
static const doc_entry *doc_at(const parley_graph *g, size_t i)
{
    assert(i < g->ndocs);
    return &g->docs[i < g->ndoc_order ? g->doc_order[i] : i];
}

const char *parley_graph_document_name(const parley_graph *g, size_t i)
{
    return doc_at(g, i)->name;
}

const char *parley_graph_document_date(const parley_graph *g, size_t i)
{
    return doc_at(g, i)->date;
}

size_t parley_graph_node_count(const parley_graph *g)
{
    return g->nnodes;
}

const parley_node *parley_graph_node_at(const parley_graph *g, size_t i)
{
    assert(i < g->nnodes);
    return g->nodes[i];
}

size_t parley_graph_edge_count(const parley_graph *g)
{
    return g->nedges;
}

const parley_edge *parley_graph_edge_at(const parley_graph *g, size_t i)
{
    assert(i < g->nedges);
    return g->edges[i];
}

/* Every accessor reads the node or edge a pointer stands for now (cnode,
 * cedge): a node a finish folded away answers as the node it became. */
const char *parley_node_id(const parley_node *n) { return cnode(n)->id; }
const char *parley_node_label(const parley_node *n) { return cnode(n)->label; }
parley_node_type parley_node_get_type(const parley_node *n) { return cnode(n)->type; }

const char *parley_node_attr(const parley_node *n, const char *key)
{
    n = cnode(n);
    for (size_t i = 0; i < n->nattrs; i++)
        if (strcmp(n->attrs[i].key, key) == 0)
            return n->attrs[i].value;
    return NULL;
}

size_t parley_node_attr_count(const parley_node *n) { return cnode(n)->nattrs; }

void parley_node_attr_at(const parley_node *n, size_t i, const char **key,
                         const char **value)
{
    n = cnode(n);
    assert(i < n->nattrs);
    if (key)
        *key = n->attrs[i].key;
    if (value)
        *value = n->attrs[i].value;
}

size_t parley_node_mentions(const parley_node *n) { return cnode(n)->rec.mentions; }

size_t parley_node_documents(const parley_node *n)
{
    return rec_documents(&cnode(n)->rec);
}

size_t parley_node_evidence_count(const parley_node *n) { return cnode(n)->rec.nev; }

static parley_evidence evidence_of(const ev_item *e)
{
    parley_evidence out = {e->document, e->start, e->end, e->sentence};
    return out;
}

parley_evidence parley_node_evidence_at(const parley_node *n, size_t i)
{
    n = cnode(n);
    assert(i < n->rec.nev);
    return evidence_of(&n->rec.ev[i]);
}

const parley_node *parley_edge_source(const parley_edge *e) { return cnode(cedge(e)->src); }
const parley_node *parley_edge_target(const parley_edge *e) { return cnode(cedge(e)->dst); }
parley_relation parley_edge_relation(const parley_edge *e) { return cedge(e)->rel; }
size_t parley_edge_mentions(const parley_edge *e) { return cedge(e)->rec.mentions; }

size_t parley_edge_documents(const parley_edge *e)
{
    return rec_documents(&cedge(e)->rec);
}

size_t parley_edge_evidence_count(const parley_edge *e) { return cedge(e)->rec.nev; }

parley_evidence parley_edge_evidence_at(const parley_edge *e, size_t i)
{
    e = cedge(e);
    assert(i < e->rec.nev);
    return evidence_of(&e->rec.ev[i]);
}

/* ---- merging ---------------------------------------------------------- */

void parley_node_add_counts(parley_node *n, size_t mentions, size_t documents)
{
    n = live_node(n);
    assert(n);
    n->rec.mentions = mentions_add(n->rec.mentions, mentions);
    n->rec.extra_docs = docs_add(n->rec.extra_docs, documents);
}

void parley_edge_add_counts(parley_edge *e, size_t mentions, size_t documents)
{
    e = live_edge(e);
    assert(e);
    e->rec.mentions = mentions_add(e->rec.mentions, mentions);
    e->rec.extra_docs = docs_add(e->rec.extra_docs, documents);
}

/* Ranks for the keys whose values are words with an order of their own;
 * 0 for a value outside the list (it then loses to every listed one). */
static int rank_of(const char *const *order, const char *v)
{
    for (int i = 0; order[i]; i++)
        if (strcmp(order[i], v) == 0)
            return 100 - i;
    return 0;
}

static const char *const status_rank[] = {"held", "cancelled", "planned", NULL};
static const char *const kind_rank[] = {"summit", "conference", "visit", "talks",
                                        "meeting", "call", NULL};

/* Does `value` beat `old` for attribute `key`? */
static int attr_wins(const char *key, const char *value, const char *old)
{
    const char *const *order = strcmp(key, "status") == 0 ? status_rank
                             : strcmp(key, "kind") == 0 ? kind_rank : NULL;
    if (order) {
        int a = rank_of(order, value), b = rank_of(order, old);
        if (a != b)
            return a > b;
    }
    /* A day says more than a month or a range of days. */
    if (strcmp(key, "date") == 0 && is_day(value) != is_day(old))
        return is_day(value);
    return value_wins(value, old);
}

int parley_node_join_attr(parley_node *n, const char *key, const char *value)
{
    n = live_node(n);
    assert(n);
    if (!key || !*key)
        return PARLEY_EINVAL;
    if (!value)
        return 0;
    const char *old = parley_node_attr(n, key);
    if (old && !attr_wins(key, value, old))
        return 0;
    return parley_node_set_attr(n, key, value);
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Documents a merge adds one by one into a record's set; more go in by
 * one linear merge. */
#define DOCS_ONE_BY_ONE 16

/* Adds doc to r's document set at pos (from doc_position, not found). */
static int docs_insert(record *r, size_t pos, int doc)
{
    if (r->ndocs == 0 && !r->docs_cap) {
        r->one = doc;
        r->ndocs = 1;
        return 0;
    }
    size_t cap = r->docs_cap;
    int *docs = grow(r->docs_cap ? r->docs : NULL, &cap, (size_t)r->ndocs + 1, sizeof *docs);
    if (!docs)
        return PARLEY_ENOMEM;
    if (!r->docs_cap)
        docs[0] = r->one;
    r->docs = docs;
    r->docs_cap = (uint32_t)cap;
    memmove(r->docs + pos + 1, r->docs + pos, (r->ndocs - pos) * sizeof *r->docs);
    r->docs[pos] = doc;
    r->ndocs++;
    return 0;
}

/* Unites the document set sd[0..k) (indexes of another graph, mapped
 * through docmap when given) into dst's. A part of `parley merge` adds an
 * article or two to records that may hold hundreds of thousands: those go
 * in one by one (binary search, and a new article lands at the end), so
 * merging many small parts stays linear; copying dst's whole set each
 * time made it quadratic. Larger sets are merged in one linear pass. */
static int docs_union(record *dst, const int *sd, size_t k, const int *docmap)
{
    int *mapped = malloc(k * sizeof *mapped);
    if (!mapped)
        return PARLEY_ENOMEM;
    int sorted = 1;
    for (size_t i = 0; i < k; i++) {
        mapped[i] = docmap ? docmap[sd[i]] : sd[i];
        sorted &= i == 0 || mapped[i - 1] <= mapped[i];
    }
    if (!sorted)
        qsort(mapped, k, sizeof *mapped, int_cmp);
    int rc = 0;
    if (k <= DOCS_ONE_BY_ONE) {
        for (size_t i = 0; i < k && !rc; i++) {
            int found;
            size_t pos = doc_position(dst, mapped[i], &found);
            if (!found)
                rc = docs_insert(dst, pos, mapped[i]);
        }
        free(mapped);
        return rc;
    }
    int *united = malloc(((size_t)dst->ndocs + k) * sizeof *united);
    if (!united) {
        free(mapped);
        return PARLEY_ENOMEM;
    }
    const int *dd = rec_docs(dst);
    size_t a = 0, b = 0, n = 0;
    while (a < dst->ndocs || b < k) {
        int v;
        if (b == k || (a < dst->ndocs && dd[a] <= mapped[b]))
            v = dd[a++];
        else
            v = mapped[b++];
        if (n == 0 || united[n - 1] != v)
            united[n++] = v;
    }
    free(mapped);
    if (dst->docs_cap)
        free(dst->docs);
    dst->docs_cap = (uint32_t)(dst->ndocs + k); /* what united holds */
    dst->docs = united;
    dst->ndocs = (uint32_t)n;
    return 0;
}

/* Adds record src (of another graph) to dst (of graph g): counts summed,
 * document sets united (docmap: sg's document index -> g's), evidence
 * merged in the canonical order and cut to g's limit. Order-free, so
 * merging is associative and commutative. */
static int record_merge(parley_graph *g, record *dst, const record *src, const int *docmap)
{
    if (src->ndocs == 1 && dst->ndocs == 0 && !dst->docs_cap) {
        /* The commonest case, a node new to dst: its one document inline. */
        int d = rec_docs(src)[0];
        dst->one = docmap ? docmap[d] : d;
        dst->ndocs = 1;
    } else if (src->ndocs && docs_union(dst, rec_docs(src), src->ndocs, docmap)) {
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < src->nev; i++) {
        const ev_item *e = &src->ev[i];
        /* Evidence names its document by the source graph's string. */
        long idx = doc_lookup(g, e->document, strlen(e->document));
        const char *name = idx >= 0 ? g->docs[idx].name : NULL;
        if (!name)
            return PARLEY_EINVAL;
        size_t pos = ev_position(dst, name, e->start, e->end);
        if (!ev_wanted(g, pos))
            continue;
        const char *copy = NULL;
        if (e->sentence && !(copy = strpool_intern(&g->strings, e->sentence,
                                                      strlen(e->sentence))))
            return PARLEY_ENOMEM;
        if (ev_insert(g, dst, pos, name, e->start, e->end, copy))
            return PARLEY_ENOMEM;
    }
    dst->mentions = mentions_add(dst->mentions, src->mentions);
    dst->extra_docs = docs_add(dst->extra_docs, src->extra_docs);
    return 0;
}

/* Joins node src's label and attributes into dst (same id). */
static int node_join(parley_node *dst, const parley_node *src)
{
    if (value_wins(src->label, dst->label) && parley_node_set_label(dst, src->label))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < src->nattrs; i++) {
        const attr *a = &src->attrs[i];
        int rc;
        if (a->value) {
            rc = parley_node_join_attr(dst, a->key, a->value);
        } else {
            /* A key with no value still exists (JSON null): keep it. */
            size_t k = 0;
            while (k < dst->nattrs && strcmp(dst->attrs[k].key, a->key) != 0)
                k++;
            rc = k < dst->nattrs ? 0 : parley_node_set_attr(dst, a->key, NULL);
        }
        if (rc)
            return PARLEY_ENOMEM;
    }
    return 0;
}

int parley_graph_merge(parley_graph *g, const parley_graph *src, parley_error *err)
{
    assert(g && src);
    if (g == src)
        return parley_fail(err, PARLEY_EINVAL, -1, "a graph cannot be merged into itself");
    int rc = 0;
    int *docmap = malloc((src->ndocs ? src->ndocs : 1) * sizeof *docmap);
    if (!docmap)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    for (size_t i = 0; i < src->ndocs; i++) {
        int d = parley_graph_add_document(g, src->docs[i].name, src->docs[i].date, err);
        if (d < 0) {
            rc = d;
            goto done;
        }
        docmap[i] = d;
    }
    for (size_t i = 0; i < src->nnodes; i++) {
        const parley_node *sn = src->nodes[i];
        parley_node *n;
        if ((rc = parley_graph_add_node(g, sn->type, sn->id, sn->label, &n, err)))
            goto done;
        if (node_join(n, sn) || record_merge(g, &n->rec, &sn->rec, docmap)) {
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto done;
        }
    }
    for (size_t i = 0; i < src->nedges; i++) {
        const parley_edge *se = src->edges[i];
        parley_node *a = parley_graph_find_node(g, se->src->id);
        parley_node *b = parley_graph_find_node(g, se->dst->id);
        parley_edge *e;
        if ((rc = parley_graph_add_edge(g, a, b, se->rel, &e, err)))
            goto done;
        if (record_merge(g, &e->rec, &se->rec, docmap)) {
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto done;
        }
    }
done:
    free(docmap);
    return rc;
}
