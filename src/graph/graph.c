/* graph.c: the relationship graph model. Nodes and edges live in arrays of
 * pointers (so a parley_node * handed out stays valid while the arrays grow),
 * found through string maps: id -> node, "src\x1frel\x1fdst" -> edge.
 * parley_graph_finish sorts both arrays into the one order exporters walk. */
#include "parley/graph.h"
#include "util/util.h"

#include <assert.h>
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
    char *key;
    char *value; /* NULL = unset (JSON null) */
} attr;

typedef struct doc_entry {
    char *name;
    char *date; /* or NULL */
} doc_entry;

/* What nodes and edges share: mention count, distinct documents, evidence. */
typedef struct record {
    size_t mentions;
    int *docs; /* distinct document indexes, sorted ascending */
    size_t ndocs, docs_cap;
    parley_evidence *ev; /* sentence strings owned here */
    size_t nev, ev_cap;
} record;

struct parley_node {
    parley_node_type type;
    char *id;
    char *label;
    attr *attrs;
    size_t nattrs, attrs_cap;
    record rec;
};

struct parley_edge {
    parley_node *src;
    parley_node *dst;
    parley_relation rel;
    record rec;
};

struct parley_graph {
    doc_entry *docs;
    size_t ndocs, docs_cap;
    parley_node **nodes;
    size_t nnodes, nodes_cap;
    parley_edge **edges;
    size_t nedges, edges_cap;
    parley_map node_index; /* id -> parley_node * */
    parley_map edge_index; /* edge key -> parley_edge * */
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
    for (size_t i = 0; i < r->nev; i++)
        free((char *)r->ev[i].sentence);
    free(r->ev);
    free(r->docs);
}

static void node_free(parley_node *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->nattrs; i++) {
        free(n->attrs[i].key);
        free(n->attrs[i].value);
    }
    free(n->attrs);
    free(n->id);
    free(n->label);
    record_free(&n->rec);
    free(n);
}

/* A copy of sentence[0..len), cut to SENTENCE_MAX bytes plus "..." when
 * longer. The cut backs up over UTF-8 continuation bytes so a character is
 * never split. NULL in gives NULL out with *ok set; *ok = 0 on ENOMEM. */
static char *sentence_copy(const char *sentence, size_t len, int *ok)
{
    *ok = 1;
    if (!sentence)
        return NULL;
    char *s;
    if (len <= SENTENCE_MAX) {
        s = parley_strndup(sentence, len);
    } else {
        size_t n = SENTENCE_MAX;
        while (n > 0 && ((unsigned char)sentence[n] & 0xC0) == 0x80)
            n--;
        s = malloc(n + 4);
        if (s) {
            memcpy(s, sentence, n);
            memcpy(s + n, "...", 4);
        }
    }
    if (!s)
        *ok = 0;
    return s;
}

/* Counts one mention. Every allocation happens before anything is changed,
 * so a failure leaves the record as it was. */
static int record_add(parley_graph *g, record *r, int doc, size_t start, size_t end,
                      const char *sentence, size_t sentence_len)
{
    if (doc < 0 || (size_t)doc >= g->ndocs || end < start)
        return PARLEY_EINVAL;

    /* Distinct documents: binary search in the sorted list. Articles are
     * usually added in order, so a new one goes at the end. */
    size_t lo = 0, hi = r->ndocs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->docs[mid] < doc)
            lo = mid + 1;
        else
            hi = mid;
    }
    int new_doc = lo == r->ndocs || r->docs[lo] != doc;
    if (new_doc) {
        int *docs = grow(r->docs, &r->docs_cap, r->ndocs + 1, sizeof *docs);
        if (!docs)
            return PARLEY_ENOMEM;
        r->docs = docs;
    }

    int keep = r->nev < g->max_evidence;
    char *s = NULL;
    if (keep) {
        parley_evidence *ev = grow(r->ev, &r->ev_cap, r->nev + 1, sizeof *ev);
        if (!ev)
            return PARLEY_ENOMEM;
        r->ev = ev;
        int ok;
        s = sentence_copy(sentence, sentence_len, &ok);
        if (!ok)
            return PARLEY_ENOMEM;
    }

    if (new_doc) {
        memmove(r->docs + lo + 1, r->docs + lo, (r->ndocs - lo) * sizeof *r->docs);
        r->docs[lo] = doc;
        r->ndocs++;
    }
    if (keep) {
        /* The document name is owned by the graph's document table and never
         * moves (the table holds pointers to separately allocated strings). */
        r->ev[r->nev].document = g->docs[doc].name;
        r->ev[r->nev].start = start;
        r->ev[r->nev].end = end;
        r->ev[r->nev].sentence = s;
        r->nev++;
    }
    r->mentions++;
    return 0;
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
    for (size_t i = 0; i < g->nedges; i++) {
        record_free(&g->edges[i]->rec);
        free(g->edges[i]);
    }
    for (size_t i = 0; i < g->ndocs; i++) {
        free(g->docs[i].name);
        free(g->docs[i].date);
    }
    free(g->nodes);
    free(g->edges);
    free(g->docs);
    parley_map_free(&g->node_index);
    parley_map_free(&g->edge_index);
    free(g);
}

