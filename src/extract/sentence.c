/* sentence.c: one sentence's meetings. Its trigger words come first
 * (triggers.c), then the parties that stayed away; each trigger then gets
 * its argument window, the parties of its clause, its status, date and
 * place (clause.c), one meeting per host or per party of "separate" talks,
 * and a reference back to a meeting told before; last, people who "took
 * part" join the sentence's meeting. */
#include "extract/meetings.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Are tokens [a, b) only what joins the items of a list of states: commas,
 * "and", "the", and an abbreviation in brackets ("the United Arab
 * Emirates (UAE), Bahrain")? */
static int bare_list_glue(const extraction_state *c, size_t a, size_t b)
{
    int joined = 0;
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (is_punct(c, k, ',') || word_eq(c, k, "and") || is_punct(c, k, '('))
            joined = 1;
        else if (!(word_eq(c, k, "the") || is_punct(c, k, ')') || (h && h->type == H_COUNTRY)))
            return 0;
    }
    return joined;
}

/* Parties that stayed away: the mention nearest before the phrase. */
static void find_absent(sent_state *s)
{
    const extraction_state *c = s->c;
    s->nex = 0;
    if (!pl_sent_has(c, s->si, UINT64_C(1) << W_PARTICIPATE | UINT64_C(1) << W_ABSENT))
        return; /* most sentences */
    for (size_t hx = pl_first_hit_from(c, s->start); hx < c->nhits && c->hits[hx].tok < s->end;
         hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        /* not the hit of its token, or no word of absence or taking part */
        if (c->hit_at[i] != (int32_t)hx || h->type != H_WORD ||
            !(h->words & (UINT64_C(1) << W_PARTICIPATE | UINT64_C(1) << W_ABSENT)))
            continue;
        /* "could not take part"; also "no U.S. official would attend" */
        int neg_part = hit_word(c, h, W_PARTICIPATE) && pl_neg_near(c, i, s->start);
        if (!hit_word(c, h, W_ABSENT) && !neg_part)
            continue;
        /* "X will not attend, with Y sent on his behalf": the state still
         * takes part */
        int stands_in = 0;
        for (size_t hy = hx + 1; hy < c->nhits && c->hits[hy].tok < s->end && !stands_in; hy++)
            stands_in = hit_word(c, &c->hits[hy], W_PARTICIPATE) != NULL &&
                        !pl_neg_near(c, c->hits[hy].tok, s->start);
        if (stands_in)
            continue;
        /* "Zelensky, who did not attend the talks, was received by ...":
         * an absence told in a relative clause is from another meeting */
        int relative = 0;
        for (size_t k = i; k > s->start + 1 && i - k < 8 && !relative; k--) {
            if (is_punct(c, k - 1, ','))
                break;
            relative = token_is_word(c, k - 1, W_RELATIVE) && is_punct(c, k - 2, ',');
        }
        if (relative)
            continue;
        /* the mention nearest before; "eight leaders will be absent from
         * the summit; most notably X, Y and Z": no one named before, the
         * list after */
        int before = -1;
        /* "due to the absence of X": the absent one follows */
        const lx_entry *ae = hit_word(c, h, W_ABSENT);
        int after = ae && ae->value == 1;
        for (int k = s->nm - 1; k >= 0 && before < 0 && !after; k--)
            if (s->ms[k].p.tok < i && i - s->ms[k].p.tok <= 8)
                before = k;
        /* "the leaders of A, B, C and D all failed to show up": the whole
         * list the nearest closes */
        int first = before;
        while (first > 0 && bare_list_glue(c, s->ms[first - 1].p.tok + s->ms[first - 1].p.ntok,
                                           s->ms[first].p.tok))
            first--;
        for (int k = 0; k < s->nm && s->nex < 8; k++) {
            const pmention *pm = &s->ms[k];
            /* after "the absence of", only the few words that name them */
            int named_after = pm->p.tok > i && (!after || (pm->p.tok <= i + 8 && !pm->pronoun));
            if ((before >= 0 && k >= first && k <= before) ||
                (before < 0 && !neg_part && named_after)) {
                s->excluded[s->nex] = pl_party_state(c, &pm->p);
                s->exorg[s->nex++] = pm->p.org;
            }
        }
    }
}

/* The meeting could not be made: at MAX_MEETINGS the article has no more
 * room (the sentence stops, no error); otherwise memory ran out. */
static int stop(sent_state *s)
{
    s->rc = s->c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
    return 1;
}

/* Does token k open "during the visit" ("during his tour", "during the
 * trip"): a visit told before, whose stops a list of leaders met one by
 * one? */
static int during_visit(const sent_state *s, size_t k)
{
    const extraction_state *c = s->c;
    if (!word_eq(c, k, "during"))
        return 0;
    for (int q = 0; q < s->nt; q++)
        if (s->trigs[q].kind == PARLEY_KIND_VISIT && !s->trigs[q].participate &&
            s->trigs[q].tok > k && s->trigs[q].tok <= k + 3 && (s->trigs[q].flags & WF_NOUN))
            return 1;
    return 0;
}

