/* tokenize.c: one pass over the cleaned bytes into tokens. Each token keeps
 * its byte offsets, a shape (capitalisation) and a normalised form (lower
 * case, Latin accents removed, typographic quotes folded) for lookups.
 * Each character is decoded once: the shape and the normalised form are
 * built as the scan passes. Buffers grow by doubling and are reused across
 * documents. */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* Base letters for U+00C0..U+017F (0 = not a letter); case as in the table. */
static const char latin1_fold[64] =
    "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
static const char latin_ext_fold[128] =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

enum { CH_SPACE, CH_NEWLINE, CH_LETTER, CH_DIGIT, CH_PUNCT };

typedef struct uchar {
    unsigned cp;
    int len;
    int cls;
    char fold;  /* ASCII base letter (case kept), or 0 */
    char punct; /* ASCII stand-in for punctuation, or 0 */
} uchar;

/* Classes of the ASCII bytes: the common case is one load. */
#define S CH_SPACE
#define N CH_NEWLINE
#define L CH_LETTER
#define D CH_DIGIT
#define P CH_PUNCT
static const unsigned char ascii_cls[128] = {
    S, S, S, S, S, S, S, S, S, S, N, S, S, S, S, S,
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, S,
};
#undef S
#undef N
#undef L
#undef D
#undef P

/* ASCII letters in lower case, 0 for every other byte: the words' inner
 * loop is one load per letter. */
static const char ascii_lower[256] = {
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g',
    ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n',
    ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r', ['S'] = 's', ['T'] = 't', ['U'] = 'u',
    ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b',
    ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i',
    ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p',
    ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w',
    ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* The base letter of a letter outside the tables above (Latin Extended-B
 * and Additional: "ạ", "ơ", "ǎ"), by utf8proc's compatibility decomposition
 * with the marks stripped; 0 when it is no accented Latin letter. The schwa
 * (Azerbaijani "Əliyev") has no decomposition: English writes it "a". */
static char fold_other(unsigned cp)
{
    if (cp == 0x18F)
        return 'A';
    if (cp == 0x259)
        return 'a';
    utf8proc_int32_t buf[4];
    int last = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, buf, 4,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                                 UTF8PROC_STRIPMARK, &last);
    if (n == 1 && buf[0] < 0x80 && ascii_lower[buf[0]])
        return (char)buf[0];
    return 0;
}

static inline uchar decode(const unsigned char *s, size_t n)
{
    uchar u = {s[0], 1, CH_PUNCT, 0, 0};
    unsigned c = s[0];
    if (c < 0x80) {
        u.cls = ascii_cls[c];
        if (u.cls == CH_LETTER)
            u.fold = (char)c;
        else if (u.cls == CH_PUNCT)
            u.punct = (char)c;
        return u;
    }
    /* The cleaned copy holds only valid UTF-8. */
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if ((size_t)len > n)
        len = (int)n;
    unsigned cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (int i = 1; i < len; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    u.cp = cp;
    u.len = len;
    u.cls = CH_LETTER;
    if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
        cp == 0x3000 || cp == 0xFEFF) {
        u.cls = CH_SPACE;
    } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
        u.cls = CH_NEWLINE;
    } else if (cp >= 0xC0 && cp <= 0xFF) {
        u.fold = latin1_fold[cp - 0xC0];
        if (!u.fold) { u.cls = CH_PUNCT; u.punct = '*'; }
    } else if (cp >= 0x100 && cp <= 0x17F) {
        u.fold = latin_ext_fold[cp - 0x100];
    } else if ((cp >= 0x180 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)) {
        u.fold = fold_other(cp); /* other scripts' letters keep fold 0 */
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x2032 || cp == 0x02BC) {
        u.cls = CH_PUNCT; u.punct = '\'';
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB) {
        u.cls = CH_PUNCT; u.punct = '"';
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == 0xFF0D) {
        u.cls = CH_PUNCT; u.punct = '-'; /* dashes, and the minus sign some write for one */
    } else if (cp == 0x2026) {
        u.cls = CH_PUNCT; u.punct = '.';
    } else if (cp < 0xC0 || (cp >= 0x2016 && cp <= 0x2BFF) || (cp >= 0x3001 && cp <= 0x303F) ||
               (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
               (cp >= 0x1F000 && cp <= 0x1FAFF)) {
        u.cls = CH_PUNCT; u.punct = '*';
    }
    return u;
}


