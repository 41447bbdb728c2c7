/* clause.c: the steps that make one trigger's meeting (sentence.c calls
 * them in order): its argument window, whether it is denied, the phrase
 * holding it, the parties of its clause and the subjects it takes from
 * outside, its status and date, and its place. */
#include "extract/meetings.h"

#include <string.h>

/* Past "of [the] State" at token q ("President X of Azerbaijan", "the
 * President of China Xi Jinping"), or q; *state tells whether one was. */
static size_t past_of_state(const extraction_state *c, size_t q, size_t R, int *state)
{
    size_t st = q + 1 < R && word_eq(c, q + 1, "the") ? q + 2 : q + 1;
    const lexicon_hit *h = st < R && word_eq(c, q, "of") ? hit_at(c, st) : NULL;
    *state = h && h->type == H_COUNTRY;
    return *state ? h->tok + h->n : q;
}

/* "X, President of A; Y, Prime Minister of B; and Z of C attended": a
 * semicolon at k separates the items of a list of people when a named
 * person ends the item before it and the list closes with "and" before
 * the trigger at end, each item naming a party. */
static int semicolon_list(const extraction_state *c, size_t k, size_t end)
{
    const lexicon_hit *before = k > 0 ? hit_at(c, k - 1) : NULL;
    if (!before || before->type != H_PERSON)
        return 0;
    int closes = 0, named = 0;
    for (size_t q = k + 1; q < end; q++) {
        const lexicon_hit *h = hit_at(c, q);
        if (is_punct(c, q, ';')) {
            if (!named)
                return 0;
            named = 0;
        }
        named |= h && (h->type == H_PERSON || h->type == H_COUNTRY || h->type == H_DEMONYM);
        closes |= word_eq(c, q, "and");
    }
    return closes && named;
}

/* "(senior) representatives from A and B" at token q: past plain
 * lower-case words, a role or delegation word whose "from" or "of" names
 * a state or a body. */
static int officials_from(const extraction_state *c, size_t q, size_t R)
{
    for (size_t end = q + 3; q < end && q + 2 < R; q++) {
        const lexicon_hit *h = hit_at(c, q);
        if (pl_role_word(c, q) || token_is_word(c, q, W_DELEGATION)) {
            size_t r = q + 1;
            while (r < R && r < q + 4 && hit_at(c, r) && hit_at(c, r)->tok < r)
                r++; /* past the rest of a title */
            if (r + 1 >= R || !(word_eq(c, r, "from") || word_eq(c, r, "of")))
                return 0;
            const lexicon_hit *st = hit_at(c, word_eq(c, r + 1, "the") ? r + 2 : r + 1);
            return st && (st->type == H_COUNTRY || st->type == H_ORG);
        }
        if (c->t->tok[q].shape != TOK_LOWER || (h && h->type != H_WORD))
            return 0;
    }
    return 0;
}

/* At the comma at token k: does a list of parties go on ("visit Greece,
 * Serbia and Italy")? ", with Kyiv agreeing ..." and ", the ministry said"
 * are outside. */
static int list_goes_on(const extraction_state *c, size_t k, size_t R)
{
    const lexicon_hit *nh = hit_at(c, k + 1);
    int goes_on = nh && nh->type != H_WORD && nh->type != H_TITLE;
    /* ", and with the president of Guyana, X" */
    if (!goes_on && k + 2 < R && word_eq(c, k + 1, "and") && word_eq(c, k + 2, "with"))
        goes_on = 1;
    if (!goes_on && (word_eq(c, k + 1, "and") || word_eq(c, k + 1, "as"))) {
        size_t j = k + 2;
        if (k + 4 < R && word_eq(c, k + 2, "well") && word_eq(c, k + 3, "as"))
            j = k + 4; /* ", as well as the United Nations" */
        if (j < R && word_eq(c, j, "the"))
            j++;
        const lexicon_hit *n2 = j < R ? hit_at(c, j) : NULL;
        goes_on = n2 && n2->type != H_WORD && n2->type != H_TITLE;
        if (!goes_on && j > k + 2) /* ", as well as" */
            goes_on = officials_from(c, j, R);
    }
    /* ", hosted by Pakistan," / ", chaired by ..." */
    if (!goes_on && k + 2 < R && word_eq(c, k + 2, "by"))
        goes_on = 1;
    /* "the meeting held in Aqaba, Jordan, between ...", "a meeting is
     * being held, including the foreign ministers of ..." */
    if (!goes_on && (word_eq(c, k + 1, "between") || word_eq(c, k + 1, "with") ||
                     word_eq(c, k + 1, "among") || word_eq(c, k + 1, "including")))
        goes_on = 1;
    /* "hosted the summit ..., hailing their unity as he welcomed the
     * leaders of A, B and C": the host greeting the meeting's guests */
    for (size_t q = k + 1; !goes_on && q + 2 < R && q <= k + 16 && !is_punct(c, q, ','); q++)
        goes_on =
            hit_word(c, hit_at(c, q), W_HOST) && word_eq(c, q + 1, "the") && pl_role_word(c, q + 2);
    /* ", also by video link, with ...": an aside before the parties */
    for (size_t q = k + 1; !goes_on && q + 1 < R && q <= k + 6; q++) {
        const lexicon_hit *qh = hit_at(c, q);
        if (qh && qh->type != H_WORD)
            break;
        if (is_punct(c, q, ','))
            goes_on = word_eq(c, q + 1, "with") || word_eq(c, q + 1, "between") ||
                      word_eq(c, q + 1, "among");
    }
    /* ", and Prime Minister of Japan Naoto Kan.", ", and President X of
     * Azerbaijan." or ", and the foreign minister of Peru, X." closes a
     * list of titled names; ", and President X said ..." is a clause of
     * its own */
    size_t t0 = k + 2 < R && word_eq(c, k + 2, "the") ? k + 3 : k + 2; /* ", and the ..." */
    if (!goes_on && word_eq(c, k + 1, "and") && t0 < R && hit_at(c, t0) &&
        hit_at(c, t0)->type == H_TITLE) {
        size_t q = t0;
        while (q < R && q < k + 12) {
            const lexicon_hit *x = hit_at(c, q);
            if (x && x->type == H_PERSON) {
                int state;
                q = past_of_state(c, x->tok + x->n, R, &state);
                goes_on =
                    q >= R || c->t->tok[q].shape == TOK_PUNCT ||
                    (state && (word_eq(c, q, "on") || word_eq(c, q, "in") || word_eq(c, q, "at")));
                break;
            }
            if (x && x->type != H_WORD)
                q = x->tok + x->n;
            else if (word_eq(c, q, "of") || word_eq(c, q, "the"))
                q++;
            else if (is_punct(c, q, ',') && q + 1 < R && hit_at(c, q + 1) &&
                     hit_at(c, q + 1)->type == H_PERSON)
                q++; /* ", and the foreign minister of Peru, X." */
            else
                break;
        }
    }
    if (!goes_on && k + 2 < R) { /* ", Chinese Foreign Minister Wang Yi" */
        const lexicon_hit *n2 = hit_at(c, k + 2);
        goes_on = (nh && nh->type == H_TITLE) ||
                  (word_eq(c, k + 1, "the") && n2 &&
                   (n2->type == H_COUNTRY || n2->type == H_DEMONYM || n2->type == H_ORG));
        /* ", the President of China Xi Jinping": a titled name, its
         * state between */
        if (!goes_on && word_eq(c, k + 1, "the") && n2 && n2->type == H_TITLE) {
            int state;
            size_t q = past_of_state(c, n2->tok + n2->n, R, &state);
            goes_on = q < R && hit_at(c, q) && hit_at(c, q)->type == H_PERSON;
            /* ", the President of Pakistan and the Prime Minister of
             * Kazakhstan": a title of a state, unnamed, is an item too */
            goes_on |= state && (q >= R || is_punct(c, q, ',') || word_eq(c, q, "and"));
        }
    }
    /* ", Chinese Foreign Ministry Spokesperson Wang Wenbin announced": a
     * person who reports is the speaker, not one more party (but after a
     * quote, "\"I received a call from X\", Dar wrote", the speaker is) */
    for (size_t q = k + 1;
         goes_on && !is_punct(c, k - 1, '"') && q + 1 < R && q < k + 10 && !is_punct(c, q, ',');
         q++) {
        const lexicon_hit *x = hit_at(c, q);
        if (x && x->tok == q && x->type == H_PERSON) {
            goes_on = !token_is_word(c, x->tok + x->n, W_REPORT);
            break;
        }
    }
    return goes_on;
}