/* How many of m's parties are people named after token tok. */
static int named_after(const meeting *m, size_t tok)
{
    int named = 0;
    for (int k = 0; k < m->nparties; k++)
        named += m->parties[k].tok > tok && m->parties[k].person >= 0;
    return named;
}

/* "held separate phone calls with Dar and with Doval": one meeting per
 * party named after the trigger. Returns 1 when the sentence must stop. */
static int split_separate(sent_state *s, clause *cl)
{
    extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    size_t end = s->end;
    int separate = tr->tok >= 1 && (token_is_word(c, tr->tok - 1, W_SEPARATE) ||
                                    (tr->tok >= 2 && token_is_word(c, tr->tok - 2, W_SEPARATE)));
    /* "bilateral meetings with the leaders of India, China and Egypt",
     * "held summits with the US, Japan and Australia", "had phone calls
     * with the presidents of A, B and C": one meeting each */
    size_t last = tr->tok + tr->n - 1;
    int plural = word_eq(c, last, "meetings") || word_eq(c, last, "summits") ||
                 word_eq(c, last, "calls") || word_eq(c, last, "conversations") ||
                 (tr->kind == PARLEY_KIND_CALL && word_eq(c, last, "discussions")) ||
                 cl->tells_plural;
    /* "holding bilateral talks with Russian President A, Iranian President
     * B and Turkish President C": talks called bilateral, with several */
    plural |= word_eq(c, last, "talks") && bilateral_at(c, tr->tok);
    /* "met with his counterparts from A, B and C", "a phone call to each
     * of A and B": one meeting each */
    for (size_t k = tr->tok + tr->n; k < tr->tok + tr->n + 6 && k < end && !separate; k++)
        separate = (k < tr->tok + tr->n + 3 && token_is_word(c, k, W_COUNTERPARTS)) ||
                   (k + 1 < end && word_eq(c, k, "each") && word_eq(c, k + 1, "of"));
    /* "received the credentials of the ambassadors of A, B and C",
     * "Ambassadors of A and B presented their credentials to X": each
     * envoy is received on his own */
    separate |= word_eq(c, last, "credentials") || word_eq(c, last, "credence");
    meeting *m = &c->meetings[cl->mi];
    /* "Modi also phoned Afghan President X and Bangladeshi Prime Minister
     * Y": a call verb with its people as objects, one call each; so is a
     * phone call with several ("has spoken by phone with King Charles,
     * Ukrainian President X and ..."): a phone call is between two, a
     * video call may be many */
    size_t obj = tr->tok + tr->n;
    if (tr->kind == PARLEY_KIND_CALL && (tr->flags & WF_VERB) && obj < end && !separate) {
        int by_phone = 0;
        for (size_t k = tr->tok; k < obj && !by_phone; k++)
            by_phone = token_is_word(c, k, W_PHONE);
        if (by_phone || (!word_eq(c, obj, "with") && !word_eq(c, obj, "to")))
            separate = named_after(m, tr->tok) >= 2;
    }
    /* "met with X in Geneva as well as with Y", "with X and with Y" */
    int withs = 0;
    for (size_t k = tr->tok; k < cl->R && k < end; k++)
        withs += word_eq(c, k, "with") &&
                 (withs == 0 || (k >= 1 && (word_eq(c, k - 1, "and") || word_eq(c, k - 1, "as"))));
    separate |= withs >= 2;
    /* "He also met with President X of A, President Y of B and President
     * Z of C on the sidelines of the summit" ("during the visit"): the
     * leaders one by one */
    int sidelines = 0;
    for (size_t k = s->start; k < end && !sidelines && !separate && (tr->flags & WF_VERB); k++)
        sidelines = token_is_word(c, k, W_SIDELINES) || during_visit(s, k);
    if (sidelines)
        separate = named_after(m, tr->tok) >= 3;
    if (!(separate || plural) || cl->nhosts != 0)
        return 0;
    int nright = 0;
    for (int k = 0; k < m->nparties; k++)
        nright += m->parties[k].tok > tr->tok;
    /* "A and B had separate meetings with C": one each for A and B */
    int split_left = separate && nright == 1 && m->nparties - nright >= 2;
    if (nright < 2 && !split_left)
        return 0;
    meeting base = *m;
    base.nparties = 0;
    party right[MAX_PARTIES];
    int nr = 0;
    for (int k = 0; k < m->nparties; k++) {
        int is_right = m->parties[k].tok > tr->tok;
        if (is_right != split_left)
            right[nr++] = m->parties[k];
        else
            base.parties[base.nparties++] = m->parties[k];
    }
    size_t first = cl->mi;
    for (int q = 0; q < nr; q++) {
        meeting *v = q == 0 ? &c->meetings[first] : pl_meeting_new(c);
        if (!v)
            return stop(s);
        *v = base;
        pl_add_party(c, v, &right[q]);
        if (q > 0 && s->nmade < 32)
            s->made[s->nmade++] = (size_t)(v - c->meetings);
    }
    return 0;
}

