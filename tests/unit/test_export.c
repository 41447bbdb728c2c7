/* test_export.c: the three exporters on a small graph built through the API,
 * each output read back by a real parser (jansson, cgraph) or searched (SVG)
 * and compared with the graph; byte-identical repeats, several threads at
 * once, Graphviz message capture, error paths. */
#include "parley/parley.h"
#include "export/gv.h"
#include "check.h"

#include <graphviz/cgraph.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the sample graph ------------------------------------------------- */

static const char SENT_TALKS[] =
    "Chinese Foreign Minister Wang Yi held talks with a Taliban delegation in Tianjin.";
static const char SENT_VISIT[] = "Wang Yi will visit Kabul next month, the \"ministry\" said.";
static const char SENT_SUMMIT[] = "The summit was cancelled after the Taliban <withdrew> & left.";

static parley_node *node(parley_graph *g, parley_node_type t, const char *id, const char *label)
{
    parley_node *n = NULL;
    parley_error err;
    if (parley_graph_add_node(g, t, id, label, &n, &err) != 0)
        fprintf(stderr, "add_node %s: %s\n", id, err.text);
    return n;
}

static parley_edge *edge(parley_graph *g, parley_node *s, parley_node *d, parley_relation r)
{
    parley_edge *e = NULL;
    CHECK_INT(parley_graph_add_edge(g, s, d, r, &e, NULL), 0);
    return e;
}

static parley_graph *sample_graph(void)
{
    parley_graph *g = parley_graph_new();
    int a = parley_graph_add_document(g, "a.txt", "2021-07-28", NULL);
    int b = parley_graph_add_document(g, "b.txt", NULL, NULL);

    parley_node *chn = node(g, PARLEY_NODE_COUNTRY, "country:CHN", "China");
    parley_node *afg = node(g, PARLEY_NODE_COUNTRY, "country:AFG", "Afghanistan");
    parley_node *wang = node(g, PARLEY_NODE_OFFICIAL, "official:wang-yi", "Wang Yi");
    parley_node *odd = node(g, PARLEY_NODE_OFFICIAL, "official:odd", "Odd \\N \"Name\"\\");
    parley_node *tal = node(g, PARLEY_NODE_ORGANIZATION, "organization:taliban", "Taliban");
    parley_node *bold = node(g, PARLEY_NODE_ORGANIZATION, "organization:bold", "<b>x</b>");
    parley_node *tj = node(g, PARLEY_NODE_LOCATION, "location:tianjin", "Tianjin");
    parley_node *m1 = node(g, PARLEY_NODE_MEETING, "meeting:m1", "Talks in Tianjin");
    parley_node *m2 = node(g, PARLEY_NODE_MEETING, "meeting:m2", "visit");
    parley_node *m3 = node(g, PARLEY_NODE_MEETING, "meeting:m3", "Summit");

    parley_node_set_attr(chn, "iso3", "CHN");
    parley_node_set_attr(afg, "iso3", "AFG");
    parley_node_set_attr(wang, "country", "CHN");
    parley_node_set_attr(wang, "title", "Foreign Minister");
    parley_node_set_attr(tal, "country", "AFG");
    parley_node_set_attr(tj, "country", "CHN");
    parley_node_set_attr(m1, "kind", "talks");
    parley_node_set_attr(m1, "date", "2021-07-28");
    parley_node_set_attr(m1, "status", "held");
    parley_node_set_attr(m1, "location", "location:tianjin");
    parley_node_set_attr(m2, "kind", "visit");
    parley_node_set_attr(m2, "status", "planned");
    parley_node_set_attr(m3, "kind", "summit");
    parley_node_set_attr(m3, "date", "2021-09-01");
    parley_node_set_attr(m3, "status", "cancelled");
    parley_node_set_attr(m3, "note", "an extra attribute");

    size_t lt = sizeof SENT_TALKS - 1, lv = sizeof SENT_VISIT - 1, ls = sizeof SENT_SUMMIT - 1;
    parley_node_add_evidence(g, chn, a, 0, 7, SENT_TALKS, lt);
    parley_node_add_evidence(g, wang, a, 25, 32, SENT_TALKS, lt);
    parley_node_add_evidence(g, wang, b, 0, 7, SENT_VISIT, lv);
    parley_node_add_evidence(g, tal, a, 47, 54, SENT_TALKS, lt);
    parley_node_add_evidence(g, tal, b, 100, 107, SENT_SUMMIT, ls);
    parley_node_add_evidence(g, tj, a, 74, 81, SENT_TALKS, lt);
    parley_node_add_evidence(g, m1, a, 33, 43, SENT_TALKS, lt);
    parley_node_add_evidence(g, m2, b, 13, 18, SENT_VISIT, lv);
    parley_node_add_evidence(g, m3, b, 4, 10, SENT_SUMMIT, ls);
    parley_node_add_evidence(g, odd, b, 0, 3, NULL, 0);

    parley_edge *e;
    e = edge(g, wang, chn, PARLEY_REL_REPRESENTS);
    parley_edge_add_evidence(g, e, a, 0, 32, SENT_TALKS, lt);
    e = edge(g, wang, m1, PARLEY_REL_PARTICIPANT);
    parley_edge_add_evidence(g, e, a, 25, 43, SENT_TALKS, lt);
    parley_edge_add_evidence(g, e, a, 25, 43, SENT_TALKS, lt);
    e = edge(g, tal, m1, PARLEY_REL_PARTICIPANT);
    parley_edge_add_evidence(g, e, a, 33, 54, SENT_TALKS, lt);
    e = edge(g, m1, tj, PARLEY_REL_HELD_IN);
    parley_edge_add_evidence(g, e, a, 33, 81, SENT_TALKS, lt);
    e = edge(g, tj, chn, PARLEY_REL_LOCATED_IN);
    /* China takes part in the talks it hosts: a cycle, as real graphs have
     * (country -> meeting -> location -> country), which dot must break. */
    e = edge(g, chn, m1, PARLEY_REL_PARTICIPANT);
    e = edge(g, wang, m2, PARLEY_REL_PARTICIPANT);
    parley_edge_add_evidence(g, e, b, 0, 18, SENT_VISIT, lv);
    e = edge(g, afg, m3, PARLEY_REL_PARTICIPANT);
    e = edge(g, tal, m3, PARLEY_REL_PARTICIPANT);
    parley_edge_add_evidence(g, e, b, 4, 50, SENT_SUMMIT, ls);
    e = edge(g, odd, bold, PARLEY_REL_REPRESENTS);
    parley_graph_finish(g);
    return g;
}

