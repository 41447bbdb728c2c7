/* json.c: the JSON exporter: JSON Graph Format v2, built as a jansson tree
 * in one pass over the finished graph and dumped with fixed indentation, so
 * the same graph always gives the same bytes. graph_to_json is the one
 * function to replace when very large graphs need streaming. */
#include "export/export_internal.h"
#include "export/escape.h"
#include "parley/parley.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
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

/* The id each node has in the JSON. A node's own id when it is UTF-8 (ids
 * the extractor makes always are); otherwise its repair (U+FFFD for each bad
 * byte), made unique with "~2", "~3"... Without that, two ids differing only
 * in bytes the repair replaces would become one key, and jansson would keep
 * one of the two nodes. Fixed by the graph's order, so deterministic. */
typedef struct json_ids {
    parley_map by_id; /* graph node id -> its JSON id (a char *) */
    parley_map taken; /* JSON ids in use */
    parley_buf owned; /* where a repaired id is composed */
    char **repaired;  /* the repaired ids, each its own allocation */
    size_t nrepaired;
} json_ids;

static void json_ids_free(json_ids *ids)
{
    for (size_t i = 0; i < ids->nrepaired; i++)
        free(ids->repaired[i]);
    free(ids->repaired);
    parley_map_free(&ids->by_id);
    parley_map_free(&ids->taken);
    parley_buf_free(&ids->owned);
}

static int json_ids_make(json_ids *ids, const parley_graph *g)
{
    size_t n = parley_graph_node_count(g);
    memset(ids, 0, sizeof *ids);
    for (size_t i = 0; i < n; i++) {
        const char *id = parley_node_id(parley_graph_node_at(g, i));
        size_t len = strlen(id);
        if (parley_utf8_valid(id, len) &&
            (parley_map_put(&ids->by_id, id, len, (void *)id) ||
             parley_map_put(&ids->taken, id, len, (void *)id)))
            return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        const char *id = parley_node_id(parley_graph_node_at(g, i));
        size_t len = strlen(id);
        if (parley_utf8_valid(id, len))
            continue;
        parley_buf *b = &ids->owned;
        b->len = 0;
        if (parley_escape_utf8(b, id, len))
            return PARLEY_ENOMEM;
        size_t base = b->len;
        for (unsigned k = 2; parley_map_get(&ids->taken, b->data, b->len); k++) {
            b->len = base;
            if (parley_buf_printf(b, "~%u", k))
                return PARLEY_ENOMEM;
        }
        char **r = realloc(ids->repaired, (ids->nrepaired + 1) * sizeof *r);
        if (!r)
            return PARLEY_ENOMEM;
        ids->repaired = r;
        char *copy = parley_strndup(b->data, b->len);
        if (!copy)
            return PARLEY_ENOMEM;
        r[ids->nrepaired++] = copy;
        if (parley_map_put(&ids->by_id, id, len, copy) ||
            parley_map_put(&ids->taken, copy, b->len, copy))
            return PARLEY_ENOMEM;
    }
    return 0;
}

static const char *json_id(const json_ids *ids, const parley_node *n)
{
    const char *id = parley_node_id(n);
    return parley_map_get(&ids->by_id, id, strlen(id));
}

/* {"source", "target", "relation", "metadata": {mentions, documents,
 * evidence}} */
static json_t *edge_json(const parley_edge *e, const json_ids *ids)
{
    json_t *o = json_object(), *meta;
    if (put(o, "source", json_string_nocheck(json_id(ids, parley_edge_source(e)))) ||
        put(o, "target", json_string_nocheck(json_id(ids, parley_edge_target(e)))) ||
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
    json_ids ids;
    json_t *root = json_object(), *graph, *meta, *docs, *nodes, *edges;
    if (json_ids_make(&ids, g) || put(root, "graph", graph = json_object()) ||
        put(graph, "directed", json_true()) ||
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
        if (put(nodes, json_id(&ids, n), node_json(n)))
            goto fail;
    }
    for (size_t i = 0; i < parley_graph_edge_count(g); i++)
        if (json_array_append_new(edges, edge_json(parley_graph_edge_at(g, i), &ids)))
            goto fail;
    json_ids_free(&ids);
    return root;
fail:
    json_ids_free(&ids);
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
