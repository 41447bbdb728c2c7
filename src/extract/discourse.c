/* discourse.c: meetings across the article: the sentences in order, then
 * the lead's date and place, tellings lending dates and places to one
 * another, a state's city, and merging of repeated mentions. */
#include "extract/meetings.h"

#include <stdio.h>
#include <string.h>

/* Is token k "capital" in "in the capital", no city or "of" after it? */
static int bare_capital(const extraction_state *c, size_t k)
{
    return k >= 2 && k < c->t->ntok && token_is_word(c, k, W_CAPITALNOUN) && word_eq(c, k - 1, "the") &&
           token_is_word(c, k - 2, W_LOCPREP) &&
           !(k + 1 < c->t->ntok &&
             ((hit_at(c, k + 1) && hit_at(c, k + 1)->type != H_WORD) || word_eq(c, k + 1, "of")));
}

/* The city that opens the article's first lines as a dateline does
 * ("SAMARKAND: ...", "Kathmandu, 6 September: ...", "LUSAKA - ..."): its
 * place, or -1. */
static int dateline_city(const extraction_state *c)
{
    if (c->dateline_place >= 0)
        return c->dateline_place;
    const ptext *t = c->t;
    for (size_t s = 0; s < t->nsent && s < 4; s++) {
        size_t k = t->sent[s].first;
        const lexicon_hit *h = hit_at(c, k);
        if (!h || h->tok != k || (h->type != H_CITY && h->type != H_CAPITAL) ||
            !(t->tok[k].flags & TOKF_LINE_START) || k + h->n >= t->sent[s].last)
            continue;
        size_t j = k + h->n;
        if (is_punct(c, j, ':') || is_punct(c, j, ',') || is_punct(c, j, '-'))
            return (int)h->id;
    }
    return -1;
}

/* A meeting placed in a state takes the city the article places it in
 * anywhere: the first city of that state after "in", "at", "to" or
 * "capital" ("arrived in Belgrade", "in the Serbian capital Belgrade"), or
 * its capital when the article says "in the capital". *says_capital
 * keeps the answer to that, the same for every meeting of the article:
 * -1 until asked. */
static void city_of_country(const extraction_state *c, meeting *m, int *says_capital)
{
    const lexicon *lx = &c->ex->lx;
    int the_capital = 0;
    for (size_t ei = 0; ei < c->nents; ei++) { /* a city is no word */
        size_t hx = c->ents[ei];
        const lexicon_hit *h = &c->hits[hx];
        size_t k = h->tok;
        /* the commonest "no" first: most hits are no city */
        if ((h->type != H_CITY && h->type != H_CAPITAL) || k == 0 || c->hit_at[k] != (int32_t)hx)
            continue;
        /* "in Belgrade", "to Belgrade", "in the Serbian capital Belgrade",
         * "to the capital of Doha", "for the Burundi capital, Bujumbura" */
        int loc = token_is_word(c, k - 1, W_LOCPREP) || word_eq(c, k - 1, "to") ||
                  token_is_word(c, k - 1, W_CAPITALNOUN) ||
                  (k >= 2 && (word_eq(c, k - 1, "of") || is_punct(c, k - 1, ',')) &&
                   token_is_word(c, k - 2, W_CAPITALNOUN));
        if (loc && !h->adjectival && lx->places[h->id].country == m->loc_country) {
            m->loc_place = h->id;
            m->loc_country = -1;
            return;
        }
    }
    /* else the city the story was filed from, when in that state
     * ("SAMARKAND: ... arrived in Uzbekistan", "Kathmandu, 6 September:
     * ... a visit to Nepal"); a meeting called off took place nowhere */
    int at = m->status != PARLEY_STATUS_CANCELLED ? dateline_city(c) : -1;
    if (at >= 0 && lx->places[at].country == m->loc_country) {
        m->loc_place = at;
        m->loc_country = -1;
        return;
    }
    if (m->kind == PARLEY_KIND_VISIT) {
        /* every token of the article: the word's class first, in the loop
         * (by hand for speed; bare_capital is a call) */
        for (size_t k = 2; *says_capital < 0; k++)
            if (k >= c->t->ntok || (token_is_word(c, k, W_CAPITALNOUN) && bare_capital(c, k)))
                *says_capital = k < c->t->ntok;
        the_capital = *says_capital;
    }
    if (the_capital && lx->countries[m->loc_country].capital >= 0) {
        m->loc_place = lx->countries[m->loc_country].capital;
        m->loc_country = -1;
    }
}

/* The days a meeting's date spans (pl_date_span's, as day numbers), for a
 * day or a range of days; 0 for a month or no date. */
static int day_span(const char *date, long *first, long *last)
{
    char a[11], b[11];
    int y, m, d;
    size_t n = strlen(date);
    if ((n != 10 && n != 21) || !pl_date_span(date, a, b))
        return 0;
    pl_date_parse(a, &y, &m, &d);
    *first = pl_date_days(y, m, d);
    pl_date_parse(b, &y, &m, &d);
    *last = pl_date_days(y, m, d);
    return 1;
}

/* Is a meeting under way on the article's date (its day, the day before,
 * or a range of days that holds it)? */
