/* svg.c: the SVG exporter, and PNG and PDF alike: the shared cgraph graph
 * (cgraph_build.c) laid out and rendered by Graphviz (gvLayout,
 * gvRenderData) in memory, so a failed layout writes nothing. Under a time
 * limit, in a forked child that is killed when the time is up: a hung or
 * crashing layout costs that output alone. */
#include "export/export_internal.h"
#include "export/gv.h"

#include <errno.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

#ifdef PARLEY_HAVE_FORK
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#endif

/* What is drawn: the Graphviz device ("svg", "png:cairo") and its name in
 * messages. */
typedef struct target {
    const char *layout, *device, *name;
    int automatic; /* the engine was parley's choice, not the caller's */
} target;

static int g_test_fault = PL_SVG_FAULT_NONE;

void pl_svg_test_fault(int fault)
{
    g_test_fault = fault;
}

/* Builds, lays out and renders g in memory. Call between pl_gv_begin
 * and pl_gv_end. On success *data (free with gvFreeRenderData) holds
 * *len bytes; on failure *data is NULL. */
static int render(GVC_t *gvc, const parley_graph *g, const parley_export_options *opts,
                  const target *t, char **data, unsigned int *len, parley_error *err)
{
    const char *layout = t->layout;
    Agraph_t *ag = NULL;
    int laid_out = 0;
    int rc;

    *data = NULL;
    *len = 0;
    pl_gv_legend has;
    if (opts->diagram == PARLEY_DIAGRAM_TIMELINE) {
        if ((rc = pl_gv_timeline(&ag, g, opts, &has, err)))
            goto cleanup;
        layout = "nop2";
    } else if ((rc = pl_gv_build(&ag, g, opts, &has, err))) {
        goto cleanup;
    }
    laid_out = 1;
    parley_diagram_fit fit = {0, 0};
    parley_export_options o = *opts;
    o.fit = &fit;
    if ((rc = pl_gv_layout(gvc, ag, layout, &has, &o, err)))
        goto cleanup;
    /* parley's own choice of engine: dot, unless its drawing would print
     * small on the page and sfdp's (without state boxes, which sfdp does
     * not draw) prints clearly larger. Not tried when dot's text is under
     * half the legible size: no engine brings such a graph to a page, and
     * dot's drawing is the clearer. */
    if (t->automatic && strcmp(layout, "dot") == 0 && fit.text_pt < PARLEY_GV_GOOD_TEXT_PT &&
        fit.text_pt >= PARLEY_MIN_TEXT_PT / 2) {
        parley_diagram_fit fit2 = {0, 0};
        parley_export_options o2 = *opts;
        Agraph_t *ag2 = NULL;
        o2.layout = "sfdp";
        o2.cluster_by = PARLEY_CLUSTER_NONE;
        o2.fit = &fit2;
        if ((rc = pl_gv_build(&ag2, g, &o2, &has, err)))
            goto cleanup;
        rc = pl_gv_layout(gvc, ag2, "sfdp", &has, &o2, err);
        if (rc == 0 && fit2.text_pt > fit.text_pt * 1.05) {
            gvFreeLayout(gvc, ag);
            agclose(ag);
            ag = ag2;
            fit = fit2;
        } else {
            gvFreeLayout(gvc, ag2);
            agclose(ag2);
            if (rc)
                goto cleanup;
        }
    }
    if (opts->fit)
        *opts->fit = fit;
    if (gvRenderData(gvc, ag, t->device, data, len) != 0 || !*data || *len == 0) {
        rc = pl_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz could not render %s: %s", t->name,
                     pl_gv_error()[0] ? pl_gv_error() : "no output");
        goto cleanup;
    }

cleanup:
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    if (rc && *data) {
        gvFreeRenderData(*data);
        *data = NULL;
    }
    return rc;
}

static GVC_t *context(parley_error *err)
{
    /* The context first: gvContext declares attributes on Graphviz's
     * prototype graph, which graphs opened afterwards inherit. */
    GVC_t *gvc = pl_gv_context();
    if (!gvc)
        pl_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz could not start: %s",
                pl_gv_error()[0] ? pl_gv_error() : "no context");
    return gvc;
}

static int write_out(FILE *out, const char *data, size_t len, parley_error *err)
{
    errno = 0;
    if (fwrite(data, 1, len, out) != len || ferror(out))
        return pl_fail(err, PARLEY_EIO, -1, "%s",
                       errno ? strerror(errno) : "write error");
    return 0;
}

/* The layout in this process: no time limit, and a crash in Graphviz is
 * the process's. */
static int draw_here(const parley_graph *g, FILE *out, const parley_export_options *opts,
                     const target *t, parley_error *err)
{
    char *data = NULL;
    unsigned int len = 0;
    int rc;

    pl_gv_begin();
    GVC_t *gvc = context(err);
    rc = gvc ? render(gvc, g, opts, t, &data, &len, err) : PARLEY_EGRAPHVIZ;
    pl_gv_end();

    /* Written outside the lock: the bytes are ours now. */
    if (rc == 0)
        rc = write_out(out, data, len, err);
    if (data)
        gvFreeRenderData(data);
    return rc;
}

