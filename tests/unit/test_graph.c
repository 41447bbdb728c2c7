/* test_graph.c: the graph model: creating nodes and edges, deduplication,
 * the per-type attribute schema and its order, evidence capping and
 * shortening, document counting, the finished walking order, lookup. */
#include "parley/graph.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static void test_names(void)
{
    CHECK_STR(parley_node_type_name(PARLEY_NODE_COUNTRY), "country");
    CHECK_STR(parley_node_type_name(PARLEY_NODE_MEETING), "meeting");
    CHECK_STR(parley_node_type_name(PARLEY_NODE_TYPE_COUNT), NULL);
    CHECK_STR(parley_node_type_name((parley_node_type)-1), NULL);
    CHECK_STR(parley_relation_name(PARLEY_REL_REPRESENTS), "represents");
    CHECK_STR(parley_relation_name(PARLEY_REL_PARTICIPANT), "participant");
    CHECK_STR(parley_relation_name(PARLEY_REL_HELD_IN), "held_in");
    CHECK_STR(parley_relation_name(PARLEY_REL_LOCATED_IN), "located_in");
    CHECK_STR(parley_relation_name(PARLEY_REL_COUNT), NULL);
    CHECK_STR(parley_meeting_status_name(PARLEY_STATUS_HELD), "held");
    CHECK_STR(parley_meeting_status_name(PARLEY_STATUS_PLANNED), "planned");
    CHECK_STR(parley_meeting_status_name(PARLEY_STATUS_CANCELLED), "cancelled");
    CHECK_STR(parley_meeting_status_name(PARLEY_STATUS_COUNT), NULL);
    CHECK_STR(parley_meeting_kind_name(PARLEY_KIND_TALKS), "talks");
    CHECK_STR(parley_meeting_kind_name(PARLEY_KIND_CALL), "call");
    CHECK_STR(parley_meeting_kind_name(PARLEY_KIND_CONFERENCE), "conference");
    CHECK_STR(parley_meeting_kind_name(PARLEY_KIND_COUNT), NULL);
}

static void test_create_and_dedupe(void)
{
    parley_error err = {0};
    parley_graph *g = parley_graph_new();
    CHECK(g != NULL);

    CHECK_INT(parley_graph_add_document(g, "a.txt", "2021-07-28", &err), 0);
    CHECK_INT(parley_graph_add_document(g, "b.txt", NULL, &err), 1);
    CHECK_INT(parley_graph_document_count(g), 2);
    CHECK_STR(parley_graph_document_name(g, 0), "a.txt");
    CHECK_STR(parley_graph_document_date(g, 0), "2021-07-28");
    CHECK_STR(parley_graph_document_date(g, 1), NULL);

    parley_node *chn = NULL, *chn2 = NULL, *wang = NULL;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:CHN", "China", &chn, &err), 0);
    CHECK(chn != NULL);
    /* The same id again: the same node, first label kept. */
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:CHN", "PRC", &chn2, &err), 0);
    CHECK(chn2 == chn);
    CHECK_STR(parley_node_label(chn), "China");
    /* The same id with another type is an error, and *out is NULL. */
    parley_node *bad = chn;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "country:CHN", "x", &bad, &err),
              PARLEY_EINVAL);
    CHECK(bad == NULL);
    CHECK_INT(err.code, PARLEY_EINVAL);
    CHECK(strstr(err.text, "country:CHN") != NULL);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "", "x", NULL, &err), PARLEY_EINVAL);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_TYPE_COUNT, "x:y", "x", NULL, &err),
              PARLEY_EINVAL);
    /* No label: the id stands in. */
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:wang-yi", NULL, &wang, &err), 0);
    CHECK_STR(parley_node_label(wang), "official:wang-yi");
    CHECK_INT(parley_node_set_label(wang, "Wang Yi"), 0);
    CHECK_STR(parley_node_label(wang), "Wang Yi");
    CHECK_INT(parley_graph_node_count(g), 2);

    parley_edge *e1 = NULL, *e2 = NULL, *e3 = NULL;
    CHECK_INT(parley_graph_add_edge(g, wang, chn, PARLEY_REL_REPRESENTS, &e1, &err), 0);
    CHECK_INT(parley_graph_add_edge(g, wang, chn, PARLEY_REL_REPRESENTS, &e2, &err), 0);
    CHECK(e1 != NULL && e1 == e2);
    /* Another relation between the same nodes is another edge. */
    CHECK_INT(parley_graph_add_edge(g, wang, chn, PARLEY_REL_PARTICIPANT, &e3, &err), 0);
    CHECK(e3 != NULL && e3 != e1);
    /* So is the reverse direction. */
    CHECK_INT(parley_graph_add_edge(g, chn, wang, PARLEY_REL_REPRESENTS, NULL, &err), 0);
    CHECK_INT(parley_graph_edge_count(g), 3);
    CHECK(parley_edge_source(e1) == wang);
    CHECK(parley_edge_target(e1) == chn);
    CHECK_INT(parley_edge_relation(e3), PARLEY_REL_PARTICIPANT);
    CHECK_INT(parley_graph_add_edge(g, wang, chn, PARLEY_REL_COUNT, NULL, &err), PARLEY_EINVAL);
    CHECK_INT(parley_graph_add_edge(g, NULL, chn, PARLEY_REL_REPRESENTS, NULL, &err),
              PARLEY_EINVAL);

    parley_graph_free(g);
}