/* A visit to several states is one visit per host. Returns 1 when the
 * sentence must stop. */
static int split_hosts(sent_state *s, clause *cl)
{
    extraction_state *c = s->c;
    const lexicon *lx = &c->ex->lx;
    if (cl->nhosts == 0) {
        if (s->nmade < 32)
            s->made[s->nmade++] = cl->mi;
        return 0;
    }
    meeting *m = &c->meetings[cl->mi];
    /* "is on a tour including visits to A, B and C", "has embarked on a
     * tour that will take him to A, B and C": a tour under way has its
     * stops still to come (one told as made is told apart) */
    if (cl->nhosts >= 2 && m->status == PARLEY_STATUS_HELD && pl_present_tense(c, cl->tr, s->start))
        m->status = PARLEY_STATUS_PLANNED;
    meeting base = *m;
    for (int q = 0; q < cl->nhosts; q++) {
        meeting *v = q == 0 ? m : pl_meeting_new(c);
        if (!v)
            return stop(s);
        if (q > 0)
            *v = base;
        pl_add_party(c, v, &cl->hostp[q]);
        v->host = cl->hosts[q];
        if (base.loc_place < 0 || lx->places[base.loc_place].country != cl->hosts[q]) {
            v->loc_place = -1;
            v->loc_country = cl->hosts[q];
        }
        if (v->loc_place >= 0 && lx->places[v->loc_place].country != cl->hosts[q])
            v->loc_place = -1;
        if (s->nmade < 32)
            s->made[s->nmade++] = (size_t)(v - c->meetings);
    }
    cl->mi = c->nmeetings - (size_t)cl->nhosts;
    return 0;
}

/* "Leaders at the summit were X of A, Y of B ...", after the bloc's summit
 * is told: are all of m's states members of a bloc that is a party of o? */
static int members_of_bloc(const extraction_state *c, const meeting *m, const meeting *o)
{
    const lexicon *lx = &c->ex->lx;
    if (o->kind == PARLEY_KIND_CALL || o->kind == PARLEY_KIND_VISIT)
        return 0;
    for (int i = 0; i < o->nparties; i++) {
        const party *p = &o->parties[i];
        if (p->org < 0 || pl_party_state(c, p) >= 0 || !lx->orgs[p->org].has_members)
            continue;
        int n = 0, all = 1;
        for (int k = 0; k < m->nparties && all; k++) {
            int st = pl_party_state(c, &m->parties[k]);
            if (st < 0 && m->parties[k].org == p->org)
                continue; /* "Asean leaders at the summit were ..." */
            all = st >= 0 && lx_org_member(&lx->orgs[p->org], st);
            n++;
        }
        if (all && n >= 2)
            return 1;
    }
    return 0;
}

/* "Blinken took part in the meeting in February": a meeting held in a
 * month before the article's is not the one it tells as planned, nor the
 * lead's news of the day ("has had a telephone conversation ... the
 * consultations held last month"). */
static int held_before_plan(const extraction_state *c, const meeting *o, const meeting *m)
{
    int news = o->status == PARLEY_STATUS_HELD && !o->date[0] &&
               (o->sentence0 < c->lead_sent ||
                (o->present && o->sentence0 <= c->lead_sent + 1)); /* the headline, the lead */
    if ((o->status != PARLEY_STATUS_PLANNED && !news) || m->status != PARLEY_STATUS_HELD ||
        !c->has_date || strlen(m->date) < 7)
        return 0;
    int y = atoi(m->date), mo = atoi(m->date + 5);
    return y < c->doc_y || (y == c->doc_y && mo < c->doc_m);
}

/* "Leaders of A, B and C have been invited to the summit": is summit m,
 * naming three parties or more, the roster of o, a summit told before? */
static int roster_for(const extraction_state *c, const meeting *m, const meeting *o)
{
    return pl_multilateral_kind(m->kind) && o->kind == m->kind && pl_distinct_parties(c, m) >= 3;
}

/* "the meeting": a reference back, when it names no new pair. The meeting
 * told before takes this one's date, place and (when it names fewer than
 * two parties, or is the object of taking part) its parties. */
