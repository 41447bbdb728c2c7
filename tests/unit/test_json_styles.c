/* test_json_styles.c: the JSON exporter's three styles (jgf, node-link,
 * cytoscape) on an empty graph and on one full of awkward strings (quotes,
 * backslashes, control characters, non-ASCII, invalid UTF-8, ids with
 * spaces that collide with Cytoscape edge ids). Each output is read back by
 * jansson, compared with the graph, and dumped again by jansson: the
 * streamed bytes must be exactly jansson's own layout of the same tree.
 * `test_json_styles --write DIR` writes the outputs for
 * tests/e2e/test_json_styles.py, which loads them in NetworkX and
 * Cytoscape.js. */
#include "parley/parley.h"
#include "check.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const parley_json_style STYLES[] = {PARLEY_JSON_JGF, PARLEY_JSON_NODE_LINK,
                                           PARLEY_JSON_CYTOSCAPE};
#define NSTYLES (sizeof STYLES / sizeof STYLES[0])

static const char SENTENCE[] = "He said \"yes\"\tthen\x02 left \\ \xe2\x80\x94 Gen\xc3\xa8ve \xf0\x9f\x98\x80\x7f/";

static parley_node *node(parley_graph *g, parley_node_type t, const char *id, const char *label)
{
    parley_node *n = NULL;
    CHECK_INT(parley_graph_add_node(g, t, id, label, &n, NULL), 0);
    return n;
}

static void edge(parley_graph *g, parley_node *s, parley_node *d, parley_relation r, int doc)
{
    parley_edge *e = NULL;
    CHECK_INT(parley_graph_add_edge(g, s, d, r, &e, NULL), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, doc, 3, 9, SENTENCE, sizeof SENTENCE - 1), 0);
}

/* Node "a participant m" is what the Cytoscape id of edge a -participant->
 * m would be, so that edge must get another id. */
static parley_graph *awkward_graph(void)
{
    parley_graph *g = parley_graph_new();
    int d0 = parley_graph_add_document(g, "quote\"d \\ back.txt", "2025-01-02", NULL);
    int d1 = parley_graph_add_document(g, "ctl\x01\x1f\x7f.txt", NULL, NULL);
    parley_graph_add_document(g, "\xc3\xbcn\xc3\xaf \xe2\x98\x83 \xf0\x9f\x98\x80.txt", NULL, NULL);

    parley_node *c = node(g, PARLEY_NODE_COUNTRY, "country:XAW", "C\xc3\xb4te \"d'Ivoire\"\n\t");
    parley_node *ab = node(g, PARLEY_NODE_OFFICIAL, "official:a b", "A \\ B");
    /* Labelled "x": a one-word "a" would fold into "A \ B" at finish. */
    parley_node *a = node(g, PARLEY_NODE_OFFICIAL, "a", "x");
    parley_node *bad = node(g, PARLEY_NODE_OFFICIAL, "official:\xff", "\xfe bad");
    parley_node *m = node(g, PARLEY_NODE_MEETING, "m", "Talks </script>");
    parley_node *clash = node(g, PARLEY_NODE_MEETING, "a participant m", "clash");
    parley_node *loc = node(g, PARLEY_NODE_LOCATION, "location:line\xe2\x80\xa8sep",
                            "line\xe2\x80\xa8sep");
    CHECK_INT(parley_node_set_attr(c, "iso3", "XAW"), 0);
    CHECK_INT(parley_node_set_attr(ab, "country", "XAW"), 0);
    CHECK_INT(parley_node_set_attr(ab, "title", "Envoy\x01"), 0);
    /* Keys the flat styles reserve: not written there, kept in JGF. */
    CHECK_INT(parley_node_set_attr(ab, "id", "not the id"), 0);
    CHECK_INT(parley_node_set_attr(ab, "parent", "country:XAW"), 0);
    CHECK_INT(parley_node_set_attr(ab, "label", "not the label"), 0);
    CHECK_INT(parley_node_set_attr(ab, "\xc3\xa9-key", "v\"1\""), 0);
    CHECK_INT(parley_node_set_attr(m, "kind", "talks"), 0);
    CHECK_INT(parley_node_set_attr(m, "status", "held"), 0);
    CHECK_INT(parley_node_add_evidence(g, ab, d0, 0, 5, SENTENCE, sizeof SENTENCE - 1), 0);
    CHECK_INT(parley_node_add_evidence(g, bad, d1, 1, 2, NULL, 0), 0);

    edge(g, ab, c, PARLEY_REL_REPRESENTS, d0);
    edge(g, a, m, PARLEY_REL_PARTICIPANT, d1);
    edge(g, ab, m, PARLEY_REL_PARTICIPANT, d0);
    edge(g, bad, m, PARLEY_REL_PARTICIPANT, d1);
    edge(g, m, loc, PARLEY_REL_HELD_IN, d0);
    edge(g, clash, loc, PARLEY_REL_HELD_IN, d1);
    edge(g, loc, c, PARLEY_REL_LOCATED_IN, d0);
    parley_graph_finish(g);
    return g;
}