static int is_word_char(const uchar *u)
{
    return u->cls == CH_LETTER || u->cls == CH_DIGIT;
}

/* A token while the scan is inside it: its normalised form is written
 * straight into the norm buffer (room for the rest of the text was made when
 * it began), and its shape is settled from the characters as they pass, so
 * each character is decoded once. */
typedef struct tokacc {
    char *o;      /* its normalised form, in t->norm */
    size_t k;     /* bytes written */
    int shape;    /* TOK_*, from the first character */
    int letters;  /* letters seen (for TOK_UPPER) */
    int lower;    /* a lower-case letter seen */
    int hyphen;   /* a '-' written to the normalised form (TOKF_HYPHEN) */
} tokacc;

/* Normalised forms stop growing at this many bytes. */
#define NORM_MAX 1000
/* Bytes the norm buffer keeps past the last form: a token's form may be
 * read eight bytes at a time (pl_lexicon_intern). */
#define NORM_SLACK 16

/* Adds one decoded character (its bytes at p) to the token. */
static inline void acc_char(tokacc *ac, const unsigned char *p, const uchar *u)
{
    if (u->fold) {
        ac->letters++;
        ac->lower |= u->fold >= 'a' && u->fold <= 'z';
    }
    if (ac->k >= NORM_MAX)
        return;
    if (u->fold) {
        ac->o[ac->k++] = (char)(u->fold | 0x20);
        if (u->cp == 0xDF)
            ac->o[ac->k++] = 's'; /* sharp s folds to ss */
    } else if (u->punct) {
        ac->o[ac->k++] = u->punct;
        ac->hyphen |= u->punct == '-';
    } else {
        memcpy(ac->o + ac->k, p, (size_t)u->len); /* other scripts: bytes as they are */
        ac->k += (size_t)u->len;
    }
}

/* Starts a token whose first character is u (room for the token and
 * its normalised form was made) and takes the shape from u. */
static void acc_begin(ptext *t, tokacc *ac, const uchar *u)
{
    ac->o = t->norm + t->norm_len;
    ac->k = 0;
    ac->letters = ac->lower = ac->hyphen = 0;
    if (u->cls == CH_DIGIT)
        ac->shape = TOK_DIGIT;
    else if (u->cls == CH_PUNCT)
        ac->shape = TOK_PUNCT;
    else if (!u->fold)
        ac->shape = TOK_OTHER;
    else if (u->fold >= 'a' && u->fold <= 'z')
        ac->shape = TOK_LOWER;
    else
        ac->shape = TOK_CAP; /* TOK_UPPER is decided at the end */
}

/* Lists token k for the sentence splitter (ptext.brk) when it is a mark,
 * a word in capitals or after a line break; room was made with the token's. */
static inline void note_break(ptext *t, size_t k, int shape, int flags)
{
    if (shape == TOK_PUNCT || shape == TOK_UPPER || (flags & (TOKF_PARA_START | TOKF_LINE_START)))
        t->brk[t->nbrk++] = (uint32_t)k;
}

/* Room in ptext.brk for as many tokens as ptext.tok has. */
static int brk_room(ptext *t)
{
    uint32_t *b = realloc(t->brk, t->tok_cap * sizeof *b);
    if (!b)
        return PARLEY_ENOMEM;
    t->brk = b;
    t->brk_cap = t->tok_cap;
    return 0;
}

/* Room for one more token, and for listing it (ptext.brk). */
static int tok_grow(ptext *t)
{
    if (pl_grow((void **)&t->tok, &t->tok_cap, t->ntok + 1, sizeof *t->tok))
        return PARLEY_ENOMEM;
    return t->brk_cap < t->tok_cap ? brk_room(t) : 0;
}

