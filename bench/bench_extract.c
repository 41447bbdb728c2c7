/* bench_extract.c: times libparley on a generated corpus (gen_corpus):
 * extraction alone (a fresh graph per article, and one merged graph), on one
 * thread and on N threads sharing one extractor, then JSON and DOT export of
 * the merged graph, with peak memory. The corpus is read into memory first. */
#include "bench_common.h"
#include "parley/parley.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_CORPUS "build/bench-corpus"

typedef struct article {
    char *name;
    char date[11]; /* from JSON Lines; "" for .txt files (the header has it) */
    char *text;
    size_t len;
} article;

typedef struct corpus {
    article *a;
    size_t n, cap;
    size_t bytes;
} corpus;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    fputs("bench_extract: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (!q)
        die("out of memory");
    return q;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xrealloc(NULL, n), s, n);
}

static article *corpus_add(corpus *c)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->a = xrealloc(c->a, c->cap * sizeof *c->a);
    }
    article *a = &c->a[c->n++];
    memset(a, 0, sizeof *a);
    return a;
}

static int name_cmp(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Reads DIR/txt/ *.txt in name order until `limit` bytes (0 = all). */
static void load_txt(corpus *c, const char *dir, size_t limit)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/txt", dir);
    DIR *d = opendir(path);
    if (!d)
        die("%s: %s (run gen_corpus first)", path, strerror(errno));
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".txt") == 0) {
            if (nn == cap) {
                cap = cap ? cap * 2 : 1024;
                names = xrealloc(names, cap * sizeof *names);
            }
            names[nn++] = xstrdup(e->d_name);
        }
    }
    closedir(d);
    qsort(names, nn, sizeof *names, name_cmp);
    for (size_t i = 0; i < nn; i++) {
        if (!limit || c->bytes < limit) {
            char file[8192];
            snprintf(file, sizeof file, "%s/txt/%s", dir, names[i]);
            FILE *f = fopen(file, "rb");
            if (!f)
                die("%s: %s", file, strerror(errno));
            fseek(f, 0, SEEK_END);
            long sz = ftell(f);
            rewind(f);
            article *a = corpus_add(c);
            a->name = xstrdup(names[i]);
            a->text = xrealloc(NULL, (size_t)sz + 1);
            if (sz < 0 || fread(a->text, 1, (size_t)sz, f) != (size_t)sz)
                die("%s: read failed", file);
            fclose(f);
            a->len = (size_t)sz;
            c->bytes += a->len;
        }
        free(names[i]);
    }
    free(names);
}

/* Reads DIR/corpus.jsonl ({"id","date","text"} per line) with jansson. */
static void load_jsonl(corpus *c, const char *dir, size_t limit)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus.jsonl", dir);
    FILE *f = fopen(path, "rb");
    if (!f)
        die("%s: %s (run gen_corpus first)", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    size_t lineno = 0;
    while ((!limit || c->bytes < limit) && (n = getline(&line, &cap, f)) > 0) {
        lineno++;
        json_error_t jerr;
        json_t *o = json_loadb(line, (size_t)n, 0, &jerr);
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *date = json_string_value(json_object_get(o, "date"));
        json_t *text = json_object_get(o, "text");
        if (!o || !id || !json_is_string(text))
            die("%s:%zu: not an article: %s", path, lineno, o ? "missing id or text" : jerr.text);
        article *a = corpus_add(c);
        a->name = xstrdup(id);
        snprintf(a->date, sizeof a->date, "%s", date ? date : "");
        a->len = json_string_length(text);
        a->text = memcpy(xrealloc(NULL, a->len + 1), json_string_value(text), a->len + 1);
        c->bytes += a->len;
        json_decref(o);
    }
    free(line);
    fclose(f);
}

/* The generator's exact sentence count (manifest.txt), scaled when only a
 * part of the corpus was loaded; 0 when there is no manifest. */
static double manifest_sentences(const char *dir, const corpus *c, int *exact)
{
    char path[4096], key[64];
    snprintf(path, sizeof path, "%s/manifest.txt", dir);
    FILE *f = fopen(path, "r");
    double sentences = 0, articles = 0, v;
    if (!f)
        return 0;
    while (fscanf(f, "%63s %lf", key, &v) == 2) {
        if (!strcmp(key, "sentences"))
            sentences = v;
        else if (!strcmp(key, "articles"))
            articles = v;
    }
    fclose(f);
    *exact = (double)c->n == articles;
    if (*exact || articles <= 0)
        return sentences;
    return sentences * (double)c->n / articles;
}

