/* export.c: parley_export, the one entry point of every exporter: checks the
 * arguments, fills in default options and hands over to json.c, dot.c,
 * svg.c (which also draws PNG and PDF), graphml.c, gexf.c, csv.c or html.c. Also the
 * format, layout, JSON style, theme and cluster names and the diagram title. */
#include "parley/export.h"
#include "export/export_internal.h"

#include <string.h>

static const char *const format_names[PARLEY_FORMAT_COUNT] = {
    [PARLEY_FORMAT_DOT] = "dot",
    [PARLEY_FORMAT_SVG] = "svg",
    [PARLEY_FORMAT_JSON] = "json",
    [PARLEY_FORMAT_GRAPHML] = "graphml",
    [PARLEY_FORMAT_GEXF] = "gexf",
    [PARLEY_FORMAT_CSV_NODES] = "nodes.csv",
    [PARLEY_FORMAT_CSV_EDGES] = "edges.csv",
    [PARLEY_FORMAT_PNG] = "png",
    [PARLEY_FORMAT_PDF] = "pdf",
    [PARLEY_FORMAT_HTML] = "html",
};

static const char *const json_style_names[PARLEY_JSON_STYLE_COUNT] = {
    [PARLEY_JSON_JGF] = "jgf",
    [PARLEY_JSON_NODE_LINK] = "node-link",
    [PARLEY_JSON_CYTOSCAPE] = "cytoscape",
};

static const char *const theme_names[PARLEY_THEME_COUNT] = {
    [PARLEY_THEME_LIGHT] = "light",
    [PARLEY_THEME_DARK] = "dark",
};

static const char *const cluster_names[PARLEY_CLUSTER_COUNT] = {
    [PARLEY_CLUSTER_COUNTRY] = "country",
    [PARLEY_CLUSTER_NONE] = "none",
};

static const char *const page_names[PARLEY_PAGE_COUNT] = {
    [PARLEY_PAGE_A4] = "a4",
    [PARLEY_PAGE_LETTER] = "letter",
    [PARLEY_PAGE_A3] = "a3",
    [PARLEY_PAGE_16_9] = "16:9",
};

static const char *const orientation_names[PARLEY_ORIENT_COUNT] = {
    [PARLEY_ORIENT_AUTO] = "auto",
    [PARLEY_ORIENT_LANDSCAPE] = "landscape",
    [PARLEY_ORIENT_PORTRAIT] = "portrait",
};

static const char *const rows_names[PARLEY_ROWS_COUNT] = {
    [PARLEY_ROWS_STATES] = "states",
    [PARLEY_ROWS_OFFICIALS] = "officials",
};

/* The engines parley offers: those Debian's graphviz package ships that
 * suit a relationship graph (osage and patchwork draw clusters, nop only
 * reuses positions). */
static const char *const layouts[] = {"dot", "neato", "fdp", "sfdp", "circo", "twopi"};

