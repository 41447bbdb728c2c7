/* main.c: the smallest program built on an installed libparley. It reads
 * one article, extracts it into a graph and prints the graph as JSON (the
 * JSON Graph Format parley itself writes) on standard output:
 *     parley-embed ARTICLE.txt > graph.json
 * Every library call returns 0 or a negative code and fills a parley_error;
 * the library never prints, so the messages here are the program's own. */
#include <parley/parley.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads the whole file into a malloc'd buffer; returns NULL with errno set. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t size = 0, cap = 0;
    if (!f)
        return NULL;
    for (;;) {
        if (size == cap) {
            cap = cap ? cap * 2 : 65536;
            char *bigger = realloc(data, cap);
            if (!bigger) {
                free(data);
                fclose(f);
                errno = ENOMEM;
                return NULL;
            }
            data = bigger;
        }
        size_t n = fread(data + size, 1, cap - size, f);
        size += n;
        if (n == 0)
            break;
    }
    int failed = ferror(f);
    int why = errno;  /* fread's reason, e.g. EISDIR for a directory */
    fclose(f);
    if (failed) {
        free(data);
        errno = why ? why : EIO;
        return NULL;
    }
    *len = size;
    return data;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s ARTICLE.txt  (prints the graph as JSON)\n", argv[0]);
        return 2;
    }
    size_t len = 0;
    char *text = read_file(argv[1], &len);
    if (!text) {
        fprintf(stderr, "%s: %s: %s\n", argv[0], argv[1], strerror(errno));
        return 1;
    }

    parley_options opts = PARLEY_OPTIONS_INIT;  /* built-in gazetteers only */
    parley_export_options xo = PARLEY_EXPORT_OPTIONS_INIT;
    parley_error err;
    parley_extractor *ex = NULL;
    parley_graph *g = NULL;
    int status = 1;

    if (parley_extractor_new(&ex, &opts, &err) < 0)
        goto fail;
    if (!(g = parley_graph_new())) {
        fprintf(stderr, "%s: out of memory\n", argv[0]);
        goto cleanup;
    }
    /* The document is named as given, like `parley FILE` does; NULL: the
     * article's own " date YYYY-MM-DD" line dates it, if it has one. */
    if (parley_extract_document(ex, g, argv[1], text, len, NULL, &err) < 0)
        goto fail;
    parley_graph_finish(g);  /* sorts nodes and edges: required before export */
    if (parley_export(g, PARLEY_FORMAT_JSON, stdout, &xo, &err) < 0)
        goto fail;
    if (fflush(stdout) != 0) {
        fprintf(stderr, "%s: stdout: %s\n", argv[0], strerror(errno));
        goto cleanup;
    }
    status = 0;
    goto cleanup;

fail:
    fprintf(stderr, "%s: %s\n", argv[0], err.text[0] ? err.text : parley_code_name(err.code));
cleanup:
    parley_graph_free(g);
    parley_extractor_free(ex);
    free(text);
    return status;
}