static void refer_back(sent_state *s, const clause *cl)
{
    extraction_state *c = s->c;
    const trigger_hit *tr = cl->tr;
    meeting *m = &c->meetings[cl->mi];
    if (!cl->definite || cl->ordinal)
        return;
    int has_with = tr->tok + tr->n < s->end &&
                   (word_eq(c, tr->tok + tr->n, "with") || word_eq(c, tr->tok + tr->n, "between"));
    int nm = pl_distinct_parties(c, m); /* the search below leaves m as it is */
    /* "the conversation with Macron" names a pair: a new meeting, unless
     * the meeting told just before is between the same pair (then it is
     * that one, told again) */
    int pair = nm >= 2 && has_with && !cl->it_is;
    /* "X will also attend the meeting", "Y will join the talks": one party
     * taking part in a meeting noun joins a summit told before with its
     * parties (one told without them lends its date and place later), or a
     * meeting in the last three sentences */
    int joins =
        cl->pobj && nm < 2 && (m->kind == PARLEY_KIND_MEETING || m->kind == PARLEY_KIND_TALKS);
    meeting *prev = NULL;
    for (size_t q = c->nmeetings - 1; q-- > 0;) {
        meeting *o = &c->meetings[q];
        /* "due to meet next week, but the talks were scrapped": a bare
         * reference may point back within its sentence */
        int earlier = o->sentence != (int)s->si ||
                      (m->nparties == 0 && m->status == PARLEY_STATUS_CANCELLED &&
                       o->trig_tok + o->trig_ntok <= tr->tok);
        if (!o->alive || !earlier || !pl_places_compatible(c, o, m) ||
            !pl_dates_compatible(o->date, m->date) || held_before_plan(c, o, m) ||
            pl_bilateral_beside_summit(c, o, m))
            continue;
        int ok = 1, shared = 0;
        for (int k = 0; k < m->nparties; k++) {
            int hs = pl_has_state(c, o, pl_party_state(c, &m->parties[k]));
            ok &= hs;
            shared |= hs;
        }
        if (pair) {
            if (ok && pl_distinct_parties(c, o) == nm && (int)s->si - o->sentence <= 2)
                prev = o;
            break;
        }
        /* "Prince Faisal hosted the session": the host joins it */
        int hosted =
            nm < 2 && o->kind != PARLEY_KIND_CALL && cl->host_the && (m->host >= 0 || tr->hostverb);
        int gathering = pl_multilateral_kind(o->kind) ||
                        ((o->kind == PARLEY_KIND_MEETING || o->kind == PARLEY_KIND_TALKS) &&
                         (int)s->si - o->sentence <= 3);
        int attends = cl->pobj && (o->kind == m->kind ||
                                   (pl_multilateral_kind(m->kind) && pl_virtual_summit(c, o)) ||
                                   (joins && gathering && pl_distinct_parties(c, o) >= 2));
        if (attends || hosted || cl->it_is || roster_for(c, m, o) || (nm < 2 ? ok : shared) ||
            members_of_bloc(c, m, o)) {
            prev = o;
            break;
        }
    }
    if (!prev)
        return;
    /* "The meeting has been called off", right after the plan is told:
     * what was planned is cancelled */
    if (m->status == PARLEY_STATUS_CANCELLED && prev->status == PARLEY_STATUS_PLANNED &&
        (int)s->si - prev->sentence <= 2)
        prev->status = PARLEY_STATUS_CANCELLED;
    pl_meeting_fill(prev, m);
    prev->sentence = (int)s->si; /* told again: a roster may follow */
    /* ... and all of them when the telling before was half told (a
     * headline's "Visit to Minsk postponed"), or this one is its roster
     * ("X is due to host the leaders of A, B and C" after the summit) */
    if (nm < 2 || cl->pobj || cl->it_is || members_of_bloc(c, m, prev) ||
        (tr->hostverb && pl_multilateral_kind(prev->kind)) ||
        (pl_distinct_parties(c, prev) < 2 && prev->kind == m->kind) || roster_for(c, m, prev))
        for (int k = 0; k < m->nparties; k++) {
            int gone = 0;
            for (int x = 0; x < s->nex; x++)
                gone |= pl_party_state(c, &m->parties[k]) == s->excluded[x];
            if (!gone)
                pl_add_party(c, prev, &m->parties[k]);
        }
    m->alive = 0;
    s->nmade--;
    if (s->ntouched < 32)
        s->touched[s->ntouched++] = (size_t)(prev - c->meetings);
}

/* Does token k, after "the two", begin their verb ("the two will meet
 * again", "the two last met", "the two held talks"): "the two" stands
 * alone for two people? */
static int two_as_subject(const extraction_state *c, size_t k)
{
    const lexicon_hit *h = hit_at(c, k);
    return token_is_word(c, k, W_PLANNED) || token_is_word(c, k, W_PAST) ||
           token_is_word(c, k, W_PRESENTAUX) || word_eq(c, k, "last") || word_eq(c, k, "also") ||
           (h && hit_word(c, h, W_TRIGGER));
}

/* "During the phone call, the two leaders discussed ...": with no party of
 * its own, a meeting whose sentence speaks of "the two leaders" ("both
 * sides") is between the last two officials of different states, named
 * together in one of the two sentences before. */
