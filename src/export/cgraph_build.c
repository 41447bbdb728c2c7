/* cgraph_build.c: the one walk from a parley graph to a Graphviz cgraph
 * graph, used by both the DOT and the SVG exporter, and the lock that keeps
 * every Graphviz call in the process one at a time. Styles (shape and colour
 * per type, meeting status, relation) and the legend are defined here once. */
#include "export/gv.h"
#include "export/escape.h"
#include "export/export_internal.h"
#include "util/util.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

/* ---- the Graphviz lock and message capture ---------------------------- */

static pthread_mutex_t gv_mutex = PTHREAD_MUTEX_INITIALIZER;
static agusererrf gv_prev_errf;
static agerrlevel_t gv_prev_level;
/* Half the error record: parley_fail adds its own words around it. */
static char gv_error_text[PARLEY_ERROR_TEXT_LENGTH / 2];
static int gv_in_error; /* the message now arriving is an error, not a warning */

/* Graphviz hands a message over in pieces: "Error" or "Warning", then ": ",
 * then the formatted text (continuations come without a prefix). The first
 * error's text is kept, one line, without its newline. */
static int gv_errf(char *s)
{
    if (strcmp(s, "Error") == 0) {
        gv_in_error = 1;
    } else if (strcmp(s, "Warning") == 0) {
        gv_in_error = 0;
    } else if (strcmp(s, ": ") != 0 && gv_in_error && !gv_error_text[0]) {
        size_t n = strcspn(s, "\n");
        if (n >= sizeof gv_error_text)
            n = sizeof gv_error_text - 1;
        memcpy(gv_error_text, s, n);
        gv_error_text[n] = '\0';
    }
    return 0;
}

void parley_gv_begin(void)
{
    pthread_mutex_lock(&gv_mutex);
    gv_error_text[0] = '\0';
    gv_in_error = 0;
    gv_prev_errf = agseterrf(gv_errf);
    /* Every message goes to gv_errf; with a higher level Graphviz would
     * write the rest to a temporary file instead. */
    gv_prev_level = agseterr(AGWARN);
    agreseterrors();
}

void parley_gv_end(void)
{
    agseterr(gv_prev_level);
    agseterrf(gv_prev_errf);
    pthread_mutex_unlock(&gv_mutex);
}

const char *parley_gv_error(void)
{
    return gv_error_text;
}

static GVC_t *gv_context;

GVC_t *parley_gv_context(void)
{
    if (!gv_context)
        gv_context = gvContext();
    return gv_context;
}

/* Leaks that are not parley's, which LeakSanitizer would report on every
 * sanitizer run that renders an SVG (the CLI's and the tests' alike), so
 * sanitizer builds of parley declare them here, where Graphviz is used,
 * rather than in each test's environment:
 *  - Graphviz's text layout goes through pango, cairo, fontconfig and glib,
 *    which keep process-wide caches they never free;
 *  - 2.42's dot layout loses some of the virtual edges it makes (to reverse
 *    an edge of a cycle, or a flat edge in mincross): a few hundred bytes a
 *    layout. Layout memory all comes from gvc's gmalloc, the one frame the
 *    default (fast) unwinder records for it.
 * cgraph's memory (graphs, nodes, attributes: what parley allocates and
 * frees) is not covered, nor parley's own: a leak there still fails. */
/* GCC says it builds with AddressSanitizer one way, clang another. */
#if defined(__SANITIZE_ADDRESS__)
#define PARLEY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARLEY_ASAN 1
#endif
#endif

#ifdef PARLEY_ASAN
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libpangocairo-1.0.so\n"
           "leak:libcairo.so\n"
           "leak:libglib-2.0.so\n"
           "leak:libgobject-2.0.so\n"
           "leak:gmalloc\n";
}

/* And not to list them after every run (LSAN_OPTIONS still overrides). */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

/* ---- styles ----------------------------------------------------------- */

#define FONT "Helvetica"

typedef struct node_style {
    const char *shape, *style, *fillcolor, *color, *fontcolor;
} node_style;

