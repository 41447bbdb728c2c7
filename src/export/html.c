/* html.c: the HTML report, one self-contained page. The page, its style
 * sheet and its script are files of src/export/report/, embedded at build
 * time with their SHA-256 (cmake/embed.cmake); this fills the page's
 * slots: the Content-Security-Policy naming those hashes, the title, the
 * SVG diagram (svg.c) and the graph as JGF JSON (json.c), escaped so that
 * nothing in it can end its <script> element. */
#include "export/export_internal.h"
#include "export/escape.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct pl_report_assets_entry {
    const char *name;
    const char *data;
    size_t len;
    const char *sha256; /* base64 of the SHA-256 of data[0..len) */
};
extern const struct pl_report_assets_entry pl_report_assets[];

/* The JSON is escaped and written in pieces of about this many bytes. */
#define JSON_PIECE (64 * 1024)

static const struct pl_report_assets_entry *asset(const char *name)
{
    for (const struct pl_report_assets_entry *a = pl_report_assets; a->name; a++)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}

/* Something written into memory by one of the other exporters. */
typedef struct memout {
    char *data;
    size_t len;
} memout;

/* Runs the exporter f into memory. Returns its result (0 or a negative
 * code, err filled); m->data is then the bytes (free it either way). */
static int to_memory(memout *m, const parley_graph *g, parley_format f,
                     const parley_export_options *opts, int automatic, parley_error *err)
{
    m->data = NULL;
    m->len = 0;
    FILE *mem = open_memstream(&m->data, &m->len);
    if (!mem)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    int rc = f == PARLEY_FORMAT_SVG ? pl_export_svg(g, mem, opts, automatic, err)
                                    : pl_export_json(g, mem, PARLEY_JSON_JGF, err);
    if (fclose(mem) != 0 && rc == 0)
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    return rc;
}

typedef struct page {
    FILE *out;
    pl_buf b; /* escaped text on its way out */
    int failed;   /* 0, or the errno of the first failed write (-1: none) */
    int nomem;
} page;

static void put(page *p, const char *s, size_t n)
{
    if (p->failed || p->nomem || n == 0)
        return;
    errno = 0;
    if (fwrite(s, 1, n, p->out) != n)
        p->failed = errno ? errno : -1;
}

/* The escaped buffer, written out and emptied. */
static void put_buf(page *p, int rc)
{
    if (rc)
        p->nomem = 1;
    put(p, p->b.data, p->b.len);
    p->b.len = 0;
}

static void put_text(page *p, const char *s, size_t n)
{
    put_buf(p, pl_escape_html_text(&p->b, s, n));
}

/* The JSON, escaped for its <script> element and without its indentation,
 * in pieces that end where a character starts (so no UTF-8 sequence is cut
 * in two). */
static void put_json(page *p, const memout *json)
{
    const unsigned char *u = (const unsigned char *)json->data;
    parley_json_html st = PARLEY_JSON_HTML_INIT;
    size_t at = 0;
    while (at < json->len && !p->failed && !p->nomem) {
        size_t end = json->len - at > JSON_PIECE ? at + JSON_PIECE : json->len;
        while (end < json->len && end > at && (u[end] & 0xC0) == 0x80)
            end--;
        if (end == at) /* only continuation bytes: no character to keep whole */
            end = json->len - at > JSON_PIECE ? at + JSON_PIECE : json->len;
        put_buf(p, pl_escape_json_in_html(&p->b, json->data + at, end - at, &st));
        at = end;
    }
}

/* The diagram: Graphviz's SVG from its <svg> element on (the XML
 * declaration, doctype and comments before it have no place inside HTML),
 * or the notice of why there is none. Graphviz escapes every text and
 * attribute of the SVG; the HTML parser reads it as foreign content. */
