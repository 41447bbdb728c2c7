/* affiliate.c: the state of each official whose name the text gives
 * without one (an apposition, the state he represents, the host city of
 * his sentence, the states named before him, the dateline's), and the
 * state words inside an official's apposition, which are no parties. */
#include "extract/people.h"

#include <string.h>

/* With no dateline, the lead is the first sentence that ends as a
 * sentence does and is longer than a headline, a byline or a caption
 * above it; -1 when none of the first few is. */
static int lead_sentence(const ptext *t)
{
    for (size_t s = 0; s < t->nsent && s < 8; s++) {
        size_t first = t->sent[s].first, last = t->sent[s].last;
        const char *w = ptok_norm(t, last - 1);
        if (last - first >= 8 && t->tok[last - 1].shape == TOK_PUNCT &&
            (w[0] == '.' || w[0] == '!' || w[0] == '?' || w[0] == '"'))
            return (int)s;
    }
    return -1;
}

/* The state of a dateline ("NEW DELHI, March 3 (Reuters) -"), or -1. The
 * dateline opens the first sentence or, below a headline and a byline on
 * lines of their own, a later one that runs to its dash; that sentence is
 * the lead. */
static int dateline_country(extraction_state *c)
{
    const ptext *t = c->t;
    int lead = lead_sentence(t);
    for (size_t s = 0; s < t->nsent && s < 8; s++) {
        size_t first = t->sent[s].first, end = t->sent[s].last;
        /* past a source in brackets: "(MENAFN- Jordan Times) AMMAN -" */
        if (first < end && is_punct(c, first, '('))
            for (size_t k = first + 1; k < end && k < first + 10; k++)
                if (is_punct(c, k, ')')) {
                    first = k + 1;
                    break;
                }
        for (size_t i = first; i < end && i < first + 4; i++) {
            const lexicon_hit *h = hit_at(c, i);
            /* "UNITED STATES: Taiwan's president arrived ...": a state in
             * capitals before a colon labels the story, it is no party */
            if (h && h->type == H_COUNTRY && h->tok == i && c->t->tok[i].shape == TOK_UPPER &&
                i + h->n < end && is_punct(c, i + h->n, ':')) {
                c->hits[c->hit_at[h->tok]].appos = 1;
                break;
            }
            if (!h || (h->type != H_CAPITAL && h->type != H_CITY))
                continue;
            size_t j = h->tok + h->n, dash = 0;
            /* "ISLAMABAD: Prime Minister ...": a city in capitals runs to
             * its colon */
            int colon = j < end && is_punct(c, j, ':') && t->tok[h->tok].shape == TOK_UPPER &&
                        t->tok[j - 1].shape == TOK_UPPER;
            if (j >= end ||
                !(colon || is_punct(c, j, ',') || is_punct(c, j, '(') || is_punct(c, j, '-')))
                break;
            /* The dateline runs to its dash: "VIENNA, Dec 10 (Reuters) -" */
            if (colon)
                dash = j + 1;
            for (size_t k = j; k < end && k < j + 12 && !dash; k++)
                if (is_punct(c, k, '-'))
                    dash = k + 1;
            if (s > 0 && !dash)
                break;
            /* ... or to its full stop, when it is a sentence of its own
             * ("BAKU, Azerbaijan, September 16."): its date is the filing's */
            if (!dash && end - j <= 8)
                dash = end;
            /* The dateline says where it was filed, not who met. */
            c->hits[c->hit_at[h->tok]].appos = 1;
            c->dateline_place = h->id;
            c->dateline_end = dash;
            c->lead_sent = (int)s;
            return c->ex->lx.places[h->id].country;
        }
        if (lead >= 0 && (int)s >= lead)
            break; /* no dateline opens the lead */
    }
    c->lead_sent = lead >= 0 ? lead : 0;
    return -1;
}

/* Does a name start at token k ("..., Cape Verde's President Jorge
 * Fonseca": the next item of a list, no apposition)? */
static int names_after(const extraction_state *c, size_t k)
{
    if (k >= c->t->ntok)
        return 0;
    const lexicon_hit *h = hit_at(c, k);
    return (h && h->type == H_PERSON) || (!h && c->t->tok[k].shape == TOK_CAP);
}

/* "Fahad Al Saeed, Deputy Prime Minister, will represent Oman": the state
 * that the person ending before token k represents, in the same sentence,
 * past an apposition; -1 when none. */
static int represented_state(const extraction_state *c, size_t k)
{
    size_t end = c->t->ntok;
    for (size_t q = k; q + 1 < end && q < k + 16 && !(c->t->tok[q].flags & TOKF_SENT_START); q++) {
        const lexicon_hit *x = hit_at(c, q);
        if (x && x->type == H_PERSON)
            return -1;
        const char *w = tok_norm(c, q);
        if (strncmp(w, "represent", 9) != 0)
            continue;
        size_t r = word_eq(c, q + 1, "the") ? q + 2 : q + 1;
        const lexicon_hit *st = r < end ? hit_at(c, r) : NULL;
        return st && st->type == H_COUNTRY && st->tok == r ? st->id : -1;
    }
    return -1;
}

