/* test_view.c: views and filters (parley/view.h) on a small graph built by
 * hand: every view's exact nodes, edges and weights; date and status
 * filters with day, month, range and missing dates; dropping nodes left
 * alone; focus by id, name and case, depth, and its errors; the copy of
 * nodes and edges (attributes, evidence, counts); option errors. */
#include "parley/parley.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the sample graph -------------------------------------------------- */

static parley_node *node(parley_graph *g, parley_node_type t, const char *id, const char *label)
{
    parley_node *n = NULL;
    parley_error err = {0};
    CHECK_INT(parley_graph_add_node(g, t, id, label, &n, &err), 0);
    return n;
}

static parley_edge *edge(parley_graph *g, parley_node *a, parley_relation rel, parley_node *b,
                         int doc, const char *sentence)
{
    parley_edge *e = NULL;
    parley_error err = {0};
    CHECK_INT(parley_graph_add_edge(g, a, b, rel, &e, &err), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, doc, 10, 20, sentence, strlen(sentence)), 0);
    return e;
}

static parley_node *meeting(parley_graph *g, const char *id, const char *kind, const char *date,
                            const char *status, int doc, size_t start, const char *sentence)
{
    parley_node *m = node(g, PARLEY_NODE_MEETING, id, kind);
    CHECK_INT(parley_node_set_attr(m, "kind", kind), 0);
    CHECK_INT(parley_node_set_attr(m, "date", date), 0);
    CHECK_INT(parley_node_set_attr(m, "status", status), 0);
    CHECK_INT(parley_node_add_evidence(g, m, doc, start, start + 5, sentence, strlen(sentence)),
              0);
    return m;
}

/* Two articles; four meetings:
 *   m1 talks 2025-03-11 held (a.txt): Rubio, Sybiha, Roe; in Jeddah
 *   m2 call 2025-03 planned (b.txt): Rubio, Sybiha
 *   m3 summit 2025-04-01/2025-04-03 held (b.txt): Rutte, Rubio, Russia, Doe
 *   m4 talks undated cancelled (a.txt): Russia, Saudi Arabia
 * Rubio and Roe represent the USA (Roe by attribute only), Sybiha Ukraine,
 * Rutte NATO (by edge only); Doe represents nothing. The UN and Georgia
 * (the state and the city) are mentioned without any meeting. */
