/* export_internal.h: what the exporters share inside src/export: one entry
 * point per format (called by parley_export after it has checked the
 * arguments) and the diagram title. Not public API. */
#ifndef PARLEY_EXPORT_INTERNAL_H
#define PARLEY_EXPORT_INTERNAL_H

#include <stdio.h>
#include "parley/export.h"
#include "util/util.h"

/* opts is never NULL here, opts->layout is a valid engine name (the
 * automatic choice already made) and theme and cluster_by are in range. */
int parley_export_json(const parley_graph *g, FILE *out, parley_error *err);
int parley_export_dot(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err);
int parley_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err);
/* PNG or PDF (format "png" or "pdf") through Graphviz's cairo renderer,
 * laid out like the SVG; PARLEY_EGRAPHVIZ naming the missing plugin when
 * the renderer is not installed. */
int parley_export_image(const parley_graph *g, FILE *out, const parley_export_options *opts,
                        const char *format, parley_error *err);

/* Test hook, for the unit tests alone (the CLI and the library never call
 * it): from now on every forked SVG layout hangs (HANG) or aborts (ABORT)
 * in its child before doing anything, so the time limit and the crash
 * report can be tested without a Graphviz that really does so. Has no effect
 * on layouts in the calling process (layout_timeout 0). Not thread-safe:
 * set it while no export runs. */
enum { PARLEY_SVG_FAULT_NONE = 0, PARLEY_SVG_FAULT_HANG, PARLEY_SVG_FAULT_ABORT };
void parley_svg_test_fault(int fault);

/* Appends the diagram title to b, unescaped: opts->title when set, else
 * one made from the documents ("NAME (DATE)", or "N articles: A, B, C, ..."),
 * or "parley" for a graph without documents. Returns 0 or PARLEY_ENOMEM. */
int parley_export_title(parley_buf *b, const parley_graph *g, const parley_export_options *opts);

#endif