/* ---- extraction runs ---------------------------------------------------- */

typedef struct run {
    const parley_extractor *ex;
    const corpus *c;
    int merged;           /* one graph for the worker's articles, else one per article */
    atomic_size_t next;   /* next article to take */
} run;

typedef struct worker {
    run *r;
    parley_graph *g; /* the worker's merged graph (merged runs), owned by the caller */
    size_t articles, bytes, failures;
} worker;

static int extract_one(const parley_extractor *ex, parley_graph *g, const article *a)
{
    parley_error err = {0};
    int rc = parley_extract_document(ex, g, a->name, a->text, a->len, a->date[0] ? a->date : NULL,
                                     &err);
    if (rc) {
        static atomic_int told;
        if (atomic_fetch_add(&told, 1) < 5)
            fprintf(stderr, "bench_extract: %s: %s\n", a->name, err.text);
    }
    return rc;
}

/* Articles are handed out in batches of 16 from a shared counter, so the
 * threads stay balanced whatever the article sizes. */
#define BATCH 16

static void *worker_main(void *arg)
{
    worker *w = arg;
    run *r = w->r;
    for (;;) {
        size_t i0 = atomic_fetch_add(&r->next, BATCH);
        if (i0 >= r->c->n)
            break;
        size_t i1 = i0 + BATCH < r->c->n ? i0 + BATCH : r->c->n;
        for (size_t i = i0; i < i1; i++) {
            const article *a = &r->c->a[i];
            parley_graph *g = r->merged ? w->g : parley_graph_new();
            if (!g)
                die("out of memory");
            if (extract_one(r->ex, g, a))
                w->failures++;
            if (!r->merged)
                parley_graph_free(g);
            w->articles++;
            w->bytes += a->len;
        }
    }
    /* Whatever the extractor does per article, a graph is walked only once
     * it is finished: count that once, as a caller must. */
    if (r->merged)
        parley_graph_finish(w->g);
    return NULL;
}

/* Runs the corpus on `threads` threads; returns elapsed seconds. With
 * merged, graphs[t] receives thread t's graph (caller frees). */
static double run_extract(const parley_extractor *ex, const corpus *c, int threads, int merged,
                          parley_graph **graphs, size_t *failures)
{
    run r = {.ex = ex, .c = c, .merged = merged};
    atomic_init(&r.next, 0);
    worker *w = calloc((size_t)threads, sizeof *w);
    pthread_t *tid = calloc((size_t)threads, sizeof *tid);
    if (!w || !tid)
        die("out of memory");
    for (int t = 0; t < threads; t++) {
        w[t].r = &r;
        if (merged && !(w[t].g = parley_graph_new()))
            die("out of memory");
    }
    double t0 = bench_now();
    if (threads == 1) {
        worker_main(&w[0]); /* no thread at all: the plain single-core figure */
    } else {
        for (int t = 0; t < threads; t++)
            if (pthread_create(&tid[t], NULL, worker_main, &w[t]))
                die("cannot start thread %d", t);
        for (int t = 0; t < threads; t++)
            pthread_join(tid[t], NULL);
    }
    double dt = bench_now() - t0;
    *failures = 0;
    for (int t = 0; t < threads; t++) {
        *failures += w[t].failures;
        if (merged)
            graphs[t] = w[t].g;
    }
    free(w);
    free(tid);
    return dt;
}

