/* fold.c: the folding rules of parley_graph_finish (docs/merging.md):
 * nodes that are one official or one meeting reported twice become one,
 * whatever order the articles, threads or merged parts came in, each
 * official's country settled from its represents edges before and after. */
#include "graph/graph_internal.h"
#include "util/date.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* An official's country is the one its represents edges name most often
 * (ties: the smaller id): counts merge exactly, so the choice does not
 * depend on which article, thread or part came first. */
static int settle_official_countries(parley_graph *g)
{
    for (size_t i = 0; i < g->nedges; i++) {
        const parley_edge *e = g->edges[i];
        if (e->rel != PARLEY_REL_REPRESENTS || e->src->type != PARLEY_NODE_OFFICIAL ||
            e->dst->type != PARLEY_NODE_COUNTRY || !parley_node_attr(e->dst, "iso3"))
            continue;
        const parley_edge *b = e->src->best_rep;
        if (!b || e->rec.mentions > b->rec.mentions ||
            (e->rec.mentions == b->rec.mentions && strcmp(e->dst->id, b->dst->id) < 0))
            e->src->best_rep = e;
    }
    int rc = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->best_rep && !rc) {
            const char *iso3 = parley_node_attr(n->best_rep->dst, "iso3");
            const char *now = parley_node_attr(n, "country");
            if (!now || strcmp(now, iso3) != 0)
                rc = parley_node_set_attr(n, "country", iso3);
        }
        n->best_rep = NULL;
    }
    return rc;
}

/* Lower-cased copy of s[0..n) into out (size > n). */
static void lower_copy(char *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    out[n] = '\0';
}

#define AMBIGUOUS ((void *)1)

/* The candidate key of a name part: "part\x1fCOUNTRY" (lower-cased part),
 * or "part\x1f" for any country. Its length, or 0 for an empty or
 * oversized part (an empty word, "A  B" or a trailing space, names no one). */
#define CANDIDATE_KEY 160
static size_t candidate_key(char key[CANDIDATE_KEY], const char *part, size_t n,
                            const char *country)
{
    size_t c = country ? strlen(country) : 0;
    if (n == 0 || n + 1 + c >= CANDIDATE_KEY)
        return 0;
    lower_copy(key, part, n);
    key[n] = '\x1f';
    memcpy(key + n + 1, country ? country : "", c);
    return n + 1 + c;
}

static int put_candidate(pl_map *m, const char *part, size_t n, const char *country,
                         parley_node *official)
{
    char key[CANDIDATE_KEY];
    size_t len = candidate_key(key, part, n, country);
    if (!len)
        return 0;
    void *had = pl_map_get(m, key, len);
    return pl_map_put(m, key, len, had && had != official ? AMBIGUOUS : official);
}

/* Orders meetings by the kind of contact (a call or not), then parties
 * (the label lists them). */
static int contact_cmp(const parley_node *a, const parley_node *b)
{
    const char *ka = parley_node_attr(a, "kind"), *kb = parley_node_attr(b, "kind");
    int ca = ka && !strcmp(ka, "call"), cb = kb && !strcmp(kb, "call");
    if (ca != cb)
        return ca - cb;
    return strcmp(a->label, b->label);
}

/* Could two meetings of the same parties be one? Not when their places
 * differ, nor when one article reports both: the extractor had the whole
 * article and kept them apart ("a visit now, another later this month"). */
static int meetings_compatible(const parley_node *a, const parley_node *b)
{
    const char *la = parley_node_attr(a, "location"), *lb = parley_node_attr(b, "location");
    if (la && lb && strcmp(la, lb) != 0)
        return 0;
    return !pl_record_docs_shared(&a->rec, &b->rec);
}

