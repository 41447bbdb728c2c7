/* json_stream.c: the streaming JSON writer (json_stream.h). The layout and
 * the escapes are jansson's, so a streamed document is byte for byte what
 * dumping the whole tree with jansson gives: in strings, '"', '\\' and the
 * C0 controls are escaped (\b \f \n \r \t, else \u00XX in capitals); '/',
 * DEL and everything past ASCII are written as they are. */
#include "export/json_stream.h"
#include "export/escape.h"
#include "parley/error.h"

#include <assert.h>
#include <errno.h>
#include <string.h>

#define INDENT 2

void pl_jstream_init(pl_jstream *s, FILE *out)
{
    s->out = out;
    s->to = NULL;
    s->compact = 0;
    s->depth = 0;
    s->failed = 0;
    s->error = 0;
    s->used = 0;
    pl_buf scratch = PL_BUF_INIT;
    s->scratch = scratch;
}

void pl_jstream_init_buf(pl_jstream *s, pl_buf *to)
{
    pl_jstream_init(s, NULL);
    s->to = to;
    s->compact = 1;
}

void pl_jstream_fail(pl_jstream *s, int code)
{
    if (!s->failed) {
        s->failed = code;
        s->error = code == PARLEY_EIO ? errno : 0;
    }
}

static void flush(pl_jstream *s)
{
    if (s->used && !s->failed && fwrite(s->buf, 1, s->used, s->out) != s->used)
        pl_jstream_fail(s, PARLEY_EIO);
    s->used = 0;
}

static void put_slow(pl_jstream *s, const char *p, size_t n)
{
    if (s->to) {
        if (!s->failed && pl_buf_append(s->to, p, n))
            pl_jstream_fail(s, PARLEY_ENOMEM);
        return;
    }
    if (n > sizeof s->buf - s->used) {
        flush(s);
        if (n > sizeof s->buf) {
            if (!s->failed && fwrite(p, 1, n, s->out) != n)
                pl_jstream_fail(s, PARLEY_EIO);
            return;
        }
    }
    memcpy(s->buf + s->used, p, n);
    s->used += n;
}

/* Inline for the bytes that fit the buffer: most pieces are one to a few
 * bytes, whose copy the compiler makes a store or two. */
static inline void put(pl_jstream *s, const char *p, size_t n)
{
    if (!s->to && n <= sizeof s->buf - s->used) {
        memcpy(s->buf + s->used, p, n);
        s->used += n;
        return;
    }
    put_slow(s, p, n);
}

/* Room for n bytes at the end of the buffer (flushed first when needed),
 * for a piece written in place; NULL when the stream appends to a pl_buf
 * or n is more than the buffer holds (put takes those). The caller sets
 * s->used past what it wrote. */
static inline char *room(pl_jstream *s, size_t n)
{
    if (s->to || n > sizeof s->buf)
        return NULL;
    if (n > sizeof s->buf - s->used)
        flush(s);
    return s->buf + s->used;
}

/* A newline and the indentation of `level`. */
static void newline(pl_jstream *s, unsigned level)
{
    static const char spaces[] = "                                ";
    size_t n = (size_t)level * INDENT;
    put(s, "\n", 1);
    for (size_t k; n; n -= k) {
        k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        put(s, spaces, k);
    }
}

/* s[0..n), UTF-8, as a quoted JSON string. Bytes that need no escape are
 * copied in runs. */
static void quoted(pl_jstream *s, const char *str, size_t n)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *p = (const unsigned char *)str, *end = p + n, *run = p;
    put(s, "\"", 1);
    for (; p < end; p++) {
        p += pl_json_text_run((const char *)p, (size_t)(end - p));
        if (p == end)
            break;
        unsigned c = *p;
        put(s, (const char *)run, (size_t)(p - run));
        run = p + 1;
        char esc[6] = {'\\', 0, '0', '0', hex[c >> 4], hex[c & 15]};
        switch (c) {
        case '"': esc[1] = '"'; break;
        case '\\': esc[1] = '\\'; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default: esc[1] = 'u'; put(s, esc, 6); continue;
        }
        put(s, esc, 2);
    }
    put(s, (const char *)run, (size_t)(p - run));
    put(s, "\"", 1);
}

/* The length of str's start that is ASCII and needs no escape. Most
 * strings are that whole: one scan finds it, and they are copied at once. */
static size_t plain_prefix(const char *str)
{
    return pl_json_ascii_run(str, strlen(str));
}

