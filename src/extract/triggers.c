/* triggers.c: a sentence's trigger words (meeting words, host verbs, words
 * of taking part) and the strictness some need; events that are a
 * meeting's setting ("at the Munich Security Conference", "on the margins
 * of the summit"); and what surrounds a trigger: whether a host verb joins
 * a meeting noun, a body that names the meeting, where a clause stops, a
 * trigger inside a phrase ("during his visit") and its possessor,
 * negation, and the tense of the trigger's verb. */
#include "extract/meetings.h"

#include <string.h>

/* Does host verb ti stand next to a meeting noun it belongs to? */
int pl_host_joins(const extraction_state *c, const trigger_hit *trigs, int nt, int ti)
{
    for (int k = 0; k < nt; k++) {
        if (k == ti || trigs[k].participate || trigs[k].hostverb)
            continue;
        long d = (long)trigs[k].tok - (long)trigs[ti].tok;
        /* "Zelensky, who skipped the talks, was received by ...": the
         * verb of the main clause, after the relative one closes */
        int main_verb = 0;
        for (uint32_t q = trigs[k].tok + trigs[k].n; d < 0 && q + 1 < trigs[ti].tok && !main_verb; q++)
            main_verb = is_punct(c, q, ',') &&
                        (token_is_word(c, q + 1, W_PAST) || token_is_word(c, q + 1, W_PRESENTAUX));
        if (main_verb)
            continue;
        if ((d < 0 && -d <= 6) || (d > 0 && d <= 4))
            return 1;
        /* "hosts a C5+1 ministerial meeting": one noun phrase, however
         * its name is spelled */
        int phrase = d > 4 && d <= 8;
        for (uint32_t q = trigs[ti].tok + trigs[ti].n; phrase && q < trigs[k].tok; q++)
            phrase = !is_punct(c, q, ',') && !word_eq(c, q, "and") && !word_eq(c, q, "with") &&
                     !(hit_at(c, q) && hit_at(c, q)->type != H_WORD && hit_at(c, q)->type != H_ORG);
        if (phrase)
            return 1;
        /* "to host US, China, Russia meeting": states that name the
         * meeting, listed before its noun */
        int named = d > 4 && d <= 16;
        for (uint32_t q = trigs[ti].tok + trigs[ti].n; named && q < trigs[k].tok; q++) {
            const lexicon_hit *h = hit_at(c, q);
            if (h && h->tok == q && h->type == H_COUNTRY)
                q = h->tok + h->n - 1;
            else
                named = is_punct(c, q, ',') || word_eq(c, q, "and");
        }
        if (named)
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
        if (token_is_word(c, k, W_ORDINAL))
            *ordinal = 1;
        if (h && (h->type == H_PERSON || h->type == H_COUNTRY || h->type == H_DEMONYM ||
                  h->type == H_ORG || h->type == H_CAPITAL || hit_word(c, h, W_PRONOUN))) {
            /* "for the BRICS summit": a forum naming the meeting is no
             * possessor */
            int names = h->type == H_ORG && lx_org_forum(&c->ex->lx.orgs[h->id]);
            if (poss < 0 && !names)
                poss = (long)h->tok;
            k = h->tok;
            continue;
        }
        int ok = token_is_word(c, k, W_TRIGMOD);
        /* "the leaders' summit", "the leaders summit": the people whose
         * meeting it is, right after "the" (the apostrophe is passed, then
         * the word) */
        int apostrophe = k + 1 == tok && k > start && is_punct(c, k, '\'');
        size_t role = apostrophe ? k - 1 : k;
        if (!ok && role > start && word_eq(c, role - 1, "the") &&
            hit_word(c, hit_at(c, role), W_ROLE) &&
            (role + 1 == tok || (role + 2 == tok && is_punct(c, role + 1, '\''))))
            continue;
        /* Adjectives we do not list ("on the nuclear talks"): lower-case
         * words between a determiner and the trigger. */
        if (!ok && modifier_shape(c, k) && !h && tok - k <= 3 && k > start) {
            size_t d = k - 1;
            while (d > start && tok - d <= 3 && modifier_shape(c, d) && !hit_at(c, d))
                d--;
            ok = word_eq(c, d, "the") || word_eq(c, d, "a") || word_eq(c, d, "an") ||
                 word_eq(c, d, "his") || word_eq(c, d, "her") || word_eq(c, d, "their") ||
                 word_eq(c, d, "its") || word_eq(c, d, "this") || word_eq(c, d, "that");
        }
        if (ok)
            continue;
        if (token_is_word(c, k, W_TRIGPREP)) {
            /* "a Cambodian proposal for a meeting": the proposer */
            const lexicon_hit *ph = k >= start + 2 && poss < 0 ? hit_at(c, k - 2) : NULL;
            if (ph && (ph->type == H_DEMONYM || ph->type == H_COUNTRY) &&
                hit_word(c, hit_at(c, k - 1), W_PLANNED))
                return (long)ph->tok;
            return poss >= 0 ? poss : -2;
        }
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
        if ((h && hit_word(c, h, W_NEGATION)) || token_is_word(c, k, W_NOBODY))
            return 1;
    }
    return 0;
}

