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
int pl_export_json(const parley_graph *g, FILE *out, parley_json_style style,
                   parley_error *err);
int pl_export_dot(const parley_graph *g, FILE *out, const parley_export_options *opts,
                  parley_error *err);
/* `automatic`: opts->layout is parley's choice (the caller gave none), so
 * the drawing may take another engine that fits the page better. */
int pl_export_svg(const parley_graph *g, FILE *out, const parley_export_options *opts,
                      int automatic, parley_error *err);
/* PNG or PDF (format "png" or "pdf") through Graphviz's cairo renderer,
 * laid out like the SVG; PARLEY_EGRAPHVIZ naming the missing plugin when
 * the renderer is not installed. */
int pl_export_image(const parley_graph *g, FILE *out, const parley_export_options *opts,
                        const char *format, int automatic, parley_error *err);

/* The HTML report (html.c): the page of src/export/report/ with the SVG
 * and the JGF JSON of g inside. A diagram Graphviz fails to draw (time
 * limit, crash) leaves a notice in its place; the page is still written. */
int pl_export_html(const parley_graph *g, FILE *out, const parley_export_options *opts,
                       int automatic, parley_error *err);

/* Test hook, for the unit tests alone (the CLI and the library never call
 * it): from now on every forked SVG layout hangs (HANG) or aborts (ABORT)
 * in its child before doing anything, so the time limit and the crash
 * report can be tested without a Graphviz that really does so. Has no effect
 * on layouts in the calling process (layout_timeout 0). Not thread-safe:
 * set it while no export runs. */
enum { PL_SVG_FAULT_NONE = 0, PL_SVG_FAULT_HANG, PL_SVG_FAULT_ABORT };
void pl_svg_test_fault(int fault);

/* Appends the diagram title to b, unescaped: opts->title when set, else
 * one made from the documents ("NAME (DATE)", or "N articles: A, B, C, ..."),
 * or "parley" for a graph without documents. Returns 0 or PARLEY_ENOMEM. */
int pl_export_title(pl_buf *b, const parley_graph *g, const parley_export_options *opts);

/* The GraphML, GEXF and CSV exporters (graphml.c, gexf.c, csv.c). */
int pl_export_graphml(const parley_graph *g, FILE *out, parley_error *err);
int pl_export_gexf(const parley_graph *g, FILE *out, const parley_export_options *opts,
                   parley_error *err);
int pl_export_csv_nodes(const parley_graph *g, FILE *out, parley_error *err);
int pl_export_csv_edges(const parley_graph *g, FILE *out, parley_error *err);

/* Node ids as a format writes them (fields.c): a node's own id when `clean`
 * leaves it unchanged, else its cleaned form ("_" when nothing is left)
 * made unique with "~2", "~3"... in the graph's order, so deterministic.
 * `clean` appends a cleaned copy of s[0..n) to b (an escape.h function).
 * The maps are built only when some id needs cleaning. */
typedef int (*pl_export_clean_fn)(pl_buf *b, const char *s, size_t n);
typedef struct pl_export_ids {
    const parley_graph *g;
    int mapped;       /* some id needed cleaning: the maps below are built */
    pl_map by_id;     /* graph node id -> the id written (a char *) */
    pl_map taken;     /* ids written */
    char **owned;     /* the cleaned ids, each its own allocation */
    size_t nowned;
} pl_export_ids;
/* Returns 0 or PARLEY_ENOMEM; free with pl_export_ids_free either way. */
int pl_export_ids_make(pl_export_ids *ids, const parley_graph *g,
                       pl_export_clean_fn clean);
/* The id written for n (owned by ids, valid until it is freed). */
const char *pl_export_ids_get(const pl_export_ids *ids, const parley_node *n);
/* Is id[0..len) (NUL-terminated at len) the id written for some node? */
int pl_export_ids_taken(const pl_export_ids *ids, const char *id, size_t len);
void pl_export_ids_free(pl_export_ids *ids);

/* Node attributes as the tabular formats declare them (fields.c): every key
 * some node has, schema keys and extra ones, in the order first met in the
 * graph's walking order, less those the formats give a meaning of their
 * own (type, label, id, mentions, documents, evidence), as json.c leaves
 * them out, and less those keep() (when not NULL) refuses: a key the
 * format cannot name. Keys point into the graph. Returns 0 or
 * PARLEY_ENOMEM. */
typedef struct pl_export_keys {
    const char **keys;
    size_t count;
} pl_export_keys;
int pl_export_keys_make(pl_export_keys *k, const parley_graph *g,
                        int (*keep)(const char *key));
void pl_export_keys_free(pl_export_keys *k);
/* Is key one of the reserved names above? */
int pl_export_key_reserved(const char *key);

