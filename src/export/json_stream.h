/* json_stream.h: writes one JSON document piece by piece, never holding it
 * in memory, laid out byte for byte as jansson's json_dumpf(JSON_INDENT(2) |
 * JSON_PRESERVE_ORDER) lays out the same tree: one member per line, two
 * spaces per level, ": " after keys, "{}" / "[]" for empty containers, and
 * jansson's string escapes: tests/unit/test_json_styles.c and the fuzz
 * target fuzz_json check that jansson, dumping what it reads from a stream,
 * gives the same bytes back. A jansson tree per element, dumped by jansson,
 * was the first version; jansson's dumper took 7 s of a million-edge export
 * (a loop check with a hash table per container, a callback per token, a
 * UTF-8 decode per character), this writer about 2. Not public API. */
#ifndef PARLEY_JSON_STREAM_H
#define PARLEY_JSON_STREAM_H

#include <stddef.h>
#include <stdio.h>
#include "util/util.h"

/* Containers nest at most this deep; every style needs 7. */
#define PARLEY_JSTREAM_DEPTH 16

/* Bytes gathered before one fwrite: a document is written in pieces of a
 * few bytes, and a locked stdio call per piece would cost more than the
 * rest of the export. */
#define PARLEY_JSTREAM_BUFFER 32768

typedef struct parley_jstream {
    FILE *out;                             /* where it goes, or NULL: */
    parley_buf *to;                        /* appended to this buffer */
    int compact;                           /* no newlines, ':' and ',' alone */
    unsigned depth;                        /* open containers */
    size_t items[PARLEY_JSTREAM_DEPTH];    /* members written in each */
    char close[PARLEY_JSTREAM_DEPTH];      /* '}' or ']' */
    int failed;                            /* 0, PARLEY_EIO or PARLEY_ENOMEM */
    int error;                             /* errno of the first write error */
    parley_buf scratch;                    /* repaired (U+FFFD) strings */
    size_t used;                           /* bytes waiting in buf */
    char buf[PARLEY_JSTREAM_BUFFER];
} parley_jstream;

void parley_jstream_init(parley_jstream *s, FILE *out);
/* A stream appended to `to`, laid out as json_dumps(JSON_COMPACT |
 * JSON_PRESERVE_ORDER) lays it out: no newlines or indentation, ":" after
 * keys, "," between members; finish adds no final newline. */
void parley_jstream_init_buf(parley_jstream *s, parley_buf *to);

/* Each call below writes the next member: under `key` inside an object,
 * with key NULL inside an array or at the top. Keys are written as given
 * and must be UTF-8 (callers repair data keys with parley_escape_utf8).
 * After a failure calls do nothing; s->failed says which. */

/* Opens an object ('{') or array ('['). */
void parley_jstream_open(parley_jstream *s, const char *key, char bracket);
/* Closes the innermost container. */
void parley_jstream_close(parley_jstream *s);
/* A string; NULL gives null. Not UTF-8 is repaired (U+FFFD per bad byte),
 * as jansson accepts only UTF-8. */
void parley_jstream_string(parley_jstream *s, const char *key, const char *str);
void parley_jstream_size(parley_jstream *s, const char *key, size_t n);
void parley_jstream_bool(parley_jstream *s, const char *key, int value);
/* Records a failure of the caller's (PARLEY_ENOMEM): nothing more is
 * written, and finish returns it. */
void parley_jstream_fail(parley_jstream *s, int code);

/* After the outermost close: the final newline and the buffered bytes (the
 * FILE itself is not flushed). Frees what s holds, also after a failure.
 * Returns 0, PARLEY_EIO (s->error says why) or PARLEY_ENOMEM. */
int parley_jstream_finish(parley_jstream *s);

#endif