/* The exporter's output as a string (caller frees), or NULL on failure. */
static char *export_string(const parley_graph *g, parley_format f, const parley_export_options *o,
                           size_t *len_out)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out)
        return NULL;
    parley_error err = {0};
    int rc = parley_export(g, f, out, o, &err);
    fclose(out);
    if (rc != 0) {
        fprintf(stderr, "export %s failed: %d %s\n", parley_format_name(f), rc, err.text);
        free(buf);
        return NULL;
    }
    if (len_out)
        *len_out = len;
    return buf;
}

/* ---- JSON ------------------------------------------------------------- */

/* The keys of a jansson object in order, joined with ','. */
static void keys_of(json_t *obj, char *buf, size_t size)
{
    buf[0] = '\0';
    for (void *it = json_object_iter(obj); it; it = json_object_iter_next(obj, it)) {
        if (buf[0])
            strncat(buf, ",", size - strlen(buf) - 1);
        strncat(buf, json_object_iter_key(it), size - strlen(buf) - 1);
    }
}

static void check_evidence_json(json_t *arr, size_t count, parley_evidence (*at)(const void *, size_t),
                                const void *obj)
{
    CHECK(json_is_array(arr));
    CHECK_INT(json_array_size(arr), count);
    for (size_t i = 0; i < count && i < json_array_size(arr); i++) {
        parley_evidence ev = at(obj, i);
        json_t *j = json_array_get(arr, i);
        char keys[128];
        keys_of(j, keys, sizeof keys);
        CHECK_STR(keys, "document,start,end,sentence");
        CHECK_STR(json_string_value(json_object_get(j, "document")), ev.document);
        CHECK_INT(json_integer_value(json_object_get(j, "start")), ev.start);
        CHECK_INT(json_integer_value(json_object_get(j, "end")), ev.end);
        if (ev.sentence)
            CHECK_STR(json_string_value(json_object_get(j, "sentence")), ev.sentence);
        else
            CHECK(json_is_null(json_object_get(j, "sentence")));
    }
}

static parley_evidence node_ev(const void *n, size_t i) { return parley_node_evidence_at(n, i); }
static parley_evidence edge_ev(const void *e, size_t i) { return parley_edge_evidence_at(e, i); }