int pl_word_in(const extraction_state *c, size_t a, size_t b, int wc)
{
    /* A hit's class mask holds exactly the classes it has an entry of. */
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->tok == k && h->type == H_WORD && ((h->words >> wc) & 1))
            return 1;
    }
    return 0;
}

uint64_t pl_words_in(const extraction_state *c, size_t a, size_t b)
{
    uint64_t words = 0;
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->tok == k && h->type == H_WORD)
            words |= h->words;
    }
    return words;
}
/* Is the trigger's verb in the present tense: "are meeting", "has begun
 * talks", "kicks off", or the verb itself ("meets", "holds talks")? */
int pl_present_tense(const extraction_state *c, const trigger_hit *tr, size_t start)
{
    if ((tr->flags & WF_VERB) && present_s_form(c, tr->tok))
        return 1;
    /* "The meeting brings together the leaders of ...": the verb after a
     * meeting noun that opens the sentence */
    for (size_t k = tr->tok + tr->n; (tr->flags & WF_NOUN) && tr->tok <= start + 2 && k < tr->tok + tr->n + 2 &&
                                     k < c->t->ntok;
         k++) {
        const lexicon_hit *vh = hit_at(c, k);
        if (vh && vh->tok == k && (hit_word(c, vh, W_PARTICIPATE) || hit_word(c, vh, W_HOST)) &&
            present_s_form(c, k))
            return 1;
    }
    /* "have convened in Lusaka for the summit": the verb the noun is for */
    size_t from = tr->tok >= start + 8 ? tr->tok - 8 : start;
    for (size_t k = from; (tr->flags & WF_NOUN) && k < tr->tok; k++)
        if (word_eq(c, k, "for")) {
            from = k >= start + 10 ? k - 10 : start;
            break;
        }
    for (size_t k = from; k < tr->tok; k++) {
        if (token_is_word(c, k, W_PRESENTAUX))
            return 1;
        if (token_is_word(c, k, W_HOST) && present_s_form(c, k)) /* "Astana hosts a meeting" */
            return 1;
    }
    return 0;
}

/* "has hosted seven GCC summits since 1981", "made 12 visits to Africa":
 * a count of meetings tells no one meeting ("the two summits", "held two
 * meetings with Putin" do). */
static int counted(const extraction_state *c, const lexicon_hit *h, size_t start, size_t end)
{
    size_t i = h->tok, j = i + h->n;
    const char *w = tok_norm(c, j - 1);
    size_t n = c->t->tok[j - 1].normlen;
    if (n < 5 || w[n - 1] != 's' || !strcmp(w, "talks") || !strcmp(w, "negotiations") ||
        !strcmp(w, "consultations"))
        return 0;
    if (j < end && (word_eq(c, j, "with") || word_eq(c, j, "between")))
        return 0;
    size_t k = i;
    for (int skip = 0; skip < 2 && k > start; skip++) {
        k--;
        const char *x = tok_norm(c, k);
        int digits = x[0] >= '0' && x[0] <= '9';
        if (token_is_word(c, k, W_CARDINAL) || digits)
            return !(k > start &&
                     (token_is_word(c, k - 1, W_DETERMINER) || word_eq(c, k - 1, "both")));
        if (c->t->tok[k].shape == TOK_LOWER && !token_is_word(c, k, W_BILATERAL))
            return 0;
    }
    return 0;
}

