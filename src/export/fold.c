/* fold.c: a tall dot layout folded into columns, as a long text is set in
 * columns on a page. dot puts each rank in one column, so a graph with
 * many officials or states makes a strip far taller than a page; cut
 * across where the fewest edges cross, its pieces stand side by side.
 * Edges within a piece keep their routes; the few between pieces are
 * routed again by nop2. */
#include "export/gv.h"
#include "util/util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Space between two columns, in points. */
#define COLUMN_GAP 24.0

typedef struct block {
    double llx, lly, urx, ury;
} block;

static int by_top(const void *a, const void *b)
{
    const block *x = a, *y = b;
    return x->ury > y->ury ? -1 : x->ury < y->ury ? 1 : 0;
}

static int is_cluster(Agraph_t *sub)
{
    return strncmp(agnameof(sub), "cluster", 7) == 0;
}

/* The top-level cluster node n is in, or NULL. */
static Agraph_t *cluster_of(Agraph_t *g, Agnode_t *n)
{
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
        if (is_cluster(sub) && agsubnode(sub, n, 0))
            return sub;
    return NULL;
}

static int by_value_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x > y ? -1 : x < y ? 1 : 0;
}

/* The height a node counts at: its cluster's middle, or its own. */
static double centre_y(Agraph_t *g, Agnode_t *n)
{
    Agraph_t *c = cluster_of(g, n);
    return c ? (GD_bb(c).LL.y + GD_bb(c).UR.y) / 2 : ND_coord(n).y;
}

/* How many edges a cut at height y would break; ys holds each node's
 * centre_y by sequence number. */
static size_t crossings(Agraph_t *g, const double *ys, double y)
{
    size_t n = 0;
    for (Agnode_t *v = agfstnode(g); v; v = agnxtnode(g, v)) {
        int above = ys[AGSEQ(v)] > y;
        for (Agedge_t *e = agfstout(g, v); e; e = agnxtout(g, e))
            n += (ys[AGSEQ(aghead(e))] > y) != above;
    }
    return n;
}

void pl_gv_fold_free(pl_gv_fold *f)
{
    free(f->group);
    memset(f, 0, sizeof *f);
}

