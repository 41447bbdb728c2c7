/* cgraph_build.c: the one walk from a parley graph to a Graphviz cgraph
 * graph, used by both the DOT and the SVG exporter, and the lock that keeps
 * every Graphviz call in the process one at a time. Styles (shape and colour
 * per type, meeting status, relation, theme), the clusters and the legend are
 * defined here once. */
#include "export/gv.h"
#include "export/escape.h"
#include "export/style.h"
#include "export/export_internal.h"
#include "util/util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the Graphviz lock and message capture ---------------------------- */

static pthread_mutex_t gv_mutex = PTHREAD_MUTEX_INITIALIZER;
static agusererrf gv_prev_errf;
static agerrlevel_t gv_prev_level;
/* Half the error record: pl_fail adds its own words around it. */
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

void pl_gv_begin(void)
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

void pl_gv_end(void)
{
    agseterr(gv_prev_level);
    agseterrf(gv_prev_errf);
    pthread_mutex_unlock(&gv_mutex);
}

const char *pl_gv_error(void)
{
    return gv_error_text;
}

static GVC_t *gv_context;

GVC_t *pl_gv_context(void)
{
    if (!gv_context)
        gv_context = gvContext();
    return gv_context;
}

/* ---- subgraph ids ------------------------------------------------------ */

/* agwrite (and the SVG renderer) list subgraphs in the order of their ids,
 * and cgraph's default id of a named object is the address of its name in
 * the string pool: the order of the state boxes would change from run to
 * run. This id discipline numbers graph and subgraph names in the order
 * they are first used (even numbers, as cgraph keeps odd ones for unnamed
 * objects) and leaves nodes and edges to cgraph's own discipline. */
typedef struct gv_ids {
    Agraph_t *g;
    void *inner;  /* AgIdDisc's state */
    char **names; /* names[k] has id 2 * (k + 1), in g's string pool (agwrite
                   * asks the pool whether a name is an HTML string) */
    size_t count, cap;
} gv_ids;

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
    gv_ids *st = calloc(1, sizeof *st);
    if (st) {
        st->g = g;
        st->inner = AgIdDisc.open(g, disc);
    }
    return st;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
    gv_ids *st = state;
    if (objtype != AGRAPH || !str)
        return AgIdDisc.map(st->inner, objtype, str, id, createflag);
    /* A few dozen subgraphs at most (one per state, the legend's two). */
    for (size_t k = 0; k < st->count; k++) {
        if (strcmp(st->names[k], str) == 0) {
            *id = (IDTYPE)(2 * (k + 1));
            return 1;
        }
    }
    if (!createflag)
        return 0;
    if (st->count == st->cap) {
        size_t cap = st->cap ? 2 * st->cap : 16;
        char **names = realloc(st->names, cap * sizeof *names);
        if (!names)
            return 0;
        st->names = names;
        st->cap = cap;
    }
    char *copy = agstrdup(st->g, str);
    if (!copy)
        return 0;
    st->names[st->count++] = copy;
    *id = (IDTYPE)(2 * st->count);
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE id)
{
    return AgIdDisc.alloc(((gv_ids *)state)->inner, objtype, id);
}

/* A subgraph's name stays until the graph is closed. */
static void ids_free(void *state, int objtype, IDTYPE id)
{
    if (objtype != AGRAPH || id % 2 != 0)
        AgIdDisc.free(((gv_ids *)state)->inner, objtype, id);
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
    gv_ids *st = state;
    if (objtype == AGRAPH && id % 2 == 0 && id > 0 && id / 2 <= st->count)
        return st->names[id / 2 - 1];
    return AgIdDisc.print(st->inner, objtype, id);
}

static void ids_close(void *state)
{
    gv_ids *st = state;
    for (size_t k = 0; k < st->count; k++)
        agstrfree(st->g, st->names[k]);
    free(st->names);
    AgIdDisc.close(st->inner);
    free(st);
}

static void ids_register(void *state, int objtype, void *obj)
{
    AgIdDisc.idregister(((gv_ids *)state)->inner, objtype, obj);
}

static Agiddisc_t ids_disc = {ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close,
                              ids_register};
/* NULL memory and I/O disciplines: cgraph's own. */
static Agdisc_t graph_disc = {NULL, &ids_disc, NULL};

