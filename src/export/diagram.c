/* diagram.c: from a built cgraph graph to a drawing that fits a page. The
 * engine lays the graph out (dot in the rank direction that prints larger,
 * folded into columns when far taller than the page, fold.c; a force
 * layout pressed towards the page's shape); then the legend is placed
 * beside or under the drawing, every position is pinned and Graphviz's
 * nop2 engine (neato -n2) keeps them, so the legend looks the same
 * whatever the engine and never takes part in a layout. Graphviz's size is
 * set to the page. */
#include "export/gv.h"
#include "export/style.h"
#include "util/util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Page sizes in points, short side first. */
static const double page_pt[PARLEY_PAGE_COUNT][2] = {
    [PARLEY_PAGE_A4] = {595.28, 841.89},
    [PARLEY_PAGE_LETTER] = {612.0, 792.0},
    [PARLEY_PAGE_A3] = {841.89, 1190.55},
    [PARLEY_PAGE_16_9] = {540.0, 960.0},
};

/* The margin Graphviz leaves around the drawing (its pad), in points. */
#define PAD_PT 7.2

/* Dot lays a graph out in both rank directions, and keeps the one that
 * prints larger, up to this many nodes (each layout of the examples takes
 * a few milliseconds; a large graph keeps left to right). */
#define DOT_BOTH_DIRECTIONS_MAX 400

/* ---- the page ----------------------------------------------------------- */

typedef struct rect {
    double llx, lly, urx, ury;
} rect;

/* The scale at which a drawing of w x h points (pad aside) prints on the
 * page, never enlarged; *landscape says which orientation gave it. */
static double print_scale(double w, double h, const parley_export_options *opts, int *landscape)
{
    const double *p = page_pt[opts->page];
    w += 2 * PAD_PT;
    h += 2 * PAD_PT;
    double portrait = fmin(1.0, fmin(p[0] / w, p[1] / h));
    double land = fmin(1.0, fmin(p[1] / w, p[0] / h));
    int use_land = opts->orientation == PARLEY_ORIENT_LANDSCAPE ||
                   (opts->orientation == PARLEY_ORIENT_AUTO && land > portrait);
    *landscape = use_land;
    return use_land ? land : portrait;
}

static int read_box(Agraph_t *g, rect *b)
{
    const char *bb = agget(g, (char *)"bb");
    return bb && sscanf(bb, "%lf,%lf,%lf,%lf", &b->llx, &b->lly, &b->urx, &b->ury) == 4 ? 0 : -1;
}

/* ---- the legend --------------------------------------------------------- */

/* Sizes in points. */
#define ENTRY_H 20.0  /* an entry's height */
#define ENTRY_GAP 10.0
#define LINE_W 26.0   /* an edge sample's line */
#define BOX_PAD 6.0   /* inside the legend's box */
#define LEGEND_GAP 12.0 /* between the drawing and the legend */
#define MAX_ENTRIES (PARLEY_NODE_TYPE_COUNT + PARLEY_STATUS_COUNT + PARLEY_REL_COUNT + 2)

typedef struct entry {
    const char *name;  /* the id's tail: "official", "meeting_held", "rel_participant" */
    char label[40];
    const char *tooltip;
    const pl_gv_node_style *node; /* a node kind, or NULL for an edge kind */
    const pl_gv_edge_style *edge;
    int directed;
    double w;          /* the entry's width */
    double x, y;       /* its lower left corner, relative to the legend's */
} entry;

typedef struct legend {
    entry e[MAX_ENTRIES];
    int count, nodes; /* entries, of which node kinds (first) */
    double w, h;      /* the box */
} legend;

/* Helvetica's average advance is about 0.56 em; a little more keeps the
 * longest words inside their shapes. */
static double text_width(const char *s)
{
    return 0.6 * PARLEY_GV_LEGEND_FONTSIZE * (double)strlen(s);
}

static void add_entry(legend *L, const char *name, const char *label, const char *tooltip,
                      const pl_gv_node_style *ns, const pl_gv_edge_style *es,
                      int directed)
{
    entry *e = &L->e[L->count++];
    e->name = name;
    snprintf(e->label, sizeof e->label, "%s", label);
    e->tooltip = tooltip;
    e->node = ns;
    e->edge = es;
    e->directed = directed;
    /* Shapes with slanted sides need room beside the text. */
    e->w = ns ? text_width(label) + (strcmp(ns->shape, "box") == 0 ? 12.0 : 24.0)
              : LINE_W + 5.0 + text_width(label);
    if (ns)
        L->nodes++;
}