static void put_diagram(page *p, const memout *svg, int svg_rc, const parley_error *svg_err)
{
    const char *start = svg_rc == 0 && svg->data ? strstr(svg->data, "<svg") : NULL;
    if (start) {
        put(p, start, svg->len - (size_t)(start - svg->data));
        return;
    }
    static const char before[] = "<p class=\"notice\">The diagram could not be drawn: ";
    put(p, before, sizeof before - 1);
    const char *why = svg_err->text[0] ? svg_err->text : parley_code_name(svg_rc);
    put_text(p, why, strlen(why));
    put(p, "</p>", 4);
}

static void put_csp(page *p, const struct pl_report_assets_entry *css,
                    const struct pl_report_assets_entry *js)
{
    /* Only the page's own style and script, by hash; no request of any
     * kind (default-src 'none'), no <base>, no form submission. */
    put_buf(p, pl_buf_printf(&p->b,
                                 "default-src 'none'; style-src 'sha256-%s'; script-src "
                                 "'sha256-%s'; img-src data:; base-uri 'none'; form-action 'none'",
                                 css->sha256, js->sha256));
}

int pl_export_html(const parley_graph *g, FILE *out, const parley_export_options *opts,
                       int automatic, parley_error *err)
{
    const struct pl_report_assets_entry *tpl = asset("report.html");
    const struct pl_report_assets_entry *css = asset("report.css");
    const struct pl_report_assets_entry *js = asset("report.js");
    memout svg = {NULL, 0}, json = {NULL, 0};
    pl_buf title = PL_BUF_INIT;
    page p = {out, PL_BUF_INIT, 0, 0};
    parley_error svg_err = {0, -1, ""};
    int rc, svg_rc;

    if (!tpl || !css || !js)
        return pl_fail(err, PARLEY_EINVAL, -1, "the HTML report's files are not built in");
    if ((rc = to_memory(&json, g, PARLEY_FORMAT_JSON, opts, automatic, err)))
        goto cleanup;
    /* A diagram that fails costs the diagram alone, as with -f svg beside
     * the other formats; running out of memory or a failed write does not. */
    svg_rc = to_memory(&svg, g, PARLEY_FORMAT_SVG, opts, automatic, &svg_err);
    if (svg_rc == PARLEY_ENOMEM || svg_rc == PARLEY_EIO) {
        rc = pl_fail(err, svg_rc, -1, "%s", svg_err.text);
        goto cleanup;
    }
    if (pl_export_title(&title, g, opts)) {
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
        goto cleanup;
    }

    /* The page, its slots "{{NAME}}" filled in. */
    const char *s = tpl->data, *end = tpl->data + tpl->len;
    while (s < end && !p.failed && !p.nomem) {
        const char *open = strstr(s, "{{");
        if (!open || open >= end) {
            put(&p, s, (size_t)(end - s));
            break;
        }
        put(&p, s, (size_t)(open - s));
        const char *close = strstr(open, "}}");
        if (!close) {
            put(&p, open, (size_t)(end - open));
            break;
        }
        size_t n = (size_t)(close - open - 2);
        const char *slot = open + 2;
        if (n == 3 && memcmp(slot, "CSP", 3) == 0)
            put_csp(&p, css, js);
        else if (n == 5 && memcmp(slot, "TITLE", 5) == 0)
            put_text(&p, title.data, title.len);
        else if (n == 5 && memcmp(slot, "STYLE", 5) == 0)
            put(&p, css->data, css->len);
        else if (n == 6 && memcmp(slot, "SCRIPT", 6) == 0)
            put(&p, js->data, js->len);
        else if (n == 7 && memcmp(slot, "DIAGRAM", 7) == 0)
            put_diagram(&p, &svg, svg_rc, &svg_err);
        else if (n == 4 && memcmp(slot, "DATA", 4) == 0)
            put_json(&p, &json);
        else
            put(&p, open, n + 4);
        s = close + 2;
    }
    if (p.nomem)
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    else if (p.failed || ferror(out))
        rc = pl_fail(err, PARLEY_EIO, -1, "%s",
                         p.failed > 0 ? strerror(p.failed) : "write error");

cleanup:
    free(svg.data);
    free(json.data);
    pl_buf_free(&title);
    pl_buf_free(&p.b);
    return rc;
}
