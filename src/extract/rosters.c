/* rosters.c: who attended, listed apart from the meeting: a sentence with
 * no meeting word that lists the participants of the meeting told before. */
#include "extract/meetings.h"

#include <string.h>

/* Is token k a one-word title ("Sultan") or honorific ("H.E.") whose hit
 * a name took over? */
static int title_token(const extraction_state *c, size_t k)
{
    const lexicon *lx = &c->ex->lx;
    for (int32_t e = pl_lexicon_lookup_token(lx, tok_norm(c, k), c->t->tok[k].normlen); e >= 0; e = lx->entries[e].next)
        if (lx->entries[e].cls == LX_TITLE ||
            (lx->entries[e].cls == LX_WORD && lx->entries[e].word == W_HONORIFIC))
            return 1;
    return 0;
}

/* Are tokens [a, b) only list glue between two roster items: punctuation,
 * "and", "of", "the", titles, roles and modifiers, and at most two other
 * lower-case words ("followed by")? */
int pl_list_glue(const extraction_state *c, size_t a, size_t b)
{
    int other = 0;
    /* After a list separator, a longer title may stand before the next name
     * ("..., the President of Yemen's Presidential Leadership Council X"). */
    int sep = a < b && (is_punct(c, a, ',') || is_punct(c, a, ';') || word_eq(c, a, "and"));
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        /* an aside in brackets naming a state, or one capitalised word
         * the gazetteer lacks: "X (DR Congo), Y (DRCongo)"; not a
         * caption's "(R)" or "(second from right)" */
        if ((is_punct(c, k, '(') || is_punct(c, k, '[')) && k + 2 < b) {
            const lexicon_hit *in = hit_at(c, k + 1);
            size_t q = in && in->type == H_COUNTRY ? in->tok + in->n : k + 2;
            if ((q > k + 2 ||
                 (c->t->tok[k + 1].shape == TOK_CAP && c->t->tok[k + 1].normlen >= 3)) &&
                q < b && (is_punct(c, q, ')') || is_punct(c, q, ']'))) {
                k = q;
                continue;
            }
        }
        if (c->t->tok[k].shape == TOK_PUNCT || word_eq(c, k, "and") || word_eq(c, k, "of") ||
            word_eq(c, k, "the") || token_is_word(c, k, W_ROLEMOD) || token_is_word(c, k, W_ROLE) ||
            token_is_word(c, k, W_HONORIFIC) || pl_role_word(c, k) || title_token(c, k) ||
            token_is_word(c, k, W_PORTFOLIO) || /* "Secretary of Energy" */
            (c->t->tok[k].normlen <= 5 && memchr(tok_norm(c, k), '.', c->t->tok[k].normlen)))
            continue; /* ... and an abbreviation with its stops: "H.E.", "Dr." */
        if (h && (h->type != H_WORD || hit_word(c, h, W_HONORIFIC))) { /* "His Excellency" */
            k = h->tok + h->n - 1;
            continue;
        }
        if (token_is_word(c, k, W_REPORT) || token_is_word(c, k, W_PAST) || token_is_word(c, k, W_PLANNED))
            return 0;
        if ((c->t->tok[k].shape != TOK_LOWER && !sep) || ++other > (sep ? 5 : 2))
            return 0;
    }
    return 1;
}

int pl_include_word(const extraction_state *c, size_t k, int past)
{
    return word_eq(c, k, "include") || word_eq(c, k, "includes") ||
           (past && word_eq(c, k, "included"));
}

/* Does sentence si end a line with a colon, opening a list ("Present at
 * the Summit were:\nH.E. X, President of Benin.")? */
static int opens_list(const extraction_state *c, size_t si)
{
    size_t last = c->t->sent[si].last;
    return is_punct(c, last - 1, ':') && last < c->t->ntok &&
           (c->t->tok[last].flags & TOKF_LINE_START);
}

/* Is [a, b) an envoy's posting, maybe cut by the line's end: "to the
 * Federal", "to Ghana.", "to the Republic of Korea"? */
