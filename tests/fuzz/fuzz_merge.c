/* fuzz_merge.c: `parley merge`'s reader over any bytes, most of them
 * graphs that break parley's schema (the saved corpus starts from graphs
 * parley wrote and hand-made violations: an edge twice, an id of the wrong
 * type, a date that is no date, counts past 32 and 63 bits).
 *
 * Checks: a refused input names the part and, when the JSON parsed, the
 * JSON path of what is wrong, and leaves the graph it was merged into as
 * it was; an accepted one, finished and written, reads back and writes
 * the same bytes again (merge(merge(x)) == merge(x)); merged with itself
 * (its counts doubled, saturating), it still writes a graph merge reads. */
#include "fuzz.h"

#include <string.h>

#define PART "part.json"
#define REFUSED PART ": not a graph written by parley: "

/* Reads data into g; returns the reader's code, err filled. */
static int read_part(parley_graph *g, const char *data, size_t size, parley_error *err)
{
    /* fmemopen refuses a zero-sized buffer. */
    FILE *in = fmemopen((void *)(size ? data : " "), size ? size : 1, "r");
    FUZZ_CHECK(in != NULL);
    int rc = parley_graph_read_json(g, in, PART, err);
    fclose(in);
    return rc;
}

/* g finished and written as JSON; the caller frees the bytes. */
static char *write_json(parley_graph *g, size_t *len)
{
    char *buf = NULL;
    parley_error err;
    FUZZ_CHECK(parley_graph_finish(g) == 0);
    FILE *out = open_memstream(&buf, len);
    FUZZ_CHECK(out != NULL);
    FUZZ_CHECK(parley_export(g, PARLEY_FORMAT_JSON, out, NULL, &err) == 0);
    FUZZ_CHECK(fclose(out) == 0);
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    parley_error err;
    parley_graph *g = parley_graph_new();
    FUZZ_CHECK(g != NULL);
    int rc = read_part(g, text, size, &err);
    if (rc) {
        FUZZ_CHECK(rc == PARLEY_EINPUT);
        FUZZ_CHECK(strncmp(err.text, PART ": ", strlen(PART ": ")) == 0);
        /* A structural refusal says where: a JSON path from "graph". */
        if (strncmp(err.text, REFUSED, strlen(REFUSED)) == 0 &&
            strncmp(err.text + strlen(REFUSED), "expected", 8) != 0)
            FUZZ_CHECK(strncmp(err.text + strlen(REFUSED), "graph.", 6) == 0);
        FUZZ_CHECK(parley_graph_node_count(g) == 0 && parley_graph_edge_count(g) == 0 &&
                   parley_graph_document_count(g) == 0);
        parley_graph_free(g);
        return 0;
    }
    size_t len1, len2;
    /* (Not fuzz_check_graph: counts read without names, folded together,
     * may pass the graph's own document count; they only add.) */
    char *once = write_json(g, &len1);

    /* What merge wrote, merge reads, and finds nothing more to do. */
    parley_graph *back = parley_graph_new();
    FUZZ_CHECK(back != NULL);
    rc = read_part(back, once, len1, &err);
    if (rc)
        fprintf(stderr, "merged output refused: %s\n", err.text);
    FUZZ_CHECK(rc == 0);
    char *twice = write_json(back, &len2);
    if (len1 != len2 || memcmp(once, twice, len1) != 0)
        fprintf(stderr, "merge(merge(x)) != merge(x):\n%s\n---\n%s\n", once, twice);
    FUZZ_CHECK(len1 == len2 && memcmp(once, twice, len1) == 0);
    free(twice);
    parley_graph_free(back);

    /* Merged with itself: every count doubles (or saturates) and the
     * result is still a graph merge reads. */
    parley_graph *doubled = parley_graph_new();
    FUZZ_CHECK(doubled != NULL);
    FUZZ_CHECK(read_part(doubled, once, len1, &err) == 0);
    FUZZ_CHECK(read_part(doubled, once, len1, &err) == 0);
    char *sum = write_json(doubled, &len2);
    parley_graph *again = parley_graph_new();
    FUZZ_CHECK(again != NULL);
    rc = read_part(again, sum, len2, &err);
    if (rc)
        fprintf(stderr, "doubled output refused: %s\n", err.text);
    FUZZ_CHECK(rc == 0);
    parley_graph_free(again);
    parley_graph_free(doubled);
    free(sum);
    free(once);
    parley_graph_free(g);
    return 0;
}
