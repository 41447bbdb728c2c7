/* csv.c: the Neo4j import CSV exporter: a nodes file and a relationships
 * file in the header format of `neo4j-admin database import` (typed
 * columns, ":ID", ":LABEL", ":START_ID", ":END_ID", ":TYPE"), quoted as
 * RFC 4180 says, one row per node or edge in the graph's walking order.
 * Lines end in LF. Evidence is four arrays, element i of each being one
 * record: sentence, document, start and end offsets. */
#include "export/export_internal.h"
#include "export/escape.h"

#include <errno.h>
#include <string.h>

/* The id space ":ID(Node)" names; the edges file refers to it. */
#define ID_SPACE "Node"
/* Neo4j's array separator (its --array-delimiter default). It has no
 * escape, so a ';' inside an element is written as ',' there. */
#define ARRAY_SEP ';'
#define EVIDENCE_COLUMNS "evidence:string[],evidence_document:string[]," \
                         "evidence_start:long[],evidence_end:long[]"

typedef struct csv_writer {
    FILE *out;
    pl_buf row;       /* the row being composed */
    pl_buf field;     /* one field before quoting */
    size_t fields;    /* fields in the row so far */
    int failed;       /* out of memory */
    int write_errno;  /* errno of the first failed write, or 0 */
} csv_writer;

/* A column name Neo4j reads as a plain property name: a key with ':'
 * would be taken for a type, one with ',' or a quote would split the
 * header, and the evidence columns' names are taken. Attributes whose keys
 * are not like this are left out. */
