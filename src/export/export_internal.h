/* export_internal.h: what the exporters share inside src/export: one entry
 * point per format (called by parley_export after it has checked the
 * arguments) and the diagram title. Not public API. */
#ifndef PARLEY_EXPORT_INTERNAL_H
#define PARLEY_EXPORT_INTERNAL_H

#include <stdio.h>
#include "parley/export.h"
#include "util/util.h"

#include <libxml/xmlwriter.h>

/* opts is never NULL here, opts->layout is a valid engine name (the
 * automatic choice already made) and theme and cluster_by are in range. */
int parley_export_json(const parley_graph *g, FILE *out, parley_json_style style,
                       parley_error *err);
int parley_export_dot(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      parley_error *err);
/* `automatic`: opts->layout is parley's choice (the caller gave none), so
 * the drawing may take another engine that fits the page better. */
int parley_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      int automatic, parley_error *err);
/* PNG or PDF (format "png" or "pdf") through Graphviz's cairo renderer,
 * laid out like the SVG; PARLEY_EGRAPHVIZ naming the missing plugin when
 * the renderer is not installed. */
int parley_export_image(const parley_graph *g, FILE *out, const parley_export_options *opts,
                        const char *format, int automatic, parley_error *err);

/* Test hook, for the unit tests alone (the CLI and the library never call
 * it): from now on every forked SVG layout hangs (HANG) or aborts (ABORT)
 * in its child before doing anything, so the time limit and the crash
 * report can be tested without a Graphviz that really does so. Has no effect
 * on layouts in the calling process (layout_timeout 0). Not thread-safe:
 * set it while no export runs. */
enum { PARLEY_SVG_FAULT_NONE = 0, PARLEY_SVG_FAULT_HANG, PARLEY_SVG_FAULT_ABORT };
void parley_svg_test_fault(int fault);

/* Appends the diagram title to b, unescaped: opts->title when set, else
 * one made from the documents ("NAME (DATE)", or "N articles: A, B, C, ..."),
 * or "parley" for a graph without documents. Returns 0 or PARLEY_ENOMEM. */
int parley_export_title(parley_buf *b, const parley_graph *g, const parley_export_options *opts);

/* The GraphML, GEXF and CSV exporters (graphml.c, gexf.c, csv.c). */
int parley_export_graphml(const parley_graph *g, FILE *out, parley_error *err);
int parley_export_gexf(const parley_graph *g, FILE *out, const parley_export_options *opts,
                       parley_error *err);
int parley_export_csv_nodes(const parley_graph *g, FILE *out, parley_error *err);
int parley_export_csv_edges(const parley_graph *g, FILE *out, parley_error *err);

/* Node ids as a format writes them (walk.c): a node's own id when `clean`
 * leaves it unchanged, else its cleaned form ("_" when nothing is left)
 * made unique with "~2", "~3"... in the graph's order, so deterministic.
 * `clean` appends a cleaned copy of s[0..n) to b (an escape.h function). */
typedef int (*parley_export_clean_fn)(parley_buf *b, const char *s, size_t n);
typedef struct parley_export_ids {
    parley_map by_id; /* graph node id -> the id written (a char *) */
    parley_map taken; /* ids written */
    char **owned;     /* the cleaned ids, each its own allocation */
    size_t nowned;
} parley_export_ids;
/* Returns 0 or PARLEY_ENOMEM; free with parley_export_ids_free either way. */
int parley_export_ids_make(parley_export_ids *ids, const parley_graph *g,
                           parley_export_clean_fn clean);
/* The id written for n (owned by ids, valid until it is freed). */
const char *parley_export_ids_get(const parley_export_ids *ids, const parley_node *n);
void parley_export_ids_free(parley_export_ids *ids);

/* Node attributes as the tabular formats declare them (walk.c): every key
 * some node has, schema keys and extra ones, in the order first met in the
 * graph's walking order, less those the formats give a meaning of their
 * own (type, label, id, mentions, documents, evidence), as json.c leaves
 * them out, and less those keep() (when not NULL) refuses: a key the
 * format cannot name. Keys point into the graph. Returns 0 or
 * PARLEY_ENOMEM. */
typedef struct parley_export_keys {
    const char **keys;
    size_t count;
} parley_export_keys;
int parley_export_keys_make(parley_export_keys *k, const parley_graph *g,
                            int (*keep)(const char *key));
void parley_export_keys_free(parley_export_keys *k);
/* Is key one of the reserved names above? */
int parley_export_key_reserved(const char *key);

/* Appends the evidence of node n, or of edge e when n is NULL, to b as one
 * compact JSON array of {"document", "start", "end", "sentence"} objects,
 * the records of the JSON format ("[]" when there are none). Returns 0 or
 * PARLEY_ENOMEM. */
int parley_export_evidence_json(parley_buf *b, const parley_node *n, const parley_edge *e);

/* Writing XML through libxml2's xmlTextWriter (xml.c), for graphml.c and
 * gexf.c. Every string given is cleaned with parley_escape_xml_text first;
 * the first failure sticks and makes later calls do nothing, so a renderer
 * checks once, in parley_xml_finish. While a writer is open, libxml2's
 * error handlers of the calling thread are ours (restored by finish). */
typedef struct parley_xml {
    xmlTextWriterPtr w;
    FILE *out;
    int failed;
    int write_errno;   /* the errno of the first failed write, or 0 */
    char message[128]; /* libxml2's first error message, or "" */
    parley_buf tmp;   /* the cleaned string being written */
    xmlStructuredErrorFunc saved_serror;
    void *saved_sctx;
    xmlGenericErrorFunc saved_gerror;
    void *saved_gctx;
} parley_xml;
/* Opens a writer on out and writes the XML declaration (UTF-8), indenting
 * by two spaces. Returns 0 or -1; call parley_xml_finish in either case. */
int parley_xml_begin(parley_xml *x, FILE *out);
void parley_xml_start(parley_xml *x, const char *element);
void parley_xml_end(parley_xml *x);
void parley_xml_attr(parley_xml *x, const char *name, const char *value);
void parley_xml_attrf(parley_xml *x, const char *name, const char *fmt, ...) PARLEY_PRINTF(3, 4);
void parley_xml_text(parley_xml *x, const char *text);
/* Does anything of key survive parley_escape_xml_text? An attribute whose
 * name would be empty (control characters alone) is left out: readers
 * name such a column by its id instead, or not at all. */
int parley_xml_key_ok(const char *key);
/* Closes every open element, flushes and frees the writer. Returns 0, or
 * PARLEY_EIO (a failed write, with its strerror text) or PARLEY_ENOMEM
 * with err filled. */
int parley_xml_finish(parley_xml *x, parley_error *err);


#endif
