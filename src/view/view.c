/* view.c: views and filters (parley/view.h). The view is worked out on the
 * source graph's node indexes first (which meetings pass the filters, which
 * nodes and edges the view keeps, which pairs met in which meetings), then
 * nodes left alone by the filters and nodes outside the focus are cut, and
 * only then is the new graph built, through the public building API. */
#include "parley/view.h"
#include "util/date.h"
#include "util/util.h"

#include <assert.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Evidence items a `met` edge keeps: one per meeting, for as many meetings
 * as a node keeps evidence items by default. */
#define MET_EVIDENCE 5
/* Nodes a focus error lists: enough to pick from, short enough to fit the
 * one-line error text. */
#define FOCUS_CANDIDATES 5

static const char *const view_names[PARLEY_VIEW_COUNT] = {
    "full", "countries", "officials", "meetings"};

const char *parley_view_name(parley_view_kind view)
{
    return (unsigned)view < PARLEY_VIEW_COUNT ? view_names[view] : NULL;
}

int parley_view_from_name(const char *name)
{
    for (int i = 0; name && i < PARLEY_VIEW_COUNT; i++)
        if (strcmp(name, view_names[i]) == 0)
            return i;
    return -1;
}

/* ---- the view on source indexes ---------------------------------------- */

/* An edge of the view: a copy of a source edge, or a `met` edge between
 * nodes a and b (source = a, the smaller id) with the meetings they shared
 * in walking order. */
typedef struct vedge {
    const parley_edge *orig; /* NULL for a met edge */
    size_t a, b;
    size_t *meetings;
    size_t nmeetings, meetings_cap;
} vedge;

typedef struct view {
    const parley_graph *g;
    const parley_view_options *opts;
    size_t nn;
    pl_map index;             /* node id -> index + 1 */
    unsigned char *keep;      /* per node: in the view */
    unsigned char *passes;    /* per node: a meeting the filters keep */
    size_t *party;            /* per node: what it counts as in a met pair, index + 1 */
    vedge *edges;
    size_t nedges, edges_cap;
    pl_map pairs;             /* "a b" -> met edge index + 1 */
} view;

static size_t node_index(const view *v, const parley_node *n)
{
    const char *id = parley_node_id(n);
    void *p = pl_map_get(&v->index, id, strlen(id));
    assert(p);
    return (size_t)(uintptr_t)p - 1;
}

static int filtering(const parley_view_options *o)
{
    return o->since || o->until || o->statuses;
}

/* ---- meeting filters --------------------------------------------------- */

static int meeting_passes(const parley_view_options *o, const parley_node *m)
{
    if (o->statuses) {
        const char *s = parley_node_attr(m, "status");
        int st = -1;
        for (int i = 0; s && i < PARLEY_STATUS_COUNT; i++)
            if (strcmp(s, parley_meeting_status_name((parley_meeting_status)i)) == 0)
                st = i;
        if (st < 0 || !(o->statuses & (1u << st)))
            return 0;
    }
    if (o->since || o->until) {
        const char *date = parley_node_attr(m, "date");
        char lo[11], hi[11];
        if (!date || !pl_date_span(date, lo, hi))
            return 0;
        if (o->until && strcmp(lo, o->until) > 0)
            return 0;
        if (o->since && strcmp(hi, o->since) < 0)
            return 0;
    }
    return 1;
}

/* ---- edges of the view ------------------------------------------------- */

static int push_edge(view *v, const parley_edge *orig, size_t a, size_t b)
{
    void *p = v->edges;
    if (pl_grow(&p, &v->edges_cap, v->nedges + 1, sizeof *v->edges))
        return PARLEY_ENOMEM;
    v->edges = p;
    vedge *e = &v->edges[v->nedges++];
    memset(e, 0, sizeof *e);
    e->orig = orig;
    e->a = a;
    e->b = b;
    return 0;
}