/* The state an apposition after token k gives: ", Peru's foreign
 * minister", ", the Peruvian foreign minister", ", the foreign minister of
 * Peru", " (Peru)"; -1 when none. */
static int appositive_state(const extraction_state *c, size_t k)
{
    size_t end = c->t->ntok, next;
    if (k < end && is_punct(c, k, '(')) { /* "Ana Soto (Ecuador)" */
        const lexicon_hit *b = pl_of_state(c, k, end, &next);
        return b ? b->id : -1;
    }
    if (k + 2 >= end || !is_punct(c, k, ','))
        return -1;
    k++;
    if (word_eq(c, k, "the"))
        k++;
    const lexicon_hit *h = k < end ? hit_at(c, k) : NULL;
    if (h && h->tok == k && (h->type == H_COUNTRY || h->type == H_DEMONYM)) {
        size_t q = h->tok + h->n;
        if (q < end && word_eq(c, q, "'s"))
            q++;
        while (q < end && c->t->tok[q].shape == TOK_LOWER && !hit_at(c, q) && q < h->tok + h->n + 3)
            q++; /* "Peru's new foreign minister" */
        const lexicon_hit *t = q < end ? hit_at(c, q) : NULL;
        return t && t->type == H_TITLE && !names_after(c, t->tok + t->n) ? h->id : -1;
    }
    if (h && h->tok == k && h->type == H_TITLE) {
        const lexicon_hit *st = pl_of_body(c, h->tok + h->n, end, &next);
        return st && st->type == H_COUNTRY && !names_after(c, next) ? st->id : -1;
    }
    return -1;
}

/* Is state hit x another official's, one that p meets: "Iranian Foreign
 * Minister Hossein Amir Abdollahian met Senate Chairman X" (x, then
 * titles, then a person other than p, then a meeting word before p's
 * token upto)? */
static int others_state(const extraction_state *c, const lexicon_hit *x, int32_t p, size_t upto)
{
    size_t q = x->tok + x->n;
    if (q < c->t->ntok && word_eq(c, q, "'s"))
        q++;
    const lexicon_hit *y = q < c->t->ntok ? hit_at(c, q) : NULL;
    if (!y || y->type != H_TITLE)
        return 0;
    while (y && y->type == H_TITLE) {
        q = y->tok + y->n;
        y = q < c->t->ntok ? hit_at(c, q) : NULL;
    }
    if (!y || y->type != H_PERSON || y->id == p)
        return 0;
    for (size_t k = y->tok + y->n; k < upto; k++)
        if (hit_word(c, hit_at(c, k), W_TRIGGER))
            return 1;
    return 0;
}

/* The state of the first capital or city after "in" from token k to the
 * end of k's sentence, or -1. */
static int place_after(const extraction_state *c, size_t k)
{
    for (size_t q = k + 1; q + 1 < c->t->ntok && !(c->t->tok[q + 1].flags & TOKF_SENT_START); q++) {
        const lexicon_hit *x = word_eq(c, q, "in") ? hit_at(c, q + 1) : NULL;
        if (x && (x->type == H_CAPITAL || x->type == H_CITY))
            return c->ex->lx.places[x->id].country;
    }
    return -1;
}

/* Officials whose state the text does not give next to their name: an
 * unnamed mention with the same title and a nationality ("the first by an
 * Indian prime minister"), else the dateline's state, else the state the
 * article names most. A guess, but an official nearly always serves one of
 * the article's main states. */
