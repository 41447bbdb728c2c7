/* svg.c: the SVG exporter: the shared cgraph graph (cgraph_build.c) laid
 * out and rendered by Graphviz's library (gvLayout, gvRenderData) in the
 * process's one context, in memory first, so a failed layout writes nothing
 * and costs only the SVG. */
#include "export/export_internal.h"
#include "export/gv.h"

#include <errno.h>
#include <graphviz/gvc.h>
#include <string.h>

/* dot's layout time grows much faster than linear: measured on graphs of
 * this kind, fine to about 1,000 nodes and over a minute past 5,000, where
 * sfdp needs under two seconds. Past this many nodes "dot" means sfdp. */
#define DOT_MAX_NODES 2000

int parley_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err)
{
    const char *layout = opts->layout;
    if (strcmp(layout, "dot") == 0 && parley_graph_node_count(g) > DOT_MAX_NODES)
        layout = "sfdp";

    GVC_t *gvc = NULL;
    Agraph_t *ag = NULL;
    char *data = NULL;
    unsigned int len = 0;
    int laid_out = 0;
    int rc = 0;

    parley_gv_begin();
    /* The context first: gvContext declares attributes on Graphviz's
     * prototype graph, which graphs opened afterwards inherit. */
    gvc = parley_gv_context();
    if (!gvc) {
        rc = parley_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz could not start: %s",
                         parley_gv_error()[0] ? parley_gv_error() : "no context");
        goto cleanup;
    }
    if ((rc = parley_gv_build(&ag, g, opts, err)))
        goto cleanup;
    if (gvLayout(gvc, ag, layout) != 0) {
        rc = parley_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz %s layout failed: %s", layout,
                         parley_gv_error()[0] ? parley_gv_error() : "no reason given");
        goto cleanup;
    }
    laid_out = 1;
    if (gvRenderData(gvc, ag, "svg", &data, &len) != 0 || !data || len == 0) {
        rc = parley_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz could not render SVG: %s",
                         parley_gv_error()[0] ? parley_gv_error() : "no output");
        goto cleanup;
    }

cleanup:
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    parley_gv_end();

    /* Written outside the lock: the bytes are ours now. */
    if (rc == 0) {
        errno = 0;
        if (fwrite(data, 1, len, out) != len || ferror(out))
            rc = parley_fail(err, PARLEY_EIO, -1, "writing SVG: %s",
                             errno ? strerror(errno) : "write error");
    }
    if (data)
        gvFreeRenderData(data);
    return rc;
}
