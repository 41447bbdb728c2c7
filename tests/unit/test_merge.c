/* test_merge.c: the merge laws on real extraction output. The articles of
 * both development sets are extracted in one graph, and in three parts
 * merged in every grouping and order, in memory and through the JSON
 * exporter and parley_graph_read_json; every route must give the one-run
 * graph byte for byte (JSON and DOT). Also the order-free joins of labels
 * and attributes, documents by name, and the folding of surname-only
 * officials. */
#include "parley/parley.h"
#include "check.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TEXTS 128

typedef struct text {
    char *name;
    char *data;
    size_t len;
} text;

static text g_texts[MAX_TEXTS];
static size_t g_ntexts;

static int name_cmp(const void *a, const void *b)
{
    return strcmp(((const text *)a)->name, ((const text *)b)->name);
}

static void load_dir(const char *dir)
{
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) && g_ntexts < MAX_TEXTS) {
        size_t n = strlen(e->d_name);
        if (n < 5 || strcmp(e->d_name + n - 4, ".txt") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        CHECK(f != NULL);
        if (!f)
            continue;
        text *t = &g_texts[g_ntexts++];
        t->name = strdup(path);
        fseek(f, 0, SEEK_END);
        t->len = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        t->data = malloc(t->len + 1);
        CHECK(fread(t->data, 1, t->len, f) == t->len);
        fclose(f);
    }
    closedir(d);
}

/* The graph of the texts whose index i has i % parts == part (parts 1:
 * all), unfinished. */
static parley_graph *extract_part(const parley_extractor *ex, size_t part, size_t parts)
{
    parley_graph *g = parley_graph_new();
    parley_error err = {0, -1, ""};
    for (size_t i = 0; i < g_ntexts; i++)
        if (i % parts == part)
            CHECK_INT(parley_extract_document(ex, g, g_texts[i].name, g_texts[i].data,
                                              g_texts[i].len, NULL, &err), 0);
    return g;
}

/* The finished graph's export as a string (caller frees). */
static char *export_string(parley_graph *g, parley_format f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    parley_error err = {0, -1, ""};
    CHECK_INT(parley_export(g, f, out, NULL, &err), 0);
    fclose(out);
    return buf;
}

static void check_same(parley_graph *g, const char *want_json, const char *want_dot,
                       const char *what)
{
    CHECK_INT(parley_graph_finish(g), 0);
    char *json = export_string(g, PARLEY_FORMAT_JSON), *dot = export_string(g, PARLEY_FORMAT_DOT);
    if (strcmp(json, want_json) != 0 || strcmp(dot, want_dot) != 0)
        fprintf(stderr, "merge route differs from one run: %s\n", what);
    CHECK(strcmp(json, want_json) == 0);
    CHECK(strcmp(dot, want_dot) == 0);
    free(json);
    free(dot);
}

static parley_graph *merged(parley_graph *const *parts, size_t n)
{
    parley_graph *g = parley_graph_new();
    parley_error err = {0, -1, ""};
    for (size_t i = 0; i < n; i++)
        CHECK_INT(parley_graph_merge(g, parts[i], &err), 0);
    return g;
}

/* JSON of a part, read back into g. */
static void via_json(parley_graph *g, parley_graph *part)
{
    CHECK_INT(parley_graph_finish(part), 0);
    char *json = export_string(part, PARLEY_FORMAT_JSON);
    FILE *in = fmemopen(json, strlen(json), "r");
    parley_error err = {0, -1, ""};
    CHECK_INT(parley_graph_read_json(g, in, "part.json", &err), 0);
    if (err.text[0])
        fprintf(stderr, "%s\n", err.text);
    fclose(in);
    free(json);
}