/* Shape and colour say the type; colours are light fills with a darker
 * outline of the same hue so black text stays readable. */
static const node_style type_styles[PARLEY_NODE_TYPE_COUNT] = {
    [PARLEY_NODE_COUNTRY] = {"box", "filled,rounded", "#cfe2f3", "#3d85c6", "black"},
    [PARLEY_NODE_OFFICIAL] = {"ellipse", "filled", "#fff2cc", "#bf9000", "black"},
    [PARLEY_NODE_ORGANIZATION] = {"hexagon", "filled", "#d9ead3", "#6aa84f", "black"},
    [PARLEY_NODE_LOCATION] = {"house", "filled", "#ead1dc", "#a64d79", "black"},
    [PARLEY_NODE_MEETING] = {"octagon", "filled,bold", "#fce5cd", "#b45f06", "black"},
};

/* Meetings differ by status three ways at once (outline, fill, text) so
 * the difference survives grey-scale printing: held is filled with a bold
 * outline, planned is an empty dashed outline, cancelled is dashed on grey
 * with grey text and "(cancelled)" in its label. */
static const node_style status_styles[PARLEY_STATUS_COUNT] = {
    [PARLEY_STATUS_HELD] = {"octagon", "filled,bold", "#fce5cd", "#b45f06", "black"},
    [PARLEY_STATUS_PLANNED] = {"octagon", "dashed", "white", "#b45f06", "#783f04"},
    [PARLEY_STATUS_CANCELLED] = {"octagon", "dashed,filled", "#d9d9d9", "#7f7f7f", "#595959"},
};

static const node_style title_style = {"plaintext", "solid", "white", "black", "black"};

static const char *const status_label[PARLEY_STATUS_COUNT] = {
    [PARLEY_STATUS_HELD] = "held",
    [PARLEY_STATUS_PLANNED] = "planned",
    [PARLEY_STATUS_CANCELLED] = "(cancelled)",
};

/* `constraint`: whether dot ranks by the edge. Ranked by the other three
 * relations, the drawing reads left to right: officials, the states and
 * organizations they represent, meetings, places. located_in points back
 * (place -> state) and would close a cycle (state -> meeting -> place ->
 * state) that dot breaks by reversing some edge, pulling states to the far
 * right (and 2.42 leaks memory doing it); drawn without ranking, it curves
 * back instead. */
typedef struct edge_style {
    const char *color, *style, *constraint;
} edge_style;

static const edge_style rel_styles[PARLEY_REL_COUNT] = {
    [PARLEY_REL_REPRESENTS] = {"#7f6000", "solid", "true"},
    [PARLEY_REL_PARTICIPANT] = {"#1155cc", "solid", "true"},
    [PARLEY_REL_HELD_IN] = {"#a64d79", "solid", "true"},
    [PARLEY_REL_LOCATED_IN] = {"#999999", "dotted", "false"},
    [PARLEY_REL_MET] = {"#38761d", "solid", "true"},
};

/* A `met` edge (views: parties that met, mentions = meetings shared) has no
 * direction, is labelled with the count past one, and is drawn thicker the
 * more meetings it stands for: 1 + 1.5 per doubling, at most 8 points, so a
 * corpus's busiest pairs stand out without hiding the rest. */
static int style_met(Agedge_t *ae, size_t meetings)
{
    char label[32], width[16];
    unsigned doublings = 0;
    for (size_t w = meetings; w > 1; w /= 2)
        doublings++;
    double pw = 1.0 + 1.5 * doublings;
    if (meetings > 1)
        snprintf(label, sizeof label, "met \u00d7%zu", meetings);
    else
        snprintf(label, sizeof label, "met");
    snprintf(width, sizeof width, "%.1f", pw < 8.0 ? pw : 8.0);
    return agsafeset(ae, (char *)"penwidth", width, (char *)"1") != 0 ||
                   agsafeset(ae, (char *)"dir", (char *)"none", (char *)"forward") != 0 ||
                   agsafeset(ae, (char *)"label", label, (char *)"") != 0
               ? PARLEY_EGRAPHVIZ
               : 0;
}

