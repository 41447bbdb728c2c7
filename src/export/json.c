/* json.c: the JSON exporter, in three styles (parley_json_style): JSON Graph
 * Format v2 (the default), NetworkX/d3 node-link, and Cytoscape.js elements.
 * Streamed (json_stream.c): each document, node and edge is written as the
 * walk reaches it, so memory does not grow with the graph; every style
 * walks the graph in its one fixed order, so the same graph always gives
 * the same bytes. */
#include "export/export_internal.h"
#include "export/escape.h"
#include "export/json_stream.h"
#include "parley/parley.h"

#include <stdlib.h>
#include <string.h>

/* ---- shared pieces --------------------------------------------------------- */

/* The stream is `s` in every writer below. It remembers its first failure,
 * so calls need not be checked one by one; loops stop at a failure. */

/* The evidence of node n, or of edge e when n is NULL: an array of
 * {"document", "start", "end", "sentence"} objects under `key`. */
static void write_evidence(pl_jstream *s, const char *key, const parley_node *n,
                           const parley_edge *e)
{
    size_t count = n ? parley_node_evidence_count(n) : parley_edge_evidence_count(e);
    pl_jstream_open(s, key, '[');
    for (size_t i = 0; i < count; i++) {
        parley_evidence ev = n ? parley_node_evidence_at(n, i) : parley_edge_evidence_at(e, i);
        pl_jstream_open(s, NULL, '{');
        pl_jstream_string(s, "document", ev.document);
        pl_jstream_size(s, "start", ev.start);
        pl_jstream_size(s, "end", ev.end);
        pl_jstream_string(s, "sentence", ev.sentence);
        pl_jstream_close(s);
    }
    pl_jstream_close(s);
}

int pl_export_evidence_json(pl_buf *b, const parley_node *n, const parley_edge *e)
{
    pl_jstream s;
    pl_jstream_init_buf(&s, b);
    write_evidence(&s, NULL, n, e);
    return pl_jstream_finish(&s) ? PARLEY_ENOMEM : 0;
}

/* "mentions", "documents" and "evidence", in that order. */
static void write_node_record(pl_jstream *s, const parley_node *n)
{
    pl_jstream_size(s, "mentions", parley_node_mentions(n));
    pl_jstream_size(s, "documents", parley_node_documents(n));
    write_evidence(s, "evidence", n, NULL);
}

static void write_edge_record(pl_jstream *s, const parley_edge *e)
{
    pl_jstream_size(s, "mentions", parley_edge_mentions(e));
    pl_jstream_size(s, "documents", parley_edge_documents(e));
    write_evidence(s, "evidence", NULL, e);
}

static int is_one_of(const char *k, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(k, *words) == 0)
            return 1;
    return 0;
}

/* Keys the styles give a meaning beside the attributes; an attribute of the
 * same name would overwrite it, so such attributes are not written. JGF
 * keeps attributes in "metadata" (label and id are outside it); the flat
 * styles put them beside the id, the label and, for Cytoscape, "parent"
 * (which would make the node a child of another). */
static const char *const jgf_reserved[] = {"type", "mentions", "documents", "evidence", NULL};
static const char *const flat_reserved[] = {"id",       "type",     "label", "mentions",
                                            "documents", "evidence", "parent", NULL};

/* Attributes whose keys are not all UTF-8. Repaired, two keys can become
 * one, which a JSON object holds once: where the first stood, with the last
 * one's value (what jansson's json_object_set did when the exporter built
 * a tree). Returns 0 or PARLEY_ENOMEM. */
static int write_repaired_attrs(pl_jstream *s, const parley_node *n,
                                const char *const *reserved)
{
    size_t count = parley_node_attr_count(n);
    char **keys = calloc(count, sizeof *keys);
    int rc = keys ? 0 : PARLEY_ENOMEM;
    pl_buf b = PL_BUF_INIT;
    for (size_t i = 0; i < count && !rc; i++) {
        const char *k, *v;
        parley_node_attr_at(n, i, &k, &v);
        b.len = 0;
        if (is_one_of(k, reserved))
            continue;
        if (pl_escape_utf8(&b, k, strlen(k)) || !(keys[i] = pl_strndup(b.data, b.len)))
            rc = PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < count && !rc; i++) {
        size_t first = 0, last = i;
        while (keys[i] && first < i && !(keys[first] && strcmp(keys[first], keys[i]) == 0))
            first++;
        if (!keys[i] || first < i)
            continue;
        for (size_t j = i + 1; j < count; j++)
            if (keys[j] && strcmp(keys[j], keys[i]) == 0)
                last = j;
        const char *k, *v;
        parley_node_attr_at(n, last, &k, &v);
        pl_jstream_string(s, keys[i], v);
    }
    for (size_t i = 0; keys && i < count; i++)
        free(keys[i]);
    free(keys);
    pl_buf_free(&b);
    return rc;
}