/* Counts meeting m for the pair {x, y} (x != y). */
static int add_met(view *v, size_t x, size_t y, size_t m)
{
    const parley_node *nx = parley_graph_node_at(v->g, x), *ny = parley_graph_node_at(v->g, y);
    if (strcmp(parley_node_id(nx), parley_node_id(ny)) > 0) {
        size_t t = x;
        x = y;
        y = t;
    }
    char key[48];
    int n = snprintf(key, sizeof key, "%zu %zu", x, y);
    size_t i = (size_t)(uintptr_t)pl_map_get(&v->pairs, key, (size_t)n);
    if (!i) {
        if (push_edge(v, NULL, x, y) ||
            pl_map_put(&v->pairs, key, (size_t)n, (void *)(uintptr_t)v->nedges))
            return PARLEY_ENOMEM;
        i = v->nedges;
    }
    vedge *e = &v->edges[i - 1];
    /* A pair with two parties each in one meeting (two officials of each
     * state) is counted once for it. */
    if (e->nmeetings && e->meetings[e->nmeetings - 1] == m)
        return 0;
    void *p = e->meetings;
    if (pl_grow(&p, &e->meetings_cap, e->nmeetings + 1, sizeof *e->meetings))
        return PARLEY_ENOMEM;
    e->meetings = p;
    e->meetings[e->nmeetings++] = m;
    return 0;
}

/* What each node counts as in a met pair (index + 1, 0 = nothing). In the
 * officials view: officials themselves. In the countries view: countries
 * and organizations themselves, an official its state (its `country`
 * attribute, else its represents edge to a country, else to an
 * organization). */
static void set_parties(view *v)
{
    const parley_graph *g = v->g;
    int countries = v->opts->view == PARLEY_VIEW_COUNTRIES;
    for (size_t i = 0; i < v->nn; i++) {
        parley_node_type t = parley_node_get_type(parley_graph_node_at(g, i));
        if (countries ? t == PARLEY_NODE_COUNTRY || t == PARLEY_NODE_ORGANIZATION
                      : t == PARLEY_NODE_OFFICIAL)
            v->party[i] = i + 1;
    }
    if (!countries)
        return;
    /* Edges are in walking order: the first represents edge of an official
     * goes to the smallest id; a country beats an organization. */
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        const parley_node *src = parley_edge_source(e), *dst = parley_edge_target(e);
        if (parley_edge_relation(e) != PARLEY_REL_REPRESENTS ||
            parley_node_get_type(src) != PARLEY_NODE_OFFICIAL)
            continue;
        size_t s = node_index(v, src), d = node_index(v, dst);
        parley_node_type dt = parley_node_get_type(dst);
        if (dt == PARLEY_NODE_COUNTRY && (!v->party[s] ||
            parley_node_get_type(parley_graph_node_at(g, v->party[s] - 1)) != PARLEY_NODE_COUNTRY))
            v->party[s] = d + 1;
        else if (dt == PARLEY_NODE_ORGANIZATION && !v->party[s])
            v->party[s] = d + 1;
    }
    char id[64];
    for (size_t i = 0; i < v->nn; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *iso = parley_node_get_type(n) == PARLEY_NODE_OFFICIAL
                              ? parley_node_attr(n, "country") : NULL;
        if (!iso || (size_t)snprintf(id, sizeof id, "country:%s", iso) >= sizeof id)
            continue;
        const parley_node *c = parley_graph_find_node(g, id);
        if (c && parley_node_get_type(c) == PARLEY_NODE_COUNTRY)
            v->party[i] = node_index(v, c) + 1;
    }
}

static int cmp_size(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return a < b ? -1 : a > b;
}

/* The met edges: for each meeting the filters keep, its parties (each
 * participant as set_parties counts it, once), and each pair of them. */
