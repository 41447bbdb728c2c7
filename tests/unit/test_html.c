/* test_html.c: the HTML report's exporter (src/export/html.c) and its two
 * escapes: every slot of the page filled, the SVG inside from its <svg>
 * element on, the JSON unable to end its <script> element, the title as
 * text, and a diagram that fails leaving a notice in a page still written.
 * tests/e2e/test_html_report.py runs the page in Chromium. */
#include "parley/parley.h"
#include "export/escape.h"
#include "export/export_internal.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*escape_fn)(pl_buf *, const char *, size_t);

static void check_escape(escape_fn f, const char *in, size_t n, const char *want, int line)
{
    pl_buf b = PL_BUF_INIT;
    check_count++;
    if (f(&b, in, n) != 0 || !b.data || strcmp(b.data, want) != 0) {
        check_failures++;
        fprintf(stderr, "%s:%d: escaping \"%.*s\": got \"%s\", want \"%s\"\n", __FILE__, line,
                (int)n, in, b.data ? b.data : "(null)", want);
    }
    pl_buf_free(&b);
}

#define ESC(f, in, want) check_escape(f, in, sizeof(in) - 1, want, __LINE__)

static void test_escape_html_text(void)
{
    ESC(pl_escape_html_text, "", "");
    ESC(pl_escape_html_text, "plain", "plain");
    ESC(pl_escape_html_text, "</script><b onclick=\"x\">'&amp;",
        "&lt;/script&gt;&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;amp;");
    ESC(pl_escape_html_text, "a\0b\x01\tc\nd\re", "ab\tc\nd\re");
    ESC(pl_escape_html_text, "caf\xC3\xA9 \xFF!", "caf\xC3\xA9 \xEF\xBF\xBD!");
}

/* The escape over a whole text, in one piece. */
static int json_html(pl_buf *b, const char *s, size_t n)
{
    parley_json_html st = PARLEY_JSON_HTML_INIT;
    return pl_escape_json_in_html(b, s, n, &st);
}

static void test_escape_json_in_html(void)
{
    ESC(json_html, "", "");
    ESC(json_html, "{\"a\": \"</script>\"}", "{\"a\":\"\\u003c/script\\u003e\"}");
    ESC(json_html, "\"<!--&\"", "\"\\u003c!--\\u0026\"");
    /* U+2028, U+2029 escaped; other non-ASCII kept; bad bytes U+FFFD. */
    ESC(json_html, "\"\xE2\x80\xA8\xE2\x80\xA9\xE2\x80\xA7\xC3\xA9\xC3\"",
        "\"\\u2028\\u2029\xE2\x80\xA7\xC3\xA9\xEF\xBF\xBD\"");
    /* White space between tokens dropped, inside strings kept, escaped
     * quotes and backslashes followed. */
    ESC(json_html, "{\n  \"a b\": [\n    1,\n    \"x \\\" y\",\t\"\\\\\" ]\r\n}\n",
        "{\"a b\":[1,\"x \\\" y\",\"\\\\\"]}");

    /* In pieces, the state carried across: a string opened in one piece
     * keeps its spaces in the next. */
    parley_json_html st = PARLEY_JSON_HTML_INIT;
    pl_buf b = PL_BUF_INIT;
    const char *one = "[ \"a \\", *two = "\" b\" , 1 ]";
    CHECK_INT(pl_escape_json_in_html(&b, one, strlen(one), &st), 0);
    CHECK_INT(pl_escape_json_in_html(&b, two, strlen(two), &st), 0);
    CHECK_STR(b.data, "[\"a \\\" b\",1]");
    pl_buf_free(&b);
}

static parley_graph *small_graph(const char *doc_name, const char *sentence)
{
    parley_graph *g = parley_graph_new();
    parley_node *a = NULL, *b = NULL, *m = NULL;
    int doc = parley_graph_add_document(g, doc_name, "2024-01-02", NULL);
    parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:CHN", "China", &a, NULL);
    parley_graph_add_node(g, PARLEY_NODE_COUNTRY, "country:IRN", "Iran", &b, NULL);
    parley_graph_add_node(g, PARLEY_NODE_MEETING, "meeting:m", "talks", &m, NULL);
    parley_node_set_attr(m, "kind", "talks");
    parley_node_set_attr(m, "status", "held");
    parley_graph_add_edge(g, a, m, PARLEY_REL_PARTICIPANT, NULL, NULL);
    parley_graph_add_edge(g, b, m, PARLEY_REL_PARTICIPANT, NULL, NULL);
    parley_node_add_evidence(g, m, doc, 0, 5, sentence, strlen(sentence));
    parley_graph_finish(g);
    return g;
}

