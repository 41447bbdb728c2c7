/* sentence.c: groups tokens into sentences. A sentence ends at . ! ? (with
 * any closing quotes or brackets after it) before a capitalised word, a
 * quote or a digit, unless the period closes an abbreviation (Dr., Gen.,
 * Jan.) or an initial (S. Jaishankar); a blank line always ends one, and so
 * does a line break in a text whose lines are not wrapped (a headline, a
 * byline, a caption above the lead), unless the line ends in a word that
 * needs more after it ("the", "of"). */
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

static int push_sent(ptext *t, size_t first, size_t last)
{
    if (first >= last)
        return 0;
    if (pl_grow((void **)&t->sent, &t->sent_cap, t->nsent + 1, sizeof *t->sent))
        return PARLEY_ENOMEM;
    psent *s = &t->sent[t->nsent++];
    s->first = (uint32_t)first;
    s->last = (uint32_t)last;
    s->start = t->tok[first].start;
    s->end = t->tok[last - 1].end;
    t->tok[first].flags |= TOKF_SENT_START;
    return 0;
}

/* A text is wrapped when no line is longer than a wrapping column would
 * allow: its line breaks may fall inside a sentence. Lines are measured
 * from their first token to their last. */
static int text_wrapped(const ptext *t)
{
    size_t first = 0;
    for (size_t i = 1; i <= t->ntok; i++)
        if (i == t->ntok || (t->tok[i].flags & TOKF_LINE_START)) {
            if (t->tok[i - 1].end - t->tok[first].start > 120)
                return 0;
            first = i;
        }
    return 1;
}

static int is_closer(const char *norm)
{
    return (norm[0] == '"' || norm[0] == '\'' || norm[0] == ')' || norm[0] == ']') && !norm[1];
}

int pl_text_sentences(ptext *t, unsigned (*classify)(const void *ctx, const char *norm),
                      const void *ctx)
{
    size_t first = 0;
    int lines = -1; /* do line breaks end sentences? known at the first */
    t->nsent = 0;
    for (size_t i = 0; i < t->ntok; i++) {
        /* Most tokens: no line break before, no mark, not in capitals. */
        const text_token *tk = &t->tok[i];
        if (!(tk->flags & (TOKF_PARA_START | TOKF_LINE_START)) && tk->shape != TOK_PUNCT &&
            tk->shape != TOK_UPPER)
            continue;
        int brk = t->tok[i].flags & TOKF_PARA_START;
        if (!brk && (t->tok[i].flags & TOKF_LINE_START)) {
            if (lines < 0)
                lines = !text_wrapped(t);
            /* "at the end of the\n14th summit": a line ending in "the" or
             * "of" goes on */
            brk = lines && !(i > first && t->tok[i - 1].shape == TOK_LOWER && classify &&
                             (classify(ctx, ptok_norm(t, i - 1)) & PL_SPLIT_GOES_ON));
        }
        if (i > first && brk) {
            if (push_sent(t, first, i))
                return PARLEY_ENOMEM;
            first = i;
        }
        /* Only a mark or a word in capitals ("U.S.") ends a sentence: the
         * other tokens, most of them, are passed without reading their
         * normalised form. */
        if (t->tok[i].shape != TOK_PUNCT && t->tok[i].shape != TOK_UPPER)
            continue;
        const char *w = ptok_norm(t, i);
        int end = 0;
        if (t->tok[i].shape == TOK_PUNCT && (w[0] == '.' || w[0] == '!' || w[0] == '?') && !w[1]) {
            end = 1;
            if (w[0] == '.' && i > first && !(t->tok[i].flags & TOKF_SPACE_BEFORE)) {
                const text_token *p = &t->tok[i - 1];
                const char *pw = ptok_norm(t, i - 1);
                /* An initial (one capital letter) or a known abbreviation. */
                if ((p->shape == TOK_CAP && p->normlen == 1) || (classify && (classify(ctx, pw) & PL_SPLIT_ABBREV)))
                    end = 0;
            }
        } else if (t->tok[i].shape == TOK_UPPER && t->tok[i].normlen >= 4 && w[t->tok[i].normlen - 1] == '.' &&
                   i + 1 < t->ntok && (t->tok[i + 1].flags & TOKF_PARA_START)) {
            end = 1; /* "... with the U.S." at the end of a paragraph */
        }
        if (!end)
            continue;
        size_t j = i + 1;
        while (j < t->ntok && is_closer(ptok_norm(t, j)) && !(t->tok[j].flags & TOKF_PARA_START))
            j++;
        /* Only before something that can start a sentence. */
        if (j < t->ntok && !(t->tok[j].flags & TOKF_PARA_START)) {
            int sh = t->tok[j].shape;
            const char *nw = ptok_norm(t, j);
            if (!(sh == TOK_CAP || sh == TOK_UPPER || sh == TOK_DIGIT || sh == TOK_OTHER ||
                  nw[0] == '"' || nw[0] == '\'' || nw[0] == '(' || nw[0] == '['))
                continue;
        }
        if (push_sent(t, first, j))
            return PARLEY_ENOMEM;
        first = j;
        i = j - 1;
    }
    return push_sent(t, first, t->ntok);
}
