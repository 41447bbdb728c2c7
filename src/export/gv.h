/* gv.h: parley's one way into Graphviz, shared by the DOT and SVG
 * exporters: a process-wide lock with error capture around every Graphviz
 * call, and the builder that turns a parley graph into a cgraph graph.
 * Not public API. */
#ifndef PARLEY_GV_H
#define PARLEY_GV_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include "parley/export.h"

/* Prefix of the names of the legend's nodes. Graph ids are "type:slug", so
 * a name without ':' never meets one. */
#define PARLEY_GV_LEGEND_PREFIX "legend_"

/* Graphviz (cgraph and gvc alike) keeps global state and is not
 * thread-safe, even with separate contexts, so every Graphviz call in
 * libparley happens between pl_gv_begin and pl_gv_end. begin takes
 * the lock and routes Graphviz's messages (which it would otherwise print
 * on stderr; the library never prints) into a buffer; end restores the
 * previous handler and releases the lock. */
void pl_gv_begin(void);
void pl_gv_end(void);
/* The first error Graphviz reported since pl_gv_begin, or "" (call
 * between begin and end). */
const char *pl_gv_error(void);

/* The process's one Graphviz context, made on first use and kept (call
 * between begin and end); NULL when Graphviz cannot start. Kept rather
 * than made and freed per export because Graphviz 2.42's pango text
 * plugin caches a pointer to a font name owned by the context: after
 * gvFreeContext the next context's first layout reads freed memory
 * (AddressSanitizer reports it). One context also loads the plugins once. */
GVC_t *pl_gv_context(void);

/* Builds the cgraph graph for g (finished): one node per graph node (named
 * by its escaped id), one edge per graph edge, the title and a legend. Every
 * string goes through escape.h on its way in. Call between pl_gv_begin
 * and pl_gv_end. On success *out is a graph to agclose; on failure *out
 * is NULL and err says why. */
int pl_gv_build(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                parley_error *err);

#endif
