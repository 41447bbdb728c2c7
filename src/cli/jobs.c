/* jobs.c: extraction on worker threads. The reader (the main thread) fills
 * articles from a fixed pool and queues them; each worker extracts a batch
 * of articles into a graph of its own with the shared, read-only extractor,
 * then merges that batch into the one result graph (under merge_lock) and
 * starts the next: memory is one graph and a small batch per worker, not a
 * whole graph per worker. Merging gives the same graph whatever the number
 * of workers or the order they took the articles in (parley_graph_merge).
 * An article goes back to the pool, its messages printed, only after every
 * earlier one: stderr, too, is the same for every number of workers. */
#include "cli/cli.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Articles in the pool per worker: one being extracted and one queued keep
 * a worker busy while the reader reads; a few more let the others go on
 * while a long article holds back the printing of later ones. */
#define ARTICLES_PER_WORKER 4

/* An article buffer grown past this is freed after use rather than kept
 * for the next article: one huge article should not pin its size in every
 * slot for the rest of the run. */
#define KEEP_BUFFER_LIMIT ((size_t)64 << 20)

/* Articles a worker extracts into its batch graph before merging it into
 * the result: enough that a merge costs little per article, few enough
 * that the batch stays small beside the result. Merging a batch costs
 * about its distinct nodes and edges, which grow slower than its articles
 * (the same states and officials recur): with 512, -j 2 executed 10 %
 * more instructions than -j 1 on real news, with 4096 3 %, for about
 * 15 MB more a worker on the generated corpus. */
#define BATCH_ARTICLES 4096

typedef struct worker {
    cli_jobs *jobs;
    parley_graph *graph; /* the batch (with one worker and no thread: the result) */
    size_t batch;        /* articles in it */
    pthread_t thread;
} worker;

struct cli_jobs {
    const parley_extractor *ex;
    worker *workers;
    size_t nworkers;         /* graphs */
    size_t nthreads;         /* threads running (0: inline) */
    cli_article *pool;
    size_t npool;
    cli_article *free_list;
    cli_article *queue_head, *queue_tail;
    cli_article **ring;      /* submitted, not yet retired, by seq % npool */
    size_t next_seq;         /* seq of the next submission */
    size_t retire_seq;       /* seq of the next article to retire */
    int closing;             /* no more articles will be queued */
    size_t extracted, failed;
    parley_graph *result;    /* the batches merged so far (threads only) */
    size_t max_evidence;
    int merge_rc;            /* the first failed merge's code, or 0 */
    parley_error merge_err;
    pthread_mutex_t merge_lock; /* held while a batch merges into result */
    pthread_mutex_t lock;
    pthread_cond_t queued;   /* an article was queued, or closing was set */
    pthread_cond_t freed;    /* an article went back to the free list */
};

/* Extracts one document into w's graph; returns 0 or a negative code
 * after reporting it. */
static int extract_one(worker *w, cli_article *a, const char *text, size_t len)
{
    parley_error err = {0, -1, ""};
    int rc = parley_extract_document(w->jobs->ex, w->graph, a->name.data, text, len, a->date,
                                     &err);
    if (rc < 0) {
        cli_report(a->name.data, &err);
        a->failed++;
    } else {
        a->ok++;
    }
    return rc;
}

/* Extracts every JSON line of a block, in order. */
static void extract_lines(worker *w, cli_article *a)
{
    char *p = a->text.data, *end = p + a->text.len;
    for (unsigned long number = a->line; p < end; number++) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl : end) - p);
        /* A blank line (a trailing one, or a separator) holds no article. */
        int blank = 1;
        for (size_t i = 0; i < n && blank; i++)
            blank = p[i] == ' ' || p[i] == '\t' || p[i] == '\r';
        if (!blank) {
            json_t *json = NULL;
            const char *text;
            size_t len;
            if (cli_json_article(a, p, n, number, &json, &text, &len) == 0)
                extract_one(w, a, text, len);
            else
                a->failed++;
            json_decref(json);
            cli_progress_add(n);
            w->batch++;
        }
        p += n + 1;
    }
}

/* Reads and extracts the articles of a into w's graph; their messages go
 * into a. Runs without the lock: the extractor is read-only and the graph
 * is w's. */