static void test_json(const parley_graph *g)
{
    char *text = export_string(g, PARLEY_FORMAT_JSON, NULL, NULL);
    CHECK(text != NULL);
    if (!text)
        return;
    CHECK(text[strlen(text) - 1] == '\n');
    CHECK(strncmp(text, "{\n  \"graph\": {\n    \"directed\": true,", 35) == 0);
    json_error_t jerr;
    json_t *root = json_loads(text, 0, &jerr);
    CHECK(root != NULL);
    if (!root) {
        fprintf(stderr, "JSON does not parse: %s\n", jerr.text);
        free(text);
        return;
    }
    char keys[512];
    keys_of(root, keys, sizeof keys);
    CHECK_STR(keys, "graph");
    json_t *graph = json_object_get(root, "graph");
    keys_of(graph, keys, sizeof keys);
    CHECK_STR(keys, "directed,metadata,nodes,edges");
    CHECK(json_is_true(json_object_get(graph, "directed")));

    json_t *meta = json_object_get(graph, "metadata");
    keys_of(meta, keys, sizeof keys);
    CHECK_STR(keys, "generator,documents");
    CHECK_STR(json_string_value(json_object_get(meta, "generator")), "parley " PARLEY_VERSION);
    json_t *docs = json_object_get(meta, "documents");
    json_t *want_docs = json_loads("[{\"id\": \"a.txt\", \"date\": \"2021-07-28\"},"
                                   " {\"id\": \"b.txt\", \"date\": null}]", 0, NULL);
    CHECK(json_equal(docs, want_docs));
    json_decref(want_docs);

    /* Nodes: the same ids in the same order, each as in the graph. */
    json_t *nodes = json_object_get(graph, "nodes");
    CHECK_INT(json_object_size(nodes), parley_graph_node_count(g));
    void *it = json_object_iter(nodes);
    for (size_t i = 0; i < parley_graph_node_count(g); i++, it = json_object_iter_next(nodes, it)) {
        const parley_node *n = parley_graph_node_at(g, i);
        CHECK(it != NULL);
        if (!it)
            break;
        CHECK_STR(json_object_iter_key(it), parley_node_id(n));
        json_t *jn = json_object_iter_value(it);
        keys_of(jn, keys, sizeof keys);
        CHECK_STR(keys, "label,metadata");
        CHECK_STR(json_string_value(json_object_get(jn, "label")), parley_node_label(n));
        json_t *jm = json_object_get(jn, "metadata");
        /* type, the attributes in order, then the record. */
        char want[512];
        snprintf(want, sizeof want, "type");
        for (size_t k = 0; k < parley_node_attr_count(n); k++) {
            const char *key, *val;
            parley_node_attr_at(n, k, &key, &val);
            strncat(want, ",", sizeof want - strlen(want) - 1);
            strncat(want, key, sizeof want - strlen(want) - 1);
            json_t *jv = json_object_get(jm, key);
            if (val)
                CHECK_STR(json_string_value(jv), val);
            else
                CHECK(json_is_null(jv));
        }
        strncat(want, ",mentions,documents,evidence", sizeof want - strlen(want) - 1);
        keys_of(jm, keys, sizeof keys);
        CHECK_STR(keys, want);
        CHECK_STR(json_string_value(json_object_get(jm, "type")),
                  parley_node_type_name(parley_node_get_type(n)));
        CHECK_INT(json_integer_value(json_object_get(jm, "mentions")), parley_node_mentions(n));
        CHECK_INT(json_integer_value(json_object_get(jm, "documents")), parley_node_documents(n));
        check_evidence_json(json_object_get(jm, "evidence"), parley_node_evidence_count(n), node_ev, n);
    }

    /* Spot checks written out in full, independent of the graph API. */
    json_t *want_m1 = json_loads(
        "{\"label\": \"Talks in Tianjin\", \"metadata\": {\"type\": \"meeting\","
        " \"kind\": \"talks\", \"date\": \"2021-07-28\", \"status\": \"held\","
        " \"location\": \"location:tianjin\", \"mentions\": 1, \"documents\": 1,"
        " \"evidence\": [{\"document\": \"a.txt\", \"start\": 33, \"end\": 43, \"sentence\":"
        " \"Chinese Foreign Minister Wang Yi held talks with a Taliban delegation in Tianjin.\"}]}}",
        0, NULL);
    CHECK(want_m1 != NULL);
    CHECK(json_equal(json_object_get(nodes, "meeting:m1"), want_m1));
    json_decref(want_m1);
    json_t *want_odd = json_loads(
        "{\"label\": \"Odd \\\\N \\\"Name\\\"\\\\\", \"metadata\": {\"type\": \"official\","
        " \"country\": null, \"title\": null, \"mentions\": 1, \"documents\": 1,"
        " \"evidence\": [{\"document\": \"b.txt\", \"start\": 0, \"end\": 3, \"sentence\": null}]}}",
        0, NULL);
    CHECK(want_odd != NULL);
    CHECK(json_equal(json_object_get(nodes, "official:odd"), want_odd));
    json_decref(want_odd);
    CHECK_STR(json_string_value(json_object_get(
                  json_object_get(json_object_get(nodes, "meeting:m3"), "metadata"), "note")),
              "an extra attribute");

    /* Edges: same order, endpoints, relation and record as the graph. */
    json_t *edges = json_object_get(graph, "edges");
    CHECK_INT(json_array_size(edges), parley_graph_edge_count(g));
    for (size_t i = 0; i < parley_graph_edge_count(g) && i < json_array_size(edges); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        json_t *je = json_array_get(edges, i);
        keys_of(je, keys, sizeof keys);
        CHECK_STR(keys, "source,target,relation,metadata");
        CHECK_STR(json_string_value(json_object_get(je, "source")),
                  parley_node_id(parley_edge_source(e)));
        CHECK_STR(json_string_value(json_object_get(je, "target")),
                  parley_node_id(parley_edge_target(e)));
        CHECK_STR(json_string_value(json_object_get(je, "relation")),
                  parley_relation_name(parley_edge_relation(e)));
        json_t *jm = json_object_get(je, "metadata");
        keys_of(jm, keys, sizeof keys);
        CHECK_STR(keys, "mentions,documents,evidence");
        CHECK_INT(json_integer_value(json_object_get(jm, "mentions")), parley_edge_mentions(e));
        CHECK_INT(json_integer_value(json_object_get(jm, "documents")), parley_edge_documents(e));
        check_evidence_json(json_object_get(jm, "evidence"), parley_edge_evidence_count(e), edge_ev, e);
    }
    /* The first edge, in full: edges sort by source id first. */
    json_t *want_e0 = json_loads(
        "{\"source\": \"country:AFG\", \"target\": \"meeting:m3\", \"relation\": \"participant\","
        " \"metadata\": {\"mentions\": 0, \"documents\": 0, \"evidence\": []}}", 0, NULL);
    CHECK(json_equal(json_array_get(edges, 0), want_e0));
    json_decref(want_e0);

    json_decref(root);
    free(text);
}

/* ---- DOT -------------------------------------------------------------- */

/* What each node's DOT label must be: escaped, lines joined by "\n". */
static const char *const want_labels[][2] = {
    {"country:AFG", "Afghanistan"},
    {"country:CHN", "China"},
    {"official:odd", "Odd \\\\N \"Name\"\\\\"},
    {"official:wang-yi", "Wang Yi\\nForeign Minister"},
    {"organization:bold", "<b>x</b>"},
    {"organization:taliban", "Taliban"},
    {"location:tianjin", "Tianjin"},
    {"meeting:m1", "Talks in Tianjin\\ntalks, held\\n2021-07-28"},
    {"meeting:m2", "visit, planned\\ndate unknown"},
    {"meeting:m3", "summit (cancelled)\\n2021-09-01"},
};