/* A meeting's place for ordering: unplaced ones first. */
static int place_cmp(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/* Compares day meeting d with the key (n's contact, place when by_place,
 * date): the order of day_meeting_cmp, or by_place of day_place_cmp. */
static int day_key_cmp(const parley_node *d, const parley_node *n, int by_place,
                       const char *place, const char *date)
{
    int c = contact_cmp(d, n);
    if (!c && by_place)
        c = place_cmp(parley_node_attr(d, "location"), place);
    return c ? c : strcmp(parley_node_attr(d, "date"), date);
}

/* Orders day-dated meetings by contact, then day. */
static int day_meeting_cmp(const void *pa, const void *pb)
{
    const parley_node *a = *(parley_node *const *)pa, *b = *(parley_node *const *)pb;
    return day_key_cmp(a, b, 0, NULL, parley_node_attr(b, "date"));
}

/* Orders day-dated meetings by contact, place, then day. */
static int day_place_cmp(const void *pa, const void *pb)
{
    const parley_node *a = *(parley_node *const *)pa, *b = *(parley_node *const *)pb;
    return day_key_cmp(a, b, 1, parley_node_attr(b, "location"), parley_node_attr(b, "date"));
}

/* Counts the day meetings of days[] (sorted as the key) that could be n,
 * from (n's contact, place, lo) to (..., hi), into *inside, the last one
 * in *only; stops at two, which is already too many. */
static void count_days(parley_node **days, size_t ndays, const parley_node *n, int by_place,
                       const char *place, const char *lo, const char *hi, parley_node **only,
                       size_t *inside)
{
    size_t a = 0, b = ndays;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (day_key_cmp(days[mid], n, by_place, place, lo) < 0)
            a = mid + 1;
        else
            b = mid;
    }
    for (; a < ndays && *inside < 2 && day_key_cmp(days[a], n, by_place, place, hi) <= 0; a++) {
        if (meetings_compatible(days[a], n)) {
            *only = days[a];
            (*inside)++;
        }
    }
}

/* Is n a meeting dated to one day? */
static int is_day_meeting(const parley_node *n)
{
    return n->type == PARLEY_NODE_MEETING && pl_graph_is_day(parley_node_attr(n, "date"));
}

/* The ndays day meetings of g, twice: into by_day sorted by
 * day_meeting_cmp, into by_place by day_place_cmp. */
static void day_meetings(const parley_graph *g, parley_node **by_day, parley_node **by_place,
                         size_t ndays)
{
    size_t k = 0;
    for (size_t i = 0; i < g->nnodes && k < ndays; i++)
        if (is_day_meeting(g->nodes[i]))
            by_day[k++] = g->nodes[i];
    memcpy(by_place, by_day, ndays * sizeof *by_day);
    qsort(by_day, ndays, sizeof *by_day, day_meeting_cmp);
    qsort(by_place, ndays, sizeof *by_place, day_place_cmp);
}

/* A meeting dated loosely (a month, a range: "talks this week") folds into
 * the one meeting of the same parties and the same kind of contact (call
 * or not) dated to a day inside that span, when exactly one compatible
 * one is: two reports of the same meeting. Only places that agree can be
 * one (no place agrees with any), so a placed meeting looks among the
 * unplaced and its own place's day meetings (by_place, sorted by contact,
 * place, day) and an unplaced one among all (by_day); each search stops
 * at the second candidate, so the work is n log n, not loose x day
 * meetings. Returns the number marked, or a negative code. */
static long mark_meeting_folds(parley_graph *g)
{
    size_t ndays = 0, nloose = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        const parley_node *n = g->nodes[i];
        if (n->type != PARLEY_NODE_MEETING || !parley_node_attr(n, "date"))
            continue;
        if (is_day_meeting(n))
            ndays++;
        else
            nloose++;
    }
    if (!ndays || !nloose)
        return 0;
    parley_node **by_day = malloc(ndays * sizeof *by_day);
    parley_node **by_place = malloc(ndays * sizeof *by_place);
    if (!by_day || !by_place) {
        free(by_day);
        free(by_place);
        return PARLEY_ENOMEM;
    }
    day_meetings(g, by_day, by_place, ndays);
    long folds = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        const char *date = parley_node_attr(n, "date");
        char lo[11], hi[11];
        if (n->type != PARLEY_NODE_MEETING || pl_graph_is_day(date) ||
            !pl_date_span(date, lo, hi))
            continue;
        const char *place = parley_node_attr(n, "location");
        parley_node *only = NULL;
        size_t inside = 0;
        if (!place) {
            count_days(by_day, ndays, n, 0, NULL, lo, hi, &only, &inside);
        } else {
            count_days(by_place, ndays, n, 1, NULL, lo, hi, &only, &inside);
            count_days(by_place, ndays, n, 1, place, lo, hi, &only, &inside);
        }
        if (inside == 1) {
            n->fold = only;
            folds++;
        }
    }
    free(by_day);
    free(by_place);
    return folds;
}

