/* json_line.c: the fast path of a JSON Lines article. A line is checked in
 * one pass and its "text" string unescaped where it lies, without building
 * a tree. Written by hand because jansson, parley's JSON library, only
 * decodes a whole document into a tree: its lexer takes the line a byte at
 * a time through a stream and copies the text (the bulk of every line) into
 * a new string, which cost a quarter of a JSON Lines run. jansson still
 * decodes the small "id" and "date" values (cli_json_article), and the
 * whole line whenever this scan is not sure: anything it does not accept
 * here, it leaves to jansson, whose messages name what is wrong. */
#include "cli/cli.h"

#include <string.h>

/* Containers nested deeper than this in a line are left to jansson. */
#define SCAN_DEPTH 64
/* Integers of more digits than this are left to jansson (which tells a
 * too big integer); so are fractions and exponents (an overflowing real). */
#define SCAN_DIGITS 18

typedef struct scan {
    const unsigned char *p, *end;
} scan;

static void skip_space(scan *s)
{
    while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
        s->p++;
}

/* Length of the valid UTF-8 character at p (first byte >= 0x80), or 0:
 * no overlong forms, no surrogates, nothing past U+10FFFF, as jansson. */
static size_t utf8_char(const unsigned char *p, const unsigned char *end)
{
    unsigned c = p[0], cp, min;
    size_t n;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

static int hex4(const unsigned char *p, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i], d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            d = (c | 0x20) - 'a' + 10;
        else
            return 0;
        v = v << 4 | d;
    }
    *out = v;
    return 1;
}

/* A \u escape at p (pointing at the 'u'): its code point and the bytes it
 * takes (a surrogate pair takes two escapes), or 0 when jansson would
 * refuse it. */
static size_t unicode_escape(const unsigned char *p, const unsigned char *end, unsigned *cp)
{
    if (end - p < 5 || !hex4(p + 1, cp))
        return 0;
    if (*cp >= 0xDC00 && *cp <= 0xDFFF)
        return 0;
    if (*cp < 0xD800 || *cp > 0xDBFF)
        return 5;
    unsigned lo;
    if (end - p < 11 || p[5] != '\\' || p[6] != 'u' || !hex4(p + 7, &lo) || lo < 0xDC00 ||
        lo > 0xDFFF)
        return 0;
    *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
    return 11;
}

/* Checks the string whose opening quote is at s->p and moves past its
 * closing quote. *escaped says whether it holds a backslash. */
static int skip_string(scan *s, int *escaped)
{
    const unsigned char *p = s->p + 1, *end = s->end;
    *escaped = 0;
    for (;;) {
        /* On to a '"', '\\', control character or byte of a multi-byte
         * UTF-8 character. */
        p += pl_json_ascii_run((const char *)p, (size_t)(end - p));
        if (p == end || *p < 0x20)
            return 0;
        if (*p == '"')
            break;
        if (*p == '\\') {
            *escaped = 1;
            if (end - p < 2)
                return 0;
            unsigned cp;
            size_t n = 2;
            switch (p[1]) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                break;
            case 'u':
                if (!(n = unicode_escape(p + 1, end, &cp)))
                    return 0;
                n++;
                break;
            default:
                return 0;
            }
            p += n;
            continue;
        }
        size_t n = utf8_char(p, end);
        if (!n)
            return 0;
        p += n;
    }
    s->p = p + 1;
    return 1;
}

static int skip_value(scan *s, int depth);

static int skip_number(scan *s)
{
    const unsigned char *p = s->p;
    if (p < s->end && *p == '-')
        p++;
    const unsigned char *digits = p;
    while (p < s->end && *p >= '0' && *p <= '9')
        p++;
    size_t n = (size_t)(p - digits);
    if (n == 0 || n > SCAN_DIGITS || (n > 1 && *digits == '0'))
        return 0;
    if (p < s->end && (*p == '.' || *p == 'e' || *p == 'E'))
        return 0;
    s->p = p;
    return 1;
}

static int skip_word(scan *s, const char *word, size_t n)
{
    if ((size_t)(s->end - s->p) < n || memcmp(s->p, word, n) != 0)
        return 0;
    s->p += n;
    /* jansson reads a run of letters as one word: "truex" is no "true". */
    return s->p == s->end || !((*s->p | 0x20) >= 'a' && (*s->p | 0x20) <= 'z');
}

/* Skips an array or an object (open bracket at s->p). */
static int skip_container(scan *s, int depth)
{
    int object = *s->p == '{', escaped;
    unsigned char close = object ? '}' : ']';
    if (depth >= SCAN_DEPTH)
        return 0;
    s->p++;
    skip_space(s);
    if (s->p < s->end && *s->p == close) {
        s->p++;
        return 1;
    }
    for (;;) {
        if (object) {
            if (s->p == s->end || *s->p != '"' || !skip_string(s, &escaped))
                return 0;
            skip_space(s);
            if (s->p == s->end || *s->p != ':')
                return 0;
            s->p++;
            skip_space(s);
        }
        if (!skip_value(s, depth + 1))
            return 0;
        skip_space(s);
        if (s->p == s->end)
            return 0;
        if (*s->p == close) {
            s->p++;
            return 1;
        }
        if (*s->p != ',')
            return 0;
        s->p++;
        skip_space(s);
    }
}

