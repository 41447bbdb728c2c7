/* triggers.c: what surrounds a trigger word: whether a host verb joins a
 * meeting noun, a body that names the meeting, where a clause stops, a
 * trigger inside a phrase ("during his visit") and its possessor,
 * negation, and the tense of the trigger's verb. */
#include "extract/meetings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Does host verb ti stand next to a meeting noun it belongs to? */
int pl_host_joins(const extraction_state *c, const trigger_hit *trigs, int nt, int ti)
{
    for (int k = 0; k < nt; k++) {
        if (k == ti || trigs[k].participate || trigs[k].hostverb)
            continue;
        long d = (long)trigs[k].tok - (long)trigs[ti].tok;
        if ((d < 0 && -d <= 6) || (d > 0 && d <= 4))
            return 1;
        /* "hosted X, Y and Z for a summit" */
        if (d > 0 && d <= 40)
            for (uint32_t q = trigs[k].tok >= 3 ? trigs[k].tok - 3 : 0; q < trigs[k].tok; q++)
                if (word_eq(c, q, "for") || word_eq(c, q, "at"))
                    return 1;
    }
    return 0;
}

/* "the ASEAN summit", "a meeting of the Contact Group": a body naming the
 * meeting right before or after its trigger word. */
int pl_frame_org(const extraction_state *c, const pmention *pm, const trigger_hit *tr)
{
    return pm->p.person < 0 && pm->p.org >= 0 && !pm->adjectival && pl_party_state(c, &pm->p) < 0 &&
           (pm->p.tok + pm->p.ntok == tr->tok ||
            (pm->prep == P_OF && pm->p.tok > tr->tok && pm->p.tok <= tr->tok + tr->n + 3));
}

int pl_is_stop_right(const extraction_state *c, size_t i)
{
    if (is_punct(c, i, ';'))
        return 1;
    if (token_is_word(c, i, W_REPORT))
        return 1;
    return token_is_word(c, i, W_CLAUSESTOP);
}

/* Is the trigger inside a prepositional phrase ("during his visit",
 * "in a phone call")? Returns the possessor token or -2 when it is, -1 when not. */
long pl_pp_trigger(const extraction_state *c, size_t tok, size_t start, int *definite, int *ordinal)
{
    *definite = *ordinal = 0;
    long poss = -1;
    size_t k = tok;
    while (k > start) {
        k--;
        const lexicon_hit *h = hit_at(c, k);
        if (word_eq(c, k, "the") || word_eq(c, k, "this") || word_eq(c, k, "that"))
            *definite = 1;
        if (word_eq(c, k, "first") || word_eq(c, k, "second") || word_eq(c, k, "third") || word_eq(c, k, "next") ||
            word_eq(c, k, "previous") || word_eq(c, k, "last"))
            *ordinal = 1;
        if (h && (h->type == H_PERSON || h->type == H_COUNTRY || h->type == H_DEMONYM ||
                  h->type == H_ORG || h->type == H_CAPITAL || hit_word(c, h, W_PRONOUN))) {
            /* "for the BRICS summit": a forum naming the meeting is no
             * possessor */
            int names = h->type == H_ORG && (c->ex->lx.orgs[h->id].type == LX_ORG_BODY ||
                                             c->ex->lx.orgs[h->id].type == LX_ORG_BLOC);
            if (poss < 0 && !names)
                poss = (long)h->tok;
            k = h->tok;
            continue;
        }
        int ok = token_is_word(c, k, W_TRIGMOD);
        /* Adjectives we do not list ("on the nuclear talks"): lower-case
         * words between a determiner and the trigger. */
        if (!ok && c->t->tok[k].shape == TOK_LOWER && !h && tok - k <= 3 && k > start) {
            size_t d = k - 1;
            while (d > start && tok - d <= 3 && c->t->tok[d].shape == TOK_LOWER && !hit_at(c, d))
                d--;
            ok = word_eq(c, d, "the") || word_eq(c, d, "a") || word_eq(c, d, "an") || word_eq(c, d, "his") ||
                 word_eq(c, d, "her") || word_eq(c, d, "their") || word_eq(c, d, "its");
        }
        if (ok)
            continue;
        if (token_is_word(c, k, W_TRIGPREP))
            return poss >= 0 ? poss : -2;
        return -1;
    }
    return -1;
}

/* Does the phrase holding the trigger open the sentence ("In a phone call
 * with X, Wang said")? Only determiners and modifiers before it. */
int pl_pp_opens(const extraction_state *c, size_t tok, size_t start)
{
    for (size_t k = start; k < tok; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->type != H_WORD)
            return 0;
        if (is_punct(c, k, ','))
            return 0;
    }
    return 1;
}

int pl_negated(const extraction_state *c, size_t tok, size_t start)
{
    for (size_t k = tok, steps = 0; k > start && steps < 3; steps++) {
        k--;
        const lexicon_hit *h = hit_at(c, k);
        if (h && hit_word(c, h, W_NEGATION))
            return 1;
        if (h && h->type != H_WORD)
            return 0;
    }
    return 0;
}

/* A negation within four words before token i ("no U.S. official would
 * attend", "did not send"). */
int pl_neg_near(const extraction_state *c, size_t i, size_t start)
{
    for (size_t k = i, steps = 0; k > start && steps < 4; steps++) {
        k--;
        if (is_punct(c, k, ','))
            return 0;
        const lexicon_hit *h = hit_at(c, k);
        if ((h && hit_word(c, h, W_NEGATION)) || word_eq(c, k, "nobody") || word_eq(c, k, "none"))
            return 1;
    }
    return 0;
}

int pl_word_in(const extraction_state *c, size_t a, size_t b, int wc)
{
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->tok == k && hit_word(c, h, wc))
            return 1;
    }
    return 0;
}
/* Is the trigger's verb in the present tense: "are meeting", "has begun
 * talks", "kicks off", or the verb itself ("meets", "holds talks")? */
int pl_present_tense(const extraction_state *c, const trigger_hit *tr, size_t start)
{
    const char *w = tok_norm(c, tr->tok);
    size_t n = c->t->tok[tr->tok].normlen;
    if ((tr->flags & WF_VERB) && n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
        return 1;
    for (size_t k = tr->tok >= start + 6 ? tr->tok - 6 : start; k < tr->tok; k++)
        if (word_eq(c, k, "is") || word_eq(c, k, "are") || word_eq(c, k, "has") || word_eq(c, k, "have") ||
            word_eq(c, k, "holds") || word_eq(c, k, "opens") || word_eq(c, k, "begins") || word_eq(c, k, "kicks"))
            return 1;
    return 0;
}