static parley_graph *sample(void)
{
    parley_error err = {0};
    parley_graph *g = parley_graph_new();
    CHECK_INT(parley_graph_add_document(g, "a.txt", "2025-03-12", &err), 0);
    CHECK_INT(parley_graph_add_document(g, "b.txt", NULL, &err), 1);

    parley_node *usa = node(g, PARLEY_NODE_COUNTRY, "country:USA", "United States");
    parley_node *ukr = node(g, PARLEY_NODE_COUNTRY, "country:UKR", "Ukraine");
    parley_node *rus = node(g, PARLEY_NODE_COUNTRY, "country:RUS", "Russia");
    parley_node *sau = node(g, PARLEY_NODE_COUNTRY, "country:SAU", "Saudi Arabia");
    parley_node *geo = node(g, PARLEY_NODE_COUNTRY, "country:GEO", "Georgia");
    parley_node *nato = node(g, PARLEY_NODE_ORGANIZATION, "organization:nato", "NATO");
    parley_node *un = node(g, PARLEY_NODE_ORGANIZATION, "organization:un", "United Nations");
    parley_node *tbilisi = node(g, PARLEY_NODE_LOCATION, "location:georgia", "Georgia");
    parley_node *jeddah = node(g, PARLEY_NODE_LOCATION, "location:jeddah", "Jeddah");
    parley_node *rubio = node(g, PARLEY_NODE_OFFICIAL, "official:marco-rubio", "Marco Rubio");
    parley_node *sybiha = node(g, PARLEY_NODE_OFFICIAL, "official:andrii-sybiha", "Andrii Sybiha");
    parley_node *roe = node(g, PARLEY_NODE_OFFICIAL, "official:jane-roe", "Jane Roe");
    parley_node *rutte = node(g, PARLEY_NODE_OFFICIAL, "official:mark-rutte", "Mark Rutte");
    parley_node *doe = node(g, PARLEY_NODE_OFFICIAL, "official:john-doe", "John Doe");
    CHECK_INT(parley_node_set_attr(usa, "iso3", "USA"), 0);
    CHECK_INT(parley_node_set_attr(rubio, "country", "USA"), 0);
    CHECK_INT(parley_node_set_attr(rubio, "title", "Secretary of State"), 0);
    CHECK_INT(parley_node_set_attr(rubio, "note", "extra key"), 0);
    CHECK_INT(parley_node_set_attr(sybiha, "country", "UKR"), 0);
    CHECK_INT(parley_node_set_attr(roe, "country", "USA"), 0);
    CHECK_INT(parley_node_set_attr(tbilisi, "country", "GEO"), 0);
    /* Every node mentioned once in a.txt; Rubio in both articles. */
    parley_node *all[] = {usa, ukr, rus, sau, geo, nato, un, tbilisi, jeddah,
                          rubio, sybiha, roe, rutte, doe};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        CHECK_INT(parley_node_add_evidence(g, all[i], 0, i, i + 1, "S.", 2), 0);
    CHECK_INT(parley_node_add_evidence(g, rubio, 1, 100, 105, "Rubio said.", 11), 0);

    parley_node *m1 = meeting(g, "meeting:talks-2025-03-11-ukr-usa", "talks", "2025-03-11",
                              "held", 0, 200, "Rubio met Sybiha in Jeddah.");
    parley_node *m2 = meeting(g, "meeting:call-2025-03-ukr-usa", "call", "2025-03", "planned",
                              1, 300, "Rubio will call Sybiha.");
    parley_node *m3 = meeting(g, "meeting:summit-2025-04-01-2025-04-03-nato-rus-usa", "summit",
                              "2025-04-01/2025-04-03", "held", 1, 400, "The summit met.");
    parley_node *m4 = meeting(g, "meeting:talks-undated-rus-sau", "talks", NULL, "cancelled", 0,
                              500, "Talks were called off.");
    CHECK_INT(parley_node_add_evidence(g, m1, 1, 50, 60, "The Jeddah talks.", 17), 0);

    edge(g, rubio, PARLEY_REL_REPRESENTS, usa, 0, "Rubio of the US.");
    edge(g, sybiha, PARLEY_REL_REPRESENTS, ukr, 0, "Sybiha of Ukraine.");
    edge(g, rutte, PARLEY_REL_REPRESENTS, nato, 1, "Rutte of NATO.");
    edge(g, jeddah, PARLEY_REL_LOCATED_IN, sau, 0, "Jeddah, Saudi Arabia.");
    edge(g, tbilisi, PARLEY_REL_LOCATED_IN, geo, 0, "Georgia, Georgia.");
    edge(g, m1, PARLEY_REL_HELD_IN, jeddah, 0, "In Jeddah.");
    edge(g, rubio, PARLEY_REL_PARTICIPANT, m1, 0, "Rubio met.");
    edge(g, sybiha, PARLEY_REL_PARTICIPANT, m1, 0, "Sybiha met.");
    edge(g, roe, PARLEY_REL_PARTICIPANT, m1, 0, "Roe met.");
    edge(g, rubio, PARLEY_REL_PARTICIPANT, m2, 1, "Rubio calls.");
    edge(g, sybiha, PARLEY_REL_PARTICIPANT, m2, 1, "Sybiha calls.");
    edge(g, rutte, PARLEY_REL_PARTICIPANT, m3, 1, "Rutte at the summit.");
    edge(g, rubio, PARLEY_REL_PARTICIPANT, m3, 1, "Rubio at the summit.");
    edge(g, rus, PARLEY_REL_PARTICIPANT, m3, 1, "Russia at the summit.");
    edge(g, doe, PARLEY_REL_PARTICIPANT, m3, 1, "Doe at the summit.");
    edge(g, rus, PARLEY_REL_PARTICIPANT, m4, 0, "Russia and ...");
    parley_edge *e = edge(g, sau, PARLEY_REL_PARTICIPANT, m4, 0, "... Saudi Arabia.");
    CHECK_INT(parley_edge_add_evidence(g, e, 1, 70, 80, "Again.", 6), 0);
    parley_graph_finish(g);
    return g;
}

/* ---- reading a view back ----------------------------------------------- */

/* Node ids, space-separated, in walking order (caller frees). */
static char *node_ids(const parley_graph *g)
{
    size_t cap = 4096, len = 0;
    char *s = calloc(cap, 1);
    for (size_t i = 0; s && i < parley_graph_node_count(g); i++)
        len += (size_t)snprintf(s + len, cap - len, "%s%s", i ? " " : "",
                                parley_node_id(parley_graph_node_at(g, i)));
    return s;
}