/* str[0..n), all of it a plain prefix, in quotes. */
static void quoted_plain(pl_jstream *s, const char *str, size_t n)
{
    put(s, "\"", 1);
    put(s, str, n);
    put(s, "\"", 1);
}

/* The NUL-terminated UTF-8 str as a quoted JSON string. */
static void quoted_cstr(pl_jstream *s, const char *str)
{
    size_t plain = plain_prefix(str);
    if (str[plain])
        quoted(s, str, plain + strlen(str + plain));
    else
        quoted_plain(s, str, plain);
}

/* What comes before a member: the comma after the previous one, its line,
 * and "key": inside an object. A key of printable ASCII without '"' or '\\'
 * (every key the exporters write) goes in place in one piece. */
static void member(pl_jstream *s, const char *key)
{
    if (s->depth == 0)
        return;
    assert((key != NULL) == (s->close[s->depth - 1] == '}'));
    size_t klen = 0;
    if (key)
        for (unsigned char c; (c = (unsigned char)key[klen]) >= 0x20 && c < 0x80 && c != '"' &&
                              c != '\\';)
            klen++;
    size_t indent = s->compact ? 0 : (size_t)s->depth * INDENT;
    char *o = (!key || !key[klen]) ? room(s, 2 + indent + klen + 4) : NULL;
    if (o) {
        if (s->items[s->depth - 1]++)
            *o++ = ',';
        if (!s->compact) {
            *o++ = '\n';
            memset(o, ' ', indent);
            o += indent;
        }
        if (key) {
            *o++ = '"';
            memcpy(o, key, klen);
            o += klen;
            *o++ = '"';
            *o++ = ':';
            if (!s->compact)
                *o++ = ' ';
        }
        s->used = (size_t)(o - s->buf);
        return;
    }
    if (s->items[s->depth - 1]++)
        put(s, ",", 1);
    if (!s->compact)
        newline(s, s->depth);
    if (key) {
        quoted_cstr(s, key);
        put(s, ": ", s->compact ? 1 : 2);
    }
}

void pl_jstream_open(pl_jstream *s, const char *key, char bracket)
{
    assert(bracket == '{' || bracket == '[');
    assert(s->depth < PL_JSTREAM_DEPTH);
    member(s, key);
    put(s, &bracket, 1);
    s->items[s->depth] = 0;
    s->close[s->depth] = bracket == '{' ? '}' : ']';
    s->depth++;
}

void pl_jstream_close(pl_jstream *s)
{
    assert(s->depth > 0);
    s->depth--;
    if (s->items[s->depth] && !s->compact)
        newline(s, s->depth);
    put(s, &s->close[s->depth], 1);
}

void pl_jstream_string(pl_jstream *s, const char *key, const char *str)
{
    member(s, key);
    if (!str) {
        put(s, "null", 4);
        return;
    }
    size_t n = strlen(str), plain = pl_json_ascii_run(str, n);
    if (plain == n) {
        char *o = room(s, n + 2);
        if (!o) {
            quoted_plain(s, str, n);
            return;
        }
        o[0] = '"';
        memcpy(o + 1, str, n);
        o[n + 1] = '"';
        s->used += n + 2;
        return;
    }
    size_t rest = n - plain;
    if (pl_utf8_valid(str + plain, rest)) {     /* the plain start is ASCII */
        quoted(s, str, n);
        return;
    }
    s->scratch.len = 0;
    if (pl_escape_utf8(&s->scratch, str, n)) {
        pl_jstream_fail(s, PARLEY_ENOMEM);
        return;
    }
    quoted(s, s->scratch.data, s->scratch.len);
}

void pl_jstream_size(pl_jstream *s, const char *key, size_t n)
{
    member(s, key);
    size_t len = 1;
    for (size_t m = n; m >= 10; m /= 10)
        len++;
    char digits[24], *o = room(s, len), *p = (o ? o : digits) + len;
    do
        *--p = (char)('0' + n % 10);
    while (n /= 10);
    if (o)
        s->used += len;
    else
        put(s, digits, len);
}

void pl_jstream_bool(pl_jstream *s, const char *key, int value)
{
    member(s, key);
    put(s, value ? "true" : "false", value ? 4 : 5);
}

int pl_jstream_finish(pl_jstream *s)
{
    assert(s->depth == 0 || s->failed);
    if (!s->to)
        put(s, "\n", 1);
    flush(s);
    if (!s->failed && s->out && ferror(s->out))
        pl_jstream_fail(s, PARLEY_EIO);
    pl_buf_free(&s->scratch);
    return s->failed;
}