static void test_laws(void)
{
    load_dir("tests/devset/texts");
    load_dir("tests/devset2/texts");
    CHECK(g_ntexts >= 30);
    qsort(g_texts, g_ntexts, sizeof *g_texts, name_cmp);

    parley_extractor *ex = NULL;
    parley_options po = PARLEY_OPTIONS_INIT;
    parley_error err = {0, -1, ""};
    CHECK_INT(parley_extractor_new(&ex, &po, &err), 0);

    parley_graph *one = extract_part(ex, 0, 1);
    CHECK_INT(parley_graph_finish(one), 0);
    char *want_json = export_string(one, PARLEY_FORMAT_JSON);
    char *want_dot = export_string(one, PARLEY_FORMAT_DOT);

    /* Interleaved parts: no part is a run of neighbouring articles. */
    parley_graph *p[3];
    for (size_t i = 0; i < 3; i++)
        p[i] = extract_part(ex, i, 3);

    parley_graph *abc = merged((parley_graph *[]){p[0], p[1], p[2]}, 3);
    check_same(abc, want_json, want_dot, "(A+B)+C");
    parley_graph *cba = merged((parley_graph *[]){p[2], p[1], p[0]}, 3);
    check_same(cba, want_json, want_dot, "C+B+A");
    parley_graph *bc = merged((parley_graph *[]){p[1], p[2]}, 2);
    parley_graph *a_bc = merged((parley_graph *[]){p[0], bc}, 2);
    check_same(a_bc, want_json, want_dot, "A+(B+C)");

    /* Through JSON: each part written and read back, in another order. */
    parley_graph *rt = parley_graph_new();
    via_json(rt, p[1]);
    via_json(rt, p[2]);
    via_json(rt, p[0]);
    check_same(rt, want_json, want_dot, "JSON(B)+JSON(C)+JSON(A)");

    /* The one-run graph read back is itself. */
    parley_graph *again = parley_graph_new();
    via_json(again, one);
    check_same(again, want_json, want_dot, "JSON(all)");

    parley_graph *all[] = {one, abc, cba, bc, a_bc, rt, again, p[0], p[1], p[2]};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        parley_graph_free(all[i]);
    free(want_json);
    free(want_dot);
    parley_extractor_free(ex);
    for (size_t i = 0; i < g_ntexts; i++) {
        free(g_texts[i].name);
        free(g_texts[i].data);
    }
}

static void test_joins(void)
{
    /* Whatever the order, held beats cancelled beats planned, a summit
     * beats talks, and a longer label or title beats a shorter one. */
    const char *status[][3] = {{"planned", "held", "held"}, {"held", "planned", "held"},
                               {"planned", "cancelled", "cancelled"},
                               {"cancelled", "held", "held"}};
    for (size_t i = 0; i < 4; i++) {
        parley_graph *g = parley_graph_new();
        parley_node *n;
        CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:x", "X", &n, NULL), 0);
        CHECK_INT(parley_node_join_attr(n, "status", status[i][0]), 0);
        CHECK_INT(parley_node_join_attr(n, "status", status[i][1]), 0);
        CHECK_STR(parley_node_attr(n, "status"), status[i][2]);
        CHECK_INT(parley_node_join_attr(n, "kind", "talks"), 0);
        CHECK_INT(parley_node_join_attr(n, "kind", "summit"), 0);
        CHECK_INT(parley_node_join_attr(n, "kind", "meeting"), 0);
        CHECK_STR(parley_node_attr(n, "kind"), "summit");
        CHECK_INT(parley_node_join_attr(n, "location", NULL), 0);
        CHECK_STR(parley_node_attr(n, "location"), NULL);
        parley_graph_free(g);
    }
    parley_graph *g = parley_graph_new();
    parley_node *n;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:a", "Lula", &n, NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:a", "Lula da Silva", &n,
                                    NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:a", "Lula", &n, NULL), 0);
    CHECK_STR(parley_node_label(n), "Lula da Silva");
    CHECK_INT(parley_node_join_attr(n, "title", "Minister"), 0);
    CHECK_INT(parley_node_join_attr(n, "title", "Foreign Minister"), 0);
    CHECK_INT(parley_node_join_attr(n, "title", "Minister"), 0);
    CHECK_STR(parley_node_attr(n, "title"), "Foreign Minister");
    /* Same length: the smaller in byte order, from either side. */
    CHECK_INT(parley_node_join_attr(n, "title", "Envoy B"), 0);
    CHECK_INT(parley_node_join_attr(n, "title", "Envoy A"), 0);
    CHECK_STR(parley_node_attr(n, "title"), "Foreign Minister");

    /* Documents are known by name: the same name is the same document. */
    CHECK_INT(parley_graph_add_document(g, "b.txt", "2024-05-02", NULL), 0);
    CHECK_INT(parley_graph_add_document(g, "a.txt", NULL, NULL), 1);
    CHECK_INT(parley_graph_add_document(g, "b.txt", "2024-05-01", NULL), 0);
    CHECK_INT(parley_graph_finish(g), 0);
    CHECK_INT(parley_graph_document_count(g), 2);
    CHECK_STR(parley_graph_document_name(g, 0), "a.txt"); /* walked by name */
    CHECK_STR(parley_graph_document_name(g, 1), "b.txt");
    CHECK_STR(parley_graph_document_date(g, 1), "2024-05-01");
    parley_graph_free(g);
}

