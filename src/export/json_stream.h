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
#define PL_JSTREAM_DEPTH 16

/* Bytes gathered before one fwrite: a document is written in pieces of a
 * few bytes, and a locked stdio call per piece would cost more than the
 * rest of the export. */
#define PL_JSTREAM_BUFFER 32768

typedef struct pl_jstream {
    FILE *out;                             /* where it goes, or NULL: */
    pl_buf *to;                            /* appended to this buffer */
    int compact;                           /* no newlines, ':' and ',' alone */
    unsigned depth;                        /* open containers */
    size_t items[PL_JSTREAM_DEPTH];        /* members written in each */
    char close[PL_JSTREAM_DEPTH];          /* '}' or ']' */
    int failed;                            /* 0, PARLEY_EIO or PARLEY_ENOMEM */
    int error;                             /* errno of the first write error */
    pl_buf scratch;                        /* repaired (U+FFFD) strings */
    size_t used;                           /* bytes waiting in buf */
    char buf[PL_JSTREAM_BUFFER];
} pl_jstream;

void pl_jstream_init(pl_jstream *s, FILE *out);
/* A stream appended to `to`, laid out as json_dumps(JSON_COMPACT |
 * JSON_PRESERVE_ORDER) lays it out: no newlines or indentation, ":" after
 * keys, "," between members; finish adds no final newline. */
void pl_jstream_init_buf(pl_jstream *s, pl_buf *to);

/* Each call below writes the next member: under `key` inside an object,
 * with key NULL inside an array or at the top. Keys are written as given
 * and must be UTF-8 (callers repair data keys with pl_escape_utf8).
 * After a failure calls do nothing; s->failed says which. */

/* Opens an object ('{') or array ('['). */
void pl_jstream_open(pl_jstream *s, const char *key, char bracket);
/* Closes the innermost container. */
void pl_jstream_close(pl_jstream *s);
/* A string; NULL gives null. Not UTF-8 is repaired (U+FFFD per bad byte),
 * as jansson accepts only UTF-8. */
void pl_jstream_string(pl_jstream *s, const char *key, const char *str);
void pl_jstream_size(pl_jstream *s, const char *key, size_t n);
void pl_jstream_bool(pl_jstream *s, const char *key, int value);
/* Records a failure of the caller's (PARLEY_ENOMEM): nothing more is
 * written, and finish returns it. */
void pl_jstream_fail(pl_jstream *s, int code);

/* After the outermost close: the final newline and the buffered bytes (the
 * FILE itself is not flushed). Frees what s holds, also after a failure.
 * Returns 0, PARLEY_EIO (s->error says why) or PARLEY_ENOMEM. */
int pl_jstream_finish(pl_jstream *s);

#endif