int pl_gv_fold_plan(Agraph_t *g, int columns, pl_gv_fold *f)
{
    memset(f, 0, sizeof *f);
    f->columns = 1;
    if (columns < 2 || columns > PARLEY_GV_FOLD_MAX)
        return 0;
    size_t nblocks = 0, cap = (size_t)agnnodes(g) + 1;
    block *blocks = malloc(cap * sizeof *blocks);
    if (!blocks)
        return PARLEY_ENOMEM;
    for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub))
        if (is_cluster(sub) && agfstnode(sub))
            blocks[nblocks++] = (block){GD_bb(sub).LL.x, GD_bb(sub).LL.y, GD_bb(sub).UR.x,
                                        GD_bb(sub).UR.y};
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        if (cluster_of(g, n))
            continue;
        double x = ND_coord(n).x, y = ND_coord(n).y;
        double w = ND_width(n) * 36.0, h = ND_height(n) * 36.0;
        blocks[nblocks++] = (block){x - w, y - h, x + w, y + h};
    }
    if (nblocks < 2) {
        free(blocks);
        return 0;
    }
    qsort(blocks, nblocks, sizeof *blocks, by_top);

    /* The cuts: near each k-th of the height, where the fewest edges
     * cross. A block goes to the column of its centre; a column's blocks
     * keep their places relative to each other, and columns stand apart,
     * so nothing overlaps whatever the cut. */
    double top = blocks[0].ury, bottom = top;
    for (size_t i = 0; i < nblocks; i++)
        bottom = fmin(bottom, blocks[i].lly);
    double step = (top - bottom) / columns;
    int max_seq = 0;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        if ((int)AGSEQ(n) > max_seq)
            max_seq = (int)AGSEQ(n);
    double *ys = malloc(nblocks * sizeof *ys);
    double *node_y = malloc(((size_t)max_seq + 1) * sizeof *node_y);
    if (!ys || !node_y) {
        free(ys);
        free(node_y);
        free(blocks);
        return PARLEY_ENOMEM;
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        node_y[AGSEQ(n)] = centre_y(g, n);
    for (size_t i = 0; i < nblocks; i++)
        ys[i] = (blocks[i].lly + blocks[i].ury) / 2;
    qsort(ys, nblocks, sizeof *ys, by_value_desc);
    f->cut_count = 0;
    for (int c = 1; c < columns; c++) {
        double want = top - step * c, best = NAN, best_cost = INFINITY;
        for (size_t i = 0; i + 1 < nblocks; i++) {
            double y = (ys[i] + ys[i + 1]) / 2;
            if (ys[i] - ys[i + 1] < 1.0 || fabs(y - want) > 0.25 * step ||
                (f->cut_count > 0 && y >= f->cuts[f->cut_count - 1]))
                continue;
            double cost = (double)crossings(g, node_y, y) + 2.0 * fabs(y - want) / step;
            if (cost < best_cost) {
                best_cost = cost;
                best = y;
            }
        }
        if (!isnan(best))
            f->cuts[f->cut_count++] = best;
    }
    free(ys);
    f->columns = f->cut_count + 1;
    if (f->columns < 2) {
        free(node_y);
        free(blocks);
        return 0;
    }

    /* Each column's extent, then its offset: side by side, tops level. */
    for (int c = 0; c < f->columns; c++) {
        f->minx[c] = INFINITY;
        f->maxx[c] = -INFINITY;
        f->top[c] = -INFINITY;
        f->bottom[c] = INFINITY;
    }
    for (size_t i = 0; i < nblocks; i++) {
        int c = pl_gv_fold_column(f, (blocks[i].ury + blocks[i].lly) / 2);
        f->minx[c] = fmin(f->minx[c], blocks[i].llx);
        f->maxx[c] = fmax(f->maxx[c], blocks[i].urx);
        f->top[c] = fmax(f->top[c], blocks[i].ury);
        f->bottom[c] = fmin(f->bottom[c], blocks[i].lly);
    }
    free(blocks);
    double x = GD_bb(g).LL.x, height = 0;
    top = -INFINITY;
    for (int c = 0; c < f->columns; c++)
        top = fmax(top, f->top[c]);
    for (int c = 0; c < f->columns; c++) {
        if (!(f->minx[c] <= f->maxx[c])) { /* an empty column */
            f->dx[c] = f->dy[c] = 0;
            continue;
        }
        f->dx[c] = x - f->minx[c];
        f->dy[c] = top - f->top[c];
        x += f->maxx[c] - f->minx[c] + COLUMN_GAP;
        height = fmax(height, f->top[c] - f->bottom[c]);
    }
    /* The title above the columns, as above the drawing. */
    double title = GD_bb(g).UR.y - top;
    f->bb[0] = GD_bb(g).LL.x;
    f->bb[1] = top - height;
    f->bb[2] = x - COLUMN_GAP;
    f->bb[3] = top + title;
    f->title_y = top + title / 2;

    /* Each node's column, by sequence number. */
    f->group = malloc(((size_t)max_seq + 1) * sizeof *f->group);
    if (!f->group) {
        free(node_y);
        return PARLEY_ENOMEM;
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        f->group[AGSEQ(n)] = pl_gv_fold_column(f, node_y[AGSEQ(n)]);
    free(node_y);
    return 0;
}

int pl_gv_fold_column(const pl_gv_fold *f, double y)
{
    int c = 0;
    while (c < f->cut_count && y < f->cuts[c])
        c++;
    return c;
}

/* Appends to b the points of `in` ("x,y", "e,x,y", "s,x,y", separated by
 * spaces, splines by ';') moved by (dx, dy). */
static int move_points(pl_buf *b, const char *in, double dx, double dy)
{
    b->len = 0;
    const char *s = in;
    while (*s) {
        if (*s == ' ' || *s == ';') {
            if (pl_buf_append(b, s, 1))
                return -1;
            s++;
            continue;
        }
        if ((s[0] == 'e' || s[0] == 's') && s[1] == ',') {
            if (pl_buf_append(b, s, 2))
                return -1;
            s += 2;
        }
        char *end;
        double x = strtod(s, &end);
        if (end == s || *end != ',')
            return -1;
        double y = strtod(end + 1, &end);
        if (pl_buf_printf(b, "%.2f,%.2f", x + dx, y + dy))
            return -1;
        s = end;
    }
    return 0;
}

/* The largest y of a route ("x,y" points, "e,x,y" arrow tips), or
 * -INFINITY. */
static double highest_point(const char *pos)
{
    double high = -INFINITY;
    const char *s = pos ? pos : "";
    while (*s) {
        if ((s[0] == 'e' || s[0] == 's') && s[1] == ',')
            s += 2;
        char *end;
        strtod(s, &end);
        if (end == s || *end != ',')
            break;
        s = end + 1;
        double y = strtod(s, &end);
        if (end == s)
            break;
        high = fmax(high, y);
        s = end;
        while (*s == ' ' || *s == ';')
            s++;
    }
    return high;
}

static int move_attr(void *obj, const char *name, double dx, double dy, pl_buf *b)
{
    const char *v = agget(obj, (char *)name);
    if (!v || !*v)
        return 0;
    double x0, y0, x1, y1;
    if (strcmp(name, "bb") == 0) {
        /* A box: two corners in one list, "llx,lly,urx,ury". */
        b->len = 0;
        if (sscanf(v, "%lf,%lf,%lf,%lf", &x0, &y0, &x1, &y1) != 4 ||
            pl_buf_printf(b, "%.2f,%.2f,%.2f,%.2f", x0 + dx, y0 + dy, x1 + dx, y1 + dy))
            return -1;
    } else if (move_points(b, v, dx, dy)) {
        return -1;
    }
    return agsafeset(obj, (char *)name, b->data ? b->data : (char *)"", (char *)"") == 0 ? 0 : -1;
}

int pl_gv_translate(Agraph_t *g, double dx, double dy)
{
    pl_buf b = PL_BUF_INIT;
    int rc = move_attr(g, "bb", dx, dy, &b) || move_attr(g, "lp", dx, dy, &b);
    for (Agnode_t *n = agfstnode(g); n && !rc; n = agnxtnode(g, n)) {
        rc = move_attr(n, "pos", dx, dy, &b);
        for (Agedge_t *e = agfstout(g, n); e && !rc; e = agnxtout(g, e))
            rc = move_attr(e, "pos", dx, dy, &b) || move_attr(e, "lp", dx, dy, &b);
    }
    for (Agraph_t *sub = agfstsubg(g); sub && !rc; sub = agnxtsubg(sub))
        rc = move_attr(sub, "bb", dx, dy, &b) || move_attr(sub, "lp", dx, dy, &b);
    pl_buf_free(&b);
    return rc ? PARLEY_EGRAPHVIZ : 0;
}

int pl_gv_fold_apply(Agraph_t *g, const pl_gv_fold *f)
{
    if (f->columns < 2)
        return 0;
    pl_buf b = PL_BUF_INIT;
    int rc = 0;
    for (Agnode_t *n = agfstnode(g); n && !rc; n = agnxtnode(g, n)) {
        int c = f->group[AGSEQ(n)];
        rc = move_attr(n, "pos", f->dx[c], f->dy[c], &b);
    }
    for (Agnode_t *n = agfstnode(g); n && !rc; n = agnxtnode(g, n)) {
        int c = f->group[AGSEQ(n)];
        for (Agedge_t *e = agfstout(g, n); e && !rc; e = agnxtout(g, e)) {
            int h = f->group[AGSEQ(aghead(e))];
            if (h == c) {
                rc = move_attr(e, "pos", f->dx[c], f->dy[c], &b) ||
                     move_attr(e, "lp", f->dx[c], f->dy[c], &b);
                continue;
            }
            /* Across columns: nop2 routes it anew; its label (if any)
             * goes halfway between its ends. */
            rc = agsafeset(e, (char *)"pos", (char *)"", (char *)"");
            const char *lp = agget(e, (char *)"lp");
            double x1, y1, x2, y2;
            if (!rc && lp && *lp &&
                sscanf(agget(n, (char *)"pos"), "%lf,%lf", &x1, &y1) == 2 &&
                sscanf(agget(aghead(e), (char *)"pos"), "%lf,%lf", &x2, &y2) == 2) {
                char mid[64];
                snprintf(mid, sizeof mid, "%.2f,%.2f", (x1 + x2) / 2, (y1 + y2) / 2);
                rc = agsafeset(e, (char *)"lp", mid, (char *)"");
            }
        }
    }
    for (Agraph_t *sub = agfstsubg(g); sub && !rc; sub = agnxtsubg(sub)) {
        Agnode_t *first = agfstnode(sub);
        if (!is_cluster(sub) || !first)
            continue;
        int c = f->group[AGSEQ(first)];
        rc = move_attr(sub, "bb", f->dx[c], f->dy[c], &b) ||
             move_attr(sub, "lp", f->dx[c], f->dy[c], &b);
    }
    /* The title above everything, routes that loop above the columns'
     * tops included. */
    double title = 2 * (f->bb[3] - f->title_y), high = f->bb[3] - title;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            high = fmax(high, highest_point(agget(e, (char *)"pos")));
    char v[128];
    snprintf(v, sizeof v, "%.2f,%.2f,%.2f,%.2f", f->bb[0], f->bb[1], f->bb[2], high + title);
    if (!rc)
        rc = agsafeset(g, (char *)"bb", v, (char *)"");
    snprintf(v, sizeof v, "%.2f,%.2f", (f->bb[0] + f->bb[2]) / 2, high + title / 2);
    if (!rc && agget(g, (char *)"lp") && *agget(g, (char *)"lp"))
        rc = agsafeset(g, (char *)"lp", v, (char *)"");
    pl_buf_free(&b);
    return rc ? PARLEY_EGRAPHVIZ : 0;
}
