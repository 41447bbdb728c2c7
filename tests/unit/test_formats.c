/* test_formats.c: the GraphML, GEXF and Neo4j CSV exporters: their escaping
 * rules pinned to exact bytes, exact output for an empty and a small graph,
 * GEXF spells from every date shape, ids kept unique after cleaning, XML
 * read back by libxml2, repeats and threads byte-identical, and libxml2's
 * error handlers left as they were.
 *
 * `test_formats --write DIR` writes a hostile graph, a seeded random graph
 * and an empty one in every format for tests/e2e/test_xml_csv_formats.py,
 * which reads them with NetworkX, graphology and Python's csv module. */
#include "parley/parley.h"
#include "export/escape.h"
#include "check.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- escaping ----------------------------------------------------------- */

typedef int (*escape_fn)(pl_buf *, const char *, size_t);

static void check_escape(escape_fn f, const char *in, size_t n, const char *want, int line)
{
    pl_buf b = PL_BUF_INIT;
    check_count++;
    if (f(&b, in, n) != 0 || !b.data || strcmp(b.data, want) != 0) {
        check_failures++;
        fprintf(stderr, "%s:%d: escaping \"%.*s\": got \"%s\", want \"%s\"\n", __FILE__, line,
                (int)n, in, b.data ? b.data : "(null)", want);
    }
    pl_buf_free(&b);
}

#define ESC(f, in, want) check_escape(f, in, sizeof(in) - 1, want, __LINE__)

static void test_escape_xml(void)
{
    escape_fn x = pl_escape_xml_text;
    ESC(x, "", "");
    ESC(x, "plain", "plain");
    ESC(x, "<&>\"'", "<&>\"'"); /* the writer escapes these */
    ESC(x, "tab\there\nnl\rcr", "tab\there\nnl\rcr");
    ESC(x, "a\x01" "b\x1F" "c\x0B" "d\x0C" "e", "abcde");
    ESC(x, "del\x7F" "c1\xC2\x80\xC2\x9F.", "delc1.");
    ESC(x, "\xC2\xA0nbsp", "\xC2\xA0nbsp"); /* U+00A0 is past C1 */
    ESC(x, "nonchar\xEF\xBF\xBE\xEF\xBF\xBF.", "nonchar.");
    ESC(x, "kept\xEF\xBF\xBD\xEF\xBF\xBC", "kept\xEF\xBF\xBD\xEF\xBF\xBC");
    ESC(x, "bad\xFF" "byte\xC3", "bad\xEF\xBF\xBD" "byte\xEF\xBF\xBD");
    ESC(x, "caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80");
    ESC(x, "\x01\x02", "");
}

static void test_escape_csv(void)
{
    escape_fn c = pl_escape_csv_field;
    ESC(c, "", "");
    ESC(c, "plain", "plain");
    ESC(c, "semi;colon and 'single'", "semi;colon and 'single'");
    ESC(c, "a,b", "\"a,b\"");
    ESC(c, "say \"hi\"", "\"say \"\"hi\"\"\"");
    ESC(c, "\"", "\"\"\"\"");
    ESC(c, "line\nbreak", "\"line\nbreak\"");
    ESC(c, "cr\r", "\"cr\r\"");
    ESC(c, "caf\xC3\xA9", "caf\xC3\xA9");
    ESC(c, "bad\xFF,", "\"bad\xEF\xBF\xBD,\"");
    ESC(c, "ctl\x01", "ctl\x01");
}

/* ---- helpers ------------------------------------------------------------ */

static parley_node *node(parley_graph *g, parley_node_type t, const char *id, const char *label)
{
    parley_node *n = NULL;
    parley_error err;
    if (parley_graph_add_node(g, t, id, label, &n, &err) != 0)
        fprintf(stderr, "add_node %s: %s\n", id, err.text);
    CHECK(n != NULL);
    return n;
}

