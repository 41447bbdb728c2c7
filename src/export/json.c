/* json.c: the JSON exporter: JSON Graph Format v2, built as a jansson tree
 * in one pass over the finished graph and dumped with fixed indentation, so
 * the same graph always gives the same bytes. graph_to_json is the one
 * function to replace when very large graphs need streaming. */
#include "export/export_internal.h"
#include "export/escape.h"
#include "parley/parley.h"

#include <errno.h>
#include <jansson.h>
#include <string.h>

/* A JSON string for s (NULL gives null). Strings are checked here and
 * repaired (U+FFFD) when they are not UTF-8, since jansson rejects them. */
static json_t *jstr(const char *s)
{
    if (!s)
        return json_null();
    size_t n = strlen(s);
    if (parley_utf8_valid(s, n))
        return json_stringn_nocheck(s, n);
    parley_buf b = PARLEY_BUF_INIT;
    json_t *j = parley_escape_utf8(&b, s, n) ? NULL : json_stringn_nocheck(b.data, b.len);
    parley_buf_free(&b);
    return j;
}

/* Sets obj[key] = val. Like json_object_set_new it takes val in every case
 * (a NULL val, from a failed allocation, is simply -1), so a chain of
 * put()s can create children inline and a failure frees one root only. */
static int put(json_t *obj, const char *key, json_t *val)
{
    return json_object_set_new_nocheck(obj, key, val);
}

/* obj[key] = val where key is graph data: checked like any string. */
static int put_data_key(json_t *obj, const char *key, json_t *val)
{
    json_t *k = jstr(key);
    if (!k) {
        json_decref(val);
        return -1;
    }
    int rc = json_object_set_new_nocheck(obj, json_string_value(k), val);
    json_decref(k);
    return rc;
}

static json_t *jsize(size_t n)
{
    return json_integer((json_int_t)n);
}

static json_t *evidence_json(parley_evidence ev)
{
    json_t *o = json_object();
    if (put(o, "document", jstr(ev.document)) || put(o, "start", jsize(ev.start)) ||
        put(o, "end", jsize(ev.end)) || put(o, "sentence", jstr(ev.sentence))) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* "mentions", "documents" and "evidence", in that order, into meta. */
static int put_record(json_t *meta, size_t mentions, size_t documents, size_t count,
                      const void *obj, parley_evidence (*at)(const void *, size_t))
{
    json_t *arr;
    if (put(meta, "mentions", jsize(mentions)) || put(meta, "documents", jsize(documents)) ||
        put(meta, "evidence", arr = json_array()))
        return -1;
    for (size_t i = 0; i < count; i++)
        if (json_array_append_new(arr, evidence_json(at(obj, i))))
            return -1;
    return 0;
}

static parley_evidence node_ev(const void *n, size_t i)
{
    return parley_node_evidence_at(n, i);
}

static parley_evidence edge_ev(const void *e, size_t i)
{
    return parley_edge_evidence_at(e, i);
}

/* Keys the contract gives a meaning in node metadata; an attribute of the
 * same name would overwrite it, so such attributes are not written. */
static int reserved_key(const char *k)
{
    return strcmp(k, "type") == 0 || strcmp(k, "mentions") == 0 ||
           strcmp(k, "documents") == 0 || strcmp(k, "evidence") == 0;
}

/* {"label": ..., "metadata": {"type": ..., attributes..., mentions,
 * documents, evidence}} */
static json_t *node_json(const parley_node *n)
{
    json_t *o = json_object(), *meta;
    if (put(o, "label", jstr(parley_node_label(n))) || put(o, "metadata", meta = json_object()) ||
        put(meta, "type", jstr(parley_node_type_name(parley_node_get_type(n)))))
        goto fail;
    for (size_t i = 0; i < parley_node_attr_count(n); i++) {
        const char *k, *v;
        parley_node_attr_at(n, i, &k, &v);
        if (!reserved_key(k) && put_data_key(meta, k, jstr(v)))
            goto fail;
    }
    if (put_record(meta, parley_node_mentions(n), parley_node_documents(n),
                   parley_node_evidence_count(n), n, node_ev))
        goto fail;
    return o;
fail:
    json_decref(o);
    return NULL;
}

/* {"source", "target", "relation", "metadata": {mentions, documents,
 * evidence}} */
static json_t *edge_json(const parley_edge *e)
{
    json_t *o = json_object(), *meta;
    if (put(o, "source", jstr(parley_node_id(parley_edge_source(e)))) ||
        put(o, "target", jstr(parley_node_id(parley_edge_target(e)))) ||
        put(o, "relation", jstr(parley_relation_name(parley_edge_relation(e)))) ||
        put(o, "metadata", meta = json_object()) ||
        put_record(meta, parley_edge_mentions(e), parley_edge_documents(e),
                   parley_edge_evidence_count(e), e, edge_ev)) {
        json_decref(o);
        return NULL;
    }
    return o;
}

/* The whole document as a jansson tree, or NULL when out of memory. */
static json_t *graph_to_json(const parley_graph *g)
{
    json_t *root = json_object(), *graph, *meta, *docs, *nodes, *edges;
    if (put(root, "graph", graph = json_object()) || put(graph, "directed", json_true()) ||
        put(graph, "metadata", meta = json_object()) ||
        put(meta, "generator", json_string("parley " PARLEY_VERSION)) ||
        put(meta, "documents", docs = json_array()) || put(graph, "nodes", nodes = json_object()) ||
        put(graph, "edges", edges = json_array()))
        goto fail;

    for (size_t i = 0; i < parley_graph_document_count(g); i++) {
        json_t *d = json_object();
        if (json_array_append_new(docs, d) ||
            put(d, "id", jstr(parley_graph_document_name(g, i))) ||
            put(d, "date", jstr(parley_graph_document_date(g, i))))
            goto fail;
    }
    for (size_t i = 0; i < parley_graph_node_count(g); i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        if (put_data_key(nodes, parley_node_id(n), node_json(n)))
            goto fail;
    }
    for (size_t i = 0; i < parley_graph_edge_count(g); i++)
        if (json_array_append_new(edges, edge_json(parley_graph_edge_at(g, i))))
            goto fail;
    return root;
fail:
    json_decref(root);
    return NULL;
}

int parley_export_json(const parley_graph *g, FILE *out, parley_error *err)
{
    json_t *root = graph_to_json(g);
    if (!root)
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    errno = 0;
    int bad = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
              fputc('\n', out) == EOF || ferror(out);
    json_decref(root);
    if (bad)
        return parley_fail(err, PARLEY_EIO, -1, "%s",
                           errno ? strerror(errno) : "write error");
    return 0;
}