/* clause_joint past its first test: ", and" at token k. */
static int clause_joint_and(const extraction_state *c, size_t k, size_t end)
{
    if (!word_eq(c, k + 1, "and"))
        return 0;
    size_t q = k + 2;
    if (word_eq(c, q, "the"))
        q++;
    const lexicon_hit *h = q < end ? hit_at(c, q) : NULL;
    if (!h || h->tok != q || h->type == H_WORD || h->type == H_TITLE)
        return 0;
    /* the subject runs on: "Australian Prime Minister Ana Cole" */
    size_t a = h->tok + h->n;
    while (a < end && a < q + 10) {
        const lexicon_hit *x = hit_at(c, a);
        if (x && x->tok == a && (x->type == H_TITLE || x->type == H_PERSON))
            a += x->n;
        else if (!x && c->t->tok[a].shape == TOK_CAP)
            a++;
        else
            break;
    }
    return a < end && (token_is_word(c, a, W_PRESENTAUX) || token_is_word(c, a, W_PAST) ||
                       token_is_word(c, a, W_PLANNED));
}

/* Does a new clause start at token k: ", and Trump is scheduled to ...",
 * ", and the two leaders will ..." (a party, then an auxiliary)? Asked of
 * every token of a window: the comma is tested inline. */
static inline int clause_joint(const extraction_state *c, size_t k, size_t end)
{
    return k + 3 < end && is_punct(c, k, ',') && clause_joint_and(c, k, end);
}

/* Does trigger tr open a participle clause that tells the plural meetings
 * of trigger o: "held bilateral meetings on the sidelines, holding talks
 * with A, B and C"? */
static int tells_plural(const extraction_state *c, const trigger_hit *o, const trigger_hit *tr)
{
    if (o->tok >= tr->tok || !(word_eq(c, o->tok + o->n - 1, "meetings") ||
                               word_eq(c, o->tok + o->n - 1, "talks")))
        return 0;
    size_t v = ing_form(c, tr->tok) ? tr->tok : tr->tok - 1; /* "meeting", "holding talks" */
    if (v < 1 || v <= o->tok + o->n || !ing_form(c, v) || !is_punct(c, v - 1, ','))
        return 0;
    for (size_t k = o->tok + o->n; k + 1 < v; k++) /* one clause: no other verb between */
        if (is_punct(c, k, ';') || token_is_word(c, k, W_RELATIVE))
            return 0;
    return 1;
}

/* Is the comma at token k the one of "Osaka, Japan": a city, then its state? */
static int city_state_comma(const extraction_state *c, size_t k)
{
    const lexicon_hit *a = k > 0 ? hit_at(c, k - 1) : NULL, *b = hit_at(c, k + 1);
    return a && b && (a->type == H_CITY || a->type == H_CAPITAL) && b->type == H_COUNTRY &&
           c->ex->lx.places[a->id].country == b->id;
}

/* Do the words at k tell that the meeting took place, past at most three
 * auxiliaries ("was held", "will be held", "took place")? */
static int took_place_after(const extraction_state *c, size_t k, size_t R)
{
    for (size_t q = k; q < R && q < k + 4 && c->t->tok[q].shape == TOK_LOWER; q++)
        if (token_is_word(c, q, W_TOOKPLACE))
            return 1;
    return 0;
}

/* Is earlier trigger o inside an aside on the subject that closes before
 * trigger tr ("Modi, who is in Osaka for the G20 Summit, hosted Xi"): a
 * relative word after a comma, o, then the closing comma, and no other
 * comma between? Its tokens go in [*a, *b): the subject before it is tr's. */
static int relative_aside(const extraction_state *c, const trigger_hit *o, const trigger_hit *tr,
                          size_t from, size_t *a, size_t *b)
{
    size_t rel = 0;
    for (size_t k = o->tok; k > from + 1 && o->tok - k < 14 && !rel; k--) {
        if (is_punct(c, k - 1, ',') && !city_state_comma(c, k - 1))
            return 0;
        if (token_is_word(c, k - 1, W_RELATIVE) && is_punct(c, k - 2, ','))
            rel = k - 2;
    }
    if (!rel)
        return 0;
    size_t close = o->tok + o->n;
    while (close < tr->tok && close < o->tok + 12 && !is_punct(c, close, ','))
        close++;
    if (close >= tr->tok || !is_punct(c, close, ','))
        return 0;
    for (size_t k = close + 1; k < tr->tok; k++)
        if (is_punct(c, k, ',') || is_punct(c, k, ';'))
            return 0; /* the subject's verb is not tr's */
    *a = rel;
    *b = close + 1;
    return 1;
}

/* Does the meeting noun at k come after "followed by" ("held talks with
 * X, followed by a meeting with Y")? */
static int followed_by(const extraction_state *c, size_t k, size_t start)
{
    if (k > start && token_is_word(c, k - 1, W_DETERMINER))
        k--;
    return k >= start + 2 && word_eq(c, k - 2, "followed") && word_eq(c, k - 1, "by");
}

