/* test_layout.c: the SVG layout's time limit and crash isolation
 * (layout_timeout, src/export/svg.c). A test-only hook makes the forked
 * layout hang or abort: the export must fail with the right code and
 * message, in bounded time, having written nothing, leaving no child. */
#include "parley/parley.h"
#include "export/export_internal.h"
#include "check.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>

static parley_graph *small_graph(void)
{
    parley_graph *g = parley_graph_new();
    parley_node *a = NULL, *b = NULL, *m = NULL;
    int doc = parley_graph_add_document(g, "t.txt", "2024-01-02", NULL);
    parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:CHN", "China", &a, NULL);
    parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:IRN", "Iran", &b, NULL);
    parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:m", "talks", &m, NULL);
    parley_node_set_attr(m, "kind", "talks");
    parley_node_set_attr(m, "status", "held");
    parley_graph_add_edge(g, a, m, PARLEY_REL_PARTICIPANT, NULL, NULL);
    parley_graph_add_edge(g, b, m, PARLEY_REL_PARTICIPANT, NULL, NULL);
    parley_node_add_evidence(g, m, doc, 0, 3, "China and Iran held talks.", 26);
    parley_graph_finish(g);
    return g;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

typedef struct result {
    int rc;
    parley_error err;
    char *data; /* what the exporter wrote (possibly nothing) */
    size_t len;
    double seconds;
} result;

static result svg(const parley_graph *g, double timeout)
{
    result r = {0, {0, -1, ""}, NULL, 0, 0};
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout_timeout = timeout;
    FILE *out = open_memstream(&r.data, &r.len);
    if (!out) {
        r.rc = -100;
        return r;
    }
    double t0 = now();
    r.rc = parley_export(g, PARLEY_FORMAT_SVG, out, &o, &r.err);
    r.seconds = now() - t0;
    fclose(out);
    return r;
}

/* No child of this process is left, running or as a zombie. */
static int no_children(void)
{
    return waitpid(-1, NULL, WNOHANG) < 0 && errno == ECHILD;
}

static void test_default_is_forked_and_same_bytes(const parley_graph *g)
{
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    CHECK(o.layout_timeout == 30.0);
    result forked = svg(g, 30), here = svg(g, 0);
    CHECK_INT(forked.rc, 0);
    CHECK_INT(here.rc, 0);
    CHECK(forked.len > 100 && strncmp(forked.data, "<?xml", 5) == 0);
    /* The child renders exactly what the calling process would. */
    CHECK(forked.len == here.len && memcmp(forked.data, here.data, here.len) == 0);
    CHECK(no_children());
    free(forked.data);
    free(here.data);
}

static void test_hang_times_out(const parley_graph *g)
{
    pl_svg_test_fault(PL_SVG_FAULT_HANG);
    result r = svg(g, 0.3);
    pl_svg_test_fault(PL_SVG_FAULT_NONE);
    CHECK_INT(r.rc, PARLEY_ELIMIT);
    CHECK_STR(r.err.text, "layout did not finish within 0.3 s");
    CHECK(r.seconds >= 0.29 && r.seconds < 10);
    CHECK_INT(r.len, 0); /* nothing written */
    CHECK(no_children());
    free(r.data);
}

static void test_abort_is_reported(const parley_graph *g)
{
    pl_svg_test_fault(PL_SVG_FAULT_ABORT);
    result r = svg(g, 20);
    pl_svg_test_fault(PL_SVG_FAULT_NONE);
    CHECK_INT(r.rc, PARLEY_EGRAPHVIZ);
    /* dot was parley's own choice, so sfdp was tried after it: both crash */
    CHECK(strncmp(r.err.text, "Graphviz sfdp layout crashed (", 30) == 0);
    CHECK(strstr(r.err.text, "Abort") != NULL);
    CHECK(r.seconds < 10);
    CHECK_INT(r.len, 0);
    CHECK(no_children());
    free(r.data);
}

/* A failed child leaves the lock free and Graphviz usable. */
static void test_recovers(const parley_graph *g)
{
    result r = svg(g, 30);
    CHECK_INT(r.rc, 0);
    CHECK(r.len > 100);
    free(r.data);
}

/* Without a limit the layout runs here, where the hook does not reach. */
static void test_zero_is_in_process(const parley_graph *g)
{
    pl_svg_test_fault(PL_SVG_FAULT_HANG);
    result r = svg(g, 0);
    pl_svg_test_fault(PL_SVG_FAULT_NONE);
    CHECK_INT(r.rc, 0);
    CHECK(r.len > 100);
    free(r.data);
}

static void test_invalid_timeouts(const parley_graph *g)
{
    const double bad[] = {-1, -0.001, NAN, INFINITY, PARLEY_LAYOUT_TIMEOUT_MAX + 1};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        result r = svg(g, bad[i]);
        CHECK_INT(r.rc, PARLEY_EINVAL);
        CHECK(strstr(r.err.text, "layout timeout") != NULL);
        CHECK_INT(r.len, 0);
        free(r.data);
    }
    /* DOT and JSON need no layout, yet the options are checked the same. */
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout_timeout = -1;
    parley_error err;
    CHECK_INT(parley_export(g, PARLEY_FORMAT_JSON, stdout, &o, &err), PARLEY_EINVAL);
}

/* An options struct written before layout_timeout existed ({layout,
 * title}) gets 0 for it: no limit, as before. */
static void test_old_initializer(const parley_graph *g)
{
    /* What such a caller wrote; -Wextra would rightly point at it. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
    parley_export_options o = {"neato", "T"};
#pragma GCC diagnostic pop
    CHECK(o.layout_timeout == 0);
    char *data = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&data, &len);
    CHECK_INT(parley_export(g, PARLEY_FORMAT_SVG, out, &o, NULL), 0);
    fclose(out);
    CHECK(len > 100);
    free(data);
}

int main(void)
{
    /* The aborting child would otherwise leave a core file where the tests
     * run; the limit is inherited across fork. */
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    parley_graph *g = small_graph();
    test_default_is_forked_and_same_bytes(g);
    test_hang_times_out(g);
    test_abort_is_reported(g);
    test_recovers(g);
    test_zero_is_in_process(g);
    test_invalid_timeouts(g);
    test_old_initializer(g);
    parley_graph_free(g);
    return check_summary("test_layout");
}
