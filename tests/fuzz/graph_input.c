/* graph_input.c: turns fuzz bytes into a parley graph through the public
 * API, for the exporter fuzz targets, and checks the finished graph's
 * invariants. Also checks that the API refuses what it must (out-of-range
 * types and relations, empty ids, evidence for unknown documents).
 *
 * Input format: operations until the bytes run out (at most MAX_OPS). Each
 * is one byte (modulo OP_COUNT) and its arguments:
 *   string    a length byte n, then n bytes (fewer at the end of input); a
 *             NUL among them ends the string early (the API takes C strings)
 *   optional  a byte: odd, a string follows; even, NULL
 *   index     a byte, modulo the count it indexes (nodes, edges)
 *   number    two bytes, big-endian
 * Operations:
 *   0 document   name (string), date (optional)
 *   1 node       type (byte, one value past the last type), id (string),
 *                label (optional)
 *   2 attribute  node (index), key (byte: below KEY_COUNT a schema key,
 *                else a string follows), value (optional)
 *   3 edge       source, target (indexes), relation (byte, one past the last)
 *   4 node evidence  node (index), document (byte, may be unknown), start,
 *                end (numbers), sentence (optional)
 *   5 edge evidence  the same for an edge
 *   6 label      node (index), label (optional)
 *   7 max evidence   byte modulo 8
 *   8 status     node (index), one of held, planned, cancelled, "", HELD
 *   9 finish     (building may go on after it) */
#include "fuzz.h"
#include "util/utf8.h"

#include <string.h>

#define MAX_OPS 512
#define MAX_KEEP 64 /* nodes and edges later operations can refer to */
#define OP_COUNT 10

typedef struct reader {
    const uint8_t *p;
    size_t n, pos;
} reader;

static int more(const reader *r)
{
    return r->pos < r->n;
}

static unsigned byte(reader *r)
{
    return r->pos < r->n ? r->p[r->pos++] : 0;
}

static size_t number(reader *r)
{
    size_t hi = byte(r);
    return hi << 8 | byte(r);
}

/* Reads a string into buf (at least 256 bytes). */
static const char *string(reader *r, char *buf)
{
    size_t len = byte(r);
    if (len > r->n - r->pos)
        len = r->n - r->pos;
    memcpy(buf, r->p + r->pos, len);
    buf[len] = '\0';
    r->pos += len;
    return buf;
}

static const char *optional(reader *r, char *buf)
{
    return byte(r) & 1 ? string(r, buf) : NULL;
}

static const char *const schema_keys[] = {"iso3", "country", "title", "kind", "date",
                                          "status", "location", "type", "mentions", "evidence"};
#define KEY_COUNT (sizeof schema_keys / sizeof schema_keys[0])

static const char *const statuses[] = {"held", "planned", "cancelled", "", "HELD"};

typedef struct builder {
    parley_graph *g;
    parley_node *nodes[MAX_KEEP];
    size_t nnodes;
    parley_edge *edges[MAX_KEEP];
    size_t nedges;
} builder;

static parley_node *pick_node(builder *b, reader *r)
{
    unsigned i = byte(r);
    return b->nnodes ? b->nodes[i % b->nnodes] : NULL;
}

static parley_edge *pick_edge(builder *b, reader *r)
{
    unsigned i = byte(r);
    return b->nedges ? b->edges[i % b->nedges] : NULL;
}

static void op_node(builder *b, reader *r)
{
    char id[256], label[256];
    unsigned t = byte(r) % (PARLEY_NODE_TYPE_COUNT + 1);
    string(r, id);
    const char *l = optional(r, label);
    parley_node *existing = parley_graph_find_node(b->g, id);
    parley_node *n = (parley_node *)1;
    parley_error err;
    int rc = parley_graph_add_node(b->g, (parley_node_type)t, id, l, &n, &err);
    if (t >= PARLEY_NODE_TYPE_COUNT || !id[0] ||
        (existing && parley_node_get_type(existing) != (parley_node_type)t)) {
        FUZZ_CHECK(rc == PARLEY_EINVAL && n == NULL);
        return;
    }
    FUZZ_CHECK(rc == 0 && n != NULL);
    FUZZ_CHECK(strcmp(parley_node_id(n), id) == 0);
    if (existing) {
        FUZZ_CHECK(n == existing); /* found, label kept */
        return;
    }
    FUZZ_CHECK(strcmp(parley_node_label(n), l ? l : id) == 0);
    if (b->nnodes < MAX_KEEP)
        b->nodes[b->nnodes++] = n;
}