/* "call on X" (not "a call on Monday"): the token after "on" when call
 * word h is a verb of visiting someone, else 0. */
static size_t call_on(const extraction_state *c, const lexicon_hit *h, size_t start, size_t end)
{
    const lx_entry *e = hit_word(c, h, W_TRIGGER);
    size_t i = h->tok, j = i + h->n;
    if (!e || e->value != PARLEY_KIND_CALL || j + 1 >= end ||
        !(word_eq(c, j, "on") || word_eq(c, j, "upon")) ||
        (i > start &&
         (token_is_word(c, i - 1, W_DETERMINER) || token_is_word(c, i - 1, W_PHONE))) ||
        !hit_at(c, j + 1) || hit_at(c, j + 1)->type == H_WORD)
        return 0;
    return j + 1;
}

/* Is token k a verb's auxiliary ("will", "was", "is", "be", "been")? */
static int auxiliary(const extraction_state *c, size_t k)
{
    const lexicon_hit *h = hit_at(c, k);
    return token_is_word(c, k, W_PRESENTAUX) || word_eq(c, k, "be") || word_eq(c, k, "been") ||
           (h && h->tok == k && h->n == 1 && (hit_word(c, h, W_PLANNED) || hit_word(c, h, W_PAST)));
}

/* Does strict trigger h (entry e as a meeting word, use as what it is
 * taken for; on: call_on's answer; first: no trigger before it in the
 * sentence) have what it needs: "a call with", "talks between",
 * "received the minister", "a trip to Moscow"? */