void pl_clause_window(const sent_state *s, clause *cl)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    size_t start = s->start, L = start, R = s->end;
    cl->rel_a = cl->rel_b = 0;
    for (int k = 0; k < s->nt; k++) {
        const trigger_hit *o = &s->trigs[k];
        if (o->participate || (o->hostverb && pl_host_joins(c, s->trigs, s->nt, k)))
            continue;
        if (k < cl->ti && tells_plural(c, o, tr))
            cl->tells_plural = k + 1;
        if (k < cl->ti && relative_aside(c, o, tr, L, &cl->rel_a, &cl->rel_b))
            continue;
        if (k < cl->ti && o->tok + o->n > L)
            L = o->tok + o->n;
        if (k > cl->ti && o->tok < R)
            R = o->tok;
    }
    /* "The calls came as ...", "The meeting was held ...": a definite
     * meeting noun as the subject refers back; what follows its verb is
     * another clause, not its parties, unless that verb says the meeting
     * took place ("The summit will be held on Monday with leaders of A, B
     * and C") or names them ("The summit involving A, B and C"). */
    cl->Rfull = R;
    size_t after = tr->tok + tr->n;
    if (!(tr->flags & WF_VERB) && tr->tok >= start + 1 && tr->tok <= start + 2 &&
        word_eq(c, start, "the") && after < R && c->t->tok[after].shape == TOK_LOWER &&
        !word_eq(c, after, "with") && !word_eq(c, after, "between") && !word_eq(c, after, "of") &&
        !word_eq(c, after, "among") && !word_eq(c, after, "involving") &&
        !((tr->flags & WF_HOST) && word_eq(c, after, "to")) && /* "The Dutch state visit to X" */
        !pl_include_word(c, after, 1) && !(after + 1 < R && pl_include_word(c, after + 1, 1)) &&
        !took_place_after(c, after, R))
        R = after; /* but "The meeting included leaders of A, B and C" */
    for (size_t k = tr->tok + tr->n; k < R; k++) {
        /* "X also arrived; Y of Bolivia; and Z of Peru": a list of names
         * that semicolons part goes on */
        if ((pl_is_stop_right(c, k) && !(k == tr->tok + tr->n) &&
             !(is_punct(c, k, ';') && semicolon_list(c, k, R))) ||
            clause_joint(c, k, R)) {
            R = k;
            break;
        }
        /* "the visit of X, High Representative of the EU, to Minsk": a
         * title set off by commas after a person describes that person */
        if (is_punct(c, k, ',') && k + 1 < R && k > tr->tok + tr->n && hit_at(c, k - 1) &&
            hit_at(c, k - 1)->type == H_PERSON && hit_at(c, k + 1) &&
            hit_at(c, k + 1)->type == H_TITLE) {
            size_t q = k + 1;
            while (q < R && q < k + 14 && !is_punct(c, q, ','))
                q++;
            if (q < R && is_punct(c, q, ',')) {
                k = q; /* past the closing comma */
                continue;
            }
        }
        /* "the Minister of Foreign Affairs, Cooperation and Mauritanians
         * Abroad, X": a title's fields set off by a comma go on to its name */
        if (is_punct(c, k, ',') && k > tr->tok + tr->n && hit_at(c, k - 1) &&
            hit_at(c, k - 1)->type == H_TITLE) {
            size_t q = k + 1;
            while (q < R && q < k + 10 &&
                   (token_is_word(c, q, W_PORTFOLIO) || word_eq(c, q, "and") ||
                    (hit_at(c, q) &&
                     (hit_at(c, q)->type == H_COUNTRY || hit_at(c, q)->type == H_DEMONYM) &&
                     hit_at(c, q)->n == 1)))
                q++;
            if (q > k + 1 && q + 1 < R && is_punct(c, q, ',') && hit_at(c, q + 1) &&
                hit_at(c, q + 1)->type == H_PERSON) {
                k = q; /* past the comma before the name */
                continue;
            }
        }
        /* A comma ends the arguments unless a list of parties goes on,
         * or a relative clause tells who took part ("the meeting, which
         * included leaders from A, B and C") */
        if (is_punct(c, k, ',') && k + 2 < R && k == tr->tok + tr->n && (tr->flags & WF_NOUN) &&
            token_is_word(c, k + 1, W_RELATIVE) && pl_include_word(c, k + 2, 1)) {
            k += 2;
            continue;
        }
        if (is_punct(c, k, ',') && k + 1 < R && !list_goes_on(c, k, R)) {
            R = k;
            break;
        }
    }
    /* A trigger inside a relative clause ("Lula, who met Zelensky on
     * ..., has promoted") ends at the clause's closing comma, not at a
     * comma of its list ("a tour, which includes a visit to A, B and C") */
    for (size_t k = L; k < tr->tok; k++)
        if (token_is_word(c, k, W_RELATIVE) && k > start && is_punct(c, k - 1, ',')) {
            for (size_t q = tr->tok + tr->n; q < R; q++)
                if (is_punct(c, q, ',') && !list_goes_on(c, q, R)) {
                    R = q;
                    break;
                }
            break;
        }
    for (size_t k = L; k < tr->tok; k++)
        if (clause_joint(c, k, tr->tok))
            L = k + 2;
        else if ((is_punct(c, k, ';') && !semicolon_list(c, k, tr->tok)) ||
                 (token_is_word(c, k, W_REPORT) && k + 1 < tr->tok &&
                  !pl_word_in(c, L, k, W_TRIGGER)))
            L = k + 1;
    /* "Wang will visit Samoa, meet with the ministers of Tonga and Niue,
     * and chair ...": a verb after a comma or "and", past an earlier
     * verb's object, continues that verb's clause: its own arguments start
     * at it, and it shares that verb's subject and status */
    size_t v = tr->tok;
    int verb = (tr->flags & WF_VERB) != 0, k = cl->ti;
    /* "..., and chair a meeting in Fiji": the verb the noun is the object of */
    for (size_t q = tr->tok >= L + 5 ? tr->tok - 5 : L; !verb && q + 3 <= tr->tok; q++)
        if (is_punct(c, q, ',') && word_eq(c, q + 1, "and") &&
            c->t->tok[q + 2].shape == TOK_LOWER && !token_is_word(c, q + 2, W_DETERMINER) &&
            (q + 3 == tr->tok || token_is_word(c, q + 3, W_DETERMINER))) {
            v = q + 2;
            verb = 1;
        }
    size_t own = v;
    if (v > L + 1 &&
        (word_eq(c, v - 1, "also") || word_eq(c, v - 1, "then"))) /* "and then head to" */
        v--;
    if (verb && v > L && L > start && (is_punct(c, v - 1, ',') || word_eq(c, v - 1, "and")))
        while (k-- > 0) {
            const trigger_hit *o = &s->trigs[k];
            if (o->participate || o->tok + o->n > v)
                continue;
            if ((o->flags & WF_VERB) && o->tok > start &&
                !token_is_word(c, o->tok - 1, W_DETERMINER) && o->tok + o->n == L) {
                cl->coord = k + 1;
                L = own;
            }
            break;
        }
    /* "held talks with X, followed by a meeting with Y": the meeting
     * noun after "followed by" is the subject's, its arguments start there */
    cl->followed = !(tr->flags & WF_VERB) && L > start && followed_by(c, tr->tok, L);
    if (cl->followed)
        L = tr->tok;
    /* "arrived for talks with X and is scheduled to hold a meeting with
     * Y": a verb phrase after "and" whose object is the meeting is the
     * subject's too */
    size_t and_at = 0;
    for (size_t q = tr->tok;
         !cl->followed && !(tr->flags & WF_VERB) && q > L + 1 && tr->tok - q < 10 && !and_at; q--) {
        const lexicon_hit *h = hit_at(c, q - 1);
        if (word_eq(c, q - 1, "and"))
            and_at = q - 1;
        else if ((c->t->tok[q - 1].shape != TOK_LOWER && c->t->tok[q - 1].shape != TOK_DIGIT) ||
                 (h && h->type != H_WORD))
            break;
    }
    /* a verb right after "and": "and is scheduled to", "and held", "and
     * make a return trip to" (a word, then the meeting's determiner) */
    if (and_at && L > start &&
        (token_is_word(c, and_at + 1, W_PRESENTAUX) || token_is_word(c, and_at + 1, W_PLANNED) ||
         token_is_word(c, and_at + 1, W_PAST) || token_is_word(c, and_at + 1, W_TOOKPLACE) ||
         (and_at + 2 < tr->tok && !hit_at(c, and_at + 1) &&
          token_is_word(c, and_at + 2, W_DETERMINER)))) {
        cl->followed = 1;
        L = and_at + 1;
    }
    /* "Speaking at a meeting of the SAARC Council of Ministers, Nepal's
     * Foreign Minister X urged ...": the subject after a fronted
     * participle's phrase is the one who took part */
    const lexicon_hit *fh = hit_at(c, start); /* a verb's form, not "Beijing" */
    if (R < s->end && is_punct(c, R, ',') && tr->tok > start && ing_form(c, start) &&
        c->t->tok[start].shape == TOK_CAP && (!fh || fh->type == H_WORD) &&
        !(tr->flags & WF_VERB))
        for (int q = 0; q < s->nm && s->ms[q].p.tok <= R + 8; q++)
            if (s->ms[q].p.tok > R && s->ms[q].p.person >= 0) { /* past its title */
                R = s->ms[q].p.tok + s->ms[q].p.ntok;
                break;
            }
    cl->L = L;
    cl->R = R;
}

int pl_clause_denied(const sent_state *s, const clause *cl)
{
    const extraction_state *c = s->c;
    if (pl_negated(c, cl->tr->tok, s->start) && !pl_word_in(c, s->start, s->end, W_ABSENT))
        return 1;
    /* "denied reports that he would fly to Caracas to meet Maduro" */
    int denied = 0;
    for (size_t k = s->start; k < cl->tr->tok && !denied; k++) {
        const lx_entry *ne = hit_word(c, hit_at(c, k), W_NEGATION);
        denied = ne && (ne->flags & WF_STRICT);
    }
    return denied;
}

void pl_clause_reference(const sent_state *s, clause *cl)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    size_t L = cl->L, start = s->start;
    cl->poss = pl_pp_trigger(c, tr->tok, L, &cl->definite, &cl->ordinal);
    /* "It is the third meeting between A, B and C": the meeting told
     * before, counted */
    cl->it_is = tr->tok >= start + 3 && word_eq(c, start, "it") &&
                (word_eq(c, start + 1, "is") || word_eq(c, start + 1, "was")) &&
                word_eq(c, start + 2, "the");
    if (cl->it_is)
        cl->ordinal = 0;
    /* "President Y of Zimbabwe visited": a verb form after a named state or
     * person heads no phrase ("his French host" does) */
    if (cl->poss >= 0 && (tr->flags & WF_VERB) && !(tr->flags & WF_NOUN) &&
        hit_at(c, (size_t)cl->poss)->type != H_DEMONYM && !hit_word(c, hit_at(c, (size_t)cl->poss), W_PRONOUN))
        cl->poss = -1;
    /* "attended his last summit", "took part in the talks": the object
     * of taking part is a meeting told before */
    cl->pobj = 0;
    int indefinite = 0; /* "attended a meeting of ...": a new one */
    for (size_t k = tr->tok >= L + 3 ? tr->tok - 3 : L; k < tr->tok; k++)
        indefinite |= word_eq(c, k, "a") || word_eq(c, k, "an");
    for (int q = 0; q < s->nt && !indefinite; q++)
        if (s->trigs[q].participate && s->trigs[q].tok + s->trigs[q].n <= tr->tok &&
            tr->tok - (s->trigs[q].tok + s->trigs[q].n) <= 3) {
            cl->definite = 1;
            cl->ordinal = 0;
            cl->pobj = 1;
        }
    /* A communiqué's "Summit was attended by ...": a meeting noun opening
     * the sentence without an article is the one told before */
    if (tr->tok == start && (tr->flags & WF_NOUN) && c->t->tok[tr->tok].shape == TOK_CAP &&
        tr->tok + tr->n < s->end && c->t->tok[tr->tok + tr->n].shape == TOK_LOWER &&
        !word_eq(c, tr->tok + tr->n, "with") && !word_eq(c, tr->tok + tr->n, "between"))
        cl->definite = 1;
    /* "hosted the session" (the host verb as the trigger, or before the
     * meeting noun): the host joins a meeting told before */
    cl->host_the = tr->hostverb ? tr->tok + tr->n < s->end && word_eq(c, tr->tok + tr->n, "the")
                                : tr->tok >= start + 2 && word_eq(c, tr->tok - 1, "the") &&
                                      token_is_word(c, tr->tok - 2, W_HOST);
    if (tr->hostverb && cl->host_the)
        cl->definite = 1;
    /* "took part in the IGAD summit": the phrase is the object of taking
     * part, whose subject is a party */
    cl->pp = cl->poss != -1 && !cl->pobj;
    /* "Biden hosted X, Y and Z for a summit": the phrase hangs on a
     * host or meeting verb, whose subject and objects are the parties. */
    if (cl->poss == -2)
        for (size_t k = L; k < tr->tok && cl->pp; k++) {
            const lexicon_hit *h = hit_at(c, k);
            const lx_entry *e = hit_word(c, h, W_TRIGGER);
            if (hit_word(c, h, W_HOST) || (e && (e->flags & WF_VERB)))
                cl->pp = 0;
        }
    cl->host_trigger = (tr->flags & WF_HOST) != 0;
    /* "meant to fly him to visit Serbia", "invited her to visit": the
     * object pronoun is the visitor, the person named last before it; the
     * sentence's subjects are not. */
    cl->visitor = -1;
    if ((tr->flags & WF_VERB) && tr->tok >= start + 2 && word_eq(c, tr->tok - 1, "to") &&
        token_is_word(c, tr->tok - 2, W_OBJPRONOUN)) {
        for (int k = 0; k < s->nm; k++)
            if (s->ms[k].p.tok < tr->tok && s->ms[k].p.person >= 0)
                cl->visitor = k;
        if (cl->visitor < 0)
            cl->visitor = -2; /* no one named: nobody on the left */
    }
}

