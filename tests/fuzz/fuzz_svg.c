/* fuzz_svg.c: libFuzzer target for the SVG exporter: a small graph built
 * from the input (graph_input.c) laid out by Graphviz in this process
 * (layout_timeout 0, so a Graphviz crash is the fuzzer's to see) and read
 * back by libxml2: well-formed XML with an <svg> root. A layout per input. */
#include "fuzz.h"

#include <libxml/parser.h>
#include <string.h>

/* Layouts grow fast with size; small graphs find the escaping bugs. */
#define MAX_NODES 24

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_graph *g = fuzz_graph(data, size);
    if (parley_graph_node_count(g) > MAX_NODES) {
        parley_graph_free(g);
        return 0;
    }
    static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout = layouts[size % 6];
    o.layout_timeout = 0;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FUZZ_CHECK(out != NULL);
    parley_error err;
    int rc = parley_export(g, PARLEY_FORMAT_SVG, out, &o, &err);
    FUZZ_CHECK(fclose(out) == 0);
    if (rc) /* a layout Graphviz refuses is reported, not a crash */
        FUZZ_CHECK(rc == PARLEY_EGRAPHVIZ && len == 0);
    else {
        /* wellFormed, not just a document: libxml2 recovers from some
         * errors (an undeclared entity) that other parsers refuse. */
        xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
        FUZZ_CHECK(ctxt != NULL);
        xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, "parley.svg", NULL,
                                          XML_PARSE_NONET | XML_PARSE_NOERROR |
                                              XML_PARSE_NOWARNING);
        int well_formed = doc && ctxt->wellFormed;
        xmlFreeParserCtxt(ctxt);
        if (!well_formed)
            fprintf(stderr, "not well-formed XML:\n%.*s\n", (int)len, buf);
        FUZZ_CHECK(well_formed);
        xmlNodePtr root = xmlDocGetRootElement(doc);
        FUZZ_CHECK(root && strcmp((const char *)root->name, "svg") == 0);
        xmlFreeDoc(doc);
    }
    free(buf);
    parley_graph_free(g);
    return 0;
}