static int strict_ok(const extraction_state *c, const lexicon_hit *h, const lx_entry *e,
                     const lx_entry *use, size_t start, size_t end, size_t on, int first)
{
    size_t i = h->tok;
    size_t j = i + h->n;
    /* "will call on Prime Minister X", "called on X" is a courtesy call;
     * "MPs call on Scholz to settle ..." an appeal, no meeting */
    size_t obj = on;
    if (e && e->value == PARLEY_KIND_MEETING &&
        (word_eq(c, j - 1, "on") || word_eq(c, j - 1, "upon")))
        obj = j;
    for (size_t k = obj; obj && k + 1 < end && k < obj + 12 && c->t->tok[k].shape != TOK_PUNCT; k++)
        if (word_eq(c, k, "to") && c->t->tok[k + 1].shape == TOK_LOWER)
            return 0;
    int ok = j < end && (word_eq(c, j, "with") || word_eq(c, j, "from"));
    for (size_t k = j; !ok && k < end && k < j + 4; k++)
        ok = word_eq(c, k, "between"); /* "a session in Doha between ..." */
    /* "leaders gathered on Monday in Golem, Albania": a place in a few words */
    for (size_t k = j; !ok && (use->flags & WF_VERB) && !(use->flags & WF_HOST) && k + 1 < end &&
                       k < j + 4;
         k++) {
        const lexicon_hit *ph = word_eq(c, k, "in") ? hit_at(c, k + 1) : NULL;
        ok = ph && (ph->type == H_COUNTRY || ph->type == H_CAPITAL || ph->type == H_CITY);
    }
    /* "a tour that took him to Palau", "a trip to Moscow", "arrived on
     * Monday in Pretoria" */
    for (size_t k = j; (use->flags & WF_HOST) && !ok && k + 1 < end && k < j + 6; k++) {
        if (!word_eq(c, k, "to") && !(k == j && word_eq(c, k, "of")) &&
            !((use->flags & WF_VERB) && word_eq(c, k, "in")))
            continue;
        size_t q = k + 1 < end && word_eq(c, k + 1, "the") ? k + 2 : k + 1;
        const lexicon_hit *ph = q < end ? hit_at(c, q) : NULL;
        ok = ph && (ph->type == H_COUNTRY || ph->type == H_CAPITAL || ph->type == H_CITY ||
                    ph->type == H_REGION);
    }
    /* "receives this Wednesday (May 31, 2023) his counterpart": past the
     * day told between the verb and its object */
    size_t day_end = j;
    while (day_end < end && day_end < j + 12 &&
           (token_is_word(c, day_end, W_WEEKDAY) || token_is_word(c, day_end, W_MONTH) ||
            c->t->tok[day_end].shape == TOK_DIGIT || is_punct(c, day_end, '(') ||
            is_punct(c, day_end, ')') || is_punct(c, day_end, ',') || word_eq(c, day_end, "this") ||
            word_eq(c, day_end, "on")))
        day_end++;
    if (day_end == end || day_end - j < 2)
        day_end = j;
    for (size_t k = day_end; !ok && k < end && k < day_end + 4; k++) {
        const lexicon_hit *o = hit_at(c, k);
        /* "receives his counterpart from Colombia, Gustavo Petro" */
        ok = (o && (o->type == H_PERSON || o->type == H_TITLE)) ||
             token_is_word(c, k, W_TOOKPLACE) || token_is_word(c, k, W_COUNTERPART);
        /* "welcomed leaders from 11 countries": a host verb's guests,
         * counted */
        ok |= !e && pl_role_word(c, k) && k + 2 < end &&
              (word_eq(c, k + 1, "from") || word_eq(c, k + 1, "of")) &&
              (c->t->tok[k + 2].shape == TOK_DIGIT || token_is_word(c, k + 2, W_CARDINAL));
        /* "received the ambassadors of Belgium and Nigeria", "the foreign
         * ministers of": a role in the plural, of states (after another
         * trigger, "hosted the summit ... as he welcomed the leaders of",
         * they are that meeting's guests) */
        ok |= first && k + 2 < end && pl_role_word(c, k) && word_eq(c, k + 1, "of") &&
              hit_at(c, k + 2) && hit_at(c, k + 2)->type == H_COUNTRY;
        /* "welcomed the announcement by President X": another noun first */
        if (!ok && !o && c->t->tok[k].shape == TOK_LOWER && !token_is_word(c, k, W_DETERMINER) &&
            !token_is_word(c, k, W_ROLEMOD) && !token_is_word(c, k, W_PRONOUN) &&
            !(k + 1 < end && pl_role_word(c, k + 1)))
            break;
    }
    /* "was welcomed at the airport by Prime Minister X": a passive ("the
     * announcement by X" after an active "welcomed" is no host) */
    int passive = i > start && (word_eq(c, i - 1, "was") || word_eq(c, i - 1, "were") ||
                                word_eq(c, i - 1, "is") || word_eq(c, i - 1, "are") ||
                                word_eq(c, i - 1, "been") || word_eq(c, i - 1, "being") ||
                                word_eq(c, i - 1, "be"));
    for (size_t k = j; !ok && passive && (use->flags & WF_VERB) && k + 1 < end && k < j + 6; k++) {
        const lexicon_hit *o = word_eq(c, k, "by") ? hit_at(c, k + 1) : NULL;
        const lexicon_hit *o2 = word_eq(c, k, "by") && k + 2 < end ? hit_at(c, k + 2) : NULL;
        ok = (o && (o->type == H_PERSON || o->type == H_TITLE || o->type == H_DEMONYM)) ||
             (o2 && (o2->type == H_PERSON || o2->type == H_TITLE) && word_eq(c, k + 1, "the"));
        /* "welcomed by New Zealand's Minister for ..." */
        size_t q = o ? o->tok + o->n : 0;
        for (size_t r = q + 1;
             o && o->type == H_COUNTRY && word_eq(c, q, "'s") && !ok && r < end && r <= q + 2;
             r++) /* "by Jordan's King Abdullah II": past a word of the name */
            ok = hit_at(c, r) && (hit_at(c, r)->type == H_TITLE || hit_at(c, r)->type == H_PERSON);
    }
    /* "the trilateral dialogue will be held today": a meeting noun whose
     * verb says it takes place */
    if (!ok && e && (e->flags & WF_NOUN)) {
        size_t k = j;
        /* "the 126th session of the Ministerial Council of the GCC was
         * held": past the body it is of, named */
        if (k + 1 < end && word_eq(c, k, "of")) {
            size_t q = k + 1;
            int named = 0;
            while (q < end && q < k + 16 &&
                   (c->t->tok[q].shape == TOK_CAP || c->t->tok[q].shape == TOK_UPPER ||
                    word_eq(c, q, "of") || word_eq(c, q, "the") || word_eq(c, q, "and") ||
                    is_punct(c, q, '(') || is_punct(c, q, ')'))) {
                named |= hit_at(c, q) && hit_at(c, q)->type == H_ORG;
                q++;
            }
            if (named)
                k = q;
        }
        size_t a = k;
        while (k < end && k < a + 4 && auxiliary(c, k) && !token_is_word(c, k, W_TOOKPLACE))
            k++;
        ok = k > a && k < end && token_is_word(c, k, W_TOOKPLACE);
    }
    if (i > start && token_is_word(c, i - 1, W_PHONE))
        ok = 1;
    /* "X and Y held important discussions": a meeting noun that "held"
     * governs, past one word that qualifies it */
    if (!ok && e && (e->flags & WF_NOUN) && i >= start + 2 &&
        token_is_word(c, i - 2, W_TOOKPLACE) && c->t->tok[i - 1].shape == TOK_LOWER &&
        !hit_at(c, i - 1))
        ok = 1;
    /* "The trip was cancelled": a subject that refers back */
    if (i == start + 1 && (word_eq(c, start, "the") || word_eq(c, start, "this")))
        ok = 1;
    /* "during a call on Monday" */
    if (i >= start + 2 && (word_eq(c, i - 1, "a") || word_eq(c, i - 1, "the")) &&
        (word_eq(c, i - 2, "during") || word_eq(c, i - 2, "in")) && e &&
        e->value == PARLEY_KIND_CALL)
        ok = 1;
    /* A named session of a body: "an Extraordinary Session of the
     * Authority of Heads of State", "the Council Session". */
    if (c->t->tok[i].shape == TOK_CAP && i > start && c->t->tok[i - 1].shape == TOK_CAP &&
        !(c->t->tok[i].flags & TOKF_SENT_START) && !(c->t->tok[i - 1].flags & TOKF_SENT_START))
        ok = 1;
    /* "spoke with", "spoke today to", "spoke Tuesday with" a person: a
     * call; "spoke about Putin" is none */
    if (e && e->value == PARLEY_KIND_CALL && (e->flags & WF_VERB)) {
        size_t w = j;
        while (w < end && w < j + 3 &&
               (token_is_word(c, w, W_SAMEDAY) || hit_word(c, hit_at(c, w), W_WEEKDAY) ||
                word_eq(c, w, "on")))
            w++;
        int with = w + 1 < end && (word_eq(c, w, "with") || word_eq(c, w, "to"));
        /* "called Afghan President X": a person right after the verb */
        ok = (with && (ok || w > j)) || (ok && j < end && person_at(c, j));
    }
    return ok;
}

