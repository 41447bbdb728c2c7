/* document.c: loading an article. Invalid UTF-8 and NUL bytes are replaced
 * by spaces in a same-length working copy (offsets stay those of the
 * original bytes), and the optional " date YYYY-MM-DD" header is read. */
#include "text/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

void pl_text_free(ptext *t)
{
    free(t->clean_buf);
    free(t->tok);
    free(t->norm);
    free(t->sent);
    free(t->brk);
    memset(t, 0, sizeof *t);
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when invalid
 * (overlong forms, surrogates and code points past U+10FFFF included). */
static size_t utf8_valid_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return c ? 1 : 0;
    size_t len;
    unsigned cp, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

static void read_date_header(ptext *t, const char *name, const parley_options *opts)
{
    const char *s = t->clean;
    size_t i = 0, n = t->len;
    /* Skip a UTF-8 byte order mark (already kept as is) and leading blanks. */
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    if (i + 5 > n || memcmp(s + i, "date", 4) != 0 || (s[i + 4] != ' ' && s[i + 4] != '\t'))
        return;
    size_t j = i + 4;
    while (j < n && (s[j] == ' ' || s[j] == '\t'))
        j++;
    size_t k = j;
    while (k < n && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r')
        k++;
    char buf[16];
    int y, m, d;
    size_t dl = k - j;
    if (dl == 10) {
        memcpy(buf, s + j, 10);
        buf[10] = '\0';
        if (pl_date_parse(buf, &y, &m, &d)) {
            memcpy(t->date, buf, 11);
            t->body = k;
            return;
        }
    }
    /* Looked like a header but the date is not a real YYYY-MM-DD: say so and
     * read the line as text. */
    if (opts && opts->warn) {
        char msg[96];
        snprintf(msg, sizeof msg, "date header '%.*s' is not a valid YYYY-MM-DD date; ignored",
                 (int)(dl > 20 ? 20 : dl), s + j);
        opts->warn(opts->warn_userdata, name, j, msg);
    }
}

/* The offset of the first byte from i on that is NUL or from 0x80 up (n
 * when none): plain ASCII, the bulk of news, is passed over sixteen or
 * eight bytes at a time. */
static size_t skip_ascii(const unsigned char *s, size_t i, size_t n)
{
#if defined(__SSE2__)
    const __m128i zero = _mm_setzero_si128();
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* A byte's top bit: set from 0x80 up, and in the compare for NUL. */
        int m = _mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, zero)));
        if (m)
            return i + (size_t)__builtin_ctz((unsigned)m);
    }
#else
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        /* (w - 0x01..) & ~w flags a zero byte (and may flag a byte above
         * it, past the first one sought), w flags a byte from 0x80 up. */
        if ((((w - 0x0101010101010101ULL) & ~w) | w) & 0x8080808080808080ULL)
            break;
    }
#endif
    while (i < n && s[i] && s[i] < 0x80)
        i++;
    return i;
}

int pl_text_load(ptext *t, const char *name, const char *raw, size_t len, int strict,
                 const parley_options *opts, parley_error *err)
{
    if (len > UINT32_MAX - 1)
        return pl_fail(err, PARLEY_ELIMIT, -1, "%s: article larger than 4 GiB", name);
    t->raw = raw;
    t->clean = raw;
    t->len = len;
    t->body = 0;
    t->date[0] = '\0';
    t->ntok = t->norm_len = t->nsent = 0;

    /* Checked where it lies; copied only when a byte must be replaced, and
     * then from the first such byte on in the copy. */
    size_t bad = 0, nul = 0, first_bad = 0;
    const unsigned char *s = (const unsigned char *)raw;
    char *out = NULL;
    size_t i = 0;
    while (i < len) {
        size_t j = skip_ascii(s, i, len);
        if (out && j > i)
            memcpy(out + i, s + i, j - i);
        i = j;
        if (i >= len)
            break;
        size_t l = utf8_valid_len(s + i, len - i);
        if (l) {
            if (out)
                memcpy(out + i, s + i, l);
            i += l;
            continue;
        }
        if (strict && s[i] == 0)
            return pl_fail(err, PARLEY_EINPUT, (long long)i, "%s: offset %zu: NUL byte", name, i);
        if (strict)
            return pl_fail(err, PARLEY_EINPUT, (long long)i,
                           "%s: offset %zu: invalid UTF-8 byte 0x%02X", name, i, s[i]);
        if (!out) {
            if (t->clean_cap < len + 1) {
                char *p = realloc(t->clean_buf, len + 1);
                if (!p)
                    return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
                t->clean_buf = p;
                t->clean_cap = len + 1;
            }
            out = t->clean_buf;
            memcpy(out, s, i);
            out[len] = '\0';
            t->clean = out;
        }
        if (!bad++)
            first_bad = i;
        nul += s[i] == 0;
        out[i++] = ' ';
    }
    if (bad && opts && opts->warn) {
        /* Counted in bytes, each one replaced by a space. */
        char msg[96];
        snprintf(msg, sizeof msg, "%zu %s byte%s replaced by spaces (first at this offset)", bad,
                 nul == bad ? "NUL" : nul ? "invalid UTF-8 or NUL" : "invalid UTF-8",
                 bad == 1 ? "" : "s");
        opts->warn(opts->warn_userdata, name, first_bad, msg);
    }
    read_date_header(t, name, opts);
    return 0;
}