/* The export of g in `style`, NUL-terminated; NULL when it failed. */
static char *export_text(const parley_graph *g, parley_json_style style, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.json_style = style;
    parley_error err = {0, -1, ""};
    int rc = parley_export(g, PARLEY_FORMAT_JSON, out, &o, &err);
    fclose(out);
    CHECK_INT(rc, 0);
    if (rc) {
        fprintf(stderr, "export: %s\n", err.text);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* jansson reads it (no duplicate keys) and, dumping what it read, gives
 * the same bytes back. */
static json_t *read_back(const char *text, size_t len)
{
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    CHECK(root != NULL);
    if (!root) {
        fprintf(stderr, "jansson: %s at line %d\n", jerr.text, jerr.line);
        return NULL;
    }
    char *again = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    CHECK(again != NULL);
    if (again) {
        size_t n = strlen(again);
        CHECK(n + 1 == len && memcmp(again, text, n) == 0 && text[n] == '\n');
    }
    free(again);
    return root;
}

static const char *str_at(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* The nodes (each with "id" in the flat styles) and edges of a document of
 * any style, and the object the node's fields sit in. */
typedef struct parsed {
    json_t *nodes, *edges, *about;
} parsed;

static parsed parts(json_t *root, parley_json_style style)
{
    parsed p = {NULL, NULL, NULL};
    if (style == PARLEY_JSON_JGF) {
        json_t *graph = json_object_get(root, "graph");
        CHECK(json_is_true(json_object_get(graph, "directed")));
        p.nodes = json_object_get(graph, "nodes");
        p.edges = json_object_get(graph, "edges");
        p.about = json_object_get(graph, "metadata");
    } else if (style == PARLEY_JSON_NODE_LINK) {
        CHECK(json_is_true(json_object_get(root, "directed")));
        CHECK(json_is_true(json_object_get(root, "multigraph")));
        p.nodes = json_object_get(root, "nodes");
        p.edges = json_object_get(root, "links");
        p.about = json_object_get(root, "graph");
    } else {
        json_t *elements = json_object_get(root, "elements");
        p.nodes = json_object_get(elements, "nodes");
        p.edges = json_object_get(elements, "edges");
        p.about = json_object_get(root, "data");
    }
    return p;
}

/* The i-th node: its id and its fields (JGF: label beside metadata). */
static json_t *node_at(parsed p, parley_json_style style, size_t i, const char **id)
{
    if (style == PARLEY_JSON_JGF) {
        void *it = json_object_iter(p.nodes);
        for (size_t k = 0; k < i && it; k++)
            it = json_object_iter_next(p.nodes, it);
        *id = it ? json_object_iter_key(it) : NULL;
        return it ? json_object_iter_value(it) : NULL;
    }
    json_t *n = json_array_get(p.nodes, i);
    if (style == PARLEY_JSON_CYTOSCAPE)
        n = json_object_get(n, "data");
    *id = str_at(n, "id");
    return n;
}

static json_t *edge_at(parsed p, parley_json_style style, size_t i)
{
    json_t *e = json_array_get(p.edges, i);
    return style == PARLEY_JSON_CYTOSCAPE ? json_object_get(e, "data") : e;
}

static int valid_utf8(const char *s)
{
    json_t *j = json_string(s); /* jansson checks */
    json_decref(j);
    return j != NULL;
}

static void check_awkward(const parley_graph *g, parley_json_style style)
{
    size_t len;
    char *text = export_text(g, style, &len);
    json_t *root = text ? read_back(text, len) : NULL;
    if (!root) {
        free(text);
        return;
    }
    parsed p = parts(root, style);
    size_t nn = parley_graph_node_count(g), ne = parley_graph_edge_count(g);
    CHECK_INT(style == PARLEY_JSON_JGF ? json_object_size(p.nodes) : json_array_size(p.nodes), nn);
    CHECK_INT(json_array_size(p.edges), ne);
    CHECK_STR(str_at(p.about, "generator"), "parley " PARLEY_VERSION);
    json_t *docs = json_object_get(p.about, "documents");
    CHECK_INT(json_array_size(docs), 3);
    /* Documents are walked by name. */
    CHECK_STR(str_at(json_array_get(docs, 0), "id"), "ctl\x01\x1f\x7f.txt");
    CHECK(json_is_null(json_object_get(json_array_get(docs, 0), "date")));
    CHECK_STR(str_at(json_array_get(docs, 1), "id"), "quote\"d \\ back.txt");
    CHECK_STR(str_at(json_array_get(docs, 1), "date"), "2025-01-02");

    /* Nodes in the graph's order, ids as given when UTF-8, labels alike. */
    const char **ids = calloc(nn, sizeof *ids);
    for (size_t i = 0; i < nn; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        json_t *jn = node_at(p, style, i, &ids[i]);
        CHECK(ids[i] != NULL);
        if (valid_utf8(parley_node_id(n)))
            CHECK_STR(ids[i], parley_node_id(n));
        else
            CHECK_STR(ids[i], "official:\xef\xbf\xbd");
        if (valid_utf8(parley_node_label(n)))
            CHECK_STR(str_at(jn, "label"), parley_node_label(n));
        json_t *fields = style == PARLEY_JSON_JGF ? json_object_get(jn, "metadata") : jn;
        CHECK_STR(str_at(fields, "type"), parley_node_type_name(parley_node_get_type(n)));
        CHECK_INT(json_array_size(json_object_get(fields, "evidence")),
                  parley_node_evidence_count(n));
        if (strcmp(parley_node_id(n), "official:a b") == 0) {
            CHECK_STR(str_at(fields, "title"), "Envoy\x01");
            CHECK_STR(str_at(fields, "\xc3\xa9-key"), "v\"1\"");
            if (style == PARLEY_JSON_JGF) {
                CHECK_STR(str_at(fields, "id"), "not the id");
                CHECK_STR(str_at(fields, "label"), "not the label");
                CHECK_STR(str_at(fields, "parent"), "country:XAW");
            } else {
                CHECK_STR(str_at(fields, "label"), "A \\ B");
                CHECK(json_object_get(fields, "parent") == NULL);
            }
            json_t *ev = json_array_get(json_object_get(fields, "evidence"), 0);
            CHECK_STR(str_at(ev, "sentence"), SENTENCE);
        }
    }
    /* Edges: ends by the nodes' JSON ids; Cytoscape ids unique among all. */
    for (size_t i = 0; i < ne; i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        json_t *je = edge_at(p, style, i);
        const char *src = NULL, *dst = NULL;
        for (size_t k = 0; k < nn; k++) {
            if (parley_graph_node_at(g, k) == parley_edge_source(e))
                src = ids[k];
            if (parley_graph_node_at(g, k) == parley_edge_target(e))
                dst = ids[k];
        }
        const char *rel = parley_relation_name(parley_edge_relation(e));
        CHECK_STR(str_at(je, "source"), src);
        CHECK_STR(str_at(je, "target"), dst);
        CHECK_STR(str_at(je, "relation"), rel);
        if (style == PARLEY_JSON_NODE_LINK)
            CHECK_STR(str_at(je, "key"), rel);
        CHECK_INT(json_integer_value(json_object_get(je, "mentions")) +
                      json_integer_value(json_object_get(json_object_get(je, "metadata"),
                                                         "mentions")),
                  1);
        if (style != PARLEY_JSON_CYTOSCAPE)
            continue;
        const char *id = str_at(je, "id");
        CHECK(id != NULL);
        for (size_t k = 0; id && k < nn; k++)
            CHECK(strcmp(id, ids[k]) != 0);
        for (size_t k = 0; id && k < i; k++)
            CHECK(strcmp(id, str_at(edge_at(p, style, k), "id")) != 0);
        if (strcmp(src, "a") == 0)
            CHECK_STR(id, "a participant m~2");
        if (strcmp(src, "official:a b") == 0 && strcmp(dst, "country:XAW") == 0)
            CHECK_STR(id, "official:a b represents country:XAW");
    }
    free(ids);
    json_decref(root);

    /* Same graph, same bytes. */
    size_t len2;
    char *again = export_text(g, style, &len2);
    CHECK(again && len2 == len && memcmp(again, text, len) == 0);
    free(again);
    free(text);
}

/* Empty graphs, byte for byte: no documents at all, and one document. */
static void test_empty(void)
{
    static const char *const want[NSTYLES] = {
        "{\n  \"graph\": {\n    \"directed\": true,\n    \"metadata\": {\n"
        "      \"generator\": \"parley " PARLEY_VERSION "\",\n      \"documents\": []\n"
        "    },\n    \"nodes\": {},\n    \"edges\": []\n  }\n}\n",
        "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n"
        "    \"generator\": \"parley " PARLEY_VERSION "\",\n    \"documents\": []\n  },\n"
        "  \"nodes\": [],\n  \"links\": []\n}\n",
        "{\n  \"data\": {\n    \"generator\": \"parley " PARLEY_VERSION "\",\n"
        "    \"documents\": []\n  },\n  \"elements\": {\n    \"nodes\": [],\n"
        "    \"edges\": []\n  }\n}\n",
    };
    parley_graph *g = parley_graph_new();
    parley_graph_finish(g);
    for (size_t i = 0; i < NSTYLES; i++) {
        size_t len;
        char *text = export_text(g, STYLES[i], &len);
        CHECK_STR(text, want[i]);
        json_decref(text ? read_back(text, len) : NULL);
        free(text);
    }
    parley_graph_add_document(g, "a.txt", NULL, NULL);
    parley_graph_finish(g);
    size_t len;
    char *text = export_text(g, PARLEY_JSON_CYTOSCAPE, &len);
    CHECK_STR(text, "{\n  \"data\": {\n    \"generator\": \"parley " PARLEY_VERSION "\",\n"
                    "    \"documents\": [\n      {\n        \"id\": \"a.txt\",\n"
                    "        \"date\": null\n      }\n    ]\n  },\n  \"elements\": {\n"
                    "    \"nodes\": [],\n    \"edges\": []\n  }\n}\n");
    free(text);
    parley_graph_free(g);
}

static void test_names(void)
{
    CHECK_STR(parley_json_style_name(PARLEY_JSON_JGF), "jgf");
    CHECK_STR(parley_json_style_name(PARLEY_JSON_NODE_LINK), "node-link");
    CHECK_STR(parley_json_style_name(PARLEY_JSON_CYTOSCAPE), "cytoscape");
    CHECK(parley_json_style_name(PARLEY_JSON_STYLE_COUNT) == NULL);
    CHECK(parley_json_style_name((parley_json_style)-1) == NULL);
    for (size_t i = 0; i < NSTYLES; i++)
        CHECK_INT(parley_json_style_from_name(parley_json_style_name(STYLES[i])), STYLES[i]);
    CHECK_INT(parley_json_style_from_name("JGF"), -1);
    CHECK_INT(parley_json_style_from_name(""), -1);
    CHECK_INT(parley_json_style_from_name(NULL), -1);
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    CHECK_INT(o.json_style, PARLEY_JSON_JGF);
}

/* A bad style is refused before anything is written; a write error is
 * reported with the system's text. */
static void test_errors(const parley_graph *g)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *out = open_memstream(&buf, &n);
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.json_style = PARLEY_JSON_STYLE_COUNT;
    parley_error err = {0, -1, ""};
    CHECK_INT(parley_export(g, PARLEY_FORMAT_JSON, out, &o, &err), PARLEY_EINVAL);
    CHECK_STR(err.text, "unknown JSON style 3 (use jgf, node-link or cytoscape)");
    fclose(out);
    CHECK_INT(n, 0);
    free(buf);

    FILE *full = fopen("/dev/full", "w");
    if (!full)
        return;
    setvbuf(full, NULL, _IONBF, 0);
    for (size_t i = 0; i < NSTYLES; i++) {
        o.json_style = STYLES[i];
        CHECK_INT(parley_export(g, PARLEY_FORMAT_JSON, full, &o, &err), PARLEY_EIO);
        CHECK_STR(err.text, strerror(ENOSPC));
        clearerr(full);
    }
    fclose(full);
}

/* `--write DIR`: DIR/awkward.STYLE.json and DIR/empty.STYLE.json. */
static int write_outputs(const char *dir)
{
    parley_graph *graphs[2] = {awkward_graph(), parley_graph_new()};
    static const char *const names[2] = {"awkward", "empty"};
    parley_graph_finish(graphs[1]);
    int rc = 0;
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; i < NSTYLES && rc == 0; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.%s.json", dir, names[k],
                     parley_json_style_name(STYLES[i]));
            FILE *out = fopen(path, "w");
            parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
            o.json_style = STYLES[i];
            parley_error err = {0, -1, ""};
            if (!out || parley_export(graphs[k], PARLEY_FORMAT_JSON, out, &o, &err) != 0) {
                fprintf(stderr, "test_json_styles: %s: %s\n", path, out ? err.text : "cannot open");
                rc = 1;
            }
            if (out && fclose(out) != 0)
                rc = 1;
        }
        parley_graph_free(graphs[k]);
    }
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--write") == 0)
        return write_outputs(argv[2]);
    test_names();
    test_empty();
    parley_graph *g = awkward_graph();
    for (size_t i = 0; i < NSTYLES; i++)
        check_awkward(g, STYLES[i]);
    test_errors(g);
    parley_graph_free(g);
    return check_summary("test_json_styles");
}