static int under_way(const extraction_state *c, const meeting *m)
{
    long first, last;
    return c->has_date && day_span(m->date, &first, &last) && c->doc_days >= first &&
           c->doc_days <= last + 1;
}

/* Is date empty or a day within m's days? */
static int within(const meeting *m, const char *date)
{
    long first, last, f2, l2;
    if (!date[0])
        return 1;
    return day_span(m->date, &first, &last) && day_span(date, &f2, &l2) && f2 >= first && l2 <= last;
}

/* Keeps the pronoun's referents current after sentence s: the last person
 * named, and the topic: the first person named in a sentence before its
 * verb (a sentence opening with "he" keeps the topic). */
static void track_people(extraction_state *c, size_t s)
{
    /* The words that end the search for a subject (a hit's class mask
     * holds exactly the classes it has an entry of). */
    const uint64_t ends_subject = UINT64_C(1) << W_PRONOUN | UINT64_C(1) << W_TRIGGER |
                                  UINT64_C(1) << W_REPORT | UINT64_C(1) << W_HOST;
    int subject_done = 0;
    /* Each token's hit that starts there, in token order: walked along
     * the sorted hits rather than token by token. */
    for (size_t hx = pl_first_hit_from(c, c->t->sent[s].first);
         hx < c->nhits && c->hits[hx].tok < c->t->sent[s].last; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        if (c->hit_at[h->tok] != (int32_t)hx)
            continue;
        if (h->type == H_PERSON && h->id >= 0) {
            c->last_person = h->id;
            if (!subject_done)
                c->topic_person = h->id;
            subject_done = 1;
        } else if (!subject_done && h->type == H_WORD && (h->words & ends_subject)) {
            subject_done = 1;
        }
    }
}

/* "X also met with ...", "X will also meet ...": a meeting with no place
 * of its own, told with "also" before its verb, is held where X's meeting
 * told before it with the same status is (the same trip, the same
 * summit). */
static void also_same_place(extraction_state *c)
{
    for (size_t i = 1; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        uint32_t t = a->trig_tok;
        /* "also met", "also held a bilateral meeting" */
        int also = 0;
        for (uint32_t k = t; k > 0 && t - k < 4 && !also; k--)
            also = word_eq(c, k - 1, "also");
        if (!a->alive || a->status == PARLEY_STATUS_CANCELLED || pl_placeless(a) ||
            a->loc_place >= 0 || a->loc_country >= 0 || !also)
            continue;
        for (size_t j = i; j-- > 0;) {
            const meeting *b = &c->meetings[j];
            int shared = 0;
            for (int k = 0; k < a->nparties && !shared; k++)
                for (int q = 0; q < b->nparties && !shared; q++)
                    shared = a->parties[k].person >= 0 && a->parties[k].person == b->parties[q].person;
            if (!b->alive || b->sentence0 >= a->sentence0 || !shared)
                continue;
            if (b->status == a->status && (b->loc_place >= 0 || b->loc_country >= 0)) {
                a->loc_place = b->loc_place;
                a->loc_country = b->loc_country;
            }
            break;
        }
    }
}

/* Meetings told in one sentence with one status are told of one time:
 * one without a date takes the date of the other ("on Saturday he arrived
 * on an official visit", "on May 21 they held a meeting via video link"). */
static void same_sentence_dates(extraction_state *c)
{
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (!a->alive || a->date[0])
            continue;
        for (size_t j = 0; j < c->nmeetings; j++) {
            const meeting *b = &c->meetings[j];
            if (j != i && b->alive && b->date[0] && b->sentence0 == a->sentence0 &&
                b->status == a->status) {
                memcpy(a->date, b->date, sizeof a->date);
                break;
            }
        }
    }
}

/* Is meeting a told as under way at the time of writing: "currently" or
 * "now" next to its trigger ("is currently being held")? */
static int told_as_now(const extraction_state *c, const meeting *a)
{
    const psent *st = &c->t->sent[a->sentence0];
    size_t from = a->trig_tok >= st->first + 4 ? a->trig_tok - 4 : st->first;
    size_t to =
        a->trig_tok + a->trig_ntok + 4 < st->last ? a->trig_tok + a->trig_ntok + 4 : st->last;
    for (size_t k = from; k < to; k++)
        if (token_is_word(c, k, W_PRESENTAUX) &&
            pl_lexicon_token_value(&c->ex->lx, c->t->tok[k].lex) == 1)
            return 1;
    return 0;
}

/* The lead's meeting: its date when the lead gives one, the article's date
 * when told in the present tense, the dateline's place. */
