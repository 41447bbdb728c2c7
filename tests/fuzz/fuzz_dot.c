/* fuzz_dot.c: libFuzzer target for the DOT exporter: a graph built from the
 * input (graph_input.c), exported as DOT and read back by cgraph, which
 * must parse it and find every node and edge (and the legend's). */
#include "fuzz.h"

#include <graphviz/cgraph.h>
#include <string.h>

/* The legend parley adds to every non-empty drawing
 * (src/export/cgraph_build.c): a heading, one node per node type and meeting
 * status present and two per relation present (graph input ids can look
 * like legend names, so the legend is counted, not recognised by name). */
#define LEGEND_MAX_NODES (1 + PARLEY_NODE_TYPE_COUNT + PARLEY_STATUS_COUNT + 1 + \
                          2 * (PARLEY_REL_COUNT + 1))

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
    /* The column's invisible chain and one arrow per relation: as many
     * edges as the legend has nodes, less one. */
    size_t nodes = (size_t)agnnodes(back), edges = (size_t)agnedges(back);
    size_t want_nodes = parley_graph_node_count(g), want_edges = parley_graph_edge_count(g);
    FUZZ_CHECK(nodes >= want_nodes && nodes <= want_nodes + LEGEND_MAX_NODES);
    FUZZ_CHECK((nodes > want_nodes) == (want_nodes > 0));
    FUZZ_CHECK(edges - want_edges == (nodes > want_nodes ? nodes - want_nodes - 1 : 0));
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