/* The key that two spellings of one name share, appended to b: per word,
 * lower case, letters and digits only, y read as i, e as a, and each run of one
 * letter as one ("Sergey"/"Sergei" -> "sargai", "Zelensky"/"Zelenskyy" ->
 * "zalanski", "Mohammed"/"Mohammad" -> "mohamad"). Other vowels count, so
 * "Maria" is not "Mario" nor "Hassan" "Hussein". Bytes past ASCII are
 * kept as they are. Returns 0, or PARLEY_ENOMEM. */
static int name_skeleton(pl_buf *b, const char *name)
{
    size_t start = b->len;
    char prev = ' ';
    for (const char *p = name; *p; p++) {
        char c = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;
        if (c == ' ') {
            if (prev != ' ' && b->len > start && pl_buf_append(b, " ", 1))
                return PARLEY_ENOMEM;
            prev = ' ';
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (unsigned char)c >= 0x80))
            continue; /* punctuation: "bin-Salman" is "bin Salman" */
        c = c == 'y' ? 'i' : c == 'e' ? 'a' : c;
        if (c == prev && (unsigned char)c < 0x80)
            continue;
        if (pl_buf_append(b, &c, 1))
            return PARLEY_ENOMEM;
        prev = c;
    }
    return 0;
}

/* Two spellings of one official's full name ("Volodymyr Zelensky" and
 * "Volodymyr Zelenskyy", "Sergei Lavrov" and "Sergey Lavrov") of the same
 * state, by name_skeleton: all fold into the one with the smallest id, a choice that does
 * not depend on order. Officials of no known state never fold this way.
 * Returns the number marked, or a negative code. */
static long mark_variant_folds(parley_graph *g)
{
    pl_map reps = PL_MAP_INIT;         /* key -> the smallest id's node */
    pl_buf key = PL_BUF_INIT;
    long folds = 0;
    for (int pass = 0; pass < 2 && folds >= 0; pass++) {
        for (size_t i = 0; i < g->nnodes; i++) {
            parley_node *n = g->nodes[i];
            const char *country = parley_node_attr(n, "country");
            if (n->type != PARLEY_NODE_OFFICIAL || !country || !strchr(n->label, ' '))
                continue;
            key.len = 0;
            if (pl_buf_printf(&key, "%s\x1f", country) || name_skeleton(&key, n->label)) {
                folds = PARLEY_ENOMEM;
                break;
            }
            parley_node *rep = pl_map_get(&reps, key.data, key.len);
            if (pass == 0) {
                if ((!rep || strcmp(n->id, rep->id) < 0) &&
                    pl_map_put(&reps, key.data, key.len, n)) {
                    folds = PARLEY_ENOMEM;
                    break;
                }
            } else if (rep != n) {
                n->fold = rep;
                folds++;
            }
        }
    }
    pl_buf_free(&key);
    pl_map_free(&reps);
    return folds;
}

/* Surname-only officials ("Lavrov" from an article that never gave the
 * full name) fold into the one official whose full name starts or ends
 * with that word and whose country agrees, when exactly one does: the
 * same person, seen whole in another article. Marks n->fold; returns the
 * number of folds, or a negative code. */