static int is_legend(Agnode_t *n)
{
    return strncmp(agnameof(n), "legend_", 7) == 0;
}

static void test_dot(const parley_graph *g)
{
    char *text = export_string(g, PARLEY_FORMAT_DOT, NULL, NULL);
    CHECK(text != NULL);
    if (!text)
        return;
    Agraph_t *h = agmemread(text);
    CHECK(h != NULL);
    if (!h) {
        fprintf(stderr, "DOT does not parse:\n%s\n", text);
        free(text);
        return;
    }
    CHECK(agisdirected(h));
    CHECK_STR(agget(h, (char *)"label"), "2 articles: a.txt, b.txt");

    /* Every graph node by its id, nothing else but the legend's nodes.
     * (agwrite writes subgraphs first and a node just before its first
     * edge, so the file's order is not the graph's.) */
    size_t seen = 0, legend = 0;
    for (Agnode_t *n = agfstnode(h); n; n = agnxtnode(h, n)) {
        if (is_legend(n)) {
            legend++;
            continue;
        }
        CHECK(parley_graph_find_node(g, agnameof(n)) != NULL);
        seen++;
    }
    CHECK_INT(seen, parley_graph_node_count(g));
    for (size_t i = 0; i < parley_graph_node_count(g); i++)
        CHECK(agnode(h, (char *)parley_node_id(parley_graph_node_at(g, i)), 0) != NULL);
    /* No legend: it belongs to the drawing, added after layout. */
    CHECK_INT(legend, 0);
    /* The data: every node has a type, and the schema's keys where set. */
    for (Agnode_t *n = agfstnode(h); n; n = agnxtnode(h, n)) {
        const parley_node *pn = parley_graph_find_node(g, agnameof(n));
        if (pn)
            CHECK_STR(agget(n, (char *)"type"), parley_node_type_name(parley_node_get_type(pn)));
    }
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"status"), "cancelled");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"date"), "2021-09-01");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"kind"), "summit");
    CHECK_STR(agget(agnode(h, (char *)"official:wang-yi", 0), (char *)"title"),
              "Foreign Minister");
    CHECK_STR(agget(agnode(h, (char *)"official:wang-yi", 0), (char *)"status"), "");
    CHECK_STR(agget(agnode(h, (char *)"country:CHN", 0), (char *)"type"), "country");
    for (size_t k = 0; k < sizeof want_labels / sizeof want_labels[0]; k++) {
        Agnode_t *n = agnode(h, (char *)want_labels[k][0], 0);
        CHECK(n != NULL);
        if (!n)
            continue;
        char *label = agget(n, (char *)"label");
        CHECK_STR(label, want_labels[k][1]);
        /* Text, never an HTML label, even when it looks like one. */
        CHECK(!aghtmlstr(label));
        /* Every tooltip starts with the label and the type. */
        CHECK(strstr(agget(n, (char *)"tooltip"), "(") != NULL);
    }
    /* Shapes per type; the three meeting statuses look different. */
    CHECK_STR(agget(agnode(h, (char *)"country:CHN", 0), (char *)"shape"), "box");
    CHECK_STR(agget(agnode(h, (char *)"official:wang-yi", 0), (char *)"shape"), "ellipse");
    CHECK_STR(agget(agnode(h, (char *)"organization:taliban", 0), (char *)"shape"), "hexagon");
    CHECK_STR(agget(agnode(h, (char *)"location:tianjin", 0), (char *)"shape"), "house");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m1", 0), (char *)"shape"), "octagon");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m1", 0), (char *)"style"), "filled,bold");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m2", 0), (char *)"style"), "dashed,filled");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m2", 0), (char *)"fillcolor"), "white");
    /* Classes for style sheets, ids that Graphviz expands to the name. */
    CHECK_STR(agget(agnode(h, (char *)"official:wang-yi", 0), (char *)"class"), "official");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"class"), "meeting cancelled");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m1", 0), (char *)"id"), "\\N");
    /* Officials inside their country's cluster, with the country. */
    Agraph_t *chn = agsubg(h, (char *)"cluster_country:CHN", 0);
    CHECK(chn != NULL);
    if (chn) {
        CHECK_STR(agget(chn, (char *)"label"), "China");
        CHECK_STR(agget(chn, (char *)"class"), "country");
        CHECK(agsubnode(chn, agnode(h, (char *)"official:wang-yi", 0), 0) != NULL);
        CHECK(agsubnode(chn, agnode(h, (char *)"country:CHN", 0), 0) != NULL);
        CHECK_INT(agnnodes(chn), 2);
    }
    /* The official without a country is in no cluster; AFG has none. */
    CHECK(agsubg(h, (char *)"cluster_country:AFG", 0) == NULL);
    CHECK(agsubg(h, (char *)"cluster_legend", 0) == NULL);
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"style"), "dashed,filled");
    CHECK_STR(agget(agnode(h, (char *)"meeting:m3", 0), (char *)"fillcolor"), "#d9d9d9");
    /* Evidence in tooltips, escaped like labels. */
    const char *tip = agget(agnode(h, (char *)"meeting:m3", 0), (char *)"tooltip");
    CHECK(strstr(tip, "Summit (meeting)\\nkind: summit\\ndate: 2021-09-01\\nstatus: cancelled"
                      "\\nnote: an extra attribute\\n1 mention in 1 document\\n[b.txt] "
                      "The summit was cancelled after the Taliban <withdrew> & left.") == tip);

    /* Edges: the graph's, each with its relation as data; none of a
     * legend. */
    size_t edges = 0, legend_edges = 0;
    for (Agnode_t *n = agfstnode(h); n; n = agnxtnode(h, n)) {
        for (Agedge_t *e = agfstout(h, n); e; e = agnxtout(h, e)) {
            if (is_legend(agtail(e))) {
                CHECK(is_legend(aghead(e)));
                legend_edges++;
                continue;
            }
            edges++;
            /* Find the graph edge with these ends, whose relation starts
             * the class and sits in the id. No edge has a label (Graphviz
             * 2.42 double-frees on labelled unranked edges). */
            int found = 0;
            for (size_t k = 0; k < parley_graph_edge_count(g); k++) {
                const parley_edge *pe = parley_graph_edge_at(g, k);
                const char *rel = parley_relation_name(parley_edge_relation(pe));
                char id[64];
                snprintf(id, sizeof id, "\\T>%s>\\H", rel);
                if (strcmp(agnameof(agtail(e)), parley_node_id(parley_edge_source(pe))) == 0 &&
                    strcmp(agnameof(aghead(e)), parley_node_id(parley_edge_target(pe))) == 0 &&
                    strncmp(agget(e, (char *)"class"), rel, strlen(rel)) == 0 &&
                    strcmp(agget(e, (char *)"id"), id) == 0)
                    found++;
            }
            CHECK_INT(found, 1);
            CHECK(strncmp(agget(e, (char *)"class"), agget(e, (char *)"relation"),
                          strlen(agget(e, (char *)"relation"))) == 0);
            CHECK(agattr(h, AGEDGE, (char *)"label", NULL) == NULL);
        }
    }
    CHECK_INT(edges, parley_graph_edge_count(g));
    CHECK_INT(legend_edges, 0);
    /* Merged edges grow thicker: Wang Yi's talks are mentioned twice. */
    Agedge_t *twice = agedge(h, agnode(h, (char *)"official:wang-yi", 0),
                             agnode(h, (char *)"meeting:m1", 0), NULL, 0);
    CHECK(twice != NULL);
    if (twice)
        CHECK_STR(agget(twice, (char *)"penwidth"), "2");
    Agedge_t *planned = agedge(h, agnode(h, (char *)"official:wang-yi", 0),
                               agnode(h, (char *)"meeting:m2", 0), NULL, 0);
    CHECK(planned != NULL);
    if (planned) {
        CHECK_STR(agget(planned, (char *)"class"), "participant planned");
        CHECK_STR(agget(planned, (char *)"style"), "dashed");
        CHECK_STR(agget(planned, (char *)"penwidth"), "1");
    }
    agclose(h);
    free(text);
}