static void test_attrs(void)
{
    parley_graph *g = parley_graph_new();
    parley_node *m = NULL, *c = NULL;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:1", "Talks", &m, NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:IRN", "Iran", &c, NULL), 0);

    /* Schema keys exist from the start, unset (NULL), in schema order. */
    static const char *const want_meeting[] = {"kind", "date", "status", "location"};
    CHECK_INT(parley_node_attr_count(m), 4);
    for (size_t i = 0; i < 4; i++) {
        const char *k = "?", *v = "?";
        parley_node_attr_at(m, i, &k, &v);
        CHECK_STR(k, want_meeting[i]);
        CHECK_STR(v, NULL);
    }
    CHECK_INT(parley_node_attr_count(c), 1);

    /* Setting out of order keeps the schema order; extras follow in the order
     * first set; setting again replaces in place. */
    CHECK_INT(parley_node_set_attr(m, "status", "planned"), 0);
    CHECK_INT(parley_node_set_attr(m, "zeta", "1"), 0);
    CHECK_INT(parley_node_set_attr(m, "alpha", "2"), 0);
    CHECK_INT(parley_node_set_attr(m, "kind", "talks"), 0);
    CHECK_INT(parley_node_set_attr(m, "zeta", "3"), 0);
    CHECK_INT(parley_node_set_attr(m, "status", NULL), 0);
    CHECK_INT(parley_node_set_attr(m, NULL, "x"), PARLEY_EINVAL);

    static const char *const want_keys[] = {"kind", "date", "status", "location", "zeta", "alpha"};
    static const char *const want_vals[] = {"talks", NULL, NULL, NULL, "3", "2"};
    CHECK_INT(parley_node_attr_count(m), 6);
    for (size_t i = 0; i < 6 && i < parley_node_attr_count(m); i++) {
        const char *k, *v;
        parley_node_attr_at(m, i, &k, &v);
        CHECK_STR(k, want_keys[i]);
        CHECK_STR(v, want_vals[i]);
    }
    CHECK_STR(parley_node_attr(m, "kind"), "talks");
    CHECK_STR(parley_node_attr(m, "zeta"), "3");
    CHECK_STR(parley_node_attr(m, "status"), NULL);
    CHECK_STR(parley_node_attr(m, "missing"), NULL);
    CHECK_STR(parley_node_attr(c, "iso3"), NULL);
    CHECK_INT(parley_node_set_attr(c, "iso3", "IRN"), 0);
    CHECK_STR(parley_node_attr(c, "iso3"), "IRN");

    /* Each type's schema. */
    static const struct {
        parley_node_type type;
        const char *id;
        size_t n;
        const char *keys[4];
    } schemas[] = {
        {PARLEY_NODE_COUNTRY, "country:X", 1, {"iso3"}},
        {PARLEY_NODE_OFFICIAL, "official:x", 2, {"country", "title"}},
        {PARLEY_NODE_ORGANIZATION, "organization:x", 1, {"country"}},
        {PARLEY_NODE_LOCATION, "location:x", 1, {"country"}},
    };
    for (size_t s = 0; s < sizeof schemas / sizeof schemas[0]; s++) {
        parley_node *n = NULL;
        CHECK_INT(parley_graph_add_node(g, schemas[s].type, schemas[s].id, "x", &n, NULL), 0);
        CHECK_INT(parley_node_attr_count(n), schemas[s].n);
        for (size_t i = 0; i < schemas[s].n && i < parley_node_attr_count(n); i++) {
            const char *k, *v;
            parley_node_attr_at(n, i, &k, &v);
            CHECK_STR(k, schemas[s].keys[i]);
        }
    }
    parley_graph_free(g);
}