static void legend_entries(legend *L, const pl_gv_legend *has)
{
    static const char *const status_names[PARLEY_STATUS_COUNT] = {
        [PARLEY_STATUS_HELD] = "meeting_held",
        [PARLEY_STATUS_PLANNED] = "meeting_planned",
        [PARLEY_STATUS_CANCELLED] = "meeting_cancelled",
    };
    static const char *const rel_names[PARLEY_REL_COUNT] = {
        [PARLEY_REL_REPRESENTS] = "rel_represents",
        [PARLEY_REL_PARTICIPANT] = "rel_participant",
        [PARLEY_REL_HELD_IN] = "rel_held_in",
        [PARLEY_REL_LOCATED_IN] = "rel_located_in",
        [PARLEY_REL_MET] = "rel_met",
    };
    memset(L, 0, sizeof *L);
    for (int t = 0; t < PARLEY_NODE_TYPE_COUNT; t++)
        if (has->has_type[t] && t != PARLEY_NODE_MEETING)
            add_entry(L, parley_node_type_name((parley_node_type)t),
                      parley_node_type_name((parley_node_type)t), pl_gv_type_tooltip[t],
                      &pl_gv_type_styles[t], NULL, 0);
    for (int s = 0; s < PARLEY_STATUS_COUNT; s++) {
        char label[40];
        snprintf(label, sizeof label, "%s meeting",
                 parley_meeting_status_name((parley_meeting_status)s));
        if (has->has_status[s])
            add_entry(L, status_names[s], label, pl_gv_status_tooltip[s],
                      &pl_gv_status_styles[s], NULL, 0);
    }
    if (has->has_unknown_status)
        add_entry(L, "meeting", "meeting", pl_gv_type_tooltip[PARLEY_NODE_MEETING],
                  &pl_gv_type_styles[PARLEY_NODE_MEETING], NULL, 0);
    for (int r = 0; r < PARLEY_REL_COUNT; r++)
        if (has->has_rel[r] && rel_names[r])
            add_entry(L, rel_names[r], parley_relation_name((parley_relation)r),
                      pl_gv_rel_styles[r].tooltip, NULL, pl_gv_rel_style((parley_relation)r),
                      r != PARLEY_REL_MET);
    if (has->has_other_rel)
        add_entry(L, "rel_related", "related", pl_gv_rel_default.tooltip, NULL,
                  &pl_gv_rel_default, 1);
}

/* At most this many entries a row: the legend is a table whose shape
 * depends on what the graph holds alone, never on the drawing or the
 * engine. */
#define LEGEND_COLUMNS 4

/* Places the entries as a table: node kinds in rows of LEGEND_COLUMNS, then
 * edge kinds from a new row, each column as wide as its widest entry; sets
 * the box's size. Positions are from the box's top left corner, y growing
 * downwards here and flipped when drawn. */
static void arrange(legend *L)
{
    double col_w[LEGEND_COLUMNS] = {0};
    int col = 0, row = 0;
    for (int i = 0; i < L->count; i++) {
        if (i == L->nodes && col > 0) {
            col = 0;
            row++;
        }
        col_w[col] = fmax(col_w[col], L->e[i].w);
        L->e[i].y = BOX_PAD + (ENTRY_H + 4.0) * row;
        L->e[i].x = (double)col; /* the column, for a moment */
        if (++col == LEGEND_COLUMNS) {
            col = 0;
            row++;
        }
    }
    double col_x[LEGEND_COLUMNS], x = BOX_PAD;
    for (int c = 0; c < LEGEND_COLUMNS; c++) {
        col_x[c] = x;
        x += col_w[c] + (col_w[c] > 0 ? ENTRY_GAP : 0);
    }
    double bottom = 0;
    for (int i = 0; i < L->count; i++) {
        L->e[i].x = col_x[(int)L->e[i].x];
        bottom = fmax(bottom, L->e[i].y + ENTRY_H);
    }
    L->w = x - ENTRY_GAP + BOX_PAD;
    L->h = bottom + BOX_PAD;
}