static void lead_date_place(extraction_state *c)
{
    /* The lead's meeting happened when the lead says, where the story was
     * filed ("ABUJA, Dec 16 - West African leaders on Sunday ..."). */
    int ls = c->lead_sent;
    if ((size_t)ls < c->t->nsent) {
        /* the lead's first date, but a report's ("said on Thursday") */
        date_expr ds[4], lead;
        int nd = pl_sent_has(c, (size_t)ls, PL_DATE_WORDS)
                     ? pl_dates_find(c, c->t->sent[ls].first, c->t->sent[ls].last, ds, 4)
                     : 0,
            found = 0;
        for (int k = 0; k < nd && !found; k++)
            if (!pl_date_reported(c, &ds[k], 0, 2)) {
                lead = ds[k];
                found = 1;
            }
        if (found)
            for (size_t i = 0; i < c->nmeetings; i++) {
                meeting *a = &c->meetings[i];
                if (a->alive && a->sentence0 == ls + 1 && !a->date[0]) /* the lead chose its own */
                    pl_date_resolve(c, &lead, a->status == PARLEY_STATUS_PLANNED, a->date,
                                    sizeof a->date);
            }
    }
    /* The lead's meeting told in the present tense with no date of its
     * own is the news of the day ("leaders have begun negotiations in
     * Paris"): it happens on the article's date; so does any meeting told
     * as under way now ("a meeting is currently being held"). */
    for (size_t i = 0; i < c->nmeetings && c->has_date; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive &&
            ((a->sentence0 >= ls && a->sentence0 <= ls + 1 && a->present) || told_as_now(c, a)) &&
            !a->date[0] && a->status == PARLEY_STATUS_HELD) {
            const psent *st = &c->t->sent[a->sentence0];
            snprintf(a->date, sizeof a->date, "%04d-%02d-%02d", c->doc_y, c->doc_m, c->doc_d);
            if (!pl_placeless(a)) /* "as his two-day visit begins" */
                pl_extend_by_duration(c, st->first, st->last, a->date, sizeof a->date);
        }
    }
    /* The lead's meeting happened where the story was filed
     * ("VIENNA, Dec 10 (Reuters) - Negotiators resumed talks ..."), and
     * so did the next sentence's, unless the lead places its own
     * elsewhere ("KUALA LUMPUR: At the ASEAN summit in Labuan Bajo ...") */
    int elsewhere = 0;
    for (size_t i = 0; i < c->nmeetings && c->dateline_place >= 0; i++) {
        const meeting *a = &c->meetings[i];
        elsewhere |=
            a->alive && a->sentence0 == ls &&
            (a->loc_country >= 0 || (a->loc_place >= 0 && a->loc_place != c->dateline_place));
    }
    for (size_t i = 0; i < c->nmeetings && c->dateline_place >= 0; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive && a->sentence0 >= ls && a->sentence0 <= ls + 1 - elsewhere &&
            !pl_placeless(a) && a->loc_place < 0 && a->loc_country < 0 &&
            a->status != PARLEY_STATUS_CANCELLED)
            a->loc_place = c->dateline_place;
    }
}

/* A meeting told without its parties lends its date and place to the
 * full telling in another sentence: the same place ("leaders are
 * meeting in Maputo on Thursday ... the leaders of A, B and C are in
 * Maputo for the summit"), or the lead's meeting (calls only to calls). */
static void lend_between_tellings(extraction_state *c)
{
    for (size_t i = 0; i < c->nmeetings; i++) {
        const meeting *a = &c->meetings[i];
        if (!a->alive || pl_distinct_parties(c, a) >= 2 || (!a->date[0] && a->loc_place < 0))
            continue;
        for (size_t j = 0; j < c->nmeetings; j++) {
            meeting *b = &c->meetings[j];
            int status_ok = b->status == a->status || (a->status == PARLEY_STATUS_PLANNED &&
                                                       b->status == PARLEY_STATUS_CANCELLED);
            if (j == i || !b->alive || b->sentence0 == a->sentence0 || !status_ok ||
                (a->kind == PARLEY_KIND_CALL) != (b->kind == PARLEY_KIND_CALL) ||
                pl_distinct_parties(c, b) < 2 || !pl_places_compatible(c, a, b) ||
                !pl_dates_compatible(a->date, b->date))
                continue;
            if ((a->loc_place >= 0 && a->loc_place == b->loc_place) || a->sentence0 <= c->lead_sent + 1) {
                pl_meeting_fill(b, a);
                /* "the summit opened ... attended the meeting": the event's kind */
                if (b->kind == PARLEY_KIND_MEETING && b->trig_tok > 0 &&
                    word_eq(c, b->trig_tok - 1, "the") && pl_multilateral_kind(a->kind))
                    b->kind = a->kind;
            }
        }
    }
}

/* "travel to Doha on Tuesday to meet the emir": the half-told meeting a
 * (fewer than two parties) lends its date and place to the sentence's full
 * ones. Says whether there were any. */
static int fold_half_told(extraction_state *c, size_t i)
{
    meeting *a = &c->meetings[i];
    int lent = 0;
    for (size_t j = 0; j < c->nmeetings; j++) {
        meeting *b = &c->meetings[j];
        if (j == i || !b->alive || b->sentence != a->sentence || pl_distinct_parties(c, b) < 2)
            continue;
        /* No state of its own ("at the BRICS summit in ...") or
         * one of the full meeting's. */
        int shares = 1;
        for (int k = 0; k < a->nparties; k++) {
            int st = pl_party_state(c, &a->parties[k]);
            if (st >= 0 && !(shares = pl_has_state(c, b, st)))
                break;
        }
        if (shares) {
            pl_meeting_fill(b, a); /* every visit of a tour told in one sentence */
            lent = 1;
        }
    }
    return lent;
}