static void test_evidence(void)
{
    parley_graph *g = parley_graph_new();
    int d0 = parley_graph_add_document(g, "one", NULL, NULL);
    int d1 = parley_graph_add_document(g, "two", NULL, NULL);
    parley_node *n = NULL;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:USA", "United States", &n, NULL), 0);

    /* The default cap is 5; mentions go on counting past it. The sentence
     * is taken by length, not up to a NUL. */
    const char *text = "The US met. Tail that must not be copied.";
    for (int i = 0; i < 7; i++)
        CHECK_INT(parley_node_add_evidence(g, n, i % 2 ? d1 : d0, (size_t)i, (size_t)i + 2,
                                           text, 11), 0);
    CHECK_INT(parley_node_mentions(n), 7);
    CHECK_INT(parley_node_documents(n), 2);
    CHECK_INT(parley_node_evidence_count(n), 5);
    /* Kept: the first five in (document, start, end) order, not in order
     * of arrival: one/0, one/2, one/4, one/6, two/1. */
    parley_evidence ev = parley_node_evidence_at(n, 1);
    CHECK_STR(ev.document, "one");
    CHECK_INT(ev.start, 2);
    CHECK_INT(ev.end, 4);
    CHECK_STR(ev.sentence, "The US met.");
    CHECK_STR(parley_node_evidence_at(n, 3).document, "one");
    CHECK_INT(parley_node_evidence_at(n, 3).start, 6);
    CHECK_STR(parley_node_evidence_at(n, 4).document, "two");
    CHECK_INT(parley_node_evidence_at(n, 4).start, 1);

    /* Bad document index or reversed offsets: rejected, nothing counted. */
    CHECK_INT(parley_node_add_evidence(g, n, 2, 0, 1, NULL, 0), PARLEY_EINVAL);
    CHECK_INT(parley_node_add_evidence(g, n, -1, 0, 1, NULL, 0), PARLEY_EINVAL);
    CHECK_INT(parley_node_add_evidence(g, n, 0, 5, 4, NULL, 0), PARLEY_EINVAL);
    CHECK_INT(parley_node_mentions(n), 7);

    /* A lower cap for later mentions; a NULL sentence stays NULL. */
    parley_graph_set_max_evidence(g, 1);
    parley_node *m = NULL;
    parley_edge *e = NULL;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:a", "a", &m, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n, m, PARLEY_REL_PARTICIPANT, &e, NULL), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d1, 10, 20, NULL, 0), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d1, 30, 40, "x", 1), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d1, 50, 60, "y", 1), 0);
    CHECK_INT(parley_edge_mentions(e), 3);
    CHECK_INT(parley_edge_documents(e), 1);
    CHECK_INT(parley_edge_evidence_count(e), 1);
    CHECK_STR(parley_edge_evidence_at(e, 0).sentence, NULL);
    CHECK_STR(parley_edge_evidence_at(e, 0).document, "two");
    CHECK_INT(parley_edge_evidence_at(e, 0).start, 10);

    /* Documents seen out of order still count once each. */
    parley_graph_set_max_evidence(g, 0);
    int d2 = parley_graph_add_document(g, "three", NULL, NULL);
    CHECK_INT(parley_edge_add_evidence(g, e, d2, 0, 0, NULL, 0), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d0, 0, 0, NULL, 0), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d2, 0, 0, NULL, 0), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d0, 0, 0, NULL, 0), 0);
    CHECK_INT(parley_edge_documents(e), 3);
    CHECK_INT(parley_edge_mentions(e), 7);
    CHECK_INT(parley_edge_evidence_count(e), 1);
    parley_graph_free(g);
}