/* ---- drawing the legend into the laid-out graph --------------------------- */

static int set(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, (char *)"") == 0 ? 0 : -1;
}

static int setf(void *obj, const char *name, const char *fmt, ...) PARLEY_PRINTF(3, 4);
static int setf(void *obj, const char *name, const char *fmt, ...)
{
    char v[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v, sizeof v, fmt, ap);
    va_end(ap);
    return set(obj, name, v);
}

/* A legend node named PREFIX+name at (cx, cy), w x h points, of fixed
 * size. */
static Agnode_t *legend_node(Agraph_t *g, const char *name, double cx, double cy, double w,
                             double h)
{
    char full[96];
    snprintf(full, sizeof full, PARLEY_GV_LEGEND_PREFIX "%s", name);
    Agnode_t *n = agnode(g, full, 1);
    if (!n || setf(n, "pos", "%.2f,%.2f", cx, cy) || setf(n, "width", "%.4f", w / 72.0) ||
        setf(n, "height", "%.4f", h / 72.0) || set(n, "fixedsize", "true") ||
        set(n, "class", "legend") || setf(n, "fontsize", "%g", PARLEY_GV_LEGEND_FONTSIZE) ||
        set(n, "label", "") || set(n, "tooltip", "") || set(n, "id", full))
        return NULL;
    return n;
}

static int draw_entry(Agraph_t *g, const entry *e, double left, double top,
                      const pl_gv_theme_style *theme, parley_theme theme_id)
{
    double x = left + e->x, y = top - e->y - ENTRY_H / 2;
    if (e->node) {
        const pl_gv_node_style *s = e->node;
        Agnode_t *n = legend_node(g, e->name, x + e->w / 2, y, e->w, ENTRY_H);
        return !n || set(n, "shape", s->shape) || set(n, "style", s->style) ||
                       set(n, "fillcolor", s->fillcolor) || set(n, "color", s->color) ||
                       set(n, "fontcolor", s->fontcolor) || set(n, "label", e->label) ||
                       set(n, "tooltip", e->tooltip)
                   ? -1
                   : 0;
    }
    char a[96], b[96];
    snprintf(a, sizeof a, "%s_from", e->name);
    snprintf(b, sizeof b, "%s_to", e->name);
    Agnode_t *from = legend_node(g, a, x, y, 1, 1), *to = legend_node(g, b, x + LINE_W, y, 1, 1);
    double tw = text_width(e->label);
    Agnode_t *text = legend_node(g, e->name, x + LINE_W + 5.0 + tw / 2, y, tw, ENTRY_H);
    if (!from || !to || !text || set(from, "shape", "point") || set(from, "style", "invis") ||
        set(to, "shape", "point") || set(to, "style", "invis") ||
        set(text, "shape", "plaintext") || set(text, "style", "solid") ||
        set(text, "fontcolor", theme->fontcolor) || set(text, "label", e->label) ||
        set(text, "tooltip", e->tooltip))
        return -1;
    Agedge_t *ed = agedge(g, from, to, NULL, 1);
    if (!ed)
        return -1;
    /* A straight cubic Bezier; with an arrowhead it ends short of the
     * tip by the arrow's length (Graphviz's 10 points times arrowsize). */
    double end = x + LINE_W - (e->directed ? 7.0 : 0.0);
    char pos[200];
    int k = e->directed ? snprintf(pos, sizeof pos, "e,%.2f,%.2f ", x + LINE_W, y) : 0;
    snprintf(pos + k, sizeof pos - (size_t)k, "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x, y,
             x + (end - x) / 3, y, x + 2 * (end - x) / 3, y, end, y);
    char cls[64];
    snprintf(cls, sizeof cls, "legend %s", e->label);
    return set(ed, "pos", pos) || set(ed, "color", e->edge->color[theme_id]) ||
                   set(ed, "style", e->edge->style) || set(ed, "class", cls) ||
                   set(ed, "penwidth", "1") || set(ed, "dir", e->directed ? "forward" : "none") ||
                   set(ed, "tooltip", e->tooltip) || setf(ed, "id", PARLEY_GV_LEGEND_PREFIX "%s", e->name)
               ? -1
               : 0;
}