/* "The UAE marks the third stop on Trump's itinerary, following visits to
 * Saudi Arabia and Qatar", "Qatar is the third nation the prince has
 * visited": a state that a visit's sentence describes is a stop, not the
 * visitor. */
static int described_stop(const sent_state *s, const clause *cl, const pmention *pm)
{
    size_t a = pm->p.tok + pm->p.ntok;
    return cl->host_trigger && pm->p.person < 0 && pm->is_country && a < s->end &&
           (word_eq(s->c, a, "is") || word_eq(s->c, a, "was") || word_eq(s->c, a, "marks") ||
            word_eq(s->c, a, "marked") || word_eq(s->c, a, "becomes") ||
            word_eq(s->c, a, "became"));
}

/* Is pronoun k an object only ("him", "them"), not a possessive too
 * ("her trip")? */
static int object_only(const extraction_state *c, size_t k)
{
    return token_is_word(c, k, W_OBJPRONOUN) && !token_is_word(c, k, W_DETERMINER);
}

/* Is mention k, left or right of the trigger, outside what the clause
 * takes? Adds the visitor to m on the way. */
static int outside_clause(const sent_state *s, const clause *cl, meeting *m, int k)
{
    const pmention *pm = &s->ms[k];
    const trigger_hit *tr = cl->tr;
    int isleft = pm->p.tok < tr->tok;
    if (isleft && cl->visitor != -1 && k != cl->visitor)
        return 1;
    if (isleft && cl->visitor == k) {
        pl_add_party(s->c, m, &pm->p);
        return 1;
    }
    if (isleft && described_stop(s, cl, pm))
        return 1;
    if (isleft && pm->p.tok >= cl->rel_a && pm->p.tok < cl->rel_b)
        return 1; /* in the subject's aside */
    if (isleft && cl->pp) {
        /* Only the possessor ("his visit") of a trigger in a phrase,
         * or everything when the phrase opens the sentence; and the
         * partner of the sentence's verb when no meeting word comes
         * before, nor a quote's end ("X discussed trade with Y during a
         * bilateral meeting") */
        int partner = pm->prep == P_WITH;
        for (int q = 0; q < cl->ti && partner; q++)
            partner = s->trigs[q].participate;
        for (size_t q = pm->p.tok; q < tr->tok && partner; q++)
            partner = !is_punct(s->c, q, '"');
        if (!(cl->poss >= 0 && pm->p.tok == (uint32_t)cl->poss) && !partner)
            return 1;
    } else if (isleft ? pm->p.tok < cl->L : pm->p.tok >= cl->R) {
        return 1;
    }
    return pm->p.tok >= tr->tok && pm->p.tok < tr->tok + tr->n;
}

/* A host of the visit (one visit per state): noted once per state; a
 * city is the place. */
static void add_host(const sent_state *s, clause *cl, meeting *m, const pmention *pm)
{
    int st = pl_party_state(s->c, &pm->p);
    int dup = 0;
    for (int q = 0; q < cl->nhosts; q++)
        dup |= cl->hosts[q] == st;
    if (!dup) {
        cl->hostp[cl->nhosts] = pm->p;
        cl->hosts[cl->nhosts++] = st;
    }
    if (pm->place >= 0 && m->loc_place < 0)
        m->loc_place = pm->place;
}

/* Is the mention at token k the subject of a host verb that joins this
 * clause's meeting noun ("Ghana to host a meeting of ...")? */
static int hosted_by_subject(const sent_state *s, const clause *cl, uint32_t k)
{
    for (int q = 0; q < s->nt; q++) {
        const trigger_hit *o = &s->trigs[q];
        if (o->hostverb && o->tok > k && o->tok < cl->tr->tok &&
            pl_host_joins(s->c, s->trigs, s->nt, q))
            return 1;
    }
    return 0;
}

void pl_clause_parties(const sent_state *s, clause *cl, meeting *m)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    cl->nhosts = cl->nframe = 0;
    for (int k = 0; k < s->nm; k++) {
        if (outside_clause(s, cl, m, k))
            continue;
        const pmention *pm = &s->ms[k];
        int isleft = pm->p.tok < tr->tok;
        int is_host = 0;
        int is_poss = cl->pp && cl->poss >= 0 && pm->p.tok == (uint32_t)cl->poss;
        pmention conj;
        if (pm->prep == P_CONJ) {
            /* The subject of a clause whose verb is this trigger is a party;
             * otherwise the word was a preposition ("after Qatar"). */
            int clause_subject = isleft && !cl->pp;
            for (size_t q = pm->p.tok; clause_subject && q < tr->tok; q++)
                clause_subject = !is_punct(c, q, ',');
            conj = *pm;
            conj.prep = clause_subject ? P_NONE : P_TOPIC;
            pm = &conj;
        }
        /* "he held talks with ...": a subject pronoun right before the verb */
        if (pm->pronoun && !cl->pp && isleft && tr->tok - pm->p.tok <= 5 &&
            token_is_word(c, pm->p.tok, W_SUBJPRONOUN)) {
            /* "he held talks", "he has ruled out meeting": no comma between */
            int near = 1;
            for (size_t q = pm->p.tok + 1; q < tr->tok && near; q++)
                near = c->t->tok[q].shape == TOK_LOWER;
            is_poss = near;
        }
        /* "(said that) his first meeting with Putin would ...": a
         * possessive opening the meeting's noun phrase */
        if (pm->pronoun && !cl->pp && isleft && (tr->flags & WF_NOUN) && tr->tok - pm->p.tok <= 3 &&
            !token_is_word(c, pm->p.tok, W_SUBJPRONOUN) && !object_only(c, pm->p.tok)) {
            int np = 1;
            for (size_t q = pm->p.tok + pm->p.ntok; q < tr->tok && np; q++)
                np = modifier_shape(c, q) && (!hit_at(c, q) || hit_at(c, q)->type == H_WORD);
            is_poss |= np;
        }
        /* "his stay is to include a meeting with Xi": the possessor of
         * what includes the meeting ("his stay", "her trip") */
        if (!is_poss && pm->pronoun && !cl->pp && isleft && (tr->flags & WF_NOUN) &&
            tr->tok - pm->p.tok <= 8 && !token_is_word(c, pm->p.tok, W_SUBJPRONOUN) &&
            !object_only(c, pm->p.tok)) {
            int lower = 1, inc = 0;
            for (size_t q = pm->p.tok + pm->p.ntok; q < tr->tok && lower; q++) {
                lower = modifier_shape(c, q) && (!hit_at(c, q) || hit_at(c, q)->type == H_WORD);
                inc |= pl_include_word(c, q, 1);
            }
            is_poss = lower && inc;
        }
        /* "the ASEAN summit", "a summit of the Quad", "took part in the
         * IGAD summit" (whatever preposition stands before it): the body
         * names the meeting; its members are the parties unless none are
         * named. */
        if (pl_frame_org(c, pm, tr)) {
            if (cl->nframe < 4)
                cl->frame[cl->nframe++] = pm->p;
            continue;
        }
        if (!is_poss && !pl_party_context(pm, cl->host_trigger && !isleft, &is_host))
            continue;
        /* "a tour of Algeria, Mauritania and Mali": each a host */
        is_host |= !isleft && (tr->flags & WF_OFHOST) && pm->is_country && pm->prep == P_OF &&
                   !pm->possessive && pm->place < 0;
        if (is_host && cl->nhosts < MAX_PARTIES) {
            add_host(s, cl, m, pm);
            continue;
        }
        if (pm->prep == P_BY && m->host < 0)
            m->host = pl_party_state(c, &pm->p);
        /* "Ghana to host a meeting of ...", "Accra will host ...": the
         * subject of a host verb hosts it, there */
        if (isleft && pm->prep == P_NONE && m->host < 0 && hosted_by_subject(s, cl, pm->p.tok)) {
            m->host = pl_party_state(c, &pm->p);
            if (pm->place >= 0 && m->loc_place < 0)
                m->loc_place = pm->place;
            else if (pm->is_country && m->loc_country < 0)
                m->loc_country = pm->p.country;
        }
        pl_add_party(c, m, &pm->p);
    }
    if (pl_distinct_parties(c, m) < 2)
        for (int q = 0; q < cl->nframe; q++)
            pl_add_party(c, m, &cl->frame[q]);
}