/* Is a meeting noun among tokens [a, b) (and before end)? */
static int meeting_noun_in(const extraction_state *c, size_t a, size_t b, size_t end)
{
    for (size_t k = a; k < b && k < end; k++) {
        const lx_entry *e = hit_word(c, hit_at(c, k), W_TRIGGER);
        if (e && (e->flags & WF_NOUN))
            return 1;
    }
    return 0;
}

/* "Libya sent its foreign minister", "will send the head of its
 * parliament": an official right after a word of sending at token k, not
 * sent to a state or city ("sent the head of the Mossad to Qatar" is a
 * journey). */
static int sends_official(const extraction_state *c, size_t k, size_t end)
{
    if (k < end && token_is_word(c, k, W_DETERMINER))
        k++;
    int sent = 0;
    for (size_t q = k; q < end && q < k + 3 && !sent; q++) {
        const lexicon_hit *r = hit_at(c, q);
        sent = r && r->tok == q && (r->type == H_TITLE || hit_word(c, r, W_ROLE));
    }
    for (size_t q = k; sent && q + 1 < end && q < k + 10; q++)
        if (word_eq(c, q, "to")) {
            const lexicon_hit *r = hit_at(c, word_eq(c, q + 1, "the") ? q + 2 : q + 1);
            return !(r && (r->type == H_COUNTRY || r->type == H_CITY || r->type == H_CAPITAL));
        }
    return sent;
}