static int draw_legend(Agraph_t *g, const legend *L, double left, double top,
                       const parley_export_options *opts)
{
    parley_theme tid = (unsigned)opts->theme < PARLEY_THEME_COUNT ? opts->theme : PARLEY_THEME_LIGHT;
    const pl_gv_theme_style *theme = &pl_gv_themes[tid];
    Agnode_t *frame = legend_node(g, "box", left + L->w / 2, top - L->h / 2, L->w, L->h);
    if (!frame || set(frame, "shape", "box") || set(frame, "style", "rounded") ||
        set(frame, "color", theme->legend_pen) ||
        set(frame, "tooltip", "what the shapes and colours mean"))
        return -1;
    for (int i = 0; i < L->count; i++)
        if (draw_entry(g, &L->e[i], left, top, theme, tid))
            return -1;
    return 0;
}

/* ---- the whole drawing ---------------------------------------------------- */

/* The smallest text of the graph's own nodes and labelled edges. */
static double smallest_text(Agraph_t *g)
{
    double least = 0;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        double fs = atof(agget(n, (char *)"fontsize"));
        if (fs > 0 && (least == 0 || fs < least))
            least = fs;
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            const char *label = agget(e, (char *)"label");
            const char *size = agget(e, (char *)"fontsize");
            double efs = size && *size ? atof(size) : 14.0;
            if (label && *label && (least == 0 || efs < least))
                least = efs;
        }
    }
    return least > 0 ? least : atof(PARLEY_GV_NODE_FONTSIZE);
}

typedef struct placement {
    int fold;         /* columns the dot layout is folded into (1: none) */
    int under;        /* legend under the drawing (else beside it) */
    double scale;
    int landscape;
    legend L;
} placement;

/* The better of legend-under and legend-beside for a drawing in b. */
static void place(placement *p, const pl_gv_legend *has, const rect *b,
                  const parley_export_options *opts)
{
    double bw = b->urx - b->llx, bh = b->ury - b->lly;
    legend_entries(&p->L, has);
    arrange(&p->L);
    int lu, lb;
    double su = print_scale(fmax(bw, p->L.w), bh + LEGEND_GAP + p->L.h, opts, &lu);
    double sb = print_scale(bw + LEGEND_GAP + p->L.w, fmax(bh, p->L.h), opts, &lb);
    if (p->L.count == 0) {
        su = print_scale(bw, bh, opts, &lu);
        sb = 0;
    }
    p->under = su >= sb;
    p->scale = p->under ? su : sb;
    p->landscape = p->under ? lu : lb;
}

/* A state's box in the drawing: a narrow margin, and no heading when the
 * state's own node inside names it (the DOT keeps the label). */
static int tighten_clusters(Agraph_t *g)
{
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
        if (strncmp(agnameof(sub), "cluster", 7) != 0)
            continue;
        int named = 0;
        for (Agnode_t *n = agfstnode(sub); n && !named; n = agnxtnode(sub, n))
            named = strcmp(agget(n, (char *)"type"), "country") == 0;
        if (set(sub, "margin", "4") || (named && set(sub, "label", "")))
            return -1;
    }
    return 0;
}

/* Nodes without an edge (a state or group only named) stand in a row, not
 * stacked in dot's first rank: chained by invisible edges, ISOLATED_ROW at a
 * time, each chain takes consecutive ranks (a row, left to right). Drawing
 * only: the DOT has no such edges. */
#define ISOLATED_ROW 4

static int in_cluster(Agraph_t *g, Agnode_t *n)
{
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
        if (strncmp(agnameof(sub), "cluster", 7) == 0 && agsubnode(sub, n, 0))
            return 1;
    return 0;
}

static int chain_isolated(Agraph_t *g)
{
    Agnode_t *prev = NULL;
    int in_row = 0;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (agdegree(g, n, 1, 1) != 0 || in_cluster(g, n))
            continue;
        if (prev && in_row < ISOLATED_ROW) {
            Agedge_t *e = agedge(g, prev, n, NULL, 1);
            if (!e || set(e, "style", "invis") || set(e, "class", "") || set(e, "id", "") ||
                set(e, "tooltip", ""))
                return -1;
        } else {
            in_row = 0;
        }
        prev = n;
        in_row++;
    }
    return 0;
}

