/* escape.c: sanitising strings before they reach jansson or Graphviz: UTF-8
 * repair, control characters, backslashes, entities, reserved name shapes.
 * Every rule is stated, with its reason, in escape.h. */
#include "export/escape.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int is_hex(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Does s[0..n) (just after an '&') look like the rest of an entity,
 * "name;" or "#digits;" or "#xhex;"? Graphviz would decode it in a label. */
static int entity_like(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '#')
        i++;
    size_t start = i;
    while (i < n && (is_alpha(s[i]) || is_digit(s[i])))
        i++;
    return i > start && i < n && s[i] == ';';
}

/* Does s[0..n) (just after an '&') complete what Graphviz 2.42's SVG writer
 * (xml_isentity) takes for an entity: "#x" or "#X" and hex digits, '#' and
 * digits, or letters, then ';', the digits or letters possibly none? It
 * copies those into the SVG unescaped, which for a node name, written into
 * a <title>, makes "&;", "&#;", "&#X41;", "&#0;" or "&bogus;" ill-formed
 * XML. (Labels and tooltips it escapes whole.) */
static int svg_entity_like(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '#') {
        i++;
        if (i < n && (s[i] == 'x' || s[i] == 'X'))
            for (i++; i < n && is_hex(s[i]); i++)
                ;
        else
            while (i < n && is_digit(s[i]))
                i++;
    } else {
        while (i < n && is_alpha(s[i]))
            i++;
    }
    return i < n && s[i] == ';';
}

/* The '&' rule, on the characters escape_gv has already written: appends
 * s[0..n) to b with "amp;" after each '&' that starts an entity shape (and,
 * for a name, a shape the SVG writer takes for one). */
static int escape_entities(pl_buf *b, const char *s, size_t n, int name)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '&' || !(entity_like(s + i + 1, n - i - 1) ||
                             (name && svg_entity_like(s + i + 1, n - i - 1))))
            continue;
        if (pl_buf_append(b, s + run, i + 1 - run) || pl_buf_append(b, "amp;", 4))
            return PARLEY_ENOMEM;
        run = i + 1;
    }
    return pl_buf_append(b, s + run, n - run);
}

/* XML 1.0's Char production, less what escape.h says is dropped besides.
 * Graphviz copies text into SVG as it is, so its values obey the same rule
 * (tab, LF and CR never reach it: escape_gv makes them spaces first).
 * Surrogates and code points past U+10FFFF never get here: pl_utf8_decode
 * refuses them. */
static int xml_char_kept(unsigned long cp)
{
    if (cp == '\t' || cp == '\n' || cp == '\r')
        return 1;
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
        return 0;
    return cp != 0xFFFE && cp != 0xFFFF;
}

/* The rules shared by text and names; names also take the SVG writer's
 * entity shapes. Two passes: the characters first, then the '&' rule on
 * what they gave, so that a dropped control character cannot part an '&'
 * from the rest of an entity ("&\x01#0;" becoming "&#0;") and hide it
 * (fuzz_svg found that). */
static int escape_gv(pl_buf *b, const char *s, size_t n, int name)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = b->len;
    /* append, not just reserve: pl_buf_reserve leaves a fresh buffer
     * without its NUL, and an empty value must still be "". */
    if (pl_buf_append(b, "", 0) || pl_buf_reserve(b, n))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < n;) {
        /* A run of printable ASCII other than '\\' goes in as it is, in one
         * copy: most text is such runs (a million-edge DOT export escapes
         * hundreds of megabytes). */
        size_t j = i;
        while (j < n && u[j] >= 0x20 && u[j] < 0x7F && u[j] != '\\')
            j++;
        if (j > i) {
            if (pl_buf_append(b, s + i, j - i))
                return PARLEY_ENOMEM;
            i = j;
            continue;
        }
        unsigned long cp;
        size_t len = pl_utf8_decode(u + i, n - i, &cp);
        int rc;
        if (!len) {
            rc = pl_buf_puts(b, PL_UTF8_REPLACEMENT);
            len = 1;
        } else if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') {
            rc = pl_buf_append(b, " ", 1);
        } else if (!xml_char_kept(cp)) {
            rc = 0; /* dropped */
        } else if (cp == '\\') {
            rc = pl_buf_append(b, "\\\\", 2);
        } else {
            rc = pl_buf_append(b, s + i, len);
        }
        if (rc)
            return PARLEY_ENOMEM;
        i += len;
    }
    /* Most values have no '&' at all, and cost no second pass. */
    if (!memchr(b->data + start, '&', b->len - start))
        return 0;
    pl_buf chars = PL_BUF_INIT;
    int rc = pl_buf_append(&chars, b->data + start, b->len - start);
    b->len = start;
    if (!rc)
        rc = escape_entities(b, chars.data, chars.len, name);
    pl_buf_free(&chars);
    return rc ? PARLEY_ENOMEM : 0;
}

/* Does s look like a DOT numeral without being one ("-.", "1-2", "..")?
 * Graphviz 2.42's writer leaves such a string unquoted, and its reader then
 * refuses the file (fuzz_dot found "-." as a title). A DOT numeral is
 * [-]?(.[0-9]+ | [0-9]+(.[0-9]*)?). */
static int numeral_trap(const char *s, size_t n)
{
    if (n == 0 || strspn(s, "-.0123456789") < n)
        return 0;
    size_t i = s[0] == '-';
    size_t digits = strspn(s + i, "0123456789");
    i += digits;
    if (i < n && s[i] == '.') {
        size_t frac = strspn(s + i + 1, "0123456789");
        if (!digits && !frac)
            return 1;
        i += 1 + frac;
    } else if (!digits) {
        return 1;
    }
    return i != n;
}

