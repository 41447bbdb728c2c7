/* timeline.c: the timeline diagram: meetings left to right by date on a
 * time axis with month (or year) ticks, the parties (states, or officials)
 * as rows, each meeting a vertical connector across its parties' rows,
 * styled by status and labelled with its kind; undated meetings in a
 * column of their own at the end. parley computes every position; Graphviz
 * draws them as they are (nop2), so SVG, PNG and PDF share one path. */
#include "export/escape.h"
#include "export/export_internal.h"
#include "export/gv.h"
#include "export/style.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sizes in points. */
#define ROW_H 24.0      /* between two rows */
#define MARK 10.0       /* a meeting's marker on a row */
#define MIN_GAP 22.0    /* least distance between two meetings */
#define LABEL_LINE 13.0 /* between the staggered lines of kind labels */
#define LABEL_LEVELS 3  /* kind labels stagger over this many lines */
#define TEXT_W(s) (0.6 * 10.0 * (double)strlen(s)) /* at 10 points, as diagram.c */
#define NATURAL_W 820.0 /* the width aimed at: an A4 page's long side, margins aside */

typedef struct row {
    const parley_node *node; /* the state, organization or official the row is */
    const char *key;         /* the node's id, or "country:ISO" with no node */
    const char *label;
    double first;            /* the day of its first dated meeting (for order) */
    double y;
} row;

typedef struct meeting {
    const parley_node *node;
    double day;  /* the middle of its date, in days since 1970; NAN when undated */
    double x;
    size_t *rows; /* indexes of its parties' rows */
    size_t nrows;
    int status;
} meeting;

typedef struct tl {
    const parley_graph *g;
    const parley_export_options *opts;
    row *rows;
    size_t nrows, cap_rows;
    meeting *m;
    size_t nm;
    pl_buf val;
    Agraph_t *ag;
    int serial;
} tl;

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static double days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (double)era * 146097.0 + (double)doe - 719468.0;
}