void parley_graph_set_max_evidence(parley_graph *g, size_t max)
{
    assert(g);
    g->max_evidence = max;
}

int parley_graph_add_document(parley_graph *g, const char *name, const char *date,
                              parley_error *err)
{
    assert(g);
    /* Indexes are returned as int, so the table stops short of INT_MAX. */
    if (g->ndocs >= (size_t)0x7fffffff)
        return parley_fail(err, PARLEY_ELIMIT, -1, "too many documents in one graph");
    doc_entry *docs = grow(g->docs, &g->docs_cap, g->ndocs + 1, sizeof *docs);
    if (!docs)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    g->docs = docs;
    /* A NULL name is kept as "" so evidence always names some document. */
    char *n = parley_strdup(name ? name : "");
    char *d = date ? parley_strdup(date) : NULL;
    if (!n || (date && !d)) {
        free(n);
        free(d);
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    }
    g->docs[g->ndocs].name = n;
    g->docs[g->ndocs].date = d;
    return (int)g->ndocs++;
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
    for (const char *const *k = schemas[type]; *k; k++) {
        attr *attrs = grow(n->attrs, &n->attrs_cap, n->nattrs + 1, sizeof *attrs);
        if (!attrs)
            goto fail;
        n->attrs = attrs;
        n->attrs[n->nattrs].key = parley_strdup(*k);
        n->attrs[n->nattrs].value = NULL;
        if (!n->attrs[n->nattrs].key)
            goto fail;
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

    size_t idlen = strlen(id);
    parley_node *n = parley_map_get(&g->node_index, id, idlen);
    if (n) {
        if (n->type != type)
            return parley_fail(err, PARLEY_EINVAL, -1, "node %s is a %s, not a %s", id,
                               node_type_names[n->type], node_type_names[type]);
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
    if (parley_map_put(&g->node_index, id, idlen, n)) {
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
    return id ? parley_map_get(&g->node_index, id, strlen(id)) : NULL;
}

int parley_node_set_attr(parley_node *n, const char *key, const char *value)
{
    assert(n);
    if (!key || !*key)
        return PARLEY_EINVAL;
    char *v = NULL;
    if (value && !(v = parley_strdup(value)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n->nattrs; i++) {
        if (strcmp(n->attrs[i].key, key) == 0) {
            free(n->attrs[i].value);
            n->attrs[i].value = v;
            return 0;
        }
    }
    char *k = parley_strdup(key);
    attr *attrs = k ? grow(n->attrs, &n->attrs_cap, n->nattrs + 1, sizeof *attrs) : NULL;
    if (!attrs) {
        free(k);
        free(v);
        return PARLEY_ENOMEM;
    }
    n->attrs = attrs;
    n->attrs[n->nattrs].key = k;
    n->attrs[n->nattrs].value = v;
    n->nattrs++;
    return 0;
}

int parley_node_set_label(parley_node *n, const char *label)
{
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

/* The edge map key: the source id's length, the source id, the relation
 * and the target id. Ids are arbitrary bytes (the API takes any), so the
 * length is what keeps keys apart: joined by separators alone, the edges
 * x -(represents)-> "y<sep>participant<sep>z" and
 * "x<sep>represents<sep>y" -(participant)-> z would share a key. */
#define EDGE_KEY_FORMAT "%zu:%s\x1f%s\x1f%s"
#define EDGE_KEY_ARGS(src, rel, dst) strlen((src)->id), (src)->id, relation_names[rel], (dst)->id

static int edge_key(parley_buf *b, const parley_node *src, parley_relation rel,
                    const parley_node *dst)
{
    return parley_buf_printf(b, EDGE_KEY_FORMAT, EDGE_KEY_ARGS(src, rel, dst));
}

int parley_graph_add_edge(parley_graph *g, parley_node *src, parley_node *dst,
                          parley_relation rel, parley_edge **out, parley_error *err)
{
    assert(g);
    if (out)
        *out = NULL;
    if (!src || !dst)
        return parley_fail(err, PARLEY_EINVAL, -1, "edge endpoint is NULL");
    if ((unsigned)rel >= PARLEY_REL_COUNT)
        return parley_fail(err, PARLEY_EINVAL, -1, "relation %d out of range", (int)rel);

    int rc = 0;
    /* The key on the stack when it fits: the extractor adds an edge per
     * mention, and an allocation each would cost more than the lookup. */
    char stack[256];
    parley_buf heap = PARLEY_BUF_INIT;
    const char *key = stack;
    int n = snprintf(stack, sizeof stack, EDGE_KEY_FORMAT, EDGE_KEY_ARGS(src, rel, dst));
    size_t key_len = n > 0 ? (size_t)n : 0;
    if (n < 0 || (size_t)n >= sizeof stack) {
        if (edge_key(&heap, src, rel, dst)) {
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        key = heap.data;
        key_len = heap.len;
    }
    parley_edge *e = parley_map_get(&g->edge_index, key, key_len);
    if (!e) {
        parley_edge **edges = grow(g->edges, &g->edges_cap, g->nedges + 1, sizeof *edges);
        if (edges)
            g->edges = edges;
        if (!edges || !(e = calloc(1, sizeof *e))) {
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        e->src = src;
        e->dst = dst;
        e->rel = rel;
        if (parley_map_put(&g->edge_index, key, key_len, e)) {
            free(e);
            rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto cleanup;
        }
        g->edges[g->nedges++] = e;
    }
    if (out)
        *out = e;
cleanup:
    parley_buf_free(&heap);
    return rc;
}

int parley_node_add_evidence(parley_graph *g, parley_node *n, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len)
{
    assert(g && n);
    return record_add(g, &n->rec, doc, start, end, sentence, sentence_len);
}

int parley_edge_add_evidence(parley_graph *g, parley_edge *e, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len)
{
    assert(g && e);
    return record_add(g, &e->rec, doc, start, end, sentence, sentence_len);
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
        assert(parley_map_get(&g->node_index, g->edges[i]->src->id,
                              strlen(g->edges[i]->src->id)) == g->edges[i]->src);
}
#endif

void parley_graph_finish(parley_graph *g)
{
    assert(g);
    if (g->nnodes > 1)
        qsort(g->nodes, g->nnodes, sizeof *g->nodes, node_qsort_cmp);
    if (g->nedges > 1)
        qsort(g->edges, g->nedges, sizeof *g->edges, edge_qsort_cmp);
#ifndef NDEBUG
    graph_check(g);
#endif
}

/* ---- walking ---------------------------------------------------------- */

size_t parley_graph_document_count(const parley_graph *g)
{
    return g->ndocs;
}

const char *parley_graph_document_name(const parley_graph *g, size_t i)
{
    assert(i < g->ndocs);
    return g->docs[i].name;
}

const char *parley_graph_document_date(const parley_graph *g, size_t i)
{
    assert(i < g->ndocs);
    return g->docs[i].date;
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

const char *parley_node_id(const parley_node *n) { return n->id; }
const char *parley_node_label(const parley_node *n) { return n->label; }
parley_node_type parley_node_get_type(const parley_node *n) { return n->type; }

const char *parley_node_attr(const parley_node *n, const char *key)
{
    for (size_t i = 0; i < n->nattrs; i++)
        if (strcmp(n->attrs[i].key, key) == 0)
            return n->attrs[i].value;
    return NULL;
}

size_t parley_node_attr_count(const parley_node *n) { return n->nattrs; }

void parley_node_attr_at(const parley_node *n, size_t i, const char **key,
                         const char **value)
{
    assert(i < n->nattrs);
    if (key)
        *key = n->attrs[i].key;
    if (value)
        *value = n->attrs[i].value;
}

size_t parley_node_mentions(const parley_node *n) { return n->rec.mentions; }
size_t parley_node_documents(const parley_node *n) { return n->rec.ndocs; }
size_t parley_node_evidence_count(const parley_node *n) { return n->rec.nev; }

parley_evidence parley_node_evidence_at(const parley_node *n, size_t i)
{
    assert(i < n->rec.nev);
    return n->rec.ev[i];
}

const parley_node *parley_edge_source(const parley_edge *e) { return e->src; }
const parley_node *parley_edge_target(const parley_edge *e) { return e->dst; }
parley_relation parley_edge_relation(const parley_edge *e) { return e->rel; }
size_t parley_edge_mentions(const parley_edge *e) { return e->rec.mentions; }
size_t parley_edge_documents(const parley_edge *e) { return e->rec.ndocs; }
size_t parley_edge_evidence_count(const parley_edge *e) { return e->rec.nev; }

parley_evidence parley_edge_evidence_at(const parley_edge *e, size_t i)
{
    assert(i < e->rec.nev);
    return e->rec.ev[i];
}

/* ---- merging (being written: stubs) ----------------------------------- */

void parley_node_add_counts(parley_node *n, size_t mentions, size_t documents)
{
    n->rec.mentions += mentions;
    (void)documents;
}

void parley_edge_add_counts(parley_edge *e, size_t mentions, size_t documents)
{
    e->rec.mentions += mentions;
    (void)documents;
}

int parley_node_join_attr(parley_node *n, const char *key, const char *value)
{
    if (!value || parley_node_attr(n, key))
        return 0;
    return parley_node_set_attr(n, key, value);
}

int parley_graph_merge(parley_graph *g, const parley_graph *src, parley_error *err)
{
    (void)g;
    (void)src;
    return parley_fail(err, PARLEY_EINVAL, -1, "merge: not implemented yet");
}

int parley_graph_read_json(parley_graph *g, FILE *in, const char *name, parley_error *err)
{
    (void)g;
    (void)in;
    return parley_fail(err, PARLEY_EINVAL, -1, "%s: reading JSON: not implemented yet", name);
}