/* Edges as "source relation target mentions/documents", one a line. */
static char *edge_list(const parley_graph *g)
{
    size_t cap = 8192, len = 0;
    char *s = calloc(cap, 1);
    for (size_t i = 0; s && i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        len += (size_t)snprintf(s + len, cap - len, "%s %s %s %zu/%zu\n",
                                parley_node_id(parley_edge_source(e)),
                                parley_relation_name(parley_edge_relation(e)),
                                parley_node_id(parley_edge_target(e)), parley_edge_mentions(e),
                                parley_edge_documents(e));
    }
    return s;
}

static parley_graph *run_view(const parley_graph *g, const parley_view_options *o)
{
    parley_graph *v = (parley_graph *)1;
    parley_error err = {0, -1, ""};
    int rc = parley_graph_view(g, o, &v, &err);
    if (rc) {
        fprintf(stderr, "view failed: %d %s\n", rc, err.text);
        CHECK(v == NULL);
        return NULL;
    }
    return v;
}

#define CHECK_VIEW(g, o, want_nodes, want_edges)                                \
    do {                                                                        \
        parley_graph *v_ = run_view((g), (o));                                  \
        CHECK(v_ != NULL);                                                      \
        if (v_) {                                                               \
            char *n_ = node_ids(v_), *e_ = edge_list(v_);                       \
            CHECK_STR(n_, (want_nodes));                                        \
            CHECK_STR(e_, (want_edges));                                        \
            free(n_);                                                           \
            free(e_);                                                           \
            CHECK_INT(parley_graph_document_count(v_), 2);                      \
            parley_graph_free(v_);                                              \
        }                                                                       \
    } while (0)

#define M1 "meeting:talks-2025-03-11-ukr-usa"
#define M2 "meeting:call-2025-03-ukr-usa"
#define M3 "meeting:summit-2025-04-01-2025-04-03-nato-rus-usa"
#define M4 "meeting:talks-undated-rus-sau"

static const char ALL_NODES[] =
    "country:GEO country:RUS country:SAU country:UKR country:USA "
    "official:andrii-sybiha official:jane-roe official:john-doe official:marco-rubio "
    "official:mark-rutte organization:nato organization:un location:georgia location:jeddah "
    M2 " " M3 " " M1 " " M4;

/* ---- tests ------------------------------------------------------------- */

static void test_names(void)
{
    CHECK_STR(parley_relation_name(PARLEY_REL_MET), "met");
    CHECK_STR(parley_view_name(PARLEY_VIEW_FULL), "full");
    CHECK_STR(parley_view_name(PARLEY_VIEW_COUNTRIES), "countries");
    CHECK_STR(parley_view_name(PARLEY_VIEW_OFFICIALS), "officials");
    CHECK_STR(parley_view_name(PARLEY_VIEW_MEETINGS), "meetings");
    CHECK_STR(parley_view_name(PARLEY_VIEW_COUNT), NULL);
    CHECK_INT(parley_view_from_name("countries"), PARLEY_VIEW_COUNTRIES);
    CHECK_INT(parley_view_from_name("Countries"), -1);
    CHECK_INT(parley_view_from_name(NULL), -1);
}

/* The full view without options is a faithful copy: the same JSON. */
static void test_full_copy(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    parley_graph *v = run_view(g, &o);
    CHECK(v != NULL);
    if (!v)
        return;
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0;
    FILE *fa = open_memstream(&a, &alen), *fb = open_memstream(&b, &blen);
    parley_error err = {0};
    CHECK_INT(parley_export(g, PARLEY_FORMAT_JSON, fa, NULL, &err), 0);
    CHECK_INT(parley_export(v, PARLEY_FORMAT_JSON, fb, NULL, &err), 0);
    fclose(fa);
    fclose(fb);
    CHECK_INT(blen, alen);
    CHECK(a && b && strcmp(a, b) == 0);
    char *ids = node_ids(v);
    CHECK_STR(ids, ALL_NODES);
    free(ids);
    /* Attributes in order, extra key included; evidence and counts. */
    const parley_node *r = parley_graph_find_node(v, "official:marco-rubio");
    CHECK_INT(parley_node_attr_count(r), 3);
    const char *k, *val;
    parley_node_attr_at(r, 2, &k, &val);
    CHECK_STR(k, "note");
    CHECK_STR(val, "extra key");
    CHECK_INT(parley_node_mentions(r), 2);
    CHECK_INT(parley_node_documents(r), 2);
    CHECK_INT(parley_node_evidence_count(r), 2);
    CHECK_STR(parley_node_evidence_at(r, 1).document, "b.txt");
    CHECK_STR(parley_node_evidence_at(r, 1).sentence, "Rubio said.");
    CHECK_INT(parley_node_evidence_at(r, 1).start, 100);
    CHECK_STR(parley_graph_document_date(v, 0), "2025-03-12");
    CHECK_STR(parley_graph_document_date(v, 1), NULL);
    free(a);
    free(b);
    parley_graph_free(v);
}

