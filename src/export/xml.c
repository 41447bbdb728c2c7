/* xml.c: the thin layer over libxml2's xmlTextWriter that graphml.c and
 * gexf.c write through: every string is cleaned for XML 1.0 first (escape.h),
 * the first failure sticks so a renderer checks once at the end, and
 * libxml2's own error reports are captured instead of printed (the library
 * never prints). */
#include "export/export_internal.h"
#include "export/escape.h"

#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <string.h>

/* libxml2 wants its parser state set up once, from one thread, before it
 * is used from several. */
static pthread_once_t g_xml_once = PTHREAD_ONCE_INIT;

static void xml_init(void)
{
    xmlInitParser();
}

/* Output goes through our callback rather than libxml2's FILE writer, so a
 * failed write keeps its errno ("No space left on device"). */
static int xml_write(void *ctx, const char *buf, int len)
{
    pl_xml *x = ctx;
    if (len > 0 && fwrite(buf, 1, (size_t)len, x->out) != (size_t)len) {
        if (!x->write_errno)
            x->write_errno = errno ? errno : EIO;
        return -1;
    }
    return len;
}

/* libxml2 reports to its (per-thread) error handler; keep the first
 * message for err instead of letting it reach stderr. */
static void xml_error(void *ctx, xmlErrorPtr e)
{
    pl_xml *x = ctx;
    if (!x->message[0] && e && e->message) {
        snprintf(x->message, sizeof x->message, "%s", e->message);
        /* libxml2's messages end in a newline. */
        size_t n = strlen(x->message);
        while (n > 0 && (x->message[n - 1] == '\n' || x->message[n - 1] == ' '))
            x->message[--n] = '\0';
    }
}

static void xml_generic_error(void *ctx, const char *fmt, ...)
{
    (void)ctx;
    (void)fmt;
}

int pl_xml_begin(pl_xml *x, FILE *out)
{
    memset(x, 0, sizeof *x);
    x->out = out;
    pthread_once(&g_xml_once, xml_init);
    x->saved_serror = xmlStructuredError;
    x->saved_sctx = xmlStructuredErrorContext;
    x->saved_gerror = xmlGenericError;
    x->saved_gctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(x, xml_error);
    xmlSetGenericErrorFunc(x, xml_generic_error);
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(xml_write, NULL, x, NULL);
    if (buf && !(x->w = xmlNewTextWriter(buf)))
        xmlOutputBufferClose(buf);
    if (!x->w || xmlTextWriterSetIndent(x->w, 1) < 0 ||
        xmlTextWriterSetIndentString(x->w, BAD_CAST "  ") < 0 ||
        xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0)
        x->failed = 1;
    return x->failed ? -1 : 0;
}

/* s cleaned for XML 1.0 in x->tmp; NULL when out of memory. */
static const xmlChar *clean(pl_xml *x, const char *s)
{
    x->tmp.len = 0;
    if (pl_escape_xml_text(&x->tmp, s, strlen(s))) {
        x->failed = 1;
        return NULL;
    }
    return BAD_CAST x->tmp.data;
}

void pl_xml_start(pl_xml *x, const char *element)
{
    if (!x->failed && xmlTextWriterStartElement(x->w, BAD_CAST element) < 0)
        x->failed = 1;
}

void pl_xml_end(pl_xml *x)
{
    if (!x->failed && xmlTextWriterEndElement(x->w) < 0)
        x->failed = 1;
}

void pl_xml_attr(pl_xml *x, const char *name, const char *value)
{
    const xmlChar *v = x->failed ? NULL : clean(x, value);
    if (v && xmlTextWriterWriteAttribute(x->w, BAD_CAST name, v) < 0)
        x->failed = 1;
}

void pl_xml_attrf(pl_xml *x, const char *name, const char *fmt, ...)
{
    va_list ap;
    if (x->failed)
        return;
    va_start(ap, fmt);
    char buf[64];
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    /* Only numbers and short ids come through here. */
    if (n < 0 || (size_t)n >= sizeof buf)
        x->failed = 1;
    else
        pl_xml_attr(x, name, buf);
}

void pl_xml_text(pl_xml *x, const char *text)
{
    const xmlChar *v = x->failed ? NULL : clean(x, text);
    if (v && xmlTextWriterWriteString(x->w, v) < 0)
        x->failed = 1;
}

