/* dot.c: the DOT exporter: the shared cgraph graph (cgraph_build.c)
 * written with agwrite, so quoting and syntax are Graphviz's own and every
 * Graphviz tool reads the result back. */
#include "export/export_internal.h"
#include "export/gv.h"

#include <errno.h>
#include <string.h>

int pl_export_dot(const parley_graph *g, FILE *out, const parley_export_options *opts,
                  parley_error *err)
{
    Agraph_t *ag = NULL;
    int rc;

    pl_gv_begin();
    rc = pl_gv_build(&ag, g, opts, NULL, err);
    if (rc == 0) {
        /* agwrite returns the stream's flush result, so a full disk shows
         * here; it ends without a newline, which a text file should have. */
        errno = 0;
        if (agwrite(ag, out) != 0 || fputc('\n', out) == EOF || ferror(out))
            rc = pl_fail(err, PARLEY_EIO, -1, "%s",
                         errno ? strerror(errno) : "write error");
        agclose(ag);
    }
    pl_gv_end();
    return rc;
}