/* A title with escString sequences and a quote comes through as text. */
static void test_dot_title(const parley_graph *g)
{
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.title = "My \\N \"title\"\\";
    char *text = export_string(g, PARLEY_FORMAT_DOT, &o, NULL);
    Agraph_t *h = text ? agmemread(text) : NULL;
    CHECK(h != NULL);
    if (h) {
        CHECK_STR(agget(h, (char *)"label"), "My \\\\N \"title\"\\\\");
        agclose(h);
    }
    free(text);
}

/* ---- SVG -------------------------------------------------------------- */

static void test_svg(const parley_graph *g, const char *layout)
{
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout = layout;
    size_t len = 0;
    char *svg = export_string(g, PARLEY_FORMAT_SVG, &o, &len);
    CHECK(svg != NULL);
    if (!svg)
        return;
    CHECK_INT(strlen(svg), len);
    CHECK(strncmp(svg, "<?xml", 5) == 0);
    CHECK(strstr(svg, "</svg>\n") != NULL && strcmp(strstr(svg, "</svg>\n"), "</svg>\n") == 0);
    /* Every label line as a text element, XML-escaped by Graphviz. */
    static const char *const texts[] = {
        ">2 articles: a.txt, b.txt<", /* the title */
        ">Afghanistan<", ">China<", ">Odd \\N &quot;Name&quot;\\<", ">Wang Yi<",
        ">Foreign Minister<", ">&lt;b&gt;x&lt;/b&gt;<", ">Taliban<", ">Tianjin<",
        ">Talks in Tianjin<", ">talks, held<", ">2021&#45;07&#45;28<", ">visit, planned<",
        ">date unknown<", ">summit (cancelled)<",
        ">participant<", ">represents<", ">held_in<",
        /* The legend, drawn after layout: a box, one entry per node kind
         * and per relation the graph holds. */
        "id=\"legend_box\" class=\"node legend\"", ">country<", ">official<",
        ">organization<", ">location<", ">held meeting<", ">planned meeting<",
        ">cancelled meeting<", "class=\"edge legend participant\"",
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        check_count++;
        if (!strstr(svg, texts[i])) {
            check_failures++;
            fprintf(stderr, "%s:%d: SVG (%s) lacks %s\n", __FILE__, __LINE__, layout, texts[i]);
        }
    }
    /* Tooltips carry the evidence; quotes and '<' escaped. */
    CHECK(strstr(svg, "xlink:title=\"Wang Yi (official)&#10;country: CHN&#10;title: Foreign "
                      "Minister&#10;2 mentions in 2 documents&#10;[a.txt] Chinese Foreign") != NULL);
    CHECK(strstr(svg, "the &quot;ministry&quot; said.") != NULL);
    CHECK(strstr(svg, "Taliban &lt;withdrew&gt; &amp; left.") != NULL);
    /* No HTML label slipped through: the bold tag is not markup. */
    CHECK(strstr(svg, "<b>") == NULL);
    free(svg);
}

