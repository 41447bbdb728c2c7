/* read_json.c: reads back a graph that parley's JSON exporter wrote (JSON
 * Graph Format, the default style) and merges it into a graph, so graphs
 * extracted apart (other machines, other days) can be reduced into one.
 * The exporter writes everything the model holds (documents, attributes,
 * counts, kept evidence), so a read-back graph is the graph that was
 * written: evidence is added item by item, and the mentions and documents
 * it does not account for are added as counts. */
#include "parley/extract.h"
#include "parley/graph.h"
#include "util/util.h"

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef struct reader {
    parley_graph *g;
    const char *name;
    parley_error *err;
} reader;

/* Evidence offsets and document counts a graph holds in 32 bits (articles
 * are at most 256 MiB); mention counts in what JSON's integers carry. */
#define OFFSET_MAX UINT32_MAX
#define DOCUMENTS_MAX UINT32_MAX

/* "NAME: not a graph written by parley: PATH: what", PATH the JSON path of
 * the offending value (graph.nodes["country:FRA"].metadata.documents);
 * jansson's parse errors carry a line, the structure does not (the tree
 * has no positions). Ids are cut at 80 bytes. */
static int bad(reader *r, const char *what, const char *path_fmt, ...) PARLEY_PRINTF(3, 4);

static int bad(reader *r, const char *what, const char *path_fmt, ...)
{
    char path[160] = "";
    if (path_fmt) {
        va_list ap;
        va_start(ap, path_fmt);
        vsnprintf(path, sizeof path, path_fmt, ap);
        va_end(ap);
    }
    return pl_fail(r->err, PARLEY_EINPUT, -1, "%s: not a graph written by parley: %s%s%s",
                       r->name, path, path[0] ? ": " : "", what);
}

/* Where a node's or an edge's metadata is, for messages. */
typedef struct place {
    const char *id;   /* a node's id, or NULL for an edge */
    size_t index;     /* an edge's index */
} place;

static int bad_at(reader *r, const place *pl, const char *what, const char *rest)
{
    if (pl->id)
        return bad(r, what, "graph.nodes[\"%.80s\"]%s", pl->id, rest);
    return bad(r, what, "graph.edges[%zu]%s", pl->index, rest);
}

/* A count: an integer from 0 to max. Returns 0, 1 when absent or not a
 * count, 2 when larger than max. */
static int get_count(const json_t *meta, const char *key, size_t max, size_t *out)
{
    const json_t *v = json_object_get(meta, key);
    if (!json_is_integer(v) || json_integer_value(v) < 0)
        return 1;
    if ((unsigned long long)json_integer_value(v) > max)
        return 2;
    *out = (size_t)json_integer_value(v);
    return 0;
}

/* The "mentions", "documents" and "evidence" of a node's or an edge's
 * metadata, added to it through add_ev and add_counts. */
typedef int (*add_ev_fn)(parley_graph *, void *, int, size_t, size_t, const char *, size_t);
typedef void (*add_counts_fn)(void *, size_t, size_t);

static int node_add_ev(parley_graph *g, void *n, int doc, size_t s, size_t e, const char *t,
                       size_t len)
{
    return parley_node_add_evidence(g, n, doc, s, e, t, len);
}

static int edge_add_ev(parley_graph *g, void *x, int doc, size_t s, size_t e, const char *t,
                       size_t len)
{
    return parley_edge_add_evidence(g, x, doc, s, e, t, len);
}

static void node_add_counts(void *n, size_t m, size_t d) { parley_node_add_counts(n, m, d); }
static void edge_add_counts(void *e, size_t m, size_t d) { parley_edge_add_counts(e, m, d); }