static void extract(worker *w, cli_article *a)
{
    cli_messages_capture(&a->messages);
    if (a->kind == CLI_ARTICLE_LINES) {
        extract_lines(w, a);
    } else {
        for (size_t at = 0; at < a->source.len; at += strlen(a->source.data + at) + 1) {
            int walked = a->source.data[at++] == CLI_FILE_WALKED;
            const char *path = a->source.data + at;
            parley_error err = {0, -1, ""};
            a->name.len = 0;
            if (pl_buf_puts(&a->name, strcmp(path, "-") == 0 ? "stdin" : path)) {
                cli_say("%s: out of memory", path);
                a->failed++;
            } else if (cli_read_input(path, walked, &a->text, &err) < 0) {
                cli_report(a->name.data, &err);
                a->failed++;
            } else {
                extract_one(w, a, a->text.data, a->text.len);
            }
            cli_progress_add(a->text.len);
            w->batch++;
        }
    }
    cli_messages_capture(NULL);
    if (a->text.cap > KEEP_BUFFER_LIMIT)
        pl_buf_free(&a->text);
}

static void put_free(cli_jobs *j, cli_article *a)
{
    a->next = j->free_list;
    j->free_list = a;
    pthread_cond_signal(&j->freed);
}

/* Marks a done and retires, in order of submission, every done article
 * from the oldest on: prints its messages and frees it. With the lock. */
static void retire(cli_jobs *j, cli_article *a)
{
    j->failed += a->failed;
    j->extracted += a->ok;
    a->done = 1;
    for (;;) {
        cli_article *r = j->ring[j->retire_seq % j->npool];
        if (!r || r->seq != j->retire_seq || !r->done)
            break;
        j->ring[j->retire_seq % j->npool] = NULL;
        j->retire_seq++;
        cli_messages_print(r->messages.data, r->messages.len);
        put_free(j, r);
    }
}

/* Merges w's batch into the result and, when `again`, starts an empty
 * one. Without the lock; takes merge_lock. A failure is kept for
 * cli_jobs_finish. */
static void flush(worker *w, int again)
{
    cli_jobs *j = w->jobs;
    parley_error err = {0, -1, ""};
    pthread_mutex_lock(&j->merge_lock);
    int rc = j->merge_rc ? 0 : parley_graph_merge(j->result, w->graph, &err);
    if (rc && !j->merge_rc) {
        j->merge_rc = rc;
        j->merge_err = err;
    }
    pthread_mutex_unlock(&j->merge_lock);
    parley_graph_free(w->graph);
    w->graph = again ? parley_graph_new() : NULL;
    w->batch = 0;
    if (!again) {
        return;
    } else if (w->graph) {
        parley_graph_set_max_evidence(w->graph, j->max_evidence);
    } else {
        pthread_mutex_lock(&j->merge_lock);
        if (!j->merge_rc) {
            j->merge_rc = PARLEY_ENOMEM;
            pl_fail(&j->merge_err, PARLEY_ENOMEM, -1, "out of memory");
        }
        pthread_mutex_unlock(&j->merge_lock);
    }
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    cli_jobs *j = w->jobs;
    pthread_mutex_lock(&j->lock);
    for (;;) {
        while (!j->queue_head && !j->closing)
            pthread_cond_wait(&j->queued, &j->lock);
        cli_article *a = j->queue_head;
        if (!a)
            break; /* closing, and the queue is drained */
        j->queue_head = a->next;
        if (!j->queue_head)
            j->queue_tail = NULL;
        pthread_mutex_unlock(&j->lock);
        if (w->graph)
            extract(w, a);
        else
            a->failed++; /* out of memory: reported by cli_jobs_finish */
        if (w->graph && w->batch >= BATCH_ARTICLES)
            flush(w, 1);
        pthread_mutex_lock(&j->lock);
        retire(j, a);
    }
    pthread_mutex_unlock(&j->lock);
    return NULL;
}

static void jobs_free(cli_jobs *j)
{
    for (size_t i = 0; i < j->nworkers; i++)
        parley_graph_free(j->workers[i].graph);
    parley_graph_free(j->result);
    pthread_mutex_destroy(&j->merge_lock);
    for (size_t i = 0; i < j->npool; i++) {
        pl_buf_free(&j->pool[i].name);
        pl_buf_free(&j->pool[i].text);
        pl_buf_free(&j->pool[i].messages);
        pl_buf_free(&j->pool[i].source);
    }
    free(j->pool);
    free(j->ring);
    free(j->workers);
    pthread_cond_destroy(&j->queued);
    pthread_cond_destroy(&j->freed);
    pthread_mutex_destroy(&j->lock);
    free(j);
}

