/* read_json.c: reads back a graph that parley's JSON exporter wrote (JSON
 * Graph Format, the default style) and merges it into a graph, so graphs
 * extracted apart (other machines, other days) can be reduced into one.
 * The exporter writes everything the model holds (documents, attributes,
 * counts, kept evidence), so a read-back graph is the graph that was
 * written: evidence is added item by item, and the mentions and documents
 * it does not account for are added as counts. */
#include "parley/graph.h"
#include "util/util.h"

#include <jansson.h>
#include <string.h>

typedef struct reader {
    parley_graph *g;
    const char *name;
    parley_error *err;
} reader;

/* "NAME: what" for a structural problem; jansson's parse errors carry a
 * line, the structure does not (the tree has no positions). */
static int bad(reader *r, const char *what, const char *where)
{
    return pl_fail(r->err, PARLEY_EINPUT, -1, "%s: not a graph written by parley: %s%s%s",
                   r->name, what, where ? " in " : "", where ? where : "");
}

static int get_count(const json_t *meta, const char *key, size_t *out)
{
    const json_t *v = json_object_get(meta, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return -1;
    *out = (size_t)json_integer_value(v);
    return 0;
}

/* The "mentions", "documents" and "evidence" of a node's or an edge's
 * metadata, added to it through add_ev and add_counts. */
typedef int (*add_ev_fn)(parley_graph *, void *, int, size_t, size_t, const char *, size_t);
typedef void (*add_counts_fn)(void *, size_t, size_t);

static int node_add_ev(parley_graph *g, void *n, int doc, size_t s, size_t e, const char *t,
                       size_t len)
{
    return parley_node_add_evidence(g, n, doc, s, e, t, len);
}

static int edge_add_ev(parley_graph *g, void *x, int doc, size_t s, size_t e, const char *t,
                       size_t len)
{
    return parley_edge_add_evidence(g, x, doc, s, e, t, len);
}

static void node_add_counts(void *n, size_t m, size_t d) { parley_node_add_counts(n, m, d); }
static void edge_add_counts(void *e, size_t m, size_t d) { parley_edge_add_counts(e, m, d); }

static int read_record(reader *r, const json_t *meta, void *obj, add_ev_fn add_ev,
                       add_counts_fn add_counts, size_t (*docs_now)(const void *),
                       const char *where)
{
    size_t mentions, documents;
    const json_t *ev = json_object_get(meta, "evidence");
    if (get_count(meta, "mentions", &mentions) || get_count(meta, "documents", &documents))
        return bad(r, "\"mentions\" and \"documents\" must be counts", where);
    if (!json_is_array(ev))
        return bad(r, "\"evidence\" must be an array", where);
    size_t docs_before = docs_now(obj);
    size_t i;
    const json_t *item;
    json_array_foreach(ev, i, item) {
        const json_t *d = json_object_get(item, "document");
        const json_t *s = json_object_get(item, "start");
        const json_t *e = json_object_get(item, "end");
        const json_t *t = json_object_get(item, "sentence");
        if (!json_is_string(d) || !json_is_integer(s) || !json_is_integer(e) ||
            json_integer_value(s) < 0 || json_integer_value(e) < json_integer_value(s) ||
            !(json_is_string(t) || json_is_null(t)))
            return bad(r, "evidence needs \"document\", \"start\" <= \"end\" and \"sentence\"",
                       where);
        int doc = parley_graph_add_document(r->g, json_string_value(d), NULL, r->err);
        if (doc < 0)
            return doc;
        const char *text = json_is_string(t) ? json_string_value(t) : NULL;
        if (add_ev(r->g, obj, doc, (size_t)json_integer_value(s), (size_t)json_integer_value(e),
                   text, text ? json_string_length(t) : 0))
            return pl_fail(r->err, PARLEY_ENOMEM, -1, "out of memory");
    }
    size_t ev_docs = docs_now(obj) - docs_before;
    size_t n_ev = json_array_size(ev);
    if (mentions < n_ev || documents < ev_docs)
        return bad(r, "fewer mentions or documents than the evidence shows", where);
    add_counts(obj, mentions - n_ev, documents - ev_docs);
    return 0;
}

static size_t node_docs(const void *n) { return parley_node_documents(n); }
static size_t edge_docs(const void *e) { return parley_edge_documents(e); }

static int type_from_name(const char *name)
{
    for (int t = 0; t < PARLEY_NODE_TYPE_COUNT; t++)
        if (strcmp(parley_node_type_name((parley_node_type)t), name) == 0)
            return t;
    return -1;
}

static int relation_from_name(const char *name)
{
    for (int t = 0; t < PARLEY_REL_COUNT; t++)
        if (strcmp(parley_relation_name((parley_relation)t), name) == 0)
            return t;
    return -1;
}

static int reserved(const char *k)
{
    return !strcmp(k, "type") || !strcmp(k, "mentions") || !strcmp(k, "documents") ||
           !strcmp(k, "evidence");
}

static int read_node(reader *r, const char *id, const json_t *jn)
{
    const json_t *label = json_object_get(jn, "label");
    const json_t *meta = json_object_get(jn, "metadata");
    const json_t *type = json_object_get(meta, "type");
    int t = json_is_string(type) ? type_from_name(json_string_value(type)) : -1;
    if (!json_is_object(meta) || t < 0 || !json_is_string(label))
        return bad(r, "a node needs a \"label\" and a known \"metadata.type\"", id);
    parley_node *n;
    int rc = parley_graph_add_node(r->g, (parley_node_type)t, id, json_string_value(label), &n,
                                   r->err);
    if (rc)
        return rc;
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)meta, key, v) {
        if (reserved(key))
            continue;
        if (json_is_string(v))
            rc = parley_node_join_attr(n, key, json_string_value(v));
        else if (json_is_null(v))
            rc = parley_node_attr(n, key) ? 0 : parley_node_set_attr(n, key, NULL);
        else
            return bad(r, "attributes must be strings or null", id);
        if (rc)
            return pl_fail(r->err, PARLEY_ENOMEM, -1, "out of memory");
    }
    return read_record(r, meta, n, node_add_ev, node_add_counts, node_docs, id);
}

