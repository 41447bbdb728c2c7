/* parley/export.h: writing a graph as DOT, SVG or JSON.
 *
 * Every exporter walks the finished graph in its fixed order, so the same
 * graph always gives the same bytes (SVG coordinates aside, which depend on
 * the Graphviz version). */
#ifndef PARLEY_EXPORT_H
#define PARLEY_EXPORT_H

#include <stdio.h>
#include "parley/error.h"
#include "parley/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PARLEY_FORMAT_DOT = 0,
    PARLEY_FORMAT_SVG,
    PARLEY_FORMAT_JSON,
    PARLEY_FORMAT_GRAPHML,   /* GraphML, for NetworkX, yEd, graphology */
    PARLEY_FORMAT_GEXF,      /* GEXF 1.2draft with meeting dates as spells, for Gephi */
    /* Neo4j's import CSV is two files, so two formats, each one stream:
     * the nodes and the relationships. The command's "-f csv" writes both. */
    PARLEY_FORMAT_CSV_NODES,
    PARLEY_FORMAT_CSV_EDGES,
    PARLEY_FORMAT_PNG, /* images drawn by Graphviz's cairo renderer (Debian: libgvc6) */
    PARLEY_FORMAT_PDF,
    /* One self-contained HTML page: the SVG diagram, the meetings as a
     * timeline and a sortable table, every evidence sentence, search and
     * filters (docs/html-report.md). */
    PARLEY_FORMAT_HTML,
    PARLEY_FORMAT_COUNT
} parley_format;

/* "dot", "svg", "json", "graphml", "gexf", "nodes.csv", "edges.csv", "png",
 * "pdf", "html" (each the file name extension the command uses); NULL when out of
 * range. */
const char *parley_format_name(parley_format f);
/* The format named `name`, or -1. */
int parley_format_from_name(const char *name);

/* The shape of the JSON output. Every style holds the same nodes, edges,
 * attributes and evidence, in the graph's one walking order. */
typedef enum {
    PARLEY_JSON_JGF = 0,   /* JSON Graph Format v2 (the default):
                            * {"graph": {"nodes": {ID: {...}}, "edges": [...]}} */
    PARLEY_JSON_NODE_LINK, /* NetworkX / d3 node-link, a directed multigraph:
                            * {"nodes": [{"id", ...}], "links": [{"source", "target",
                            * "key", ...}]}; an edge's key is its relation */
    PARLEY_JSON_CYTOSCAPE, /* Cytoscape.js elements: {"elements": {"nodes": [{"data":
                            * {"id", ...}}], "edges": [{"data": {"id", "source",
                            * "target", ...}}]}}; edge id "SOURCE RELATION TARGET" */
    PARLEY_JSON_STYLE_COUNT
} parley_json_style;

/* "jgf", "node-link", "cytoscape"; NULL when out of range. */
const char *parley_json_style_name(parley_json_style style);
/* The style named `name`, or -1. */
int parley_json_style_from_name(const char *name);

/* Colours of the diagram (SVG, PNG, PDF; DOT carries them too). */
typedef enum { PARLEY_THEME_LIGHT = 0, PARLEY_THEME_DARK, PARLEY_THEME_COUNT } parley_theme;

/* What officials are grouped by in the drawing: a box per country around
 * its officials and the country itself (the default, 0), or nothing. Only
 * engines that draw clusters (dot, fdp) show them. */
typedef enum { PARLEY_CLUSTER_COUNTRY = 0, PARLEY_CLUSTER_NONE, PARLEY_CLUSTER_COUNT } parley_cluster;

/* Past this many nodes the automatic layout is sfdp, not dot: dot takes
 * minutes there, sfdp seconds. */
#define PARLEY_DOT_MAX_NODES 2000

typedef struct parley_export_options {
    const char *layout;   /* Graphviz engine for SVG, PNG, PDF: dot, neato, fdp, sfdp,
                           * circo, twopi; NULL = automatic: dot, or sfdp (with overlap
                           * removal) on more than PARLEY_DOT_MAX_NODES nodes. */
    const char *title;    /* diagram title; NULL = generated from the documents */
    double layout_timeout; /* seconds the SVG layout and rendering may take
                            * (default 30); 0 = no limit. With a limit they run
                            * in a child process (where fork exists) that is
                            * killed when the time is up: a hung or crashing
                            * Graphviz then costs the SVG alone, reported as
                            * PARLEY_ELIMIT or PARLEY_EGRAPHVIZ. With 0 (or
                            * without fork) they run in the calling process.
                            * The child may use only what fork leaves usable:
                            * a malloc without fork handlers (GCC 12's
                            * AddressSanitizer) can deadlock it when other
                            * threads allocate meanwhile; such programs pass 0. */
    parley_json_style json_style; /* shape of the JSON (default PARLEY_JSON_JGF) */
    parley_theme theme;        /* light (default) or dark background */
    parley_cluster cluster_by; /* country (default) or none */
} parley_export_options;

/* New fields go at the end, so callers that list the older ones keep
 * compiling (and get 0 for the rest: no layout time limit). */
#define PARLEY_EXPORT_OPTIONS_INIT {NULL, NULL, 30.0, PARLEY_JSON_JGF, PARLEY_THEME_LIGHT, \
                                    PARLEY_CLUSTER_COUNTRY}

/* The largest layout_timeout accepted: a day. A layout that needs longer is
 * not going to finish, and the limit keeps the deadline arithmetic exact. */
#define PARLEY_LAYOUT_TIMEOUT_MAX 86400.0

/* Is `name` one of the layout engines parley accepts? */
int parley_layout_valid(const char *name);

/* "light", "dark" / "country", "none"; NULL when out of range. And back:
 * the value named `name`, or -1. */
const char *parley_theme_name(parley_theme t);
int parley_theme_from_name(const char *name);
const char *parley_cluster_name(parley_cluster c);
int parley_cluster_from_name(const char *name);


/* What the newer formats hold (docs/formats.md has more):
 *  - GRAPHML: typed <key>s, then one directed <graph>; node data type,
 *    label, the attributes, mentions, documents, evidence (one string: the
 *    JSON array of the JSON format's evidence records); edge data relation,
 *    mentions, documents, evidence.
 *  - GEXF: GEXF 1.2draft, the same attributes declared per class, and each
 *    dated meeting a <spell> (a day, a month's or year's days, or a range).
 *  - CSV_NODES, CSV_EDGES: Neo4j's import header format (id:ID(Node),
 *    :LABEL, ..., :START_ID(Node), :END_ID(Node), :TYPE), RFC 4180 quoting,
 *    evidence as four arrays separated by ';'.
 * Invalid UTF-8 becomes U+FFFD everywhere; GraphML and GEXF also drop the
 * characters XML 1.0 forbids, and ids changed by that are made unique with
 * "~2", "~3"... Attribute keys a format cannot name are left out of it.
 *
 * Writes g (finished) to out in format f. Returns PARLEY_OK or a negative
 * code with err filled; on failure out may hold partial output, so callers
 * write to a temporary file and rename on success. Graphviz calls are
 * serialised inside the library (Graphviz is not thread-safe). */
int parley_export(const parley_graph *g, parley_format f, FILE *out,
                  const parley_export_options *opts, parley_error *err);

#ifdef __cplusplus
}
#endif
#endif