/* An official known by one name folds into the one full name that starts
 * or ends with it in the same country; with two candidates it stays. */
static void test_folds(void)
{
    parley_graph *g = parley_graph_new();
    int d = parley_graph_add_document(g, "a.txt", NULL, NULL);
    parley_node *full, *other, *sur, *kim, *kim1, *kim2, *rus, *m;
    parley_edge *e;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:RUS", "Russia", &rus, NULL), 0);
    CHECK_INT(parley_node_set_attr(rus, "iso3", "RUS"), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:sergey-lavrov",
                                    "Sergey Lavrov", &full, NULL), 0);
    CHECK_INT(parley_node_set_attr(full, "country", "RUS"), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:anna-lavrov",
                                    "Anna Lavrov", &other, NULL), 0);
    CHECK_INT(parley_node_set_attr(other, "country", "UKR"), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:lavrov", "Lavrov", &sur,
                                    NULL), 0);
    CHECK_INT(parley_node_set_attr(sur, "country", "RUS"), 0);
    CHECK_INT(parley_node_set_attr(sur, "title", "Foreign Minister"), 0);
    CHECK_INT(parley_node_add_evidence(g, sur, d, 5, 11, "Lavrov said.", 12), 0);
    CHECK_INT(parley_graph_add_edge(g, sur, rus, PARLEY_REL_REPRESENTS, &e, NULL), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d, 5, 11, NULL, 0), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:m", "m", &m, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, sur, m, PARLEY_REL_PARTICIPANT, &e, NULL), 0);
    CHECK_INT(parley_graph_add_edge(g, full, m, PARLEY_REL_PARTICIPANT, &e, NULL), 0);
    CHECK_INT(parley_edge_add_evidence(g, e, d, 0, 4, NULL, 0), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:kim", "Kim", &kim, NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:kim-jong-un", "Kim Jong Un",
                                    &kim1, NULL), 0);
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, "official:kim-yo-jong", "Kim Yo Jong",
                                    &kim2, NULL), 0);
    CHECK_INT(parley_graph_finish(g), 0);
    CHECK(parley_graph_find_node(g, "official:lavrov") == NULL);
    CHECK(parley_graph_find_node(g, "official:kim") != NULL);
    full = parley_graph_find_node(g, "official:sergey-lavrov");
    CHECK_INT(parley_node_mentions(full), 1);
    CHECK_STR(parley_node_attr(full, "title"), "Foreign Minister");
    CHECK_STR(parley_node_attr(full, "country"), "RUS");
    CHECK_INT(parley_graph_node_count(g), 7);
    /* sur's two participant edges became one, with both mentions. */
    size_t participant = 0, represents = 0;
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *x = parley_graph_edge_at(g, i);
        CHECK_STR(parley_node_id(parley_edge_source(x)), "official:sergey-lavrov");
        if (parley_edge_relation(x) == PARLEY_REL_PARTICIPANT) {
            participant++;
            CHECK_INT(parley_edge_mentions(x), 1);
        } else {
            represents++;
        }
    }
    CHECK_INT(participant, 1);
    CHECK_INT(represents, 1);
    parley_graph_free(g);
}

static void official(parley_graph *g, const char *id, const char *name, const char *country)
{
    parley_node *n;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_OFFICIAL, id, name, &n, NULL), 0);
    CHECK_INT(parley_node_set_attr(n, "country", country), 0);
    CHECK_INT(parley_node_add_evidence(g, n, 0, 0, 3, NULL, 0), 0);
}

/* Spellings of one name in one state fold into the smallest id; short
 * words must match whole, and another state keeps its own. */