static int skip_value(scan *s, int depth)
{
    int escaped;
    if (s->p == s->end)
        return 0;
    switch (*s->p) {
    case '"': return skip_string(s, &escaped);
    case '{': case '[': return skip_container(s, depth);
    case 't': return skip_word(s, "true", 4);
    case 'f': return skip_word(s, "false", 5);
    case 'n': return skip_word(s, "null", 4);
    default: return skip_number(s);
    }
}

/* Writes code point cp as UTF-8 at o; returns its length. */
static size_t put_utf8(unsigned char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | cp >> 6);
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | cp >> 12);
        o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | cp >> 18);
    o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Unescapes the checked string [p, end) (without its quotes) where it
 * lies: an escape is never shorter than what it stands for. Returns the
 * length of the result, which is NUL-terminated. */
static size_t unescape(unsigned char *p, unsigned char *end)
{
    unsigned char *start = p, *o = p;
    while (p < end) {
        unsigned char *bs = memchr(p, '\\', (size_t)(end - p));
        size_t run = (size_t)((bs ? bs : end) - p);
        if (o != p)
            memmove(o, p, run);
        o += run;
        p += run;
        if (!bs)
            break;
        unsigned cp;
        switch (p[1]) {
        case 'b': *o++ = '\b'; p += 2; break;
        case 'f': *o++ = '\f'; p += 2; break;
        case 'n': *o++ = '\n'; p += 2; break;
        case 'r': *o++ = '\r'; p += 2; break;
        case 't': *o++ = '\t'; p += 2; break;
        case 'u':
            p += 1 + unicode_escape(p + 1, end, &cp);
            o += put_utf8(o, cp);
            break;
        default: *o++ = p[1]; p += 2; break; /* '"', '\\', '/' */
        }
    }
    *o = '\0';
    return (size_t)(o - start);
}

int cli_json_line_scan(char *line, size_t len, cli_json_fields *out)
{
    scan s = {(const unsigned char *)line, (const unsigned char *)line + len};
    const unsigned char *text = NULL, *text_end = NULL;
    int text_escaped = 0;
    memset(out, 0, sizeof *out);
    skip_space(&s);
    if (s.p == s.end || *s.p != '{')
        return 0;
    s.p++;
    skip_space(&s);
    int first = 1;
    while (s.p < s.end && *s.p != '}') {
        if (!first) {
            if (*s.p != ',')
                return 0;
            s.p++;
            skip_space(&s);
        }
        first = 0;
        const unsigned char *key = s.p + 1;
        int escaped;
        if (s.p == s.end || *s.p != '"' || !skip_string(&s, &escaped) || escaped)
            return 0; /* a key with escapes may spell "text": jansson's to read */
        size_t klen = (size_t)(s.p - 1 - key);
        skip_space(&s);
        if (s.p == s.end || *s.p != ':')
            return 0;
        s.p++;
        skip_space(&s);
        const unsigned char *value = s.p;
        if (klen == 4 && memcmp(key, "text", 4) == 0) {
            /* A second "text" (jansson keeps the last), or one that is no
             * string (jansson's message says what it is): not here. */
            if (text || s.p == s.end || *s.p != '"' || !skip_string(&s, &text_escaped))
                return 0;
            text = value + 1;
            text_end = s.p - 1;
        } else {
            if (!skip_value(&s, 1))
                return 0;
            const char **span = NULL;
            size_t *span_len = NULL;
            if (klen == 2 && memcmp(key, "id", 2) == 0)
                span = &out->id, span_len = &out->id_len;
            else if (klen == 4 && memcmp(key, "date", 4) == 0)
                span = &out->date, span_len = &out->date_len;
            if (span && *span)
                return 0; /* a second "id" or "date" */
            if (span) {
                *span = (const char *)value;
                *span_len = (size_t)(s.p - value);
            }
        }
        skip_space(&s);
    }
    if (s.p == s.end || !text)
        return 0;
    s.p++;
    skip_space(&s);
    if (s.p != s.end)
        return 0; /* more after the object */
    /* The line is good JSON: only now is it changed. */
    unsigned char *t = (unsigned char *)line + (text - (const unsigned char *)line);
    unsigned char *te = (unsigned char *)line + (text_end - (const unsigned char *)line);
    out->text = (char *)t;
    if (text_escaped) {
        out->text_len = unescape(t, te);
    } else {
        out->text_len = (size_t)(te - t);
        *te = '\0';
    }
    return 1;
}