#ifdef PARLEY_HAVE_FORK

/* The child's message on the pipe: one byte, then 'S', what it found out
 * about the page (FIT_BYTES: the text size, a double, and whether the page
 * is landscape, an int, as the parent's own memory holds them: the child
 * is its copy) and the output, or 'E' the negated
 * parley_code as one byte and the error text. Complete only when the child
 * then exits with status 0. */
#define MSG_SVG 'S'
#define FIT_BYTES (sizeof(double) + sizeof(int))
#define MSG_ERROR 'E'

/* Read the child's message in pieces of this size. */
#define PIPE_CHUNK (64 * 1024)

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The forked child: lays out and renders, writes its message to fd and
 * exits. Never returns. The Graphviz lock, taken by the parent before the
 * fork, is held in the child's copy of the process too, so the child found
 * Graphviz's state as no other thread was changing it. */
static void draw_child(int fd, GVC_t *gvc, const parley_graph *g,
                       const parley_export_options *opts, const target *t)
{
    /* Default actions here: the caller's handlers (the CLI removes the file
     * it is writing on SIGINT, SIGTERM, SIGHUP and SIGABRT) belong to the
     * parent, and SIGALRM is the child's own backstop. */
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGABRT, SIGALRM, SIGPIPE};
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        signal(sigs[i], SIG_DFL);
        sigaddset(&set, sigs[i]);
    }
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    /* Should the parent die before it can kill the child, the child still
     * ends soon after the deadline (alarms are not inherited across fork). */
    alarm((unsigned int)opts->layout_timeout + 2);

    if (g_test_fault == PL_SVG_FAULT_HANG)
        for (;;)
            pause();
    if (g_test_fault == PL_SVG_FAULT_ABORT)
        abort();

    parley_error err = {0, -1, ""};
    char *data = NULL;
    unsigned int len = 0;
    parley_diagram_fit fit = {0, 0};
    parley_export_options o = *opts;
    o.fit = &fit;
    int rc = render(gvc, g, &o, t, &data, &len, &err);
    int ok;
    if (rc == 0) {
        /* Field by field: the struct's padding is not to be sent. */
        char head[1 + FIT_BYTES];
        head[0] = MSG_SVG;
        memcpy(head + 1, &fit.text_pt, sizeof(double));
        memcpy(head + 1 + sizeof(double), &fit.landscape, sizeof(int));
        ok = write_all(fd, head, sizeof head) == 0 && write_all(fd, data, len) == 0;
        gvFreeRenderData(data);
    } else {
        char head[2] = {MSG_ERROR, (char)-rc};
        ok = write_all(fd, head, 2) == 0 && write_all(fd, err.text, strlen(err.text)) == 0;
    }
    /* _exit, not exit: the parent's atexit handlers and the stdio buffers
     * the child inherited (a half-written output among them) are not the
     * child's to run or flush. */
    _exit(ok ? 0 : 1);
}

static double seconds_since(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* Reads the child's message into b until end of file or the deadline;
 * returns 1 when the time ran out, 0 at end of file, or a negative code. */
static int read_message(int fd, double timeout, pl_buf *b, parley_error *err)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        double left = timeout - seconds_since(&start);
        if (left <= 0)
            return 1;
        /* Rounded up, so a wait never ends just short of the deadline. */
        double ms = left * 1000.0 + 1.0;
        struct pollfd p = {fd, POLLIN, 0};
        int n = poll(&p, 1, ms > INT_MAX ? INT_MAX : (int)ms);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return pl_fail(err, PARLEY_EIO, -1, "waiting for the layout: %s", strerror(errno));
        if (n == 0)
            continue;
        if (b->cap - b->len < PIPE_CHUNK + 1 && pl_buf_reserve(b, PIPE_CHUNK + 1))
            return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
        ssize_t r = read(fd, b->data + b->len, b->cap - b->len - 1);
        if (r < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (r < 0)
            return pl_fail(err, PARLEY_EIO, -1, "reading the layout: %s", strerror(errno));
        if (r == 0)
            return 0;
        b->len += (size_t)r;
    }
}

/* Turns the finished child's exit status and message into the result. */
static int child_result(pid_t waited, int status, const char *layout, const pl_buf *b,
                        parley_error *err)
{
    /* waited < 0 (ECHILD): the caller ignores SIGCHLD, so the system reaped
     * the child and its status is lost; the message alone decides. */
    if (waited > 0 && WIFSIGNALED(status))
        return pl_fail(err, PARLEY_EGRAPHVIZ, -1, "Graphviz %s layout crashed (%s)", layout,
                       strsignal(WTERMSIG(status)));
    if ((waited > 0 && (!WIFEXITED(status) || WEXITSTATUS(status) != 0)) || b->len == 0)
        return pl_fail(err, PARLEY_EGRAPHVIZ, -1,
                       "Graphviz %s layout ended without a result", layout);
    if (b->data[0] == MSG_ERROR && b->len >= 2) {
        int code = -(int)(unsigned char)b->data[1];
        return pl_fail(err, code < 0 ? code : PARLEY_EGRAPHVIZ, -1, "%.*s",
                       (int)(b->len - 2), b->data + 2);
    }
    if (b->data[0] != MSG_SVG || b->len <= 1 + FIT_BYTES)
        return pl_fail(err, PARLEY_EGRAPHVIZ, -1,
                       "Graphviz %s layout ended without a result", layout);
    return 0;
}

