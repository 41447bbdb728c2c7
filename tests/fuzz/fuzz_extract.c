/* fuzz_extract.c: libFuzzer target for article parsing and extraction:
 * arbitrary bytes as one article through parley_extract_document (the
 * first byte picks --strict and --doc-date), then the graph's invariants,
 * evidence offsets inside the article, and its JSON read back by jansson. */
#include "fuzz.h"

#include <jansson.h>
#include <string.h>

static parley_extractor *g_lenient, *g_strict;

/* The gazetteers take a while to compile: once per process. */
static void init(void)
{
    parley_options o = PARLEY_OPTIONS_INIT;
    parley_error err;
    FUZZ_CHECK(parley_extractor_new(&g_lenient, &o, &err) == 0);
    o.strict_utf8 = 1;
    FUZZ_CHECK(parley_extractor_new(&g_strict, &o, &err) == 0);
}

static void check_inside(parley_evidence ev, size_t len)
{
    FUZZ_CHECK(ev.start <= ev.end && ev.end <= len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!g_lenient)
        init();
    unsigned flags = size ? data[0] : 0;
    const char *text = size ? (const char *)data + 1 : "";
    size_t len = size ? size - 1 : 0;
    static const char *const dates[] = {NULL, "2024-01-01", "2023-12-31", "2024-02-29"};

    parley_graph *g = parley_graph_new();
    FUZZ_CHECK(g != NULL);
    parley_error err = {0, -1, ""};
    int rc = parley_extract_document(flags & 1 ? g_strict : g_lenient, g, "fuzz.txt", text, len,
                                     dates[(flags >> 1) & 3], &err);
    if (rc) {
        /* Only --strict refuses an article, at a byte inside it. */
        FUZZ_CHECK((flags & 1) && rc == PARLEY_EINPUT);
        FUZZ_CHECK(err.offset >= 0 && (size_t)err.offset < len);
        parley_graph_free(g);
        return 0;
    }
    parley_graph_finish(g); /* extraction leaves the sorting to the caller */
    /* Extraction leaves the sorting to the caller, once per graph. */
    parley_graph_finish(g);
    fuzz_check_graph(g);
    FUZZ_CHECK(parley_graph_document_count(g) == 1);
    for (size_t i = 0; i < parley_graph_node_count(g); i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        for (size_t k = 0; k < parley_node_evidence_count(n); k++)
            check_inside(parley_node_evidence_at(n, k), len);
    }
    for (size_t i = 0; i < parley_graph_edge_count(g); i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        for (size_t k = 0; k < parley_edge_evidence_count(e); k++)
            check_inside(parley_edge_evidence_at(e, k), len);
    }

    char *buf = NULL;
    size_t blen = 0;
    FILE *out = open_memstream(&buf, &blen);
    FUZZ_CHECK(out != NULL);
    FUZZ_CHECK(parley_export(g, PARLEY_FORMAT_JSON, out, NULL, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);
    json_error_t jerr;
    json_t *root = json_loadb(buf, blen, JSON_REJECT_DUPLICATES, &jerr);
    FUZZ_CHECK(root != NULL);
    FUZZ_CHECK(json_object_size(json_object_get(json_object_get(root, "graph"), "nodes")) ==
               parley_graph_node_count(g));
    json_decref(root);
    free(buf);
    parley_graph_free(g);
    return 0;
}