static parley_edge *edge(parley_graph *g, parley_node *s, parley_node *d, parley_relation r)
{
    parley_edge *e = NULL;
    CHECK_INT(parley_graph_add_edge(g, s, d, r, &e, NULL), 0);
    return e;
}

/* The whole output of one export, NUL-terminated; NULL on failure. */
static char *export_string(const parley_graph *g, parley_format f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    parley_error err = {0, -1, ""};
    int rc = out ? parley_export(g, f, out, NULL, &err) : -1;
    if (out)
        fclose(out);
    if (rc != 0) {
        fprintf(stderr, "export %s: %s\n", parley_format_name(f), err.text);
        free(buf);
        return NULL;
    }
    return buf;
}

/* The output parsed by libxml2, which must find it well-formed. */
static xmlDocPtr parse_xml(const char *text)
{
    if (!text)
        return NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, text, (int)strlen(text), "out.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int ok = doc && ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    CHECK(ok);
    if (!ok) {
        xmlFreeDoc(doc);
        return NULL;
    }
    return doc;
}

static int named(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* The first descendant element `name` of n (depth first), or NULL. */
static xmlNodePtr find(xmlNodePtr n, const char *name)
{
    for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next) {
        if (named(c, name))
            return c;
        xmlNodePtr d = find(c, name);
        if (d)
            return d;
    }
    return NULL;
}

/* Attribute `name` of n into buf ("" when absent). */
static const char *attr(xmlNodePtr n, const char *name, char *buf, size_t size)
{
    xmlChar *v = n ? xmlGetProp(n, BAD_CAST name) : NULL;
    snprintf(buf, size, "%s", v ? (const char *)v : "");
    xmlFree(v);
    return buf;
}

/* ---- empty graph: exact output -------------------------------------------- */

static const char EMPTY_GRAPHML[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
    "  <key id=\"d0\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
    "  <key id=\"d1\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
    "  <key id=\"d2\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
    "  <key id=\"d3\" for=\"node\" attr.name=\"documents\" attr.type=\"int\"/>\n"
    "  <key id=\"d4\" for=\"node\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <key id=\"d5\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
    "  <key id=\"d6\" for=\"edge\" attr.name=\"mentions\" attr.type=\"int\"/>\n"
    "  <key id=\"d7\" for=\"edge\" attr.name=\"documents\" attr.type=\"int\"/>\n"
    "  <key id=\"d8\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
    "  <graph id=\"G\" edgedefault=\"directed\"/>\n"
    "</graphml>\n";

static const char EMPTY_GEXF[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
    "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
    "version=\"1.2\">\n"
    "  <meta>\n"
    "    <creator>parley " PARLEY_VERSION "</creator>\n"
    "    <description>parley</description>\n"
    "  </meta>\n"
    "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
    "    <attributes class=\"node\" mode=\"static\">\n"
    "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
    "      <attribute id=\"1\" title=\"mentions\" type=\"integer\"/>\n"
    "      <attribute id=\"2\" title=\"documents\" type=\"integer\"/>\n"
    "      <attribute id=\"3\" title=\"evidence\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\" mode=\"static\">\n"
    "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
    "      <attribute id=\"1\" title=\"mentions\" type=\"integer\"/>\n"
    "      <attribute id=\"2\" title=\"documents\" type=\"integer\"/>\n"
    "      <attribute id=\"3\" title=\"evidence\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <nodes/>\n"
    "    <edges/>\n"
    "  </graph>\n"
    "</gexf>\n";

#define EVIDENCE_HEADER \
    "evidence:string[],evidence_document:string[],evidence_start:long[],evidence_end:long[]\n"
static const char EMPTY_NODES[] =
    "id:ID(Node),:LABEL,type,label,mentions:int,documents:int," EVIDENCE_HEADER;
static const char EMPTY_EDGES[] =
    ":START_ID(Node),:END_ID(Node),:TYPE,mentions:int,documents:int," EVIDENCE_HEADER;

static void test_empty(void)
{
    parley_graph *g = parley_graph_new();
    parley_graph_finish(g);
    static const struct {
        parley_format f;
        const char *want;
    } cases[] = {
        {PARLEY_FORMAT_GRAPHML, EMPTY_GRAPHML},
        {PARLEY_FORMAT_GEXF, EMPTY_GEXF},
        {PARLEY_FORMAT_CSV_NODES, EMPTY_NODES},
        {PARLEY_FORMAT_CSV_EDGES, EMPTY_EDGES},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *s = export_string(g, cases[i].f);
        CHECK_STR(s, cases[i].want);
        free(s);
    }
    parley_graph_free(g);
}

/* ---- names ---------------------------------------------------------------- */

static void test_names(void)
{
    CHECK_STR(parley_format_name(PARLEY_FORMAT_GRAPHML), "graphml");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_GEXF), "gexf");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_CSV_NODES), "nodes.csv");
    CHECK_STR(parley_format_name(PARLEY_FORMAT_CSV_EDGES), "edges.csv");
    CHECK_INT(parley_format_from_name("graphml"), PARLEY_FORMAT_GRAPHML);
    CHECK_INT(parley_format_from_name("gexf"), PARLEY_FORMAT_GEXF);
    CHECK_INT(parley_format_from_name("nodes.csv"), PARLEY_FORMAT_CSV_NODES);
    CHECK_INT(parley_format_from_name("edges.csv"), PARLEY_FORMAT_CSV_EDGES);
    CHECK_INT(parley_format_from_name("csv"), -1);
    CHECK_INT(parley_format_from_name("GraphML"), -1);
}