static int add_met_edges(view *v)
{
    const parley_graph *g = v->g;
    int rc = PARLEY_ENOMEM;
    size_t ne = parley_graph_edge_count(g);
    /* Participant edges grouped by meeting: start[m] .. start[m + 1]. */
    size_t *start = calloc(v->nn + 1, sizeof *start);
    size_t *src = malloc((ne ? ne : 1) * sizeof *src);
    size_t *fill = calloc(v->nn + 1, sizeof *fill);
    if (!start || !src || !fill)
        goto cleanup;
    set_parties(v);
    for (size_t i = 0; i < ne; i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        if (parley_edge_relation(e) == PARLEY_REL_PARTICIPANT)
            start[node_index(v, parley_edge_target(e)) + 1]++;
    }
    for (size_t i = 0; i < v->nn; i++)
        start[i + 1] += start[i];
    for (size_t i = 0; i < ne; i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        if (parley_edge_relation(e) != PARLEY_REL_PARTICIPANT)
            continue;
        size_t m = node_index(v, parley_edge_target(e));
        src[start[m] + fill[m]++] = node_index(v, parley_edge_source(e));
    }
    for (size_t m = 0; m < v->nn; m++) {
        if (!v->passes[m])
            continue;
        /* The parties, reusing the meeting's slice of src. */
        size_t *p = src + start[m], np = 0;
        for (size_t k = 0; k < start[m + 1] - start[m]; k++)
            if (v->party[p[k]])
                p[np++] = v->party[p[k]] - 1;
        qsort(p, np, sizeof *p, cmp_size);
        for (size_t x = 0; x < np; x++)
            for (size_t y = x + 1; y < np; y++)
                if (p[x] != p[y] && (x == 0 || p[x] != p[x - 1]) &&
                    (rc = add_met(v, p[x], p[y], m)))
                    goto cleanup;
    }
    rc = 0;
cleanup:
    free(start);
    free(src);
    free(fill);
    return rc;
}

/* The nodes and edges of the chosen view, on source indexes. */
static int select_view(view *v)
{
    const parley_graph *g = v->g;
    parley_view_kind kind = v->opts->view;
    for (size_t i = 0; i < v->nn; i++) {
        parley_node_type t = parley_node_get_type(parley_graph_node_at(g, i));
        v->keep[i] = kind == PARLEY_VIEW_FULL ? t != PARLEY_NODE_MEETING || v->passes[i]
                     : kind == PARLEY_VIEW_COUNTRIES
                         ? t == PARLEY_NODE_COUNTRY || t == PARLEY_NODE_ORGANIZATION
                     : kind == PARLEY_VIEW_OFFICIALS ? t == PARLEY_NODE_OFFICIAL
                                                     : v->passes[i];
    }
    if (kind == PARLEY_VIEW_COUNTRIES || kind == PARLEY_VIEW_OFFICIALS)
        return add_met_edges(v);
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        size_t a = node_index(v, parley_edge_source(e)), b = node_index(v, parley_edge_target(e));
        if (kind == PARLEY_VIEW_MEETINGS) {
            if (parley_edge_relation(e) != PARLEY_REL_PARTICIPANT || !v->passes[b])
                continue;
            v->keep[a] = 1;
        } else if (!v->keep[a] || !v->keep[b]) {
            continue;
        }
        if (push_edge(v, e, a, b))
            return PARLEY_ENOMEM;
    }
    return 0;
}

/* Drops edges with an end outside the view, then (when asked) nodes
 * without any edge left. */
static void prune(view *v, int isolated)
{
    size_t kept = 0;
    for (size_t i = 0; i < v->nedges; i++) {
        vedge *e = &v->edges[i];
        if (v->keep[e->a] && v->keep[e->b])
            v->edges[kept++] = *e;
        else
            free(e->meetings);
    }
    v->nedges = kept;
    if (!isolated)
        return;
    unsigned char *linked = v->passes; /* no longer needed as such */
    memset(linked, 0, v->nn);
    for (size_t i = 0; i < v->nedges; i++)
        linked[v->edges[i].a] = linked[v->edges[i].b] = 1;
    for (size_t i = 0; i < v->nn; i++)
        v->keep[i] &= linked[i];
}

/* ---- focus ------------------------------------------------------------- */

/* Does the focus name node n: its id, its id without "type:", its label,
 * ignoring ASCII case? */
static int focus_matches(const parley_node *n, const char *f)
{
    const char *id = parley_node_id(n), *colon = strchr(id, ':');
    return strcasecmp(id, f) == 0 || (colon && strcasecmp(colon + 1, f) == 0) ||
           strcasecmp(parley_node_label(n), f) == 0;
}