static void the_two(sent_state *s, meeting *m)
{
    extraction_state *c = s->c;
    for (int k = 0; k < m->nparties; k++)
        if (pl_party_state(c, &m->parties[k]) >= 0)
            return; /* a forum naming the meeting is no party of its own */
    int two = 0;
    for (size_t k = s->start; k + 1 < s->end && !two; k++)
        two = ((word_eq(c, k, "two") && k > s->start && word_eq(c, k - 1, "the")) ||
               word_eq(c, k, "both")) &&
              (pl_role_word(c, k + 1) || two_as_subject(c, k + 1));
    if (!two)
        return;
    party found[2];
    int n = 0;
    /* named in the two sentences before */
    size_t from = c->t->sent[s->si >= 2 ? s->si - 2 : 0].first;
    for (size_t hx = pl_first_hit_from(c, s->start); hx-- > 0 && n < 2;) {
        const lexicon_hit *h = &c->hits[hx];
        if (h->tok < from)
            break;
        if (h->type != H_PERSON || h->id < 0 || c->hit_at[h->tok] != (int32_t)hx)
            continue;
        const person *p = &c->people[h->id];
        if (p->country < 0 || (n == 1 && p->country == found[0].country))
            continue;
        party q = {p->country, -1, h->id, h->tok, h->n};
        found[n++] = q;
    }
    if (n < 2)
        return;
    /* the two named together, in one sentence */
    for (uint32_t k = found[1].tok + 1; k <= found[0].tok; k++)
        if (c->t->tok[k].flags & TOKF_SENT_START)
            return;
    for (int i = 0; i < n; i++)
        pl_add_party(c, m, &found[i]);
}

/* The meeting of trigger ti. Returns 1 when the sentence must stop
 * (s->rc tells with what), else 0. */
static int trigger_meeting(sent_state *s, int ti)
{
    extraction_state *c = s->c;
    clause cl;
    memset(&cl, 0, offsetof(clause, hosts)); /* the arrays are read only once filled */
    cl.ti = ti;
    cl.tr = &s->trigs[ti];
    if (cl.tr->participate)
        return 0;
    /* Host verbs next to a meeting noun ("the meeting, hosted by",
     * "hosted the summit") join it instead of making their own. */
    if (cl.tr->hostverb && pl_host_joins(c, s->trigs, s->nt, ti))
        return 0;
    pl_clause_window(s, &cl);
    if (pl_clause_denied(s, &cl))
        return 0;
    pl_clause_reference(s, &cl);
    meeting *m = pl_meeting_new(c);
    if (!m)
        return stop(s);
    m->kind = cl.tr->kind;
    m->trig_tok = cl.tr->tok;
    m->trig_ntok = cl.tr->n;
    m->sentence = m->sentence0 = (int)s->si;
    m->present = pl_present_tense(c, cl.tr, s->start);
    cl.mi = (size_t)(m - c->meetings);
    pl_clause_parties(s, &cl, m);
    pl_clause_subjects(s, &cl, m);
    the_two(s, m);
    pl_clause_status(s, &cl, m);
    pl_clause_place(s, &cl, m);
    if (split_separate(s, &cl) || split_hosts(s, &cl))
        return 1;
    refer_back(s, &cl);
    return 0;
}

/* Does a meeting word (no word of taking part) stand after token q? */
static int meeting_word_after(const sent_state *s, size_t q)
{
    for (int r = 0; r < s->nt; r++)
        if (!s->trigs[r].participate && s->trigs[r].tok > q)
            return 1;
    return 0;
}

/* Does a comma in [a, b) close a clause: one followed by a lower-case
 * word that goes on no list (", are to discuss", not ", and" nor ", the
 * foreign minister of")? */
static int clause_closes(const extraction_state *c, size_t a, size_t b)
{
    for (size_t k = a; k + 1 < b; k++)
        if (is_punct(c, k, ',') && c->t->tok[k + 1].shape == TOK_LOWER &&
            !word_eq(c, k + 1, "and") && !word_eq(c, k + 1, "the") &&
            !token_is_word(c, k + 1, W_ROLE) && !token_is_word(c, k + 1, W_ROLEMOD))
            return 1;
    return 0;
}

/* "X, Y and Z also took part": parties join the sentence's meeting or the
 * last one before. */