/* ---- a small graph: exact CSV --------------------------------------------- */

static const char S1[] = "Wang Yi met \"them\", then left; quietly.";
static const char S2[] = "Second line\nof a sentence, caf\xC3\xA9.";

static parley_graph *small_graph(void)
{
    parley_graph *g = parley_graph_new();
    int a = parley_graph_add_document(g, "a,b.txt", "2021-07-28", NULL);
    int b = parley_graph_add_document(g, "c;d.txt", NULL, NULL);
    parley_node *chn = node(g, PARLEY_NODE_COUNTRY, "country:CHN", "China");
    parley_node *wang = node(g, PARLEY_NODE_OFFICIAL, "official:wang-yi", "Wang \"Yi\", Jr.");
    parley_node *m = node(g, PARLEY_NODE_MEETING, "meeting:m1", "Talks");
    parley_node_set_attr(chn, "iso3", "CHN");
    parley_node_set_attr(wang, "country", "CHN");
    parley_node_set_attr(wang, "title", "Foreign Minister");
    parley_node_set_attr(m, "kind", "talks");
    parley_node_set_attr(m, "date", "2021-07");
    parley_node_set_attr(m, "status", "held");
    parley_node_set_attr(m, "note", "extra, with comma");
    parley_node_set_attr(m, "bad:key", "left out of the CSV");
    parley_node_set_attr(m, "evidence_start", "a CSV column's name: left out there");
    parley_node_add_evidence(g, wang, a, 0, 7, S1, sizeof S1 - 1);
    parley_node_add_evidence(g, wang, b, 3, 9, S2, sizeof S2 - 1);
    parley_edge *e = edge(g, wang, chn, PARLEY_REL_REPRESENTS);
    parley_edge_add_evidence(g, e, a, 0, 7, S1, sizeof S1 - 1);
    edge(g, wang, m, PARLEY_REL_PARTICIPANT);
    parley_graph_finish(g);
    return g;
}