/* "led the Saudi delegation": leading a delegation is taking part; so is
 * addressing a meeting, joining others in one ("will join Putin and Lula
 * in the virtual summit"), not joining a bloc, and sending an official,
 * not to a state or city. */
static int leads_delegation(const extraction_state *c, const lexicon_hit *h, const lx_entry *pa,
                            size_t end)
{
    int ok = 0;
    for (size_t k = h->tok + h->n; k < end && k < h->tok + h->n + 4 && !ok; k++)
        ok = token_is_word(c, k, W_DELEGATION);
    /* "addressed the Meeting", "addressed the opening session" */
    ok = ok || meeting_noun_in(c, h->tok + h->n, h->tok + h->n + 4, end);
    for (size_t k = h->tok + h->n; k + 1 < end && k < h->tok + h->n + 24 && !ok; k++)
        ok = (word_eq(c, k, "in") || word_eq(c, k, "at")) && meeting_noun_in(c, k + 1, k + 5, end);
    return ok || (pa->value == 1 && sends_official(c, h->tok + h->n, end));
}

/* "by", "through a", "via": a means word before token i. */
static int means_before(const extraction_state *c, size_t i, size_t start)
{
    if (i > start && (word_eq(c, i - 1, "a") || word_eq(c, i - 1, "the")))
        i--;
    return i > start && token_is_word(c, i - 1, W_MEANS);
}