static void test_long_sentence(void)
{
    parley_graph *g = parley_graph_new();
    int d = parley_graph_add_document(g, "long", NULL, NULL);
    parley_node *n = NULL, *m = NULL;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:A", "A", &n, NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:B", "B", &m, NULL), 0);

    /* 599 ASCII bytes then "é" (2 bytes) straddling the 600-byte limit: the
     * cut must back up to 599 rather than split the character. */
    char buf[1000];
    memset(buf, 'a', sizeof buf);
    buf[599] = (char)0xC3;
    buf[600] = (char)0xA9;
    CHECK_INT(parley_node_add_evidence(g, n, d, 0, 1, buf, sizeof buf), 0);
    const char *s = parley_node_evidence_at(n, 0).sentence;
    CHECK_INT(strlen(s), 599 + 3);
    CHECK(strcmp(s + 599, "...") == 0);
    CHECK(s[598] == 'a');

    /* Exactly 600 bytes: kept whole. 601 ASCII: 600 + "...". */
    CHECK_INT(parley_node_add_evidence(g, m, d, 0, 1, buf, 599), 0);
    memset(buf, 'b', sizeof buf);
    CHECK_INT(parley_node_add_evidence(g, m, d, 0, 1, buf, 600), 0);
    CHECK_INT(parley_node_add_evidence(g, m, d, 0, 1, buf, 601), 0);
    CHECK_INT(strlen(parley_node_evidence_at(m, 0).sentence), 599);
    CHECK_INT(strlen(parley_node_evidence_at(m, 1).sentence), 600);
    CHECK_INT(strlen(parley_node_evidence_at(m, 2).sentence), 603);
    CHECK(strcmp(parley_node_evidence_at(m, 2).sentence + 600, "...") == 0);
    parley_graph_free(g);
}