static int read_record(reader *r, const json_t *meta, void *obj, add_ev_fn add_ev,
                       add_counts_fn add_counts, size_t (*docs_now)(const void *),
                       const place *pl)
{
    size_t mentions, documents;
    const json_t *ev = json_object_get(meta, "evidence");
    int mc = get_count(meta, "mentions", (size_t)INT64_MAX, &mentions);
    int dc = get_count(meta, "documents", DOCUMENTS_MAX, &documents);
    if (mc)
        return bad_at(r, pl, "must be a count (an integer from 0)", ".metadata.mentions");
    if (dc == 2)
        return bad_at(r, pl, "more than 4294967295 documents", ".metadata.documents");
    if (dc)
        return bad_at(r, pl, "must be a count (an integer from 0)", ".metadata.documents");
    if (!json_is_array(ev))
        return bad_at(r, pl, "must be an array", ".metadata.evidence");
    size_t docs_before = docs_now(obj);
    size_t i;
    const json_t *item;
    json_array_foreach(ev, i, item) {
        const json_t *d = json_object_get(item, "document");
        const json_t *s = json_object_get(item, "start");
        const json_t *e = json_object_get(item, "end");
        const json_t *t = json_object_get(item, "sentence");
        char rest[48];
        snprintf(rest, sizeof rest, ".metadata.evidence[%zu]", i);
        if (!json_is_string(d) || !json_is_integer(s) || !json_is_integer(e) ||
            json_integer_value(s) < 0 || json_integer_value(e) < json_integer_value(s) ||
            !(json_is_string(t) || json_is_null(t)))
            return bad_at(r, pl, "evidence needs \"document\", \"start\" <= \"end\" and "
                                 "\"sentence\"", rest);
        if ((unsigned long long)json_integer_value(e) > OFFSET_MAX)
            return bad_at(r, pl, "an offset past 4 GiB (articles are at most 256 MiB)", rest);
        /* Evidence names a document of the graph's list. */
        size_t ndocs = parley_graph_document_count(r->g);
        int doc = parley_graph_add_document(r->g, json_string_value(d), NULL, r->err);
        if (doc < 0)
            return doc;
        if (parley_graph_document_count(r->g) != ndocs)
            return bad_at(r, pl, "evidence names a document not in graph.metadata.documents",
                          rest);
        const char *text = json_is_string(t) ? json_string_value(t) : NULL;
        int rc = add_ev(r->g, obj, doc, (size_t)json_integer_value(s),
                        (size_t)json_integer_value(e), text, text ? json_string_length(t) : 0);
        if (rc == PARLEY_ENOMEM)
            return pl_fail(r->err, PARLEY_ENOMEM, -1, "out of memory");
        if (rc)
            return bad_at(r, pl, "evidence the model cannot hold", rest);
    }
    size_t ev_docs = docs_now(obj) - docs_before;
    size_t n_ev = json_array_size(ev);
    if (mentions < n_ev || documents < ev_docs)
        return bad_at(r, pl, "fewer mentions or documents than the evidence shows", ".metadata");
    add_counts(obj, mentions - n_ev, documents - ev_docs);
    return 0;
}

static size_t node_docs(const void *n) { return parley_node_documents(n); }
static size_t edge_docs(const void *e) { return parley_edge_documents(e); }

static int type_from_name(const char *name)
{
    for (int t = 0; t < PARLEY_NODE_TYPE_COUNT; t++)
        if (strcmp(parley_node_type_name((parley_node_type)t), name) == 0)
            return t;
    return -1;
}

static int relation_from_name(const char *name)
{
    for (int t = 0; t < PARLEY_REL_COUNT; t++)
        if (strcmp(parley_relation_name((parley_relation)t), name) == 0)
            return t;
    return -1;
}

static int reserved(const char *k)
{
    return !strcmp(k, "type") || !strcmp(k, "mentions") || !strcmp(k, "documents") ||
           !strcmp(k, "evidence");
}

static int read_node(reader *r, const char *id, const json_t *jn)
{
    const json_t *label = json_object_get(jn, "label");
    const json_t *meta = json_object_get(jn, "metadata");
    const json_t *type = json_object_get(meta, "type");
    int t = json_is_string(type) ? type_from_name(json_string_value(type)) : -1;
    place pl = {id, 0};
    if (!json_is_object(meta) || t < 0 || !json_is_string(label))
        return bad_at(r, &pl, "a node needs a \"label\" and a known \"metadata.type\"", "");
    /* Ids are TYPE:KEY, the type the node's own: "country:X" is a country. */
    const char *tname = parley_node_type_name((parley_node_type)t);
    size_t tlen = strlen(tname);
    if (strncmp(id, tname, tlen) != 0 || id[tlen] != ':' || !id[tlen + 1])
        return bad_at(r, &pl, "the id is not \"TYPE:KEY\" with the node's metadata.type", "");
    parley_node *n;
    int rc = parley_graph_add_node(r->g, (parley_node_type)t, id, json_string_value(label), &n,
                                   r->err);
    if (rc)
        return rc;
    const char *key;
    const json_t *v;
    json_object_foreach((json_t *)meta, key, v) {
        if (reserved(key))
            continue;
        if (!*key) /* the model names every attribute */
            return bad_at(r, &pl, "an attribute with an empty name", ".metadata");
        if (json_is_string(v))
            rc = parley_node_join_attr(n, key, json_string_value(v));
        else if (json_is_null(v))
            rc = parley_node_attr(n, key) ? 0 : parley_node_set_attr(n, key, NULL);
        else
            return bad_at(r, &pl, "attributes must be strings or null", ".metadata");
        if (rc)
            return pl_fail(r->err, PARLEY_ENOMEM, -1, "out of memory");
    }
    return read_record(r, meta, n, node_add_ev, node_add_counts, node_docs, &pl);
}

