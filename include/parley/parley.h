/* parley/parley.h: the one header a program includes to use libparley.
 * Flow: parley_extractor_new -> parley_extract_document (into a graph)
 *       -> parley_graph_view (optional: a view, filters, a focus)
 *       -> parley_export (DOT, SVG, JSON). */
#ifndef PARLEY_PARLEY_H
#define PARLEY_PARLEY_H

#include "parley/error.h"
#include "parley/graph.h"
#include "parley/extract.h"
#include "parley/export.h"
#include "parley/view.h"

#define PARLEY_VERSION "0.1.0"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version string, e.g. "0.1.0" (static). */
const char *parley_version(void);

#ifdef __cplusplus
}
#endif
#endif