static void test_variant_folds(void)
{
    parley_graph *g = parley_graph_new();
    parley_graph_add_document(g, "a.txt", NULL, NULL);
    official(g, "official:volodymyr-zelenskyy", "Volodymyr Zelenskyy", "UKR");
    official(g, "official:volodymyr-zelensky", "Volodymyr Zelensky", "UKR");
    official(g, "official:mohammad-bin-salman", "Mohammad bin Salman", "SAU");
    official(g, "official:mohammed-bin-salman", "Mohammed bin Salman", "SAU");
    official(g, "official:wang-yi", "Wang Yi", "CHN");
    official(g, "official:wang-yu", "Wang Yu", "CHN");
    official(g, "official:envoy-1", "Envoy Zed 1", "XZA");
    official(g, "official:envoy-2", "Envoy Zed 2", "XZA");
    official(g, "official:maria-lopez", "Maria Lopez", "MEX");
    official(g, "official:mario-lopez", "Mario Lopez", "MEX");
    official(g, "official:hassan-ali", "Hassan Ali", "IRQ");
    official(g, "official:hussein-ali", "Hussein Ali", "IRQ");
    official(g, "official:sergei-lavrov", "Sergei Lavrov", "RUS");
    official(g, "official:sergey-lavrov", "Sergey Lavrov", "BLR");
    CHECK_INT(parley_graph_finish(g), 0);
    const char *want[] = {"official:envoy-1", "official:envoy-2", "official:hassan-ali", "official:hussein-ali", "official:maria-lopez",
                          "official:mario-lopez", "official:mohammad-bin-salman",
                          "official:sergei-lavrov", "official:sergey-lavrov",
                          "official:volodymyr-zelensky", "official:wang-yi", "official:wang-yu"};
    CHECK_INT(parley_graph_node_count(g), 12);
    for (size_t i = 0; i < 12 && i < parley_graph_node_count(g); i++)
        CHECK_STR(parley_node_id(parley_graph_node_at(g, i)), want[i]);
    const parley_node *z = parley_graph_find_node(g, "official:volodymyr-zelensky");
    CHECK_STR(parley_node_label(z), "Volodymyr Zelenskyy");
    CHECK_INT(parley_node_mentions(z), 2);
    parley_graph_free(g);
}

static parley_node *meeting(parley_graph *g, const char *id, const char *date, const char *status,
                            const char *loc, int doc)
{
    parley_node *m;
    CHECK_INT(parley_graph_add_node(g, PARLEY_NODE_MEETING, id, "PAK, SAU", &m, NULL), 0);
    CHECK_INT(parley_node_join_attr(m, "kind", "visit"), 0);
    CHECK_INT(parley_node_join_attr(m, "date", date), 0);
    CHECK_INT(parley_node_join_attr(m, "status", status), 0);
    CHECK_INT(parley_node_join_attr(m, "location", loc), 0);
    CHECK_INT(parley_node_add_evidence(g, m, doc, 0, 5, NULL, 0), 0);
    return m;
}

/* A meeting planned for "April" in one article and held on 16 April in
 * another are one meeting, held; not when one article reports both, nor
 * when the places differ, nor when two April days could be meant. */
static void test_meeting_folds(void)
{
    parley_graph *g = parley_graph_new();
    int d1 = parley_graph_add_document(g, "1.txt", NULL, NULL);
    int d2 = parley_graph_add_document(g, "2.txt", NULL, NULL);
    meeting(g, "meeting:2024-04-pak-sau", "2024-04", "planned", NULL, d1);
    meeting(g, "meeting:2024-04-16-pak-sau", "2024-04-16", "held", "Riyadh", d2);
    CHECK_INT(parley_graph_finish(g), 0);
    CHECK_INT(parley_graph_node_count(g), 1);
    const parley_node *m = parley_graph_node_at(g, 0);
    CHECK_STR(parley_node_id(m), "meeting:2024-04-16-pak-sau");
    CHECK_STR(parley_node_attr(m, "status"), "held");
    CHECK_STR(parley_node_attr(m, "date"), "2024-04-16");
    CHECK_INT(parley_node_mentions(m), 2);
    CHECK_INT(parley_node_documents(m), 2);
    parley_graph_free(g);

    const char *why[] = {"same article", "other place", "two days"};
    for (int k = 0; k < 3; k++) {
        g = parley_graph_new();
        d1 = parley_graph_add_document(g, "1.txt", NULL, NULL);
        d2 = parley_graph_add_document(g, "2.txt", NULL, NULL);
        meeting(g, "meeting:2024-04-pak-sau", "2024-04", "planned", k == 1 ? "Makkah" : NULL, d1);
        meeting(g, "meeting:2024-04-16-pak-sau", "2024-04-16", "held", "Riyadh", k == 0 ? d1 : d2);
        if (k == 2)
            meeting(g, "meeting:2024-04-20-pak-sau", "2024-04-20", "held", NULL, d2);
        CHECK_INT(parley_graph_finish(g), 0);
        if (parley_graph_find_node(g, "meeting:2024-04-pak-sau") == NULL)
            fprintf(stderr, "folded despite: %s\n", why[k]);
        CHECK(parley_graph_find_node(g, "meeting:2024-04-pak-sau") != NULL);
        parley_graph_free(g);
    }
}

int main(void)
{
    test_joins();
    test_folds();
    test_meeting_folds();
    test_variant_folds();
    test_laws();
    return check_summary("test_merge");
}