/* "The Arab League will hold its summit in Algiers": a bloc's meeting
 * told with no state beside the bloc, held in a member state, has that
 * state as a party (a member hosting it). Calls have no venue. Says
 * whether it added the state. */
static int bloc_at_home(extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    if (pl_placeless(m) || m->kind == PARLEY_KIND_VISIT || m->nparties == 0 ||
        pl_distinct_parties(c, m) != 1 || m->parties[0].org < 0 ||
        pl_party_state(c, &m->parties[0]) >= 0)
        return 0;
    const lx_org *o = &lx->orgs[m->parties[0].org];
    int st = m->loc_place >= 0 ? lx->places[m->loc_place].country : m->loc_country;
    if (!o->has_members || !lx_org_member(o, st))
        return 0;
    /* Not when another meeting names two of its members: that one may be
     * the bloc's meeting told in full. */
    for (size_t j = 0; j < c->nmeetings; j++) {
        const meeting *b = &c->meetings[j];
        if (b == m || !b->alive)
            continue;
        int members = 0;
        for (int k = 0; k < b->nparties; k++)
            members += lx_org_member(o, pl_party_state(c, &b->parties[k]));
        if (members >= 2)
            return 0;
    }
    party p = {st, -1, -1, m->trig_tok, m->trig_ntok}; /* told by the meeting's word */
    pl_add_party(c, m, &p);
    return 1;
}

/* The first token of the name a meeting word closes ("the BRICS Foreign
 * Ministers' Meeting", "the 33rd AU Summit"): the run of capitalised
 * words, names and apostrophes before it; the trigger's own token when
 * there is no name, or no body, state or capitalised trigger in it. */
static size_t name_start(const extraction_state *c, const meeting *m)
{
    size_t k = m->trig_tok;
    const lx_entry *e = hit_word(c, hit_at(c, k), W_TRIGGER);
    if (!e || !(e->flags & WF_NOUN) || (k > 0 && hit_at(c, k - 1) && hit_at(c, k - 1)->type == H_PERSON))
        return m->trig_tok; /* "Ama Boateng met" */
    int named = c->t->tok[k].shape == TOK_CAP;
    while (k > 0 && !(c->t->tok[k].flags & TOKF_SENT_START) && m->trig_tok - k < 8) {
        const lexicon_hit *h = hit_at(c, k - 1);
        if (h && h->type != H_WORD && h->type != H_TITLE && h->type != H_PERSON) {
            named |= h->type == H_ORG || h->type == H_COUNTRY || h->type == H_DEMONYM;
            k = h->tok;
        } else if (c->t->tok[k - 1].shape == TOK_CAP || word_eq(c, k - 1, "'s") ||
                   is_punct(c, k - 1, '\'')) {
            k--;
        } else {
            break;
        }
    }
    return named ? k : m->trig_tok;
}

/* Do a and b carry one event's name (summits, conferences, meetings)? */
static int same_name(const extraction_state *c, const meeting *a, const meeting *b)
{
    if (a->kind != b->kind || !(pl_multilateral_kind(a->kind) || a->kind == PARLEY_KIND_MEETING))
        return 0;
    size_t ka = name_start(c, a), kb = name_start(c, b);
    if (ka == a->trig_tok || kb == b->trig_tok || a->trig_tok - ka != b->trig_tok - kb)
        return 0;
    for (; ka <= a->trig_tok; ka++, kb++)
        if (strcmp(tok_norm(c, ka), tok_norm(c, kb)))
            return 0;
    return 1;
}

/* Is one of a and b a visit, the other told in another city of the same
 * state, both between two parties ("arrived in Jakarta for a week-long
 * visit ... met the President at the Bogor Palace")? A tour is one visit
 * per host state; a summit in another city is no part of it. */
static int one_state_visit(const extraction_state *c, const meeting *a, const meeting *b)
{
    const lexicon *lx = &c->ex->lx;
    return (a->kind == PARLEY_KIND_VISIT || b->kind == PARLEY_KIND_VISIT) && a->loc_place >= 0 &&
           b->loc_place >= 0 &&
           lx->places[a->loc_place].country == lx->places[b->loc_place].country &&
           pl_distinct_parties(c, a) <= 2 && pl_distinct_parties(c, b) <= 2;
}

/* Can a and b be one meeting told twice? What a visit under way will hold
 * ("will hold talks during the visit") is that visit. */
