/* export_internal.h: what the exporters share inside src/export: one entry
 * point per format (called by parley_export after it has checked the
 * arguments) and the diagram title. Not public API. */
#ifndef PARLEY_EXPORT_INTERNAL_H
#define PARLEY_EXPORT_INTERNAL_H

#include <stdio.h>
#include "parley/export.h"
#include "util/util.h"

/* opts is never NULL here and opts->layout is a valid engine name. */
int parley_export_json(const parley_graph *g, FILE *out, parley_error *err);
int parley_export_dot(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err);
int parley_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err);

/* Appends the diagram title to b, unescaped: opts->title when set, else
 * one made from the documents ("NAME (DATE)", or "N articles: A, B, C, ..."),
 * or "parley" for a graph without documents. Returns 0 or PARLEY_ENOMEM. */
int parley_export_title(parley_buf *b, const parley_graph *g, const parley_export_options *opts);

#endif
