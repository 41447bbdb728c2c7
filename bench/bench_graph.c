/* bench_graph.c: the large-graph export benchmark. Builds a synthetic graph
 * of about a million edges through the public graph API (countries, cities,
 * officials representing countries, meetings with participant and held_in
 * edges, one evidence sentence each) and times JSON and DOT export. */
#include "bench_common.h"
#include "parley/parley.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_EDGES 1000000
#define NCOUNTRIES 200
#define NDOCS 1000

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    fputs("bench_graph: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static uint64_t rng = 0x5eed;

static unsigned rnd(unsigned n)
{
    uint64_t z = (rng += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return (unsigned)((z ^ (z >> 31)) % n);
}

static const char *const first[] = {"Anna", "Pavel", "Kenji", "Leila", "Carlos", "Mei",
                                    "Omar", "Ingrid", "José", "Priya", "Lars", "Amina"};
static const char *const last[] = {"Dubois", "Novak", "Watanabe", "Haddad", "Silva", "Chen",
                                   "Müller", "Okafor", "Lindqvist", "Sharma", "Kovacs", "Reyes"};
static const char *const titles[] = {"Foreign Minister", "President", "Prime Minister",
                                     "Defence Minister", "Trade Minister"};
static const char *const kinds[] = {"talks", "meeting", "visit", "call", "summit", "conference"};
static const char *const statuses[] = {"held", "held", "held", "planned", "cancelled"};

typedef struct gen {
    parley_graph *g;
    parley_node **countries, **cities, **officials;
    size_t ncities, nofficials;
    int evidence; /* evidence records per node and edge */
    char sentence[512];
    size_t sentence_len;
} gen;

static void check(int rc, const char *what)
{
    if (rc)
        die("%s: %s", what, parley_code_name(rc));
}

/* A news-like sentence naming a and b (about 150 bytes, as on real edges). */
static void sentence(gen *x, const char *a, const char *b)
{
    int n = snprintf(x->sentence, sizeof x->sentence,
                     "%s held talks with %s on Tuesday on trade, energy security and a "
                     "ceasefire proposal, officials said after the meeting.", a, b);
    x->sentence_len = (size_t)n < sizeof x->sentence ? (size_t)n : sizeof x->sentence - 1;
}

static void node_ev(gen *x, parley_node *n)
{
    for (int i = 0; i < x->evidence; i++)
        check(parley_node_add_evidence(x->g, n, (int)rnd(NDOCS), 100, 120, x->sentence,
                                       x->sentence_len), "node evidence");
}

static size_t edge(gen *x, parley_node *s, parley_node *d, parley_relation rel)
{
    parley_edge *e = NULL;
    parley_error err;
    size_t before = parley_graph_edge_count(x->g);
    check(parley_graph_add_edge(x->g, s, d, rel, &e, &err), "edge");
    for (int i = 0; i < x->evidence; i++)
        check(parley_edge_add_evidence(x->g, e, (int)rnd(NDOCS), 100, 120, x->sentence,
                                       x->sentence_len), "edge evidence");
    return parley_graph_edge_count(x->g) - before;
}

static parley_node *node(gen *x, parley_node_type type, const char *id, const char *label)
{
    parley_node *n = NULL;
    parley_error err;
    if (parley_graph_add_node(x->g, type, id, label, &n, &err))
        die("node %s: %s", id, err.text);
    return n;
}

static void build(gen *x, size_t target)
{
    char id[128], label[128], date[16];
    parley_error err;
    for (int d = 0; d < NDOCS; d++) {
        snprintf(id, sizeof id, "wire-%04d.txt", d);
        snprintf(date, sizeof date, "2025-%02d-%02d", 1 + d % 12, 1 + d % 28);
        if (parley_graph_add_document(x->g, id, date, &err) < 0)
            die("document: %s", err.text);
    }
    size_t edges = 0;
    /* Countries: three-letter codes AAA, AAB, ... */
    x->countries = calloc(NCOUNTRIES, sizeof *x->countries);
    for (unsigned i = 0; i < NCOUNTRIES; i++) {
        char iso[4] = {(char)('A' + i / 26 % 26), (char)('A' + i % 26), (char)('A' + i / 7 % 26), 0};
        snprintf(id, sizeof id, "country:%s%u", iso, i);
        snprintf(label, sizeof label, "Country %s %u", iso, i);
        x->countries[i] = node(x, PARLEY_NODE_COUNTRY, id, label);
        check(parley_node_set_attr(x->countries[i], "iso3", iso), "attr");
        sentence(x, label, "its neighbours");
        node_ev(x, x->countries[i]);
    }
    /* Cities (location -> country), 2 per thousand target edges. */
    x->ncities = target / 500 + 1;
    x->cities = calloc(x->ncities, sizeof *x->cities);
    for (size_t i = 0; i < x->ncities; i++) {
        parley_node *c = x->countries[rnd(NCOUNTRIES)];
        snprintf(id, sizeof id, "location:city-%zu", i);
        snprintf(label, sizeof label, "City %zu", i);
        x->cities[i] = node(x, PARLEY_NODE_LOCATION, id, label);
        check(parley_node_set_attr(x->cities[i], "country", parley_node_attr(c, "iso3")), "attr");
        sentence(x, label, parley_node_label(c));
        node_ev(x, x->cities[i]);
        edges += edge(x, x->cities[i], c, PARLEY_REL_LOCATED_IN);
    }
    /* Officials (official -> country): a tenth of the edges. */
    x->nofficials = target / 10 + 1;
    x->officials = calloc(x->nofficials, sizeof *x->officials);
    for (size_t i = 0; i < x->nofficials; i++) {
        parley_node *c = x->countries[rnd(NCOUNTRIES)];
        const char *f = first[rnd(12)], *l = last[rnd(12)];
        snprintf(id, sizeof id, "official:%c%s-%s-%zu", f[0] + 32, f + 1, l, i);
        snprintf(label, sizeof label, "%s %s %zu", f, l, i);
        parley_node *o = x->officials[i] = node(x, PARLEY_NODE_OFFICIAL, id, label);
        check(parley_node_set_attr(o, "country", parley_node_attr(c, "iso3")) ||
              parley_node_set_attr(o, "title", titles[rnd(5)]), "attr");
        sentence(x, label, parley_node_label(c));
        node_ev(x, o);
        edges += edge(x, o, c, PARLEY_REL_REPRESENTS);
    }
    /* Meetings: 2 to 4 participants (officials, sometimes states) and a
     * place, until the target is reached. */
    for (size_t m = 0; edges < target; m++) {
        parley_node *where = x->cities[rnd((unsigned)x->ncities)];
        const char *kind = kinds[rnd(6)];
        snprintf(date, sizeof date, "2025-%02u-%02u", 1 + rnd(12), 1 + rnd(28));
        snprintf(id, sizeof id, "meeting:%s-%s-%zu", kind, date, m);
        snprintf(label, sizeof label, "Meeting %zu", m);
        parley_node *n = node(x, PARLEY_NODE_MEETING, id, label);
        check(parley_node_set_attr(n, "kind", kind) || parley_node_set_attr(n, "date", date) ||
              parley_node_set_attr(n, "status", statuses[rnd(5)]) ||
              parley_node_set_attr(n, "location", parley_node_label(where)), "attr");
        sentence(x, label, parley_node_label(where));
        node_ev(x, n);
        edges += edge(x, n, where, PARLEY_REL_HELD_IN);
        unsigned parties = 2 + rnd(3);
        for (unsigned p = 0; p < parties && edges < target; p++) {
            parley_node *who = rnd(5) ? x->officials[rnd((unsigned)x->nofficials)]
                                      : x->countries[rnd(NCOUNTRIES)];
            sentence(x, parley_node_label(who), label);
            edges += edge(x, who, n, PARLEY_REL_PARTICIPANT);
        }
    }
    parley_graph_finish(x->g);
}

static void time_export(const parley_graph *g, parley_format f, const char *path,
                        const char *label, double target_s, double target_mb)
{
    FILE *out = fopen(path, "wb");
    if (!out)
        die("%s: %s", path, strerror(errno));
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    parley_error err = {0};
    bench_phase_begin();
    double base = bench_rss_mb();
    double t0 = bench_now();
    int rc = parley_export(g, f, out, &o, &err);
    if (fclose(out) && !rc)
        die("%s: write failed", path);
    double dt = bench_now() - t0;
    if (rc)
        die("%s export failed: %s", parley_format_name(f), err.text);
    double mem = bench_phase_peak_mb() - base;
    char metric[96], note[96];
    snprintf(metric, sizeof metric, "%s seconds", label);
    snprintf(note, sizeof note, "target < %g s: %s", target_s, dt < target_s ? "met" : "MISSED");
    bench_result(metric, dt, "s", note);
    snprintf(metric, sizeof metric, "%s memory", label);
    if (target_mb > 0)
        snprintf(note, sizeof note, "above RSS before export; target < %g MB: %s", target_mb,
                 mem < target_mb ? "met" : "MISSED");
    else
        snprintf(note, sizeof note, "above RSS before export");
    bench_result(metric, mem, "MB", note);
    snprintf(metric, sizeof metric, "%s output", label);
    bench_result(metric, (double)bench_file_size(path) / 1e6, "MB", path);
}

static void usage(FILE *to)
{
    fprintf(to,
            "usage: bench_graph [-e EDGES] [-v N] [-p FORMATS] [-o DIR] [-t FILE]\n"
            "  -e EDGES   edges in the synthetic graph (default %d)\n"
            "  -v N       evidence records per node and edge (default 1)\n"
            "  -p FORMATS json, dot or json,dot (default json,dot)\n"
            "  -o DIR     where big.json and big.dot are written (default .)\n"
            "  -t FILE    append tab-separated results to FILE\n",
            DEFAULT_EDGES);
}

int main(int argc, char **argv)
{
    size_t target = DEFAULT_EDGES;
    const char *outdir = ".", *formats = "json,dot", *tsv = NULL;
    gen x = {0};
    x.evidence = 1;
    int opt;
    while ((opt = getopt(argc, argv, "e:v:p:o:t:h")) != -1) {
        char *end;
        switch (opt) {
        case 'e':
            target = strtoul(optarg, &end, 10);
            if (*end || target < 1)
                die("-e: '%s' is not an edge count", optarg);
            break;
        case 'v':
            x.evidence = (int)strtol(optarg, &end, 10);
            if (*end || x.evidence < 0 || x.evidence > 100)
                die("-v: '%s' is not from 0 to 100", optarg);
            break;
        case 'p': formats = optarg; break;
        case 'o': outdir = optarg; break;
        case 't': tsv = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }
    if (tsv && bench_results_open(tsv))
        die("%s: %s", tsv, strerror(errno));

    x.g = parley_graph_new();
    if (!x.g)
        die("out of memory");
    double rss0 = bench_rss_mb();
    double t0 = bench_now();
    build(&x, target);
    double dt = bench_now() - t0;
    printf("synthetic graph: %zu nodes, %zu edges, %d evidence each\n",
           parley_graph_node_count(x.g), parley_graph_edge_count(x.g), x.evidence);
    bench_result("large graph nodes", (double)parley_graph_node_count(x.g), "nodes", NULL);
    bench_result("large graph edges", (double)parley_graph_edge_count(x.g), "edges", NULL);
    bench_result("large graph build (graph API)", dt, "s", "add_node/add_edge/evidence + finish");
    bench_result("large graph model memory", bench_rss_mb() - rss0, "MB", "RSS growth");

    char path[4096];
    if (strstr(formats, "json")) {
        snprintf(path, sizeof path, "%s/big.json", outdir);
        time_export(x.g, PARLEY_FORMAT_JSON, path, "large graph JSON export", 5, 500);
    }
    if (strstr(formats, "dot")) {
        snprintf(path, sizeof path, "%s/big.dot", outdir);
        time_export(x.g, PARLEY_FORMAT_DOT, path, "large graph DOT export", 15, 0);
    }
    bench_result("large graph peak RSS (whole run)", bench_peak_rss_mb(), "MB", "whole run");
    parley_graph_free(x.g);
    free(x.countries);
    free(x.cities);
    free(x.officials);
    bench_results_close();
    return 0;
}