/* Lays ag out with dot in rank direction dir and finds the placement:
 * as laid out, or folded into the number of columns that prints larger. */
static int layout_dot(GVC_t *gvc, Agraph_t *ag, const char *dir, const pl_gv_legend *has,
                      const parley_export_options *opts, placement *p)
{
    rect b;
    /* No packing of components (see cgraph_build.c): they stand in the
     * first rank, where a fold takes them into columns like the rest. */
    if (set(ag, "rankdir", dir) || gvLayout(gvc, ag, "dot") != 0)
        return -1;
    b.llx = GD_bb(ag).LL.x;
    b.lly = GD_bb(ag).LL.y;
    b.urx = GD_bb(ag).UR.x;
    b.ury = GD_bb(ag).UR.y;
    place(p, has, &b, opts);
    p->fold = 1;
    for (int k = 2; k <= PARLEY_GV_FOLD_MAX; k++) {
        pl_gv_fold f;
        placement q;
        if (pl_gv_fold_plan(ag, k, &f)) {
            pl_gv_fold_free(&f);
            return -1;
        }
        int columns = f.columns;
        rect fb = {f.bb[0], f.bb[1], f.bb[2], f.bb[3]};
        pl_gv_fold_free(&f);
        if (columns != k)
            continue;
        place(&q, has, &fb, opts);
        /* A fold breaks some edges' routes: only for a clearly larger print. */
        if (q.scale > p->scale * 1.1) {
            *p = q;
            p->fold = k;
        }
    }
    return 0;
}

/* Writes the live layout's positions into ag's attributes (pos, bb, lp),
 * through Graphviz's "dot" renderer; the layout stays live. */
static int write_positions(GVC_t *gvc, Agraph_t *ag)
{
    char *data = NULL;
    unsigned int len = 0;
    if (gvRenderData(gvc, ag, "dot", &data, &len) != 0)
        return -1;
    gvFreeRenderData(data);
    return 0;
}

/* write_positions, then frees the layout. */
static int attach_positions(GVC_t *gvc, Agraph_t *ag)
{
    if (write_positions(gvc, ag))
        return -1;
    gvFreeLayout(gvc, ag);
    return 0;
}

/* Each edge label (the count of a met edge) beside the middle of its
 * edge's route. dot 2.43 sometimes leaves a label at the drawing's edge,
 * far from its edge (lp="x,0"), and the other engines route edges
 * straight through where a label was; placed here, it is where the reader
 * looks for it whatever the engine. */
static int place_edge_labels(Agraph_t *ag)
{
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e)) {
            const char *label = agget(e, (char *)"label"), *pos = agget(e, (char *)"pos");
            if (!label || !*label || !pos || !*pos)
                continue;
            double pts[2 * 64];
            int count = 0;
            const char *s = pos;
            while (*s && count < 64) {
                if ((s[0] == 'e' || s[0] == 's') && s[1] == ',') {
                    /* An arrow's tip, not on the route: skip it. */
                    s = strchr(s, ' ');
                    if (!s)
                        break;
                    continue;
                }
                char *end;
                double x = strtod(s, &end);
                if (end == s || *end != ',')
                    break;
                double y = strtod(end + 1, &end);
                pts[2 * count] = x;
                pts[2 * count + 1] = y;
                count++;
                s = end;
                while (*s == ' ' || *s == ';')
                    s++;
            }
            if (count == 0)
                continue;
            int mid = count / 2;
            if (setf(e, "lp", "%.2f,%.2f", pts[2 * mid] + 7.0, pts[2 * mid + 1] + 5.0))
                return -1;
        }
    }
    return 0;
}

/* A force layout (neato, fdp, sfdp, circo, twopi) has the shape its forces
 * give it, often wider than any page. Pressed towards the page's shape (at
 * most to half), its overlaps removed again by nop (neato -n, with the
 * graph's overlap=prism) and its edges routed anew, it prints larger.
 * Takes a live layout and leaves one; not for drawings with clusters,
 * whose boxes would not follow. */