static void civil_from_days(double days, int *y, int *m)
{
    long z = (long)floor(days) + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The first and last day of a "YYYY", "YYYY-MM" or "YYYY-MM-DD"; -1 when
 * it is none of them. */
static int date_span(const char *s, size_t n, double *lo, double *hi)
{
    int y = 0, m = 0, d = 0;
    char tail[2];
    char buf[16];
    if (n >= sizeof buf)
        return -1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    if (sscanf(buf, "%4d-%2d-%2d%1s", &y, &m, &d, tail) == 3 && m >= 1 && m <= 12 && d >= 1 &&
        d <= 31) {
        *lo = *hi = days_from_civil(y, m, d);
    } else if (sscanf(buf, "%4d-%2d%1s", &y, &m, tail) == 2 && m >= 1 && m <= 12) {
        *lo = days_from_civil(y, m, 1);
        *hi = days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
    } else if (sscanf(buf, "%4d%1s", &y, tail) == 1 && n == 4) {
        *lo = days_from_civil(y, 1, 1);
        *hi = days_from_civil(y, 12, 31);
    } else {
        return -1;
    }
    return 0;
}

/* The middle day of a meeting's date (a day, month, year or "A/B"), or
 * NAN. */
static double meeting_day(const parley_node *n)
{
    const char *date = parley_node_attr(n, "date");
    if (!date || !*date)
        return NAN;
    const char *slash = strchr(date, '/');
    double lo, hi, lo2, hi2;
    if (!slash)
        return date_span(date, strlen(date), &lo, &hi) ? NAN : (lo + hi) / 2;
    if (date_span(date, (size_t)(slash - date), &lo, &hi) ||
        date_span(slash + 1, strlen(slash + 1), &lo2, &hi2))
        return NAN;
    return (lo + hi2) / 2;
}

static int status_of(const parley_node *n)
{
    const char *s = parley_node_attr(n, "status");
    for (int i = 0; s && i < PARLEY_STATUS_COUNT; i++)
        if (strcmp(s, parley_meeting_status_name((parley_meeting_status)i)) == 0)
            return i;
    return -1;
}

/* ---- rows --------------------------------------------------------------- */

/* The row a participant counts for: with rows of states, an official
 * counts as the state in its country attribute (else the one it
 * represents); everything else is its own row. Returns its index, adding
 * the row when new, or -1 (out of memory). */
static long row_of(tl *t, const parley_node *p)
{
    const parley_node *node = p;
    const char *key = parley_node_id(p);
    const char *label = parley_node_label(p);
    if (t->opts->timeline_rows == PARLEY_ROWS_STATES &&
        parley_node_get_type(p) == PARLEY_NODE_OFFICIAL) {
        const char *iso = parley_node_attr(p, "country");
        if (iso && *iso) {
            pl_buf_clear(&t->val);
            if (pl_buf_printf(&t->val, "country:%s", iso))
                return -1;
            const parley_node *c = parley_graph_find_node(t->g, t->val.data);
            node = c;
            key = c ? parley_node_id(c) : NULL;
            label = c ? parley_node_label(c) : iso;
            if (!c) {
                /* No node for the state: the row is keyed by the ISO code,
                 * kept by the graph as the attribute's value. */
                key = iso;
            }
        }
    }
    for (size_t i = 0; i < t->nrows; i++)
        if (strcmp(t->rows[i].key, key) == 0)
            return (long)i;
    if (t->nrows == t->cap_rows) {
        size_t cap = t->cap_rows ? 2 * t->cap_rows : 16;
        row *r = realloc(t->rows, cap * sizeof *r);
        if (!r)
            return -1;
        t->rows = r;
        t->cap_rows = cap;
    }
    t->rows[t->nrows] = (row){node, key, label, INFINITY, 0};
    return (long)t->nrows++;
}

static int by_first(const void *a, const void *b)
{
    const row *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return strcmp(x->label, y->label);
}

static int by_day(const void *a, const void *b)
{
    const meeting *x = a, *y = b;
    int ux = isnan(x->day), uy = isnan(y->day);
    if (ux != uy)
        return ux - uy;
    if (!ux && x->day != y->day)
        return x->day < y->day ? -1 : 1;
    return strcmp(parley_node_id(x->node), parley_node_id(y->node));
}

/* Collects meetings and their parties' rows. */
static int collect(tl *t)
{
    size_t nn = parley_graph_node_count(t->g);
    t->m = calloc(nn ? nn : 1, sizeof *t->m);
    if (!t->m)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < nn; i++) {
        const parley_node *n = parley_graph_node_at(t->g, i);
        if (parley_node_get_type(n) == PARLEY_NODE_MEETING)
            t->m[t->nm++] = (meeting){n, meeting_day(n), 0, NULL, 0, status_of(n)};
    }
    qsort(t->m, t->nm, sizeof *t->m, by_day);
    size_t ne = parley_graph_edge_count(t->g);
    for (size_t k = 0; k < t->nm; k++) {
        meeting *m = &t->m[k];
        for (size_t i = 0; i < ne; i++) {
            const parley_edge *e = parley_graph_edge_at(t->g, i);
            if (parley_edge_relation(e) != PARLEY_REL_PARTICIPANT || parley_edge_target(e) != m->node)
                continue;
            long r = row_of(t, parley_edge_source(e));
            if (r < 0)
                return PARLEY_ENOMEM;
            int seen = 0;
            for (size_t j = 0; j < m->nrows; j++)
                seen |= m->rows[j] == (size_t)r;
            if (seen)
                continue;
            size_t *rows = realloc(m->rows, (m->nrows + 1) * sizeof *rows);
            if (!rows)
                return PARLEY_ENOMEM;
            m->rows = rows;
            m->rows[m->nrows++] = (size_t)r;
            if (!isnan(m->day) && m->day < t->rows[r].first)
                t->rows[r].first = m->day;
        }
    }
    /* Rows in the order of their first meeting; meetings keep row indexes,
     * so map them through the new order. */
    size_t *old_of = malloc((t->nrows ? t->nrows : 1) * sizeof *old_of);
    if (!old_of)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < t->nrows; i++)
        t->rows[i].y = (double)i; /* the old index, for a moment */
    qsort(t->rows, t->nrows, sizeof *t->rows, by_first);
    for (size_t i = 0; i < t->nrows; i++)
        old_of[(size_t)t->rows[i].y] = i;
    for (size_t k = 0; k < t->nm; k++)
        for (size_t j = 0; j < t->m[k].nrows; j++)
            t->m[k].rows[j] = old_of[t->m[k].rows[j]];
    free(old_of);
    return 0;
}

/* ---- drawing ------------------------------------------------------------ */

