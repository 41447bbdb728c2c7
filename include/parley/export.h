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

/* The page a diagram (SVG, PNG, PDF) is made to fit: its size, and with it
 * Graphviz's size and the choice of rank direction. */
typedef enum {
    PARLEY_PAGE_A4 = 0, /* 210 x 297 mm (the default) */
    PARLEY_PAGE_LETTER, /* 8.5 x 11 in */
    PARLEY_PAGE_A3,     /* 297 x 420 mm */
    PARLEY_PAGE_16_9,   /* a 13.33 x 7.5 in slide */
    PARLEY_PAGE_COUNT
} parley_page;

/* The page's orientation: whichever prints the diagram larger (the
 * default), or the one asked for. */
typedef enum {
    PARLEY_ORIENT_AUTO = 0,
    PARLEY_ORIENT_LANDSCAPE,
    PARLEY_ORIENT_PORTRAIT,
    PARLEY_ORIENT_COUNT
} parley_orientation;

/* What the diagram draws: the graph (nodes and edges laid out by the
 * engine), or a timeline (meetings by date left to right, their parties
 * as rows). */
typedef enum { PARLEY_DIAGRAM_GRAPH = 0, PARLEY_DIAGRAM_TIMELINE, PARLEY_DIAGRAM_COUNT } parley_diagram;

/* The rows of a timeline: states (an official counts as the state in its
 * `country` attribute) or officials. */
typedef enum { PARLEY_ROWS_STATES = 0, PARLEY_ROWS_OFFICIALS, PARLEY_ROWS_COUNT } parley_timeline_rows;

/* What a drawing export found out about the page (filled when
 * parley_export_options.fit is not NULL). */
typedef struct parley_diagram_fit {
    double text_pt;   /* the smallest text of the drawing, the legend's aside, in points
                       * once the drawing is scaled to the page (never enlarged) */
    int landscape;    /* 1 when the page's landscape orientation was used */
} parley_diagram_fit;

/* Text under this size, in points on the page, does not print legibly. */
#define PARLEY_MIN_TEXT_PT 6.0

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
    parley_page page;          /* the page the drawing is fitted to (default A4) */
    parley_orientation orientation; /* default: whichever prints larger */
    parley_diagram diagram;    /* graph (default) or timeline */
    parley_timeline_rows timeline_rows; /* the timeline's rows: states (default) or officials */
    parley_diagram_fit *fit;   /* when not NULL, SVG, PNG and PDF exports fill it */
} parley_export_options;

/* New fields go at the end, so callers that list the older ones keep
 * compiling (and get 0 for the rest: no layout time limit). */
#define PARLEY_EXPORT_OPTIONS_INIT {NULL, NULL, 30.0, PARLEY_JSON_JGF, PARLEY_THEME_LIGHT, \
                                    PARLEY_CLUSTER_COUNTRY, PARLEY_PAGE_A4, PARLEY_ORIENT_AUTO, \
                                    PARLEY_DIAGRAM_GRAPH, PARLEY_ROWS_STATES, NULL}

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
/* "a4", "letter", "a3", "16:9" / "auto", "landscape", "portrait" /
 * "states", "officials"; NULL when out of range. And back. */
const char *parley_page_name(parley_page p);
int parley_page_from_name(const char *name);
const char *parley_orientation_name(parley_orientation o);
int parley_orientation_from_name(const char *name);
const char *parley_timeline_rows_name(parley_timeline_rows r);
int parley_timeline_rows_from_name(const char *name);


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