static void op_attr(builder *b, reader *r)
{
    char key[256], value[256];
    parley_node *n = pick_node(b, r);
    unsigned k = byte(r);
    const char *kk = k < KEY_COUNT ? schema_keys[k] : string(r, key);
    const char *v = optional(r, value);
    if (!n)
        return;
    int rc = parley_node_set_attr(n, kk, v);
    if (!kk[0]) {
        FUZZ_CHECK(rc == PARLEY_EINVAL);
        return;
    }
    FUZZ_CHECK(rc == 0);
    const char *got = parley_node_attr(n, kk);
    FUZZ_CHECK(v ? got && strcmp(got, v) == 0 : got == NULL);
}

static void op_edge(builder *b, reader *r)
{
    parley_node *s = pick_node(b, r), *d = pick_node(b, r);
    unsigned rel = byte(r) % (PARLEY_REL_COUNT + 1);
    if (!s)
        return;
    parley_edge *e = (parley_edge *)1;
    int rc = parley_graph_add_edge(b->g, s, d, (parley_relation)rel, &e, NULL);
    if (rel >= PARLEY_REL_COUNT) {
        FUZZ_CHECK(rc == PARLEY_EINVAL && e == NULL);
        return;
    }
    FUZZ_CHECK(rc == 0 && e != NULL);
    /* The edge found or made joins what was asked: the nodes themselves,
     * or, for a node a finish folded away, the live node it became. */
    const parley_node *es = parley_edge_source(e), *ed = parley_edge_target(e);
    FUZZ_CHECK(parley_edge_relation(e) == (parley_relation)rel);
    FUZZ_CHECK(es == s || parley_graph_find_node(b->g, parley_node_id(es)) == es);
    FUZZ_CHECK(ed == d || parley_graph_find_node(b->g, parley_node_id(ed)) == ed);
    if (b->nedges < MAX_KEEP)
        b->edges[b->nedges++] = e;
}

static void op_evidence(builder *b, reader *r, int on_edge)
{
    char sentence[256];
    parley_node *n = on_edge ? NULL : pick_node(b, r);
    parley_edge *e = on_edge ? pick_edge(b, r) : NULL;
    int doc = (int)byte(r) - 2; /* -2 and -1 are never documents */
    size_t start = number(r), end = number(r);
    const char *s = optional(r, sentence);
    size_t len = s ? strlen(s) : 0;
    if (!n && !e)
        return;
    size_t before = n ? parley_node_mentions(n) : parley_edge_mentions(e);
    int rc = n ? parley_node_add_evidence(b->g, n, doc, start, end, s, len)
               : parley_edge_add_evidence(b->g, e, doc, start, end, s, len);
    size_t after = n ? parley_node_mentions(n) : parley_edge_mentions(e);
    if (doc < 0 || (size_t)doc >= parley_graph_document_count(b->g) || end < start) {
        FUZZ_CHECK(rc == PARLEY_EINVAL && after == before);
        return;
    }
    FUZZ_CHECK(rc == 0 && after == before + 1);
}