/* Does the focus name n's last words, ignoring ASCII case ("trump" for
 * Donald Trump, "da Silva" for Luiz Inácio Lula da Silva)? */
static int focus_ends_label(const parley_node *n, const char *f)
{
    const char *label = parley_node_label(n);
    size_t ll = strlen(label), fl = strlen(f);
    return fl > 0 && fl < ll && label[ll - fl - 1] == ' ' && strcasecmp(label + ll - fl, f) == 0;
}

static int contains_nocase(const char *s, const char *part)
{
    size_t n = strlen(part);
    for (; *s; s++)
        if (strncasecmp(s, part, n) == 0)
            return 1;
    return 0;
}

/* "Label (id), Label (id) and 3 more" for the nodes marked in `list`. */
static int list_nodes(pl_buf *b, const view *v, const unsigned char *list)
{
    size_t shown = 0, more = 0;
    for (size_t i = 0; i < v->nn; i++) {
        if (!list[i])
            continue;
        if (shown == FOCUS_CANDIDATES) {
            more++;
            continue;
        }
        const parley_node *n = parley_graph_node_at(v->g, i);
        if (pl_buf_printf(b, "%s%s (%s)", shown ? ", " : "", parley_node_label(n),
                          parley_node_id(n)))
            return PARLEY_ENOMEM;
        shown++;
    }
    return more ? pl_buf_printf(b, " and %zu more", more) : 0;
}

/* The index of the node the focus names among the nodes kept, or an error
 * that says why none is and lists what might have been meant. */
static int find_focus(view *v, size_t *out, parley_error *err)
{
    const char *f = v->opts->focus;
    const char *vname = view_names[v->opts->view];
    for (size_t i = 0; i < v->nn; i++) {
        if (v->keep[i] && strcmp(parley_node_id(parley_graph_node_at(v->g, i)), f) == 0) {
            *out = i;
            return 0;
        }
    }
    unsigned char *hits = calloc(v->nn ? v->nn : 1, 1);
    pl_buf msg = PL_BUF_INIT;
    size_t nhits = 0, in_graph = v->nn;
    int rc = PARLEY_ENOMEM;
    if (!hits)
        goto cleanup;
    for (size_t i = 0; i < v->nn; i++) {
        const parley_node *n = parley_graph_node_at(v->g, i);
        int match = strcmp(parley_node_id(n), f) == 0 || focus_matches(n, f);
        if (match && v->keep[i]) {
            hits[i] = 1;
            *out = i;
            nhits++;
        } else if (match && in_graph == v->nn) {
            in_graph = i;
        }
    }
    /* No full name matched: a surname (the label's last words) will, when
     * one node of the view has it; several are listed as ambiguous. */
    size_t by_surname = 0;
    for (size_t i = 0; nhits == 0 && in_graph == v->nn && i < v->nn; i++) {
        const parley_node *n = parley_graph_node_at(v->g, i);
        if (v->keep[i] && focus_ends_label(n, f)) {
            hits[i] = 1;
            *out = i;
            by_surname++;
        }
    }
    nhits += by_surname;
    if (nhits == 1) {
        rc = 0;
        goto cleanup;
    }
    if (nhits > 1) {
        rc = pl_buf_printf(&msg, "focus '%s' is ambiguous: ", f) || list_nodes(&msg, v, hits);
    } else if (in_graph < v->nn) {
        const parley_node *n = parley_graph_node_at(v->g, in_graph);
        rc = pl_buf_printf(&msg, "focus '%s' (%s) is not in the %s view%s", f,
                           parley_node_id(n), vname,
                           filtering(v->opts) ? " after the meeting filters" : "");
    } else {
        for (size_t i = 0; i < v->nn; i++) {
            const parley_node *n = parley_graph_node_at(v->g, i);
            hits[i] = v->keep[i] && (contains_nocase(parley_node_label(n), f) ||
                                     contains_nocase(parley_node_id(n), f));
            nhits += hits[i];
        }
        rc = pl_buf_printf(&msg, "no node of the %s view is named '%s'%s", vname, f,
                           nhits ? "; candidates: " : "") ||
             list_nodes(&msg, v, hits);
    }
    rc = rc ? PARLEY_ENOMEM : PARLEY_EINPUT;
cleanup:
    free(hits);
    if (rc == PARLEY_ENOMEM)
        pl_fail(err, rc, -1, "out of memory");
    else if (rc)
        pl_fail(err, rc, -1, "%s", msg.data);
    pl_buf_free(&msg);
    return rc;
}

