/* test_text.c: the text stage: UTF-8 cleaning, the date header, tokens
 * (offsets, shapes, normalised forms), sentences and calendar arithmetic. */
#include "text/text.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>

static unsigned classify(const void *ctx, const ptext *t, size_t k)
{
    (void)ctx;
    const char *w = ptok_norm(t, k);
    if (!strcmp(w, "dr") || !strcmp(w, "gen") || !strcmp(w, "jan") || !strcmp(w, "mr"))
        return PL_SPLIT_ABBREV;
    return !strcmp(w, "the") || !strcmp(w, "of") ? PL_SPLIT_GOES_ON : 0;
}

typedef struct warned {
    int count;
    size_t offset;
    char msg[128];
} warned;

static void warn(void *ud, const char *doc, size_t off, const char *msg)
{
    (void)doc;
    warned *w = ud;
    w->count++;
    w->offset = off;
    snprintf(w->msg, sizeof w->msg, "%s", msg);
}

/* Tokens joined by '|' as their normalised forms. */
static const char *norms(const ptext *t, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < t->ntok && k + 1 < cap; i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", i ? "|" : "", ptok_norm(t, i));
    return buf;
}

static void load(ptext *t, const char *s, warned *w)
{
    parley_options o = PARLEY_OPTIONS_INIT;
    o.warn = warn;
    o.warn_userdata = w;
    parley_error err;
    CHECK_INT(pl_text_load(t, "doc", s, strlen(s), 0, &o, &err), 0);
    CHECK_INT(pl_text_tokenize(t), 0);
    CHECK_INT(pl_text_sentences(t, classify, NULL), 0);
}

static void test_tokens(void)
{
    ptext t = {0};
    warned w = {0};
    char buf[512];
    load(&t, "Russia\xE2\x80\x99s Sergey Lavrov met U.S. envoys in C\xC3\xB4te d'Ivoire, US-backed.", &w);
    CHECK_STR(norms(&t, buf, sizeof buf),
              "russia|'s|sergey|lavrov|met|u.s.|envoys|in|cote|d'ivoire|,|us-backed|.");
    CHECK_INT(t.tok[0].start, 0);
    CHECK_INT(t.tok[0].end, 6);
    CHECK_INT(t.tok[1].start, 6); /* the possessive keeps the curly quote's bytes */
    CHECK_INT(t.tok[1].end, 10);
    CHECK_INT(t.tok[0].shape, TOK_CAP);
    CHECK_INT(t.tok[4].shape, TOK_LOWER);
    CHECK_INT(t.tok[5].shape, TOK_UPPER);
    CHECK_INT(t.tok[8].shape, TOK_CAP);
    CHECK_INT(w.count, 0);
    pl_text_free(&t);
}

static void test_utf8_and_header(void)
{
    ptext t = {0};
    warned w = {0};
    const char s[] = "  date 2021-10-26 Wang \xFF\xC0\xAF met\x00 Lavrov.";
    parley_options o = PARLEY_OPTIONS_INIT;
    o.warn = warn;
    o.warn_userdata = &w;
    parley_error err;
    CHECK_INT(pl_text_load(&t, "doc", s, sizeof s - 1, 0, &o, &err), 0);
    CHECK_STR(t.date, "2021-10-26");
    CHECK_INT(t.len, sizeof s - 1);
    CHECK_INT(w.count, 1);
    CHECK_INT(w.offset, 23);
    CHECK_STR(w.msg, "4 invalid UTF-8 or NUL bytes replaced by spaces (first at this offset)");
    CHECK_INT(pl_text_tokenize(&t), 0);
    char buf[256];
    CHECK_STR(norms(&t, buf, sizeof buf), "wang|met|lavrov|.");
    CHECK_INT(t.tok[0].start, 18);
    /* strict mode: the first bad byte is an error with its offset */
    CHECK_INT(pl_text_load(&t, "doc", s, sizeof s - 1, 1, &o, &err), PARLEY_EINPUT);
    CHECK_INT(err.offset, 23);
    CHECK(strstr(err.text, "offset 23") != NULL);
    /* an impossible header date is ignored with a warning */
    w.count = 0;
    const char *bad = " date 2021-02-30 Text.";
    CHECK_INT(pl_text_load(&t, "doc", bad, strlen(bad), 0, &o, &err), 0);
    CHECK_STR(t.date, "");
    CHECK_INT(w.count, 1);
    pl_text_free(&t);
}

static void test_sentences(void)
{
    ptext t = {0};
    warned w = {0};
    load(&t, "Dr. Smith met Gen. Ali on Jan. 5 in the U.S. capital. S. Jaishankar said \"yes.\" "
             "Then they left!\n\nA new paragraph without end\nNext line", &w);
    CHECK_INT(t.nsent, 4);
    if (t.nsent == 4) {
        const char *s = t.clean;
        CHECK(strncmp(s + t.sent[0].start, "Dr. Smith", 9) == 0);
        CHECK(strncmp(s + t.sent[1].start, "S. Jaishankar", 13) == 0);
        CHECK(s[t.sent[1].end - 1] == '"'); /* the closing quote stays inside */
        CHECK(strncmp(s + t.sent[2].start, "Then", 4) == 0);
        CHECK(strncmp(s + t.sent[3].start, "A new", 5) == 0);
    }
    pl_text_free(&t);
    /* Lines not wrapped (one runs past 120 bytes): a line break ends the
     * headline, but not a line that ends in "the". */
    ptext u = {0};
    load(&u, "Leaders meet in Lima\nThe leaders signed a declaration at the end of the\n14th summit of "
             "the bloc, in a long session that ran late into the night with many speeches by all the "
             "leaders who came to the capital for it from every part of the region.\n",
         &w);
    CHECK_INT(u.nsent, 2);
    if (u.nsent == 2) {
        const char *s = u.clean;
        CHECK(strncmp(s + u.sent[0].start, "Leaders meet in Lima", 20) == 0 &&
              u.sent[0].end - u.sent[0].start == 20);
        CHECK(strncmp(s + u.sent[1].start, "The leaders", 11) == 0);
        CHECK(s[u.sent[1].end - 1] == '.');
    }
    pl_text_free(&u);
}