int pl_escape_gv_text(pl_buf *b, const char *s, size_t n)
{
    return escape_gv(b, s, n, 0);
}

int pl_escape_gv_guard(pl_buf *b)
{
    /* A backslash makes the writer quote the value; the label still reads
     * the same ("\\-" shows "-"). */
    if (!b->data || !numeral_trap(b->data, b->len))
        return 0;
    if (pl_buf_append(b, "_", 1))
        return PARLEY_ENOMEM;
    memmove(b->data + 1, b->data, b->len - 1);
    b->data[0] = '\\';
    return 0;
}

int pl_escape_gv_name(pl_buf *b, const char *s, size_t n)
{
    size_t start = b->len;
    if (escape_gv(b, s, n, 1))
        return PARLEY_ENOMEM;
    if (b->len == start)
        return pl_buf_append(b, "_", 1) ? PARLEY_ENOMEM : 0;
    /* Checked on the escaped name, not on s: a control character dropped
     * from before a '%' ("\x02%1") would otherwise let one lead. */
    if (b->data[start] == '%' || numeral_trap(b->data + start, b->len - start)) {
        if (pl_buf_append(b, "_", 1))
            return PARLEY_ENOMEM;
        memmove(b->data + start + 1, b->data + start, b->len - start - 1);
        b->data[start] = '_';
    }
    return 0;
}

int pl_escape_xml_text(pl_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    /* Kept runs are copied in one piece, as in pl_escape_utf8. */
    size_t run = 0, i = 0;
    if (pl_buf_append(b, "", 0) || pl_buf_reserve(b, n))
        return PARLEY_ENOMEM;
    while (i < n) {
        unsigned long cp;
        size_t len = pl_utf8_decode(u + i, n - i, &cp);
        if (len && xml_char_kept(cp)) {
            i += len;
            continue;
        }
        if (pl_buf_append(b, s + run, i - run) || (!len && pl_buf_puts(b, PL_UTF8_REPLACEMENT)))
            return PARLEY_ENOMEM;
        i += len ? len : 1;
        run = i;
    }
    return pl_buf_append(b, s + run, n - run);
}

int pl_escape_csv_field(pl_buf *b, const char *s, size_t n)
{
    size_t start = b->len;
    if (pl_escape_utf8(b, s, n))
        return PARLEY_ENOMEM;
    size_t len = b->len - start;
    if (strcspn(b->data + start, ",\"\r\n") == len)
        return 0;
    /* Quoted: rebuilt from a copy, with each quote doubled. */
    pl_buf plain = PL_BUF_INIT;
    int rc = pl_buf_append(&plain, b->data + start, len);
    b->len = start;
    rc = rc || pl_buf_append(b, "\"", 1);
    for (size_t i = 0, run = 0; !rc && i <= plain.len; i++) {
        if (i < plain.len && plain.data[i] != '"')
            continue;
        rc = pl_buf_append(b, plain.data + run, i - run) ||
             (i < plain.len && pl_buf_append(b, "\"\"", 2));
        run = i + 1;
    }
    rc = rc || pl_buf_append(b, "\"", 1);
    pl_buf_free(&plain);
    return rc ? PARLEY_ENOMEM : 0;
}

int pl_escape_html_text(pl_buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0;
    if (pl_buf_append(b, "", 0))
        return PARLEY_ENOMEM;
    while (i < n) {
        unsigned long cp;
        size_t len = pl_utf8_decode(u + i, n - i, &cp);
        const char *rep = NULL;
        if (!len)
            rep = PL_UTF8_REPLACEMENT;
        else if (cp == '&')
            rep = "&amp;";
        else if (cp == '<')
            rep = "&lt;";
        else if (cp == '>')
            rep = "&gt;";
        else if (cp == '"')
            rep = "&quot;";
        else if (cp == '\'')
            rep = "&#39;";
        else if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
            rep = "";
        if (!rep) {
            i += len;
            continue;
        }
        if (pl_buf_append(b, s + run, i - run) || pl_buf_puts(b, rep))
            return PARLEY_ENOMEM;
        i += len ? len : 1;
        run = i;
    }
    return pl_buf_append(b, s + run, n - run);
}

int pl_escape_json_in_html(pl_buf *b, const char *s, size_t n, parley_json_html *st)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t run = 0, i = 0;
    if (pl_buf_append(b, "", 0))
        return PARLEY_ENOMEM;
    while (i < n) {
        unsigned char c = u[i];
        char esc[8];
        const char *rep = NULL;
        size_t len = 1;
        if (c < 0x80 && c != '<' && c != '>' && c != '&') {
            /* Most bytes: copied in runs, the string state followed. */
            if (st->in_string) {
                if (st->escaped)
                    st->escaped = 0;
                else if (c == '\\')
                    st->escaped = 1;
                else if (c == '"')
                    st->in_string = 0;
            } else if (c == '"') {
                st->in_string = 1;
            } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                rep = "";
            }
            if (!rep) {
                i++;
                continue;
            }
        } else {
            unsigned long cp;
            len = pl_utf8_decode(u + i, n - i, &cp);
            st->escaped = 0;
            if (!len) {
                rep = PL_UTF8_REPLACEMENT;
                len = 1;
            } else if (cp == '<' || cp == '>' || cp == '&' || cp == 0x2028 || cp == 0x2029) {
                snprintf(esc, sizeof esc, "\\u%04lx", cp);
                rep = esc;
            } else {
                i += len;
                continue;
            }
        }
        if (pl_buf_append(b, s + run, i - run) || pl_buf_puts(b, rep))
            return PARLEY_ENOMEM;
        i += len;
        run = i;
    }
    return pl_buf_append(b, s + run, n - run);
}