static void test_csv_small(void)
{
    parley_graph *g = small_graph();
    char *nodes = export_string(g, PARLEY_FORMAT_CSV_NODES);
    CHECK_STR(nodes,
              "id:ID(Node),:LABEL,type,label,iso3,country,title,kind,date,status,location,note,"
              "mentions:int,documents:int," EVIDENCE_HEADER
              "country:CHN,Country,country,China,CHN,,,,,,,,0,0,,,,\n"
              "official:wang-yi,Official,official,\"Wang \"\"Yi\"\", Jr.\",,CHN,Foreign Minister,"
              ",,,,,2,2,\"Wang Yi met \"\"them\"\", then left, quietly.;Second line\nof a "
              "sentence, caf\xC3\xA9.\",\"a,b.txt;c,d.txt\",0;3,7;9\n"
              "meeting:m1,Meeting,meeting,Talks,,,,talks,2021-07,held,,\"extra, with comma\","
              "0,0,,,,\n");
    char *edges = export_string(g, PARLEY_FORMAT_CSV_EDGES);
    CHECK_STR(edges, ":START_ID(Node),:END_ID(Node),:TYPE,mentions:int,documents:int,"
                     EVIDENCE_HEADER
                     "official:wang-yi,country:CHN,REPRESENTS,1,1,\"Wang Yi met \"\"them\"\", "
                     "then left, quietly.\",\"a,b.txt\",0,7\n"
                     "official:wang-yi,meeting:m1,PARTICIPANT,0,0,,,,\n");
    free(nodes);
    free(edges);
    parley_graph_free(g);
}

/* GraphML of the small graph, read back: keys typed, values where set. */
static void test_graphml_small(void)
{
    parley_graph *g = small_graph();
    char *text = export_string(g, PARLEY_FORMAT_GRAPHML);
    xmlDocPtr doc = parse_xml(text);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    char buf[256], key_note[16] = "", key_mentions[16] = "";
    size_t keys = 0, nodes = 0, edges = 0;
    CHECK(root && named(root, "graphml"));
    for (xmlNodePtr c = root ? root->children : NULL; c; c = c->next) {
        if (!named(c, "key"))
            continue;
        keys++;
        if (strcmp(attr(c, "attr.name", buf, sizeof buf), "note") == 0)
            attr(c, "id", key_note, sizeof key_note);
        if (strcmp(attr(c, "attr.name", buf, sizeof buf), "mentions") == 0 &&
            strcmp(attr(c, "for", buf, sizeof buf), "node") == 0) {
            attr(c, "id", key_mentions, sizeof key_mentions);
            CHECK_STR(attr(c, "attr.type", buf, sizeof buf), "int");
        }
    }
    /* type, label, 10 attributes (bad:key and evidence_start too: XML takes
     * those names), mentions, documents, evidence; 4 edge keys. */
    CHECK_INT(keys, 15 + 4);
    CHECK_STR(key_note, "d9");
    CHECK_STR(key_mentions, "d12");
    xmlNodePtr graph = find(root, "graph");
    CHECK_STR(attr(graph, "edgedefault", buf, sizeof buf), "directed");
    for (xmlNodePtr c = graph ? graph->children : NULL; c; c = c->next) {
        nodes += named(c, "node");
        edges += named(c, "edge");
        if (named(c, "node") && strcmp(attr(c, "id", buf, sizeof buf), "country:CHN") == 0) {
            size_t data = 0;
            for (xmlNodePtr d = c->children; d; d = d->next)
                data += named(d, "data");
            /* type, label, iso3, mentions, documents, evidence: no nulls. */
            CHECK_INT(data, 6);
        }
    }
    CHECK_INT(nodes, 3);
    CHECK_INT(edges, 2);
    xmlFreeDoc(doc);
    free(text);
    parley_graph_free(g);
}

/* ---- GEXF spells ---------------------------------------------------------- */