/* Is mention pm "he" or "she"? */
static int subject_pronoun(const extraction_state *c, const pmention *pm)
{
    return pm->pronoun && token_is_word(c, pm->p.tok, W_SUBJPRONOUN);
}

/* Can mention pm be a clause's subject: no preposition before it, and a
 * subject pronoun or a party (a named person when named is set)? */
static int subject_mention(const extraction_state *c, const pmention *pm, int named)
{
    int h;
    return pm->prep == P_NONE &&
           (subject_pronoun(c, pm) ||
            (!pm->pronoun && (!named || pm->p.person >= 0) && pl_party_context(pm, 0, &h)));
}

/* Unless m has a party before trigger tr, the first subject before token
 * bound (a pronoun or a named person) is its party. */
static void left_subject(const sent_state *s, const trigger_hit *tr, meeting *m, size_t bound)
{
    for (int k = 0; k < m->nparties; k++)
        if (m->parties[k].tok < tr->tok)
            return;
    for (int k = 0; k < s->nm && s->ms[k].p.tok < bound; k++)
        if (subject_mention(s->c, &s->ms[k], 1)) {
            pl_add_party(s->c, m, &s->ms[k].p);
            return;
        }
}

/* Does the phrase holding the trigger say its subject took part: "during
 * a call", "at the meeting", not "the cancellation of the visit"? */
static int took_part_in(const extraction_state *c, const trigger_hit *tr, size_t start)
{
    for (size_t k = tr->tok; k > start && k + 4 > tr->tok;) {
        k--;
        if (word_eq(c, k, "of"))
            return 0;
        if (word_eq(c, k, "during") || word_eq(c, k, "in") || word_eq(c, k, "at"))
            return 1;
    }
    return 0;
}

/* Is "and" one of tokens [a, b)? */
static int and_between(const extraction_state *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (word_eq(c, k, "and"))
            return 1;
    return 0;
}

/* A state or a body named, not a pronoun nor a person: "the leaders of
 * the EU and CELAC". */
static int party_noun(const pmention *pm)
{
    return !pm->pronoun && (pm->is_country || (pm->p.org >= 0 && pm->p.person < 0));
}

/* A phrase without a possessor ("before stops in X and Y") takes the
 * sentence's subject: its first party named outside a phrase. */
static void phrase_subject(const sent_state *s, const clause *cl, meeting *m)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    const pmention *ms = s->ms;
    int nm = s->nm;
    for (int k = 0; k < nm; k++) {
        int h;
        if (ms[k].p.tok >= tr->tok)
            break;
        if (described_stop(s, cl, &ms[k]))
            continue;
        if (subject_mention(c, &ms[k], 0)) {
            pl_add_party(c, m, &ms[k].p);
            /* "Ghana's president and his Togolese counterpart discussed
             * ... during a call": a subject of two */
            for (int q = k + 1; took_part_in(c, tr, s->start) && q < nm &&
                                ms[q].p.tok < tr->tok && !ms[q].pronoun &&
                                and_between(c, ms[q - 1].p.tok + ms[q - 1].p.ntok, ms[q].p.tok) &&
                                pl_list_glue(c, ms[q - 1].p.tok + ms[q - 1].p.ntok, ms[q].p.tok);
                 q++)
                pl_add_party(c, m, &ms[q].p);
            /* "Biden congratulated Lula ... during a call": in a call
             * the verb's object, a person, is the other party. */
            for (int q = k + 1; tr->kind == PARLEY_KIND_CALL && q < nm && ms[q].p.tok < tr->tok;
                 q++)
                if (ms[q].p.person >= 0 && !ms[q].pronoun && pl_party_context(&ms[q], 0, &h) &&
                    !pl_same_party(c, &ms[q].p, &ms[k].p)) {
                    pl_add_party(c, m, &ms[q].p);
                    break;
                }
            break;
        }
        /* "The leaders of Botswana, Malawi and Tanzania are in Maputo
         * for the summit": a list of states after a role noun. */
        if ((ms[k].prep == P_OF || ms[k].prep == P_FROM) && party_noun(&ms[k])) {
            int q = k;
            pl_add_party(c, m, &ms[q].p);
            while (q + 1 < nm && ms[q + 1].p.tok < tr->tok && party_noun(&ms[q + 1]) &&
                   pl_list_glue(c, ms[q].p.tok + ms[q].p.ntok, ms[q + 1].p.tok))
                pl_add_party(c, m, &ms[++q].p);
            break;
        }
    }
}

void pl_clause_subjects(const sent_state *s, clause *cl, meeting *m)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    size_t start = s->start;
    /* A verb whose subject stands before an earlier trigger ("he
     * addressed the conference and met Aliyev") takes that subject. */
    if (!cl->pp && (tr->flags & WF_VERB) && cl->L > start)
        left_subject(s, tr, m, cl->L);
    if (cl->followed)
        left_subject(s, tr, m, s->trigs[0].tok);
    /* "X held bilateral meetings at the summit, holding talks with A and
     * B": the subject of the meetings holds the talks */
    if (cl->tells_plural)
        left_subject(s, tr, m, s->trigs[cl->tells_plural - 1].tok);
    /* "Thailand turned down a Cambodian proposal for a meeting": the
     * proposer and the sentence's subject */
    int proposer = cl->pp && cl->poss >= 0 &&
                   hit_word(c, hit_at(c, (size_t)cl->poss + hit_at(c, (size_t)cl->poss)->n), W_PLANNED);
    if (cl->pp && (cl->poss == -2 || proposer) && !(cl->L == start && pl_pp_opens(c, tr->tok, start)))
        phrase_subject(s, cl, m);
    /* "Trump said a meeting with Putin would take place in Riyadh": a
     * meeting with one party, told as a speaker's news, is the speaker's */
    if (!cl->pp && (tr->flags & WF_NOUN) && !cl->definite && cl->L > start &&
        pl_distinct_parties(c, m) == 1 && m->parties[0].tok > tr->tok &&
        token_is_word(c, cl->L - 1, W_REPORT)) {
        const pmention *speaker = NULL;
        for (int k = 0; k < s->nm && s->ms[k].p.tok < cl->L - 1; k++)
            if (subject_mention(c, &s->ms[k], 0))
                speaker = &s->ms[k];
        if (speaker)
            pl_add_party(c, m, &speaker->p);
    }
    /* "\"Met FM Sergey Lavrov of Russia on the sidelines ...\"", a post
     * quoted: a verb opening the sentence, or its quote, with no subject
     * is the first person's: the one the article is about, else the first
     * it names */
    size_t open = start + (start < tr->tok && is_punct(c, start, '"'));
    if ((tr->flags & WF_VERB) && tr->tok == open && c->t->tok[tr->tok].shape == TOK_CAP) {
        int who = c->topic_person;
        if (who < 0)
            for (size_t k = 0; k < c->npeople; k++)
                if (c->people[k].first_tok < tr->tok &&
                    (who < 0 || c->people[k].first_tok < c->people[who].first_tok))
                    who = (int)k;
        const person *p = who >= 0 ? &c->people[who] : NULL;
        if (p && p->country >= 0 && !pl_has_state(c, m, p->country)) {
            party q = {p->country, p->org, who, p->first_tok, p->ntok};
            pl_add_party(c, m, &q);
        }
    }
    /* A trigger opening the sentence in a phrase takes the main clause's
     * subject too: "In a phone call with X, Wang said ..." */
    if (cl->pp && cl->poss < 0 && cl->L == start && pl_pp_opens(c, tr->tok, start)) {
        for (int k = 0; k < s->nm; k++) {
            int h;
            if (s->ms[k].p.tok > tr->tok && s->ms[k].p.tok < cl->R &&
                pl_party_context(&s->ms[k], 0, &h))
                pl_add_party(c, m, &s->ms[k].p);
        }
    }
}