/* The node's attributes, in their fixed order. */
static void write_attrs(pl_jstream *s, const parley_node *n, const char *const *reserved)
{
    size_t count = parley_node_attr_count(n);
    for (size_t i = 0; i < count; i++) {
        const char *k, *v;
        parley_node_attr_at(n, i, &k, &v);
        if (!pl_utf8_valid(k, strlen(k))) {
            if (write_repaired_attrs(s, n, reserved))
                pl_jstream_fail(s, PARLEY_ENOMEM);
            return;
        }
    }
    for (size_t i = 0; i < count; i++) {
        const char *k, *v;
        parley_node_attr_at(n, i, &k, &v);
        if (!is_one_of(k, reserved))
            pl_jstream_string(s, k, v);
    }
}

/* ---- node and edge ids ----------------------------------------------------- */

/* Node ids are written as fields.c gives them with pl_escape_utf8 as
 * the cleaning: a node's own id when it is UTF-8 (ids the extractor makes
 * always are); otherwise its repair (U+FFFD for each bad byte), made
 * unique with "~2", "~3"... Without that, two ids differing only in bytes
 * the repair replaces would become one key, and JGF would keep one of the
 * two nodes. */
/* Cytoscape gives edges ids too, in the nodes' namespace: "SOURCE RELATION
 * TARGET", which depends only on content like the node ids. When no node id
 * holds a space (none of the extractor's does) that is unique as it is: it
 * splits back into its three parts, and no node id equals it. Otherwise
 * every id given out is remembered and a taken one gets "~2", "~3"... */
typedef struct edge_ids {
    int plain;
    pl_map taken;     /* edge ids given out, when not plain */
    pl_buf b;         /* the current id */
} edge_ids;

static void edge_ids_init(edge_ids *eids, const parley_graph *g, const pl_export_ids *ids)
{
    memset(eids, 0, sizeof *eids);
    eids->plain = 1;
    for (size_t i = 0; i < parley_graph_node_count(g) && eids->plain; i++)
        if (strchr(pl_export_ids_get(ids, parley_graph_node_at(g, i)), ' '))
            eids->plain = 0;
}

static void edge_ids_free(edge_ids *eids)
{
    pl_map_free(&eids->taken);
    pl_buf_free(&eids->b);
}

/* The id of edge e, in eids->b until the next call; NULL when out of memory. */
static const char *edge_id(edge_ids *eids, const pl_export_ids *ids, const parley_edge *e)
{
    pl_buf *b = &eids->b;
    b->len = 0;
    if (pl_buf_printf(b, "%s %s %s", pl_export_ids_get(ids, parley_edge_source(e)),
                      parley_relation_name(parley_edge_relation(e)),
                      pl_export_ids_get(ids, parley_edge_target(e))))
        return NULL;
    if (eids->plain)
        return b->data;
    size_t base = b->len;
    for (unsigned k = 2; pl_export_ids_taken(ids, b->data, b->len) ||
                         pl_map_get(&eids->taken, b->data, b->len); k++) {
        b->len = base;
        if (pl_buf_printf(b, "~%u", k))
            return NULL;
    }
    return pl_map_put(&eids->taken, b->data, b->len, eids) ? NULL : b->data;
}

/* ---- elements ------------------------------------------------------------- */

static void write_document(pl_jstream *s, const parley_graph *g, size_t i)
{
    pl_jstream_open(s, NULL, '{');
    pl_jstream_string(s, "id", parley_graph_document_name(g, i));
    pl_jstream_string(s, "date", parley_graph_document_date(g, i));
    pl_jstream_close(s);
}

/* "generator" and "documents", as members of the open object. */
static void write_about(pl_jstream *s, const parley_graph *g)
{
    pl_jstream_string(s, "generator", "parley " PARLEY_VERSION);
    pl_jstream_open(s, "documents", '[');
    for (size_t i = 0; i < parley_graph_document_count(g) && !s->failed; i++)
        write_document(s, g, i);
    pl_jstream_close(s);
}

/* JGF: ID: {"label": ..., "metadata": {"type": ..., attributes...,
 * mentions, documents, evidence}} */