static void test_spells(void)
{
    static const struct {
        const char *date, *start, *end; /* start NULL: no spell */
    } cases[] = {
        {"2025-03-11", "2025-03-11", "2025-03-11"},
        {"2025-03", "2025-03-01", "2025-03-31"},
        {"2025-04", "2025-04-01", "2025-04-30"},
        {"2025-02", "2025-02-01", "2025-02-28"},
        {"2024-02", "2024-02-01", "2024-02-29"},
        {"2024-12", "2024-12-01", "2024-12-31"},
        {"2025", "2025-01-01", "2025-12-31"},
        {"2025-03-11/2025-03-13", "2025-03-11", "2025-03-13"},
        {"2024-12/2025-01", "2024-12-01", "2025-01-31"},
        {"2025-03-30/2025-04", "2025-03-30", "2025-04-30"},
        {"2025-03-13/2025-03-11", NULL, NULL}, /* backwards */
        {"2025-13", NULL, NULL},
        {"2025-02-30", NULL, NULL},
        {"2025-3-1", NULL, NULL},
        {"soon", NULL, NULL},
        {"2025-03-11/", NULL, NULL},
        {"/2025-03-11", NULL, NULL},
        {"2025-03-11/2025-03-12/2025-03-13", NULL, NULL},
        {"", NULL, NULL},
        {NULL, NULL, NULL}, /* undated */
    };
    size_t n = sizeof cases / sizeof cases[0];
    parley_graph *g = parley_graph_new();
    char id[32];
    for (size_t i = 0; i < n; i++) {
        snprintf(id, sizeof id, "meeting:%02zu", i);
        parley_node_set_attr(node(g, PARLEY_NODE_MEETING, id, NULL), "date", cases[i].date);
    }
    /* Only meetings get spells, whatever their attributes. */
    parley_node_set_attr(node(g, PARLEY_NODE_OFFICIAL, "official:x", NULL), "date", "2025-01-01");
    parley_graph_finish(g);
    char *text = export_string(g, PARLEY_FORMAT_GEXF);
    xmlDocPtr doc = parse_xml(text);
    xmlNodePtr nodes = doc ? find(xmlDocGetRootElement(doc), "nodes") : NULL;
    size_t seen = 0;
    for (xmlNodePtr c = nodes ? nodes->children : NULL; c; c = c->next) {
        char buf[64], start[32], end[32];
        if (!named(c, "node"))
            continue;
        attr(c, "id", buf, sizeof buf);
        xmlNodePtr spell = find(c, "spell");
        if (strcmp(buf, "official:x") == 0) {
            CHECK(spell == NULL);
            continue;
        }
        size_t i = (size_t)atoi(buf + strlen("meeting:"));
        CHECK(i < n);
        if (i >= n)
            continue;
        seen++;
        if (!cases[i].start) {
            if (spell)
                fprintf(stderr, "date '%s': unexpected spell\n", cases[i].date);
            CHECK(spell == NULL);
            continue;
        }
        CHECK_STR(attr(spell, "start", start, sizeof start), cases[i].start);
        CHECK_STR(attr(spell, "end", end, sizeof end), cases[i].end);
    }
    CHECK_INT(seen, n);
    xmlFreeDoc(doc);
    free(text);
    parley_graph_free(g);
}

/* ---- hostile strings ------------------------------------------------------ */