/* A status word that tells what once was: "originally planned for March",
 * "after being postponed twice". Token k is the word's first. A meeting
 * word between is the word's subject, not part of it: in "his first
 * visit will take place" the visit is still to come. */
static int former_status(const extraction_state *c, size_t k, size_t start)
{
    for (size_t q = k >= start + 2 ? k - 2 : start; q < k; q++)
        if (token_is_word(c, q, W_FORMERLY) &&
            !(q + 1 < k && hit_word(c, hit_at(c, q + 1), W_TRIGGER)))
            return 1;
    return 0;
}

/* The word classes of tokens [a, b), but the status words that tell what
 * once was. */
static uint64_t status_words(const extraction_state *c, size_t a, size_t b, size_t start)
{
    const uint64_t status = UINT64_C(1) << W_PLANNED | UINT64_C(1) << W_CANCELLED;
    uint64_t words = 0;
    if (a >= b)
        return 0;
    /* Each token's hit that starts there, along the sorted hits rather
     * than token by token (by hand for speed). */
    for (size_t hx = pl_first_hit_from(c, a); hx < c->nhits && c->hits[hx].tok < b; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t k = h->tok;
        if (c->hit_at[k] == (int32_t)hx && h->type == H_WORD)
            words |= (h->words & status) && former_status(c, k, start) ? h->words & ~status
                                                                        : h->words;
    }
    return words;
}

/* From token sl on, past the last other trigger before this clause's
 * (and the planned words that go with it): where this trigger's own
 * planned words may start. */
static size_t planned_for_other(const sent_state *s, const clause *cl, size_t sl)
{
    for (int q = 0; q < s->nt; q++) {
        const trigger_hit *o = &s->trigs[q];
        if (q != cl->ti && !o->participate && o->tok + o->n <= cl->tr->tok && o->tok + o->n > sl)
            sl = o->tok + o->n;
    }
    return sl;
}

/* Does [a, b) hold a plan word (status_words' W_PLANNED)? A token's word
 * classes there do not depend on the range it is read in, so a part of the
 * clause's window holds no plan word when the whole (cl->words, made first)
 * holds none: answered without the walk. (By hand for speed: the walks cost
 * about one instruction a byte of text.) */
static int plan_word_in(const extraction_state *c, const clause *cl, size_t a, size_t b,
                        size_t start)
{
    if (a >= cl->L && b <= cl->Rfull && !(cl->words >> W_PLANNED & 1))
        return 0;
    return status_words(c, a, b, start) >> W_PLANNED & 1;
}

/* Is the meeting still to come: a headline's "to meet", a modal word near
 * the trigger, "ahead of the summit"? cl->words must be made. */
static int planned_words(const sent_state *s, const clause *cl)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    size_t start = s->start, Rfull = cl->Rfull;
    int planned = 0;
    size_t sl = cl->pp ? start : cl->L;
    /* A headline (no closing period) says "Wang Yi to meet Taliban". */
    const char *lastw = tok_norm(c, s->end - 1);
    int headline = lastw[0] != '.' && lastw[0] != '!' && lastw[0] != '?' && lastw[0] != '"' &&
                   lastw[0] != '\'' && lastw[0] != ')';
    if (headline && tr->tok > start && word_eq(c, tr->tok - 1, "to") && (tr->flags & WF_VERB))
        planned = 1;
    /* "Iraq, Egypt and Jordan to convene a meeting", "Astana to host
     * meeting", "to host in-person summit", "to start Africa tour": to +
     * verb (+ words, a capitalised word that names nothing) + noun; with
     * names or a list between ("to host Ukraine summit", "to host US,
     * China, Russia meeting") only when no verb of meeting stands before
     * ("arrives in Mexico to participate in the summit": a purpose) */
    size_t verb_before = tr->tok; /* the first verb of meeting's token */
    for (size_t q = start; headline && q < tr->tok && verb_before == tr->tok; q++) {
        const lx_entry *v = hit_word(c, hit_at(c, q), W_TRIGGER);
        if (v && (v->flags & WF_VERB))
            verb_before = q;
    }
    for (size_t k = tr->tok >= start + 8 ? tr->tok - 8 : start; headline && k + 1 < tr->tok; k++) {
        if (!word_eq(c, k, "to") || (tr->flags & WF_VERB) || c->t->tok[k + 1].shape != TOK_LOWER)
            continue;
        int plain = k + 4 >= tr->tok, named = k <= verb_before;
        for (size_t q = k + 2; q < tr->tok; q++) {
            int shape = c->t->tok[q].shape;
            /* "to hold 5th BIMSTEC summit": an ordinal in figures too */
            plain &=
                shape == TOK_LOWER || shape == TOK_DIGIT || (shape == TOK_CAP && !hit_at(c, q));
            named &= shape == TOK_LOWER || shape == TOK_CAP || shape == TOK_UPPER ||
                     shape == TOK_DIGIT || is_punct(c, q, ',');
        }
        if (plain || named)
            planned = 1;
    }
    /* A meeting noun as the subject takes the modality of its verb,
     * however far ("The meeting of the presidents of ..., is to be held"). */
    int subject = !(tr->flags & WF_VERB) && tr->tok <= start + 2;
    /* ... after a phrase set off by a comma: "On Tuesday afternoon, the
     * virtual Special ASEAN Plus Three Summit will be held" */
    for (size_t k = tr->tok; !subject && !(tr->flags & WF_VERB) && k > start && k + 24 > tr->tok;
         k--) {
        if (!is_punct(c, k - 1, ',') || !token_is_word(c, k, W_DETERMINER))
            continue;
        int fronted = 1;
        for (size_t q = k + 1; q < tr->tok && fronted; q++)
            fronted = !(token_is_word(c, q, W_PAST) || token_is_word(c, q, W_PRESENTAUX) ||
                        token_is_word(c, q, W_PLANNED) || token_is_word(c, q, W_REPORT) ||
                        token_is_word(c, q, W_RELATIVE));
        /* its verb: the first lower-case word past the noun's phrase
         * ("in Cairo endorsed a plan" is no plan) */
        size_t v = tr->tok + tr->n;
        while (fronted && v < Rfull &&
               (c->t->tok[v].shape != TOK_LOWER || word_eq(c, v, "of") || word_eq(c, v, "on") ||
                word_eq(c, v, "in") || word_eq(c, v, "the") || word_eq(c, v, "and")))
            v++;
        if (fronted && v < Rfull && token_is_word(c, v, W_PLANNED))
            planned = 1;
        break;
    }
    /* "said (that) a meeting", "told reporters that his first meeting" */
    if (!subject && !(tr->flags & WF_VERB) && cl->L > start && tr->tok <= cl->L + 5) {
        subject = 1;
        for (size_t q = cl->L; q < tr->tok && subject; q++)
            subject = c->t->tok[q].shape == TOK_LOWER;
    }
    /* ... but for the plan words of a later meeting ("In a call with X,
     * Buhari accepted an invitation to visit"): they are that one's */
    size_t own_end = Rfull;
    for (int q = cl->ti + 1; q < s->nt; q++) {
        const trigger_hit *o = &s->trigs[q];
        if (o->participate)
            continue;
        if (o->tok < Rfull + 3) /* the next meeting word, in token order */
            own_end = o->tok >= tr->tok + tr->n + 3 ? o->tok - 3 : tr->tok + tr->n;
        break;
    }
    if (subject && plan_word_in(c, cl, tr->tok + tr->n, own_end, start))
        planned = 1;
    /* "During his visit to China, X is scheduled to meet Y": a meeting
     * told as the time of the main clause takes its modality */
    if (!planned && tr->tok > start && tr->tok <= start + 3 && word_eq(c, start, "during"))
        for (size_t q = tr->tok + tr->n; q < s->end && q < tr->tok + 12; q++)
            if (is_punct(c, q, ',')) {
                size_t verb_end = q + 12 < s->end ? q + 12 : s->end; /* up to the next meeting word */
                for (int r = cl->ti + 1; r < s->nt; r++)
                    if (s->trigs[r].tok > q && s->trigs[r].tok < verb_end) {
                        verb_end = s->trigs[r].tok + s->trigs[r].n;
                        break;
                    }
                planned = status_words(c, q + 1, verb_end, start) >> W_PLANNED & 1;
                break;
            }
    /* "ahead of the summit", "in the run-up to the summit", "ahead of a
     * Gulf Cooperation Council (GCC) meeting": the meeting is still to
     * come; its name may stand between */
    for (size_t k = tr->tok; k > start + 1 && tr->tok - k < 12 && !planned; k--) {
        if ((token_is_word(c, k - 2, W_AHEAD) && word_eq(c, k - 1, "of")) ||
            (token_is_word(c, k - 2, W_RUNUP) && word_eq(c, k - 1, "to")))
            planned = 1;
        if (c->t->tok[k - 1].shape == TOK_LOWER && tr->tok - k >= 4 &&
            !token_is_word(c, k - 1, W_DETERMINER) && !word_eq(c, k - 1, "of"))
            break;
        /* "Ahead of Brussels Summit, EU Leader Holds Talks": what is
         * ahead ends at a comma */
        if (is_punct(c, k - 1, ','))
            break;
    }
    size_t near = tr->tok + tr->n + 3 < Rfull ? tr->tok + tr->n + 3 : Rfull;
    /* Before a trigger in a phrase, a planned word that goes with another
     * trigger ("the planned state visit ..., in a phone call") is that
     * one's. */
    if (cl->pp)
        sl = planned_for_other(s, cl, sl);
    if (plan_word_in(c, cl, sl, tr->tok, start) ||
        plan_word_in(c, cl, tr->tok + tr->n, near, start))
        planned = 1;
    return planned;
}