static void test_countries(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_COUNTRIES;
    /* Roe counts as the USA by attribute, Rutte as NATO by edge, Doe as
     * nothing; Rubio and Roe at m1 give one USA party. UKR-USA met twice
     * (m1 in a.txt and b.txt, m2 in b.txt). */
    CHECK_VIEW(g, &o,
               "country:GEO country:RUS country:SAU country:UKR country:USA "
               "organization:nato organization:un",
               "country:RUS met country:SAU 1/1\n"
               "country:RUS met country:USA 1/1\n"
               "country:RUS met organization:nato 1/1\n"
               "country:UKR met country:USA 2/2\n"
               "country:USA met organization:nato 1/1\n");

    /* Evidence of a met edge: the first of each meeting, kept in the
     * graph's evidence order (document, then offset). Country nodes keep
     * their own counts. */
    parley_graph *v = run_view(g, &o);
    CHECK(v != NULL);
    if (!v)
        return;
    for (size_t i = 0; i < parley_graph_edge_count(v); i++) {
        const parley_edge *e = parley_graph_edge_at(v, i);
        if (strcmp(parley_node_id(parley_edge_source(e)), "country:UKR") != 0)
            continue;
        CHECK_INT(parley_edge_evidence_count(e), 2);
        CHECK_STR(parley_edge_evidence_at(e, 0).sentence, "Rubio met Sybiha in Jeddah.");
        CHECK_STR(parley_edge_evidence_at(e, 0).document, "a.txt");
        CHECK_STR(parley_edge_evidence_at(e, 1).sentence, "Rubio will call Sybiha.");
        CHECK_STR(parley_edge_evidence_at(e, 1).document, "b.txt");
        CHECK_INT(parley_edge_evidence_at(e, 1).start, 300);
    }
    const parley_node *usa = parley_graph_find_node(v, "country:USA");
    CHECK_INT(parley_node_mentions(usa), 1);
    CHECK_STR(parley_node_attr(usa, "iso3"), "USA");
    CHECK_STR(parley_node_label(usa), "United States");
    parley_graph_free(v);
}

static void test_officials(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_OFFICIALS;
    CHECK_VIEW(g, &o,
               "official:andrii-sybiha official:jane-roe official:john-doe "
               "official:marco-rubio official:mark-rutte",
               "official:andrii-sybiha met official:jane-roe 1/2\n"
               "official:andrii-sybiha met official:marco-rubio 2/2\n"
               "official:jane-roe met official:marco-rubio 1/2\n"
               "official:john-doe met official:marco-rubio 1/1\n"
               "official:john-doe met official:mark-rutte 1/1\n"
               "official:marco-rubio met official:mark-rutte 1/1\n");
}

static void test_meetings(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_MEETINGS;
    CHECK_VIEW(g, &o,
               "country:RUS country:SAU official:andrii-sybiha official:jane-roe "
               "official:john-doe official:marco-rubio official:mark-rutte "
               M2 " " M3 " " M1 " " M4,
               "country:RUS participant " M3 " 1/1\n"
               "country:RUS participant " M4 " 1/1\n"
               "country:SAU participant " M4 " 2/2\n"
               "official:andrii-sybiha participant " M2 " 1/1\n"
               "official:andrii-sybiha participant " M1 " 1/1\n"
               "official:jane-roe participant " M1 " 1/1\n"
               "official:john-doe participant " M3 " 1/1\n"
               "official:marco-rubio participant " M2 " 1/1\n"
               "official:marco-rubio participant " M3 " 1/1\n"
               "official:marco-rubio participant " M1 " 1/1\n"
               "official:mark-rutte participant " M3 " 1/1\n");
}