static char *page(const parley_graph *g, double timeout, int *rc, parley_error *err)
{
    char *data = NULL;
    size_t len = 0;
    parley_export_options o = PARLEY_EXPORT_OPTIONS_INIT;
    o.layout_timeout = timeout;
    FILE *out = open_memstream(&data, &len);
    if (!out)
        return NULL;
    *rc = parley_export(g, PARLEY_FORMAT_HTML, out, &o, err);
    fclose(out);
    return data;
}

/* The text between `from` and the next `to` after it, as a new string. */
static char *between(const char *s, const char *from, const char *to)
{
    const char *a = strstr(s, from);
    if (!a)
        return NULL;
    a += strlen(from);
    const char *b = strstr(a, to);
    return b ? pl_strndup(a, (size_t)(b - a)) : NULL;
}

static void test_page(void)
{
    CHECK_STR(parley_format_name(PARLEY_FORMAT_HTML), "html");
    CHECK_INT(parley_format_from_name("html"), PARLEY_FORMAT_HTML);

    parley_graph *g = small_graph("<b>&.txt", "China </script><script>alert(1)</script> met \xE2\x80\xA8.");
    parley_error err = {0, -1, ""};
    int rc = -1;
    char *html = page(g, 30, &rc, &err);
    CHECK_INT(rc, 0);
    CHECK(html != NULL);
    if (!html) {
        parley_graph_free(g);
        return;
    }
    CHECK(strncmp(html, "<!DOCTYPE html>\n", 16) == 0);
    CHECK(strstr(html, "{{") == NULL); /* every slot filled */
    char *csp = between(html, "http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    CHECK(csp && strncmp(csp, "default-src 'none'; style-src 'sha256-", 38) == 0);
    CHECK(csp && strstr(csp, "; script-src 'sha256-") != NULL);
    free(csp);
    char *title = between(html, "<title>", "</title>");
    CHECK_STR(title ? title : "", "&lt;b&gt;&amp;.txt (2024-01-02)");
    free(title);
    /* The SVG from its <svg> element on: no XML declaration or doctype. */
    CHECK(strstr(html, "<svg width=") != NULL);
    CHECK(strstr(html, "<?xml") == NULL && strstr(html, "<!DOCTYPE svg") == NULL);
    /* The JSON: escaped, so its element holds no '<', '>' or '&'. */
    char *json = between(html, "<script type=\"application/json\" id=\"parley-data\">", "</script>");
    CHECK(json != NULL);
    if (json) {
        CHECK(strpbrk(json, "<>&") == NULL);
        CHECK(strstr(json, "\xE2\x80\xA8") == NULL);
        CHECK(strstr(json, "\"China \\u003c/script\\u003e\\u003cscript\\u003ealert(1)"
                           "\\u003c/script\\u003e met \\u2028.\"") != NULL);
        CHECK(strstr(json, "\"id\":\"\\u003cb\\u003e\\u0026.txt\"") != NULL);
        CHECK(strstr(json, "\"meeting:m\":{") != NULL);
        CHECK(strchr(json, '\n') == NULL);
    }
    free(json);
    /* Two script elements: the data and the page's own. */
    size_t scripts = 0;
    for (const char *p = html; (p = strstr(p, "<script")); p++)
        scripts++;
    CHECK_INT(scripts, 2);
    free(html);
    parley_graph_free(g);
}

/* A layout that does not finish costs the diagram alone. */
static void test_failed_diagram(void)
{
    parley_graph *g = small_graph("t.txt", "China and Iran held talks.");
    parley_error err = {0, -1, ""};
    int rc = -1;
    pl_svg_test_fault(PL_SVG_FAULT_HANG);
    char *html = page(g, 0.2, &rc, &err);
    pl_svg_test_fault(PL_SVG_FAULT_NONE);
    CHECK_INT(rc, 0);
    CHECK(html && strstr(html, "<p class=\"notice\">The diagram could not be drawn: layout did "
                               "not finish within 0.2 s</p>") != NULL);
    CHECK(html && strstr(html, "<svg") == NULL);
    CHECK(html && strstr(html, "\"meeting:m\":{") != NULL);
    free(html);
    parley_graph_free(g);
}

int main(void)
{
    test_escape_html_text();
    test_escape_json_in_html();
    test_page();
    test_failed_diagram();
    return check_summary("test_html");
}