/* Is the meeting word at k the time of its sentence: "ahead of the
 * summit", "on the eve of the summit"? */
static int ahead_of(const extraction_state *c, size_t k, size_t start)
{
    size_t of = k >= start + 3 && word_eq(c, k - 1, "the") ? k - 2 : k - 1;
    return of >= start + 1 && word_eq(c, of, "of") && token_is_word(c, of - 1, W_AHEAD);
}

/* The date nearest the trigger in its window that no other trigger is
 * nearer and no report verb tells, or NULL. */
static const date_expr *best_date(const sent_state *s, const clause *cl)
{
    const extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    const date_expr *best = NULL;
    long bestd = 1L << 30;
    /* Verbs of taking part are not meetings of their own: "In February,
     * Blinken took part in the meeting" dates the meeting. */
    int others = 0;
    for (int q = 0; q < s->nt; q++)
        others += q != cl->ti && !s->trigs[q].participate;
    for (int k = 0; k < s->nd; k++) {
        const date_expr *d = &s->ds[k];
        long dist = (long)d->tok - (long)tr->tok;
        if (dist < 0)
            dist = -dist;
        int inwin = d->tok >= cl->L && d->tok < s->end;
        if (!inwin && others)
            continue;
        /* A date nearer another trigger belongs to that one. */
        int nearer = 0;
        for (int q = 0; q < s->nt && !nearer; q++) {
            const trigger_hit *o = &s->trigs[q];
            if (q == cl->ti || o->participate ||
                (o->hostverb && pl_host_joins(c, s->trigs, s->nt, q)) ||
                followed_by(c, o->tok, s->start))
                continue;
            long dq = (long)d->tok - (long)o->tok;
            nearer = (dq < 0 ? -dq : dq) < dist;
            /* not across a new clause: "on Monday, and Trump is to meet" */
            size_t lo = d->tok < o->tok ? d->tok : o->tok, hi = d->tok < o->tok ? o->tok : d->tok;
            for (size_t j = lo; j < hi && nearer; j++)
                nearer = !clause_joint(c, j, hi);
            /* "On the eve of the summit, on November 27, X held talks":
             * a meeting that only times the sentence, a comma from the
             * date, does not own it */
            if (nearer && lo == o->tok && ahead_of(c, o->tok, s->start))
                for (size_t j = lo; j < hi && nearer; j++)
                    nearer = !is_punct(c, j, ',');
        }
        if (nearer)
            continue;
        /* "..., the agency reported on Sunday": the report's date; so is
         * one in an opening "According to the ministry on Thursday," when
         * the trigger comes after its comma */
        int reported = pl_date_reported(c, d, s->start, 3);
        if (!reported && s->start + 2 < d->tok && word_eq(c, s->start, "according") &&
            word_eq(c, s->start + 1, "to")) {
            size_t comma = s->start + 2;
            while (comma < s->end && !is_punct(c, comma, ','))
                comma++;
            reported = d->tok < comma && tr->tok > comma;
        }
        /* "originally planned for March": what once was */
        for (uint32_t q = d->tok >= s->start + 4 ? d->tok - 4 : (uint32_t)s->start;
             q < d->tok && !reported; q++)
            reported = hit_word(c, hit_at(c, q), W_PLANNED) && former_status(c, q, s->start);
        /* "X, who assumed office in September, was welcomed ...": a date
         * in a clause about a person that the trigger is not in is that
         * clause's ("the visit, which was slated for March 20" is not) */
        for (size_t q = d->tok; q > s->start + 1 && !reported; q--) {
            if (is_punct(c, q - 1, ',') || is_punct(c, q - 1, ';')) {
                size_t r = q;
                while (r < s->end && !is_punct(c, r, ','))
                    r++;
                reported = word_eq(c, q, "who") && !(tr->tok >= q && tr->tok < r);
                break;
            }
        }
        /* "following deadly border clashes in July": the time of what
         * came before, not of the meeting */
        for (uint32_t q = d->tok >= s->start + 7 ? d->tok - 7 : (uint32_t)s->start;
             q + 2 < d->tok && !reported; q++) {
            if (!token_is_word(c, q, W_CLAUSECONJ))
                continue;
            int noun = 0, trig = 0;
            for (uint32_t r = q + 1; r < d->tok; r++) {
                trig |= hit_word(c, hit_at(c, r), W_TRIGGER) != NULL;
                noun |= c->t->tok[r].shape == TOK_LOWER && !hit_at(c, r) &&
                        !token_is_word(c, r, W_DETERMINER) && !token_is_word(c, r, W_LOCPREP);
            }
            reported = noun && !trig;
        }
        if (reported)
            continue;
        if (dist < bestd) {
            bestd = dist;
            best = d;
        }
    }
    return best;
}

/* "is meeting", "are travelling to": the trigger's -ing form right after
 * a present auxiliary. */
static int progressive(const extraction_state *c, const trigger_hit *tr, size_t start)
{
    if (!ing_form(c, tr->tok))
        return 0;
    if (tr->tok > start && token_is_word(c, tr->tok - 1, W_PRESENTAUX))
        return 1; /* "is meeting" */
    for (size_t k = tr->tok >= start + 2 ? tr->tok - 2 : start; k < tr->tok; k++)
        if ((tr->flags & WF_VERB) && token_is_word(c, k, W_PRESENTAUX))
            return 1;
    return 0;
}

/* "Leaders are arriving in Nairobi for the summit on Sunday": a meeting
 * noun that a progressive verb is for. */
static int progressive_for(const extraction_state *c, const trigger_hit *tr, size_t start)
{
    if (!(tr->flags & WF_NOUN))
        return 0;
    int for_seen = 0;
    for (size_t k = tr->tok; k > start + 1 && tr->tok - k < 12;) {
        k--;
        for_seen |= word_eq(c, k, "for");
        if (for_seen && ing_form(c, k) && token_is_word(c, k - 1, W_PRESENTAUX))
            return 1;
    }
    return 0;
}

/* "will meet in Accra on Wednesday for talks on trade", "will travel to
 * Cairo on Monday to meet X": a meeting word after "for", or a meeting
 * verb after "to", is the purpose of the sentence's planned meeting, and
 * is still to come too. */
static int purpose_of_plan(const sent_state *s, const clause *cl, const meeting *m)
{
    const extraction_state *c = s->c;
    size_t k = cl->tr->tok;
    if (k > s->start && (word_eq(s->c, k - 1, "a") || word_eq(s->c, k - 1, "the")))
        k--;
    int purpose = k > s->start &&
                  (word_eq(c, k - 1, "for") ||
                   (word_eq(c, k - 1, "to") && k == cl->tr->tok && (cl->tr->flags & WF_VERB)));
    if (!purpose)
        return 0;
    for (const meeting *o = m; o-- > c->meetings;)
        if (o->alive && o->sentence0 == (int)s->si && o->status == PARLEY_STATUS_PLANNED)
            return 1;
    return 0;
}