/* Ids and labels that XML forbids, break CSV, or collide once cleaned. */
static parley_graph *hostile_graph(void)
{
    static const char S[] = "Sentence with \x01 control, \"quotes\"; <tags> & \xFF bad byte\r\n"
                            "and a second line \xE2\x80\x94 \xF0\x9F\x98\x80.";
    parley_graph *g = parley_graph_new();
    int a = parley_graph_add_document(g, "docs/a \"quoted\", name;semi.txt", "2025-03-11", NULL);
    int b = parley_graph_add_document(g, "b\x01\xFF.txt", NULL, NULL);
    parley_node *ab = node(g, PARLEY_NODE_OFFICIAL, "official:ab", "Plain A B");
    parley_node *actl = node(g, PARLEY_NODE_OFFICIAL, "official:a\x01" "b", "Ctl \x02 label");
    parley_node *actl2 = node(g, PARLEY_NODE_OFFICIAL, "official:a\x1F" "b", "Ctl2 \x7F label");
    parley_node *only = node(g, PARLEY_NODE_ORGANIZATION, "\x01\x02", "\x03");
    parley_node *bad = node(g, PARLEY_NODE_ORGANIZATION, "organization:\xFF\xFE", "\xC3");
    parley_node *fffd = node(g, PARLEY_NODE_ORGANIZATION, "organization:\xEF\xBF\xBD\xEF\xBF\xBD",
                             "Real U+FFFD");
    parley_node *xmlish = node(g, PARLEY_NODE_LOCATION, "location:<a href=\"x\">&amp;</a>",
                               "<![CDATA[ ]]> &lt; \"'");
    parley_node *csvish = node(g, PARLEY_NODE_COUNTRY, "country:a,b\"c\nd\re",
                               "Comma, \"quote\"\nnewline\r\ncrlf;semi");
    parley_node *uni = node(g, PARLEY_NODE_COUNTRY, "country:\xC3\x85LAND",
                            "\xC3\x85land \xE4\xB8\xAD\xE6\x96\x87 \xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A");
    parley_node *m = node(g, PARLEY_NODE_MEETING, "meeting:m", "Meeting \x0B\x0C");
    parley_node_set_attr(ab, "country", "A\x01" "B");
    parley_node_set_attr(ab, "title", "Title, \"with\" all; of\nit\t<&>");
    parley_node_set_attr(csvish, "iso3", "\xFF");
    parley_node_set_attr(m, "date", "2025-03-11/2025-03-13");
    parley_node_set_attr(m, "kind", "talks");
    parley_node_set_attr(m, "status", "held");
    parley_node_set_attr(m, "location", "location:<a href=\"x\">&amp;</a>");
    parley_node_set_attr(m, "weird key <&\">", "value \x01");
    parley_node *all[] = {ab, actl, actl2, only, bad, fffd, xmlish, csvish, uni, m};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        parley_node_add_evidence(g, all[i], i % 2 ? a : b, i, i + 3, S, sizeof S - 1);
        parley_edge *e = edge(g, all[i], m, PARLEY_REL_PARTICIPANT);
        parley_edge_add_evidence(g, e, a, 1, 2, S, sizeof S - 1);
        parley_edge_add_evidence(g, e, b, 3, 4, NULL, 0);
    }
    edge(g, ab, csvish, PARLEY_REL_REPRESENTS);
    edge(g, m, xmlish, PARLEY_REL_HELD_IN);
    edge(g, xmlish, uni, PARLEY_REL_LOCATED_IN);
    parley_graph_finish(g);
    return g;
}

/* Every node id in a parsed GraphML or GEXF document, in order, joined by
 * '|' into buf. */
static void xml_ids(xmlDocPtr doc, char *buf, size_t size)
{
    xmlNodePtr graph = doc ? find(xmlDocGetRootElement(doc), "graph") : NULL;
    xmlNodePtr parent = graph ? find(graph, "nodes") : NULL;
    size_t used = 0;
    buf[0] = '\0';
    for (xmlNodePtr c = (parent ? parent : graph) ? (parent ? parent : graph)->children : NULL; c;
         c = c->next) {
        char id[128];
        if (!named(c, "node"))
            continue;
        int w = snprintf(buf + used, size - used, "%s%s", used ? "|" : "",
                         attr(c, "id", id, sizeof id));
        if (w > 0 && (size_t)w < size - used)
            used += (size_t)w;
    }
}