/* Reports one extraction run: MB/s, articles/s, sentences/s. */
static void report_run(const char *label, const corpus *c, double sentences, double dt,
                       size_t failures, double rss_before)
{
    char metric[96];
    printf("%s: %.3f s%s\n", label, dt, failures ? " (with failures)" : "");
    double mbps = (double)c->bytes / 1e6 / dt;
    char note[64] = "";
    /* The speed target is for one core, extraction alone. */
    if (strcmp(label, "extract 1 thread, graph per article") == 0)
        snprintf(note, sizeof note, "target >= 50 MB/s: %s", mbps >= 50 ? "met" : "MISSED");
    snprintf(metric, sizeof metric, "%s MB/s", label);
    bench_result(metric, mbps, "MB/s", note);
    snprintf(metric, sizeof metric, "%s articles/s", label);
    bench_result(metric, (double)c->n / dt, "articles/s", NULL);
    if (sentences > 0) {
        snprintf(metric, sizeof metric, "%s sentences/s", label);
        bench_result(metric, sentences / dt, "sentences/s", NULL);
    }
    snprintf(metric, sizeof metric, "%s memory", label);
    bench_result(metric, bench_phase_peak_mb() - rss_before, "MB",
                 "high-water mark above RSS at its start");
    if (failures) {
        snprintf(metric, sizeof metric, "%s failed articles", label);
        bench_result(metric, (double)failures, "articles", NULL);
    }
}

/* Exports g to path in format f; reports seconds, output size, memory. */
static void time_export(const parley_graph *g, parley_format f, const char *path,
                        const char *label)
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
    char metric[96];
    snprintf(metric, sizeof metric, "%s seconds", label);
    bench_result(metric, dt, "s", NULL);
    snprintf(metric, sizeof metric, "%s output", label);
    bench_result(metric, (double)bench_file_size(path) / 1e6, "MB", path);
    snprintf(metric, sizeof metric, "%s memory", label);
    bench_result(metric, bench_phase_peak_mb() - base, "MB",
                 "export's high-water mark above RSS before it");
}

static void usage(FILE *to)
{
    fprintf(to,
            "usage: bench_extract [-c DIR] [-J] [-m MB] [-M MB] [-j N] [-p PHASES] [-o DIR]\n"
            "                     [-t FILE]\n"
            "  -c DIR     corpus directory written by gen_corpus (default %s)\n"
            "  -J         read DIR/corpus.jsonl instead of DIR/txt/*.txt\n"
            "  -m MB      use only the first MB (10^6 bytes) of articles\n"
            "  -M MB      merged-graph runs (and export) use only the first MB\n"
            "  -j N       threads for the all-core runs (default: online CPUs)\n"
            "  -p PHASES  comma-separated: fresh, merged, threads, export (default all)\n"
            "  -o DIR     where export writes merged.json and merged.dot (default: -c DIR)\n"
            "  -t FILE    append tab-separated results to FILE\n",
            DEFAULT_CORPUS);
}