static int posting(const extraction_state *c, size_t a, size_t b)
{
    if (a >= b || !word_eq(c, a, "to"))
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (!(word_eq(c, k, "the") || word_eq(c, k, "of") || c->t->tok[k].shape == TOK_CAP ||
              c->t->tok[k].shape == TOK_UPPER || (k + 1 == b && is_punct(c, k, '.'))))
            return 0;
    return 1;
}

/* Does a colon or a dash at token k follow a line's first state
 * ("Zambia: ...", "Sudan – ...")? */
static int heads_line(const extraction_state *c, size_t k)
{
    return is_punct(c, k, ':') || is_punct(c, k, '-');
}

/* The last summit or conference told from sentence `since` on, or NULL. */
static meeting *summit_since(extraction_state *c, int since)
{
    for (size_t j = c->nmeetings; j-- > 0;) {
        meeting *o = &c->meetings[j];
        if (o->alive && o->sentence >= since && pl_multilateral_kind(o->kind))
            return o;
    }
    return NULL;
}

/* Does a verb of arriving ("arrived", "arrives in") stand in [from, end)? */
static int arrives(const extraction_state *c, size_t from, size_t end)
{
    for (size_t k = from; k < end; k++) {
        const lexicon_hit *h = hit_at(c, k);
        const lx_entry *e = h && h->tok == k ? hit_word(c, h, W_TRIGGER) : NULL;
        if (e && e->value == PARLEY_KIND_VISIT &&
            (e->flags & (WF_HOST | WF_VERB)) == (WF_HOST | WF_VERB))
            return 1;
    }
    return 0;
}

/* "The 18 are A, B, C", "They were A, B and C": a count or a pronoun that
 * stands for the participants told before, then "are", "were" or
 * "include", right before the list's first item at `first`. */
static int counted_subject(const extraction_state *c, size_t start, size_t first)
{
    size_t k = start;
    if (k < first && word_eq(c, k, "they"))
        k++;
    else {
        if (k < first && (word_eq(c, k, "the") || word_eq(c, k, "these") || word_eq(c, k, "those")))
            k++;
        if (!(k < first && (c->t->tok[k].shape == TOK_DIGIT || token_is_word(c, k, W_CARDINAL))))
            return 0;
        k++;
        if (k + 1 < first && c->t->tok[k].shape == TOK_LOWER) /* "The 18 countries are" */
            k++;
    }
    return k + 1 == first &&
           (word_eq(c, k, "are") || word_eq(c, k, "were") || pl_include_word(c, k, 0));
}

/* A sentence with no meeting word that lists who took part in the
 * multilateral meeting told just before: a line holding only a titled name
 * ("ATTENDEES: ... German Chancellor Angela Merkel"), a list of three or more
 * officials of different states ("First to arrive was X, followed by Y,
 * Z ..."), "foreign ministers of A, B, C and D ..." or "The 18 are A, B,
 * C ...". The listed parties join that meeting. */