void pl_affiliate(extraction_state *c)
{
    const lexicon *lx = &c->ex->lx;
    int dl = dateline_country(c);
    int best = -1, bestn = 0;
    int32_t *count = c->per_entity;
    memset(count, 0, (lx->ncountries + 1) * sizeof *count);
    for (size_t ei = 0; ei < c->nents; ei++) {
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        int ci = x->type == H_COUNTRY || x->type == H_DEMONYM ? x->id
               : x->type == H_CAPITAL || x->type == H_CITY ? lx->places[x->id].country : -1;
        if (ci >= 0 && ++count[ci] > bestn) {
            bestn = count[ci];
            best = ci;
        }
    }
    /* Per canonical title, the state of its first unnamed mention ("an
     * Indian prime minister", not "Azerbaijani President Ilham Aliyev"). */
    pl_smap *unnamed = &c->unnamed;
    pl_smap_clear(unnamed);
    for (size_t ei = 0; ei < c->nents; ei++) {
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        if (x->type != H_TITLE)
            continue;
        size_t after = x->tok + x->n;
        if (after < c->t->ntok && hit_at(c, after) && hit_at(c, after)->type == H_PERSON)
            continue;
        const lexicon_hit *a = pl_affiliation_before(c, x->tok, x->tok > 4 ? x->tok - 4 : 0);
        const char *ct = lx->titles[x->id].canonical;
        if (a && a->type != H_ORG && !pl_smap_get(unnamed, ct, strlen(ct)))
            pl_smap_put(unnamed, ct, strlen(ct),
                        (intptr_t)((a->type == H_CAPITAL ? lx->places[a->id].country : a->id) + 1));
    }
    for (size_t p = 0; p < c->npeople; p++) {
        person *n = &c->people[p];
        if (n->country >= 0 || n->org >= 0)
            continue;
        intptr_t u = n->title[0] ? pl_smap_get(unnamed, n->title, strlen(n->title)) : 0;
        int guess = u ? (int)(u - 1) : -1;
        /* Titles that belong to international bodies (words.tsv orgtitle):
         * no state to guess. */
        if (guess < 0 && n->title[0] && pl_lexicon_org_title(lx, n->title))
            continue;
        /* "Soto, Peru's foreign minister", "Soto, the Peruvian foreign
         * minister", "Soto, the foreign minister of Peru": an apposition;
         * "X, Deputy Prime Minister, will represent Oman" */
        for (size_t ei = 0; guess < 0 && ei < c->nents; ei++) {
            const lexicon_hit *x = &c->hits[c->ents[ei]];
            if (x->type == H_PERSON && x->id == (int32_t)p) {
                guess = appositive_state(c, x->tok + x->n);
                if (guess < 0)
                    guess = represented_state(c, x->tok + x->n);
            }
        }
        /* "Secretary of State X", no state named: the one the bare title
         * stands for (titles.tsv), when written before the name as a
         * title ("X, secretary of state of the ministry" is a rank) */
        const lexicon_hit *th = n->first_tok > 0 ? hit_at(c, n->first_tok - 1) : NULL;
        if (guess < 0 && th && th->type == H_TITLE && c->t->tok[th->tok].shape == TOK_CAP)
            guess = lx->titles[th->id].state;
        /* The state named last before the person, as an actor (not "in X"),
         * in the person's sentence; else the host city the sentence names
         * after the person ("met Senate Chairman X in Islamabad"); else the
         * state named last before, in the sentences before. */
        size_t k = n->first_tok, steps = 0;
        int in_sentence = 1;
        while (guess < 0 && steps < 40) {
            if (in_sentence && (k == 0 || (c->t->tok[k].flags & TOKF_SENT_START))) {
                in_sentence = 0;
                /* the host's official is the one met there, after the
                 * meeting word; its subject came from elsewhere */
                int object = 0;
                for (size_t q = k; q < n->first_tok && !object; q++)
                    object = token_is_word(c, q, W_TRIGGER);
                if (object)
                    guess = place_after(c, n->first_tok);
                continue;
            }
            if (k == 0)
                break;
            k--;
            steps++;
            const lexicon_hit *x = hit_at(c, k);
            if (!x || x->tok != k)
                continue;
            if (x->type != H_COUNTRY && x->type != H_DEMONYM && x->type != H_CAPITAL)
                continue;
            if (others_state(c, x, (int32_t)p, n->first_tok))
                continue;
            /* "in X" names a place, except in the person's own sentence
             * ("in Palau, where President Surangel Whipps Jr. ...") */
            if (k > 0 && ((token_is_word(c, k - 1, W_LOCPREP) && !in_sentence) ||
                          token_is_word(c, k - 1, W_TOPICPREP)))
                continue;
            guess = x->type == H_CAPITAL ? lx->places[x->id].country : x->id;
        }
        /* Then the dateline's state (wire style: a bare title in a story
         * filed from a capital is that state's), then the state named most. */
        if (guess < 0)
            guess = dl >= 0 ? dl : best;
        n->country = guess;
    }
}

/* State words inside a person's apposition describe the person ("Rutte, a
 * former Dutch prime minister"): they are no party of their own. */
void pl_mark_appositions(extraction_state *c)
{
    const ptext *t = c->t;
    for (size_t ei = 0; ei < c->nents; ei++) {
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        if (x->type != H_PERSON || x->id < 0)
            continue;
        size_t k = x->tok + x->n;
        if (k >= t->ntok || !is_punct(c, k, ','))
            continue;
        size_t lim = k + 8 < t->ntok ? k + 8 : t->ntok;
        for (size_t j = k + 1; j < lim; j++) {
            const lexicon_hit *y = hit_at(c, j);
            if (is_punct(c, j, ',') || is_punct(c, j, '.') || (y && y->type == H_PERSON))
                break;
            if (y && y->type == H_TITLE) {
                for (size_t q = k + 1; q < j; q++)
                    if (c->hit_at[q] >= 0) {
                        lexicon_hit *z = &c->hits[c->hit_at[q]];
                        if (z->type == H_DEMONYM || z->type == H_COUNTRY)
                            z->appos = 1;
                    }
                break;
            }
        }
    }
}

