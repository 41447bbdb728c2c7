/* parley/graph.h: the relationship graph model.
 *
 * A graph holds typed nodes (countries, officials, organizations, locations,
 * meetings) and typed edges between them; each carries evidence (document,
 * byte offsets, sentence). Ids depend only on content, so graphs built from
 * the same articles agree. The struct is private: callers use these functions.
 *
 * Walking: after parley_graph_finish() nodes and edges sit in one fixed order
 * (nodes by type then id; edges by source id, relation in enum order, target
 * id), and every exporter walks them by index, so every format lists the
 * same things in the same order. */
#ifndef PARLEY_GRAPH_H
#define PARLEY_GRAPH_H

#include <stddef.h>
#include <stdio.h>
#include "parley/error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct parley_graph parley_graph;
typedef struct parley_node parley_node;
typedef struct parley_edge parley_edge;

typedef enum {
    PARLEY_NODE_COUNTRY = 0,
    PARLEY_NODE_OFFICIAL,
    PARLEY_NODE_ORGANIZATION,
    PARLEY_NODE_LOCATION,
    PARLEY_NODE_MEETING,
    PARLEY_NODE_TYPE_COUNT
} parley_node_type;

typedef enum {
    PARLEY_REL_REPRESENTS = 0, /* official -> country or organization */
    PARLEY_REL_PARTICIPANT,    /* official, country or organization -> meeting */
    PARLEY_REL_HELD_IN,        /* meeting -> location */
    PARLEY_REL_LOCATED_IN,     /* location -> country */
    PARLEY_REL_MET,            /* country/organization or official pairs that met
                                * (views only; source = the smaller id) */
    PARLEY_REL_COUNT
} parley_relation;

typedef enum {
    PARLEY_STATUS_HELD = 0,
    PARLEY_STATUS_PLANNED,
    PARLEY_STATUS_CANCELLED,
    PARLEY_STATUS_COUNT
} parley_meeting_status;

typedef enum {
    PARLEY_KIND_TALKS = 0,
    PARLEY_KIND_MEETING,
    PARLEY_KIND_VISIT,
    PARLEY_KIND_CALL,
    PARLEY_KIND_SUMMIT,
    PARLEY_KIND_CONFERENCE,
    PARLEY_KIND_COUNT
} parley_meeting_kind;

/* Static lower-case names: "country", "participant", "held", "talks", ...
 * These are the words every exporter writes. NULL for out-of-range values. */
const char *parley_node_type_name(parley_node_type type);
const char *parley_relation_name(parley_relation rel);
const char *parley_meeting_status_name(parley_meeting_status status);
const char *parley_meeting_kind_name(parley_meeting_kind kind);

/* Evidence for a node or an edge. All pointers are owned by the graph and
 * live as long as it does. `start`/`end` are byte offsets into the original
 * bytes of the document; `sentence` is the sentence text (UTF-8, possibly
 * shortened with "..." when very long). */
typedef struct parley_evidence {
    const char *document;
    size_t start;
    size_t end;
    const char *sentence;
} parley_evidence;

/* ---- building -------------------------------------------------------- */

/* A new empty graph; NULL when out of memory. Free with parley_graph_free. */
parley_graph *parley_graph_new(void);
/* Frees the graph and everything it owns. NULL is a no-op. */
void parley_graph_free(parley_graph *g);

/* Evidence kept per node and per edge (mentions stay counted beyond it);
 * default 5. Applies to evidence added afterwards. */
void parley_graph_set_max_evidence(parley_graph *g, size_t max);

/* Registers a document (name and ISO date; date may be NULL, a NULL name is
 * kept as ""). A name that is not well-formed UTF-8 is kept with U+FFFD for
 * each bad byte, as every export writes it, so names that differ only there
 * are one document. A name already registered gives its index again, with
 * the earlier of the two dates. Returns its index (>= 0) or a negative
 * parley_code. Strings are copied. */
int parley_graph_add_document(parley_graph *g, const char *name, const char *date,
                              parley_error *err);

/* Finds or creates the node `id` (non-empty). A new node gets `type` and
 * `label` (NULL = the id); an existing one keeps its label and type (a type
 * mismatch is PARLEY_EINVAL, *out NULL). *out points into the graph (not
 * owned by the caller) and stays valid while the graph lives. */
int parley_graph_add_node(parley_graph *g, parley_node_type type, const char *id,
                          const char *label, parley_node **out, parley_error *err);

/* The node with this id, or NULL. */
parley_node *parley_graph_find_node(const parley_graph *g, const char *id);

/* Sets a string attribute (copied; NULL value = JSON null). Each type has a
 * fixed schema of keys, always present and written in this order:
 *   country: iso3          official: country, title
 *   organization: country  location: country
 *   meeting: kind, date, status, location
 * Other keys are appended after the schema keys in the order first set. */
int parley_node_set_attr(parley_node *n, const char *key, const char *value);
/* Replaces the label (copied). */
int parley_node_set_label(parley_node *n, const char *label);