int cli_jobs_start(cli_jobs **out, const parley_extractor *ex, size_t jobs,
                   size_t max_evidence, parley_error *err)
{
    *out = NULL;
    cli_jobs *j = calloc(1, sizeof *j);
    if (!j)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    pthread_mutex_init(&j->lock, NULL);
    pthread_mutex_init(&j->merge_lock, NULL);
    pthread_cond_init(&j->queued, NULL);
    pthread_cond_init(&j->freed, NULL);
    j->ex = ex;
    j->max_evidence = max_evidence;
    if (jobs < 1)
        jobs = 1;
    j->npool = jobs == 1 ? 1 : jobs * ARTICLES_PER_WORKER;
    j->workers = calloc(jobs, sizeof *j->workers);
    j->pool = calloc(j->npool, sizeof *j->pool);
    j->ring = calloc(j->npool, sizeof *j->ring);
    if (!j->workers || !j->pool || !j->ring)
        goto nomem;
    for (size_t i = 0; i < j->npool; i++) {
        pl_buf empty = PL_BUF_INIT;
        j->pool[i].name = empty;
        j->pool[i].text = empty;
        j->pool[i].messages = empty;
        j->pool[i].source = empty;
        put_free(j, &j->pool[i]);
    }
    for (size_t i = 0; i < jobs; i++) {
        worker *w = &j->workers[i];
        w->jobs = j;
        if (!(w->graph = parley_graph_new()))
            goto nomem;
        parley_graph_set_max_evidence(w->graph, max_evidence);
        j->nworkers++;
    }
    if (jobs > 1) {
        if (!(j->result = parley_graph_new()))
            goto nomem;
        parley_graph_set_max_evidence(j->result, max_evidence);
        /* A system that refuses a thread gets fewer workers, down to none:
         * then the reader extracts inline, into the first graph. */
        while (j->nthreads < jobs &&
               pthread_create(&j->workers[j->nthreads].thread, NULL, worker_main,
                              &j->workers[j->nthreads]) == 0)
            j->nthreads++;
    }
    *out = j;
    return 0;

nomem:
    jobs_free(j);
    return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
}

cli_article *cli_jobs_article(cli_jobs *j)
{
    pthread_mutex_lock(&j->lock);
    while (!j->free_list)
        pthread_cond_wait(&j->freed, &j->lock);
    cli_article *a = j->free_list;
    j->free_list = a->next;
    pthread_mutex_unlock(&j->lock);
    a->next = NULL;
    a->kind = CLI_ARTICLE_FILES;
    a->name.len = 0;
    a->text.len = 0;
    a->messages.len = 0;
    a->source.len = 0;
    a->line = 0;
    a->doc_date = a->date = NULL;
    a->extract = 1;
    a->ok = a->failed = 0;
    a->done = 0;
    /* What the reader says about this input waits for earlier inputs'. */
    cli_messages_capture(&a->messages);
    return a;
}

void cli_jobs_submit(cli_jobs *j, cli_article *a)
{
    cli_messages_capture(NULL);
    pthread_mutex_lock(&j->lock);
    a->seq = j->next_seq++;
    j->ring[a->seq % j->npool] = a;
    if (!a->extract) {
        retire(j, a);
    } else if (j->nthreads == 0) {
        pthread_mutex_unlock(&j->lock);
        extract(&j->workers[0], a);
        pthread_mutex_lock(&j->lock);
        retire(j, a);
    } else {
        if (j->queue_tail)
            j->queue_tail->next = a;
        else
            j->queue_head = a;
        j->queue_tail = a;
        pthread_cond_signal(&j->queued);
    }
    pthread_mutex_unlock(&j->lock);
}

void cli_jobs_release(cli_jobs *j, cli_article *a)
{
    cli_messages_capture(NULL);
    pthread_mutex_lock(&j->lock);
    put_free(j, a);
    pthread_mutex_unlock(&j->lock);
}

int cli_jobs_finish(cli_jobs *j, parley_graph **out, size_t *extracted, size_t *failed,
                    parley_error *err)
{
    pthread_mutex_lock(&j->lock);
    j->closing = 1;
    pthread_cond_broadcast(&j->queued);
    pthread_mutex_unlock(&j->lock);
    for (size_t i = 0; i < j->nthreads; i++)
        pthread_join(j->workers[i].thread, NULL);
    *extracted = j->extracted;
    *failed = j->failed;

    /* Without threads everything went into the first graph; with them,
     * what the batches still hold goes into the result. */
    int rc = 0;
    parley_graph *g;
    if (j->nthreads == 0) {
        g = j->workers[0].graph; /* the others, never used, go with j */
        j->workers[0].graph = NULL;
    } else {
        for (size_t i = 0; i < j->nworkers; i++)
            if (j->workers[i].graph)
                flush(&j->workers[i], 0);
        rc = j->merge_rc;
        if (rc)
            *err = j->merge_err;
        g = j->result;
        j->result = NULL;
    }
    if (rc == 0) {
        *out = g;
    } else {
        parley_graph_free(g);
        *out = NULL;
    }
    jobs_free(j);
    return rc;
}