static void test_order_and_find(void)
{
    parley_graph *g = parley_graph_new();
    /* Added in a scrambled order on purpose. */
    static const struct {
        parley_node_type type;
        const char *id;
    } adds[] = {
        {PARLEY_NODE_MEETING, "meeting:b"},
        {PARLEY_NODE_LOCATION, "location:doha"},
        {PARLEY_NODE_COUNTRY, "country:USA"},
        {PARLEY_NODE_OFFICIAL, "official:wang-yi"},
        {PARLEY_NODE_MEETING, "meeting:a"},
        {PARLEY_NODE_ORGANIZATION, "organization:taliban"},
        {PARLEY_NODE_COUNTRY, "country:CHN"},
        {PARLEY_NODE_COUNTRY, "country:AFG"},
    };
    parley_node *n[8];
    for (size_t i = 0; i < 8; i++)
        CHECK_INT(parley_graph_add_node(g, adds[i].type, adds[i].id, adds[i].id, &n[i], NULL), 0);

    /* Edges (src, rel, dst), scrambled; sorted by source id, then relation in
     * enum order, then target id. */
    CHECK_INT(parley_graph_add_edge(g, n[3], n[0], PARLEY_REL_PARTICIPANT, NULL, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n[3], n[6], PARLEY_REL_REPRESENTS, NULL, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n[0], n[1], PARLEY_REL_HELD_IN, NULL, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n[3], n[4], PARLEY_REL_PARTICIPANT, NULL, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n[1], n[7], PARLEY_REL_LOCATED_IN, NULL, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, n[6], n[4], PARLEY_REL_PARTICIPANT, NULL, NULL), 0);

    parley_graph_finish(g);
    static const char *const want_nodes[] = {
        "country:AFG", "country:CHN", "country:USA", "official:wang-yi",
        "organization:taliban", "location:doha", "meeting:a", "meeting:b"};
    CHECK_INT(parley_graph_node_count(g), 8);
    for (size_t i = 0; i < 8; i++)
        CHECK_STR(parley_node_id(parley_graph_node_at(g, i)), want_nodes[i]);

    static const char *const want_edges[][3] = {
        {"country:CHN", "participant", "meeting:a"},
        {"location:doha", "located_in", "country:AFG"},
        {"meeting:b", "held_in", "location:doha"},
        {"official:wang-yi", "represents", "country:CHN"},
        {"official:wang-yi", "participant", "meeting:a"},
        {"official:wang-yi", "participant", "meeting:b"},
    };
    CHECK_INT(parley_graph_edge_count(g), 6);
    for (size_t i = 0; i < 6; i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        CHECK_STR(parley_node_id(parley_edge_source(e)), want_edges[i][0]);
        CHECK_STR(parley_relation_name(parley_edge_relation(e)), want_edges[i][1]);
        CHECK_STR(parley_node_id(parley_edge_target(e)), want_edges[i][2]);
    }

    /* Lookup works before and after finish; pointers stay put. */
    CHECK(parley_graph_find_node(g, "official:wang-yi") == n[3]);
    CHECK(parley_graph_find_node(g, "country:CHN") == n[6]);
    CHECK(parley_graph_find_node(g, "country:chn") == NULL);
    CHECK(parley_graph_find_node(g, "") == NULL);
    CHECK(parley_graph_find_node(g, NULL) == NULL);
    CHECK_INT(parley_node_get_type(parley_graph_find_node(g, "location:doha")),
              PARLEY_NODE_LOCATION);

    /* Adding after finish then finishing again restores the order. */
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:BEL", "Belgium", NULL, NULL), 0);
    parley_graph_finish(g);
    CHECK_STR(parley_node_id(parley_graph_node_at(g, 1)), "country:BEL");
    CHECK_STR(parley_node_id(parley_graph_node_at(g, 8)), "meeting:b");
    parley_graph_free(g);
}

static void test_many(void)
{
    /* Enough nodes and edges to make both maps and arrays grow many times. */
    parley_graph *g = parley_graph_new();
    parley_node *prev = NULL;
    char id[32];
    for (int i = 0; i < 2000; i++) {
        parley_node *n = NULL;
        snprintf(id, sizeof id, "official:%04d", 1999 - i);
        CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, id, id, &n, NULL), 0);
        if (prev)
            CHECK_INT(parley_graph_add_edge(g, prev, n, PARLEY_REL_REPRESENTS, NULL, NULL), 0);
        prev = n;
    }
    parley_graph_finish(g);
    CHECK_INT(parley_graph_node_count(g), 2000);
    CHECK_INT(parley_graph_edge_count(g), 1999);
    CHECK_STR(parley_node_id(parley_graph_node_at(g, 0)), "official:0000");
    CHECK_STR(parley_node_id(parley_graph_node_at(g, 1999)), "official:1999");
    CHECK_STR(parley_node_id(parley_edge_source(parley_graph_edge_at(g, 0))), "official:0001");
    CHECK(parley_graph_find_node(g, "official:1234") != NULL);
    parley_graph_free(g);
}

int main(void)
{
    parley_graph_free(NULL);
    test_names();
    test_create_and_dedupe();
    test_attrs();
    test_evidence();
    test_long_sentence();
    test_order_and_find();
    test_many();
    return check_summary("test_graph");
}
