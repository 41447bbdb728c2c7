/* parley/extract.h: from article bytes to graph nodes and edges.
 *
 * An extractor holds the gazetteers (built-in data plus the caller's files),
 * compiled once; it is read-only afterwards and may be shared by threads,
 * each calling parley_extract_document on its own graph. */
#ifndef PARLEY_EXTRACT_H
#define PARLEY_EXTRACT_H

#include <stddef.h>
#include "parley/error.h"
#include "parley/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct parley_extractor parley_extractor;

/* Called for each recoverable problem in an input (invalid UTF-8 replaced,
 * a malformed date header ignored...). `offset` is a byte offset. */
typedef void (*parley_warn_fn)(void *userdata, const char *document,
                               size_t offset, const char *message);

typedef struct parley_options {
    /* Extra gazetteer files (TSV, see docs/library.md "Gazetteers"), applied
     * after the built-in data, so they add or override entries. */
    const char *const *gazetteer_files;
    size_t gazetteer_count;
    /* Invalid UTF-8 is an error (PARLEY_EINPUT) instead of replaced. */
    int strict_utf8;
    parley_warn_fn warn;
    void *warn_userdata;
} parley_options;

#define PARLEY_OPTIONS_INIT {NULL, 0, 0, NULL, NULL}

/* Compiles the gazetteers. On success *out owns a new extractor (free with
 * parley_extractor_free); on failure *out is NULL and err says why (a bad
 * gazetteer line gives file and line). */
int parley_extractor_new(parley_extractor **out, const parley_options *opts,
                         parley_error *err);
void parley_extractor_free(parley_extractor *ex);

/* Extracts one article into g. `name` names the document in evidence;
 * `doc_date` (YYYY-MM-DD or NULL) is used when the text has no
 * " date YYYY-MM-DD" header line. The text need not be NUL-terminated.
 * On failure g may hold part of the article: callers that need all or
 * nothing extract into a fresh graph. The graph is not re-sorted per
 * article: call parley_graph_finish(g) once after the last one, before
 * walking or exporting it. */
int parley_extract_document(const parley_extractor *ex, parley_graph *g,
                            const char *name, const char *text, size_t len,
                            const char *doc_date, parley_error *err);

/* Checks a YYYY-MM-DD date (real calendar day, years 1000-9999). */
int parley_date_valid(const char *date);

#ifdef __cplusplus
}
#endif
#endif