static void took_part(sent_state *s)
{
    extraction_state *c = s->c;
    for (int ti = 0; ti < s->nt; ti++) {
        if (!s->trigs[ti].participate || pl_neg_near(c, s->trigs[ti].tok, s->start))
            continue;
        /* "..., which was attended by X": the parties follow "by", and
         * join the meeting told just before the words */
        const trigger_hit *pt = &s->trigs[ti];
        size_t past = pt->tok + pt->n;
        int passive = word_eq(c, past - 1, "by") || (past < s->end && word_eq(c, past, "by"));
        /* only when the meeting is what is attended: ", attended by",
         * ", which was attended by" ("X is represented by Y" keeps X);
         * the meeting is the one named just before the comma, if any */
        size_t comma = 0;
        for (size_t q = pt->tok >= s->start + 4 ? pt->tok - 4 : s->start; q < pt->tok; q++)
            if (is_punct(c, q, ',') && (q + 1 == pt->tok || token_is_word(c, q + 1, W_RELATIVE)))
                comma = q;
        passive &= comma > s->start;
        int mk = s->nmade - 1;
        while (passive && mk >= 0) {
            const meeting *pm = &c->meetings[s->made[mk]];
            if (pm->trig_tok + pm->trig_ntok == comma)
                break;
            mk--;
        }
        /* "The summit was held in Mary on Sunday, attended by ...": the
         * sentence's last meeting, when no party stands between its word
         * and the comma */
        if (passive && mk < 0 && s->nmade > 0) {
            const meeting *pm = &c->meetings[s->made[s->nmade - 1]];
            int between = 0, h;
            for (int k = 0; k < s->nm; k++)
                between |= s->ms[k].p.tok > pm->trig_tok && s->ms[k].p.tok < comma &&
                           pl_party_context(&s->ms[k], 0, &h);
            if (pm->trig_tok < comma && !between)
                mk = s->nmade - 1;
        }
        /* "The prime ministers of A, B and C, who will be joined by X,
         * will discuss ...": people joined by others, with no meeting in
         * their sentence, all take part in the summit told just before */
        int joined = passive && mk < 0 && !s->nmade && word_eq(c, comma + 1, "who");
        if (passive && mk < 0 && !joined)
            break; /* "the East Asia Summit, which was attended by": no meeting of ours */
        meeting *m = s->nmade ? &c->meetings[s->made[mk]] : pl_last_meeting(c, (int)s->si - 2, 0);
        if (!m || (joined && !pl_multilateral_kind(m->kind)))
            break;
        if (!s->nmade && s->ntouched < 32)
            s->touched[s->ntouched++] = (size_t)(m - c->meetings);
        /* A list of participants may run on over several sentences. */
        if (!s->nmade)
            m->sentence = (int)s->si;
        /* "Addressing the other participant states (...) in Ashgabat": the
         * place right after the list of those taking part is that of a
         * meeting told before without one ("a deputy chief of staff in
         * the Kremlin", "who lives in Muscat" are not) */
        for (int k = 0;
             k < s->nm && !s->nmade && !pl_placeless(m) && m->loc_place < 0 && m->loc_country < 0;
             k++) {
            size_t at = s->ms[k].p.tok; /* "in" at - 1, the list's end at - 2 */
            const lexicon_hit *lh = at >= s->start + 2 ? hit_at(c, at - 2) : NULL;
            int after_list =
                at >= s->start + 2 && (is_punct(c, at - 2, ')') ||
                                       (lh && (lh->type == H_COUNTRY || lh->type == H_PERSON)));
            if (s->ms[k].prep == P_LOC && s->ms[k].place >= 0 && after_list)
                m->loc_place = s->ms[k].place;
        }
        /* "with Y sent on his behalf": Y alone, the one sent */
        int stand_in = -1;
        if (word_eq(c, past - 1, "behalf") || word_eq(c, past - 1, "place"))
            for (int k = 0; k < s->nm && s->ms[k].p.tok < pt->tok; k++)
                stand_in = k;
        /* "X is represented by Y, who is due to hold meetings with A and
         * B": a relative clause after the one taking part that tells a
         * meeting of its own ends the list */
        size_t upto = s->end;
        for (size_t q = past; q + 1 < s->end && upto == s->end; q++)
            if (is_punct(c, q, ',') && token_is_word(c, q + 1, W_RELATIVE) &&
                meeting_word_after(s, q))
                upto = q;
        size_t list_end = 0;
        for (int k = 0; k < s->nm; k++) {
            int h, framed = 0;
            if (!pl_party_context(&s->ms[k], 0, &h) ||
                (passive && s->ms[k].p.tok < pt->tok && !(joined && s->ms[k].p.tok < comma)) ||
                (stand_in >= 0 && k != stand_in) || s->ms[k].p.tok >= upto)
                continue;
            /* those joined are one list: it ends where the clause does
             * (", are to discuss ...") or other words begin */
            if (joined && s->ms[k].p.tok >= past) {
                if (list_end && (!pl_list_glue(c, list_end, s->ms[k].p.tok) ||
                                 clause_closes(c, list_end, s->ms[k].p.tok)))
                    break;
                list_end = s->ms[k].p.tok + s->ms[k].p.ntok;
            }
            for (int q = 0; q < s->nt; q++)
                framed |= !s->trigs[q].participate && pl_frame_org(c, &s->ms[k], &s->trigs[q]);
            /* "will participate in a forum, the C5+1": a forum after the
             * active verb is what is taken part in ("attended by the EU"
             * is not) */
            const pmention *om = &s->ms[k];
            if (om->p.org >= 0 && om->p.person < 0 && om->p.tok >= past && !passive &&
                om->prep != P_WITH && om->prep != P_BY && lx_org_forum(&c->ex->lx.orgs[om->p.org]))
                framed = 1;
            if (!framed)
                pl_add_party(c, m, &s->ms[k].p);
        }
        /* "the host country" */
        for (size_t k = s->start; k + 1 < s->end; k++)
            if (word_eq(c, k, "host") && token_is_word(c, k + 1, W_HOSTCOUNTRY) && m->host >= 0) {
                party p = {m->host, -1, -1, (uint32_t)k, 2};
                pl_add_party(c, m, &p);
            }
        break;
    }
}