static long mark_folds(parley_graph *g)
{
    pl_map cand = PL_MAP_INIT;
    for (size_t i = 0; i < g->nnodes; i++)
        g->nodes[i]->fold = NULL;
    long folds = mark_variant_folds(g);
    for (size_t i = 0; i < g->nnodes && folds >= 0; i++) {
        parley_node *n = g->nodes[i];
        const char *label = n->label, *sp = strchr(label, ' ');
        if (n->type != PARLEY_NODE_OFFICIAL || !sp || n->fold)
            continue;
        const char *last = strrchr(label, ' ') + 1;
        const char *country = parley_node_attr(n, "country");
        size_t first_len = (size_t)(sp - label), last_len = strlen(last);
        if (put_candidate(&cand, label, first_len, country, n) ||
            put_candidate(&cand, label, first_len, NULL, n) ||
            put_candidate(&cand, last, last_len, country, n) ||
            put_candidate(&cand, last, last_len, NULL, n))
            folds = PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < g->nnodes && folds >= 0 && cand.count; i++) {
        parley_node *n = g->nodes[i];
        if (n->type != PARLEY_NODE_OFFICIAL || strchr(n->label, ' ') || n->fold)
            continue;
        char key[CANDIDATE_KEY];
        size_t klen = candidate_key(key, n->label, strlen(n->label),
                                    parley_node_attr(n, "country"));
        parley_node *to = klen ? pl_map_get(&cand, key, klen) : NULL;
        if (to && to != AMBIGUOUS) {
            n->fold = to;
            folds++;
        }
    }
    pl_map_free(&cand);
    if (folds < 0)
        return folds;
    long meetings = mark_meeting_folds(g);
    return meetings < 0 ? meetings : folds + meetings;
}

/* Applies the folds marked by mark_folds: the folded node's record and
 * attributes join its official's, its edges move over (joining an edge
 * the official already has), and the node goes. The indexes are rebuilt. */
static int apply_folds(parley_graph *g, size_t folds)
{
    /* Room first, so nothing below is left half done for want of it: a
     * slot per folded node, and per edge that touches one (only those can
     * merge into another). */
    size_t touched = 0;
    for (size_t i = 0; i < g->nedges; i++)
        touched += g->edges[i]->src->fold || g->edges[i]->dst->fold;
    parley_node **gn = pl_graph_grow(g->gone_nodes, &g->gone_nodes_cap, g->ngone_nodes + folds,
                                     sizeof *gn);
    if (!gn)
        return PARLEY_ENOMEM;
    g->gone_nodes = gn;
    parley_edge **ge =
        pl_graph_grow(g->gone_edges, &g->gone_edges_cap, g->ngone_edges + touched + 1, sizeof *ge);
    if (!ge)
        return PARLEY_ENOMEM;
    g->gone_edges = ge;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->fold && (pl_node_join(n->fold, n) ||
                        pl_record_merge(g, &n->fold->rec, &n->rec, NULL)))
            return PARLEY_ENOMEM;
    }
    free(g->edge_index.slots);
    memset(&g->edge_index, 0, sizeof g->edge_index);
    size_t kept = 0;
    int rc = 0;
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        parley_edge *e = g->edges[i];
        if (e->src->fold)
            e->src = e->src->fold;
        if (e->dst->fold)
            e->dst = e->dst->fold;
        parley_edge *same = pl_graph_edge_lookup(g, e->src, e->rel, e->dst);
        if (same) {
            rc = pl_record_merge(g, &same->rec, &e->rec, NULL);
            e->merged_into = same;
            g->gone_edges[g->ngone_edges++] = e;
            continue;
        }
        rc = pl_graph_edge_index_put(g, e);
        g->edges[kept++] = e;
    }
    if (rc)
        return rc;
    g->nedges = kept;
    free(g->node_index.slots);
    memset(&g->node_index, 0, sizeof g->node_index);
    kept = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        parley_node *n = g->nodes[i];
        if (n->fold) {
            n->merged_into = n->fold;
            g->gone_nodes[g->ngone_nodes++] = n;
            continue;
        }
        g->nodes[kept++] = n;
        if (pl_graph_node_index_put(g, n))
            return PARLEY_ENOMEM;
    }
    g->nnodes = kept;
    return 0;
}

/* Folds decide by the country an official has settled on, so countries
 * are settled first; a fold moves represents edges and may settle a
 * country anew, which may allow another fold: repeated until none is left,
 * so that finishing a finished graph (`parley merge` of one run's output)
 * changes nothing. Each round removes nodes, so the rounds end; in
 * practice there are one or two. */
int pl_graph_fold(parley_graph *g)
{
    for (;;) {
        if (settle_official_countries(g))
            return PARLEY_ENOMEM;
        long folds = mark_folds(g);
        if (folds < 0)
            return PARLEY_ENOMEM;
        if (folds == 0)
            return 0;
        if (apply_folds(g, (size_t)folds))
            return PARLEY_ENOMEM;
    }
}