static int same_meeting(const extraction_state *c, const meeting *a, const meeting *b)
{
    if (!b->alive || !pl_dates_compatible(a->date, b->date) ||
        !(pl_places_compatible(c, a, b) || one_state_visit(c, a, b)) ||
        ((a->kind == PARLEY_KIND_CALL) != (b->kind == PARLEY_KIND_CALL) &&
         !(pl_virtual_summit(c, a) && pl_multilateral_kind(b->kind)) &&
         !(pl_virtual_summit(c, b) && pl_multilateral_kind(a->kind))) ||
        !(pl_same_states(c, a, b) || same_name(c, a, b)) || pl_bilateral_beside_summit(c, a, b))
        return 0;
    /* "X's visit to Japan has been cancelled ... X had to visit Japan from
     * February 24 to 27": what was planned is what was called off; so are
     * the talks it was to hold during the visit */
    int called_off = (a->status == PARLEY_STATUS_CANCELLED && b->status == PARLEY_STATUS_PLANNED) ||
                     (a->status == PARLEY_STATUS_PLANNED && b->status == PARLEY_STATUS_CANCELLED);
    int one_visit =
        a->kind == b->kind || a->kind == PARLEY_KIND_VISIT || b->kind == PARLEY_KIND_VISIT;
    return b->status == a->status || (called_off && one_visit) ||
           (a->status == PARLEY_STATUS_HELD && b->status == PARLEY_STATUS_PLANNED &&
            under_way(c, a) && within(a, b->date)) ||
           (b->status == PARLEY_STATUS_HELD && a->status == PARLEY_STATUS_PLANNED &&
            under_way(c, b) && within(b, a->date));
}

/* Is meeting m told as between "the two countries" ("our two nations",
 * "both sides")? */
static int told_of_two(const extraction_state *c, const meeting *m)
{
    size_t start = c->t->sent[m->sentence0].first, end = c->t->sent[m->sentence0].last;
    for (size_t k = start + 1; k + 1 < end; k++)
        if ((word_eq(c, k, "two") && (word_eq(c, k - 1, "the") || word_eq(c, k - 1, "our"))) ||
            word_eq(c, k, "both")) {
            const char *w = tok_norm(c, k + 1);
            if (!strcmp(w, "countries") || !strcmp(w, "sides") || !strcmp(w, "nations") ||
                !strcmp(w, "neighbours") || !strcmp(w, "neighbors") || !strcmp(w, "governments"))
                return 1;
        }
    return 0;
}

/* Is meeting m told as one of a series held ("the first round of talks
 * was held", "a second meeting took place")? */
static int told_in_series(const extraction_state *c, const meeting *m)
{
    size_t start = c->t->sent[m->sentence0].first;
    for (size_t k = m->trig_tok; k > start && m->trig_tok - k < 4; k--)
        if (token_is_word(c, k - 1, W_ORDINAL))
            return m->status == PARLEY_STATUS_HELD;
    return 0;
}

/* "The first round of talks was held in Moscow on January 14": in an
 * article whose meetings are all between one pair of states, a meeting
 * told with no party, as one of a series held or between "the two
 * countries", is between them; so is one told with one of them, between
 * "the two countries" ("the first visit to Pakistan since April 2017" is
 * not). It needs a date or place to tell it apart. */
static void the_article_pair(extraction_state *c)
{
    party pair[2];
    int n = 0;
    for (size_t i = 0; i < c->nmeetings; i++) {
        const meeting *a = &c->meetings[i];
        if (!a->alive || a->nparties == 0)
            continue;
        for (int k = 0; k < a->nparties; k++) {
            int st = pl_party_state(c, &a->parties[k]);
            if (n == 2 && st != pair[0].country && st != pair[1].country)
                return; /* a third state or an organisation: no one pair */
            if (st < 0)
                return;
            if (n == 0 || (n == 1 && st != pair[0].country)) {
                party p = {st, -1, -1, a->parties[k].tok, a->parties[k].ntok};
                pair[n++] = p;
            }
        }
    }
    if (n != 2)
        return;
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *m = &c->meetings[i];
        if (!m->alive || pl_distinct_parties(c, m) >= 2 ||
            !(m->date[0] || m->loc_place >= 0 || m->loc_country >= 0))
            continue;
        int none = m->nparties == 0, st = none ? -1 : pl_party_state(c, &m->parties[0]);
        if (!told_of_two(c, m) && !(none && told_in_series(c, m)))
            continue;
        for (int k = 0; k < 2; k++)
            if (none || st == pair[1 - k].country)
                pl_add_party(c, m, &pair[k]);
    }
}

/* One meeting mentioned twice is one meeting. */
static void merge_repeats(extraction_state *c)
{
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (!a->alive)
            continue;
        if (pl_distinct_parties(c, a) < 2) {
            /* "Chile took part in the Andean Ministers' Meeting ...": a
             * named event told in full later takes this telling's parties */
            size_t j = i + 1;
            while (j < c->nmeetings && !(same_name(c, a, &c->meetings[j]) && same_meeting(c, a, &c->meetings[j])))
                j++;
            if (j < c->nmeetings) {
                pl_meeting_absorb(c, &c->meetings[j], a);
                continue;
            }
            /* else it is dropped, unless it stands alone as its bloc's
             * meeting at home */
            if (fold_half_told(c, i) || !bloc_at_home(c, a)) {
                a->alive = 0;
                continue;
            }
        }
        for (size_t j = i + 1; j < c->nmeetings; j++) {
            meeting *b = &c->meetings[j];
            if (!same_meeting(c, a, b))
                continue;
            if (b->status == PARLEY_STATUS_HELD || b->status == PARLEY_STATUS_CANCELLED)
                a->status = b->status;
            pl_meeting_absorb(c, a, b);
        }
    }
}