/* Is meeting m's word on the sidelines of which another meeting of its
 * sentence is held ("met Putin on the sidelines of the 19th meeting of the
 * Council ... in Bishkek")? Its name may stand between. */
static int sidelines_of(const extraction_state *c, const meeting *m, size_t start)
{
    for (size_t k = m->trig_tok; k > start + 1 && m->trig_tok - k < 12; k--)
        if (word_eq(c, k - 1, "of") && token_is_word(c, k - 2, W_SIDELINES))
            return 1;
    return 0;
}

/* "His visit will include meetings with A and B": a meeting (no visit: "his
 * tour, following visits to A and B" tells its stops) with one party, after
 * it, that a visit told just before in the sentence holds, takes the
 * visitor. */
static void held_during_visit(sent_state *s)
{
    extraction_state *c = s->c;
    for (int q = 1; q < s->nmade; q++) {
        meeting *m = &c->meetings[s->made[q]];
        const meeting *v = NULL; /* the last visit told before its word */
        for (int r = 0; r < q; r++)
            if (c->meetings[s->made[r]].trig_tok < m->trig_tok)
                v = &c->meetings[s->made[r]];
        if (!v || v->kind != PARLEY_KIND_VISIT || m->kind == PARLEY_KIND_VISIT ||
            pl_distinct_parties(c, m) != 1 || m->parties[0].tok < m->trig_tok ||
            m->trig_tok - (v->trig_tok + v->trig_ntok) > 12)
            continue;
        int between = 0, h; /* no party named between the two words */
        for (int k = 0; k < s->nm; k++)
            between |= s->ms[k].p.tok > v->trig_tok && s->ms[k].p.tok < m->trig_tok &&
                       pl_party_context(&s->ms[k], 0, &h);
        for (int k = 0; k < v->nparties && !between; k++)
            if (v->parties[k].tok < v->trig_tok)
                pl_add_party(c, m, &v->parties[k]);
    }
}

/* "Heads of State who were to meet in Arusha ... include A (Kenya), B
 * (Uganda) and C": the list after "include" names who takes part in the
 * meeting that a plural role before it ("heads of state", "leaders")
 * meets at, when no party stands before that word. */
static void include_list(sent_state *s)
{
    extraction_state *c = s->c;
    size_t inc = 0;
    if (s->nmade == 0) /* first: most sentences have made none */
        return;
    for (size_t k = s->start + 2; k < s->end && !inc; k++)
        if (pl_include_word(c, k, 1))
            inc = k;
    if (!inc)
        return;
    meeting *m = NULL;
    for (int q = 0; q < s->nmade; q++)
        if (c->meetings[s->made[q]].trig_tok < inc)
            m = &c->meetings[s->made[q]];
    if (!m)
        return;
    int role = 0, h;
    for (size_t k = s->start; k < m->trig_tok; k++)
        role |= pl_role_word(c, k) && c->t->tok[k].normlen > 1 &&
                tok_norm(c, k)[c->t->tok[k].normlen - 1] == 's';
    for (int k = 0; k < s->nm; k++)
        if (s->ms[k].p.tok < m->trig_tok && pl_party_context(&s->ms[k], 0, &h))
            return; /* "Kenya's ministers who met ... include" */
    if (!role)
        return;
    int prev = -1;
    for (int k = 0; k < s->nm; k++) {
        const pmention *pm = &s->ms[k];
        if (pm->p.tok <= inc || !pl_party_context(pm, 0, &h))
            continue;
        if (prev >= 0 && !pl_list_glue(c, s->ms[prev].p.tok + s->ms[prev].p.ntok, pm->p.tok))
            break;
        pl_add_party(c, m, &pm->p);
        prev = k;
    }
}

/* "X (Peru), Y (Colombia) and Z (Ecuador) signed the pact. The signing
 * took place at the Amazon Summit": a summit or conference told with no
 * state of its own takes the roster of the sentence before, told before
 * any meeting (pl_roster keeps it). */