/* Ends the token as bytes [a, b). */
static inline void acc_end(ptext *t, tokacc *ac, size_t a, size_t b, int flags)
{
    text_token *k = &t->tok[t->ntok++];
    k->start = (uint32_t)a;
    k->end = (uint32_t)b;
    k->flags = (uint8_t)(flags | (ac->hyphen ? TOKF_HYPHEN : 0));
    /* Capitalised; all capitals when every later letter is upper case too. */
    if (ac->shape == TOK_CAP && !ac->lower && ac->letters >= 2)
        ac->shape = TOK_UPPER;
    k->shape = (uint8_t)ac->shape;
    note_break(t, t->ntok - 1, ac->shape, flags);
    ac->o[ac->k] = '\0';
    k->norm = (uint32_t)t->norm_len;
    k->normlen = (uint16_t)ac->k;
    k->lex = -1;
    t->norm_len += ac->k + 1;
}

/* Is any of the ASCII letters p[0..n) lower case (bit 0x20)? Asked of a
 * word that begins with a capital: its second letter mostly answers. */
static inline int any_lower(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] & 0x20)
            return 1;
    return 0;
}

/* What may follow a word of ASCII letters for it to end there: 1 for
 * white space and the marks that cannot join it, 2 for a period (which
 * joins a one-letter word: "U.S."), 0 for what goes on with the word or
 * needs the general path (a hyphen, an apostrophe, a digit, a byte from
 * 0x80 up; letters never get here). */
static const unsigned char ends_ascii_word[256] = {
    [0] = 1, [1] = 1, [2] = 1, [3] = 1, [4] = 1, [5] = 1, [6] = 1, [7] = 1, [8] = 1, [9] = 1,
    [10] = 1, [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [16] = 1, [17] = 1, [18] = 1,
    [19] = 1, [20] = 1, [21] = 1, [22] = 1, [23] = 1, [24] = 1, [25] = 1, [26] = 1, [27] = 1,
    [28] = 1, [29] = 1, [30] = 1, [31] = 1, [' '] = 1, ['!'] = 1, ['"'] = 1, ['#'] = 1,
    ['$'] = 1, ['%'] = 1, ['&'] = 1, ['('] = 1, [')'] = 1, ['*'] = 1, ['+'] = 1, [','] = 1,
    ['.'] = 2, ['/'] = 1, [':'] = 1, [';'] = 1, ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1,
    ['@'] = 1, ['['] = 1, ['\\'] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1, ['{'] = 1,
    ['|'] = 1, ['}'] = 1, ['~'] = 1, [127] = 1,
};

/* The ends of the token table, its sentence-splitter list and the norm
 * buffer while a run of words is made (word_run): in locals, not in the
 * ptext, since each store into the norm buffer may alias the ptext's
 * fields and would have the compiler read them again for every word. */
typedef struct wcur {
    text_token *tok;
    size_t ntok, cap;
    uint32_t *brk;
    size_t nbrk;
    char *norm;
    size_t norm_len;
} wcur;

static inline void wcur_get(wcur *r, const ptext *t)
{
    r->tok = t->tok;
    r->ntok = t->ntok;
    r->cap = t->tok_cap;
    r->brk = t->brk;
    r->nbrk = t->nbrk;
    r->norm = t->norm;
    r->norm_len = t->norm_len;
}

static inline void wcur_put(const wcur *r, ptext *t)
{
    t->ntok = r->ntok;
    t->nbrk = r->nbrk;
    t->norm_len = r->norm_len;
}

/* tok_grow while a run is made: the cursor's counts go to the ptext and
 * its arrays come back. */
static int wcur_grow(wcur *r, ptext *t)
{
    wcur_put(r, t);
    int rc = tok_grow(t);
    wcur_get(r, t);
    return rc;
}

/* The commonest token: a word of ASCII letters that ends at white space,
 * at the end of the text or at a mark that cannot join it (not a hyphen,
 * an apostrophe, or the period of "U.S."), and goes on with no digit or
 * other character. Its letters are lower-cased into the norm buffer in
 * one loop; returns 1 with *pi past the token when it is of this kind.
 * Otherwise returns 0 with *pi at the first byte that is no ASCII letter,
 * so that the general path goes on from there (the letters written stay; the token is not counted). The
 * token table has room for one more token and the norm buffer for the
 * rest of the text (pl_text_tokenize made both). */
static inline int ascii_word(wcur *r, const unsigned char *s, size_t n, size_t *pi, int flags)
{
    size_t a = *pi, i = a;
    char *o = r->norm + r->norm_len;
#if defined(__SSE2__)
    /* Sixteen bytes at a time, as below but in one vector register, which
     * holds most words whole: c | 0x20 plus 31 is, as a signed byte, below
     * -102 for the letters alone (they wrap to -128..-103; a byte from
     * 0x80 up comes to -65 or above). */
    while (i + 16 <= n) {
        __m128i x = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)),
                                 _mm_set1_epi8(0x20));
        __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(31)), _mm_set1_epi8(-102));
        _mm_storeu_si128((__m128i *)(void *)(o + (i - a)), x);
        unsigned not_letter = ~(unsigned)_mm_movemask_epi8(letter) & 0xFFFF;
        if (!not_letter) {
            i += 16;
            continue;
        }
        i += (unsigned)__builtin_ctz(not_letter);
        goto ended;
    }