static int index_of(const char *const *names, int count, const char *name)
{
    for (int i = 0; name && i < count; i++)
        if (names[i] && strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

/* Each named setting has a pair of functions: prefix_name(value), the name
 * or NULL for a value out of range, and prefix_from_name(name), the value
 * or -1 for an unknown name. */
#define NAMED(prefix, type, names, count)                                   \
    const char *prefix##_name(type v)                                       \
    {                                                                       \
        return (unsigned)v < (count) ? names[v] : NULL;                     \
    }                                                                       \
    int prefix##_from_name(const char *name)                                \
    {                                                                       \
        return index_of(names, count, name);                                \
    }

NAMED(parley_format, parley_format, format_names, PARLEY_FORMAT_COUNT)
NAMED(parley_json_style, parley_json_style, json_style_names, PARLEY_JSON_STYLE_COUNT)
NAMED(parley_theme, parley_theme, theme_names, PARLEY_THEME_COUNT)
NAMED(parley_cluster, parley_cluster, cluster_names, PARLEY_CLUSTER_COUNT)
NAMED(parley_page, parley_page, page_names, PARLEY_PAGE_COUNT)
NAMED(parley_orientation, parley_orientation, orientation_names, PARLEY_ORIENT_COUNT)
NAMED(parley_timeline_rows, parley_timeline_rows, rows_names, PARLEY_ROWS_COUNT)

int parley_layout_valid(const char *name)
{
    for (size_t i = 0; name && i < sizeof layouts / sizeof layouts[0]; i++)
        if (strcmp(name, layouts[i]) == 0)
            return 1;
    return 0;
}

/* At most this many document names in a generated title: past that a
 * title stops being read. */
#define TITLE_NAMES 3

/* A document as a title shows it: the file name without its folders, as
 * the same path may have been typed relative or absolute. */
static const char *title_name(const char *document)
{
    const char *slash = strrchr(document, '/');
    return slash && slash[1] ? slash + 1 : document;
}

int pl_export_title(pl_buf *b, const parley_graph *g, const parley_export_options *opts)
{
    if (opts->title)
        return pl_buf_puts(b, opts->title);
    size_t n = parley_graph_document_count(g);
    if (n == 0)
        return pl_buf_puts(b, "parley");
    if (n == 1) {
        const char *date = parley_graph_document_date(g, 0);
        if (pl_buf_puts(b, title_name(parley_graph_document_name(g, 0))))
            return PARLEY_ENOMEM;
        return date ? pl_buf_printf(b, " (%s)", date) : 0;
    }
    if (pl_buf_printf(b, "%zu articles: ", n))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n && i < TITLE_NAMES; i++)
        if (pl_buf_printf(b, "%s%s", i ? ", " : "", title_name(parley_graph_document_name(g, i))))
            return PARLEY_ENOMEM;
    return n > TITLE_NAMES ? pl_buf_printf(b, " and %zu more", n - TITLE_NAMES) : 0;
}

int parley_export(const parley_graph *g, parley_format f, FILE *out,
                  const parley_export_options *opts, parley_error *err)
{
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    if (!g || !out)
        return pl_fail(err, PARLEY_EINVAL, -1, "no graph or no output stream");
    if (opts)
        o = *opts;
    /* The automatic engine: dot draws the clearest diagram, but past a
     * couple of thousand nodes its layout takes minutes, sfdp's seconds. */
    int automatic = !o.layout;
    if (!o.layout)
        o.layout = parley_graph_node_count(g) > PARLEY_DOT_MAX_NODES ? "sfdp" : "dot";
    if (!parley_layout_valid(o.layout))
        return pl_fail(err, PARLEY_EINVAL, -1,
                       "unknown layout '%s' (use dot, neato, fdp, sfdp, circo or twopi)",
                       o.layout);
    /* Also false for NaN. */
    if (!(o.layout_timeout >= 0 && o.layout_timeout <= PARLEY_LAYOUT_TIMEOUT_MAX))
        return pl_fail(err, PARLEY_EINVAL, -1,
                       "layout timeout %g s is not between 0 and %g", o.layout_timeout,
                       PARLEY_LAYOUT_TIMEOUT_MAX);
    if ((unsigned)o.json_style >= PARLEY_JSON_STYLE_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1,
                       "unknown JSON style %d (use jgf, node-link or cytoscape)",
                       (int)o.json_style);
    if ((unsigned)o.theme >= PARLEY_THEME_COUNT || (unsigned)o.cluster_by >= PARLEY_CLUSTER_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1, "unknown theme %d or cluster_by %d",
                       (int)o.theme, (int)o.cluster_by);
    if ((unsigned)o.page >= PARLEY_PAGE_COUNT || (unsigned)o.orientation >= PARLEY_ORIENT_COUNT ||
        (unsigned)o.diagram >= PARLEY_DIAGRAM_COUNT || (unsigned)o.timeline_rows >= PARLEY_ROWS_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1,
                           "unknown page %d, orientation %d, diagram %d or timeline rows %d",
                           (int)o.page, (int)o.orientation, (int)o.diagram, (int)o.timeline_rows);
    switch (f) {
    case PARLEY_FORMAT_DOT:
        return pl_export_dot(g, out, &o, err);
    case PARLEY_FORMAT_SVG:
        return pl_export_svg(g, out, &o, automatic, err);
    case PARLEY_FORMAT_PNG:
    case PARLEY_FORMAT_PDF:
        return pl_export_image(g, out, &o, format_names[f], automatic, err);
    case PARLEY_FORMAT_JSON:
        return pl_export_json(g, out, o.json_style, err);
    case PARLEY_FORMAT_HTML:
        return pl_export_html(g, out, &o, automatic, err);
    case PARLEY_FORMAT_GRAPHML:
        return pl_export_graphml(g, out, err);
    case PARLEY_FORMAT_GEXF:
        return pl_export_gexf(g, out, &o, err);
    case PARLEY_FORMAT_CSV_NODES:
        return pl_export_csv_nodes(g, out, err);
    case PARLEY_FORMAT_CSV_EDGES:
        return pl_export_csv_edges(g, out, err);
    default:
        return pl_fail(err, PARLEY_EINVAL, -1, "unknown output format %d", (int)f);
    }
}