static void test_hostile(void)
{
    parley_graph *g = hostile_graph();
    /* Walking order is by type, then id bytes; ids cleaned, made unique,
     * an id that stays as it is keeping its own. */
    static const char want[] =
        "country:a,b\"c\nd\re|country:\xC3\x85LAND|official:ab~2|official:ab~3|official:ab"
        "|_|organization:\xEF\xBF\xBD\xEF\xBF\xBD|organization:\xEF\xBF\xBD\xEF\xBF\xBD~2"
        "|location:<a href=\"x\">&amp;</a>|meeting:m";
    static const parley_format xml_formats[] = {PARLEY_FORMAT_GRAPHML, PARLEY_FORMAT_GEXF};
    for (size_t f = 0; f < 2; f++) {
        char *text = export_string(g, xml_formats[f]);
        xmlDocPtr doc = parse_xml(text);
        char ids[1024];
        xml_ids(doc, ids, sizeof ids);
        CHECK_STR(ids, want);
        /* Edge ends name the cleaned ids. */
        CHECK(text && strstr(text, "source=\"official:ab~2\"") != NULL);
        CHECK(text && strstr(text, "target=\"meeting:m\"") != NULL);
        xmlFreeDoc(doc);
        free(text);
    }
    /* CSV keeps control characters (CSV has no rule against them), so only
     * the bad bytes are repaired: the two \xFF ids become one text, kept
     * apart by "~2". */
    char *nodes = export_string(g, PARLEY_FORMAT_CSV_NODES);
    CHECK(nodes && strstr(nodes, "\norganization:\xEF\xBF\xBD\xEF\xBF\xBD~2,") != NULL);
    CHECK(nodes && strstr(nodes, "\n\"country:a,b\"\"c\nd\re\",Country,") != NULL);
    free(nodes);
    parley_graph_free(g);
}

/* ---- determinism, threads, error handlers ---------------------------------- */

static void test_deterministic(void)
{
    parley_graph *g = hostile_graph();
    for (int f = PARLEY_FORMAT_GRAPHML; f <= PARLEY_FORMAT_CSV_EDGES; f++) {
        char *a = export_string(g, (parley_format)f);
        char *b = export_string(g, (parley_format)f);
        CHECK(a && b && strcmp(a, b) == 0);
        free(a);
        free(b);
    }
    parley_graph_free(g);
}

typedef struct thread_arg {
    const parley_graph *g;
    const char *want[2];
    int failures;
} thread_arg;

static void *thread_main(void *p)
{
    thread_arg *a = p;
    for (int i = 0; i < 20; i++) {
        char *s = export_string(a->g, i % 2 ? PARLEY_FORMAT_GEXF : PARLEY_FORMAT_GRAPHML);
        if (!s || strcmp(s, a->want[i % 2]) != 0)
            a->failures++;
        free(s);
    }
    return NULL;
}

static void test_threads(void)
{
    parley_graph *g = hostile_graph();
    char *graphml = export_string(g, PARLEY_FORMAT_GRAPHML);
    char *gexf = export_string(g, PARLEY_FORMAT_GEXF);
    pthread_t t[4];
    thread_arg args[4];
    for (int i = 0; i < 4; i++) {
        args[i] = (thread_arg){g, {graphml, gexf}, 0};
        CHECK_INT(pthread_create(&t[i], NULL, thread_main, &args[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        CHECK_INT(args[i].failures, 0);
    }
    free(graphml);
    free(gexf);
    parley_graph_free(g);
}

static int g_caller_errors;

static void caller_handler(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
    g_caller_errors++;
}

/* The exporter borrows libxml2's error handlers and gives them back; a
 * failed write is reported in err, and nothing reaches the caller's
 * handler or stderr. */
static void test_error_handlers(void)
{
    parley_graph *g = small_graph();
    int ctx;
    xmlSetStructuredErrorFunc(&ctx, caller_handler);
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IONBF, 0);
        parley_error err = {0, -1, ""};
        CHECK_INT(parley_export(g, PARLEY_FORMAT_GEXF, full, NULL, &err), PARLEY_EIO);
        CHECK_STR(err.text, "No space left on device");
        fclose(full);
    }
    CHECK(xmlStructuredError == caller_handler);
    CHECK(xmlStructuredErrorContext == &ctx);
    CHECK_INT(g_caller_errors, 0);
    xmlSetStructuredErrorFunc(NULL, NULL);
    parley_graph_free(g);
}

/* ---- --write DIR ------------------------------------------------------------ */

/* A graph of random bytes from a fixed seed: ids, labels, attribute keys and
 * values, sentences, with a bias to the bytes that need care. */
static unsigned long g_seed = 20250311;

static unsigned rnd(unsigned n)
{
    g_seed = g_seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)((g_seed >> 33) % n);
}