int pl_triggers_find(const extraction_state *c, size_t start, size_t end, trigger_hit *trigs,
                     int max)
{
    int nt = 0;
    /* Each token's word hit that starts there, in token order; a trigger's
     * own words are not looked at again. Only the hits of trigger words
     * (c->trig_hits) are walked: the other word hits, which cover tokens
     * of their own (the scan's phrases do not overlap), make nothing. */
    size_t next = start;
    size_t lo = start == c->sent_tok ? c->sent_trig /* kept by pl_meetings_find */
                                     : pl_first_listed(c, c->trig_hits, c->ntrig_hits, start);
    for (size_t x = lo; x < c->ntrig_hits && nt < max; x++) {
        size_t hx = c->trig_hits[x];
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        if (i >= end)
            break;
        if (i < next || c->hit_at[i] != (int32_t)hx || h->type != H_WORD)
            continue;
        next = i + 1;
        /* one of the three at least: trig_hits lists no other word hit */
        const lx_entry *e = hit_word(c, h, W_TRIGGER);
        const lx_entry *hv = hit_word(c, h, W_HOST);
        const lx_entry *pa = hit_word(c, h, W_PARTICIPATE);
        /* "the conference centre", "Summit Hall": a building's name */
        if (e && (e->flags & WF_NOUN) && i + h->n < end && token_is_word(c, i + h->n, W_ORGWORD))
            e = NULL;
        /* "the Summit Chair, John Magufuli": an office, no meeting */
        if (e && (e->flags & WF_NOUN) && !(e->flags & WF_VERB) && i + h->n < end &&
            (hit_word(c, hit_at(c, i + h->n), W_ROLE) ||
             (hit_at(c, i + h->n) && hit_at(c, i + h->n)->type == H_TITLE)))
            e = NULL;
        /* "Chair of the Conference of Heads of Government X": an office,
         * no meeting */
        if (e && (e->flags & WF_NOUN) && i >= start + 3 && word_eq(c, i - 1, "the") &&
            word_eq(c, i - 2, "of") && hit_at(c, i - 3) && hit_at(c, i - 3)->type == H_TITLE)
            e = NULL;
        /* "to facilitate dialogue between A and B", "supported dialogue":
         * a meeting only wished for, no meeting told */
        if (e && (e->flags & WF_NOUN) && i > start && token_is_word(c, i - 1, W_TOPICNOUN) &&
            pl_lexicon_token_value(&c->ex->lx, c->t->tok[i - 1].lex) == 1)
            e = NULL;
        if (e && (e->flags & WF_NOUN) && counted(c, h, start, end)) {
            e = NULL; /* and the host verb that governs it: "has hosted seven summits" */
            if (nt > 0 && trigs[nt - 1].hostverb && trigs[nt - 1].tok + 5 >= i)
                nt--;
        }
        if (hv && !e && i + h->n < end &&
            (token_is_word(c, i + h->n, W_HOSTCOUNTRY) || token_is_word(c, i + h->n, W_HOSTSEAT)))
            hv = NULL; /* "the host country" names a party, it is no trigger */
        /* "Prime Minister of Jamaica and host of the event, X": an office */
        if (hv && !e && i + h->n < end && word_eq(c, i + h->n, "of"))
            hv = NULL;
        /* "Danilo Medina (host)": a note on who hosts, no verb */
        if (hv && !e && i > start && i + h->n < end && is_punct(c, i - 1, '(') &&
            is_punct(c, i + h->n, ')'))
            hv = NULL;
        /* "talks by video conference": the way the talks are held, a
         * call when they are talks or a meeting */
        if (e && nt > 0 && hit_word(c, h, W_REMOTE) && means_before(c, i, start)) {
            trigger_hit *prev = &trigs[nt - 1];
            if (!prev->participate && !prev->hostverb && e->value == PARLEY_KIND_CALL &&
                (prev->kind == PARLEY_KIND_MEETING || prev->kind == PARLEY_KIND_TALKS))
                prev->kind = PARLEY_KIND_CALL;
            e = NULL;
        }
        const lx_entry *use = e ? e : hv;
        size_t on = call_on(c, h, start, end);
        if (use && (use->flags & WF_STRICT) && !strict_ok(c, h, e, use, start, end, on, nt == 0))
            continue;
        if (pa && !e && !hv && (pa->flags & WF_STRICT) && !leads_delegation(c, h, pa, end))
            pa = NULL;
        /* "The bloc brings together Antigua, Bahamas ...": a body's
         * members, told in the present, not who took part */
        if (pa && (pa->flags & WF_VERB) && !e && !hv && i <= start + 3 && present_s_form(c, i) &&
            i + h->n < end && hit_at(c, i + h->n) && hit_at(c, i + h->n)->type == H_COUNTRY &&
            (token_is_word(c, start, W_DETERMINER) || word_eq(c, start, "it") ||
             (hit_at(c, start) && hit_at(c, start)->type == H_ORG)))
            pa = NULL;
        if (e || hv || pa) {
            trigger_hit tr = {h->tok,     h->n,    use ? use->value : 0, use ? use->flags : 0,
                              !use && pa, !e && hv};
            if (on) { /* "will call on the President": a visit to a person */
                tr.kind = PARLEY_KIND_MEETING;
                tr.flags = WF_VERB;
            }
            trigs[nt++] = tr;
        }
        next = i + h->n;
    }
    return nt;
}

/* Removes trigger ti of the nt in trigs; the new count. */
static int drop_trigger(trigger_hit *trigs, int nt, int ti)
{
    memmove(&trigs[ti], &trigs[ti + 1], (size_t)(nt - ti - 1) * sizeof *trigs);
    return nt - 1;
}

/* "arrived in Samarkand to attend the SCO summit", "arrived in Accra for an
 * emergency summit", "gathered in Jeddah for the summit": arriving or
 * gathering for a summit is no visit to the state of its venue nor a
 * meeting of its own; the summit is what the sentence tells; so is the
 * meeting "with" someone that a gathering is for. "to visit
 * Seoul for a summit with Yoon" stays the visit. */