int pl_roster(extraction_state *c, size_t si)
{
    size_t start = c->t->sent[si].first, end = c->t->sent[si].last;
    /* the last meeting told, past arrivals that name nobody ("delegations
     * will arrive in our country") */
    meeting *m = pl_last_meeting(c, (int)si - 6, 1);
    /* "The guests expected in Bucharest include ...": the meeting held
     * where the roster says, when the last one told is elsewhere ("the
     * first summit was held in Dubrovnik") */
    if (c->sent_types & (UINT32_C(1) << H_CITY | UINT32_C(1) << H_CAPITAL))
        for (size_t e = c->sent_ent; e < c->nents && c->hits[c->ents[e]].tok < end; e++) {
            const lexicon_hit *h = &c->hits[c->ents[e]];
            if ((h->type != H_CITY && h->type != H_CAPITAL) || (m && m->loc_place == h->id))
                continue;
            for (size_t j = c->nmeetings; j-- > 0;) {
                meeting *o = &c->meetings[j];
                if (o->alive && o->loc_place == h->id && o->kind != PARLEY_KIND_CALL &&
                    o->kind != PARLEY_KIND_VISIT) {
                    m = o;
                    break;
                }
            }
            break;
        }
    /* "Ortega's arrival was greeted by X. Accompanying Ortega are A of
     * Cuba and Bolivian President B": past a bilateral meeting, the summit
     * told a few sentences before takes a list of people; so it does past
     * a group's arrival ("X, Y and Z arrived in Addis Ababa. Presidents of
     * A, B and C came in the morning") */
    int past_bilateral = 0;
    if (m && !pl_multilateral_kind(m->kind)) {
        int nparties = pl_distinct_parties(c, m);
        meeting *summit = nparties == 2 || (m->kind == PARLEY_KIND_VISIT && nparties >= 3)
                              ? summit_since(c, (int)si - 6)
                              : NULL;
        if (summit) {
            m = summit;
            past_bilateral = nparties == 2;
        }
    }
    if (m && (m->kind == PARLEY_KIND_CALL || m->kind == PARLEY_KIND_VISIT))
        return 0;
    /* Only a multilateral meeting, or one told without its parties, takes
     * a roster: settled before the sentence's mentions are collected (most
     * sentences without a meeting word go no further). With no meeting
     * told yet, a list of three states or more waits for the next
     * sentence's ("X (Peru), Y (Colombia) and Z (Ecuador) signed the
     * pact. The signing took place at the Amazon Summit"). */
    int bare = !m || pl_distinct_parties(c, m) < 2;
    int multilateral = m && (pl_multilateral_kind(m->kind) || pl_distinct_parties(c, m) >= 3);
    for (int q = 0; m && q < m->nparties; q++)
        multilateral |= m->parties[q].org >= 0 && pl_party_state(c, &m->parties[q]) < 0;
    if (!multilateral && !bare)
        return 0;
    /* a bullet or dash before a line's state: "• Zambia: ..." */
    size_t lead = start;
    while (lead + 1 < end && c->t->tok[lead].shape == TOK_PUNCT)
        lead++;
    /* An item is a known person, a bare title's or a state: a sentence
     * with none of them lists none (and its mentions would change
     * nothing: only a person's sets c->last_person). */
    if (!(c->sent_types &
          (UINT32_C(1) << H_PERSON | UINT32_C(1) << H_TITLE | UINT32_C(1) << H_COUNTRY)))
        return 0;
    pmention ms[MAX_SENT_MENTIONS];
    int nm = pl_mentions_collect(c, si, ms);
    int idx[MAX_SENT_MENTIONS], n = 0, states[MAX_SENT_MENTIONS], ns = 0;
    for (int k = 0; k < nm; k++) {
        const pmention *pm = &ms[k];
        int h;
        if (pm->pronoun || pm->place >= 0)
            continue;
        /* "Zambia: His Excellency President X", "Sudan – Member of the
         * Sovereign Council X", a communiqué's line */
        int heads = pm->is_country && pm->p.tok == lead && lead + pm->p.ntok < end &&
                    heads_line(c, lead + pm->p.ntok);
        /* "delegations of A, B, C and D": the states after the first
         * go on its list */
        int item = pm->p.person >= 0 || heads ||
                   (pm->is_country && (pm->prep == P_OF || pm->prep == P_FROM)) ||
                   (pm->is_country && n == 0 && counted_subject(c, start, pm->p.tok)) ||
                   (pm->is_country && n > 0 && ms[idx[n - 1]].is_country);
        if (!item || !pl_party_context(pm, 0, &h))
            continue;
        /* Items follow one another with only list glue between. */
        if (n > 0 && !pl_list_glue(c, ms[idx[n - 1]].p.tok + ms[idx[n - 1]].p.ntok, pm->p.tok))
            break;
        idx[n++] = k;
        int st = pl_party_state(c, &pm->p), dup = 0;
        for (int q = 0; q < ns; q++)
            dup |= states[q] == st;
        if (st >= 0 && !dup)
            states[ns++] = st;
    }
    int people = 0;
    for (int q = 0; q < n; q++)
        people += ms[idx[q]].p.person >= 0;
    if (!n || (past_bilateral && people < 2))
        return 0;
    /* A line that is only the list: no words outside it. */
    const party *first = &ms[idx[0]].p, *last = &ms[idx[n - 1]].p;
    /* A line may end in a full stop inside a roster that a colon opens
     * ("Present at the Summit were:\nH.E. X, President of Benin.") */
    int in_roster = si > 0 && (c->roster_line == (int)si - 1 || opens_list(c, si - 1));

    int line = pl_list_glue(c, start, first->tok) &&
               (pl_list_glue(c, last->tok + last->ntok, end) ||
                posting(c, last->tok + last->ntok, end)) &&
               (!is_punct(c, end - 1, '.') || in_roster);
    /* "Botswana: His Honourable Mr. X, the Vice President": a line that a
     * state and a colon or a dash open, naming its delegate by title,
     * honorific or a capitalised word ("Member of the Council X") */
    if (!line && n >= 1 && ms[idx[0]].is_country && ms[idx[0]].p.tok == lead &&
        lead + first->ntok < end && heads_line(c, lead + first->ntok) &&
        !is_punct(c, end - 1, '.')) {
        for (size_t k = lead + first->ntok; k < end && !line; k++) {
            const lexicon_hit *h = hit_at(c, k);
            line =
                (h && (h->type == H_TITLE || h->type == H_PERSON || hit_word(c, h, W_HONORIFIC))) ||
                (k == lead + first->ntok + 1 && c->t->tok[k].shape == TOK_CAP);
        }
        if (line)
            n = 1; /* the state; its delegate may be named unknown */
    }
    /* "It is made up of A, B, C and D": a body's members are the parties
     * of its members' meeting, but not of a meeting the bloc itself holds
     * (the article does not say which of them took part). */
    size_t before = first->tok;
    if (before > start && word_eq(c, before - 1, "of"))
        before--;
    if (before > start && pl_composition(c, before - 1))
        for (int q = 0; m && q < m->nparties; q++)
            if (m->parties[q].org >= 0 && pl_party_state(c, &m->parties[q]) < 0)
                return 0;
    /* A meeting told without its parties takes a list of three states. */
    multilateral |= ns >= 3 && bare;
    /* "The guests that will arrive include X of the European Commission,
     * US Secretary Y, ...": three parties or more, states or bodies, after
     * "include" */
    int included = 0;
    for (size_t k = start; k < first->tok && !included; k++)
        included = pl_include_word(c, k, 0);
    if (included) {
        int np = 0;
        for (int q = 0; q < n; q++) {
            int dup = 0;
            for (int r = 0; r < q; r++)
                dup |= pl_party_state(c, &ms[idx[r]].p) == pl_party_state(c, &ms[idx[q]].p) &&
                       ms[idx[r]].p.org == ms[idx[q]].p.org;
            np += !dup;
        }
        included = np >= 3;
    }
    /* "The absent presidents are X, Argentina; Y, Peru ...": a list of
     * who stayed away */
    int away = pl_word_in(c, start, end, W_ABSENT);
    if (!m) {
        if (ns >= 3 && !away && !(before > start && pl_composition(c, before - 1))) {
            c->pend_sent = (int)si;
            c->npend = 0;
            for (int q = 0; q < n && c->npend < (int)(sizeof c->pend / sizeof *c->pend); q++)
                c->pend[c->npend++] = ms[idx[q]].p;
        }
        return 0;
    }
    /* "X of Djibouti and Y of Gabon also arrived": two arriving */
    if (!multilateral || !(line || ns >= 3 || included || (ns == 2 && arrives(c, last->tok, end))))
        return 0;
    for (int q = 0; q < n; q++)
        if (away)
            pl_remove_state(c, m, pl_party_state(c, &ms[idx[q]].p), ms[idx[q]].p.org, 0,
                            UINT32_MAX);
        else
            pl_add_party(c, m, &ms[idx[q]].p);
    m->sentence = (int)si; /* the roster may run on */
    if (line)
        c->roster_line = (int)si;
    return 0;
}