/* The node types each relation joins, as the extractor makes them (a bit
 * per parley_node_type). */
#define T(x) (1u << PARLEY_NODE_##x)
static const struct { unsigned src, dst; } g_ends[PARLEY_REL_COUNT] = {
    [PARLEY_REL_REPRESENTS] = {T(OFFICIAL), T(COUNTRY) | T(ORGANIZATION)},
    [PARLEY_REL_PARTICIPANT] = {T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION), T(MEETING)},
    [PARLEY_REL_HELD_IN] = {T(MEETING), T(LOCATION)},
    [PARLEY_REL_LOCATED_IN] = {T(LOCATION), T(COUNTRY)},
    [PARLEY_REL_MET] = {T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION),
                        T(OFFICIAL) | T(COUNTRY) | T(ORGANIZATION)},
};
#undef T

static int read_edge(reader *r, size_t index, const json_t *je)
{
    place pl = {NULL, index};
    const json_t *s = json_object_get(je, "source"), *t = json_object_get(je, "target");
    const json_t *rel = json_object_get(je, "relation"), *meta = json_object_get(je, "metadata");
    int rl = json_is_string(rel) ? relation_from_name(json_string_value(rel)) : -1;
    if (!json_is_string(s) || !json_is_string(t) || rl < 0 || !json_is_object(meta))
        return bad_at(r, &pl, "an edge needs \"source\", \"target\", a known \"relation\" and "
                              "\"metadata\"", "");
    parley_node *a = parley_graph_find_node(r->g, json_string_value(s));
    parley_node *b = parley_graph_find_node(r->g, json_string_value(t));
    if (!a || !b)
        return bad_at(r, &pl, "an edge's source or target is not a node", "");
    if (!(g_ends[rl].src & (1u << parley_node_get_type(a))) ||
        !(g_ends[rl].dst & (1u << parley_node_get_type(b))))
        return bad_at(r, &pl, "the relation does not join nodes of these types", ".relation");
    /* A met pair is one edge, its ends in id order: B met A beside A met B
     * would count the pair twice. */
    if (rl == PARLEY_REL_MET && strcmp(json_string_value(s), json_string_value(t)) >= 0)
        return bad_at(r, &pl, "a met edge's source must come before its target in id order",
                      "");
    parley_edge *e;
    size_t before = parley_graph_edge_count(r->g);
    int rc = parley_graph_add_edge(r->g, a, b, (parley_relation)rl, &e, r->err);
    if (rc)
        return rc;
    /* Counted twice if let in: parley writes each edge once. */
    if (parley_graph_edge_count(r->g) == before)
        return bad_at(r, &pl, "the same edge as an earlier one", "");
    return read_record(r, meta, e, edge_add_ev, edge_add_counts, edge_docs, &pl);
}