#endif
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* Eight bytes at a time while they are letters: a byte c is one when
     * c < 0x80 and c | 0x20 lies in 'a'..'z' (adding 0x1F carries into bit
     * 7 from 0x61 up, adding 0x05 from 0x7B up; nothing carries between
     * bytes below 0x80). The lower-cased bytes are stored whole: room for
     * the rest of the text was made, and those past the word are
     * overwritten or left beyond its end. */
    while (i + 8 <= n) {
        uint64_t w, hi = 0x8080808080808080ULL;
        memcpy(&w, s + i, 8);
        uint64_t x = w | 0x2020202020202020ULL;
        uint64_t not_letter =
            (w & hi) | (~((x + 0x1F1F1F1F1F1F1F1FULL) & ~(x + 0x0505050505050505ULL)) & hi);
        memcpy(o + (i - a), &x, 8);
        if (!not_letter) {
            i += 8;
            continue;
        }
        /* The first byte that is no letter: the lowest flagged one (a
         * byte from 0x80 up carries into the bytes above it only). */
        i += (unsigned)__builtin_ctzll(not_letter) >> 3;
        goto ended;
    }
#endif
    for (char lc; i < n && (lc = ascii_lower[s[i]]); i++)
        o[i - a] = lc;
#if defined(__SSE2__) || \
    (defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
ended:;
#endif
    size_t len = i - a;
    *pi = i;
    if (i < n && s[i] != ' ') { /* a space, the commonest end, without the table */
        unsigned e = ends_ascii_word[s[i]];
        if (!e || (e == 2 && len == 1))
            return 0;
    }
    if (len >= NORM_MAX)
        return 0;
    o[len] = '\0';
    text_token *k = &r->tok[r->ntok++];
    k->start = (uint32_t)a;
    k->end = (uint32_t)i;
    k->norm = (uint32_t)r->norm_len;
    k->normlen = (uint16_t)len;
    int shape = s[a] & 0x20 ? TOK_LOWER
              : len >= 2 && !any_lower(s + a + 1, len - 1) ? TOK_UPPER : TOK_CAP;
    k->shape = (uint8_t)shape;
    k->flags = (uint8_t)flags;
    if (shape == TOK_UPPER || (flags & (TOKF_PARA_START | TOKF_LINE_START))) /* note_break */
        r->brk[r->nbrk++] = (uint32_t)(r->ntok - 1);
    k->lex = -1;
    r->norm_len += len + 1;
    return 1;
}

/* An ASCII mark (not an apostrophe, which may start a possessive) at i:
 * a token of its own byte; room was made as for ascii_word. */
static inline void mark_token(wcur *r, const unsigned char *s, size_t i, int flags)
{
    text_token *k = &r->tok[r->ntok++];
    k->start = (uint32_t)i;
    k->end = (uint32_t)(i + 1);
    k->norm = (uint32_t)r->norm_len;
    k->normlen = 1;
    k->shape = TOK_PUNCT;
    k->flags = (uint8_t)(flags | (s[i] == '-' ? TOKF_HYPHEN : 0));
    r->brk[r->nbrk++] = (uint32_t)(r->ntok - 1);
    k->lex = -1;
    r->norm[r->norm_len] = (char)s[i];
    r->norm[r->norm_len + 1] = '\0';
    r->norm_len += 2;
}

