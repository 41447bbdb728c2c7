/* escape.h: every string that leaves parley for jansson or Graphviz passes
 * through here first. One module, so the rules live in one place and one
 * unit test (tests/unit/test_escape.c) pins them down. Not public API. */
#ifndef PARLEY_ESCAPE_H
#define PARLEY_ESCAPE_H

#include <stddef.h>
#include "util/util.h"
#include "util/utf8.h"

/* Appends s[0..n) to b as the value of a Graphviz text attribute (label,
 * tooltip, graph label: Graphviz's "escString"), so that Graphviz shows
 * exactly the characters of s:
 *  - ill-formed UTF-8 becomes U+FFFD;
 *  - tab, newline, CR, vertical tab and form feed become a space; other C0
 *    controls, DEL, C1 controls (U+0080..U+009F) and the non-characters
 *    U+FFFE and U+FFFF are dropped (Graphviz writes them raw into SVG,
 *    where XML forbids them);
 *  - each backslash is doubled: "\N", "\G", "\l", "\n" stay literal text,
 *    and no value ends in an odd run of backslashes (agwrite writes such a
 *    value so that the closing quote is escaped and the DOT no longer
 *    parses);
 *  - an '&' that starts something shaped like an entity ("&amp;", "&#38;")
 *    becomes "&amp;": Graphviz decodes entities in labels, so "&lt;" would
 *    otherwise be shown as "<".
 * Values are handed to Graphviz with agxset/agsafeset (plain strings, never
 * agstrdup_html), so a value starting with '<' is text, not an HTML label.
 * Callers composing several lines put the literal two bytes "\n" between
 * escaped parts. Returns 0 or PARLEY_ENOMEM. */
int pl_escape_gv_text(pl_buf *b, const char *s, size_t n);

/* Appends s[0..n) to b as a Graphviz object name (a node id). Names are not
 * escStrings, but agwrite writes them with the same quoting, so the same
 * UTF-8, control character, backslash and entity rules apply. Three more:
 *  - the SVG writer copies names into <title> elements without escaping
 *    what it takes for an entity, so an '&' before any such shape ("&;",
 *    "&#;", "&#X41;", "&#0;", "&bogus;", which XML refuses) becomes "&amp;"
 *    too;
 *  - a result starting with '%' (after the rules above: "\x02%1" too)
 *    gets a '_' before it: cgraph reads "%..." names as its own anonymous
 *    ids (and keeps them in a map agclose never frees) and rewrites them
 *    as "<%3>", which then parses as an HTML string;
 *  - an empty result becomes "_".
 * Returns 0 or PARLEY_ENOMEM. */
/* Makes a whole escaped value (b) safe from a Graphviz 2.42 writer bug:
 * one that looks like a numeral without being one ("-.") is left unquoted
 * and the file cannot be read back; a leading backslash, which labels do
 * not show, makes it quoted. Returns 0 or PARLEY_ENOMEM. */
int pl_escape_gv_guard(pl_buf *b);

int pl_escape_gv_name(pl_buf *b, const char *s, size_t n);

/* Appends s[0..n) to b as text for an XML 1.0 document (GraphML, GEXF),
 * before libxml2's writer escapes '<', '&' and quotes:
 *  - ill-formed UTF-8 becomes U+FFFD;
 *  - characters XML 1.0 forbids are dropped: C0 controls other than tab,
 *    LF and CR, and U+FFFE, U+FFFF (libxml2's writer would copy them and
 *    the document would no longer parse);
 *  - DEL and C1 controls (U+007F..U+009F), which XML 1.0 discourages, are
 *    dropped as well, as for Graphviz: no reader shows them usefully.
 * Tab, LF and CR are kept (the writer makes them character references in
 * attributes, so they survive a parse). Returns 0 or PARLEY_ENOMEM. */
int pl_escape_xml_text(pl_buf *b, const char *s, size_t n);

/* Appends s[0..n) to b as one RFC 4180 CSV field: ill-formed UTF-8 becomes
 * U+FFFD; a field containing a comma, a double quote, CR or LF is put in
 * double quotes, each quote inside doubled; any other field is copied as
 * it is (so an empty field stays empty: Neo4j's import reads that as no
 * value). Returns 0 or PARLEY_ENOMEM. */
int pl_escape_csv_field(pl_buf *b, const char *s, size_t n);

/* Appends s[0..n) to b as HTML text or a quoted attribute value (the
 * HTML report's title and notices): ill-formed UTF-8 becomes U+FFFD;
 * '&', '<', '>', '"' and '\'' become character references; C0 controls
 * other than tab, LF and CR, and NUL above all, are dropped (HTML's parser
 * reports them as errors). Returns 0 or PARLEY_ENOMEM. */
int pl_escape_html_text(pl_buf *b, const char *s, size_t n);

/* Where a JSON text being escaped piece by piece stands: inside a string,
 * just after a backslash in one. Zero (PARLEY_JSON_HTML_INIT) at the start. */
typedef struct parley_json_html {
    int in_string;
    int escaped;
} parley_json_html;
#define PARLEY_JSON_HTML_INIT {0, 0}

/* Appends the JSON text s[0..n), the next piece of one JSON document, to b
 * so that it can stand inside an HTML <script type="application/json">
 * element and still parse as the same JSON: '<', '>' and '&' become
 * \u003c, \u003e, \u0026 (so no "</script", "<!--" or "<script" can end or
 * change the element), and U+2028, U+2029 become \u2028, \u2029 (line
 * terminators to older JavaScript parsers). JSON has these characters only
 * inside strings, where the escapes mean the same characters. White space
 * between tokens (the exporter's indentation: a third of its bytes) is
 * left out. Ill-formed UTF-8 becomes U+FFFD. Pieces must be cut where a
 * character starts; st carries the state from one to the next. Returns 0
 * or PARLEY_ENOMEM. */
int pl_escape_json_in_html(pl_buf *b, const char *s, size_t n, parley_json_html *st);

#endif