/* Reads into a fresh graph first, so a bad input leaves g untouched. */
static int read_all(reader *r, const json_t *root)
{
    const json_t *graph = json_object_get(root, "graph");
    const json_t *meta = json_object_get(graph, "metadata");
    const json_t *docs = json_object_get(meta, "documents");
    const json_t *nodes = json_object_get(graph, "nodes");
    const json_t *edges = json_object_get(graph, "edges");
    if (!json_is_object(graph) || !json_is_array(docs) || !json_is_object(nodes) ||
        !json_is_array(edges))
        return bad(r, "expected {\"graph\": {\"metadata\": {\"documents\": [...]}, "
                      "\"nodes\": {...}, \"edges\": [...]}}", NULL);
    size_t i;
    const json_t *d;
    json_array_foreach(docs, i, d) {
        const json_t *id = json_object_get(d, "id"), *date = json_object_get(d, "date");
        if (!json_is_string(id) || !(json_is_string(date) || json_is_null(date)))
            return bad(r, "a document needs a string \"id\" and a \"date\"",
                       "graph.metadata.documents[%zu]", i);
        if (json_is_string(date) && !parley_date_valid(json_string_value(date)))
            return bad(r, "not a YYYY-MM-DD calendar date", "graph.metadata.documents[%zu].date",
                       i);
        size_t before = parley_graph_document_count(r->g);
        int rc = parley_graph_add_document(r->g, json_string_value(id),
                                           json_is_string(date) ? json_string_value(date) : NULL,
                                           r->err);
        if (rc < 0)
            return rc;
        if (parley_graph_document_count(r->g) == before)
            return bad(r, "the same document as an earlier one",
                       "graph.metadata.documents[%zu].id", i);
    }
    const char *id;
    const json_t *n;
    json_object_foreach((json_t *)nodes, id, n) {
        int rc = read_node(r, id, n);
        if (rc)
            return rc;
    }
    json_array_foreach(edges, i, d) {
        int rc = read_edge(r, i, d);
        if (rc)
            return rc;
    }
    return 0;
}

/* What no graph parley writes holds: a part over 4 GiB (the JSON of a
 * 1 GB corpus is about 2.2 GB, and loading it takes several times that in
 * memory), or a run of white space over 1 MiB (parley indents by a few
 * spaces; `yes '' |` is white space without end, which jansson would skip
 * for ever). */
#define PART_LIMIT ((size_t)4 << 30)
#define WHITE_LIMIT ((size_t)1 << 20)

typedef struct part_in {
    FILE *in;
    size_t total, white;
    int over;  /* 1: past PART_LIMIT, 2: past WHITE_LIMIT */
    int errnum; /* a read error's errno */
} part_in;

static size_t part_read(void *buf, size_t len, void *data)
{
    part_in *p = data;
    if (p->over || p->errnum)
        return (size_t)-1;
    errno = 0;
    size_t n = fread(buf, 1, len, p->in);
    if (n == 0 && ferror(p->in)) {
        p->errnum = errno ? errno : EIO;
        return (size_t)-1;
    }
    /* A byte order mark (some editors write one) is not JSON: dropped. */
    if (p->total == 0 && n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
        memmove(buf, (char *)buf + 3, n - 3);
        n -= 3;
        p->total = 3;
    }
    p->total += n;
    if (p->total > PART_LIMIT) {
        p->over = 1;
        return (size_t)-1;
    }
    const unsigned char *b = buf;
    for (size_t i = 0; i < n; i++) {
        if (b[i] != ' ' && b[i] != '\n' && b[i] != '\r' && b[i] != '\t')
            p->white = 0;
        else if (++p->white > WHITE_LIMIT) {
            p->over = 2;
            return (size_t)-1;
        }
    }
    return n;
}

int parley_graph_read_json(parley_graph *g, FILE *in, const char *name, parley_error *err)
{
    json_error_t jerr;
    part_in p = {in, 0, 0, 0, 0};
    json_t *root = json_load_callback(part_read, &p, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        if (p.errnum)
            return pl_fail(err, PARLEY_EIO, -1, "%s: %s", name, strerror(p.errnum));
        if (p.over == 1)
            return pl_fail(err, PARLEY_ELIMIT, -1, "%s: larger than 4 GiB; not a graph "
                                                      "written by parley", name);
        if (!jerr.text[0]) /* jansson says nothing when malloc fails */
            return pl_fail(err, PARLEY_ENOMEM, -1, "%s: out of memory", name);
        if (p.over == 2)
            return pl_fail(err, PARLEY_EINPUT, -1, "%s: line %d: more than 1 MiB of white "
                                                      "space; not a graph written by parley",
                               name, jerr.line);
        return pl_fail(err, PARLEY_EINPUT, jerr.position, "%s: line %d: %s", name, jerr.line,
                       jerr.text);
    }
    parley_graph *part = parley_graph_new();
    int rc = part ? 0 : pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (part) {
        parley_graph_set_max_evidence(part, (size_t)-1);
        reader r = {part, name, err};
        rc = read_all(&r, root);
    }
    json_decref(root);
    if (!rc)
        rc = parley_graph_merge(g, part, err);
    parley_graph_free(part);
    return rc;
}
