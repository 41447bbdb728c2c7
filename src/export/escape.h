/* escape.h: every string that leaves parley for jansson or Graphviz passes
 * through here first. One module, so the rules live in one place and one
 * unit test (tests/unit/test_escape.c) pins them down. Not public API. */
#ifndef PARLEY_ESCAPE_H
#define PARLEY_ESCAPE_H

#include <stddef.h>
#include "util/util.h"

/* 1 when s[0..n) is well-formed UTF-8 (no overlong forms, no surrogates,
 * nothing past U+10FFFF), else 0. */
int parley_utf8_valid(const char *s, size_t n);

/* Appends s[0..n) to b with every ill-formed UTF-8 sequence replaced by
 * U+FFFD. jansson refuses strings that are not valid UTF-8, so the JSON
 * exporter uses this on anything that did not come from parley itself.
 * Returns 0 or PARLEY_ENOMEM. */
int parley_escape_utf8(parley_buf *b, const char *s, size_t n);

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
int parley_escape_gv_text(parley_buf *b, const char *s, size_t n);

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
int parley_escape_gv_guard(parley_buf *b);

int parley_escape_gv_name(parley_buf *b, const char *s, size_t n);

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
int parley_escape_xml_text(parley_buf *b, const char *s, size_t n);

/* Appends s[0..n) to b as one RFC 4180 CSV field: ill-formed UTF-8 becomes
 * U+FFFD; a field containing a comma, a double quote, CR or LF is put in
 * double quotes, each quote inside doubled; any other field is copied as
 * it is (so an empty field stays empty: Neo4j's import reads that as no
 * value). Returns 0 or PARLEY_ENOMEM. */
int parley_escape_csv_field(parley_buf *b, const char *s, size_t n);

#endif