/* Does meeting m's first sentence name organisation org? */
static int names_org(const extraction_state *c, const meeting *m, int org)
{
    const psent *st = &c->t->sent[m->sentence0];
    for (size_t k = st->first; k < st->last; k++)
        if (hit_at(c, k) && hit_at(c, k)->type == H_ORG && hit_at(c, k)->id == org)
            return 1;
    return 0;
}

/* "34th SADC Summit urged Madagascar ..." above the summit told in full:
 * a bloc's named summit whose states are all those of another summit of
 * that bloc, that has more of them (three or more), of a compatible day
 * and place and the same status, is that summit told in part. */
static void summit_in_part(extraction_state *c)
{
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (!a->alive || a->kind != PARLEY_KIND_SUMMIT)
            continue;
        int org = -1; /* the bloc in its name */
        for (size_t k = name_start(c, a); k < a->trig_tok && org < 0; k++)
            if (hit_at(c, k) && hit_at(c, k)->type == H_ORG)
                org = hit_at(c, k)->id;
        if (org < 0)
            continue;
        int na = pl_distinct_parties(c, a);
        for (size_t j = 0; j < c->nmeetings; j++) {
            meeting *b = &c->meetings[j];
            int nb = j == i || !b->alive ? 0 : pl_distinct_parties(c, b);
            if (b->kind != PARLEY_KIND_SUMMIT || b->status != a->status || nb < 3 || nb <= na ||
                !pl_dates_compatible(a->date, b->date) || !pl_places_compatible(c, a, b))
                continue;
            int within_b = names_org(c, b, org);
            for (int k = 0; k < a->nparties && within_b; k++) {
                int st = pl_party_state(c, &a->parties[k]);
                within_b = st < 0 || pl_has_state(c, b, st);
            }
            if (!within_b)
                continue;
            pl_meeting_absorb(c, b, a);
            break;
        }
    }
}

/* Does visit v's trigger go on "in the capital" with no city named? */
static int to_the_capital(const extraction_state *c, const meeting *v)
{
    size_t k = v->trig_tok + v->trig_ntok; /* the trigger may hold "in": "arrived in" */
    if (k < c->t->ntok && token_is_word(c, k, W_LOCPREP))
        k++;
    return bare_capital(c, k + 1);
}

/* Does arrival v land in summit s's city (in "the capital", when that is
 * the city of s)? */
static int in_city(const lexicon *lx, const meeting *v, const meeting *s, int capital)
{
    return s->loc_place >= 0 &&
           (s->loc_place == v->loc_place ||
            (capital && v->loc_place < 0 &&
             lx->countries[lx->places[s->loc_place].country].capital == s->loc_place));
}

/* Was summit s, which has a place, told within six sentences before
 * arrival v, with its status? */
static int just_told_placed(const meeting *v, const meeting *s)
{
    return (s->loc_place >= 0 || s->loc_country >= 0) && v->sentence0 - s->sentence <= 6 &&
           s->status == v->status;
}

/* "Leaders are arriving in Addis Ababa for the AU summit ... X, Y and Z
 * arrived in Addis Ababa this morning" (or "in the capital", when the
 * summit's city is one): a group of two or more states arriving in the
 * city of a summit told before arrives for it. They join the summit; the
 * city's state is its venue, no party. So does a group told arriving
 * nowhere in particular ("X of Panama also arrived; Y of El Salvador; Z
 * of Belize", "the presidents of A, B and C arrived on Thursday") within a
 * few sentences of the summit's last telling, on a day it allows. */
static void arrivals_for_summit(extraction_state *c)
{
    const lexicon *lx = &c->ex->lx;
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *v = &c->meetings[i];
        int capital = v->host < 0 && v->loc_country < 0 && to_the_capital(c, v);
        int nowhere = v->host < 0 && v->loc_country < 0 && v->loc_place < 0 && !capital;
        if (!v->alive || v->kind != PARLEY_KIND_VISIT ||
            ((v->host < 0 || v->loc_place < 0) && !capital && !nowhere))
            continue;
        meeting *summit = NULL;
        for (size_t j = 0; j < i; j++) {
            meeting *s = &c->meetings[j];
            int there = nowhere ? just_told_placed(v, s) && pl_dates_compatible(v->date, s->date)
                                : in_city(lx, v, s, capital);
            /* a summit, or a meeting told without its parties ("the
             * meeting of the heads of state of the SCO has begun") */
            int gathering = pl_multilateral_kind(s->kind) ||
                            (s->kind == PARLEY_KIND_MEETING && pl_distinct_parties(c, s) < 2);
            if (s->alive && gathering && there && s->sentence0 <= v->sentence0)
                summit = s;
        }
        /* the host and two arriving, or two arriving in the capital or
         * nowhere in particular */
        if (!summit || pl_distinct_parties(c, v) < 3 - capital - nowhere)
            continue;
        for (int k = 0; k < v->nparties; k++)
            if (pl_party_state(c, &v->parties[k]) != v->host)
                pl_add_party(c, summit, &v->parties[k]);
        v->alive = 0;
    }
}