int pl_triggers_drop_journeys(const extraction_state *c, trigger_hit *trigs, int nt)
{
    for (int ti = 0; ti + 1 < nt; ti++) {
        const trigger_hit *tr = &trigs[ti];
        int arrive = tr->kind == PARLEY_KIND_VISIT && (tr->flags & WF_HOST);
        int gather = tr->kind == PARLEY_KIND_MEETING;
        if (tr->participate || tr->hostverb || !(tr->flags & WF_VERB) || !(arrive || gather))
            continue;
        int journey = 0;
        /* the next meeting word, taking part aside */
        int k = ti + 1;
        while (k < nt && (trigs[k].participate || trigs[k].hostverb))
            k++;
        if (k < nt) {
            const trigger_hit *m = &trigs[k];
            size_t after = m->tok + m->n;
            int attend = k > ti + 1 && trigs[k - 1].participate;
            for (uint32_t q = m->tok >= 4 ? m->tok - 4 : 0; q < m->tok && !attend; q++)
                attend = word_eq(c, q, "for");
            int bilateral = after < c->t->ntok &&
                            (word_eq(c, after, "with") || word_eq(c, after, "between"));
            /* "gathered in Kingston for a meeting with Obama": the
             * meeting with him is the one the gathering was for (but "meet
             * X in Lima before heading ... for talks with Y" meets X) */
            int object = 0;
            if (gather && bilateral)
                for (size_t q = tr->tok + tr->n; q < m->tok && !object; q++) {
                    const lexicon_hit *h = hit_at(c, q);
                    object = h && h->type != H_WORD && h->type != H_CITY && h->type != H_CAPITAL;
                }
            journey =
                attend && m->tok <= tr->tok + 25 &&
                ((!bilateral && pl_multilateral_kind(m->kind)) || (gather && bilateral && !object));
        }
        if (!journey)
            continue;
        nt = drop_trigger(trigs, nt, ti);
        ti--;
    }
    return nt;
}

int pl_triggers_drop_settings(const extraction_state *c, size_t start, trigger_hit *trigs, int nt)
{
    for (int ti = 1; ti < nt; ti++) {
        const trigger_hit *tr = &trigs[ti];
        if (tr->participate || tr->hostverb || !pl_multilateral_kind(tr->kind))
            continue;
        /* "met Ramaphosa ahead of the summit": a time, not a meeting */
        int ahead = tr->tok >= start + 3 && word_eq(c, tr->tok - 1, "the") &&
                    word_eq(c, tr->tok - 2, "of") && token_is_word(c, tr->tok - 3, W_AHEAD);
        if (!ahead && (tr->tok == start || c->t->tok[tr->tok].shape == TOK_LOWER ||
                       c->t->tok[tr->tok - 1].shape == TOK_LOWER))
            continue; /* named: "the Munich Security Conference", "the BRICS summit" */
        int setting = 0;
        for (size_t k = tr->tok >= start + 6 ? tr->tok - 6 : start; k < tr->tok && !setting; k++)
            setting = word_eq(c, k, "at") || token_is_word(c, k, W_SIDELINES) ||
                      (token_is_word(c, k, W_AHEAD) && k + 1 < tr->tok && word_eq(c, k + 1, "of"));
        int before = 0;
        for (int q = 0; q < ti; q++)
            before |= !trigs[q].participate;
        if (!setting || !before)
            continue;
        nt = drop_trigger(trigs, nt, ti);
        ti--;
    }
    return nt;
}

long pl_triggers_setting_before(const extraction_state *c, size_t start, trigger_hit *trigs,
                                int *nt)
{
    long setting = -1;
    for (int ti = 0; ti < *nt; ti++) {
        const trigger_hit *tr = &trigs[ti];
        size_t k = tr->tok;
        if (tr->participate || tr->hostverb || k < start + 2)
            continue;
        size_t of = word_eq(c, k - 1, "the") && k >= start + 3 ? k - 2 : k - 1;
        if (!word_eq(c, of, "of") || !token_is_word(c, of - 1, W_SIDELINES))
            continue;
        for (size_t q = c->nmeetings; q-- > 0 && setting < 0;)
            if (c->meetings[q].alive && c->meetings[q].kind == tr->kind)
                setting = (long)q;
        if (setting < 0)
            continue;
        *nt = drop_trigger(trigs, *nt, ti);
        break;
    }
    return setting;
}