/* ---- determinism, threads, errors -------------------------------------- */

static void test_deterministic(const parley_graph *g)
{
    size_t l1 = 0, l2 = 0, l3 = 0;
    char *d1 = export_string(g, PARLEY_FORMAT_DOT, NULL, &l1);
    char *j1 = export_string(g, PARLEY_FORMAT_JSON, NULL, NULL);
    /* An SVG export in between: gvContext changes Graphviz's global
     * prototype graph, which must not show in later DOT. */
    char *s = export_string(g, PARLEY_FORMAT_SVG, NULL, NULL);
    char *d2 = export_string(g, PARLEY_FORMAT_DOT, NULL, &l2);
    char *j2 = export_string(g, PARLEY_FORMAT_JSON, NULL, NULL);
    char *d3 = export_string(g, PARLEY_FORMAT_DOT, NULL, &l3);
    CHECK(d1 && d2 && d3 && j1 && j2 && s);
    if (d1 && d2 && d3) {
        CHECK_INT(l1, l2);
        CHECK(l1 == l2 && memcmp(d1, d2, l1) == 0);
        CHECK(l1 == l3 && memcmp(d1, d3, l1) == 0);
    }
    if (j1 && j2)
        CHECK_STR(j1, j2);
    free(d1);
    free(d2);
    free(d3);
    free(j1);
    free(j2);
    free(s);
}

typedef struct thread_arg {
    const parley_graph *g;
    const char *want_dot;
    int failures;
} thread_arg;

/* GCC 12's AddressSanitizer allocator has no fork handlers: a layout child
 * forked while another thread holds one of its locks can deadlock (and then
 * time out). So under it the threads lay out in process, which tests the
 * lock the same way; normal builds test the forked layout from threads. */
#if defined(__SANITIZE_ADDRESS__)
#define THREAD_LAYOUT_TIMEOUT 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define THREAD_LAYOUT_TIMEOUT 0
#endif
#endif
#ifndef THREAD_LAYOUT_TIMEOUT
#define THREAD_LAYOUT_TIMEOUT 30
#endif

static void *thread_main(void *p)
{
    thread_arg *a = p;
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout_timeout = THREAD_LAYOUT_TIMEOUT;
    for (int i = 0; i < 3; i++) {
        char *svg = export_string(a->g, PARLEY_FORMAT_SVG, &o, NULL);
        char *dot = export_string(a->g, PARLEY_FORMAT_DOT, NULL, NULL);
        if (!svg || !dot || strcmp(dot, a->want_dot) != 0 || !strstr(svg, ">Tianjin<"))
            a->failures++;
        free(svg);
        free(dot);
    }
    return NULL;
}

/* Graphviz is not thread-safe; the library's lock must make it so. */
static void test_threads(const parley_graph *g)
{
    char *dot = export_string(g, PARLEY_FORMAT_DOT, NULL, NULL);
    thread_arg args[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (thread_arg){g, dot, 0};
        CHECK_INT(pthread_create(&t[i], NULL, thread_main, &args[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT(args[i].failures, 0);
    }
    free(dot);
}

static void test_errors(const parley_graph *g)
{
    parley_error err = {0};
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    FILE *null = fopen("/dev/null", "w");
    CHECK(null != NULL);
    o.layout = "osage";
    CHECK_INT(parley_export(g, PARLEY_FORMAT_SVG, null, &o, &err), PARLEY_EINVAL);
    CHECK(strstr(err.text, "osage") != NULL);
    CHECK_INT(parley_export(g, PARLEY_FORMAT_COUNT, null, NULL, &err), PARLEY_EINVAL);
    CHECK_INT(parley_export(NULL, PARLEY_FORMAT_JSON, null, NULL, &err), PARLEY_EINVAL);
    CHECK_INT(parley_export(g, PARLEY_FORMAT_JSON, NULL, NULL, &err), PARLEY_EINVAL);
    o.layout = NULL; /* the default engine */
    CHECK_INT(parley_export(g, PARLEY_FORMAT_SVG, null, &o, &err), 0);
    fclose(null);

    /* A full disk is an I/O error, for every format. */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IONBF, 0);
        for (int f = 0; f < PARLEY_FORMAT_COUNT; f++) {
            err.code = 0;
            CHECK_INT(parley_export(g, (parley_format)f, full, NULL, &err), PARLEY_EIO);
            CHECK_INT(err.code, PARLEY_EIO);
            CHECK(strstr(err.text, "No space left") != NULL);
            clearerr(full);
        }
        fclose(full);
    }
}

/* Graphviz's messages are captured, not printed: the first error's text,
 * warnings ignored. */
static void test_gv_messages(void)
{
    pl_gv_begin();
    CHECK_STR(pl_gv_error(), "");
    agerr(AGWARN, "only a warning\n");
    CHECK_STR(pl_gv_error(), "");
    agerr(AGERR, "first %s %d\n", "failure", 1);
    agerr(AGPREV, "its continuation\n");
    agerr(AGERR, "second failure\n");
    CHECK_STR(pl_gv_error(), "first failure 1");
    pl_gv_end();
    /* The next session starts clean. */
    pl_gv_begin();
    CHECK_STR(pl_gv_error(), "");
    pl_gv_end();
}

static void test_names(void)
{
    CHECK_STR(parley_format_name(PARLEY_FORMAT_DOT), "dot");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_SVG), "svg");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_JSON), "json");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_COUNT), NULL);
    CHECK_INT(parley_format_from_name("dot"), PARLEY_FORMAT_DOT);
    CHECK_INT(parley_format_from_name("svg"), PARLEY_FORMAT_SVG);
    CHECK_INT(parley_format_from_name("json"), PARLEY_FORMAT_JSON);
    CHECK_INT(parley_format_from_name("JSON"), -1);
    CHECK_INT(parley_format_from_name("png"), PARLEY_FORMAT_PNG);
    CHECK_INT(parley_format_from_name("pdf"), PARLEY_FORMAT_PDF);
    CHECK_STR(parley_format_name(PARLEY_FORMAT_PDF), "pdf");
    CHECK_INT(parley_format_from_name("gif"), -1);
    CHECK_STR(parley_theme_name(PARLEY_THEME_DARK), "dark");
    CHECK_STR(parley_theme_name(PARLEY_THEME_COUNT), NULL);
    CHECK_INT(parley_theme_from_name("light"), PARLEY_THEME_LIGHT);
    CHECK_INT(parley_theme_from_name("Dark"), -1);
    CHECK_STR(parley_cluster_name(PARLEY_CLUSTER_NONE), "none");
    CHECK_INT(parley_cluster_from_name("country"), PARLEY_CLUSTER_COUNTRY);
    CHECK_INT(parley_cluster_from_name(NULL), -1);
    CHECK_INT(parley_format_from_name(NULL), -1);
    static const char *const ok[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
    for (size_t i = 0; i < 6; i++)
        CHECK(parley_layout_valid(ok[i]));
    CHECK(!parley_layout_valid("osage"));
    CHECK(!parley_layout_valid("Dot"));
    CHECK(!parley_layout_valid(""));
    CHECK(!parley_layout_valid(NULL));
}