static int plain_key(const char *k)
{
    if (!((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || *k == '_') ||
        strcmp(k, "evidence_document") == 0 || strcmp(k, "evidence_start") == 0 ||
        strcmp(k, "evidence_end") == 0)
        return 0;
    return strspn(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
           strlen(k);
}

/* Appends the separator (but before the first field) and field s. */
static void field(csv_writer *w, const char *s, size_t n)
{
    if (w->failed)
        return;
    if ((w->fields++ && pl_buf_append(&w->row, ",", 1)) ||
        pl_escape_csv_field(&w->row, s, n))
        w->failed = 1;
}

static void field_str(csv_writer *w, const char *s)
{
    field(w, s ? s : "", s ? strlen(s) : 0);
}

static void field_count(csv_writer *w, size_t n)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%zu", n);
    field_str(w, buf);
}

/* A word with its first letter (or every letter) in upper case: the
 * label "Official" from "official", the type "HELD_IN" from "held_in". */
static void field_upper(csv_writer *w, const char *s, int all)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%s", s);
    for (char *p = buf; *p && (all || p == buf); p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    field_str(w, buf);
}

/* Writes the composed row and starts the next. Returns 0, or -1 when out
 * of memory or the write failed (its errno kept in w). */
static int end_row(csv_writer *w)
{
    if (w->failed || pl_buf_append(&w->row, "\n", 1)) {
        w->failed = 1;
        return -1;
    }
    size_t len = w->row.len;
    w->row.len = 0;
    w->fields = 0;
    errno = 0;
    if (fwrite(w->row.data, 1, len, w->out) == len)
        return 0;
    w->write_errno = errno ? errno : EIO;
    return -1;
}

/* One evidence column of a node (n) or an edge (e): what = 's' sentence,
 * 'd' document, 'b' start, 'e' end, element i of the array for record i. */
static void field_evidence(csv_writer *w, const parley_node *n, const parley_edge *e, char what)
{
    size_t count = n ? parley_node_evidence_count(n) : parley_edge_evidence_count(e);
    w->field.len = 0;
    for (size_t i = 0; i < count && !w->failed; i++) {
        parley_evidence ev = n ? parley_node_evidence_at(n, i) : parley_edge_evidence_at(e, i);
        const char *s = what == 's' ? ev.sentence : what == 'd' ? ev.document : NULL;
        size_t start = w->field.len;
        int rc = i && pl_buf_append(&w->field, ";", 1);
        if (!rc && (what == 'b' || what == 'e'))
            rc = pl_buf_printf(&w->field, "%zu", what == 'b' ? ev.start : ev.end);
        else if (!rc)
            rc = pl_buf_puts(&w->field, s ? s : "");
        if (rc) {
            w->failed = 1;
            break;
        }
        for (size_t j = start + (i ? 1 : 0); j < w->field.len; j++)
            if (w->field.data[j] == ARRAY_SEP)
                w->field.data[j] = ',';
    }
    field(w, w->field.data ? w->field.data : "", w->field.len);
}

static void fields_evidence(csv_writer *w, const parley_node *n, const parley_edge *e)
{
    field_evidence(w, n, e, 's');
    field_evidence(w, n, e, 'd');
    field_evidence(w, n, e, 'b');
    field_evidence(w, n, e, 'e');
}

/* Ends the export: the error of the first failed write or allocation. */
static int finish(csv_writer *w, parley_error *err)
{
    pl_buf_free(&w->row);
    pl_buf_free(&w->field);
    if (w->write_errno || ferror(w->out))
        return pl_fail(err, PARLEY_EIO, -1, "%s",
                       w->write_errno ? strerror(w->write_errno) : "write error");
    if (w->failed)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    return 0;
}

/* The header: id:ID(Node),:LABEL,type,label,KEYS...,mentions:int,
 * documents:int, then the evidence arrays. */
static int nodes_header(csv_writer *w, const pl_export_keys *k)
{
    field_str(w, "id:ID(" ID_SPACE ")");
    field_str(w, ":LABEL");
    field_str(w, "type");
    field_str(w, "label");
    for (size_t i = 0; i < k->count; i++)
        field_str(w, k->keys[i]);
    field_str(w, "mentions:int");
    field_str(w, "documents:int");
    if (!w->failed && pl_buf_puts(&w->row, "," EVIDENCE_COLUMNS))
        w->failed = 1;
    return end_row(w);
}

int pl_export_csv_nodes(const parley_graph *g, FILE *out, parley_error *err)
{
    csv_writer w = {out, PL_BUF_INIT, PL_BUF_INIT, 0, 0, 0};
    pl_export_ids ids;
    pl_export_keys k;
    w.failed = pl_export_ids_make(&ids, g, pl_escape_utf8) |
               pl_export_keys_make(&k, g, plain_key);
    int bad = nodes_header(&w, &k);
    for (size_t i = 0; i < parley_graph_node_count(g) && !bad; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        const char *type = parley_node_type_name(parley_node_get_type(n));
        field_str(&w, pl_export_ids_get(&ids, n));
        field_upper(&w, type, 0);
        field_str(&w, type);
        field_str(&w, parley_node_label(n));
        for (size_t a = 0; a < k.count; a++)
            field_str(&w, parley_node_attr(n, k.keys[a]));
        field_count(&w, parley_node_mentions(n));
        field_count(&w, parley_node_documents(n));
        fields_evidence(&w, n, NULL);
        bad = end_row(&w);
    }
    pl_export_keys_free(&k);
    pl_export_ids_free(&ids);
    return finish(&w, err);
}

int pl_export_csv_edges(const parley_graph *g, FILE *out, parley_error *err)
{
    csv_writer w = {out, PL_BUF_INIT, PL_BUF_INIT, 0, 0, 0};
    pl_export_ids ids;
    w.failed = pl_export_ids_make(&ids, g, pl_escape_utf8);
    field_str(&w, ":START_ID(" ID_SPACE ")");
    field_str(&w, ":END_ID(" ID_SPACE ")");
    field_str(&w, ":TYPE");
    field_str(&w, "mentions:int");
    field_str(&w, "documents:int");
    if (!w.failed && pl_buf_puts(&w.row, "," EVIDENCE_COLUMNS))
        w.failed = 1;
    int bad = end_row(&w);
    for (size_t i = 0; i < parley_graph_edge_count(g) && !bad; i++) {
        const parley_edge *e = parley_graph_edge_at(g, i);
        field_str(&w, pl_export_ids_get(&ids, parley_edge_source(e)));
        field_str(&w, pl_export_ids_get(&ids, parley_edge_target(e)));
        field_upper(&w, parley_relation_name(parley_edge_relation(e)), 1);
        field_count(&w, parley_edge_mentions(e));
        field_count(&w, parley_edge_documents(e));
        fields_evidence(&w, NULL, e);
        bad = end_row(&w);
    }
    pl_export_ids_free(&ids);
    return finish(&w, err);
}