static int read_edge(reader *r, size_t index, const json_t *je)
{
    char where[48];
    snprintf(where, sizeof where, "edge %zu", index);
    const json_t *s = json_object_get(je, "source"), *t = json_object_get(je, "target");
    const json_t *rel = json_object_get(je, "relation"), *meta = json_object_get(je, "metadata");
    int rl = json_is_string(rel) ? relation_from_name(json_string_value(rel)) : -1;
    if (!json_is_string(s) || !json_is_string(t) || rl < 0 || !json_is_object(meta))
        return bad(r, "an edge needs \"source\", \"target\", a known \"relation\" and \"metadata\"",
                   where);
    parley_node *a = parley_graph_find_node(r->g, json_string_value(s));
    parley_node *b = parley_graph_find_node(r->g, json_string_value(t));
    if (!a || !b)
        return bad(r, "an edge's source or target is not a node", where);
    parley_edge *e;
    int rc = parley_graph_add_edge(r->g, a, b, (parley_relation)rl, &e, r->err);
    if (rc)
        return rc;
    return read_record(r, meta, e, edge_add_ev, edge_add_counts, edge_docs, where);
}

/* Reads into a fresh graph first, so a bad input leaves g untouched. */
static int read_all(reader *r, const json_t *root)
{
    const json_t *graph = json_object_get(root, "graph");
    const json_t *meta = json_object_get(graph, "metadata");
    const json_t *docs = json_object_get(meta, "documents");
    const json_t *nodes = json_object_get(graph, "nodes");
    const json_t *edges = json_object_get(graph, "edges");
    if (!json_is_object(graph) || !json_is_array(docs) || !json_is_object(nodes) ||
        !json_is_array(edges))
        return bad(r, "expected {\"graph\": {\"metadata\": {\"documents\": [...]}, "
                      "\"nodes\": {...}, \"edges\": [...]}}", NULL);
    size_t i;
    const json_t *d;
    json_array_foreach(docs, i, d) {
        const json_t *id = json_object_get(d, "id"), *date = json_object_get(d, "date");
        if (!json_is_string(id) || !(json_is_string(date) || json_is_null(date)))
            return bad(r, "a document needs a string \"id\" and a \"date\"", "documents");
        int rc = parley_graph_add_document(r->g, json_string_value(id),
                                           json_is_string(date) ? json_string_value(date) : NULL,
                                           r->err);
        if (rc < 0)
            return rc;
    }
    const char *id;
    const json_t *n;
    json_object_foreach((json_t *)nodes, id, n) {
        int rc = read_node(r, id, n);
        if (rc)
            return rc;
    }
    json_array_foreach(edges, i, d) {
        int rc = read_edge(r, i, d);
        if (rc)
            return rc;
    }
    return 0;
}

int parley_graph_read_json(parley_graph *g, FILE *in, const char *name, parley_error *err)
{
    json_error_t jerr;
    json_t *root = json_loadf(in, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        if (ferror(in))
            return pl_fail(err, PARLEY_EIO, -1, "%s: read error", name);
        return pl_fail(err, PARLEY_EINPUT, jerr.position, "%s: line %d: %s", name, jerr.line,
                       jerr.text);
    }
    parley_graph *part = parley_graph_new();
    int rc = part ? 0 : pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (part) {
        parley_graph_set_max_evidence(part, (size_t)-1);
        reader r = {part, name, err};
        rc = read_all(&r, root);
    }
    json_decref(root);
    if (!rc)
        rc = parley_graph_merge(g, part, err);
    parley_graph_free(part);
    return rc;
}