static void test_date_filters(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_COUNTRIES;
    /* m1 (03-11) ends before; m2 (the month of March) overlaps; m3 (a
     * range in April) overlaps; m4 (undated) is dropped. Nodes left
     * without edges go: GEO, SAU, UKR, the UN. */
    o.since = "2025-03-12";
    CHECK_VIEW(g, &o, "country:RUS country:UKR country:USA organization:nato",
               "country:RUS met country:USA 1/1\n"
               "country:RUS met organization:nato 1/1\n"
               "country:UKR met country:USA 1/1\n"
               "country:USA met organization:nato 1/1\n");
    /* The last day of a month and of a range still overlap. */
    o.since = o.until = "2025-03-31";
    CHECK_VIEW(g, &o, "country:UKR country:USA", "country:UKR met country:USA 1/1\n");
    o.since = o.until = "2025-04-03";
    CHECK_VIEW(g, &o, "country:RUS country:USA organization:nato",
               "country:RUS met country:USA 1/1\n"
               "country:RUS met organization:nato 1/1\n"
               "country:USA met organization:nato 1/1\n");
    o.since = "2025-04-04";
    o.until = NULL;
    CHECK_VIEW(g, &o, "", "");
    /* until alone: m1 and m2. */
    o.since = NULL;
    o.until = "2025-03-11";
    CHECK_VIEW(g, &o, "country:UKR country:USA", "country:UKR met country:USA 2/2\n");
    o.until = "2025-03-10";
    CHECK_VIEW(g, &o, "country:UKR country:USA", "country:UKR met country:USA 1/1\n");

    /* Full view: the meetings filtered out go with their edges; officials
     * keep their represents edges, places their located_in; nodes left
     * without edges (Roe, Doe, Russia, the UN) go. */
    parley_view_options f = PARLEY_VIEW_OPTIONS_INIT;
    f.until = "2025-03-10";
    CHECK_VIEW(g, &f,
               "country:GEO country:SAU country:UKR country:USA official:andrii-sybiha "
               "official:marco-rubio official:mark-rutte organization:nato location:georgia "
               "location:jeddah " M2,
               "location:georgia located_in country:GEO 1/1\n"
               "location:jeddah located_in country:SAU 1/1\n"
               "official:andrii-sybiha represents country:UKR 1/1\n"
               "official:andrii-sybiha participant " M2 " 1/1\n"
               "official:marco-rubio represents country:USA 1/1\n"
               "official:marco-rubio participant " M2 " 1/1\n"
               "official:mark-rutte represents organization:nato 1/1\n");
}

static void test_status_filters(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_MEETINGS;
    o.statuses = 1u << PARLEY_STATUS_CANCELLED;
    CHECK_VIEW(g, &o, "country:RUS country:SAU " M4,
               "country:RUS participant " M4 " 1/1\n"
               "country:SAU participant " M4 " 2/2\n");
    o.statuses = 1u << PARLEY_STATUS_PLANNED | 1u << PARLEY_STATUS_CANCELLED;
    o.view = PARLEY_VIEW_COUNTRIES;
    CHECK_VIEW(g, &o, "country:RUS country:SAU country:UKR country:USA",
               "country:RUS met country:SAU 1/1\n"
               "country:UKR met country:USA 1/1\n");
    /* Status and dates together: planned meetings in April: none. */
    o.since = "2025-04-01";
    CHECK_VIEW(g, &o, "", "");
}

static void test_focus(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_COUNTRIES;
    /* By the id without its prefix, in any case; the edges among the
     * nodes kept (RUS-nato) stay. */
    o.focus = "usa";
    CHECK_VIEW(g, &o, "country:RUS country:UKR country:USA organization:nato",
               "country:RUS met country:USA 1/1\n"
               "country:RUS met organization:nato 1/1\n"
               "country:UKR met country:USA 2/2\n"
               "country:USA met organization:nato 1/1\n");
    o.depth = 0;
    o.focus = "United States";
    CHECK_VIEW(g, &o, "country:USA", "");
    o.depth = 2;
    o.focus = "SAUDI ARABIA";
    CHECK_VIEW(g, &o, "country:RUS country:SAU country:USA organization:nato",
               "country:RUS met country:SAU 1/1\n"
               "country:RUS met country:USA 1/1\n"
               "country:RUS met organization:nato 1/1\n"
               "country:USA met organization:nato 1/1\n");
    /* An isolated node is its own neighbourhood. */
    o.focus = "organization:un";
    o.depth = 1;
    CHECK_VIEW(g, &o, "organization:un", "");
    /* Full view: edges taken as undirected (Jeddah <- m1, Jeddah -> SAU). */
    parley_view_options f = PARLEY_VIEW_OPTIONS_INIT;
    f.focus = "jeddah";
    CHECK_VIEW(g, &f, "country:SAU location:jeddah " M1,
               "location:jeddah located_in country:SAU 1/1\n"
               M1 " held_in location:jeddah 1/1\n");
    /* The exact id wins over names: "Georgia" would be ambiguous. */
    f.focus = "country:GEO";
    f.depth = 1;
    CHECK_VIEW(g, &f, "country:GEO location:georgia",
               "location:georgia located_in country:GEO 1/1\n");
}