/* Is state st a known member of a bloc that takes part in meeting s? */
static int bloc_member(const extraction_state *c, const meeting *s, int st)
{
    for (int q = 0; q < s->nparties; q++) {
        const party *p = &s->parties[q];
        if (p->org >= 0 && pl_party_state(c, p) < 0 && lx_org_member(&c->ex->lx.orgs[p->org], st))
            return 1;
    }
    return 0;
}

/* A meeting between participants of a multilateral meeting the article
 * tells (or members of a bloc that takes part in it), with its status and
 * a date it allows, and no place of its own, was held there (the
 * bilaterals of a summit): it takes the summit's place, and its date when
 * it has none. */
static void within_summit(extraction_state *c)
{
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *m = &c->meetings[i];
        if (!m->alive || m->kind == PARLEY_KIND_CALL || pl_placeless(m) || m->loc_place >= 0 ||
            m->loc_country >= 0)
            continue;
        const meeting *best = NULL;
        int two = 0; /* two summits could hold it: leave it */
        for (size_t j = 0; j < c->nmeetings && !two; j++) {
            const meeting *s = &c->meetings[j];
            int bloc = 0; /* a bloc's summit is multilateral however few are named */
            for (int q = 0; q < s->nparties && s->kind == PARLEY_KIND_SUMMIT; q++)
                bloc |= s->parties[q].org >= 0 && pl_party_state(c, &s->parties[q]) < 0;
            if (j == i || !s->alive || s->status != m->status || (pl_distinct_parties(c, s) < 3 && !bloc) ||
                (s->loc_place < 0 && s->loc_country < 0) || !pl_dates_compatible(m->date, s->date))
                continue;
            int inside = 1, bloc_side = 0;
            for (int k = 0; k < m->nparties && inside; k++) {
                int st = pl_party_state(c, &m->parties[k]);
                inside = st < 0 ? 0 : pl_has_state(c, s, st) || bloc_member(c, s, st);
            }
            /* "the ASEAN leaders also held summits with the US, ...": the
             * bloc's side of its own summit */
            for (int k = 0; k < m->nparties && bloc && !inside; k++)
                for (int q = 0; q < s->nparties && !bloc_side; q++)
                    bloc_side = pl_party_state(c, &m->parties[k]) < 0 &&
                                pl_same_party(c, &m->parties[k], &s->parties[q]);
            inside |= bloc_side;
            if (inside) { /* two summits in one place are one choice */
                two = best != NULL && (best->loc_place != s->loc_place || best->loc_country != s->loc_country ||
                                       strcmp(best->date, s->date) != 0);
                best = s;
            }
        }
        if (best && !two)
            pl_meeting_fill(m, best);
    }
}

/* The article's scene is where its first placed meeting held was (the
 * lead's: "Foreign Minister X, in New York for the General Assembly, met
 * ..."). A later meeting held with no place of its own, one of whose
 * parties was at the scene, on the scene's day or with no day of its own,
 * was held there too ("He also met the Prime Minister of Y", "Talks with
 * Z followed"). */
static void scene_place(extraction_state *c)
{
    const meeting *scene = NULL;
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *m = &c->meetings[i];
        if (!m->alive || m->status != PARLEY_STATUS_HELD || m->kind == PARLEY_KIND_CALL ||
            pl_placeless(m))
            continue;
        if (m->loc_place >= 0 || m->loc_country >= 0) {
            if (!scene || m->sentence0 < scene->sentence0)
                scene = m;
            continue;
        }
        if (!scene || m->sentence0 <= scene->sentence0 ||
            (m->date[0] && scene->date[0] && !within(scene, m->date)))
            continue;
        int shared = 0;
        for (int k = 0; k < m->nparties && !shared; k++)
            for (int q = 0; q < scene->nparties && !shared; q++)
                shared = pl_same_party(c, &m->parties[k], &scene->parties[q]);
        if (shared) {
            m->loc_place = scene->loc_place;
            m->loc_country = scene->loc_country;
        }
    }
}

/* "Trump later spoke with Zelensky": a meeting told as later than the
 * one before, with no date of its own, is of that one's day. */
static void later_same_day(extraction_state *c)
{
    for (size_t i = 1; i < c->nmeetings; i++) {
        meeting *m = &c->meetings[i];
        size_t t = m->trig_tok;
        if (!m->alive || m->date[0] || t == 0 ||
            !(token_is_word(c, t - 1, W_SAMEDAY) || (t >= 2 && token_is_word(c, t - 2, W_SAMEDAY))))
            continue;
        for (size_t j = i; j-- > 0;) { /* the last one told before, as held as it */
            const meeting *b = &c->meetings[j];
            if (!b->alive || b->sentence0 >= m->sentence0 || b->status != m->status)
                continue;
            if (strlen(b->date) == 10 && m->sentence0 - b->sentence0 <= 3)
                memcpy(m->date, b->date, sizeof m->date);
            break;
        }
    }
}

/* Was official q seen apart from summit s: a party to another meeting
 * (the talks of one who came to the summit are not the summit), or of a
 * state that is a party to one held elsewhere or with another status? */