/* Keeps only the nodes within opts->depth steps of the focus, edges taken
 * as undirected (breadth-first over an adjacency built from the edges). */
static int apply_focus(view *v, parley_error *err)
{
    size_t focus;
    int rc = find_focus(v, &focus, err);
    if (rc)
        return rc;
    size_t *start = calloc(v->nn + 1, sizeof *start);
    size_t *adj = malloc((2 * v->nedges + 1) * sizeof *adj);
    size_t *dist = malloc((v->nn ? v->nn : 1) * sizeof *dist);
    size_t *queue = malloc((v->nn ? v->nn : 1) * sizeof *queue);
    rc = PARLEY_ENOMEM;
    if (!start || !adj || !dist || !queue) {
        pl_fail(err, rc, -1, "out of memory");
        goto cleanup;
    }
    for (size_t i = 0; i < v->nedges; i++) {
        start[v->edges[i].a + 1]++;
        start[v->edges[i].b + 1]++;
    }
    for (size_t i = 0; i < v->nn; i++)
        start[i + 1] += start[i];
    memcpy(dist, start, v->nn * sizeof *dist); /* fill positions for now */
    for (size_t i = 0; i < v->nedges; i++) {
        adj[dist[v->edges[i].a]++] = v->edges[i].b;
        adj[dist[v->edges[i].b]++] = v->edges[i].a;
    }
    for (size_t i = 0; i < v->nn; i++)
        dist[i] = SIZE_MAX;
    size_t head = 0, tail = 0;
    dist[focus] = 0;
    queue[tail++] = focus;
    while (head < tail) {
        size_t n = queue[head++];
        if (dist[n] >= v->opts->depth)
            continue;
        for (size_t k = start[n]; k < start[n + 1]; k++) {
            if (dist[adj[k]] == SIZE_MAX) {
                dist[adj[k]] = dist[n] + 1;
                queue[tail++] = adj[k];
            }
        }
    }
    for (size_t i = 0; i < v->nn; i++)
        v->keep[i] &= dist[i] != SIZE_MAX;
    prune(v, 0);
    rc = 0;
cleanup:
    free(start);
    free(adj);
    free(dist);
    free(queue);
    return rc;
}

/* ---- building the new graph -------------------------------------------- */

typedef struct builder {
    parley_graph *h;
    pl_map docs;        /* a source document name pointer -> index + 1 */
    parley_node **made; /* per source node: its copy, or NULL */
} builder;

/* The document index of a source evidence item: the graph hands out its
 * own document name pointers, so the pointer names the document even when
 * two documents share a name. */
static int evidence_doc(const builder *b, parley_evidence ev)
{
    void *p = pl_map_get(&b->docs, (const char *)&ev.document, sizeof ev.document);
    return p ? (int)((uintptr_t)p - 1) : -1;
}

static int add_ev_node(builder *b, parley_node *n, parley_evidence ev)
{
    int doc = evidence_doc(b, ev);
    return parley_node_add_evidence(b->h, n, doc, ev.start, ev.end, ev.sentence,
                                    ev.sentence ? strlen(ev.sentence) : 0);
}

static int add_ev_edge(builder *b, parley_edge *e, parley_evidence ev)
{
    int doc = evidence_doc(b, ev);
    return parley_edge_add_evidence(b->h, e, doc, ev.start, ev.end, ev.sentence,
                                    ev.sentence ? strlen(ev.sentence) : 0);
}

static size_t minus(size_t a, size_t b)
{
    return a > b ? a - b : 0;
}

/* Copies node n into the new graph: id, type, label, attributes in their
 * order, every evidence item kept, then the mentions and documents the
 * evidence does not carry, so both counts equal n's. */