static void check_error(const parley_graph *g, const parley_view_options *o, int code,
                        const char *text)
{
    parley_graph *v = (parley_graph *)1;
    parley_error err = {0, -1, ""};
    CHECK_INT(parley_graph_view(g, o, &v, &err), code);
    CHECK(v == NULL);
    CHECK_INT(err.code, code);
    CHECK_STR(err.text, text);
}

static void test_errors(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.focus = "Georgia";
    check_error(g, &o, PARLEY_EINPUT,
                "focus 'Georgia' is ambiguous: Georgia (country:GEO), Georgia (location:georgia)");
    o.view = PARLEY_VIEW_COUNTRIES;
    o.focus = "marco rubio";
    check_error(g, &o, PARLEY_EINPUT,
                "focus 'marco rubio' (official:marco-rubio) is not in the countries view");
    o.focus = "un";
    o.statuses = 1u << PARLEY_STATUS_HELD;
    check_error(g, &o, PARLEY_EINPUT,
                "focus 'un' (organization:un) is not in the countries view after the "
                "meeting filters");
    o.statuses = 0;
    o.focus = "ru";
    check_error(g, &o, PARLEY_EINPUT,
                "no node of the countries view is named 'ru'; candidates: Russia (country:RUS)");
    o.view = PARLEY_VIEW_FULL;
    o.focus = "a";
    check_error(g, &o, PARLEY_EINPUT,
                "no node of the full view is named 'a'; candidates: Georgia (country:GEO), "
                "Russia (country:RUS), Saudi Arabia (country:SAU), Ukraine (country:UKR), "
                "United States (country:USA) and 13 more");
    o.focus = "Atlantis";
    check_error(g, &o, PARLEY_EINPUT, "no node of the full view is named 'Atlantis'");

    parley_view_options bad = PARLEY_VIEW_OPTIONS_INIT;
    bad.view = PARLEY_VIEW_COUNT;
    check_error(g, &bad, PARLEY_EINVAL, "view 4 out of range");
    bad.view = PARLEY_VIEW_FULL;
    bad.since = "2025-02-30";
    check_error(g, &bad, PARLEY_EINVAL, "since '2025-02-30' is not a YYYY-MM-DD date");
    bad.since = "2025-03-02";
    bad.until = "2025-03";
    check_error(g, &bad, PARLEY_EINVAL, "until '2025-03' is not a YYYY-MM-DD date");
    bad.until = "2025-03-01";
    check_error(g, &bad, PARLEY_EINVAL, "since 2025-03-02 is after until 2025-03-01");
    bad.since = bad.until = NULL;
    bad.statuses = 1u << PARLEY_STATUS_COUNT;
    check_error(g, &bad, PARLEY_EINVAL, "statuses 0x8 name no status");
}

