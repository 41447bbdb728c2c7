/* fuzz_xml.c: libFuzzer target for the GraphML, GEXF and Neo4j CSV
 * exporters: a graph built from the input (graph_input.c) with ids, labels,
 * attributes and evidence of arbitrary bytes. The XML must be well-formed
 * to libxml2 with one <node> per node (ids unique) and one <edge> per edge;
 * each CSV file must be valid RFC 4180 with one record per node or edge,
 * plus the header, and the same number of fields in every record. */
#include "fuzz.h"

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <string.h>

static char *export(const parley_graph *g, parley_format f, size_t *len)
{
    char *buf = NULL;
    FILE *out = open_memstream(&buf, len);
    FUZZ_CHECK(out != NULL);
    parley_error err;
    FUZZ_CHECK(parley_export(g, f, out, NULL, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);
    return buf;
}

/* Counts the elements `name` below n; node ids go into ids. */
static size_t count(xmlNodePtr n, const char *name, xmlHashTablePtr ids)
{
    size_t c = 0;
    for (xmlNodePtr k = n->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (strcmp((const char *)k->name, name) == 0) {
            c++;
            if (ids) {
                xmlChar *id = xmlGetProp(k, BAD_CAST "id");
                FUZZ_CHECK(id != NULL);
                FUZZ_CHECK(xmlHashAddEntry(ids, id, ids) == 0); /* unique */
                xmlFree(id);
            }
        }
        c += count(k, name, ids);
    }
    return c;
}

static void check_xml(const parley_graph *g, parley_format f, const char *root_name)
{
    size_t len;
    char *buf = export(g, f, &len);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    FUZZ_CHECK(ctxt != NULL);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, "out.xml", NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    int well_formed = doc && ctxt->wellFormed;
    xmlFreeParserCtxt(ctxt);
    if (!well_formed)
        fprintf(stderr, "not well-formed XML:\n%.*s\n", (int)len, buf);
    FUZZ_CHECK(well_formed);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    FUZZ_CHECK(root && strcmp((const char *)root->name, root_name) == 0);
    xmlHashTablePtr ids = xmlHashCreate(0);
    FUZZ_CHECK(count(root, "node", ids) == parley_graph_node_count(g));
    FUZZ_CHECK(count(root, "edge", NULL) == parley_graph_edge_count(g));
    xmlHashFree(ids, NULL);
    xmlFreeDoc(doc);
    free(buf);
}

/* RFC 4180: returns the number of records; every record must have as many
 * fields as the first. A quote may only open a field or, doubled, stand in
 * a quoted one. */
static size_t csv_records(const char *s, size_t n)
{
    size_t records = 0, fields = 1, width = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] == '"') {
            for (i++;; i++) {
                FUZZ_CHECK(i < n); /* an unclosed quote */
                if (s[i] == '"' && i + 1 < n && s[i + 1] == '"')
                    i++;
                else if (s[i] == '"')
                    break;
            }
            i++;
            FUZZ_CHECK(i < n && (s[i] == ',' || s[i] == '\n'));
        } else {
            while (i < n && s[i] != ',' && s[i] != '\n') {
                FUZZ_CHECK(s[i] != '"' && s[i] != '\r');
                i++;
            }
            FUZZ_CHECK(i < n); /* every record ends in LF */
        }
        if (s[i] == ',') {
            fields++;
        } else {
            if (records == 0)
                width = fields;
            FUZZ_CHECK(fields == width);
            records++;
            fields = 1;
        }
        i++;
    }
    return records;
}

static void check_csv(const parley_graph *g, parley_format f, size_t rows)
{
    size_t len;
    char *buf = export(g, f, &len);
    FUZZ_CHECK(csv_records(buf, len) == rows + 1);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_graph *g = fuzz_graph(data, size);
    check_xml(g, PARLEY_FORMAT_GRAPHML, "graphml");
    check_xml(g, PARLEY_FORMAT_GEXF, "gexf");
    check_csv(g, PARLEY_FORMAT_CSV_NODES, parley_graph_node_count(g));
    check_csv(g, PARLEY_FORMAT_CSV_EDGES, parley_graph_edge_count(g));
    parley_graph_free(g);
    return 0;
}
