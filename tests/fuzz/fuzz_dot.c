/* fuzz_dot.c: libFuzzer target for the DOT exporter: a graph built from the
 * input (graph_input.c), exported as DOT and read back by cgraph, which
 * must parse it and find every node and edge, nothing more (the legend is
 * the drawing's, never the DOT's), each node with its type. */
#include "fuzz.h"

#include <graphviz/cgraph.h>
#include <string.h>

static int quiet(char *msg)
{
    (void)msg;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    parley_graph *g = fuzz_graph(data, size);
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    FUZZ_CHECK(out != NULL);
    parley_error err;
    int rc = parley_export(g, PARLEY_FORMAT_DOT, out, NULL, &err);
    if (rc)
        fprintf(stderr, "export: %s\n", err.text);
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(fclose(out) == 0);

    /* Graphviz prints parse errors; an error here fails the check below. */
    agusererrf prev = agseterrf(quiet);
    Agraph_t *back = agmemread(buf);
    agseterrf(prev);
    if (!back)
        fprintf(stderr, "cgraph cannot read back:\n%s\n", buf);
    FUZZ_CHECK(back != NULL);
    FUZZ_CHECK((size_t)agnnodes(back) == parley_graph_node_count(g));
    FUZZ_CHECK((size_t)agnedges(back) == parley_graph_edge_count(g));
    for (Agnode_t *n = agfstnode(back); n; n = agnxtnode(back, n))
        FUZZ_CHECK(agget(n, (char *)"type")[0] != '\0');
    /* Every label is a plain string, never an HTML-like one. */
    Agsym_t *label = agattr(back, AGNODE, (char *)"label", NULL);
    FUZZ_CHECK(label != NULL);
    for (Agnode_t *n = agfstnode(back); n; n = agnxtnode(back, n))
        FUZZ_CHECK(!aghtmlstr(agxget(n, label)));
    agclose(back);
    free(buf);
    parley_graph_free(g);
    return 0;
}