/* Meeting dates the filters read: bad ones count as undated. */
static void test_odd_dates(void)
{
    static const struct {
        const char *date;
        int kept; /* by 2025-02-28 .. 2025-02-28 */
    } cases[] = {
        {"2025-02-28", 1}, {"2025-02", 1},  {"2025", 1},        {"2024-02", 0},
        {"2025-02-27/2025-03-01", 1},       {"2025-03/2025-04", 0},
        {"2024/2025-02", 1}, {"2025-13", 0}, {"2025-02-30", 0},  {"25-02-28", 0},
        {"2025-03-01/2025-02-01", 0},       {"2025-02/", 0},    {"", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parley_error err = {0};
        parley_graph *g = parley_graph_new();
        parley_node *m = node(g, PARLEY_NODE_MEETING, "meeting:x", "x");
        parley_node *c = node(g, PARLEY_NODE_COUNTRY, "country:X", "X");
        CHECK_INT(parley_node_set_attr(m, "date", cases[i].date), 0);
        CHECK_INT(parley_graph_add_edge(g, c, m, PARLEY_REL_PARTICIPANT, NULL, &err), 0);
        parley_graph_finish(g);
        parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
        o.since = o.until = "2025-02-28";
        parley_graph *v = run_view(g, &o);
        CHECK(v != NULL);
        if (v && (size_t)cases[i].kept * 2 != parley_graph_node_count(v))
            fprintf(stderr, "date '%s'\n", cases[i].date);
        if (v)
            CHECK_INT(parley_graph_node_count(v), cases[i].kept * 2);
        parley_graph_free(v);
        parley_graph_free(g);
    }
}

/* Does parley_node_add_counts count documents yet? It is being written
 * with the graph merge (a stub adds mentions only); until it lands the
 * documents beyond the evidence cannot be carried over, and the two checks
 * that need them wait for it. */

/* Counts beyond the evidence kept are carried over: a node whose source
 * kept one evidence item of two mentions in two articles. */
static void test_capped_counts(void)
{
    parley_error err = {0};
    parley_graph *g = parley_graph_new();
    parley_graph_set_max_evidence(g, 1);
    CHECK_INT(parley_graph_add_document(g, "a.txt", NULL, &err), 0);
    CHECK_INT(parley_graph_add_document(g, "b.txt", NULL, &err), 1);
    parley_node *c = node(g, PARLEY_NODE_COUNTRY, "country:X", "X");
    parley_node *m = node(g, PARLEY_NODE_MEETING, "meeting:x", "x");
    parley_edge *e = NULL;
    CHECK_INT(parley_graph_add_edge(g, c, m, PARLEY_REL_PARTICIPANT, &e, &err), 0);
    for (int d = 0; d < 2; d++) {
        CHECK_INT(parley_node_add_evidence(g, c, d, 0, 1, "X.", 2), 0);
        CHECK_INT(parley_edge_add_evidence(g, e, d, 0, 1, "X met.", 6), 0);
        CHECK_INT(parley_edge_add_evidence(g, e, d, 2, 3, "X met.", 6), 0);
    }
    parley_graph_finish(g);
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    parley_graph *v = run_view(g, &o);
    CHECK(v != NULL);
    if (v) {
        const parley_node *n = parley_graph_find_node(v, "country:X");
        const parley_edge *ve = parley_graph_edge_at(v, 0);
        CHECK_INT(parley_node_mentions(n), 2);
        CHECK_INT(parley_node_evidence_count(n), 1);
        CHECK_INT(parley_edge_mentions(ve), 4);
        CHECK_INT(parley_edge_evidence_count(ve), 1);
        CHECK_INT(parley_node_documents(n), 2);
        CHECK_INT(parley_edge_documents(ve), 2);
        parley_graph_free(v);
    }
    parley_graph_free(g);
}

/* The met edge draws in DOT: the count as a small label in the diagram's
 * font, no arrow, width by weight; a pair that met once has no label. */
static void test_dot(const parley_graph *g)
{
    parley_view_options o = PARLEY_VIEW_OPTIONS_INIT;
    o.view = PARLEY_VIEW_COUNTRIES;
    parley_graph *v = run_view(g, &o);
    CHECK(v != NULL);
    if (!v)
        return;
    char *dot = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&dot, &len);
    parley_error err = {0};
    CHECK_INT(parley_export(v, PARLEY_FORMAT_DOT, f, NULL, &err), 0);
    fclose(f);
    CHECK(dot && strstr(dot, "label=2") != NULL);
    CHECK(dot && strstr(dot, "met \xc3\x97") == NULL);
    CHECK(dot && strstr(dot, "fontname=Helvetica") != NULL);
    CHECK(dot && strstr(dot, "penwidth=2.5") != NULL);
    CHECK(dot && strstr(dot, "dir=none") != NULL);
    free(dot);
    parley_graph_free(v);
}

int main(void)
{
    parley_graph *g = sample();
    test_names();
    test_full_copy(g);
    test_countries(g);
    test_officials(g);
    test_meetings(g);
    test_date_filters(g);
    test_status_filters(g);
    test_focus(g);
    test_errors(g);
    test_odd_dates();
    test_capped_counts();
    test_dot(g);
    parley_graph_free(g);
    return check_summary("test_view");
}