/* "postponed to March 30", "rescheduled until May": a postponement (a
 * cancelled word of value 1) in the clause with a date right after "to",
 * "until" or "till" past it; that date, or NULL ("scheduled for Friday" is
 * the day it had). */
static const date_expr *new_date(const sent_state *s, const clause *cl)
{
    const extraction_state *c = s->c;
    for (size_t k = cl->L; k < cl->Rfull; k++) {
        const lx_entry *e = hit_word(c, hit_at(c, k), W_CANCELLED);
        if (!e || e->value != 1)
            continue;
        for (int q = 0; q < s->nd; q++) {
            const date_expr *d = &s->ds[q];
            if (d->tok > k && d->tok < cl->Rfull && d->tok >= 1 &&
                (word_eq(c, d->tok - 1, "to") || word_eq(c, d->tok - 1, "until") ||
                 word_eq(c, d->tok - 1, "till")))
                return d;
        }
        return NULL;
    }
    return NULL;
}

/* Is the trigger in a clause of time told in the present ("when he
 * arrives for a visit"): "when" in its window, and no word of the past
 * between them? */
static int when_present(const sent_state *s, const clause *cl)
{
    const extraction_state *c = s->c;
    for (size_t k = cl->tr->tok; k-- > cl->L;) {
        if (word_eq(c, k, "when"))
            return 1;
        if (token_is_word(c, k, W_PAST) || ed_form(c, k))
            return 0;
    }
    return 0;
}

/* The last meeting the sentence made, other than m, whose word stands
 * before token tok; or NULL. */
static const meeting *made_before(const sent_state *s, const meeting *m, size_t tok)
{
    for (int q = s->nmade; q-- > 0;) {
        const meeting *o = &s->c->meetings[s->made[q]];
        if (o != m && o->trig_tok < tok)
            return o;
    }
    return NULL;
}

void pl_clause_status(const sent_state *s, clause *cl, meeting *m)
{
    const extraction_state *c = s->c;
    cl->words = status_words(c, cl->L, cl->Rfull, s->start);
    cl->cancelled = (cl->words >> W_CANCELLED) & 1;
    cl->planned = planned_words(s, cl) || purpose_of_plan(s, cl, m);
    for (int q = 0; q < s->nmade && cl->coord && !cl->planned; q++) {
        const meeting *o = &c->meetings[s->made[q]];
        cl->planned =
            o->trig_tok == s->trigs[cl->coord - 1].tok && o->status == PARLEY_STATUS_PLANNED;
    }
    /* "will meet X on Friday when he arrives for a two-day visit": a
     * clause of time in the present after a planned meeting is to come */
    for (int q = 0; q < s->nmade && !cl->planned && !cl->cancelled && when_present(s, cl); q++)
        cl->planned = c->meetings[s->made[q]].status == PARLEY_STATUS_PLANNED &&
                      c->meetings[s->made[q]].trig_tok < cl->tr->tok;
    const date_expr *best = best_date(s, cl);
    const date_expr *moved = cl->cancelled ? new_date(s, cl) : NULL;
    if (moved) { /* "postponed to March 30": planned for the new day */
        cl->cancelled = 0;
        cl->planned = 1;
        best = moved;
    }
    /* "is travelling to Doha on Wednesday": the present progressive with a
     * weekday is an arrangement still to come */
    if (best && best->type == 1 && !best->last && c->has_date &&
        best->a != pl_date_weekday(c->doc_days) &&
        (progressive(c, cl->tr, s->start) || progressive_for(c, cl->tr, s->start)))
        cl->planned = 1;
    if (best) {
        if (best->type == 4 && (best->a == 3 || best->a == 12 || best->a == 24))
            cl->planned = 1;
        /* A day still ahead has not happened: planned (or called off). */
        if (pl_date_ahead(c, best))
            cl->planned = 1;
        pl_date_resolve(c, best, cl->cancelled ? 2 : !!cl->planned, m->date, sizeof m->date);
    }
    if (m->kind != PARLEY_KIND_CALL)
        pl_extend_by_duration(c, s->start, s->end, m->date, sizeof m->date);
    /* "held talks on Sunday, followed by a meeting with Y": when the talks
     * were */
    const meeting *o = cl->followed ? made_before(s, m, cl->tr->tok) : NULL;
    if (o && !m->date[0])
        memcpy(m->date, o->date, sizeof m->date);
    m->status = cl->cancelled ? PARLEY_STATUS_CANCELLED
                : cl->planned ? PARLEY_STATUS_PLANNED
                              : PARLEY_STATUS_HELD;
}

/* m is where mention pm is: its city, else its state. */
static void place_of(meeting *m, const pmention *pm)
{
    if (pm->place >= 0)
        m->loc_place = pm->place;
    else
        m->loc_country = pm->p.country;
}

void pl_clause_place(const sent_state *s, const clause *cl, meeting *m)
{
    const extraction_state *c = s->c;
    m->remote = (cl->words >> W_REMOTE) & 1;
    if (!pl_placeless(m) && m->loc_place < 0) {
        for (int k = 0; k < s->nm; k++) {
            const pmention *pm = &s->ms[k];
            if (pm->p.tok < cl->L || pm->p.tok >= cl->Rfull || pm->prep != P_LOC)
                continue;
            if (pm->p.tok >= cl->R && pl_word_in(c, cl->R, pm->p.tok, W_REPORT))
                continue; /* ", the ministry said in Moscow" */
            if (pm->place >= 0) {
                m->loc_place = pm->place;
                break;
            }
            if (pm->is_country && m->loc_country < 0)
                m->loc_country = pm->p.country;
        }
    }
    /* "he will head to Uzbekistan, where he will meet ...": the place
     * "where" stands for. */
    for (int k = 0; k < s->nm && !pl_placeless(m) && m->loc_place < 0 && m->loc_country < 0; k++) {
        const pmention *pm = &s->ms[k];
        uint32_t w = pm->p.tok + pm->p.ntok + 1;
        if ((pm->place < 0 && !pm->is_country) || pm->prep == P_NONE || w >= cl->tr->tok ||
            cl->tr->tok - w > 8 || !is_punct(c, w - 1, ',') || !word_eq(c, w, "where"))
            continue;
        place_of(m, pm);
    }
    /* "flew to Bujumbura on Sunday to attend the summit", "departed for
     * the Burundi capital, Bujumbura": the journey's end, before the
     * meeting word, is its place. */
    for (int k = 0; k < s->nm && !pl_placeless(m) && m->loc_place < 0 && m->loc_country < 0; k++) {
        const pmention *pm = &s->ms[k];
        size_t b = pm->p.tok > s->start + 1 && word_eq(c, pm->p.tok - 1, "the") ? pm->p.tok - 1
                                                                                : pm->p.tok;
        const lexicon_hit *h = b > s->start ? hit_at(c, b - 1) : NULL;
        const lx_entry *e = h ? hit_word(c, h, W_TRIGGER) : NULL;
        if (pm->p.tok >= cl->tr->tok || cl->tr->tok - pm->p.tok > 12 ||
            (pm->place < 0 && !pm->is_country) || !e || e->value != PARLEY_KIND_VISIT ||
            (e->flags & (WF_HOST | WF_VERB)) != (WF_HOST | WF_VERB))
            continue;
        place_of(m, pm);
    }
    /* "Astana will host a meeting of ...": a city hosting is the place. */
    uint32_t host = cl->tr->hostverb ? cl->tr->tok : UINT32_MAX;
    for (int q = 0; q < s->nt && host == UINT32_MAX; q++)
        if (s->trigs[q].hostverb && s->trigs[q].tok < cl->tr->tok && s->trigs[q].tok + 4 >= cl->tr->tok)
            host = s->trigs[q].tok; /* "will host talks" */
    if (!pl_placeless(m) && m->loc_place < 0 && host != UINT32_MAX) {
        for (int k = s->nm; k-- > 0;) {
            const pmention *pm = &s->ms[k];
            if (pm->p.tok >= host || pm->p.tok < s->start)
                continue;
            if (pm->place >= 0 && pm->prep == P_NONE && !pm->possessive)
                m->loc_place = pm->place;
            break; /* the subject: the mention nearest before the verb */
        }
    }
    /* "held talks in Vienna on Sunday, followed by a meeting with Y":
     * where the talks were */
    const meeting *o = cl->followed ? made_before(s, m, cl->tr->tok) : NULL;
    if (o && m->loc_place < 0 && m->loc_country < 0) {
        m->loc_place = o->loc_place;
        m->loc_country = o->loc_country;
    }
    if (m->loc_place >= 0)
        m->loc_country = -1;
}