static int squeeze(GVC_t *gvc, Agraph_t *ag, const parley_export_options *opts)
{
    for (Agraph_t *sub = agfstsubg(ag); sub; sub = agnxtsubg(sub))
        if (strncmp(agnameof(sub), "cluster", 7) == 0)
            return 0;
    double w = GD_bb(ag).UR.x - GD_bb(ag).LL.x, h = GD_bb(ag).UR.y - GD_bb(ag).LL.y;
    if (!(w > 0 && h > 0) || agnnodes(ag) < 3)
        return 0;
    const double *page = page_pt[opts->page];
    double aspect = w / h, long_side = page[1] / page[0];
    double target = opts->orientation == PARLEY_ORIENT_PORTRAIT    ? 1 / long_side
                    : opts->orientation == PARLEY_ORIENT_LANDSCAPE ? long_side
                    : aspect >= 1                                  ? long_side
                                                                   : 1 / long_side;
    double fx = 1, fy = 1;
    if (aspect > target * 1.1)
        fx = fmax(0.5, target / aspect);
    else if (aspect < target / 1.1)
        fy = fmax(0.5, aspect / target);
    else
        return 0;
    if (attach_positions(gvc, ag))
        return -1;
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
        double x, y;
        if (sscanf(agget(n, (char *)"pos"), "%lf,%lf", &x, &y) != 2 ||
            setf(n, "pos", "%.2f,%.2f", x * fx, y * fy))
            return -1;
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e))
            if (set(e, "pos", "") || (agget(e, (char *)"lp") && set(e, "lp", "")))
                return -1;
    }
    if (set(ag, "bb", "") || set(ag, "lp", ""))
        return -1;
    return gvLayout(gvc, ag, "nop") == 0 ? 0 : -1;
}

/* A force layout, components side by side 8 points apart, pressed
 * towards the page. Its shape hangs on small things (a shorter name moves
 * every node), so a drawing of up to FORCE_RETRY_MAX nodes whose text would
 * print under 7 pt is also laid out with longer springs (sfdp's and fdp's
 * K; neato has none) and from a tighter start, and the one that prints
 * largest is kept. *failed names the step that failed. */
enum { FORCE_RETRY_MAX = 300 };

static const char *const force_variants[][2] = {{"-2", "0.3"}, {"-2", "1.0"}, {"-3", "1.0"}};

static int force_once(GVC_t *gvc, Agraph_t *ag, const char *engine, int variant,
                      const parley_export_options *opts, const char **failed)
{
    *failed = engine;
    if (set(ag, "pack", "8") || set(ag, "packmode", "graph") ||
        set(ag, "overlap_scaling", force_variants[variant][0]) || set(ag, "K", force_variants[variant][1]) ||
        gvLayout(gvc, ag, engine) != 0)
        return -1;
    *failed = "nop";
    return squeeze(gvc, ag, opts);
}

/* The size the drawing's smallest text would print at on the page; the
 * layout stays live. */
static double printed_text(GVC_t *gvc, Agraph_t *ag, const pl_gv_legend *has,
                           const parley_export_options *opts)
{
    rect b;
    placement p;
    if (write_positions(gvc, ag) || read_box(ag, &b))
        return 0;
    place(&p, has, &b, opts);
    return smallest_text(ag) * p.scale;
}

/* Forgets a layout's positions, so the next one starts afresh. */
static int clear_positions(GVC_t *gvc, Agraph_t *ag)
{
    gvFreeLayout(gvc, ag);
    for (Agnode_t *n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
        if (set(n, "pos", ""))
            return -1;
        for (Agedge_t *e = agfstout(ag, n); e; e = agnxtout(ag, e))
            if (set(e, "pos", ""))
                return -1;
    }
    return set(ag, "bb", "");
}

static int force_layout(GVC_t *gvc, Agraph_t *ag, const char *engine, const pl_gv_legend *has,
                        const parley_export_options *opts, const char **failed)
{
    enum { NV = sizeof force_variants / sizeof force_variants[0] };
    if (force_once(gvc, ag, engine, 0, opts, failed))
        return -1;
    if (agnnodes(ag) > FORCE_RETRY_MAX)
        return 0;
    double best = printed_text(gvc, ag, has, opts);
    int best_v = 0, live = 0;
    for (int v = 1; v < NV && best < 7; v++) {
        if (clear_positions(gvc, ag) || force_once(gvc, ag, engine, v, opts, failed))
            return -1;
        live = v;
        double t = printed_text(gvc, ag, has, opts);
        if (t > best) {
            best = t;
            best_v = v;
        }
    }
    if (live == best_v)
        return 0;
    return clear_positions(gvc, ag) || force_once(gvc, ag, engine, best_v, opts, failed) ? -1 : 0;
}

