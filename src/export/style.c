/* style.c: the look of each node type, meeting status, relation and
 * theme, in tables; colours and shapes change here and nowhere else. */
#include "export/style.h"


/* Shape and colour say the type; colours are light fills with a darker
 * outline of the same hue so black text stays readable, on the light and
 * the dark background alike. */
const pl_gv_node_style pl_gv_type_styles[PARLEY_NODE_TYPE_COUNT] = {
    [PARLEY_NODE_COUNTRY] = {"box", "filled,rounded", "#cfe2f3", "#3d85c6", "black"},
    [PARLEY_NODE_OFFICIAL] = {"ellipse", "filled", "#fff2cc", "#bf9000", "black"},
    [PARLEY_NODE_ORGANIZATION] = {"hexagon", "filled", "#d9ead3", "#6aa84f", "black"},
    [PARLEY_NODE_LOCATION] = {"house", "filled", "#ead1dc", "#a64d79", "black"},
    [PARLEY_NODE_MEETING] = {"octagon", "filled,bold", "#fce5cd", "#b45f06", "black"},
};

/* Meetings differ by status three ways at once (outline, fill, text) so
 * the difference survives grey-scale printing: held is filled with a bold
 * outline, planned is white inside a dashed outline, cancelled is dashed on
 * grey with grey text and "(cancelled)" in its label. */
const pl_gv_node_style pl_gv_status_styles[PARLEY_STATUS_COUNT] = {
    [PARLEY_STATUS_HELD] = {"octagon", "filled,bold", "#fce5cd", "#b45f06", "black"},
    [PARLEY_STATUS_PLANNED] = {"octagon", "dashed,filled", "white", "#b45f06", "#783f04"},
    [PARLEY_STATUS_CANCELLED] = {"octagon", "dashed,filled", "#d9d9d9", "#7f7f7f", "#595959"},
};

const char *const pl_gv_status_label[PARLEY_STATUS_COUNT] = {
    [PARLEY_STATUS_HELD] = "held",
    [PARLEY_STATUS_PLANNED] = "planned",
    [PARLEY_STATUS_CANCELLED] = "(cancelled)",
};

/* What the legend says a node type is. */
const char *const pl_gv_type_tooltip[PARLEY_NODE_TYPE_COUNT] = {
    [PARLEY_NODE_COUNTRY] = "a state",
    [PARLEY_NODE_OFFICIAL] = "a named official",
    [PARLEY_NODE_ORGANIZATION] = "an organization or group",
    [PARLEY_NODE_LOCATION] = "a place (city)",
    [PARLEY_NODE_MEETING] = "a meeting",
};

const char *const pl_gv_status_tooltip[PARLEY_STATUS_COUNT] = {
    [PARLEY_STATUS_HELD] = "a meeting that took place",
    [PARLEY_STATUS_PLANNED] = "a meeting announced for later",
    [PARLEY_STATUS_CANCELLED] = "a meeting called off",
};

/* The background and what is drawn on it, per theme. */

const pl_gv_theme_style pl_gv_themes[PARLEY_THEME_COUNT] = {
    [PARLEY_THEME_LIGHT] = {"white", "black", "#6fa8dc", "#f3f7fb", "#999999"},
    [PARLEY_THEME_DARK] = {"#1e1f22", "#e8e8e8", "#6fa8dc", "#2a2f37", "#8a8a8a"},
};

/* One entry per relation: its colour on each background, line style,
 * whether dot ranks by it, and what the legend's tooltip says. A relation
 * added to the model needs one entry here; until it has one it is drawn
 * with pl_gv_rel_default.
 *
 * `constraint`: whether dot ranks by the edge. Ranked by represents,
 * participant and held_in, the drawing reads left to right: officials, the
 * states and organizations they represent, meetings, places. located_in
 * points back (place -> state) and would close a cycle (state -> meeting ->
 * place -> state) that dot breaks by reversing some edge, pulling states to
 * the far right (and 2.42 leaks memory doing it); drawn without ranking, it
 * curves back instead. Edges carry no label: the colour says the relation
 * (the legend lists them, the tooltip and the class name it), and Graphviz
 * 2.42's dot double-frees on labelled constraint=false edges and aborts on
 * labelled edges combined with clusters. */

const pl_gv_edge_style pl_gv_rel_styles[PARLEY_REL_COUNT] = {
    [PARLEY_REL_REPRESENTS] = {{"#7f6000", "#f1c232"}, "solid", "true",
                               "an official represents a state or organization"},
    [PARLEY_REL_PARTICIPANT] = {{"#1155cc", "#6fa8dc"}, "solid", "true",
                                "takes part in a meeting"},
    [PARLEY_REL_HELD_IN] = {{"#a64d79", "#d5a6bd"}, "solid", "true",
                            "a meeting is held in a place"},
    [PARLEY_REL_LOCATED_IN] = {{"#999999", "#999999"}, "dotted", "false",
                               "a place lies in a state"},
    [PARLEY_REL_MET] = {{"#38761d", "#93c47d"}, "solid", "true",
                        "parties that met (a view); the count past one"},
};

const pl_gv_edge_style pl_gv_rel_default = {{"#555555", "#b7b7b7"}, "solid", "false", "related"};

const pl_gv_edge_style *pl_gv_rel_style(parley_relation rel)
{
    return (unsigned)rel < PARLEY_REL_COUNT && pl_gv_rel_styles[rel].style ? &pl_gv_rel_styles[rel]
                                                                      : &pl_gv_rel_default;
}
