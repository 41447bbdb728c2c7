/* utf8.h: well-formed UTF-8 (no overlong forms, no surrogates, nothing past
 * U+10FFFF), read one character at a time, checked, and repaired with
 * U+FFFD for each bad byte. Not public API. */
#ifndef PARLEY_UTF8_H
#define PARLEY_UTF8_H

#include <stddef.h>
#include "util/util.h"

#define PL_UTF8_REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* The character at s[0..n): returns its length (1-4) and sets *cp, or
 * returns 0 when the bytes there are not well-formed. n >= 1. */
size_t pl_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* 1 when s[0..n) is well-formed UTF-8 (no overlong forms, no surrogates,
 * nothing past U+10FFFF), else 0. */
int pl_utf8_valid(const char *s, size_t n);

/* Appends s[0..n) to b with every ill-formed UTF-8 sequence replaced by
 * U+FFFD. jansson refuses strings that are not valid UTF-8, so the JSON
 * exporter uses this on anything that did not come from parley itself, and
 * the graph on document names.
 * Returns 0 or PARLEY_ENOMEM. */
int pl_escape_utf8(pl_buf *b, const char *s, size_t n);

#endif