int pl_gv_layout(GVC_t *gvc, Agraph_t *ag, const char *engine, const pl_gv_legend *has,
                     const parley_export_options *opts, parley_error *err)
{
    placement p;
    rect b;
    const char *failed = engine;
    pl_gv_fold fold = {0};

    if (strcmp(engine, "nop2") != 0) {
        if (strcmp(engine, "dot") == 0) {
            if (tighten_clusters(ag) || chain_isolated(ag))
                goto fail;
            if (layout_dot(gvc, ag, "LR", has, opts, &p))
                goto fail;
            if (agnnodes(ag) <= DOT_BOTH_DIRECTIONS_MAX) {
                placement lr = p;
                gvFreeLayout(gvc, ag);
                if (layout_dot(gvc, ag, "TB", has, opts, &p))
                    goto fail;
                /* Left to right unless top to bottom prints clearly larger. */
                if (lr.scale >= p.scale * 0.97) {
                    gvFreeLayout(gvc, ag);
                    if (layout_dot(gvc, ag, "LR", has, opts, &p))
                        goto fail;
                }
            }
            if (p.fold > 1 && pl_gv_fold_plan(ag, p.fold, &fold))
                goto fail;
        } else if (force_layout(gvc, ag, engine, has, opts, &failed)) {
            goto fail;
        }
        /* The "dot" renderer writes every position into the graph's
         * attributes (pos, bb, lp), which nop2 reads back. */
        failed = "position";
        if (attach_positions(gvc, ag))
            goto fail;
        if (pl_gv_fold_apply(ag, &fold) || place_edge_labels(ag))
            goto fail;
        pl_gv_fold_free(&fold);
    }
    failed = engine;
    if (read_box(ag, &b))
        goto fail;
    place(&p, has, &b, opts);
    if (opts->fit) {
        opts->fit->text_pt = smallest_text(ag) * p.scale;
        opts->fit->landscape = p.landscape;
    }
    if (p.L.count > 0) {
        /* The drawing moves up (or the legend beside it would reach below
         * it) so that nothing lies below or left of the origin: nop2 would
         * otherwise move it back, and leave edge labels behind. */
        double dy = p.under ? p.L.h + LEGEND_GAP : fmax(0.0, p.L.h - (b.ury - b.lly));
        failed = "position";
        if (pl_gv_translate(ag, -b.llx, dy - b.lly))
            goto fail;
        failed = engine;
        b.urx -= b.llx;
        b.ury += dy - b.lly;
        b.llx = 0;
        b.lly = dy;
        double left = 0, top = b.lly - LEGEND_GAP;
        if (!p.under) {
            left = b.urx + LEGEND_GAP;
            top = b.ury;
        }
        if (draw_legend(ag, &p.L, left, top, opts))
            goto fail;
        rect all = b;
        all.lly = fmin(b.lly, top - p.L.h);
        all.urx = fmax(b.urx, left + p.L.w);
        if (setf(ag, "bb", "%.2f,%.2f,%.2f,%.2f", all.llx, all.lly, all.urx, all.ury))
            goto fail;
    }
    const double *page = page_pt[opts->page];
    double pw = p.landscape ? page[1] : page[0], ph = p.landscape ? page[0] : page[1];
    if (setf(ag, "size", "%.3f,%.3f", (pw - 2 * PAD_PT) / 72.0, (ph - 2 * PAD_PT) / 72.0) ||
        setf(ag, "pad", "%.2f", PAD_PT / 72.0))
        goto fail;
    failed = "nop2";
    if (gvLayout(gvc, ag, "nop2") != 0)
        goto fail;
    return 0;

fail:
    pl_gv_fold_free(&fold);
    return pl_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz %s layout failed: %s", failed,
                       pl_gv_error()[0] ? pl_gv_error() : "no reason given");
}