static int met_apart(const extraction_state *c, const meeting *s, const party *q)
{
    int st = pl_party_state(c, q);
    for (size_t i = 0; i < c->nmeetings; i++) {
        const meeting *o = &c->meetings[i];
        if (o == s || !o->alive)
            continue;
        int elsewhere = o->status != s->status || o->loc_place != s->loc_place ||
                        o->loc_country != s->loc_country;
        for (int k = 0; k < o->nparties; k++)
            if (o->parties[k].person == q->person ||
                (elsewhere && pl_party_state(c, &o->parties[k]) == st))
                return 1;
    }
    return 0;
}

/* An article about a summit names the leaders and ministers who came to
 * it in sentences that tell no taking part ("X told reporters the region
 * needs a common market", "Y arrived late"): an official of a state the
 * article names takes part in its largest summit or conference, held or
 * planned. Not one named where the grammar read a taking part already
 * ("also attended by", "sent the head of the Mossad to Qatar") or an
 * absence, nor one told apart (met_apart), nor a state the article tells
 * in a call (a leader who only spoke to one who was there). */
static void officials_join_summit(extraction_state *c)
{
    meeting *s = NULL;
    int most = 1;
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *m = &c->meetings[i];
        int n = m->alive && pl_multilateral_kind(m->kind) && m->status != PARLEY_STATUS_CANCELLED
                    ? pl_distinct_parties(c, m)
                    : 0;
        if (n > most) {
            most = n;
            s = m;
        }
    }
    /* the word classes of the sentence the person is named in, made once
     * a sentence: its own taking part or an absence, read already */
    const uint64_t read = UINT64_C(1) << W_PARTICIPATE | UINT64_C(1) << W_ABSENT;
    size_t si = 0, words_of = SIZE_MAX;
    uint64_t words = 0;
    for (size_t e = 0; s && e < c->nents; e++) {
        const lexicon_hit *h = &c->hits[c->ents[e]];
        if (h->type != H_PERSON || h->id < 0)
            continue;
        while (si + 1 < c->t->nsent && c->t->sent[si].last <= h->tok)
            si++;
        if (words_of != si) {
            words = pl_words_in(c, c->t->sent[si].first, c->t->sent[si].last);
            words_of = si;
        }
        const person *p = &c->people[h->id];
        party q = {p->country, p->org, h->id, h->tok, h->n};
        int st = pl_party_state(c, &q), called = 0;
        if (st < 0 || (words & read) || pl_has_state(c, s, st))
            continue;
        for (size_t i = 0; i < c->nmeetings && !called; i++)
            called = c->meetings[i].alive && c->meetings[i].kind == PARLEY_KIND_CALL &&
                     pl_has_state(c, &c->meetings[i], st);
        if (!called && !met_apart(c, s, &q))
            pl_add_party(c, s, &q);
    }
}

int pl_meetings_find(extraction_state *c)
{
    c->last_person = c->topic_person = c->roster_line = c->pend_sent = -1;
    c->sent_hit = 0;
    c->sent_ent = c->sent_trig = 0;
    for (size_t s = 0; s < c->t->nsent; s++) {
        /* Sentences and hits both go in token order: one cursor finds
         * each sentence's first hit, others its first hit that is no
         * word and its first trigger word's. */
        c->sent_tok = c->t->sent[s].first;
        c->sent_hit = pl_hits_search(c, c->sent_hit, c->sent_tok); /* past the last one's */
        while (c->sent_ent < c->nents && c->hits[c->ents[c->sent_ent]].tok < c->sent_tok)
            c->sent_ent++;
        while (c->sent_trig < c->ntrig_hits &&
               c->hits[c->trig_hits[c->sent_trig]].tok < c->sent_tok)
            c->sent_trig++;
        c->sent_types = 0;
        for (size_t e = c->sent_ent; e < c->nents && c->hits[c->ents[e]].tok < c->t->sent[s].last;
             e++) {
            const lexicon_hit *h = &c->hits[c->ents[e]];
            if (h->type != H_PERSON || h->id >= 0)
                c->sent_types |= UINT32_C(1) << h->type;
        }
        int rc = pl_sentence_meetings(c, s);
        if (rc)
            return rc;
        if (c->sent_types & UINT32_C(1) << H_PERSON) /* else no one to track */
            track_people(c, s);
    }
    lead_date_place(c);
    same_sentence_dates(c);
    later_same_day(c);
    also_same_place(c);
    lend_between_tellings(c);
    int says_capital = -1;
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive && pl_placeless(a))
            a->loc_place = a->loc_country = -1;
        if (a->alive && a->loc_place < 0 && a->loc_country >= 0)
            city_of_country(c, a, &says_capital);
    }
    for (size_t i = 0; i < c->nmeetings; i++)
        if (c->meetings[i].alive)
            pl_bloc_counted(c, &c->meetings[i]);
    arrivals_for_summit(c);
    the_article_pair(c);
    merge_repeats(c);
    summit_in_part(c);
    within_summit(c);
    scene_place(c);
    for (size_t i = 0; i < c->nmeetings; i++)
        if (c->meetings[i].alive)
            pl_blocs_as_members(c, &c->meetings[i]);
    for (size_t i = 0; i < c->nmeetings; i++)
        if (c->meetings[i].alive)
            pl_drop_named_forums(c, &c->meetings[i]);
    officials_join_summit(c);
    return 0;
}