static int set_cloexec(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    return flags < 0 ? -1 : fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
}

/* The layout in a child process, under opts->layout_timeout. */
static int draw_forked(const parley_graph *g, FILE *out, const parley_export_options *opts,
                       const target *t, parley_error *err)
{
    pl_buf msg = PL_BUF_INIT;
    int fds[2] = {-1, -1};
    int rc = 0;

    pl_gv_begin();
    /* Made here, once, so every child inherits a loaded context. */
    GVC_t *gvc = context(err);
    if (!gvc) {
        pl_gv_end();
        return PARLEY_EGRAPHVIZ;
    }
    /* The pipe is made and the parent's write end closed while the lock is
     * held, so no other export's child inherits that write end and keeps
     * this one's end of file from arriving. */
    pid_t pid = -1;
    int e = 0;
    if (pipe(fds) != 0 || set_cloexec(fds[0]) != 0 || set_cloexec(fds[1]) != 0) {
        e = errno;
    } else if ((pid = fork()) == 0) {
        close(fds[0]);
        draw_child(fds[1], gvc, g, opts, t);
    } else if (pid < 0) {
        e = errno;
    }
    if (fds[1] >= 0)
        close(fds[1]);
    pl_gv_end();
    if (pid < 0) {
        if (fds[0] >= 0)
            close(fds[0]);
        return pl_fail(err, PARLEY_EIO, -1, "could not start the layout process: %s",
                       strerror(e));
    }

    int late = read_message(fds[0], opts->layout_timeout, &msg, err);
    close(fds[0]);
    if (late != 0)
        kill(pid, SIGKILL);
    int status = 0;
    pid_t waited;
    while ((waited = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
        ;
    if (late > 0)
        rc = pl_fail(err, PARLEY_ELIMIT, -1, "layout did not finish within %g s",
                     opts->layout_timeout);
    else if (late < 0)
        rc = late;
    else
        rc = child_result(waited, status, t->layout, &msg, err);
    if (rc == 0) {
        size_t head = 1 + FIT_BYTES;
        if (opts->fit) {
            memcpy(&opts->fit->text_pt, msg.data + 1, sizeof(double));
            memcpy(&opts->fit->landscape, msg.data + 1 + sizeof(double), sizeof(int));
        }
        rc = write_out(out, msg.data + head, msg.len - head, err);
    }
    pl_buf_free(&msg);
    return rc;
}

#endif /* PARLEY_HAVE_FORK */

/* Is Graphviz's renderer `name` ("cairo") loaded? */
static int have_renderer(GVC_t *gvc, const char *name)
{
    int n = 0, found = 0;
    char **list = gvPluginList(gvc, "render", &n, NULL);
    for (int i = 0; i < n; i++) {
        found |= strcmp(list[i], name) == 0;
        free(list[i]);
    }
    free(list);
    return found;
}

static int draw(const parley_graph *g, FILE *out, const parley_export_options *opts,
                const target *t, parley_error *err)
{
#ifdef PARLEY_HAVE_FORK
    if (opts->layout_timeout > 0) {
        int rc = draw_forked(g, out, opts, t, err);
        /* Graphviz 2.42's dot crashes on some graphs with clusters; when dot
         * was parley's own choice, the drawing is made with sfdp instead
         * (nothing reached `out` from the crashed child). */
        if (rc == PARLEY_EGRAPHVIZ && t->automatic && strstr(err->text, "layout crashed")) {
            target again = *t;
            again.layout = "sfdp";
            again.automatic = 0;
            rc = draw_forked(g, out, opts, &again, err);
        }
        return rc;
    }
#endif
    return draw_here(g, out, opts, t, err);
}

int pl_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      int automatic, parley_error *err)
{
    target t = {opts->layout, "svg", "SVG", automatic};
    return draw(g, out, opts, &t, err);
}

int pl_export_image(const parley_graph *g, FILE *out, const parley_export_options *opts,
                        const char *format, int automatic, parley_error *err)
{
    /* The cairo renderer, not gd's (which Graphviz would pick for PNG when
     * both are there): anti-aliased text, and the one that also does PDF. */
    int png = strcmp(format, "png") == 0;
    target t = {opts->layout, png ? "png:cairo" : "pdf:cairo", png ? "PNG" : "PDF", automatic};
    pl_gv_begin();
    GVC_t *gvc = context(err);
    int have = gvc && have_renderer(gvc, "cairo");
    pl_gv_end();
    if (!gvc)
        return PARLEY_EGRAPHVIZ;
    if (!have)
        return pl_fail(err, PARLEY_EGRAPHVIZ, -1,
                       "%s needs Graphviz's cairo renderer (libgvplugin_pango, in Debian's "
                       "libgvc6 package), which is not installed", t.name);
    return draw(g, out, opts, &t, err);
}