static int copy_node(builder *b, const parley_node *n, parley_node **out, parley_error *err)
{
    int rc = parley_graph_add_node(b->h, parley_node_get_type(n), parley_node_id(n),
                                   parley_node_label(n), out, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < parley_node_attr_count(n); i++) {
        const char *key, *value;
        parley_node_attr_at(n, i, &key, &value);
        if ((rc = parley_node_set_attr(*out, key, value)))
            return pl_fail(err, rc, -1, "copying node %s: %s", parley_node_id(n),
                           parley_code_name(rc));
    }
    size_t nev = parley_node_evidence_count(n);
    for (size_t i = 0; i < nev; i++)
        if ((rc = add_ev_node(b, *out, parley_node_evidence_at(n, i))))
            return pl_fail(err, rc, -1, "copying node %s: %s", parley_node_id(n),
                           parley_code_name(rc));
    parley_node_add_counts(*out, minus(parley_node_mentions(n), nev),
                           minus(parley_node_documents(n), parley_node_documents(*out)));
    return 0;
}

/* Copies a source edge's evidence and counts onto e, as copy_node does. */
static int copy_edge(builder *b, const parley_edge *src, parley_edge *e)
{
    size_t nev = parley_edge_evidence_count(src);
    for (size_t i = 0; i < nev; i++) {
        int rc = add_ev_edge(b, e, parley_edge_evidence_at(src, i));
        if (rc)
            return rc;
    }
    parley_edge_add_counts(e, minus(parley_edge_mentions(src), nev),
                           minus(parley_edge_documents(src), parley_edge_documents(e)));
    return 0;
}

static int cmp_int(const void *pa, const void *pb)
{
    int a = *(const int *)pa, b = *(const int *)pb;
    return a < b ? -1 : a > b;
}

/* A met edge: one evidence item from each of its first MET_EVIDENCE
 * meetings, mentions = meetings; documents = the distinct documents of all
 * its meetings' evidence, at least the most of any one meeting. */
static int fill_met(builder *b, const view *v, const vedge *ve, parley_edge *e)
{
    size_t added = 0, most = 0, ndocs = 0, cap = 0;
    int *docs = NULL, rc = 0;
    for (size_t k = 0; k < ve->nmeetings; k++) {
        const parley_node *m = parley_graph_node_at(v->g, ve->meetings[k]);
        size_t nev = parley_node_evidence_count(m);
        if (k < MET_EVIDENCE && nev > 0) {
            if ((rc = add_ev_edge(b, e, parley_node_evidence_at(m, 0))))
                goto cleanup;
            added++;
        }
        if (parley_node_documents(m) > most)
            most = parley_node_documents(m);
        void *p = docs;
        if (pl_grow(&p, &cap, ndocs + nev, sizeof *docs)) {
            rc = PARLEY_ENOMEM;
            goto cleanup;
        }
        docs = p;
        for (size_t i = 0; i < nev; i++)
            docs[ndocs++] = evidence_doc(b, parley_node_evidence_at(m, i));
    }
    size_t distinct = 0;
    if (ndocs) {
        qsort(docs, ndocs, sizeof *docs, cmp_int);
        for (size_t i = 0; i < ndocs; i++)
            distinct += i == 0 || docs[i] != docs[i - 1];
    }
    if (most > distinct)
        distinct = most;
    parley_edge_add_counts(e, ve->nmeetings - added, minus(distinct, parley_edge_documents(e)));
cleanup:
    free(docs);
    return rc;
}

/* The new graph: every document, the nodes kept (in walking order), the
 * edges of the view. */
