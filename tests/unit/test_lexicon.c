/* test_lexicon.c: the gazetteer loader and the token trie: longest match,
 * case rules, user files (kind-prefixed TSV) and their errors with file and
 * line. */
#include "lexicon/lexicon.h"
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void tokenize(ptext *t, const char *s)
{
    memset(t, 0, sizeof *t);
    parley_error err;
    pl_text_load(t, "t", s, strlen(s), 0, NULL, &err);
    pl_text_tokenize(t);
}

/* The class and length of the match at token i, as "class:n". */
static const char *match(const lexicon *lx, const ptext *t, size_t i, char *buf)
{
    int32_t head = -1;
    size_t n = pl_lexicon_match(lx, t, i, t->ntok, &head);
    if (!n)
        return "none";
    int cls = 0;
    for (int32_t e = head; e >= 0; e = lx->entries[e].next)
        if (lexicon_entry_fits(lx, &lx->entries[e], t, i, n)) {
            cls = lx->entries[e].cls;
            break;
        }
    sprintf(buf, "%d:%zu", cls, n);
    return buf;
}

static void test_builtin(void)
{
    lexicon lx;
    parley_error err;
    CHECK_INT(pl_lexicon_load(&lx, NULL, 0, &err), 0);
    CHECK(lx.ncountries >= 197);
    int usa = pl_lexicon_country(&lx, "USA");
    CHECK(usa >= 0);
    CHECK(pl_lexicon_country(&lx, "ZZZ") < 0);
    ptext t;
    char buf[32], want[32];
    tokenize(&t, "the United States of America and us and US and Côte d'Ivoire");
    sprintf(want, "%d:4", LX_COUNTRY);
    CHECK_STR(match(&lx, &t, 1, buf), want);          /* longest match wins */
    CHECK_STR(match(&lx, &t, 6, buf), "none");        /* "us" is a pronoun */
    sprintf(want, "%d:1", LX_COUNTRY);
    CHECK_STR(match(&lx, &t, 8, buf), want);          /* "US" in capitals */
    sprintf(want, "%d:2", LX_COUNTRY);
    CHECK_STR(match(&lx, &t, 10, buf), want);         /* accents; d'Ivoire is one word */
    pl_text_free(&t);
    tokenize(&t, "Chinese foreign minister held talks");
    sprintf(want, "%d:1", LX_DEMONYM);
    CHECK_STR(match(&lx, &t, 0, buf), want);
    sprintf(want, "%d:2", LX_TITLE);
    CHECK_STR(match(&lx, &t, 1, buf), want);          /* titles in any case */
    CHECK(pl_lexicon_word_is(&lx, "talks", W_TRIGGER));
    CHECK(pl_lexicon_word_is(&lx, "gen", W_ABBREV));
    pl_text_free(&t);
    /* Token classes: bits of each token's word mask (past bit 31), never a
     * match of their own; a value where words.tsv gives one. */
    tokenize(&t, "a three-day summit on the sidelines");
    uint64_t wm[8] = {0};
    pl_lexicon_intern(&lx, &t, wm);
    CHECK(W_COUNT > 32 && W_COUNT <= 64);
    CHECK((wm[1] >> W_DURATION) & 1);
    CHECK_INT(pl_lexicon_token_value(&lx, t.tok[1].lex), 3);
    CHECK((wm[5] >> W_SIDELINES) & 1);
    CHECK(!((wm[5] >> W_DURATION) & 1));
    CHECK_STR(match(&lx, &t, 5, buf), "none");
    /* Interning's fast paths (marks, short and mid-length words, longer
     * ones, a word no phrase has) give each token the id a lookup of its
     * own gives. */
    pl_text_free(&t);
    tokenize(&t, "Foreign Minister Sergey Lavrov's counterparts, the U.S. and Côte "
                 "d'Ivoire, met in Kyiv-Ost; extraordinarily internationalization zzzq.");
    uint64_t wm2[64];
    CHECK(t.ntok < 64);
    pl_lexicon_intern(&lx, &t, wm2);
    for (size_t k = 0; k < t.ntok && k < 64; k++) {
        int32_t id = pl_lexicon_token_id(&lx, ptok_norm(&t, k), t.tok[k].normlen);
        CHECK_INT(t.tok[k].lex, id);
        CHECK(wm2[k] == lx.tokens[id].vmask);
    }
    CHECK(pl_lexicon_word_is(&lx, "margins", W_SIDELINES));
    CHECK(!pl_lexicon_word_is(&lx, "margin", W_SIDELINES));
    CHECK(pl_lexicon_org_title(&lx, "UN Secretary-General"));
    CHECK(!pl_lexicon_org_title(&lx, "Foreign Minister"));
    CHECK_INT(pl_lexicon_token_value(&lx, -1), 0);
    pl_text_free(&t);
    pl_lexicon_free(&lx);
}

static const char *write_file(const char *name, const char *text)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static void test_user_file(void)
{
    lexicon lx;
    parley_error err;
    const char *path = write_file("parley-test-gaz.tsv",
                                  "# a comment\n"
                                  "official\tJane Roe\tGBR\tSpecial Envoy\tRoe\n"
                                  "place\tBürgenstock\tCHE\tcity\n"
                                  "word\tparley\ttrigger\ttalks\tnoun\n");
    const char *files[] = {path};
    CHECK_INT(pl_lexicon_load(&lx, files, 1, &err), 0);
    ptext t;
    char buf[32], want[32];
    tokenize(&t, "Jane Roe held a parley in Bürgenstock");
    sprintf(want, "%d:2", LX_OFFICIAL);
    CHECK_STR(match(&lx, &t, 0, buf), want);
    sprintf(want, "%d:1", LX_WORD);
    CHECK_STR(match(&lx, &t, 4, buf), want);
    sprintf(want, "%d:1", LX_CITY);
    CHECK_STR(match(&lx, &t, 6, buf), want);
    CHECK_STR(lx.officials[lx.nofficials - 1].title, "Special Envoy");
    pl_text_free(&t);
    pl_lexicon_free(&lx);

    /* Errors name the file and line and say what was expected. */
    path = write_file("parley-test-bad.tsv", "place\tAtlantis\tXXX\tcity\n");
    files[0] = path;
    CHECK_INT(pl_lexicon_load(&lx, files, 1, &err), PARLEY_EINPUT);
    CHECK(strstr(err.text, "parley-test-bad.tsv:1: unknown ISO 3166-1 alpha-3 code") != NULL);
    path = write_file("parley-test-bad2.tsv", "# ok\nstate\tXXX\n");
    files[0] = path;
    CHECK_INT(pl_lexicon_load(&lx, files, 1, &err), PARLEY_EINPUT);
    CHECK(strstr(err.text, "parley-test-bad2.tsv:2: first field must be") != NULL);
    files[0] = "/nonexistent/parley.tsv";
    CHECK_INT(pl_lexicon_load(&lx, files, 1, &err), PARLEY_EIO);
    CHECK(strstr(err.text, "/nonexistent/parley.tsv: No such file or directory") != NULL);
}

int main(void)
{
    test_builtin();
    test_user_file();
    return check_summary("test_lexicon");
}