/* An empty graph still gives valid output in every format. */
static void test_empty(void)
{
    parley_graph *g = parley_graph_new();
    parley_graph_finish(g);
    char *j = export_string(g, PARLEY_FORMAT_JSON, NULL, NULL);
    CHECK_STR(j, "{\n  \"graph\": {\n    \"directed\": true,\n    \"metadata\": {\n"
                 "      \"generator\": \"parley " PARLEY_VERSION "\",\n"
                 "      \"documents\": []\n    },\n    \"nodes\": {},\n    \"edges\": []\n  }\n}\n");
    char *d = export_string(g, PARLEY_FORMAT_DOT, NULL, NULL);
    Agraph_t *h = d ? agmemread(d) : NULL;
    CHECK(h != NULL);
    if (h) {
        CHECK_STR(agget(h, (char *)"label"), "parley");
        agclose(h);
    }
    char *s = export_string(g, PARLEY_FORMAT_SVG, NULL, NULL);
    CHECK(s != NULL && strstr(s, ">parley<") != NULL);
    free(j);
    free(d);
    free(s);
    parley_graph_free(g);
}

/* ---- options: theme, clusters, automatic layout, images ---------------- */

/* The DOT of g under o, read back by cgraph (NULL when that fails). */
static Agraph_t *dot_of(const parley_graph *g, const parley_export_options *o)
{
    char *text = export_string(g, PARLEY_FORMAT_DOT, o, NULL);
    Agraph_t *h = text ? agmemread(text) : NULL;
    free(text);
    return h;
}

static void test_options(const parley_graph *g)
{
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    CHECK(o.layout == NULL && o.theme == PARLEY_THEME_LIGHT &&
          o.cluster_by == PARLEY_CLUSTER_COUNTRY);
    Agraph_t *h = dot_of(g, &o);
    CHECK(h && strcmp(agget(h, (char *)"bgcolor"), "white") == 0);
    if (h)
        agclose(h);

    o.theme = PARLEY_THEME_DARK;
    h = dot_of(g, &o);
    CHECK(h != NULL);
    if (h) {
        CHECK_STR(agget(h, (char *)"bgcolor"), "#1e1f22");
        CHECK_STR(agget(h, (char *)"fontcolor"), "#e8e8e8");
        /* Edges take the dark theme's lighter colours. */
        Agedge_t *e = agedge(h, agnode(h, (char *)"official:wang-yi", 0),
                             agnode(h, (char *)"country:CHN", 0), NULL, 0);
        CHECK(e && strcmp(agget(e, (char *)"color"), "#f1c232") == 0);
        agclose(h);
    }

    o.theme = PARLEY_THEME_LIGHT;
    o.cluster_by = PARLEY_CLUSTER_NONE;
    h = dot_of(g, &o);
    CHECK(h != NULL);
    if (h) {
        CHECK(agsubg(h, (char *)"cluster_country:CHN", 0) == NULL);
        CHECK(agsubg(h, (char *)"cluster_legend", 0) == NULL);
        agclose(h);
    }
    /* Engines that draw no clusters get none. */
    o.cluster_by = PARLEY_CLUSTER_COUNTRY;
    o.layout = "neato";
    h = dot_of(g, &o);
    CHECK(h && agsubg(h, (char *)"cluster_country:CHN", 0) == NULL);
    if (h)
        agclose(h);

    /* Pages, orientations and timeline rows by name, and back. */
    CHECK_INT(parley_page_from_name("16:9"), PARLEY_PAGE_16_9);
    CHECK_INT(parley_page_from_name("A4"), -1);
    CHECK_STR(parley_page_name(PARLEY_PAGE_LETTER), "letter");
    CHECK(parley_page_name(PARLEY_PAGE_COUNT) == NULL);
    CHECK_INT(parley_orientation_from_name("landscape"), PARLEY_ORIENT_LANDSCAPE);
    CHECK_STR(parley_orientation_name(PARLEY_ORIENT_AUTO), "auto");
    CHECK_INT(parley_timeline_rows_from_name("officials"), PARLEY_ROWS_OFFICIALS);
    CHECK_STR(parley_timeline_rows_name(PARLEY_ROWS_STATES), "states");

    /* A drawing says how large its text prints on the page: this small
     * graph at its natural size (never enlarged), 11 pt. */
    parley_diagram_fit fit = {0, 0};
    parley_export_options fo = PARLEY_EXPORT_OPTIONS_INIT;
    fo.fit = &fit;
    char *svg = export_string(g, PARLEY_FORMAT_SVG, &fo, NULL);
    CHECK(svg != NULL);
    CHECK(fit.text_pt > 10.9 && fit.text_pt < 11.1);
    free(svg);
    fo.diagram = PARLEY_DIAGRAM_TIMELINE;
    fit.text_pt = 0;
    svg = export_string(g, PARLEY_FORMAT_SVG, &fo, NULL);
    CHECK(svg && strstr(svg, "class=\"node timeline&#45;row\"") != NULL);
    CHECK(fit.text_pt > 9.9);
    free(svg);

    parley_error err = {0};
    o.layout = NULL;
    o.page = PARLEY_PAGE_COUNT;
    FILE *devnull = fopen("/dev/null", "w");
    CHECK_INT(parley_export(g, PARLEY_FORMAT_SVG, devnull, &o, &err), PARLEY_EINVAL);
    fclose(devnull);
    o.page = PARLEY_PAGE_A4;
    o.theme = PARLEY_THEME_COUNT;
    FILE *null = fopen("/dev/null", "w");
    CHECK_INT(parley_export(g, PARLEY_FORMAT_DOT, null, &o, &err), PARLEY_EINVAL);
    o.theme = PARLEY_THEME_LIGHT;
    o.cluster_by = (parley_cluster)7;
    CHECK_INT(parley_export(g, PARLEY_FORMAT_SVG, null, &o, &err), PARLEY_EINVAL);
    fclose(null);
}