static void roster_before(sent_state *s)
{
    extraction_state *c = s->c;
    if (c->pend_sent < 0 || c->pend_sent != (int)s->si - 1)
        return;
    for (int q = 0; q < s->nmade; q++) {
        meeting *m = &c->meetings[s->made[q]];
        int states = 0;
        for (int k = 0; k < m->nparties; k++)
            states += pl_party_state(c, &m->parties[k]) >= 0;
        if (!pl_multilateral_kind(m->kind) || states)
            continue;
        for (int k = 0; k < c->npend; k++)
            pl_add_party(c, m, &c->pend[k]);
        /* "... on Friday signed the pact": the roster's date, when the
         * summit's sentence gives none */
        size_t a = c->t->sent[c->pend_sent].first, b = c->t->sent[c->pend_sent].last;
        date_expr d;
        if (!m->date[0] && pl_sent_has(c, (size_t)c->pend_sent, PL_DATE_WORDS) &&
            pl_dates_find(c, a, b, &d, 1) == 1 && !pl_date_reported(c, &d, a, 2))
            pl_date_resolve(c, &d, m->status == PARLEY_STATUS_PLANNED, m->date, sizeof m->date);
    }
    c->pend_sent = -1;
}

/* The setting's place for the sentence's meetings, and the parties that
 * stayed away removed from them. */
static void finish(sent_state *s)
{
    extraction_state *c = s->c;
    /* a meeting on the sidelines of another told in its sentence is where
     * that one is */
    for (int q = 0; q < s->nmade && s->setting < 0; q++) {
        const meeting *st = &c->meetings[s->made[q]];
        if ((st->loc_place < 0 && st->loc_country < 0) || !sidelines_of(c, st, s->start))
            continue;
        for (int r = 0; r < s->nmade; r++) {
            meeting *m = &c->meetings[s->made[r]];
            if (r != q && m->trig_tok < st->trig_tok && !pl_placeless(m) && m->loc_place < 0 &&
                m->loc_country < 0) {
                m->loc_place = st->loc_place;
                m->loc_country = st->loc_country;
            }
        }
    }
    for (int q = 0; q < s->nmade && s->setting >= 0; q++) {
        meeting *m = &c->meetings[s->made[q]];
        const meeting *st = &c->meetings[s->setting];
        if (!pl_placeless(m) && m->loc_place < 0 && m->loc_country < 0) {
            m->loc_place = st->loc_place;
            m->loc_country = st->loc_country;
        }
    }
    /* "was called off when the Rwandan delegation failed to turn up": a
     * meeting called off keeps the parties it was to have */
    for (int q = 0; q < s->nmade; q++)
        for (int x = 0; x < s->nex && c->meetings[s->made[q]].status != PARLEY_STATUS_CANCELLED;
             x++)
            pl_remove_state(c, &c->meetings[s->made[q]], s->excluded[x], s->exorg[x], 0,
                            UINT32_MAX);
    /* A meeting told before keeps the parties it had: "Zelensky, who did
     * not attend the talks" does not undo Ukraine's delegation. */
    for (int q = 0; q < s->ntouched; q++)
        for (int x = 0; x < s->nex; x++)
            pl_remove_state(c, &c->meetings[s->touched[q]], s->excluded[x], s->exorg[x],
                            (uint32_t)s->start, (uint32_t)s->end);
}

int pl_sentence_meetings(extraction_state *c, size_t si)
{
    size_t start = c->t->sent[si].first, end = c->t->sent[si].last;
    /* Half the sentences of news hold no trigger word at all: the scan's
     * summary of their word hits settles that before the token walk. */
    if (!pl_sent_has(c, si, PL_TRIGGER_WORDS))
        return pl_roster(c, si);
    sent_state s;
    s.c = c;
    s.si = si;
    s.start = start;
    s.end = end;
    s.nt = pl_triggers_find(c, start, end, s.trigs, 32);
    s.nt = pl_triggers_drop_journeys(c, s.trigs, s.nt);
    s.nt = pl_triggers_drop_settings(c, start, s.trigs, s.nt);
    s.setting = pl_triggers_setting_before(c, start, s.trigs, &s.nt);
    if (!s.nt)
        return pl_roster(c, si);
    s.nm = pl_mentions_collect(c, si, s.ms);
    s.nd = pl_sent_has(c, si, PL_DATE_WORDS) ? pl_dates_find(c, start, end, s.ds, 16) : 0;
    find_absent(&s);
    s.nmade = s.ntouched = 0;
    s.rc = 0;
    for (int ti = 0; ti < s.nt; ti++)
        if (trigger_meeting(&s, ti))
            return s.rc;
    held_during_visit(&s);
    include_list(&s);
    roster_before(&s);
    took_part(&s);
    finish(&s);
    return 0;
}