static void jgf_node(pl_jstream *s, const parley_node *n, const pl_export_ids *ids)
{
    pl_jstream_open(s, pl_export_ids_get(ids, n), '{');
    pl_jstream_string(s, "label", parley_node_label(n));
    pl_jstream_open(s, "metadata", '{');
    pl_jstream_string(s, "type", parley_node_type_name(parley_node_get_type(n)));
    write_attrs(s, n, jgf_reserved);
    write_node_record(s, n);
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* JGF: {"source", "target", "relation", "metadata": {mentions, documents,
 * evidence}} */
static void jgf_edge(pl_jstream *s, const parley_edge *e, const pl_export_ids *ids)
{
    pl_jstream_open(s, NULL, '{');
    pl_jstream_string(s, "source", pl_export_ids_get(ids, parley_edge_source(e)));
    pl_jstream_string(s, "target", pl_export_ids_get(ids, parley_edge_target(e)));
    pl_jstream_string(s, "relation", parley_relation_name(parley_edge_relation(e)));
    pl_jstream_open(s, "metadata", '{');
    write_edge_record(s, e);
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* Node-link and Cytoscape: "id", "type", "label", attributes..., mentions,
 * documents, evidence, all on one level of the open object. */
static void flat_node(pl_jstream *s, const parley_node *n, const pl_export_ids *ids)
{
    pl_jstream_string(s, "id", pl_export_ids_get(ids, n));
    pl_jstream_string(s, "type", parley_node_type_name(parley_node_get_type(n)));
    pl_jstream_string(s, "label", parley_node_label(n));
    write_attrs(s, n, flat_reserved);
    write_node_record(s, n);
}

/* Node-link: {"source", "target", "key", "relation", mentions, documents,
 * evidence}. The key of an edge of a multigraph tells it from the others
 * between the same two nodes: here its relation, which does. */
static void link_edge(pl_jstream *s, const parley_edge *e, const pl_export_ids *ids)
{
    const char *rel = parley_relation_name(parley_edge_relation(e));
    pl_jstream_open(s, NULL, '{');
    pl_jstream_string(s, "source", pl_export_ids_get(ids, parley_edge_source(e)));
    pl_jstream_string(s, "target", pl_export_ids_get(ids, parley_edge_target(e)));
    pl_jstream_string(s, "key", rel);
    pl_jstream_string(s, "relation", rel);
    write_edge_record(s, e);
    pl_jstream_close(s);
}

/* Cytoscape: {"data": {...}} around a flat node. */
static void cy_node(pl_jstream *s, const parley_node *n, const pl_export_ids *ids)
{
    pl_jstream_open(s, NULL, '{');
    pl_jstream_open(s, "data", '{');
    flat_node(s, n, ids);
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* Cytoscape: {"data": {"id", "source", "target", "relation", mentions,
 * documents, evidence}} */
static void cy_edge(pl_jstream *s, const parley_edge *e, const pl_export_ids *ids,
                    edge_ids *eids)
{
    const char *id = edge_id(eids, ids, e);
    if (!id) {
        pl_jstream_fail(s, PARLEY_ENOMEM);
        return;
    }
    pl_jstream_open(s, NULL, '{');
    pl_jstream_open(s, "data", '{');
    pl_jstream_string(s, "id", id);
    pl_jstream_string(s, "source", pl_export_ids_get(ids, parley_edge_source(e)));
    pl_jstream_string(s, "target", pl_export_ids_get(ids, parley_edge_target(e)));
    pl_jstream_string(s, "relation", parley_relation_name(parley_edge_relation(e)));
    write_edge_record(s, e);
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* ---- walking ---------------------------------------------------------------- */

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif

/* Edge records and their ends lie scattered over the heap: on a million
 * edges the export waited on memory for a third of its time. Asking for
 * edge i + 16 now, its end nodes at i + 8 and their ids at i + 4 (each step
 * reads only what the one before brought in) lets those loads overlap with
 * the writing. */
static void prefetch_edges(const parley_graph *g, size_t i)
{
    size_t n = parley_graph_edge_count(g);
    if (i + 16 < n)
        PREFETCH(parley_graph_edge_at(g, i + 16));
    if (i + 8 < n) {
        const parley_edge *e = parley_graph_edge_at(g, i + 8);
        PREFETCH(parley_edge_source(e));
        PREFETCH(parley_edge_target(e));
    }
    if (i + 4 < n) {
        const parley_edge *e = parley_graph_edge_at(g, i + 4);
        PREFETCH(parley_node_id(parley_edge_source(e)));
        PREFETCH(parley_node_id(parley_edge_target(e)));
    }
}

/* The same for nodes: the record at i + 8, its id and label at i + 4. */
static void prefetch_nodes(const parley_graph *g, size_t i)
{
    size_t n = parley_graph_node_count(g);
    if (i + 8 < n)
        PREFETCH(parley_graph_node_at(g, i + 8));
    if (i + 4 < n) {
        const parley_node *node = parley_graph_node_at(g, i + 4);
        PREFETCH(parley_node_id(node));
        PREFETCH(parley_node_label(node));
    }
}

/* ---- styles ---------------------------------------------------------------- */

/* {"graph": {"directed": true, "metadata": {...}, "nodes": {ID: {...}},
 * "edges": [...]}} */
static void write_jgf(pl_jstream *s, const parley_graph *g, const pl_export_ids *ids)
{
    pl_jstream_open(s, NULL, '{');
    pl_jstream_open(s, "graph", '{');
    pl_jstream_bool(s, "directed", 1);
    pl_jstream_open(s, "metadata", '{');
    write_about(s, g);
    pl_jstream_close(s);
    pl_jstream_open(s, "nodes", '{');
    for (size_t i = 0; i < parley_graph_node_count(g) && !s->failed; i++) {
        prefetch_nodes(g, i);
        jgf_node(s, parley_graph_node_at(g, i), ids);
    }
    pl_jstream_close(s);
    pl_jstream_open(s, "edges", '[');
    for (size_t i = 0; i < parley_graph_edge_count(g) && !s->failed; i++) {
        prefetch_edges(g, i);
        jgf_edge(s, parley_graph_edge_at(g, i), ids);
    }
    pl_jstream_close(s);
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* {"directed": true, "multigraph": true, "graph": {...}, "nodes": [...],
 * "links": [...]}: what networkx.node_link_graph reads. */
static void write_node_link(pl_jstream *s, const parley_graph *g, const pl_export_ids *ids)
{
    pl_jstream_open(s, NULL, '{');
    pl_jstream_bool(s, "directed", 1);
    pl_jstream_bool(s, "multigraph", 1);
    pl_jstream_open(s, "graph", '{');
    write_about(s, g);
    pl_jstream_close(s);
    pl_jstream_open(s, "nodes", '[');
    for (size_t i = 0; i < parley_graph_node_count(g) && !s->failed; i++) {
        prefetch_nodes(g, i);
        pl_jstream_open(s, NULL, '{');
        flat_node(s, parley_graph_node_at(g, i), ids);
        pl_jstream_close(s);
    }
    pl_jstream_close(s);
    pl_jstream_open(s, "links", '[');
    for (size_t i = 0; i < parley_graph_edge_count(g) && !s->failed; i++) {
        prefetch_edges(g, i);
        link_edge(s, parley_graph_edge_at(g, i), ids);
    }
    pl_jstream_close(s);
    pl_jstream_close(s);
}

/* {"data": {...}, "elements": {"nodes": [{"data": {...}}], "edges": [...]}}:
 * Cytoscape.js's cy.json() (and the Cytoscape desktop's .cyjs). */
static void write_cytoscape(pl_jstream *s, const parley_graph *g, const pl_export_ids *ids)
{
    edge_ids eids;
    edge_ids_init(&eids, g, ids);
    pl_jstream_open(s, NULL, '{');
    pl_jstream_open(s, "data", '{');
    write_about(s, g);
    pl_jstream_close(s);
    pl_jstream_open(s, "elements", '{');
    pl_jstream_open(s, "nodes", '[');
    for (size_t i = 0; i < parley_graph_node_count(g) && !s->failed; i++) {
        prefetch_nodes(g, i);
        cy_node(s, parley_graph_node_at(g, i), ids);
    }
    pl_jstream_close(s);
    pl_jstream_open(s, "edges", '[');
    for (size_t i = 0; i < parley_graph_edge_count(g) && !s->failed; i++) {
        prefetch_edges(g, i);
        cy_edge(s, parley_graph_edge_at(g, i), ids, &eids);
    }
    pl_jstream_close(s);
    pl_jstream_close(s);
    pl_jstream_close(s);
    edge_ids_free(&eids);
}

int pl_export_json(const parley_graph *g, FILE *out, parley_json_style style,
                   parley_error *err)
{
    pl_export_ids ids;
    pl_jstream s;
    pl_jstream_init(&s, out);
    if (pl_export_ids_make(&ids, g, pl_escape_utf8))
        pl_jstream_fail(&s, PARLEY_ENOMEM);
    else if (style == PARLEY_JSON_NODE_LINK)
        write_node_link(&s, g, &ids);
    else if (style == PARLEY_JSON_CYTOSCAPE)
        write_cytoscape(&s, g, &ids);
    else
        write_jgf(&s, g, &ids);
    pl_export_ids_free(&ids);
    int rc = pl_jstream_finish(&s);
    if (rc == PARLEY_EIO)
        return pl_fail(err, PARLEY_EIO, -1, "%s", s.error ? strerror(s.error) : "write error");
    if (rc)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    return 0;
}