static int set(void *obj, const char *name, const char *value)
{
    return agsafeset(obj, (char *)name, (char *)value, (char *)"") == 0 ? 0 : -1;
}

static int setf(void *obj, const char *name, const char *fmt, ...) PARLEY_PRINTF(3, 4);
static int setf(void *obj, const char *name, const char *fmt, ...)
{
    char v[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v, sizeof v, fmt, ap);
    va_end(ap);
    return set(obj, name, v);
}

/* Sets attribute `name` to the text s, escaped for Graphviz. */
static int set_text(tl *t, void *obj, const char *name, const char *prefix, const char *s)
{
    pl_buf_clear(&t->val);
    if (pl_buf_puts(&t->val, prefix) || pl_escape_gv_text(&t->val, s, strlen(s)) ||
        pl_escape_gv_guard(&t->val))
        return -1;
    return set(obj, name, t->val.data);
}

/* A node at (x, y), w x h points, of fixed size, with the given shape. */
static Agnode_t *put(tl *t, double x, double y, double w, double h, const char *shape)
{
    char name[32];
    snprintf(name, sizeof name, "tl%d", ++t->serial);
    Agnode_t *n = agnode(t->ag, name, 1);
    if (!n || setf(n, "pos", "%.2f,%.2f", x, y) || setf(n, "width", "%.4f", w / 72.0) ||
        setf(n, "height", "%.4f", h / 72.0) || set(n, "fixedsize", "true") ||
        set(n, "shape", shape) || set(n, "label", "") || set(n, "id", name))
        return NULL;
    return n;
}

/* Text at (x, y), anchored by its centre. */
static Agnode_t *text(tl *t, double x, double y, const char *s, double size, const char *cls)
{
    double w = 0.6 * size * (double)strlen(s) + 4;
    Agnode_t *n = put(t, x, y, w, size + 4, "plaintext");
    if (!n || set_text(t, n, "label", "", s) || setf(n, "fontsize", "%g", size) ||
        set(n, "class", cls) ||
        set(n, "fontcolor", pl_gv_themes[t->opts->theme].fontcolor))
        return NULL;
    return n;
}

/* A straight line from (x1, y1) to (x2, y2) between two invisible points. */
static Agedge_t *line(tl *t, double x1, double y1, double x2, double y2)
{
    Agnode_t *a = put(t, x1, y1, 1, 1, "point"), *b = put(t, x2, y2, 1, 1, "point");
    if (!a || !b || set(a, "style", "invis") || set(b, "style", "invis"))
        return NULL;
    Agedge_t *e = agedge(t->ag, a, b, NULL, 1);
    if (!e ||
        setf(e, "pos", "%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f", x1, y1, x1 + (x2 - x1) / 3,
             y1 + (y2 - y1) / 3, x1 + 2 * (x2 - x1) / 3, y1 + 2 * (y2 - y1) / 3, x2, y2) ||
        set(e, "dir", "none"))
        return NULL;
    return e;
}