/* A mark token that began at a and goes on at i: a possessive 's right
 * after a word ("Russia's") takes its s. Returns the token's end. */
static size_t mark_end(const ptext *t, tokacc *ac, const unsigned char *s, size_t n, size_t a,
                       size_t i, const uchar *u, int flags)
{
    if (u->punct == '\'' && t->ntok && !(flags & TOKF_SPACE_BEFORE) &&
        t->tok[t->ntok - 1].end == a && i < n && (s[i] | 0x20) == 's') {
        size_t e = i + 1;
        uchar after = e < n ? decode(s + e, n - e) : (uchar){0, 1, CH_SPACE, 0, 0};
        if (!is_word_char(&after)) {
            uchar sc = decode(s + i, 1);
            acc_char(ac, s + i, &sc);
            i = e;
        }
    }
    return i;
}

/* ASCII letters from i, the bulk of every word: lower-cased in a tight
 * loop (up to the cap on normalised forms); bit 0x20 of a letter says it
 * is lower case. s[i] is one. Returns where they end. */
static size_t ascii_letters(tokacc *ac, const unsigned char *s, size_t n, size_t i)
{
    unsigned ch = s[i];
    char lc = ascii_lower[ch];
    size_t lim = n - i < NORM_MAX - ac->k ? n : i + (NORM_MAX - ac->k);
    size_t i0 = i, k = ac->k;
    char *o = ac->o;
    unsigned bits = 0;
    do {
        bits |= ch;
        o[k++] = lc;
        if (++i == lim)
            break;
        ch = s[i];
        lc = ascii_lower[ch];
    } while (lc);
    ac->k = k;
    ac->letters += (int)(i - i0);
    ac->lower |= (bits & 0x20) != 0;
    return i;
}

/* The rest of a word that began at a and goes on at i: letters and
 * digits, joined across a hyphen, an apostrophe followed by a letter
 * (d'Ivoire) unless it is a possessive 's, dotted capitals (U.S., U.N.)
 * and digit groups (1,000 3.5). Returns the word's end; when the word
 * ended on a character it decoded, that is *u and *have is set. */