/* Appends the evidence of node n, or of edge e when n is NULL, to b as one
 * compact JSON array (json.c, as the JSON format writes it) of {"document", "start", "end", "sentence"} objects,
 * the records of the JSON format ("[]" when there are none). Returns 0 or
 * PARLEY_ENOMEM. */
int pl_export_evidence_json(pl_buf *b, const parley_node *n, const parley_edge *e);

/* Writing XML through libxml2's xmlTextWriter (xml.c), for graphml.c and
 * gexf.c. Every string given is cleaned with pl_escape_xml_text first;
 * the first failure sticks and makes later calls do nothing, so a renderer
 * checks once, in pl_xml_finish. While a writer is open, libxml2's
 * error handlers of the calling thread are ours (restored by finish). */
typedef struct pl_xml {
    xmlTextWriterPtr w;
    FILE *out;
    int failed;
    int write_errno;   /* the errno of the first failed write, or 0 */
    char message[128]; /* libxml2's first error message, or "" */
    pl_buf tmp;       /* the cleaned string being written */
    xmlStructuredErrorFunc saved_serror;
    void *saved_sctx;
    xmlGenericErrorFunc saved_gerror;
    void *saved_gctx;
} pl_xml;
/* Opens a writer on out and writes the XML declaration (UTF-8), indenting
 * by two spaces. Returns 0 or -1; call pl_xml_finish in either case. */
int pl_xml_begin(pl_xml *x, FILE *out);
void pl_xml_start(pl_xml *x, const char *element);
void pl_xml_end(pl_xml *x);
void pl_xml_attr(pl_xml *x, const char *name, const char *value);
void pl_xml_attrf(pl_xml *x, const char *name, const char *fmt, ...) PARLEY_PRINTF(3, 4);
void pl_xml_text(pl_xml *x, const char *text);
/* Does anything of key survive pl_escape_xml_text? An attribute whose
 * name would be empty (control characters alone) is left out: readers
 * name such a column by its id instead, or not at all. */
int pl_xml_key_ok(const char *key);
/* How a format declares its attributes and writes their values: GraphML
 * as <key id="dN" for="node" attr.name="NAME" attr.type="int"/> and
 * <data key="dN">VALUE</data>, GEXF as <attribute id="N" title="NAME"
 * type="integer"/> and <attvalue for="N" value="VALUE"/>. */
typedef struct pl_xml_form {
    const char *id_prefix;   /* before each attribute's number: "d", "" */
    const char *decl;        /* the declaring element: "key", "attribute" */
    const char *decl_domain; /* its attribute naming node or edge, or NULL */
    const char *decl_name;   /* "attr.name", "title" */
    const char *decl_type;   /* "attr.type", "type" */
    const char *int_type;    /* "int", "integer" */
    const char *value;       /* the value element: "data", "attvalue" */
    const char *value_ref;   /* its attribute naming the declaration */
    const char *value_attr;  /* NULL: the value is the element's text */
} pl_xml_form;
/* Declares attribute `id` of domain "node" or "edge": a string, or an
 * integer when is_int. */
void pl_xml_declare(pl_xml *x, const pl_xml_form *f, size_t id, const char *domain,
                    const char *name, int is_int);
/* Declares the record every node and edge has: mentions and documents
 * (integers), evidence (a string), numbered from `first`. */
void pl_xml_declare_record(pl_xml *x, const pl_xml_form *f, size_t first,
                           const char *domain);
/* The value of attribute `id`; nothing for NULL. */
void pl_xml_value(pl_xml *x, const pl_xml_form *f, size_t id, const char *value);
/* The record of node n, or of edge e when n is NULL, numbered from
 * `first`: the evidence as the JSON format's records, composed in b. */
void pl_xml_value_record(pl_xml *x, const pl_xml_form *f, size_t first,
                         pl_buf *b, const parley_node *n, const parley_edge *e);
/* What the GraphML and GEXF exporters hold while they write: the writer,
 * the node ids and the attribute keys (fields.c), a scratch buffer. */
typedef struct pl_xml_doc {
    pl_xml x;
    pl_export_ids ids;
    pl_export_keys keys;
    pl_buf b;
} pl_xml_doc;
/* Opens d for graph g on out and starts the root element in namespace ns
 * with its xsi:schemaLocation `schema`. A failure sets d->x.failed (later
 * calls write nothing); call pl_xml_doc_finish in either case. */
void pl_xml_doc_begin(pl_xml_doc *d, const parley_graph *g, FILE *out, const char *root,
                      const char *ns, const char *schema);
/* Closes the document and frees d; returns what pl_xml_finish does. */
int pl_xml_doc_finish(pl_xml_doc *d, parley_error *err);
/* Closes every open element, flushes and frees the writer. Returns 0, or
 * PARLEY_EIO (a failed write, with its strerror text) or PARLEY_ENOMEM
 * with err filled. */
int pl_xml_finish(pl_xml *x, parley_error *err);


#endif