/* Past PARLEY_DOT_MAX_NODES nodes the automatic engine is sfdp, which draws
 * no clusters, so the DOT has none; an explicit "dot" is kept. (DOT shows
 * the choice without paying for a layout.) */
static void test_automatic_layout(void)
{
    parley_graph *g = parley_graph_new();
    char id[64];
    parley_node *usa = node(g, PARLEY_NODE_COUNTRY, "country:USA", "United States");
    for (int i = 0; i < PARLEY_DOT_MAX_NODES; i++) {
        snprintf(id, sizeof id, "official:o-%d", i);
        parley_node *o = node(g, PARLEY_NODE_OFFICIAL, id, id + 9);
        parley_node_set_attr(o, "country", "USA");
        edge(g, o, usa, PARLEY_REL_REPRESENTS);
    }
    parley_graph_finish(g);
    CHECK_INT(parley_graph_node_count(g), PARLEY_DOT_MAX_NODES + 1);
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    Agraph_t *h = dot_of(g, &o);
    CHECK(h && agsubg(h, (char *)"cluster_country:USA", 0) == NULL);
    if (h)
        agclose(h);
    o.layout = "dot";
    h = dot_of(g, &o);
    CHECK(h && agsubg(h, (char *)"cluster_country:USA", 0) != NULL);
    if (h) {
        CHECK_INT(agnnodes(agsubg(h, (char *)"cluster_country:USA", 0)), PARLEY_DOT_MAX_NODES + 1);
        agclose(h);
    }
    parley_graph_free(g);
}

/* PNG and PDF through the cairo renderer: the files' magic numbers. */
static void test_images(const parley_graph *g)
{
    size_t len = 0;
    char *png = export_string(g, PARLEY_FORMAT_PNG, NULL, &len);
    CHECK(png && len > 1000 && memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0);
    free(png);
    char *pdf = export_string(g, PARLEY_FORMAT_PDF, NULL, &len);
    CHECK(pdf && len > 1000 && memcmp(pdf, "%PDF-", 5) == 0);
    free(pdf);
}

/* ---- --write DIR -------------------------------------------------------- */

/* `test_export --write DIR` writes the sample as DIR/sample.{dot,svg,json}
 * for tests/e2e/test_export_readback.py, which reads them with Graphviz's
 * tools, an XML parser and the JGF v2 schema. */
static int write_samples(const char *dir)
{
    parley_graph *g = sample_graph();
    int rc = 0;
    for (int f = 0; f < PARLEY_FORMAT_COUNT && rc == 0; f++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/sample.%s", dir, parley_format_name((parley_format)f));
        FILE *out = fopen(path, "w");
        parley_error err = {0};
        if (!out || parley_export(g, (parley_format)f, out, NULL, &err) != 0) {
            fprintf(stderr, "test_export: %s: %s\n", path, out ? err.text : "cannot open");
            rc = 1;
        }
        if (out && fclose(out) != 0)
            rc = 1;
    }
    parley_graph_free(g);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--write") == 0)
        return write_samples(argv[2]);

    parley_graph *g = sample_graph();
    test_names();
    test_gv_messages();
    test_json(g);
    test_dot(g);
    test_dot_title(g);
    static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
    for (size_t i = 0; i < 6; i++)
        test_svg(g, layouts[i]);
    test_deterministic(g);
    test_threads(g);
    test_errors(g);
    test_options(g);
    test_automatic_layout();
    test_images(g);
    test_empty();
    parley_graph_free(g);
    return check_summary("test_export");
}