/* ---- styles (the tables are in style.c) ------------------------------ */

const char *const pl_gv_data_keys[PARLEY_GV_DATA_KEYS] = {
    "iso3", "country", "title", "kind", "date", "status", "location",
};

/* Line width of an edge seen `mentions` times: 1, and one more per
 * doubling, up to 5, so merged graphs show their strong ties. */
static int pen_width(size_t mentions)
{
    int w = 1;
    while (mentions >= 2 && w < 5) {
        mentions /= 2;
        w++;
    }
    return w;
}

/* A `met` edge (views: parties that met, mentions = meetings shared) has no
 * direction and is drawn thicker the more meetings it stands for: 1 + 1.5
 * per doubling, at most 8 points, so a corpus's busiest pairs stand out
 * without hiding the rest. The count is its label where it is above one,
 * small, in the diagram's font. */
static int style_met(Agedge_t *ae, size_t meetings)
{
    char label[32], width[16];
    unsigned doublings = 0;
    for (size_t w = meetings; w > 1; w /= 2)
        doublings++;
    double pw = 1.0 + 1.5 * doublings;
    snprintf(width, sizeof width, "%.1f", pw < 8.0 ? pw : 8.0);
    if (agsafeset(ae, (char *)"penwidth", width, (char *)"1") != 0 ||
        agsafeset(ae, (char *)"dir", (char *)"none", (char *)"forward") != 0)
        return PARLEY_EGRAPHVIZ;
    if (meetings <= 1)
        return 0;
    snprintf(label, sizeof label, "%zu", meetings);
    return agsafeset(ae, (char *)"label", label, (char *)"") != 0 ||
                   agsafeset(ae, (char *)"fontname", (char *)PARLEY_GV_FONT,
                             (char *)PARLEY_GV_FONT) != 0 ||
                   agsafeset(ae, (char *)"fontsize", (char *)PARLEY_GV_EDGE_FONTSIZE,
                             (char *)PARLEY_GV_EDGE_FONTSIZE) != 0
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

/* Engines that draw clusters; the others ignore them. */
static int draws_clusters(const char *layout)
{
    return layout && (strcmp(layout, "dot") == 0 || strcmp(layout, "fdp") == 0);
}

/* ---- the builder ------------------------------------------------------ */

typedef struct builder {
    Agraph_t *g;
    const pl_gv_theme_style *theme;
    parley_theme theme_id;
    pl_buf val;          /* one attribute value being composed */
    pl_buf name;         /* one node name being composed */
    const parley_graph *graph;
    pl_map nodes;        /* parley_node pointer (its bytes) -> Agnode_t * */
    pl_map clusters;     /* ISO3 -> Agraph_t * of the country's cluster */
    Agsym_t *n_label, *n_tooltip, *n_shape, *n_style, *n_fill, *n_color, *n_fontcolor,
        *n_fontsize, *n_id, *n_class, *n_width, *n_height;
    Agsym_t *e_tooltip, *e_color, *e_style, *e_constraint, *e_penwidth, *e_id, *e_class;
    Agsym_t *n_type, *n_data[PARLEY_GV_DATA_KEYS], *n_mentions, *n_documents;
    Agsym_t *e_relation, *e_mentions, *e_documents;
    pl_gv_legend legend; /* what the graph holds */
} builder;

static int esc(pl_buf *b, const char *s)
{
    return pl_escape_gv_text(b, s, strlen(s));
}

/* Sets obj's attribute sym to the string in b (already escaped). agxset
 * copies it into the graph's string pool. */
static int set_buf(void *obj, Agsym_t *sym, pl_buf *b)
{
    if (pl_escape_gv_guard(b))
        return PARLEY_ENOMEM;
    return agxset(obj, sym, b->data ? b->data : (char *)"") == 0 ? 0 : PARLEY_EGRAPHVIZ;
}

/* Sets a constant of ours (no escaping needed: styles and colours) on an
 * object made just now, which holds the defaults: a value equal to the
 * default is not set again (a million-edge graph saves millions of
 * string-pool lookups). */
static int set_const(void *obj, Agsym_t *sym, const char *value)
{
    if (strcmp(sym->defval, value) == 0)
        return 0;
    return agxset(obj, sym, (char *)value) == 0 ? 0 : PARLEY_EGRAPHVIZ;
}

static int set_style(builder *b, Agnode_t *n, const pl_gv_node_style *st)
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
static Agnode_t *new_node(builder *b, Agraph_t *where, pl_buf *name)
{
    while (agnode(b->g, name->data, 0))
        if (pl_buf_append(name, "_", 1))
            return NULL;
    return agnode(where, name->data, 1);
}

/* The tail of a tooltip: the counts, then one line per evidence kept,
 * "[document] sentence". */
static int add_counts(pl_buf *v, size_t mentions, size_t documents)
{
    return pl_buf_printf(v, "\\n%zu mention%s in %zu document%s", mentions,
                         mentions == 1 ? "" : "s", documents, documents == 1 ? "" : "s");
}

static int add_evidence(pl_buf *v, parley_evidence ev)
{
    if (pl_buf_puts(v, "\\n[") || esc(v, ev.document) || pl_buf_puts(v, "] "))
        return PARLEY_ENOMEM;
    if (ev.sentence)
        return esc(v, ev.sentence);
    return pl_buf_printf(v, "bytes %zu-%zu", ev.start, ev.end);
}

/* Labels wrap at spaces after this many bytes: a long name or list of
 * participants makes a node tall rather than wide, which packs better. */
#define WRAP_AT 18

/* Appends s, escaped, breaking lines at the space before the line would
 * pass WRAP_AT bytes (a word longer than that keeps its line). */
static int esc_wrapped(pl_buf *v, const char *s)
{
    size_t line = 0;
    while (*s) {
        size_t word = strcspn(s, " ");
        if (line > 0 && line + 1 + word > WRAP_AT) {
            if (pl_buf_puts(v, "\\n"))
                return PARLEY_ENOMEM;
            line = 0;
        } else if (line > 0 && pl_buf_puts(v, " ")) {
            return PARLEY_ENOMEM;
        }
        if (pl_escape_gv_text(v, s, word))
            return PARLEY_ENOMEM;
        line += (line > 0) + word;
        s += word;
        while (*s == ' ')
            s++;
    }
    return 0;
}

/* A meeting labelled with more parties than this ("BRN, IDN, KHM, LAO")
 * shows its kind, date and status alone: its edges name the parties, and
 * the list would make the node the largest of the drawing. The tooltip
 * keeps the label. */
#define LABEL_PARTIES_MAX 3

static int list_length(const char *s)
{
    int n = 1;
    for (const char *p = strstr(s, ", "); p; p = strstr(p + 2, ", "))
        n++;
    return n;
}

/* The label: the node's label, an official's title under the name, and for
 * a meeting its kind and status on a line, then its date (the label first
 * unless it only repeats the kind, "talks", or lists more than
 * LABEL_PARTIES_MAX parties). */
static int node_label(pl_buf *v, const parley_node *n)
{
    const char *label = parley_node_label(n);
    parley_node_type type = parley_node_get_type(n);
    if (type == PARLEY_NODE_MEETING) {
        const char *kind = parley_node_attr(n, "kind");
        const char *date = parley_node_attr(n, "date");
        const char *status = parley_node_attr(n, "status");
        int st = meeting_status(n);
        if ((!kind || strcasecmp(label, kind) != 0) && list_length(label) <= LABEL_PARTIES_MAX &&
            (esc_wrapped(v, label) || pl_buf_puts(v, "\\n")))
            return PARLEY_ENOMEM;
        /* kind and status on one line ("visit, planned", "summit
         * (cancelled)"): a line less makes the drawing print larger */
        const char *stl = st >= 0 ? pl_gv_status_label[st] : status ? status : "status unknown";
        if (esc(v, kind ? kind : "meeting") || pl_buf_puts(v, stl[0] == '(' ? " " : ", ") ||
            esc(v, stl) || pl_buf_puts(v, "\\n") || esc(v, date ? date : "date unknown"))
            return PARLEY_ENOMEM;
        return 0;
    }
    if (esc_wrapped(v, label))
        return PARLEY_ENOMEM;
    const char *title = type == PARLEY_NODE_OFFICIAL ? parley_node_attr(n, "title") : NULL;
    if (title && *title && (pl_buf_puts(v, "\\n") || esc_wrapped(v, title)))
        return PARLEY_ENOMEM;
    return 0;
}

/* The class of a node ("official", "meeting planned"); Graphviz's SVG
 * writes it after its own "node". Constant strings. */
static const char *node_class(parley_node_type type, int st)
{
    static const char *const meeting[PARLEY_STATUS_COUNT] = {
        [PARLEY_STATUS_HELD] = "meeting held",
        [PARLEY_STATUS_PLANNED] = "meeting planned",
        [PARLEY_STATUS_CANCELLED] = "meeting cancelled",
    };
    if (type == PARLEY_NODE_MEETING && st >= 0)
        return meeting[st];
    const char *name = parley_node_type_name(type);
    return name ? name : "unknown";
}

/* Sets a count attribute (mentions, documents) unless it is the default. */
static int set_count(void *obj, Agsym_t *sym, size_t count)
{
    char num[32];
    snprintf(num, sizeof num, "%zu", count);
    return set_const(obj, sym, num);
}

/* The node's data attributes: its type, each schema key it has, its
 * counts. */
static int add_node_data(builder *b, Agnode_t *an, const parley_node *n)
{
    const char *type = parley_node_type_name(parley_node_get_type(n));
    if (set_const(an, b->n_type, type ? type : "unknown"))
        return PARLEY_EGRAPHVIZ;
    for (int k = 0; k < PARLEY_GV_DATA_KEYS; k++) {
        const char *v = parley_node_attr(n, pl_gv_data_keys[k]);
        /* Values are data, not labels: no guard backslash. agwrite leaves
         * unquoted (and unreadable) only what is made of '-' and '.'
         * alone, which is no value of the schema's and is left out;
         * checked on the escaped value, which has dropped control
         * characters ("-.\x01" writes as "-."). */
        if (!v)
            continue;
        pl_buf_clear(&b->val);
        if (esc(&b->val, v))
            return PARLEY_ENOMEM;
        if (!b->val.data || strspn(b->val.data, "-.") == b->val.len)
            continue;
        if (agxset(an, b->n_data[k], b->val.data) != 0)
            return PARLEY_EGRAPHVIZ;
    }
    return set_count(an, b->n_mentions, parley_node_mentions(n)) ||
                   set_count(an, b->n_documents, parley_node_documents(n))
               ? PARLEY_EGRAPHVIZ
               : 0;
}

static int add_node(builder *b, const parley_node *n)
{
    const char *id = parley_node_id(n);
    pl_buf_clear(&b->name);
    if (pl_escape_gv_name(&b->name, id, strlen(id)))
        return PARLEY_ENOMEM;
    Agnode_t *an = new_node(b, b->g, &b->name);
    if (!an)
        return PARLEY_EGRAPHVIZ;
    if (pl_map_put(&b->nodes, (const char *)&n, sizeof n, an))
        return PARLEY_ENOMEM;

    parley_node_type type = parley_node_get_type(n);
    int st = meeting_status(n);
    if ((unsigned)type < PARLEY_NODE_TYPE_COUNT)
        b->legend.has_type[type] = 1;
    if (type == PARLEY_NODE_MEETING) {
        if (st >= 0)
            b->legend.has_status[st] = 1;
        else
            b->legend.has_unknown_status = 1;
    }
    const pl_gv_node_style *style = st >= 0 ? &pl_gv_status_styles[st]
                              : (unsigned)type < PARLEY_NODE_TYPE_COUNT ? &pl_gv_type_styles[type]
                                                                        : &pl_gv_type_styles[0];
    if (set_style(b, an, style) || set_const(an, b->n_class, node_class(type, st)))
        return PARLEY_EGRAPHVIZ;
    int rc = add_node_data(b, an, n);
    if (rc)
        return rc;

    pl_buf_clear(&b->val);
    if (node_label(&b->val, n))
        return PARLEY_ENOMEM;
    if (set_buf(an, b->n_label, &b->val))
        return PARLEY_EGRAPHVIZ;

    /* Tooltip: "Label (type)", then each attribute that is set, then the
     * evidence. */
    pl_buf_clear(&b->val);
    if (esc(&b->val, parley_node_label(n)) ||
        pl_buf_printf(&b->val, " (%s)", parley_node_type_name(type)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_node_attr_count(n); i++) {
        const char *k, *val;
        parley_node_attr_at(n, i, &k, &val);
        if (val && (pl_buf_puts(&b->val, "\\n") || esc(&b->val, k) ||
                    pl_buf_puts(&b->val, ": ") || esc(&b->val, val)))
            return PARLEY_ENOMEM;
    }
    if (add_counts(&b->val, parley_node_mentions(n), parley_node_documents(n)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_node_evidence_count(n); i++)
        if (add_evidence(&b->val, parley_node_evidence_at(n, i)))
            return PARLEY_ENOMEM;
    return set_buf(an, b->n_tooltip, &b->val);
}

/* An edge's SVG id, "SOURCE>RELATION>TARGET" with the node names, as
 * Graphviz escapes (\T, \H) that it expands when it draws: the same few
 * strings for every edge, not a million new ones in a large DOT file. */
static void edge_id(char *buf, size_t size, const char *rel_name)
{
    snprintf(buf, size, "\\T>%s>\\H", rel_name);
}

static int add_edge(builder *b, const parley_edge *e)
{
    const parley_node *src = parley_edge_source(e), *dst = parley_edge_target(e);
    Agnode_t *t = pl_map_get(&b->nodes, (const char *)&src, sizeof src);
    Agnode_t *h = pl_map_get(&b->nodes, (const char *)&dst, sizeof dst);
    /* Both ends are nodes of the same graph, all added above. */
    if (!t || !h)
        return PARLEY_EINVAL;
    Agedge_t *ae = agedge(b->g, t, h, NULL, 1);
    if (!ae)
        return PARLEY_EGRAPHVIZ;

    parley_relation rel = parley_edge_relation(e);
    const char *rel_name = parley_relation_name(rel);
    if (!rel_name)
        rel_name = "related";
    const pl_gv_edge_style *rs = pl_gv_rel_style(rel);
    if ((unsigned)rel < PARLEY_REL_COUNT)
        b->legend.has_rel[rel] = 1;
    else
        b->legend.has_other_rel = 1;
    /* An edge into a meeting that did not (yet) happen is dashed like it,
     * and says so in its class ("participant planned"). */
    int s1 = meeting_status(src), s2 = meeting_status(dst);
    int unheld = s1 >= 0 && s1 != PARLEY_STATUS_HELD ? s1
                 : s2 >= 0 && s2 != PARLEY_STATUS_HELD ? s2 : -1;
    pl_buf_clear(&b->val);
    if (pl_buf_puts(&b->val, rel_name) ||
        (unheld >= 0 && pl_buf_printf(&b->val, " %s",
                                      parley_meeting_status_name((parley_meeting_status)unheld))))
        return PARLEY_ENOMEM;
    char width[8], id[64];
    snprintf(width, sizeof width, "%d", pen_width(parley_edge_mentions(e)));
    edge_id(id, sizeof id, rel_name);
    if (set_const(ae, b->e_color, rs->color[b->theme_id]) ||
        set_const(ae, b->e_style, unheld >= 0 ? "dashed" : rs->style) ||
        set_const(ae, b->e_constraint, rs->constraint) ||
        set_const(ae, b->e_penwidth, width) || set_const(ae, b->e_class, b->val.data) ||
        set_const(ae, b->e_id, id) || set_const(ae, b->e_relation, rel_name) ||
        set_count(ae, b->e_mentions, parley_edge_mentions(e)) ||
        set_count(ae, b->e_documents, parley_edge_documents(e)))
        return PARLEY_EGRAPHVIZ;
    if (rel == PARLEY_REL_MET && style_met(ae, parley_edge_mentions(e)))
        return PARLEY_EGRAPHVIZ;

    pl_buf_clear(&b->val);
    if (esc(&b->val, parley_node_label(src)) ||
        pl_buf_printf(&b->val, " %s ", rel_name) || esc(&b->val, parley_node_label(dst)) ||
        add_counts(&b->val, parley_edge_mentions(e), parley_edge_documents(e)))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < parley_edge_evidence_count(e); i++)
        if (add_evidence(&b->val, parley_edge_evidence_at(e, i)))
            return PARLEY_ENOMEM;
    return set_buf(ae, b->e_tooltip, &b->val);
}

/* Sets a graph or cluster attribute, declaring it (default "") if new. */
static int set_graph(Agraph_t *g, const char *name, const char *value)
{
    return agsafeset(g, (char *)name, (char *)value, (char *)"") == 0 ? 0 : PARLEY_EGRAPHVIZ;
}

/* The cluster of country `iso` (made on first use), labelled with the
 * country's name when the graph has it. */
static Agraph_t *country_cluster(builder *b, const char *iso)
{
    Agraph_t *c = pl_map_get(&b->clusters, iso, strlen(iso));
    if (c)
        return c;
    pl_buf_clear(&b->name);
    if (pl_buf_puts(&b->name, "cluster_country:") ||
        pl_escape_gv_name(&b->name, iso, strlen(iso)))
        return NULL;
    if (!(c = agsubg(b->g, b->name.data, 1)))
        return NULL;
    pl_buf_clear(&b->val);
    if (pl_buf_puts(&b->val, "country:") || pl_buf_puts(&b->val, iso))
        return NULL;
    const parley_node *pn = parley_graph_find_node(b->graph, b->val.data);
    Agnode_t *country = pn ? pl_map_get(&b->nodes, (const char *)&pn, sizeof pn) : NULL;
    pl_buf_clear(&b->val);
    if (esc(&b->val, iso) || pl_escape_gv_guard(&b->val)) /* a label, as a node's is */
        return NULL;
    if (set_graph(c, "label", country ? agget(country, (char *)"label") : b->val.data) ||
        set_graph(c, "id", b->name.data) ||
        set_graph(c, "class", "country") || set_graph(c, "style", "rounded,filled") ||
        set_graph(c, "fillcolor", b->theme->cluster_fill) ||
        set_graph(c, "color", b->theme->cluster_pen) ||
        set_graph(c, "fontcolor", b->theme->fontcolor) || set_graph(c, "fontsize", "12"))
        return NULL;
    if (country && !agsubnode(c, country, 1))
        return NULL;
    if (pl_map_put(&b->clusters, iso, strlen(iso), c))
        return NULL;
    return c;
}

/* Officials drawn inside a box of their country, with the country. */
static int add_clusters(builder *b, const parley_graph *g)
{
    for (size_t i = 0; i < parley_graph_node_count(g); i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *iso = parley_node_attr(n, "country");
        if (parley_node_get_type(n) != PARLEY_NODE_OFFICIAL || !iso || !*iso)
            continue;
        Agraph_t *c = country_cluster(b, iso);
        Agnode_t *an = pl_map_get(&b->nodes, (const char *)&n, sizeof n);
        if (!c || !an || !agsubnode(c, an, 1))
            return PARLEY_EGRAPHVIZ;
    }
    return 0;
}

/* Graph-wide attributes: the title on top, the theme's background,
 * left-to-right ranks (names are wider than tall), no node overlap for the
 * force-directed engines (sfdp, which large graphs get, included). */
static int set_graph_attrs(builder *b, const parley_graph *g, const parley_export_options *opts)
{
    /* Compact for a page: little space between nodes and ranks (dot),
     * overlap removal that keeps a force layout's shape with a few points
     * between nodes (neato, fdp, sfdp). Components are packed side by side
     * for the force engines alone (diagram.c): 2.43's dot reads freed
     * memory when it packs a graph with clusters, so the DOT, which any
     * engine may read, asks for no packing. */
    static const char *const attrs[][2] = {
        {"labelloc", "t"},      {"fontname", PARLEY_GV_FONT},   {"fontsize", "16"},
        {"rankdir", "LR"},      {"charset", "UTF-8"}, {"overlap", "prism"},
        {"outputorder", "edgesfirst"}, {"pad", "0.1"}, {"nodesep", "0.12"},
        {"ranksep", "0.3"},     {"sep", "+1"},        {"overlap_scaling", "-2"},
    };
    pl_buf title = PL_BUF_INIT;
    int rc = pl_export_title(&title, g, opts);
    pl_buf_clear(&b->val);
    if (rc || esc(&b->val, title.data ? title.data : "") || pl_escape_gv_guard(&b->val)) {
        pl_buf_free(&title);
        return PARLEY_ENOMEM;
    }
    pl_buf_free(&title);
    if (set_graph(b->g, "label", b->val.data) || set_graph(b->g, "bgcolor", b->theme->bgcolor) ||
        set_graph(b->g, "fontcolor", b->theme->fontcolor))
        return PARLEY_EGRAPHVIZ;
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
        if (set_graph(b->g, attrs[i][0], attrs[i][1]))
            return PARLEY_EGRAPHVIZ;
    return 0;
}

/* Declares every node and edge attribute parley sets, with its default:
 * the look of the commonest kind of edge (participant), so most edges
 * carry only what is their own. Declaring them all up front also fixes what
 * agwrite prints whatever Graphviz declared on its own before (gvContext
 * adds a node "label"). */
static int declare_attrs(builder *b)
{
    Agraph_t *g = b->g;
    const pl_gv_edge_style *participant = pl_gv_rel_style(PARLEY_REL_PARTICIPANT);
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
    /* A node's SVG id is its name (the graph id, escaped): Graphviz
     * expands \N. */
    NODE_ATTR(n_id, "id", "\\N");
    NODE_ATTR(n_class, "class", "");
    NODE_ATTR(n_width, "width", "0.75");
    if (!agattr(g, AGNODE, (char *)"margin", (char *)"0.05,0.02"))
        return PARLEY_EGRAPHVIZ;
    NODE_ATTR(n_height, "height", "0.5");
    EDGE_ATTR(e_tooltip, "tooltip", "");
    EDGE_ATTR(e_color, "color", participant->color[b->theme_id]);
    EDGE_ATTR(e_style, "style", participant->style);
    EDGE_ATTR(e_constraint, "constraint", participant->constraint);
    EDGE_ATTR(e_penwidth, "penwidth", "1");
    char id[64];
    edge_id(id, sizeof id, "participant");
    EDGE_ATTR(e_id, "id", id);
    EDGE_ATTR(e_class, "class", "participant");
    /* The data: what a gvpr script selects by (N[type=="meeting"]), each
     * declared so that every node has it, "" where it does not apply. */
    NODE_ATTR(n_type, "type", "");
    for (int k = 0; k < PARLEY_GV_DATA_KEYS; k++)
        NODE_ATTR(n_data[k], pl_gv_data_keys[k], "");
    NODE_ATTR(n_mentions, "mentions", "1");
    NODE_ATTR(n_documents, "documents", "1");
    EDGE_ATTR(e_relation, "relation", "participant");
    EDGE_ATTR(e_mentions, "mentions", "1");
    EDGE_ATTR(e_documents, "documents", "1");
#undef NODE_ATTR
#undef EDGE_ATTR
    if (!agattr(g, AGNODE, (char *)"fontname", (char *)PARLEY_GV_FONT) ||
        !agattr(g, AGEDGE, (char *)"arrowsize", (char *)"0.7"))
        return PARLEY_EGRAPHVIZ;
    return 0;
}

int pl_gv_build(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                    pl_gv_legend *legend, parley_error *err)
{
    builder b = {0};
    int rc = 0;
    *out = NULL;
    b.theme_id = (unsigned)opts->theme < PARLEY_THEME_COUNT ? opts->theme : PARLEY_THEME_LIGHT;
    b.theme = &pl_gv_themes[b.theme_id];
    b.graph = g;

    b.g = agopen((char *)"parley", Agdirected, &graph_disc);
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
    /* Clusters only where the engine draws them: the others would ignore
     * them, and agwrite's time grows with nodes times subgraphs. */
    if (opts->cluster_by == PARLEY_CLUSTER_COUNTRY && draws_clusters(opts->layout) &&
        (rc = add_clusters(&b, g)))
        goto cleanup;
    if (legend)
        *legend = b.legend;

cleanup:
    pl_buf_free(&b.val);
    pl_buf_free(&b.name);
    pl_map_free(&b.nodes);
    pl_map_free(&b.clusters);
    if (rc) {
        if (b.g)
            agclose(b.g);
        if (rc == PARLEY_ENOMEM)
            return pl_fail(err, rc, -1, "out of memory");
        if (rc == PARLEY_EINVAL)
            return pl_fail(err, rc, -1, "an edge joins a node not in the graph");
        return pl_fail(err, rc, -1, "Graphviz could not build the graph%s%s",
                       pl_gv_error()[0] ? ": " : "", pl_gv_error());
    }
    *out = b.g;
    return 0;
}