static void random_string(char *buf, size_t max)
{
    static const char awkward[] = "\x01\x1F\x7F\t\n\r\",;:<>&'\\%/~ \xFF\xC3\xA9\xE2\x80\x94";
    size_t n = 1 + rnd((unsigned)max - 1);
    for (size_t i = 0; i + 1 < max && i < n; i++) {
        unsigned r = rnd(4);
        buf[i] = r == 0 ? awkward[rnd(sizeof awkward - 1)]
               : r == 1 ? (char)(1 + rnd(255))
                        : (char)('a' + rnd(26));
    }
    buf[n < max ? n : max - 1] = '\0';
}

static parley_graph *random_graph(void)
{
    parley_graph *g = parley_graph_new();
    parley_node *nodes[200];
    size_t count = 0;
    char id[24], label[24], key[8], value[24], sentence[64];
    int doc = parley_graph_add_document(g, "random.txt", NULL, NULL);
    while (count < 200) {
        random_string(id, sizeof id);
        random_string(label, sizeof label);
        parley_node_type t = (parley_node_type)rnd(PARLEY_NODE_TYPE_COUNT);
        parley_node *n = NULL;
        /* An id used before with another type is refused: skip it. */
        if (parley_graph_find_node(g, id) || parley_graph_add_node(g, t, id, label, &n, NULL))
            continue;
        nodes[count++] = n;
        random_string(key, sizeof key);
        random_string(value, sizeof value);
        parley_node_set_attr(n, key, value);
        random_string(sentence, sizeof sentence);
        parley_node_add_evidence(g, n, doc, count, count + 1, sentence, strlen(sentence));
    }
    for (size_t i = 0; i < 300; i++) {
        parley_edge *e = NULL;
        parley_graph_add_edge(g, nodes[rnd(200)], nodes[rnd(200)],
                              (parley_relation)rnd(PARLEY_REL_COUNT), &e, NULL);
        random_string(sentence, sizeof sentence);
        if (e)
            parley_edge_add_evidence(g, e, doc, i, i + 1, sentence, strlen(sentence));
    }
    parley_graph_finish(g);
    return g;
}

static int write_graph(const char *dir, const char *name, const parley_graph *g)
{
    static const parley_format formats[] = {PARLEY_FORMAT_JSON, PARLEY_FORMAT_GRAPHML,
                                            PARLEY_FORMAT_GEXF, PARLEY_FORMAT_CSV_NODES,
                                            PARLEY_FORMAT_CSV_EDGES};
    int rc = 0;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0] && rc == 0; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.%s", dir, name, parley_format_name(formats[i]));
        FILE *out = fopen(path, "w");
        parley_error err = {0, -1, ""};
        if (!out || parley_export(g, formats[i], out, NULL, &err) != 0) {
            fprintf(stderr, "test_formats: %s: %s\n", path, out ? err.text : "cannot open");
            rc = 1;
        }
        if (out && fclose(out) != 0)
            rc = 1;
    }
    return rc;
}

static int write_samples(const char *dir)
{
    parley_graph *hostile = hostile_graph(), *random = random_graph(), *empty = parley_graph_new();
    parley_graph *small = small_graph();
    parley_graph_finish(empty);
    int rc = write_graph(dir, "hostile", hostile) || write_graph(dir, "random", random) ||
             write_graph(dir, "empty", empty) || write_graph(dir, "small", small);
    parley_graph_free(hostile);
    parley_graph_free(random);
    parley_graph_free(empty);
    parley_graph_free(small);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--write") == 0)
        return write_samples(argv[2]);
    test_escape_xml();
    test_escape_csv();
    test_names();
    test_empty();
    test_csv_small();
    test_graphml_small();
    test_spells();
    test_hostile();
    test_deterministic();
    test_threads();
    test_error_handlers();
    return check_summary("test_formats");
}