static const char *const month_abbr[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/* x of day d: linear between the placed meetings (which may have been
 * pushed apart), and beyond them at the scale. */
static double x_of(const tl *t, size_t dated, double d, double x0, double scale)
{
    if (dated == 0)
        return x0;
    const meeting *m = t->m;
    if (d <= m[0].day)
        return m[0].x - (m[0].day - d) * scale;
    for (size_t k = 1; k < dated; k++)
        if (d <= m[k].day) {
            double span = m[k].day - m[k - 1].day;
            return span > 0 ? m[k - 1].x + (m[k].x - m[k - 1].x) * (d - m[k - 1].day) / span
                            : m[k].x;
        }
    return m[dated - 1].x + (d - m[dated - 1].day) * scale;
}

/* Where draw's steps place things, computed once by place(). */
typedef struct frame {
    double label_w;   /* width of the row labels' column */
    size_t dated;     /* meetings with a date: the first ones of t->m */
    size_t undated;
    double x0;        /* x of the first dated meeting */
    double scale;     /* points a day */
    double right;     /* x of the last dated meeting */
    double undated_x; /* x of the undated column */
    double end;       /* where the row lines end */
    double top;       /* y of row 0 */
    double bottom;    /* y of the last row */
} frame;

/* x: the dated meetings spread over what the page leaves, never closer
 * than MIN_GAP; then the undated column. */
static void place(tl *t, frame *f)
{
    f->label_w = 0;
    for (size_t i = 0; i < t->nrows; i++)
        f->label_w = fmax(f->label_w, 0.6 * 11.0 * (double)strlen(t->rows[i].label) + 8);
    f->dated = 0;
    while (f->dated < t->nm && !isnan(t->m[f->dated].day))
        f->dated++;
    size_t dated = f->dated;
    f->undated = t->nm - dated;

    f->x0 = f->label_w + 20;
    double span = dated > 1 ? t->m[dated - 1].day - t->m[0].day : 0;
    double room = fmax(NATURAL_W - f->x0 - (f->undated ? 60.0 + MIN_GAP * (double)f->undated : 0),
                       MIN_GAP * (double)(dated ? dated - 1 : 0));
    f->scale = span > 0 ? room / span : 1;
    for (size_t k = 0; k < dated; k++) {
        meeting *m = &t->m[k];
        m->x = f->x0 + (m->day - t->m[0].day) * f->scale;
        if (k > 0 && m->x < t->m[k - 1].x + MIN_GAP)
            m->x = t->m[k - 1].x + MIN_GAP;
    }
    f->right = dated ? t->m[dated - 1].x : f->x0;
    f->undated_x = f->right + (dated ? 50.0 : 0);
    for (size_t k = 0; k < f->undated; k++)
        t->m[dated + k].x = f->undated_x + MIN_GAP * (double)k;
    f->end = t->nm ? t->m[t->nm - 1].x + 20 : f->x0 + 100;

    /* y: row 0 at the top (Graphviz's y grows upwards). */
    f->top = 0;
    for (size_t i = 0; i < t->nrows; i++)
        t->rows[i].y = f->top - ROW_H * (double)i;
    f->bottom = f->top - ROW_H * (double)(t->nrows ? t->nrows - 1 : 0);
}

/* Each row: its label, and a line across the page. */
static int draw_rows(tl *t, const frame *f)
{
    for (size_t i = 0; i < t->nrows; i++) {
        const row *r = &t->rows[i];
        Agnode_t *n = text(t, f->label_w / 2, r->y, r->label, 11.0, "timeline-row");
        Agedge_t *e = line(t, f->label_w + 4, r->y, f->end, r->y);
        if (!n || !e || set_text(t, n, "id", "row:", r->key) || set(e, "color", "#d9d9d9") ||
            set_text(t, e, "id", "rowline:", r->key) || set(e, "class", "timeline-rowline"))
            return -1;
    }
    return 0;
}

/* A meeting's marker on each of its parties' rows. */
static int draw_marks(tl *t, const meeting *m, const pl_gv_node_style *ns, const char *cls,
                      const char *status)
{
    for (size_t j = 0; j < m->nrows; j++) {
        const row *r = &t->rows[m->rows[j]];
        Agnode_t *mk = put(t, m->x, r->y, MARK, MARK, ns->shape);
        if (!mk || set(mk, "style", ns->style) || set(mk, "fillcolor", ns->fillcolor) ||
            set(mk, "color", ns->color) || set(mk, "class", cls))
            return -1;
        pl_buf_clear(&t->val);
        const char *date = parley_node_attr(m->node, "date");
        if (pl_buf_puts(&t->val, "mark:") ||
            pl_escape_gv_text(&t->val, parley_node_id(m->node),
                                  strlen(parley_node_id(m->node))) ||
            pl_buf_puts(&t->val, "@") ||
            pl_escape_gv_text(&t->val, r->key, strlen(r->key)) ||
            pl_escape_gv_guard(&t->val) || set(mk, "id", t->val.data))
            return -1;
        pl_buf_clear(&t->val);
        if (pl_escape_gv_text(&t->val, parley_node_label(m->node),
                                  strlen(parley_node_label(m->node))) ||
            pl_buf_printf(&t->val, " (%s, %s)", date ? date : "undated", status) ||
            pl_escape_gv_guard(&t->val) || set(mk, "tooltip", t->val.data))
            return -1;
    }
    return 0;
}

/* Each meeting: a connector from its top to its bottom party, a marker
 * on each party's row, its kind above the rows, staggered. */
static int draw_meetings(tl *t, const frame *f, pl_gv_legend *has)
{
    double level_end[LABEL_LEVELS];
    for (int l = 0; l < LABEL_LEVELS; l++)
        level_end[l] = -INFINITY;
    for (size_t k = 0; k < t->nm; k++) {
        meeting *m = &t->m[k];
        int st = m->status >= 0 ? m->status : PARLEY_STATUS_HELD;
        const pl_gv_node_style *ns = &pl_gv_status_styles[st];
        if (m->status >= 0)
            has->has_status[m->status] = 1;
        else
            has->has_unknown_status = 1;
        double hi = -INFINITY, lo = INFINITY;
        for (size_t j = 0; j < m->nrows; j++) {
            hi = fmax(hi, t->rows[m->rows[j]].y);
            lo = fmin(lo, t->rows[m->rows[j]].y);
        }
        if (m->nrows == 0)
            hi = lo = f->top;
        const char *status = parley_meeting_status_name((parley_meeting_status)st);
        char cls[64];
        snprintf(cls, sizeof cls, "timeline-meeting %s", status);
        Agedge_t *c = line(t, m->x, hi, m->x, lo);
        if (!c || set(c, "color", ns->color) || set(c, "class", cls) ||
            set(c, "style", st == PARLEY_STATUS_HELD ? "bold" : st == PARLEY_STATUS_PLANNED ? "dashed" : "dotted") ||
            set_text(t, c, "id", "", parley_node_id(m->node)) ||
            set_text(t, c, "tooltip", "", parley_node_label(m->node)))
            return -1;
        if (draw_marks(t, m, ns, cls, status))
            return -1;
        const char *kind = parley_node_attr(m->node, "kind");
        if (!kind)
            kind = "meeting";
        double w = TEXT_W(kind);
        int level = 0;
        while (level < LABEL_LEVELS - 1 && level_end[level] > m->x - w / 2 - 2)
            level++;
        level_end[level] = m->x + w / 2;
        Agnode_t *kl = text(t, m->x, f->top + 16 + LABEL_LINE * level, kind, 10.0, "timeline-kind");
        if (!kl)
            return -1;
    }
    return 0;
}

/* The axis under the rows, over the dated meetings: month ticks, or
 * years when the span is long. */
static int draw_axis(tl *t, const frame *f, double axis_y)
{
    const pl_gv_theme_style *theme = &pl_gv_themes[t->opts->theme];
    size_t dated = f->dated;
    double x0 = f->x0;
    Agedge_t *ax = line(t, x0 - 20, axis_y, f->right + 10, axis_y);
    if (!ax || set(ax, "color", theme->fontcolor) || set(ax, "class", "timeline-axis"))
        return -1;
    int y1, m1, y2, m2;
    civil_from_days(t->m[0].day, &y1, &m1);
    civil_from_days(t->m[dated - 1].day, &y2, &m2);
    int months = (y2 - y1) * 12 + (m2 - m1);
    double first = t->m[0].day, last = t->m[dated - 1].day;
    /* Ticks: weekly (Mondays) over two months or less, else monthly,
     * quarterly past a year, yearly past three. */
    int weekly = last - first <= 62;
    int step = months > 36 ? 12 : months > 12 ? 3 : 1;
    int y = y1, m = step == 12 ? 1 : m1;
    double d = weekly ? floor(first) - fmod(floor(first) + 3.0, 7.0) : 0; /* a Monday */
    double last_label = -INFINITY;
    for (int guard = 0; guard < 400; guard++) {
        if (!weekly)
            d = days_from_civil(y, m, 1);
        if (d > last + 1)
            break;
        double x = x_of(t, dated, d, x0, f->scale);
        if (d >= first - 31 && x >= x0 - 20) {
            Agedge_t *tick = line(t, x, axis_y, x, axis_y - 4);
            char lab[32];
            if (weekly) {
                int ty, tm;
                civil_from_days(d, &ty, &tm);
                snprintf(lab, sizeof lab, "%d %s", (int)(d - days_from_civil(ty, tm, 1)) + 1,
                         month_abbr[tm - 1]);
            } else if (step == 12) {
                snprintf(lab, sizeof lab, "%d", y);
            } else {
                snprintf(lab, sizeof lab, "%s %d", month_abbr[m - 1], y);
            }
            if (!tick || set(tick, "color", theme->fontcolor) ||
                set(tick, "class", "timeline-tick"))
                return -1;
            if (x - TEXT_W(lab) / 2 > last_label + 4) {
                if (!text(t, x, axis_y - 12, lab, 10.0, "timeline-tick"))
                    return -1;
                last_label = x + TEXT_W(lab) / 2;
            }
        }
        if (weekly) {
            d += 7;
            continue;
        }
        m += step;
        while (m > 12) {
            m -= 12;
            y++;
        }
    }
    if (weekly) {
        char lab[32];
        snprintf(lab, sizeof lab, "%s %d", month_abbr[m1 - 1], y1);
        if (!text(t, x0 - 20, axis_y - 26, lab, 10.0, "timeline-tick"))
            return -1;
    }
    return 0;
}

static int draw(tl *t, pl_gv_legend *has)
{
    frame f;
    place(t, &f);
    if (draw_rows(t, &f) || draw_meetings(t, &f, has))
        return -1;
    /* Under the rows: the axis, and the undated column headed as such. */
    double axis_y = f.bottom - 18;
    if (f.dated && draw_axis(t, &f, axis_y))
        return -1;
    if (f.undated && !text(t, f.undated_x + MIN_GAP * (double)(f.undated - 1) / 2, axis_y - 12,
                           "undated", 10.0, "timeline-tick"))
        return -1;
    return 0;
}

int pl_gv_timeline(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                       pl_gv_legend *has, parley_error *err)
{
    tl t = {0};
    int rc = 0;
    *out = NULL;
    memset(has, 0, sizeof *has);
    t.g = g;
    t.opts = opts;
    pl_buf title = PL_BUF_INIT;
    if ((rc = collect(&t)))
        goto cleanup;
    t.ag = agopen((char *)"timeline", Agdirected, NULL);
    if (!t.ag) {
        rc = PARLEY_EGRAPHVIZ;
        goto cleanup;
    }
    const pl_gv_theme_style *theme = &pl_gv_themes[opts->theme];
    if ((rc = pl_export_title(&title, g, opts)))
        goto cleanup;
    if (set_text(&t, t.ag, "label", "", title.data ? title.data : "") ||
        set(t.ag, "labelloc", "t") || set(t.ag, "fontname", PARLEY_GV_FONT) ||
        set(t.ag, "fontsize", "16") || set(t.ag, "bgcolor", theme->bgcolor) ||
        set(t.ag, "fontcolor", theme->fontcolor) || set(t.ag, "charset", "UTF-8") ||
        set(t.ag, "outputorder", "edgesfirst") ||
        !agattr(t.ag, AGNODE, (char *)"fontname", (char *)PARLEY_GV_FONT) ||
        !agattr(t.ag, AGNODE, (char *)"fontsize", (char *)"11") ||
        draw(&t, has)) {
        rc = PARLEY_EGRAPHVIZ;
        goto cleanup;
    }
    /* The box of everything placed, for the legend's placement. */
    double llx = INFINITY, lly = INFINITY, urx = -INFINITY, ury = -INFINITY;
    for (Agnode_t *n = agfstnode(t.ag); n; n = agnxtnode(t.ag, n)) {
        double x, y, w = atof(agget(n, (char *)"width")) * 36.0,
                     h = atof(agget(n, (char *)"height")) * 36.0;
        if (sscanf(agget(n, (char *)"pos"), "%lf,%lf", &x, &y) != 2)
            continue;
        llx = fmin(llx, x - w);
        lly = fmin(lly, y - h);
        urx = fmax(urx, x + w);
        ury = fmax(ury, y + h);
    }
    if (!(llx < urx))
        llx = lly = urx = ury = 0;
    if (setf(t.ag, "bb", "%.2f,%.2f,%.2f,%.2f", llx, lly, urx, ury))
        rc = PARLEY_EGRAPHVIZ;

cleanup:
    pl_buf_free(&title);
    pl_buf_free(&t.val);
    for (size_t k = 0; k < t.nm; k++)
        free(t.m[k].rows);
    free(t.m);
    free(t.rows);
    if (rc) {
        if (t.ag)
            agclose(t.ag);
        if (rc == PARLEY_ENOMEM)
            return pl_fail(err, rc, -1, "out of memory");
        return pl_fail(err, rc, -1, "Graphviz could not build the timeline%s%s",
                           pl_gv_error()[0] ? ": " : "", pl_gv_error());
    }
    *out = t.ag;
    return 0;
}
