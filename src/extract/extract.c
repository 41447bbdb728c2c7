/* extract.c: stub until the extractor lands. */
#include "parley/extract.h"
#include "util/util.h"
#include <stdlib.h>

struct parley_extractor { int unused; };

int parley_extractor_new(parley_extractor **out, const parley_options *opts, parley_error *err)
{
    (void)opts;
    *out = calloc(1, sizeof **out);
    return *out ? 0 : parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
}

void parley_extractor_free(parley_extractor *ex) { free(ex); }

int parley_extract_document(const parley_extractor *ex, parley_graph *g, const char *name,
                            const char *text, size_t len, const char *doc_date,
                            parley_error *err)
{
    (void)ex; (void)text; (void)len;
    int d = parley_graph_add_document(g, name, doc_date, err);
    if (d < 0)
        return d;
    parley_graph_finish(g);
    return 0;
}

int parley_date_valid(const char *date) { (void)date; return 1; }