int pl_xml_key_ok(const char *key)
{
    pl_buf b = PL_BUF_INIT;
    int ok = pl_escape_xml_text(&b, key, strlen(key)) == 0 && b.len > 0;
    pl_buf_free(&b);
    return ok;
}

void pl_xml_declare(pl_xml *x, const pl_xml_form *f, size_t id, const char *domain,
                    const char *name, int is_int)
{
    pl_xml_start(x, f->decl);
    pl_xml_attrf(x, "id", "%s%zu", f->id_prefix, id);
    if (f->decl_domain)
        pl_xml_attr(x, f->decl_domain, domain);
    pl_xml_attr(x, f->decl_name, name);
    pl_xml_attr(x, f->decl_type, is_int ? f->int_type : "string");
    pl_xml_end(x);
}

void pl_xml_declare_record(pl_xml *x, const pl_xml_form *f, size_t first,
                           const char *domain)
{
    pl_xml_declare(x, f, first, domain, "mentions", 1);
    pl_xml_declare(x, f, first + 1, domain, "documents", 1);
    pl_xml_declare(x, f, first + 2, domain, "evidence", 0);
}

void pl_xml_value(pl_xml *x, const pl_xml_form *f, size_t id, const char *value)
{
    if (!value)
        return;
    pl_xml_start(x, f->value);
    pl_xml_attrf(x, f->value_ref, "%s%zu", f->id_prefix, id);
    if (f->value_attr)
        pl_xml_attr(x, f->value_attr, value);
    else
        pl_xml_text(x, value);
    pl_xml_end(x);
}

static void value_count(pl_xml *x, const pl_xml_form *f, size_t id, size_t n)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%zu", n);
    pl_xml_value(x, f, id, buf);
}

void pl_xml_value_record(pl_xml *x, const pl_xml_form *f, size_t first,
                         pl_buf *b, const parley_node *n, const parley_edge *e)
{
    value_count(x, f, first, n ? parley_node_mentions(n) : parley_edge_mentions(e));
    value_count(x, f, first + 1, n ? parley_node_documents(n) : parley_edge_documents(e));
    b->len = 0;
    if (pl_export_evidence_json(b, n, e))
        x->failed = 1;
    else
        pl_xml_value(x, f, first + 2, b->data);
}

int pl_xml_finish(pl_xml *x, parley_error *err)
{
    if (!x->failed && xmlTextWriterEndDocument(x->w) < 0)
        x->failed = 1;
    if (x->w)
        xmlFreeTextWriter(x->w); /* flushes; frees the output buffer */
    xmlSetStructuredErrorFunc(x->saved_sctx, x->saved_serror);
    xmlSetGenericErrorFunc(x->saved_gctx, x->saved_gerror);
    pl_buf_free(&x->tmp);
    if (x->write_errno || ferror(x->out))
        return pl_fail(err, PARLEY_EIO, -1, "%s",
                       x->write_errno ? strerror(x->write_errno) : "write error");
    if (x->failed)
        return pl_fail(err, PARLEY_ENOMEM, -1, "XML writer failed: %s",
                       x->message[0] ? x->message : "out of memory");
    return 0;
}

void pl_xml_doc_begin(pl_xml_doc *d, const parley_graph *g, FILE *out, const char *root,
                      const char *ns, const char *schema)
{
    pl_buf b = PL_BUF_INIT;
    d->b = b;
    int rc = pl_export_ids_make(&d->ids, g, pl_escape_xml_text) |
             pl_export_keys_make(&d->keys, g, pl_xml_key_ok);
    if (pl_xml_begin(&d->x, out) || rc)
        d->x.failed = 1;
    pl_xml_start(&d->x, root);
    pl_xml_attr(&d->x, "xmlns", ns);
    pl_xml_attr(&d->x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    pl_xml_attr(&d->x, "xsi:schemaLocation", schema);
}

int pl_xml_doc_finish(pl_xml_doc *d, parley_error *err)
{
    int rc = pl_xml_finish(&d->x, err);
    pl_buf_free(&d->b);
    pl_export_keys_free(&d->keys);
    pl_export_ids_free(&d->ids);
    return rc;
}
