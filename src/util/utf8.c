/* utf8.c: reading and repairing UTF-8, for the exporters (whose libraries
 * refuse ill-formed text) and for the graph's document names (which must be
 * equal exactly when their written forms are). */
#include "util/utf8.h"

#include <stdint.h>
#include <string.h>

size_t pl_utf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
    /* Per lead byte: sequence length, payload mask, smallest value it may
     * encode (anything smaller is an overlong form). */
    static const struct {
        unsigned char mask, lead;
        size_t len;
        unsigned long bits, min;
    } forms[] = {
        {0xE0, 0xC0, 2, 0x1F, 0x80},
        {0xF0, 0xE0, 3, 0x0F, 0x800},
        {0xF8, 0xF0, 4, 0x07, 0x10000},
    };
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++) {
        if ((s[0] & forms[f].mask) != forms[f].lead)
            continue;
        size_t len = forms[f].len;
        if (n < len)
            return 0;
        unsigned long c = s[0] & forms[f].bits;
        for (size_t i = 1; i < len; i++) {
            if ((s[i] & 0xC0) != 0x80)
                return 0;
            c = (c << 6) | (s[i] & 0x3F);
        }
        if (c < forms[f].min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        *cp = c;
        return len;
    }
    return 0; /* a continuation byte or 0xF8..0xFF where a character starts */
}

int pl_utf8_valid(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        /* ASCII, the bulk of a sentence, eight bytes at a time. */
        uint64_t w;
        while (i + 8 <= n && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ULL)))
            i += 8;
        if (i >= n)
            break;
        unsigned long cp;
        size_t len = pl_utf8_decode(u + i, n - i, &cp);
        if (!len)
            return 0;
        i += len;
    }
    return 1;
}

int pl_escape_utf8(pl_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    /* Valid runs are copied in one piece; only bad bytes cost a call each. */
    size_t run = 0, i = 0;
    while (i < n) {
        unsigned long cp;
        size_t len = pl_utf8_decode(u + i, n - i, &cp);
        if (len) {
            i += len;
            continue;
        }
        if (pl_buf_append(b, s + run, i - run) || pl_buf_puts(b, PL_UTF8_REPLACEMENT))
            return PARLEY_ENOMEM;
        run = ++i;
    }
    /* Always append, even nothing, so b->data is non-NULL afterwards. */
    return pl_buf_append(b, s + run, n - run);
}
