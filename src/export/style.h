/* style.h: how each kind of node and edge is drawn (shape, colours, line
 * style) per type, meeting status, relation and theme, shared by the graph
 * builder (cgraph_build.c), the legend and the timeline (diagram.c,
 * timeline.c). Not public API. */
#ifndef PARLEY_STYLE_H
#define PARLEY_STYLE_H

#include "parley/export.h"
#include "parley/graph.h"

#define PARLEY_GV_FONT "Helvetica"
/* Text sizes in points: node labels, edge labels (counts), the legend's. */
#define PARLEY_GV_NODE_FONTSIZE "11"
#define PARLEY_GV_EDGE_FONTSIZE "10"
#define PARLEY_GV_LEGEND_FONTSIZE 10.0

typedef struct pl_gv_node_style {
    const char *shape, *style, *fillcolor, *color, *fontcolor;
} pl_gv_node_style;

typedef struct pl_gv_theme_style {
    const char *bgcolor, *fontcolor, *cluster_pen, *cluster_fill, *legend_pen;
} pl_gv_theme_style;

typedef struct pl_gv_edge_style {
    const char *color[PARLEY_THEME_COUNT];
    const char *style, *constraint, *tooltip;
} pl_gv_edge_style;

extern const pl_gv_node_style pl_gv_type_styles[PARLEY_NODE_TYPE_COUNT];
extern const pl_gv_node_style pl_gv_status_styles[PARLEY_STATUS_COUNT];
extern const char *const pl_gv_status_label[PARLEY_STATUS_COUNT];
extern const char *const pl_gv_type_tooltip[PARLEY_NODE_TYPE_COUNT];
extern const char *const pl_gv_status_tooltip[PARLEY_STATUS_COUNT];
extern const pl_gv_theme_style pl_gv_themes[PARLEY_THEME_COUNT];
extern const pl_gv_edge_style pl_gv_rel_styles[PARLEY_REL_COUNT];
extern const pl_gv_edge_style pl_gv_rel_default;
/* The style of relation rel: its entry, or the default one. */
const pl_gv_edge_style *pl_gv_rel_style(parley_relation rel);

#endif