static size_t word_end(tokacc *ac, const unsigned char *s, size_t n, size_t a, size_t i,
                       uchar *u, int *have)
{
    int letters_dotted = u->cls == CH_LETTER && u->len == 1 && s[a] >= 'A' && s[a] <= 'Z';
    while (i < n) {
        if (ascii_lower[s[i]] && ac->k < NORM_MAX) {
            i = ascii_letters(ac, s, n, i);
            continue;
        }
        if ((unsigned)(s[i] - '0') < 10) { /* ASCII digits: kept as they are */
            do {
                if (ac->k < NORM_MAX)
                    ac->o[ac->k++] = (char)s[i];
            } while (++i < n && (unsigned)(s[i] - '0') < 10);
            continue;
        }
        uchar v = decode(s + i, n - i);
        if (is_word_char(&v)) {
            acc_char(ac, s + i, &v);
            i += (size_t)v.len;
            continue;
        }
        if (v.cls == CH_PUNCT && i + (size_t)v.len < n) {
            size_t j = i + (size_t)v.len;
            uchar w = decode(s + j, n - j);
            int join = 0;
            /* a hyphen joins words; an em dash (U+2014) or a horizontal bar
             * (U+2015) between words parts them, as a comma would */
            if (v.punct == '-' && is_word_char(&w) && v.cp != 0x2014 && v.cp != 0x2015) {
                join = 1;
            } else if (v.punct == '\'' && w.cls == CH_LETTER) {
                int poss = (s[j] | 0x20) == 's';
                if (poss && j + 1 < n) {
                    uchar x = decode(s + j + 1, n - j - 1);
                    poss = !is_word_char(&x);
                }
                join = !poss;
            }
            if (!join && (v.punct == ',' || v.punct == '.') && w.cls == CH_DIGIT &&
                s[i - 1] >= '0' && s[i - 1] <= '9')
                join = 1;
            if (join) { /* the mark and the word character after it */
                acc_char(ac, s + i, &v);
                acc_char(ac, s + j, &w);
                i = j + (size_t)w.len;
                continue;
            }
            if (v.punct == '.' && letters_dotted && i - a == 1 && s[j] >= 'A' && s[j] <= 'Z' &&
                j + 1 < n && s[j + 1] == '.') {
                /* U.S. / U.N. / U.K. / E.U.: take every letter-dot pair. */
                acc_char(ac, s + i, &v);
                i = j;
                do {
                    uchar l = decode(s + i, 1), d = decode(s + i + 1, 1);
                    acc_char(ac, s + i, &l);
                    acc_char(ac, s + i + 1, &d);
                    i += 2;
                } while (i + 1 < n && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.');
                break;
            }
        }
        *u = v; /* not part of the word: the next token's first character */
        *have = 1;
        break;
    }
    return i;
}

/* A run of ascii_word tokens from *pi, the first with flags, each later
 * one after one space or after a mark and one space (", the", ". The",
 * the mark made as pl_text_tokenize's loop makes it): most of a text.
 * Returns 1 with *pi past the run and *flags what comes before the next
 * token; 0 when the first word is not of that kind (*pi at its first byte
 * that is no ASCII letter); PARLEY_ENOMEM. Room for one token was made. */
static inline int word_run(ptext *t, const unsigned char *s, size_t n, size_t *pi, int *flags)
{
    wcur r;
    wcur_get(&r, t);
    size_t i = *pi;
    if (!ascii_word(&r, s, n, &i, *flags)) {
        *pi = i;
        return 0;
    }
    *flags = 0;
    for (;;) {
        size_t w;
        if (i + 1 < n && s[i] == ' ' && ascii_lower[s[i + 1]]) {
            w = i + 1;
        } else if (i + 2 < n && s[i + 1] == ' ' && ascii_lower[s[i + 2]] && s[i] < 0x80 &&
                   ascii_cls[s[i]] == CH_PUNCT && s[i] != '\'') {
            if (r.ntok == r.cap && wcur_grow(&r, t))
                return PARLEY_ENOMEM;
            mark_token(&r, s, i, 0);
            w = i + 2;
        } else {
            break;
        }
        if (r.ntok == r.cap && wcur_grow(&r, t))
            return PARLEY_ENOMEM;
        i = w;
        if (!ascii_word(&r, s, n, &i, TOKF_SPACE_BEFORE)) {
            i = w; /* not of that kind: the caller takes it from its start */
            *flags = TOKF_SPACE_BEFORE;
            break;
        }
    }
    wcur_put(&r, t);
    *pi = i;
    return 1;
}

int pl_text_tokenize(ptext *t)
{
    const unsigned char *s = (const unsigned char *)t->clean;
    size_t n = t->len, i = t->body;
    t->ntok = t->norm_len = t->nbrk = 0;
    t->brk_ntok = (size_t)-1;
    t->interned = 0;
    if (t->brk_cap < t->tok_cap && brk_room(t)) /* a token buffer of the caller's */
        return PARLEY_ENOMEM;
    /* Room for every normalised form at once: a token takes at least one
     * byte of the text, and its form at most its bytes and a NUL. */
    size_t room = 2 * (n - i) + NORM_SLACK;
    if (room > t->norm_cap && pl_grow((void **)&t->norm, &t->norm_cap, room, 1))
        return PARLEY_ENOMEM;
    int newlines = 0, flags = 0; /* flags: what comes before the next token */
    uchar u;
    int have = 0; /* u already holds the character at i (a word ended on it) */
    tokacc ac;
    while (i < n) {
        unsigned c = s[i];
        if (c == ' ') { /* the commonest byte, without a decode */
            flags |= TOKF_SPACE_BEFORE;
            i++;
            have = 0;
            continue;
        }
        if (t->ntok == t->tok_cap && tok_grow(t))
            return PARLEY_ENOMEM;
        if (ascii_lower[c]) {
            size_t a = i;
            int run = word_run(t, s, n, &i, &flags);
            if (run < 0)
                return PARLEY_ENOMEM;
            if (run) {
                newlines = have = 0;
                continue;
            }
            if (i - a < NORM_MAX) {
                /* A word that goes on past its ASCII letters ("Russia's",
                 * "US-backed", "G7"): the general path from there, with
                 * the letters as it would have taken them. */
                uchar first = {c, 1, CH_LETTER, (char)c, 0};
                ac.o = t->norm + t->norm_len;
                ac.k = i - a;
                ac.shape = c & 0x20 ? TOK_LOWER : TOK_CAP;
                ac.letters = (int)(i - a);
                ac.lower = any_lower(s + a, i - a);
                ac.hyphen = 0;
                have = 0;
                i = word_end(&ac, s, n, a, i, &first, &have);
                if (have)
                    u = first;
                acc_end(t, &ac, a, i, flags);
                newlines = flags = 0;
                continue;
            }
            i = a; /* a word past NORM_MAX: the general path from its start */
        }
        if (c < 0x80 && ascii_cls[c] == CH_PUNCT && c != '\'') {
            wcur r;
            wcur_get(&r, t);
            mark_token(&r, s, i, flags);
            wcur_put(&r, t);
            i++;
            newlines = flags = have = 0;
            continue;
        }
        if (!have)
            u = decode(s + i, n - i);
        have = 0;
        if (u.cls == CH_SPACE || u.cls == CH_NEWLINE) {
            if (u.cls == CH_NEWLINE)
                flags |= TOKF_LINE_START | (++newlines >= 2 ? TOKF_PARA_START : 0);
            flags |= TOKF_SPACE_BEFORE;
            i += (size_t)u.len;
            continue;
        }
        size_t a = i;
        acc_begin(t, &ac, &u);
        acc_char(&ac, s + i, &u);
        i += (size_t)u.len;
        if (u.cls == CH_PUNCT)
            i = mark_end(t, &ac, s, n, a, i, &u, flags);
        else
            i = word_end(&ac, s, n, a, i, &u, &have);
        acc_end(t, &ac, a, i, flags);
        newlines = flags = 0;
    }
    t->brk_ntok = t->ntok;
    return 0;
}

/* Phrases of up to this many bytes are normalised without the heap. */
#define PHRASE_STACK 128

/* Tokenizes str[0..len) into t (its buffers set by the caller, or NULL to
 * be grown) and writes the normalised tokens joined by single spaces into
 * out, which has room for t->norm_len bytes and a NUL. Returns the token
 * count (*all_caps set when every token is all capitals or a mark), or -1
 * when out of memory. */
static int phrase_join(ptext *t, const char *str, size_t len, char *(*room)(void *, size_t),
                       void *ctx, size_t *outlen, int *all_caps)
{
    t->clean = str;
    t->len = len;
    if (pl_text_tokenize(t))
        return -1;
    char *out = room(ctx, t->norm_len + 1);
    if (!out)
        return -1;
    int caps = t->ntok > 0;
    size_t k = 0;
    for (size_t i = 0; i < t->ntok; i++) {
        if (i)
            out[k++] = ' ';
        memcpy(out + k, ptok_norm(t, i), t->tok[i].normlen);
        k += t->tok[i].normlen;
        if (t->tok[i].shape != TOK_UPPER && t->tok[i].shape != TOK_PUNCT)
            caps = 0;
    }
    out[k] = '\0';
    *outlen = k;
    if (all_caps)
        *all_caps = caps;
    return (int)t->ntok;
}

/* Room in a stack buffer of 2 * PHRASE_STACK + 2 bytes: a phrase's
 * normalised forms and their NULs take at most twice its bytes and two. */
static char *stack_room(void *ctx, size_t n)
{
    return n <= 2 * PHRASE_STACK + 2 ? ctx : NULL;
}

static char *buf_room(void *ctx, size_t n)
{
    pl_buf *b = ctx;
    b->len = 0;
    return pl_buf_reserve(b, n) ? NULL : b->data;
}

/* Normalises str[0..len) into the caller's buffer `joined` (2 *
 * PHRASE_STACK + 2 bytes) when the phrase is short, else into *heap;
 * returns the token count or -1, and sets *out to the text. A short phrase
 * (a name, per mention, in the extractor's hot path) is tokenized in stack
 * buffers: each token takes at least one byte, and its normalised form at
 * most its bytes and a NUL, so these never need to grow. */
static int phrase_normalize(const char *str, size_t len, char *joined, pl_buf *heap,
                            const char **out, size_t *outlen, int *all_caps)
{
    ptext t;
    memset(&t, 0, sizeof t);
    if (len <= PHRASE_STACK) {
        text_token tok_stack[PHRASE_STACK];
        uint32_t brk_stack[PHRASE_STACK];
        char norm_stack[2 * PHRASE_STACK + NORM_SLACK];
        t.tok = tok_stack;
        t.tok_cap = PHRASE_STACK;
        t.brk = brk_stack;
        t.brk_cap = PHRASE_STACK;
        t.norm = norm_stack;
        t.norm_cap = sizeof norm_stack;
        *out = joined;
        return phrase_join(&t, str, len, stack_room, joined, outlen, all_caps);
    }
    int n = phrase_join(&t, str, len, buf_room, heap, outlen, all_caps);
    free(t.tok);
    free(t.brk);
    free(t.norm);
    if (n >= 0)
        heap->len = *outlen;
    *out = heap->data;
    return n;
}

int pl_text_normalize_phrase(const char *str, size_t len, pl_buf *out, int *all_caps)
{
    char joined[2 * PHRASE_STACK + 2];
    const char *p;
    size_t n;
    int ntok = phrase_normalize(str, len, joined, out, &p, &n, all_caps);
    if (ntok < 0)
        return -1;
    if (p == joined) {
        out->len = 0;
        if (pl_buf_append(out, joined, n))
            return -1;
    }
    return ntok;
}

/* pl_text_slug of a phrase that is its own normalised form but for case:
 * ASCII words of letters with one space between two, a hyphen only
 * between two letters ("Sergey Lavrov", "Jean-Yves Le Drian"), the bulk
 * of the names a slug is made for. Such a phrase's slug is its lower case
 * with a dash for each space or hyphen, without a leading "the ": made
 * here in one pass that checks the phrase as it goes, with no tokenizer
 * and no copy. Returns 0 when the phrase is not of that kind (out holds
 * nothing then). As the general loop below, it writes nothing more once
 * out is full (k + 2 >= cap), and then still checks the rest. */
static int plain_slug(const char *str, size_t n, char *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0 || n > PHRASE_STACK || !ascii_lower[s[0]] || !ascii_lower[s[n - 1]])
        return 0;
    size_t i = 0, k = 0;
    if (n > 4 && ascii_lower[s[0]] == 't' && ascii_lower[s[1]] == 'h' &&
        ascii_lower[s[2]] == 'e' && s[3] == ' ')
        i = 4; /* "the ": s[4] is checked below, and the space with it */
    int dash = 0;
    for (; i < n; i++) {
        unsigned char c = s[i];
        char lc = ascii_lower[c];
        /* the first and last bytes are letters: s[i - 1], s[i + 1] exist */
        if (!lc && !((c == ' ' || c == '-') && ascii_lower[s[i - 1]] && ascii_lower[s[i + 1]]))
            return 0;
        if (k + 2 >= cap)
            continue;
        if (lc) {
            if (dash && k)
                out[k++] = '-';
            out[k++] = lc;
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[k] = '\0';
    return 1;
}

void pl_text_slug(const char *s, char *out, size_t cap, int keep_other)
{
    /* No heap for a short name: a slug is made per official an article
     * names, and the buffer's allocation cost as much as the rest. */
    size_t n = strlen(s);
    if (plain_slug(s, n, out, cap))
        return;
    char joined[2 * PHRASE_STACK + 2];
    pl_buf b = PL_BUF_INIT;
    const char *p = joined;
    size_t k = 0;
    int dash = 0;
    if (phrase_normalize(s, n, joined, &b, &p, &n, NULL) < 0 || !p)
        p = "";
    if (strncmp(p, "the ", 4) == 0)
        p += 4;
    for (; *p && k + 2 < cap; p++) {
        unsigned char ch = (unsigned char)*p;
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || (keep_other && ch >= 0x80)) {
            if (dash && k)
                out[k++] = '-';
            out[k++] = (char)ch;
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[k] = '\0';
    pl_buf_free(&b);
}