static int has_phase(const char *phases, const char *p)
{
    size_t n = strlen(p);
    for (const char *s = phases; (s = strstr(s, p)); s += n)
        if ((s == phases || s[-1] == ',') && (s[n] == ',' || s[n] == '\0'))
            return 1;
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = DEFAULT_CORPUS, *outdir = NULL, *phases = "fresh,merged,threads,export";
    const char *tsv = NULL;
    int jsonl = 0;
    double limit_mb = 0, merged_mb = 0;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    int opt;
    while ((opt = getopt(argc, argv, "c:Jm:M:j:p:o:t:h")) != -1) {
        char *end;
        switch (opt) {
        case 'c': dir = optarg; break;
        case 'J': jsonl = 1; break;
        case 'm':
            limit_mb = strtod(optarg, &end);
            if (*end || !(limit_mb > 0))
                die("-m: '%s' is not a size in MB", optarg);
            break;
        case 'M':
            merged_mb = strtod(optarg, &end);
            if (*end || !(merged_mb > 0))
                die("-M: '%s' is not a size in MB", optarg);
            break;
        case 'j':
            threads = strtol(optarg, &end, 10);
            if (*end || threads < 1 || threads > 1024)
                die("-j: '%s' is not a thread count from 1 to 1024", optarg);
            break;
        case 'p': phases = optarg; break;
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
    if (threads < 1)
        threads = 1;
    if (!outdir)
        outdir = dir;
    if (tsv && bench_results_open(tsv))
        die("%s: %s", tsv, strerror(errno));

    corpus c = {0};
    double t0 = bench_now();
    size_t limit = (size_t)(limit_mb * 1e6);
    if (jsonl)
        load_jsonl(&c, dir, limit);
    else
        load_txt(&c, dir, limit);
    if (!c.n)
        die("%s: no articles", dir);
    int exact = 0;
    double sentences = manifest_sentences(dir, &c, &exact);
    printf("corpus: %s (%s), %zu articles, %.1f MB, %.0f sentences%s; loaded in %.2f s\n", dir,
           jsonl ? "corpus.jsonl" : "txt/*.txt", c.n, (double)c.bytes / 1e6, sentences,
           exact ? "" : " (scaled from the manifest)", bench_now() - t0);
    bench_result("corpus size", (double)c.bytes / 1e6, "MB", jsonl ? "JSON Lines" : "txt files");
    bench_result("corpus articles", (double)c.n, "articles", NULL);
    bench_result("corpus sentences", sentences, "sentences",
                 exact ? "generator's count" : "generator's count, scaled");

    parley_extractor *ex = NULL;
    parley_error err = {0};
    t0 = bench_now();
    if (parley_extractor_new(&ex, NULL, &err))
        die("extractor: %s", err.text);
    bench_result("extractor start-up (gazetteers)", (bench_now() - t0) * 1e3, "ms", NULL);
    double rss_base = bench_rss_mb();
    bench_result("RSS with corpus loaded", rss_base, "MB", "corpus bytes + extractor");

    /* The merged runs' share of the corpus: the first -M MB of it. */
    corpus mc = c;
    if (merged_mb > 0) {
        mc.n = 0;
        mc.bytes = 0;
        while (mc.n < c.n && (double)mc.bytes < merged_mb * 1e6)
            mc.bytes += c.a[mc.n++].len;
    }
    double msentences = sentences * (double)mc.bytes / (double)c.bytes;
    const char *mnote = mc.n < c.n ? " (first -M MB)" : "";
    if (mc.n < c.n)
        printf("merged runs: first %zu articles, %.1f MB\n", mc.n, (double)mc.bytes / 1e6);

    size_t failures;
    parley_graph *merged = NULL;
    if (has_phase(phases, "fresh")) {
        bench_phase_begin();
        double before = bench_rss_mb();
        double dt = run_extract(ex, &c, 1, 0, NULL, &failures);
        report_run("extract 1 thread, graph per article", &c, sentences, dt, failures, before);
    }
    if (has_phase(phases, "merged") || has_phase(phases, "export")) {
        bench_phase_begin();
        double before = bench_rss_mb();
        double dt = run_extract(ex, &mc, 1, 1, &merged, &failures);
        char label[96];
        snprintf(label, sizeof label, "extract 1 thread, one merged graph%s", mnote);
        report_run(label, &mc, msentences, dt, failures, before);
        bench_result("merged graph nodes", (double)parley_graph_node_count(merged), "nodes", NULL);
        bench_result("merged graph edges", (double)parley_graph_edge_count(merged), "edges", NULL);
    }
    if (has_phase(phases, "threads") && threads > 1) {
        char label[96];
        bench_phase_begin();
        double before = bench_rss_mb();
        double dt = run_extract(ex, &c, (int)threads, 0, NULL, &failures);
        snprintf(label, sizeof label, "extract %ld threads, graph per article", threads);
        report_run(label, &c, sentences, dt, failures, before);

        parley_graph **graphs = calloc((size_t)threads, sizeof *graphs);
        if (!graphs)
            die("out of memory");
        bench_phase_begin();
        before = bench_rss_mb();
        dt = run_extract(ex, &mc, (int)threads, 1, graphs, &failures);
        snprintf(label, sizeof label, "extract %ld threads, merged graph per thread%s", threads,
                 mnote);
        report_run(label, &mc, msentences, dt, failures, before);
        for (long t = 0; t < threads; t++)
            parley_graph_free(graphs[t]);
        free(graphs);
    }
    if (has_phase(phases, "export") && merged) {
        char path[4096];
        snprintf(path, sizeof path, "%s/merged.json", outdir);
        time_export(merged, PARLEY_FORMAT_JSON, path, "export JSON (merged graph)");
        snprintf(path, sizeof path, "%s/merged.dot", outdir);
        time_export(merged, PARLEY_FORMAT_DOT, path, "export DOT (merged graph)");
    }
    parley_graph_free(merged);
    parley_extractor_free(ex);
    bench_result("peak RSS (whole run)", bench_peak_rss_mb(), "MB",
                 "includes the corpus held in memory");
    for (size_t i = 0; i < c.n; i++) {
        free(c.a[i].name);
        free(c.a[i].text);
    }
    free(c.a);
    bench_results_close();
    return 0;
}