static int build(const view *v, parley_graph **out, parley_error *err)
{
    const parley_graph *g = v->g;
    builder b = {parley_graph_new(), PL_MAP_INIT, calloc(v->nn ? v->nn : 1, sizeof *b.made)};
    int rc = PARLEY_ENOMEM;
    if (!b.h || !b.made)
        goto nomem;
    for (size_t i = 0; i < parley_graph_document_count(g); i++) {
        const char *name = parley_graph_document_name(g, i);
        if ((rc = parley_graph_add_document(b.h, name, parley_graph_document_date(g, i), err)) < 0)
            goto cleanup;
        if (pl_map_put(&b.docs, (const char *)&name, sizeof name, (void *)(uintptr_t)(i + 1)))
            goto nomem;
    }
    for (size_t i = 0; i < v->nn; i++)
        if (v->keep[i] && (rc = copy_node(&b, parley_graph_node_at(g, i), &b.made[i], err)))
            goto cleanup;
    for (size_t i = 0; i < v->nedges; i++) {
        const vedge *ve = &v->edges[i];
        parley_edge *e;
        parley_relation rel = ve->orig ? parley_edge_relation(ve->orig) : PARLEY_REL_MET;
        if ((rc = parley_graph_add_edge(b.h, b.made[ve->a], b.made[ve->b], rel, &e, err)))
            goto cleanup;
        rc = ve->orig ? copy_edge(&b, ve->orig, e) : fill_met(&b, v, ve, e);
        if (rc) {
            pl_fail(err, rc, -1, "copying an edge: %s", parley_code_name(rc));
            goto cleanup;
        }
    }
    parley_graph_finish(b.h);
    *out = b.h;
    b.h = NULL;
    rc = 0;
    goto cleanup;
nomem:
    rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
cleanup:
    parley_graph_free(b.h);
    pl_map_free(&b.docs);
    free(b.made);
    return rc;
}

static int check_options(const parley_view_options *o, parley_error *err)
{
    if ((unsigned)o->view >= PARLEY_VIEW_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1, "view %d out of range", (int)o->view);
    if (o->since && !parley_date_valid(o->since))
        return pl_fail(err, PARLEY_EINVAL, -1, "since '%s' is not a YYYY-MM-DD date",
                       o->since);
    if (o->until && !parley_date_valid(o->until))
        return pl_fail(err, PARLEY_EINVAL, -1, "until '%s' is not a YYYY-MM-DD date",
                       o->until);
    if (o->since && o->until && strcmp(o->since, o->until) > 0)
        return pl_fail(err, PARLEY_EINVAL, -1, "since %s is after until %s", o->since,
                       o->until);
    if (o->statuses >> PARLEY_STATUS_COUNT)
        return pl_fail(err, PARLEY_EINVAL, -1, "statuses 0x%x name no status",
                       o->statuses);
    return 0;
}

int parley_graph_view(const parley_graph *g, const parley_view_options *opts,
                      parley_graph **out, parley_error *err)
{
    assert(g && opts && out);
    *out = NULL;
    int rc = check_options(opts, err);
    if (rc)
        return rc;
    view v = {g, opts, parley_graph_node_count(g), PL_MAP_INIT, NULL, NULL, NULL,
              NULL, 0, 0, PL_MAP_INIT};
    size_t n = v.nn ? v.nn : 1;
    v.keep = calloc(n, 1);
    v.passes = calloc(n, 1);
    v.party = calloc(n, sizeof *v.party);
    rc = PARLEY_ENOMEM;
    if (!v.keep || !v.passes || !v.party)
        goto nomem;
    for (size_t i = 0; i < v.nn; i++) {
        const parley_node *node = parley_graph_node_at(g, i);
        const char *id = parley_node_id(node);
        if (pl_map_put(&v.index, id, strlen(id), (void *)(uintptr_t)(i + 1)))
            goto nomem;
        v.passes[i] = parley_node_get_type(node) == PARLEY_NODE_MEETING &&
                      meeting_passes(opts, node);
    }
    if (select_view(&v))
        goto nomem;
    prune(&v, filtering(opts));
    if ((opts->focus && (rc = apply_focus(&v, err))) || (rc = build(&v, out, err)))
        goto cleanup;
    rc = 0;
    goto cleanup;
nomem:
    rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
cleanup:
    for (size_t i = 0; i < v.nedges; i++)
        free(v.edges[i].meetings);
    free(v.edges);
    free(v.keep);
    free(v.passes);
    free(v.party);
    pl_map_free(&v.index);
    pl_map_free(&v.pairs);
    return rc;
}
