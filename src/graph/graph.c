/* graph.c: the relationship graph model: storage, indexes, building and
 * reading. Nodes and edges live in arrays of pointers (so a parley_node *
 * handed out stays valid while the arrays grow), found through open-addressing
 * indexes by id and by (source, relation, target). parley_graph_finish folds
 * duplicates (fold.c) and sorts both arrays into the one order exporters walk. */
#include "graph/graph_internal.h"
#include "util/util.h"
#include "util/utf8.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

void *pl_graph_grow(void *p, size_t *cap, size_t need, size_t size)
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
    pl_record_free(&n->rec);
    free(n);
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

parley_node *pl_graph_node_lookup(const parley_graph *g, const char *id)
{
    if (!g->node_index.cap)
        return NULL;
    return *node_slot(&g->node_index, id, pl_hash(id, strlen(id)));
}

/* Adds n (not present; n->hash set) to the index. */
int pl_graph_node_index_put(parley_graph *g, parley_node *n)
{
    if (ptable_grow(&g->node_index, 0))
        return PARLEY_ENOMEM;
    *node_slot(&g->node_index, n->id, n->hash) = n;
    g->node_index.count++;
    return 0;
}

int pl_graph_edge_index_put(parley_graph *g, parley_edge *e)
{
    if (ptable_grow(&g->edge_index, 1))
        return PARLEY_ENOMEM;
    *edge_slot(&g->edge_index, e->src, e->rel, e->dst) = e;
    g->edge_index.count++;
    return 0;
}

