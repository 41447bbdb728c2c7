/* fuzz_json.c: libFuzzer target for the JSON exporter: a graph built from
 * the input (graph_input.c) with ids, labels and attributes of arbitrary
 * bytes, exported as JSON and read back by jansson, which must find valid
 * JSON without duplicate keys and every node, edge and valid name exactly.
 * The JSON is then read back (parley_graph_read_json, the reader of
 * `parley merge`) and written again: the same bytes when every id is UTF-8
 * (a repaired one may sort elsewhere; the extractor's always are; document
 * names are repaired as the graph takes them).
 * Every style's stream must also be byte for byte jansson's own dump of
 * what jansson read from it (the streaming writer copies its layout).
 * Escaped for the HTML report's <script> element, in two pieces, the JSON
 * must hold no '<', '>', '&', U+2028 or U+2029 and read as the same value. */
#include "fuzz.h"
#include "export/escape.h"

#include <jansson.h>
#include <string.h>

/* Is s well-formed UTF-8? Then it must come back byte for byte. Python's
 * rules: no overlong forms, surrogates or code points past U+10FFFF. */
static int utf8_ok(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    while (*u) {
        unsigned c = *u, len, cp, min;
        if (c < 0x80) { u++; continue; }
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return 0;
        for (unsigned i = 1; i < len; i++) {
            if ((u[i] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (u[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        u += len;
    }
    return 1;
}

/* g in `style` is JSON that jansson reads without duplicate keys and
 * dumps back to the same bytes; the node and edge counts are right. */
static void check_style(const parley_graph *g, parley_json_style style)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FUZZ_CHECK(out != NULL);
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.json_style = style;
    parley_error err;
    FUZZ_CHECK(parley_export(g, PARLEY_FORMAT_JSON, out, &o, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);
    json_error_t jerr;
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
    FUZZ_CHECK(root != NULL);
    char *again = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    FUZZ_CHECK(again != NULL && strlen(again) + 1 == len && memcmp(again, buf, len - 1) == 0);
    json_t *nodes = json_object_get(root, "nodes"), *edges = json_object_get(root, "links");
    if (style == PARLEY_JSON_CYTOSCAPE) {
        nodes = json_object_get(json_object_get(root, "elements"), "nodes");
        edges = json_object_get(json_object_get(root, "elements"), "edges");
    }
    if (style != PARLEY_JSON_JGF)
        FUZZ_CHECK(json_array_size(nodes) == parley_graph_node_count(g) &&
                   json_array_size(edges) == parley_graph_edge_count(g));
    if (style == PARLEY_JSON_CYTOSCAPE) { /* node and edge ids: all distinct */
        json_t *ids = json_object();
        for (size_t i = 0; i < json_array_size(nodes); i++)
            json_object_set(ids, json_string_value(json_object_get(
                                     json_object_get(json_array_get(nodes, i), "data"), "id")),
                            json_null());
        for (size_t i = 0; i < json_array_size(edges); i++)
            json_object_set(ids, json_string_value(json_object_get(
                                     json_object_get(json_array_get(edges, i), "data"), "id")),
                            json_null());
        FUZZ_CHECK(json_object_size(ids) == json_array_size(nodes) + json_array_size(edges));
        json_decref(ids);
    }
    free(again);
    json_decref(root);
    free(buf);
}

/* The JSON buf[0..len) (whose value is root) as the HTML report embeds it,
 * escaped in two pieces cut where a character starts near `cut`. */
static void check_html_escape(const char *buf, size_t len, const json_t *root, size_t cut)
{
    const unsigned char *u = (const unsigned char *)buf;
    cut = len ? cut % len : 0;
    while (cut > 0 && (u[cut] & 0xC0) == 0x80)
        cut--;
    pl_buf b = PL_BUF_INIT;
    parley_json_html st = PARLEY_JSON_HTML_INIT;
    FUZZ_CHECK(pl_escape_json_in_html(&b, buf, cut, &st) == 0);
    FUZZ_CHECK(pl_escape_json_in_html(&b, buf + cut, len - cut, &st) == 0);
    FUZZ_CHECK(!st.in_string && !st.escaped);
    for (size_t i = 0; i < b.len; i++) {
        FUZZ_CHECK(b.data[i] != '<' && b.data[i] != '>' && b.data[i] != '&');
        FUZZ_CHECK(!(i + 2 < b.len && memcmp(b.data + i, "\xE2\x80", 2) == 0 &&
                     (b.data[i + 2] == '\xA8' || b.data[i + 2] == '\xA9')));
    }
    json_error_t jerr;
    json_t *again = json_loadb(b.data, b.len, JSON_REJECT_DUPLICATES, &jerr);
    FUZZ_CHECK(again != NULL && json_equal(again, (json_t *)root));
    json_decref(again);
    pl_buf_free(&b);
}

/* Could parley have written g (docs/merging.md, "What merge accepts")?
 * Real dates, ids "TYPE:KEY" of their node's type, each relation between
 * the types the extractor joins. Only such graphs must read back; the API
 * builds others too, and merge refuses those. */
static int parley_shaped(const parley_graph *g)
{
    for (size_t i = 0; i < parley_graph_document_count(g); i++) {
        const char *d = parley_graph_document_date(g, i);
        if (d && !parley_date_valid(d))
            return 0;
    }
    for (size_t i = 0; i < parley_graph_node_count(g); i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *t = parley_node_type_name(parley_node_get_type(n));
        const char *id = parley_node_id(n);
        size_t tl = strlen(t);
        if (strncmp(id, t, tl) != 0 || id[tl] != ':' || !id[tl + 1])
            return 0;
    }
#define T(x) (1u << PARLEY_NODE_##x)
    static const unsigned ends[PARLEY_REL_COUNT][2] = {
        [PARLEY_REL_REPRESENTS] = {T(OFFICIAL), T(COUNTRY) | T(ORGANIZATION)},
        [PARLEY_REL_PARTICIPANT] = {T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION), T(MEETING)},
        [PARLEY_REL_HELD_IN] = {T(MEETING), T(LOCATION)},
        [PARLEY_REL_LOCATED_IN] = {T(LOCATION), T(COUNTRY)},
        [PARLEY_REL_MET] = {T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION),
                            T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION)},
    };
#undef T
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        parley_relation r = parley_edge_relation(e);
        if (!(ends[r][0] & (1u << parley_node_get_type(parley_edge_source(e)))) ||
            !(ends[r][1] & (1u << parley_node_get_type(parley_edge_target(e)))))
            return 0;
        if (r == PARLEY_REL_MET && strcmp(parley_node_id(parley_edge_source(e)),
                                          parley_node_id(parley_edge_target(e))) >= 0)
            return 0;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_graph *g = fuzz_graph(data, size);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FUZZ_CHECK(out != NULL);
    parley_error err;
    FUZZ_CHECK(parley_export(g, PARLEY_FORMAT_JSON, out, NULL, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);

    json_error_t jerr;
    json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root)
        fprintf(stderr, "jansson: %s at %d:%d\n", jerr.text, jerr.line, jerr.column);
    FUZZ_CHECK(root != NULL);
    check_html_escape(buf, len, root, size * 7919);
    json_t *graph = json_object_get(root, "graph");
    json_t *nodes = json_object_get(graph, "nodes");
    json_t *edges = json_object_get(graph, "edges");
    json_t *docs = json_object_get(json_object_get(graph, "metadata"), "documents");
    FUZZ_CHECK(json_object_size(nodes) == parley_graph_node_count(g));
    FUZZ_CHECK(json_array_size(edges) == parley_graph_edge_count(g));
    FUZZ_CHECK(json_array_size(docs) == parley_graph_document_count(g));
    int ids_utf8 = 1; /* a repair may reorder them */
    for (size_t i = 0; i < parley_graph_document_count(g); i++)
        FUZZ_CHECK(utf8_ok(parley_graph_document_name(g, i)));
    for (size_t i = 0; i < parley_graph_node_count(g); i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *id = parley_node_id(n), *label = parley_node_label(n);
        if (!utf8_ok(id)) {
            ids_utf8 = 0;
            continue;
        }
        json_t *jn = json_object_get(nodes, id);
        FUZZ_CHECK(jn != NULL);
        const char *jl = json_string_value(json_object_get(jn, "label"));
        FUZZ_CHECK(jl != NULL);
        if (utf8_ok(label))
            FUZZ_CHECK(strcmp(jl, label) == 0);
        json_t *meta = json_object_get(jn, "metadata");
        FUZZ_CHECK(strcmp(json_string_value(json_object_get(meta, "type")),
                          parley_node_type_name(parley_node_get_type(n))) == 0);
        FUZZ_CHECK((size_t)json_integer_value(json_object_get(meta, "mentions")) ==
                   parley_node_mentions(n));
        FUZZ_CHECK(json_array_size(json_object_get(meta, "evidence")) ==
                   parley_node_evidence_count(n));
    }
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        json_t *je = json_array_get(edges, i);
        const char *src = parley_node_id(parley_edge_source(e));
        const char *dst = parley_node_id(parley_edge_target(e));
        FUZZ_CHECK(strcmp(json_string_value(json_object_get(je, "relation")),
                          parley_relation_name(parley_edge_relation(e))) == 0);
        if (utf8_ok(src) && utf8_ok(dst))
            FUZZ_CHECK(strcmp(json_string_value(json_object_get(je, "source")), src) == 0 &&
                       strcmp(json_string_value(json_object_get(je, "target")), dst) == 0);
    }
    json_decref(root);

    parley_graph *back = parley_graph_new();
    FUZZ_CHECK(back != NULL);
    parley_graph_set_max_evidence(back, (size_t)-1);
    FILE *in = fmemopen(buf, len, "r");
    FUZZ_CHECK(in != NULL);
    int rc = parley_graph_read_json(back, in, "fuzz.json", &err);
    fclose(in);
    if (!parley_shaped(g)) {
        /* Refused, naming the file and the JSON path of what is wrong. */
        FUZZ_CHECK(rc == PARLEY_EINPUT);
        FUZZ_CHECK(strncmp(err.text, "fuzz.json: not a graph written by parley: graph.",
                           strlen("fuzz.json: not a graph written by parley: graph.")) == 0);
        parley_graph_free(back);
        free(buf);
        parley_graph_free(g);
        return 0;
    }
    if (rc)
        fprintf(stderr, "read back: %s\n", err.text);
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(parley_graph_finish(back) == 0);
    char *again = NULL;
    size_t again_len = 0;
    out = open_memstream(&again, &again_len);
    FUZZ_CHECK(out != NULL);
    FUZZ_CHECK(parley_export(back, PARLEY_FORMAT_JSON, out, NULL, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);
    int same = again_len == len && memcmp(again, buf, len) == 0;
    if (ids_utf8 && !same)
        fprintf(stderr, "read back and written again, the JSON differs:\n%s\n---\n%s\n", buf, again);
    FUZZ_CHECK(!ids_utf8 || same);
    free(again);
    parley_graph_free(back);
    free(buf);
    check_style(g, PARLEY_JSON_JGF);
    check_style(g, PARLEY_JSON_NODE_LINK);
    check_style(g, PARLEY_JSON_CYTOSCAPE);
    parley_graph_free(g);
    return 0;
}