/* The status of a meeting node as an enum, or -1 when it is not a meeting
 * or its status is unset or unknown. */
static int meeting_status(const parley_node *n)
{
    if (parley_node_get_type(n) != PARLEY_NODE_MEETING)
        return -1;
    const char *s = parley_node_attr(n, "status");
    for (int i = 0; s && i < PARLEY_STATUS_COUNT; i++)
        if (strcmp(s, parley_meeting_status_name((parley_meeting_status)i)) == 0)
            return i;
    return -1;
}

/* ---- the builder ------------------------------------------------------ */

typedef struct builder {
    Agraph_t *g;
    parley_buf val;   /* one attribute value being composed */
    parley_buf name;  /* one node name being composed */
    parley_map nodes; /* graph node id -> Agnode_t * */
    Agsym_t *n_label, *n_tooltip, *n_shape, *n_style, *n_fill, *n_color, *n_fontcolor,
        *n_fontsize;
    Agsym_t *e_label, *e_tooltip, *e_color, *e_style, *e_constraint;
} builder;

static int esc(parley_buf *b, const char *s)
{
    return parley_escape_gv_text(b, s, strlen(s));
}

/* Sets obj's attribute sym to the string in b (already escaped). agxset
 * copies it into the graph's string pool. */
static int set_buf(void *obj, Agsym_t *sym, const parley_buf *b)
{
    return agxset(obj, sym, b->data ? b->data : (char *)"") == 0 ? 0 : PARLEY_EGRAPHVIZ;
}

/* Sets a constant of ours (no escaping needed: styles and colours). */
static int set_const(void *obj, Agsym_t *sym, const char *value)
{
    return agxset(obj, sym, (char *)value) == 0 ? 0 : PARLEY_EGRAPHVIZ;
}

static int set_style(builder *b, Agnode_t *n, const node_style *st)
{
    if (set_const(n, b->n_shape, st->shape) || set_const(n, b->n_style, st->style) ||
        set_const(n, b->n_fill, st->fillcolor) || set_const(n, b->n_color, st->color) ||
        set_const(n, b->n_fontcolor, st->fontcolor))
        return PARLEY_EGRAPHVIZ;
    return 0;
}

/* A name no node has yet: `_` is appended while the name is taken, so two
 * ids that escape to the same name (they differed only in dropped control
 * characters) stay two nodes, and no id collides with a legend node. */
static Agnode_t *new_node(builder *b, Agraph_t *where, parley_buf *name)
{
    while (agnode(b->g, name->data, 0))
        if (parley_buf_append(name, "_", 1))
            return NULL;
    return agnode(where, name->data, 1);
}

/* The tail of a tooltip: the counts, then one line per evidence kept,
 * "[document] sentence". */
static int add_counts(parley_buf *v, size_t mentions, size_t documents)
{
    return parley_buf_printf(v, "\\n%zu mention%s in %zu document%s", mentions,
                             mentions == 1 ? "" : "s", documents, documents == 1 ? "" : "s");
}

static int add_evidence(parley_buf *v, parley_evidence ev)
{
    if (parley_buf_puts(v, "\\n[") || esc(v, ev.document) || parley_buf_puts(v, "] "))
        return PARLEY_ENOMEM;
    if (ev.sentence)
        return esc(v, ev.sentence);
    return parley_buf_printf(v, "bytes %zu-%zu", ev.start, ev.end);
}

/* The label: the node's label, an official's title under the name, and for
 * a meeting its kind, date and status on lines of their own (the label
 * first unless it only repeats the kind, "talks"). */
