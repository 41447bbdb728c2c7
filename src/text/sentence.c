/* sentence.c: groups tokens into sentences. A sentence ends at . ! ? (with
 * any closing quotes or brackets after it) before a capitalised word, a
 * quote or a digit, unless the period closes an abbreviation (Dr., Gen.,
 * Jan.) or an initial (S. Jaishankar); a blank line ends one (unless a
 * lower-case word stands on each side of it), and so
 * does a line break in a text whose lines are not wrapped (a headline, a
 * byline, a caption above the lead), unless the line ends in a word that
 * needs more after it ("the", "of"); a colon at a line's end opens a list
 * whose lines are sentences of their own. */
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
 * from their first token to their last; a line's first token is in the
 * list of breaks (ptext.brk). */
static int text_wrapped(const ptext *t)
{
    size_t first = 0;
    for (size_t p = 0; p <= t->nbrk; p++) {
        size_t i = p < t->nbrk ? t->brk[p] : t->ntok;
        if (i == 0 || (i < t->ntok && !(t->tok[i].flags & TOKF_LINE_START)))
            continue;
        if (t->tok[i - 1].end - t->tok[first].start > 120)
            return 0;
        first = i;
    }
    return 1;
}

/* Lists the tokens the splitter looks at (ptext.brk) when
 * pl_text_tokenize did not list these tokens. */
static int list_breaks(ptext *t)
{
    if (t->brk_cap < t->ntok) {
        uint32_t *b = realloc(t->brk, t->ntok * sizeof *b);
        if (!b)
            return PARLEY_ENOMEM;
        t->brk = b;
        t->brk_cap = t->ntok;
    }
    t->nbrk = 0;
    for (size_t i = 0; i < t->ntok; i++) {
        const text_token *tk = &t->tok[i];
        if ((tk->flags & (TOKF_PARA_START | TOKF_LINE_START)) || tk->shape == TOK_PUNCT ||
            tk->shape == TOK_UPPER)
            t->brk[t->nbrk++] = (uint32_t)i;
    }
    t->brk_ntok = t->ntok;
    return 0;
}

static int is_closer(const char *norm)
{
    return (norm[0] == '"' || norm[0] == '\'' || norm[0] == ')' || norm[0] == ']') && !norm[1];
}

int pl_text_sentences(ptext *t, unsigned (*classify)(const void *ctx, const ptext *t, size_t k),
                      const void *ctx)
{
    size_t first = 0, next = 0; /* next: the first token not yet passed */
    int lines = -1; /* do line breaks end sentences? known at the first */
    t->nsent = 0;
    if (t->brk_ntok != t->ntok && list_breaks(t))
        return PARLEY_ENOMEM;
    /* Most tokens (no line break before, no mark, not in capitals) are not
     * in the list, and not visited. */
    for (size_t b = 0; b < t->nbrk; b++) {
        size_t i = t->brk[b];
        if (i < next)
            continue; /* a closer taken with the sentence's end */
        int brk = t->tok[i].flags & TOKF_PARA_START;
        /* "held a telephone conversation\n\nwith President X": a blank
         * line between two lower-case words is a page's break, not the
         * sentence's end */
        if (brk && i > first && t->tok[i].shape == TOK_LOWER && t->tok[i - 1].shape == TOK_LOWER)
            brk = 0;
        if (!brk && (t->tok[i].flags & TOKF_LINE_START)) {
            if (lines < 0)
                lines = !text_wrapped(t);
            /* "at the end of the\n14th summit": a line ending in "the" or
             * "of" goes on */
            brk = lines && !(i > first && t->tok[i - 1].shape == TOK_LOWER && classify &&
                             (classify(ctx, t, i - 1) & PL_SPLIT_GOES_ON));
            /* "Present at the Summit were:" ends its line and opens a list,
             * one item a line, even in wrapped text */
            brk |= i > first && t->tok[i - 1].shape == TOK_PUNCT && ptok_norm(t, i - 1)[0] == ':' &&
                   t->tok[i].shape != TOK_LOWER;
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
                /* An initial (one capital letter) or a known abbreviation. */
                if ((p->shape == TOK_CAP && p->normlen == 1) || (classify && (classify(ctx, t, i - 1) & PL_SPLIT_ABBREV)))
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
        first = next = j;
    }
    return push_sent(t, first, t->ntok);
}