parley_edge *pl_graph_edge_lookup(const parley_graph *g, const parley_node *src,
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
        pl_record_free(&g->edges[i]->rec);
    for (size_t i = 0; i < g->ngone_nodes; i++)
        node_free(g->gone_nodes[i]);
    for (size_t i = 0; i < g->ngone_edges; i++)
        pl_record_free(&g->gone_edges[i]->rec);
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
    pl_strpool_free(&g->strings);
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
long pl_graph_doc_lookup(const parley_graph *g, const char *name, size_t len)
{
    if (!g->doc_slots_cap)
        return -1;
    uint32_t *slot = doc_slot(g, name, len, (uint32_t)pl_hash(name, len));
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

/* The document called name[0..name_len), which is well-formed UTF-8:
 * its index, added when new. */
static int add_document(parley_graph *g, const char *name, size_t name_len, const char *date,
                        parley_error *err)
{
    g->ndoc_order = 0; /* indexes are insertion order again until finish */
    /* A name already known is the same document: its index again, with
     * the smaller of the two dates (a rule that ignores arrival order). */
    long known = pl_graph_doc_lookup(g, name, name_len);
    if (known >= 0) {
        doc_entry *d = &g->docs[known];
        if (date && (!d->date || strcmp(date, d->date) < 0)) {
            const char *copy = pl_strpool_intern(&g->strings, date, strlen(date));
            if (!copy)
                return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            d->date = copy;
        }
        return (int)known;
    }
    /* Indexes are returned as int, so the table stops short of INT_MAX. */
    if (g->ndocs >= (size_t)0x7fffffff)
        return pl_fail(err, PARLEY_ELIMIT, -1, "too many documents in one graph");
    doc_entry *docs = pl_graph_grow(g->docs, &g->docs_cap, g->ndocs + 1, sizeof *docs);
    if (!docs)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    g->docs = docs;
    const char *n = pl_strpool_intern(&g->strings, name, name_len);
    const char *d = date ? pl_strpool_intern(&g->strings, date, strlen(date)) : NULL;
    if (!n || (date && !d) || doc_index_grow(g))
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (g->ndocs && strcmp(g->docs[g->ndocs - 1].name, n) >= 0)
        g->docs_unordered = 1;
    uint32_t h = (uint32_t)pl_hash(name, name_len);
    g->docs[g->ndocs].name = n;
    g->docs[g->ndocs].date = d;
    g->docs[g->ndocs].hash = h;
    *doc_slot(g, name, name_len, h) = (uint32_t)(g->ndocs + 1);
    return (int)g->ndocs++;
}

int parley_graph_add_document(parley_graph *g, const char *name, const char *date,
                              parley_error *err)
{
    assert(g);
    /* A NULL name is kept as "" so evidence always names some document. */
    if (!name)
        name = "";
    size_t name_len = strlen(name);
    if (pl_utf8_valid(name, name_len))
        return add_document(g, name, name_len, date, err);
    /* A name that is not UTF-8 is kept as every format writes it, U+FFFD
     * for each bad byte: two names the writers cannot tell apart are one
     * document, in one run as in a merge of its parts read back. */
    pl_buf b = PL_BUF_INIT;
    int rc = pl_escape_utf8(&b, name, name_len) ? pl_fail(err, PARLEY_ENOMEM, -1, "out of memory")
                                                : add_document(g, b.data, b.len, date, err);
    pl_buf_free(&b);
    return rc;
}

static parley_node *node_new(parley_node_type type, const char *id, const char *label)
{
    parley_node *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    n->type = type;
    n->id = pl_strdup(id);
    n->label = pl_strdup(label);
    if (!n->id || !n->label)
        goto fail;
    size_t keys = 0;
    while (schemas[type][keys])
        keys++;
    if (keys && !(n->attrs = pl_graph_grow(NULL, &n->attrs_cap, keys, sizeof *n->attrs)))
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
        return pl_fail(err, PARLEY_EINVAL, -1, "node type %d out of range", (int)type);
    if (!id || !*id)
        return pl_fail(err, PARLEY_EINVAL, -1, "node id is empty");

    uint64_t h = pl_hash(id, strlen(id));
    parley_node *n = g->node_index.cap ? *node_slot(&g->node_index, id, h) : NULL;
    if (n) {
        if (n->type != type)
            return pl_fail(err, PARLEY_EINVAL, -1, "node %s is a %s, not a %s", id,
                           node_type_names[n->type], node_type_names[type]);
        /* Two reports may spell the label differently ("Lula Da Silva"):
         * the winner does not depend on which came first. */
        if (label && pl_graph_value_wins(label, n->label) && parley_node_set_label(n, label))
            return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
        if (out)
            *out = n;
        return 0;
    }

    parley_node **nodes = pl_graph_grow(g->nodes, &g->nodes_cap, g->nnodes + 1, sizeof *nodes);
    if (!nodes)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    g->nodes = nodes;
    /* A node without a label is shown by its id rather than as blank. */
    n = node_new(type, id, label ? label : id);
    if (!n)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    n->graph = g;
    n->hash = h;
    if (pl_graph_node_index_put(g, n)) {
        node_free(n);
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    }
    g->nodes[g->nnodes++] = n;
    if (out)
        *out = n;
    return 0;
}

parley_node *parley_graph_find_node(const parley_graph *g, const char *id)
{
    assert(g);
    return id ? pl_graph_node_lookup(g, id) : NULL;
}

int parley_node_set_attr(parley_node *n, const char *key, const char *value)
{
    n = pl_node_live(n);
    assert(n);
    if (!key || !*key)
        return PARLEY_EINVAL;
    /* Values are pooled: a million meetings share "held" and "RUS". */
    const char *v = NULL;
    if (value && !(v = pl_strpool_intern(&n->graph->strings, value, strlen(value))))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n->nattrs; i++) {
        if (n->attrs[i].key == key ||
            (n->attrs[i].key[0] == key[0] && strcmp(n->attrs[i].key, key) == 0)) {
            n->attrs[i].value = v;
            return 0;
        }
    }
    char *k = pl_strdup(key);
    attr *attrs = k ? pl_graph_grow(n->attrs, &n->attrs_cap, n->nattrs + 1, sizeof *attrs) : NULL;
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
    n = pl_node_live(n);
    assert(n);
    if (!label)
        return PARLEY_EINVAL;
    char *l = pl_strdup(label);
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
    src = pl_node_live(src);
    dst = pl_node_live(dst);
    assert(g);
    if (out)
        *out = NULL;
    if (!src || !dst)
        return pl_fail(err, PARLEY_EINVAL, -1, "edge endpoint is NULL");
    if ((unsigned)rel >= PARLEY_REL_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1, "relation %d out of range", (int)rel);

    int rc = 0;
    parley_edge *e = pl_graph_edge_lookup(g, src, rel, dst);
    if (!e) {
        parley_edge **edges = pl_graph_grow(g->edges, &g->edges_cap, g->nedges + 1, sizeof *edges);
        if (edges)
            g->edges = edges;
        if (!edges || !(e = edge_alloc(g))) {
            rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        e->src = src;
        e->dst = dst;
        e->rel = rel;
        if (pl_graph_edge_index_put(g, e)) {
            g->slabs->used--; /* the edge just taken goes back */
            rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
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
    n = pl_node_live(n);
    assert(g && n);
    return pl_record_add(g, &n->rec, doc, start, end, sentence, sentence_len);
}

int parley_edge_add_evidence(parley_graph *g, parley_edge *e, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len)
{
    e = pl_edge_live(e);
    assert(g && e);
    return pl_record_add(g, &e->rec, doc, start, end, sentence, sentence_len);
}


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
        assert(pl_graph_node_lookup(g, g->edges[i]->src->id) == g->edges[i]->src);
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

int parley_graph_finish(parley_graph *g)
{
    assert(g);
    if (pl_graph_fold(g) || order_docs(g))
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
const char *parley_node_id(const parley_node *n) { return pl_node_now(n)->id; }
const char *parley_node_label(const parley_node *n) { return pl_node_now(n)->label; }
parley_node_type parley_node_get_type(const parley_node *n) { return pl_node_now(n)->type; }

const char *parley_node_attr(const parley_node *n, const char *key)
{
    n = pl_node_now(n);
    for (size_t i = 0; i < n->nattrs; i++) /* the first byte spares most calls */
        if (n->attrs[i].key[0] == key[0] && strcmp(n->attrs[i].key, key) == 0)
            return n->attrs[i].value;
    return NULL;
}

size_t parley_node_attr_count(const parley_node *n) { return pl_node_now(n)->nattrs; }

void parley_node_attr_at(const parley_node *n, size_t i, const char **key,
                         const char **value)
{
    n = pl_node_now(n);
    assert(i < n->nattrs);
    if (key)
        *key = n->attrs[i].key;
    if (value)
        *value = n->attrs[i].value;
}

size_t parley_node_mentions(const parley_node *n) { return pl_node_now(n)->rec.mentions; }

size_t parley_node_documents(const parley_node *n)
{
    return pl_record_documents(&pl_node_now(n)->rec);
}

size_t parley_node_evidence_count(const parley_node *n) { return pl_node_now(n)->rec.nev; }

static parley_evidence evidence_of(const ev_item *e)
{
    parley_evidence out = {e->document, e->start, e->end, e->sentence};
    return out;
}

parley_evidence parley_node_evidence_at(const parley_node *n, size_t i)
{
    n = pl_node_now(n);
    assert(i < n->rec.nev);
    return evidence_of(&n->rec.ev[i]);
}

const parley_node *parley_edge_source(const parley_edge *e)
{
    return pl_node_now(pl_edge_now(e)->src);
}
const parley_node *parley_edge_target(const parley_edge *e)
{
    return pl_node_now(pl_edge_now(e)->dst);
}
parley_relation parley_edge_relation(const parley_edge *e) { return pl_edge_now(e)->rel; }
size_t parley_edge_mentions(const parley_edge *e) { return pl_edge_now(e)->rec.mentions; }

size_t parley_edge_documents(const parley_edge *e)
{
    return pl_record_documents(&pl_edge_now(e)->rec);
}

size_t parley_edge_evidence_count(const parley_edge *e) { return pl_edge_now(e)->rec.nev; }

parley_evidence parley_edge_evidence_at(const parley_edge *e, size_t i)
{
    e = pl_edge_now(e);
    assert(i < e->rec.nev);
    return evidence_of(&e->rec.ev[i]);
}

/* ---- counts read back -------------------------------------------------- */

void parley_node_add_counts(parley_node *n, size_t mentions, size_t documents)
{
    n = pl_node_live(n);
    assert(n);
    n->rec.mentions = pl_mentions_add(n->rec.mentions, mentions);
    n->rec.extra_docs = pl_docs_add(n->rec.extra_docs, documents);
}

void parley_edge_add_counts(parley_edge *e, size_t mentions, size_t documents)
{
    e = pl_edge_live(e);
    assert(e);
    e->rec.mentions = pl_mentions_add(e->rec.mentions, mentions);
    e->rec.extra_docs = pl_docs_add(e->rec.extra_docs, documents);
}