static int node_label(parley_buf *v, const parley_node *n)
{
    const char *label = parley_node_label(n);
    parley_node_type type = parley_node_get_type(n);
    if (type == PARLEY_NODE_MEETING) {
        const char *kind = parley_node_attr(n, "kind");
        const char *date = parley_node_attr(n, "date");
        const char *status = parley_node_attr(n, "status");
        int st = meeting_status(n);
        if ((!kind || strcasecmp(label, kind) != 0) &&
            (esc(v, label) || parley_buf_puts(v, "\\n")))
            return PARLEY_ENOMEM;
        if (esc(v, kind ? kind : "meeting") || parley_buf_puts(v, "\\n") ||
            esc(v, date ? date : "date unknown") || parley_buf_puts(v, "\\n") ||
            esc(v, st >= 0 ? status_label[st] : status ? status : "status unknown"))
            return PARLEY_ENOMEM;
        return 0;
    }
    if (esc(v, label))
        return PARLEY_ENOMEM;
    const char *title = type == PARLEY_NODE_OFFICIAL ? parley_node_attr(n, "title") : NULL;
    if (title && *title && (parley_buf_puts(v, "\\n") || esc(v, title)))
        return PARLEY_ENOMEM;
    return 0;
}

static int add_node(builder *b, const parley_node *n)
{
    const char *id = parley_node_id(n);
    b->name.len = 0;
    if (parley_escape_gv_name(&b->name, id, strlen(id)))
        return PARLEY_ENOMEM;
    Agnode_t *an = new_node(b, b->g, &b->name);
    if (!an)
        return PARLEY_EGRAPHVIZ;
    if (parley_map_put(&b->nodes, id, strlen(id), an))
        return PARLEY_ENOMEM;

    parley_node_type type = parley_node_get_type(n);
    int st = meeting_status(n);
    if (set_style(b, an, st >= 0 ? &status_styles[st] : &type_styles[type]))
        return PARLEY_EGRAPHVIZ;

    b->val.len = 0;
    if (node_label(&b->val, n))
        return PARLEY_ENOMEM;
    if (set_buf(an, b->n_label, &b->val))
        return PARLEY_EGRAPHVIZ;

    /* Tooltip: "Label (type)", then each attribute that is set, then the
     * evidence. */
    b->val.len = 0;
    if (esc(&b->val, parley_node_label(n)) ||
        parley_buf_printf(&b->val, " (%s)", parley_node_type_name(type)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_node_attr_count(n); i++) {
        const char *k, *val;
        parley_node_attr_at(n, i, &k, &val);
        if (val && (parley_buf_puts(&b->val, "\\n") || esc(&b->val, k) ||
                    parley_buf_puts(&b->val, ": ") || esc(&b->val, val)))
            return PARLEY_ENOMEM;
    }
    if (add_counts(&b->val, parley_node_mentions(n), parley_node_documents(n)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_node_evidence_count(n); i++)
        if (add_evidence(&b->val, parley_node_evidence_at(n, i)))
            return PARLEY_ENOMEM;
    return set_buf(an, b->n_tooltip, &b->val);
}

static int add_edge(builder *b, const parley_edge *e)
{
    const parley_node *src = parley_edge_source(e), *dst = parley_edge_target(e);
    Agnode_t *t = parley_map_get(&b->nodes, parley_node_id(src), strlen(parley_node_id(src)));
    Agnode_t *h = parley_map_get(&b->nodes, parley_node_id(dst), strlen(parley_node_id(dst)));
    /* Both ends are nodes of the same graph, all added above. */
    if (!t || !h)
        return PARLEY_EINVAL;
    Agedge_t *ae = agedge(b->g, t, h, NULL, 1);
    if (!ae)
        return PARLEY_EGRAPHVIZ;

    parley_relation rel = parley_edge_relation(e);
    const char *rel_name = parley_relation_name(rel);
    /* An edge into a meeting that did not (yet) happen is dashed like it. */
    int s1 = meeting_status(src), s2 = meeting_status(dst);
    int unheld = (s1 >= 0 && s1 != PARLEY_STATUS_HELD) || (s2 >= 0 && s2 != PARLEY_STATUS_HELD);
    /* No label on an unranked edge: Graphviz 2.42's dot double-frees on
     * labelled constraint=false edges (the tooltip still names it). */
    int ranked = rel_styles[rel].constraint[0] == 't';
    if (set_const(ae, b->e_label, ranked ? rel_name : "") ||
        set_const(ae, b->e_color, rel_styles[rel].color) ||
        set_const(ae, b->e_style, unheld ? "dashed" : rel_styles[rel].style) ||
        set_const(ae, b->e_constraint, rel_styles[rel].constraint))
        return PARLEY_EGRAPHVIZ;
    if (rel == PARLEY_REL_MET && style_met(ae, parley_edge_mentions(e)))
        return PARLEY_EGRAPHVIZ;

    b->val.len = 0;
    if (esc(&b->val, parley_node_label(src)) ||
        parley_buf_printf(&b->val, " %s ", rel_name) || esc(&b->val, parley_node_label(dst)) ||
        add_counts(&b->val, parley_edge_mentions(e), parley_edge_documents(e)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_edge_evidence_count(e); i++)
        if (add_evidence(&b->val, parley_edge_evidence_at(e, i)))
            return PARLEY_ENOMEM;
    return set_buf(ae, b->e_tooltip, &b->val);
}

/* The legend: one sample node per type and per meeting status, in a plain
 * subgraph (not "cluster_*": Graphviz 2.42's dot aborts on clusters
 * combined with edge labels), kept together by invisible edges and, for
 * dot, in one rank (a column, left of the graph). rank=same rather than
 * rank=sink, which would put it on the right: with sink, 2.42's dot leaks
 * virtual edges on every layout, cycles or not. */
static int add_legend(builder *b)
{
    static const struct {
        const char *name, *label, *tooltip;
        const node_style *style;
    } entries[] = {
        {"title", "Legend", "what the shapes mean", &title_style},
        {"country", "country", "a state", &type_styles[PARLEY_NODE_COUNTRY]},
        {"official", "official", "a named official", &type_styles[PARLEY_NODE_OFFICIAL]},
        {"organization", "organization", "an organization or group",
         &type_styles[PARLEY_NODE_ORGANIZATION]},
        {"location", "location", "a place (city)", &type_styles[PARLEY_NODE_LOCATION]},
        {"meeting_held", "meeting\\nheld", "a meeting that took place",
         &status_styles[PARLEY_STATUS_HELD]},
        {"meeting_planned", "meeting\\nplanned", "a meeting announced for later",
         &status_styles[PARLEY_STATUS_PLANNED]},
        {"meeting_cancelled", "meeting\\n(cancelled)", "a meeting called off",
         &status_styles[PARLEY_STATUS_CANCELLED]},
    };

    Agraph_t *sub = agsubg(b->g, (char *)"legend", 1);
    if (!sub || agsafeset(sub, (char *)"rank", (char *)"same", (char *)"") != 0)
        return PARLEY_EGRAPHVIZ;
    Agnode_t *prev = NULL;
    for (size_t i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        b->name.len = 0;
        if (parley_buf_printf(&b->name, PARLEY_GV_LEGEND_PREFIX "%s", entries[i].name))
            return PARLEY_ENOMEM;
        Agnode_t *n = new_node(b, sub, &b->name);
        if (!n || set_style(b, n, entries[i].style) || set_const(n, b->n_label, entries[i].label) ||
            set_const(n, b->n_fontsize, "9") || set_const(n, b->n_tooltip, entries[i].tooltip))
            return PARLEY_EGRAPHVIZ;
        if (prev) {
            Agedge_t *e = agedge(sub, prev, n, NULL, 1);
            if (!e || set_const(e, b->e_style, "invis"))
                return PARLEY_EGRAPHVIZ;
        }
        prev = n;
    }
    return 0;
}

/* Graph-wide attributes: the title on top, left-to-right ranks (names are
 * wider than tall), no node overlap for the force-directed engines. */
static int set_graph_attrs(builder *b, const parley_graph *g, const parley_export_options *opts)
{
    static const char *const attrs[][2] = {
        {"labelloc", "t"},      {"fontname", FONT},   {"fontsize", "16"},
        {"rankdir", "LR"},      {"charset", "UTF-8"}, {"overlap", "false"},
        {"outputorder", "edgesfirst"}, {"pad", "0.3"}, {"nodesep", "0.3"},
    };
    parley_buf title = PARLEY_BUF_INIT;
    int rc = parley_export_title(&title, g, opts);
    b->val.len = 0;
    if (rc || esc(&b->val, title.data ? title.data : "")) {
        parley_buf_free(&title);
        return PARLEY_ENOMEM;
    }
    parley_buf_free(&title);
    if (agsafeset(b->g, (char *)"label", b->val.data, (char *)"") != 0)
        return PARLEY_EGRAPHVIZ;
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
        if (agsafeset(b->g, (char *)attrs[i][0], (char *)attrs[i][1], (char *)"") != 0)
            return PARLEY_EGRAPHVIZ;
    return 0;
}

/* Declares every node and edge attribute parley sets, with its default.
 * Declaring them all up front also fixes what agwrite prints whatever
 * Graphviz declared on its own before (gvContext adds a node "label"). */
static int declare_attrs(builder *b)
{
    Agraph_t *g = b->g;
#define NODE_ATTR(field, name, def) \
    if (!(b->field = agattr(g, AGNODE, (char *)(name), (char *)(def)))) return PARLEY_EGRAPHVIZ
#define EDGE_ATTR(field, name, def) \
    if (!(b->field = agattr(g, AGEDGE, (char *)(name), (char *)(def)))) return PARLEY_EGRAPHVIZ
    NODE_ATTR(n_label, "label", "\\N");
    NODE_ATTR(n_tooltip, "tooltip", "");
    NODE_ATTR(n_shape, "shape", "ellipse");
    NODE_ATTR(n_style, "style", "filled");
    NODE_ATTR(n_fill, "fillcolor", "white");
    NODE_ATTR(n_color, "color", "black");
    NODE_ATTR(n_fontcolor, "fontcolor", "black");
    NODE_ATTR(n_fontsize, "fontsize", "11");
    EDGE_ATTR(e_label, "label", "");
    EDGE_ATTR(e_tooltip, "tooltip", "");
    EDGE_ATTR(e_color, "color", "#555555");
    EDGE_ATTR(e_style, "style", "solid");
    EDGE_ATTR(e_constraint, "constraint", "true");
#undef NODE_ATTR
#undef EDGE_ATTR
    if (!agattr(g, AGNODE, (char *)"fontname", (char *)FONT) ||
        !agattr(g, AGEDGE, (char *)"fontname", (char *)FONT) ||
        !agattr(g, AGEDGE, (char *)"fontsize", (char *)"9") ||
        !agattr(g, AGEDGE, (char *)"fontcolor", (char *)"#333333") ||
        !agattr(g, AGEDGE, (char *)"arrowsize", (char *)"0.7"))
        return PARLEY_EGRAPHVIZ;
    return 0;
}

int parley_gv_build(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                    parley_error *err)
{
    builder b = {0};
    int rc = 0;
    *out = NULL;

    b.g = agopen((char *)"parley", Agdirected, NULL);
    if (!b.g) {
        rc = PARLEY_EGRAPHVIZ;
        goto cleanup;
    }
    if ((rc = set_graph_attrs(&b, g, opts)) || (rc = declare_attrs(&b)))
        goto cleanup;
    for (size_t i = 0; i < parley_graph_node_count(g); i++)
        if ((rc = add_node(&b, parley_graph_node_at(g, i))))
            goto cleanup;
    for (size_t i = 0; i < parley_graph_edge_count(g); i++)
        if ((rc = add_edge(&b, parley_graph_edge_at(g, i))))
            goto cleanup;
    rc = add_legend(&b);

cleanup:
    parley_buf_free(&b.val);
    parley_buf_free(&b.name);
    parley_map_free(&b.nodes);
    if (rc) {
        if (b.g)
            agclose(b.g);
        if (rc == PARLEY_ENOMEM)
            return parley_fail(err, rc, -1, "out of memory");
        if (rc == PARLEY_EINVAL)
            return parley_fail(err, rc, -1, "an edge joins a node not in the graph");
        return parley_fail(err, rc, -1, "Graphviz could not build the graph%s%s",
                           parley_gv_error()[0] ? ": " : "", parley_gv_error());
    }
    *out = b.g;
    return 0;
}