parley_graph *fuzz_graph(const uint8_t *data, size_t size)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.g = parley_graph_new();
    FUZZ_CHECK(b.g != NULL);
    reader r = {data, size, 0};
    char s1[256], s2[256];
    for (int ops = 0; ops < MAX_OPS && more(&r); ops++) {
        unsigned op = byte(&r) % OP_COUNT;
        switch (op) {
        case 0: {
            const char *name = string(&r, s1);
            const char *date = optional(&r, s2);
            size_t before = parley_graph_document_count(b.g);
            int doc = parley_graph_add_document(b.g, name, date, NULL);
            /* A known name is the same document: its index again. The
             * name is kept as the exports write it: bad UTF-8 repaired. */
            FUZZ_CHECK(doc >= 0 && (size_t)doc <= before);
            pl_buf kept = PL_BUF_INIT;
            FUZZ_CHECK(pl_escape_utf8(&kept, name, strlen(name)) == 0);
            FUZZ_CHECK(strcmp(parley_graph_document_name(b.g, (size_t)doc), kept.data) == 0);
            pl_buf_free(&kept);
            break;
        }
        case 1:
            op_node(&b, &r);
            break;
        case 2:
            op_attr(&b, &r);
            break;
        case 3:
            op_edge(&b, &r);
            break;
        case 4:
        case 5:
            op_evidence(&b, &r, op == 5);
            break;
        case 6: {
            parley_node *n = pick_node(&b, &r);
            const char *l = optional(&r, s1);
            if (n) {
                int rc = parley_node_set_label(n, l);
                FUZZ_CHECK(l ? rc == 0 && strcmp(parley_node_label(n), l) == 0
                             : rc == PARLEY_EINVAL);
            }
            break;
        }
        case 7:
            parley_graph_set_max_evidence(b.g, byte(&r) % 8);
            break;
        case 8: {
            parley_node *n = pick_node(&b, &r);
            const char *st = statuses[byte(&r) % 5];
            if (n)
                FUZZ_CHECK(parley_node_set_attr(n, "status", st) == 0);
            break;
        }
        default:
            parley_graph_finish(b.g);
            break;
        }
    }
    parley_graph_finish(b.g);
    fuzz_check_graph(b.g);
    return b.g;
}

static int is_document_name(const parley_graph *g, const char *name)
{
    for (size_t i = 0; i < parley_graph_document_count(g); i++)
        if (parley_graph_document_name(g, i) == name)
            return 1;
    return 0;
}

static void check_evidence(const parley_graph *g, parley_evidence ev)
{
    FUZZ_CHECK(ev.document && is_document_name(g, ev.document));
    FUZZ_CHECK(ev.start <= ev.end);
}

void fuzz_check_graph(const parley_graph *g)
{
    size_t nn = parley_graph_node_count(g), ndocs = parley_graph_document_count(g);
    const parley_node *prev = NULL;
    for (size_t i = 0; i < nn; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *id = parley_node_id(n);
        FUZZ_CHECK(n && id && id[0] && parley_node_label(n));
        FUZZ_CHECK((unsigned)parley_node_get_type(n) < PARLEY_NODE_TYPE_COUNT);
        FUZZ_CHECK(parley_graph_find_node(g, id) == n);
        /* Nodes by type, then id: strictly, so ids are unique. */
        if (prev) {
            int t0 = (int)parley_node_get_type(prev), t1 = (int)parley_node_get_type(n);
            FUZZ_CHECK(t0 < t1 || (t0 == t1 && strcmp(parley_node_id(prev), id) < 0));
        }
        prev = n;
        for (size_t a = 0; a < parley_node_attr_count(n); a++) {
            const char *k, *v;
            parley_node_attr_at(n, a, &k, &v);
            FUZZ_CHECK(k && k[0]);
            FUZZ_CHECK(parley_node_attr(n, k) == v);
        }
        FUZZ_CHECK(parley_node_evidence_count(n) <= parley_node_mentions(n));
        FUZZ_CHECK(parley_node_documents(n) <= parley_node_mentions(n) &&
                   parley_node_documents(n) <= ndocs);
        for (size_t k = 0; k < parley_node_evidence_count(n); k++)
            check_evidence(g, parley_node_evidence_at(n, k));
    }
    const parley_edge *pe = NULL;
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        const parley_node *s = parley_edge_source(e), *d = parley_edge_target(e);
        FUZZ_CHECK(s && d && parley_graph_find_node(g, parley_node_id(s)) == s &&
                   parley_graph_find_node(g, parley_node_id(d)) == d);
        FUZZ_CHECK((unsigned)parley_edge_relation(e) < PARLEY_REL_COUNT);
        /* Edges by source id, relation, target id: strictly. */
        if (pe) {
            int c = strcmp(parley_node_id(parley_edge_source(pe)), parley_node_id(s));
            if (!c)
                c = (int)parley_edge_relation(pe) - (int)parley_edge_relation(e);
            if (!c)
                c = strcmp(parley_node_id(parley_edge_target(pe)), parley_node_id(d));
            FUZZ_CHECK(c < 0);
        }
        pe = e;
        FUZZ_CHECK(parley_edge_evidence_count(e) <= parley_edge_mentions(e));
        for (size_t k = 0; k < parley_edge_evidence_count(e); k++)
            check_evidence(g, parley_edge_evidence_at(e, k));
    }
}