static void test_dates(void)
{
    int y, m, d;
    CHECK_INT(pl_date_days(1970, 1, 1), 0);
    CHECK_INT(pl_date_weekday(pl_date_days(2021, 10, 26)), 1); /* a Tuesday */
    pl_date_from_days(pl_date_days(2024, 2, 29) + 1, &y, &m, &d);
    CHECK_INT(y * 10000 + m * 100 + d, 20240301);
    pl_date_from_days(pl_date_days(2021, 1, 1) - 1, &y, &m, &d);
    CHECK_INT(y * 10000 + m * 100 + d, 20201231);
    CHECK(pl_date_parse("2024-02-29", &y, &m, &d));
    CHECK(!pl_date_parse("2023-02-29", &y, &m, &d));
    CHECK(!pl_date_parse("2021-13-01", &y, &m, &d));
    CHECK(!pl_date_parse("21-10-26", &y, &m, &d));
    CHECK(parley_date_valid("2021-10-26"));
    CHECK(!parley_date_valid("2021-02-30"));
}

/* The span of days a meeting date covers (folds, views, GEXF spells). */
static void test_date_span(void)
{
    char a[11], b[11];
    CHECK(pl_date_span("2024-02-29", a, b));
    CHECK_STR(a, "2024-02-29");
    CHECK_STR(b, "2024-02-29");
    CHECK(pl_date_span("2024-02", a, b));
    CHECK_STR(a, "2024-02-01");
    CHECK_STR(b, "2024-02-29");
    CHECK(pl_date_span("2025", a, b));
    CHECK_STR(a, "2025-01-01");
    CHECK_STR(b, "2025-12-31");
    CHECK(pl_date_span("2025-03-30/2025-04", a, b));
    CHECK_STR(a, "2025-03-30");
    CHECK_STR(b, "2025-04-30");
    CHECK(!pl_date_span(NULL, a, b));
    CHECK(!pl_date_span("", a, b));
    CHECK(!pl_date_span("2025-13", a, b));
    CHECK(!pl_date_span("2023-02-29", a, b));
    CHECK(!pl_date_span("0999", a, b));
    CHECK(!pl_date_span("2025-04/2025-03", a, b)); /* backwards */
    CHECK(!pl_date_span("2025-03-01/", a, b));
}

/* The slug by its definition: the normalised phrase (pl_text_normalize_phrase),
 * a leading "the " dropped, runs of [a-z0-9] joined by '-'. */
static void slug_ref(const char *s, char *out, size_t cap)
{
    pl_buf b = PL_BUF_INIT;
    const char *p = pl_text_normalize_phrase(s, strlen(s), &b, NULL) < 0 ? "" : b.data;
    size_t k = 0;
    int dash = 0;
    if (strncmp(p, "the ", 4) == 0)
        p += 4;
    for (; *p && k + 2 < cap; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
            if (dash && k)
                out[k++] = '-';
            out[k++] = *p;
            dash = 0;
        } else {
            dash = 1;
        }
    }
    out[k] = '\0';
    pl_buf_free(&b);
}

/* pl_text_slug takes plain ASCII names without tokenizing them: the same
 * slug as the definition, on seeded strings of letters, spaces, hyphens,
 * apostrophes, periods and digits ("The Hague", "O'Brien", "Jean-Yves"). */
static void test_slug(void)
{
    static const char *const pieces[] = {"the", "The", "THE", "a", "B", "x", "Lavrov", "de",
                                         " ", " ", "  ", "-", "'", ".", "'s", "7", "e"};
    unsigned seed = 12345;
    for (int round = 0; round < 20000; round++) {
        char s[160] = "";
        size_t len = 0;
        seed = seed * 1103515245u + 12345u;
        int parts = 1 + (int)((seed >> 16) % 8);
        for (int k = 0; k < parts; k++) {
            seed = seed * 1103515245u + 12345u;
            const char *piece = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
            if (len + strlen(piece) + 1 > sizeof s)
                break;
            memcpy(s + len, piece, strlen(piece) + 1);
            len += strlen(piece);
        }
        char got[64], want[64];
        pl_text_slug(s, got, sizeof got, 0);
        slug_ref(s, want, sizeof want);
        CHECK_STR(got, want);
    }
    char got[64];
    pl_text_slug("The Hague", got, sizeof got, 0);
    CHECK_STR(got, "hague");
    pl_text_slug("Jean-Yves Le Drian", got, sizeof got, 0);
    CHECK_STR(got, "jean-yves-le-drian");
}

int main(void)
{
    test_slug();
    test_tokens();
    test_utf8_and_header();
    test_sentences();
    test_dates();
    test_date_span();
    return check_summary("test_text");
}