/* Finds or creates the edge src -(rel)-> dst. *out may be NULL. */
int parley_graph_add_edge(parley_graph *g, parley_node *src, parley_node *dst,
                          parley_relation rel, parley_edge **out, parley_error *err);

/* Records one mention: counts it and keeps its evidence while fewer than
 * the graph's max evidence are kept. `doc` is an index from add_document;
 * `sentence` (copied) may be NULL. Offsets past 4 GiB (UINT32_MAX) are
 * PARLEY_EINVAL. */
int parley_node_add_evidence(parley_graph *g, parley_node *n, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len);
int parley_edge_add_evidence(parley_graph *g, parley_edge *e, int doc, size_t start,
                             size_t end, const char *sentence, size_t sentence_len);

/* Counts seen without evidence (a graph read back from JSON, a view that
 * sums meetings): added to the mentions and documents counts as they are. */
void parley_node_add_counts(parley_node *n, size_t mentions, size_t documents);
void parley_edge_add_counts(parley_edge *e, size_t mentions, size_t documents);

/* Sets attribute `key` the way two reports of the same entity combine, so
 * the result does not depend on the order of the reports: an unset value
 * takes `value`; a set one keeps the winner of the key's rule (meeting
 * status: held over cancelled over planned; meeting kind: summit over
 * conference over visit over talks over meeting over call; any other key:
 * the longer value, then the smaller in byte order). NULL adds nothing. */
int parley_node_join_attr(parley_node *n, const char *key, const char *value);

/* Merges all of src (finished or not) into g: documents by name, nodes by
 * id (label and attributes joined as above), edges by source, relation and
 * target; mentions and documents counts are added, and the evidence kept is
 * the first max-evidence items in (document, start, end) order of both.
 * Counts are exact when the two graphs hold different documents (a corpus
 * split between runs); a document name present in both is counted twice.
 * Merging is associative and commutative: any order of merges of the same
 * parts gives the same graph, equal to one run over all their articles.
 * Call parley_graph_finish(g) afterwards. On failure g holds part of src. */
int parley_graph_merge(parley_graph *g, const parley_graph *src, parley_error *err);

/* Reads a graph written by parley's JSON exporter (JSON Graph Format, the
 * default style) from `in` and merges it into g as parley_graph_merge
 * would. `name` names the input in messages ("FILE: line L: expected ...").
 * Returns PARLEY_OK, or PARLEY_EINPUT (not parley JSON) / PARLEY_EIO. */
int parley_graph_read_json(parley_graph *g, FILE *in, const char *name, parley_error *err);

/* Settles the graph and sorts it into the fixed walking order. Settling
 * is what makes the result independent of the order articles came in:
 * an official's country becomes the one its represents edges name most
 * often, and an official known only by one name ("Lavrov") folds into the
 * one official whose full name starts or ends with it and whose country
 * agrees, when exactly one does (see docs/merging.md for every rule). A
 * node or edge folded away stays valid: what is added through its pointer
 * goes to the one it was folded into. Documents are walked by name. Call after
 * building and before walking; adding more afterwards needs another call.
 * Returns PARLEY_OK or PARLEY_ENOMEM (the graph is then not walkable). */
int parley_graph_finish(parley_graph *g);

/* ---- walking (after parley_graph_finish) ------------------------------ */

size_t parley_graph_document_count(const parley_graph *g);
const char *parley_graph_document_name(const parley_graph *g, size_t i);
const char *parley_graph_document_date(const parley_graph *g, size_t i); /* or NULL */

size_t parley_graph_node_count(const parley_graph *g);
const parley_node *parley_graph_node_at(const parley_graph *g, size_t i);
size_t parley_graph_edge_count(const parley_graph *g);
const parley_edge *parley_graph_edge_at(const parley_graph *g, size_t i);

const char *parley_node_id(const parley_node *n);
const char *parley_node_label(const parley_node *n);
parley_node_type parley_node_get_type(const parley_node *n);
/* The value of an attribute, or NULL when unset or absent. */
const char *parley_node_attr(const parley_node *n, const char *key);
/* Attributes in their fixed order (schema keys first); value may be NULL. */
size_t parley_node_attr_count(const parley_node *n);
void parley_node_attr_at(const parley_node *n, size_t i, const char **key,
                         const char **value);
/* Mentions counted (every add_evidence call) and distinct documents. */
size_t parley_node_mentions(const parley_node *n);
size_t parley_node_documents(const parley_node *n);
size_t parley_node_evidence_count(const parley_node *n);
parley_evidence parley_node_evidence_at(const parley_node *n, size_t i);

const parley_node *parley_edge_source(const parley_edge *e);
const parley_node *parley_edge_target(const parley_edge *e);
parley_relation parley_edge_relation(const parley_edge *e);
size_t parley_edge_mentions(const parley_edge *e);
size_t parley_edge_documents(const parley_edge *e);
size_t parley_edge_evidence_count(const parley_edge *e);
parley_evidence parley_edge_evidence_at(const parley_edge *e, size_t i);

#ifdef __cplusplus
}
#endif
#endif
