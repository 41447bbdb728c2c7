/* sentence.c: one sentence's meetings: for each trigger the parties in
 * its clause, its status, date and place, one meeting per host or per
 * party of "separate" talks, references back and people who took part. */
#include "extract/meetings.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One sentence's meetings. */
int pl_sentence_meetings(extraction_state *c, size_t si)
{
    const ptext *t = c->t;
    const lexicon *lx = &c->ex->lx;
    size_t start = t->sent[si].first, end = t->sent[si].last;
    /* Most sentences hold no trigger word at all: a look at their hits
     * settles that before the token walk below. */
    const uint32_t trigger_words = 1u << W_TRIGGER | 1u << W_HOST | 1u << W_PARTICIPATE;
    int any = 0;
    for (size_t hx = pl_first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end && !any; hx++)
        any = c->hits[hx].type == H_WORD && (c->hits[hx].words & trigger_words);
    if (!any)
        return pl_roster(c, si);
    trigger_hit trigs[32];
    int nt = 0;
    /* Each token's word hit that starts there, in token order, walked
     * along the sorted hits; a trigger's own words are not looked at again. */
    size_t next = start;
    for (size_t hx = pl_first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end && nt < 32;
         hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        if (i < next || c->hit_at[i] != (int32_t)hx || h->type != H_WORD)
            continue;
        next = i + 1;
        const lx_entry *e = hit_word(c, h, W_TRIGGER);
        const lx_entry *hv = hit_word(c, h, W_HOST);
        const lx_entry *pa = hit_word(c, h, W_PARTICIPATE);
        /* "the conference centre", "Summit Hall": a building's name */
        if (e && (e->flags & WF_NOUN) && i + h->n < end && token_is_word(c, i + h->n, W_ORGWORD))
            e = NULL;
        if (hv && !e && i + h->n < end &&
            (word_eq(c, i + h->n, "country") || word_eq(c, i + h->n, "nation") ||
             word_eq(c, i + h->n, "city") || word_eq(c, i + h->n, "state")))
            hv = NULL; /* "the host country" names a party, it is no trigger */
        const lx_entry *use = e ? e : hv;
        if (use && (use->flags & WF_STRICT)) {
            /* "a call with", "talks between", "received the minister" */
            size_t j = i + h->n;
            int ok = j < end && (word_eq(c, j, "with") || word_eq(c, j, "from"));
            for (size_t k = j; !ok && k < end && k < j + 4; k++)
                ok = word_eq(c, k, "between"); /* "a session in Doha between ..." */
            /* "a tour that took him to Palau", "a trip to Moscow" */
            for (size_t k = j; (use->flags & WF_HOST) && !ok && k + 1 < end && k < j + 6; k++) {
                if (!word_eq(c, k, "to") && !(k == j && word_eq(c, k, "of")))
                    continue;
                size_t q = k + 1 < end && word_eq(c, k + 1, "the") ? k + 2 : k + 1;
                const lexicon_hit *ph = q < end ? hit_at(c, q) : NULL;
                ok = ph && (ph->type == H_COUNTRY || ph->type == H_CAPITAL || ph->type == H_CITY ||
                            ph->type == H_REGION);
            }
            for (size_t k = j; !ok && k < end && k < j + 4; k++) {
                const lexicon_hit *o = hit_at(c, k);
                ok = (o && (o->type == H_PERSON || o->type == H_TITLE)) || word_eq(c, k, "held") ||
                     word_eq(c, k, "place");
            }
            if (i > start && (word_eq(c, i - 1, "phone") || word_eq(c, i - 1, "telephone")))
                ok = 1;
            /* "during a call on Monday" */
            if (i >= start + 2 && (word_eq(c, i - 1, "a") || word_eq(c, i - 1, "the")) &&
                (word_eq(c, i - 2, "during") || word_eq(c, i - 2, "in")) && e && e->value == PARLEY_KIND_CALL)
                ok = 1;
            /* A named session of a body: "an Extraordinary Session of the
             * Authority of Heads of State", "the Council Session". */
            if (c->t->tok[i].shape == TOK_CAP && i > start && c->t->tok[i - 1].shape == TOK_CAP &&
                !(c->t->tok[i].flags & TOKF_SENT_START) && !(c->t->tok[i - 1].flags & TOKF_SENT_START))
                ok = 1;
            /* "spoke with", "spoke today to" a person: a call; "spoke about
             * Putin" is none */
            if (ok && e && e->value == PARLEY_KIND_CALL && (e->flags & WF_VERB)) {
                size_t w = j < end && (word_eq(c, j, "today") || word_eq(c, j, "again")) ? j + 1 : j;
                ok = w + 1 < end && (word_eq(c, w, "with") || word_eq(c, w, "to"));
            }
            if (!ok)
                continue;
        }
        if (pa && !e && !hv && (pa->flags & WF_STRICT)) {
            /* "led the Saudi delegation": leading a delegation is taking part */
            int ok = 0;
            for (size_t k = i + h->n; k < end && k < i + h->n + 4 && !ok; k++)
                ok = word_eq(c, k, "delegation") || word_eq(c, k, "delegations") || word_eq(c, k, "team");
            if (!ok)
                pa = NULL;
        }
        if (e || hv || pa) {
            trigger_hit tr = {h->tok, h->n, use ? use->value : 0, use ? use->flags : 0, !use && pa, !e && hv};
            trigs[nt++] = tr;
        }
        next = i + h->n;
    }
    /* A named event after "at" or "on the sidelines of" that follows the
     * sentence's meeting is its setting, not a meeting of its own ("meet
     * Vance at the Munich Security Conference on Friday"): its date and
     * place are the meeting's. */
    for (int ti = 1; ti < nt; ti++) {
        const trigger_hit *tr = &trigs[ti];
        if (tr->participate || tr->hostverb || !(tr->kind == PARLEY_KIND_SUMMIT || tr->kind == PARLEY_KIND_CONFERENCE))
            continue;
        /* "met Ramaphosa ahead of the summit": a time, not a meeting */
        int ahead = tr->tok >= start + 3 && word_eq(c, tr->tok - 1, "the") && word_eq(c, tr->tok - 2, "of") &&
                    word_eq(c, tr->tok - 3, "ahead");
        if (!ahead && (tr->tok == start || c->t->tok[tr->tok].shape == TOK_LOWER ||
                       c->t->tok[tr->tok - 1].shape == TOK_LOWER))
            continue; /* named: "the Munich Security Conference", "the BRICS summit" */
        int setting = 0;
        for (size_t k = tr->tok >= start + 6 ? tr->tok - 6 : start; k < tr->tok && !setting; k++)
            setting = word_eq(c, k, "at") || word_eq(c, k, "sidelines") || word_eq(c, k, "margins") ||
                      (word_eq(c, k, "ahead") && k + 1 < tr->tok && word_eq(c, k + 1, "of"));
        int before = 0;
        for (int q = 0; q < ti; q++)
            before |= !trigs[q].participate;
        if (!setting || !before)
            continue;
        memmove(&trigs[ti], &trigs[ti + 1], (size_t)(nt - ti - 1) * sizeof *trigs);
        nt--;
        ti--;
    }
    /* "On the margins of the summit, X will meet Y": a meeting told before
     * is the setting; the sentence's meetings take its place. */
    long setting = -1;
    for (int ti = 0; ti < nt; ti++) {
        const trigger_hit *tr = &trigs[ti];
        size_t k = tr->tok;
        if (tr->participate || tr->hostverb || k < start + 2)
            continue;
        size_t of = word_eq(c, k - 1, "the") && k >= start + 3 ? k - 2 : k - 1;
        if (!word_eq(c, of, "of") || !(word_eq(c, of - 1, "sidelines") || word_eq(c, of - 1, "margins")))
            continue;
        for (size_t q = c->nmeetings; q-- > 0 && setting < 0;)
            if (c->meetings[q].alive && c->meetings[q].kind == tr->kind)
                setting = (long)q;
        if (setting < 0)
            continue;
        memmove(&trigs[ti], &trigs[ti + 1], (size_t)(nt - ti - 1) * sizeof *trigs);
        nt--;
        break;
    }
    if (!nt)
        return pl_roster(c, si);

    pmention ms[MAX_SENT_MENTIONS];
    int nm = pl_mentions_collect(c, start, end, ms);
    date_expr ds[16];
    int nd = pl_dates_find(c, start, end, ds, 16);

    /* Parties that stayed away: the mention nearest before the phrase. */
    int excluded[8], nex = 0, exorg[8];
    for (size_t hx = pl_first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        if (c->hit_at[i] != (int32_t)hx) /* not the hit of its token */
            continue;
        /* "could not take part"; also "no U.S. official would attend" */
        int neg_part = hit_word(c, h, W_PARTICIPATE) && pl_neg_near(c, i, start);
        if (!hit_word(c, h, W_ABSENT) && !neg_part)
            continue;
        for (int k = nm - 1; k >= 0; k--)
            if (ms[k].p.tok < i && i - ms[k].p.tok <= 8 && nex < 8) {
                excluded[nex] = pl_party_state(c, &ms[k].p);
                exorg[nex++] = ms[k].p.org;
                break;
            }
    }

    size_t made[32], touched[32]; /* indices: pl_meeting_new() may move the array */
    int nmade = 0, ntouched = 0;
    for (int ti = 0; ti < nt; ti++) {
        trigger_hit *tr = &trigs[ti];
        if (tr->participate)
            continue;
        /* Host verbs next to a meeting noun ("the meeting, hosted by",
         * "hosted the summit") join it instead of making their own. */
        if (tr->hostverb && pl_host_joins(c, trigs, nt, ti))
            continue;
        size_t L = start, R = end;
        for (int k = 0; k < nt; k++) {
            if (trigs[k].participate || (trigs[k].hostverb && pl_host_joins(c, trigs, nt, k)))
                continue;
            if (k < ti && trigs[k].tok + trigs[k].n > L)
                L = trigs[k].tok + trigs[k].n;
            if (k > ti && trigs[k].tok < R)
                R = trigs[k].tok;
        }
        /* "The calls came as ...", "The meeting was held ...": a definite
         * meeting noun as the subject refers back; what follows its verb is
         * another clause, not its parties. */
        size_t Rfull = R; /* places and dates may stand past the arguments */
        size_t after = tr->tok + tr->n;
        if (!(tr->flags & WF_VERB) && tr->tok >= start + 1 && tr->tok <= start + 2 &&
            word_eq(c, start, "the") && after < R && c->t->tok[after].shape == TOK_LOWER &&
            !word_eq(c, after, "with") && !word_eq(c, after, "between") && !word_eq(c, after, "of") &&
            !word_eq(c, after, "among"))
            R = after;
        for (size_t k = tr->tok + tr->n; k < R; k++) {
            if (pl_is_stop_right(c, k) && !(k == tr->tok + tr->n)) {
                R = k;
                break;
            }
            /* A comma ends the arguments unless a list of parties goes on
             * ("visit Greece, Serbia and Italy"); ", with Kyiv agreeing ..."
             * and ", the ministry said" are outside. */
            if (is_punct(c, k, ',') && k + 1 < R) {
                const lexicon_hit *nh = hit_at(c, k + 1);
                int goes_on = nh && nh->type != H_WORD && nh->type != H_TITLE;
                if (!goes_on && (word_eq(c, k + 1, "and") || word_eq(c, k + 1, "as"))) {
                    size_t j = k + 2 < R && word_eq(c, k + 2, "the") ? k + 3 : k + 2;
                    const lexicon_hit *n2 = j < R ? hit_at(c, j) : NULL;
                    goes_on = n2 && n2->type != H_WORD && n2->type != H_TITLE;
                }
                /* ", hosted by Pakistan," / ", chaired by ..." */
                if (!goes_on && k + 2 < R && word_eq(c, k + 2, "by"))
                    goes_on = 1;
                /* "the meeting held in Aqaba, Jordan, between ..." */
                if (!goes_on && (word_eq(c, k + 1, "between") || word_eq(c, k + 1, "with") ||
                                 word_eq(c, k + 1, "among")))
                    goes_on = 1;
                if (!goes_on && k + 2 < R) { /* ", Chinese Foreign Minister Wang Yi" */
                    const lexicon_hit *n2 = hit_at(c, k + 2);
                    goes_on = (nh && nh->type == H_TITLE) || (word_eq(c, k + 1, "the") && n2 &&
                               (n2->type == H_COUNTRY || n2->type == H_DEMONYM || n2->type == H_ORG));
                }
                if (!goes_on) {
                    R = k;
                    break;
                }
            }
        }
        /* A trigger inside a relative clause ("Lula, who met Zelensky on
         * ..., has promoted") ends at the clause's closing comma. */
        for (size_t k = L; k < tr->tok; k++)
            if ((word_eq(c, k, "who") || word_eq(c, k, "which")) && k > start && is_punct(c, k - 1, ',')) {
                for (size_t q = tr->tok + tr->n; q < R; q++)
                    if (is_punct(c, q, ',')) {
                        R = q;
                        break;
                    }
                break;
            }
        for (size_t k = L; k < tr->tok; k++)
            if (is_punct(c, k, ';') || (token_is_word(c, k, W_REPORT) && k + 1 < tr->tok &&
                                        !pl_word_in(c, L, k, W_TRIGGER)))
                L = k + 1;
        if (pl_negated(c, tr->tok, start) && !pl_word_in(c, start, end, W_ABSENT))
            continue;
        /* "denied reports that he would fly to Caracas to meet Maduro" */
        int denied = 0;
        for (size_t k = start; k < tr->tok && !denied; k++) {
            const lx_entry *ne = hit_word(c, hit_at(c, k), W_NEGATION);
            denied = ne && (ne->flags & WF_STRICT);
        }
        if (denied)
            continue;
        int definite, ordinal;
        long poss = pl_pp_trigger(c, tr->tok, L, &definite, &ordinal);
        /* "attended his last summit", "took part in the talks": the object
         * of taking part is a meeting told before */
        int pobj = 0;
        int indefinite = 0; /* "attended a meeting of ...": a new one */
        for (size_t k = tr->tok >= L + 3 ? tr->tok - 3 : L; k < tr->tok; k++)
            indefinite |= word_eq(c, k, "a") || word_eq(c, k, "an");
        for (int q = 0; q < nt && !indefinite; q++)
            if (trigs[q].participate && trigs[q].tok + trigs[q].n <= tr->tok &&
                tr->tok - (trigs[q].tok + trigs[q].n) <= 3) {
                definite = 1;
                ordinal = 0;
                pobj = 1;
            }
        /* "hosted the session": the host joins a meeting told before */
        if (tr->hostverb && tr->tok + tr->n < end && word_eq(c, tr->tok + tr->n, "the"))
            definite = 1;
        int pp = poss != -1;
        /* "Biden hosted X, Y and Z for a summit": the phrase hangs on a
         * host or meeting verb, whose subject and objects are the parties. */
        if (poss == -2)
            for (size_t k = L; k < tr->tok && pp; k++) {
                const lexicon_hit *h = hit_at(c, k);
                const lx_entry *e = hit_word(c, h, W_TRIGGER);
                if (hit_word(c, h, W_HOST) || (e && (e->flags & WF_VERB)))
                    pp = 0;
            }
        int host_trigger = (tr->flags & WF_HOST) != 0;
        /* "meant to fly him to visit Serbia", "invited her to visit": the
         * object pronoun is the visitor, the person named last before it; the
         * sentence's subjects are not. */
        long visitor = -1;
        if ((tr->flags & WF_VERB) && tr->tok >= start + 2 && word_eq(c, tr->tok - 1, "to") &&
            (word_eq(c, tr->tok - 2, "him") || word_eq(c, tr->tok - 2, "her"))) {
            for (int k = 0; k < nm; k++)
                if (ms[k].p.tok < tr->tok && ms[k].p.person >= 0)
                    visitor = k;
            if (visitor < 0)
                visitor = -2; /* no one named: nobody on the left */
        }

        meeting *m = pl_meeting_new(c);
        if (!m)
            return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
        m->kind = tr->kind;
        m->trig_tok = tr->tok;
        m->trig_ntok = tr->n;
        m->sentence = m->sentence0 = (int)si;
        m->present = pl_present_tense(c, tr, start);
        int hosts[MAX_PARTIES], nhosts = 0, nframe = 0;
        party frame[4];
        party hostp[MAX_PARTIES];
        for (int k = 0; k < nm; k++) {
            pmention *pm = &ms[k];
            int isleft = pm->p.tok < tr->tok;
            if (isleft && visitor != -1 && k != visitor)
                continue;
            if (isleft && visitor == k) {
                pl_add_party(c, m, &pm->p);
                continue;
            }
            if (isleft && pp) {
                /* Only the possessor ("his visit") of a trigger in a phrase,
                 * or everything when the phrase opens the sentence. */
                if (!(poss >= 0 && pm->p.tok == (uint32_t)poss))
                    continue;
            } else if (isleft ? pm->p.tok < L : pm->p.tok >= R) {
                if (!(pp && !isleft && pm->p.tok >= R && 0))
                    continue;
            }
            if (pm->p.tok >= tr->tok && pm->p.tok < tr->tok + tr->n)
                continue;
            int is_host = 0;
            int is_poss = pp && poss >= 0 && pm->p.tok == (uint32_t)poss;
            pmention conj;
            if (pm->prep == P_CONJ) {
                /* The subject of a clause whose verb is this trigger is a party;
                 * otherwise the word was a preposition ("after Qatar"). */
                int clause = isleft && !pp;
                for (size_t q = pm->p.tok; clause && q < tr->tok; q++)
                    clause = !is_punct(c, q, ',');
                conj = *pm;
                conj.prep = clause ? P_NONE : P_TOPIC;
                pm = &conj;
            }
            /* "he held talks with ...": a subject pronoun right before the verb */
            if (pm->pronoun && !pp && isleft && tr->tok - pm->p.tok <= 3 &&
                (word_eq(c, pm->p.tok, "he") || word_eq(c, pm->p.tok, "she")))
                is_poss = 1;
            if (!is_poss && !pl_party_context(pm, host_trigger && !isleft, &is_host))
                continue;
            if (is_host && nhosts < MAX_PARTIES) {
                int st = pl_party_state(c, &pm->p);
                int dup = 0;
                for (int q = 0; q < nhosts; q++)
                    dup |= hosts[q] == st;
                if (!dup) {
                    hostp[nhosts] = pm->p;
                    hosts[nhosts++] = st;
                }
                if (pm->place >= 0 && m->loc_place < 0)
                    m->loc_place = pm->place;
                continue;
            }
            if (pm->prep == P_BY && m->host < 0)
                m->host = pl_party_state(c, &pm->p);
            /* "the ASEAN summit", "a summit of the Quad": the body names the
             * meeting; its members are the parties unless none are named. */
            if (pl_frame_org(c, pm, tr)) {
                if (nframe < 4)
                    frame[nframe++] = pm->p;
                continue;
            }
            pl_add_party(c, m, &pm->p);
        }
        if (pl_distinct_parties(c, m) < 2)
            for (int q = 0; q < nframe; q++)
                pl_add_party(c, m, &frame[q]);
        /* A verb whose subject stands before an earlier trigger ("he
         * addressed the conference and met Aliyev") takes that subject. */
        if (!pp && (tr->flags & WF_VERB) && L > start) {
            int has_left = 0;
            for (int k = 0; k < m->nparties; k++)
                has_left |= m->parties[k].tok < tr->tok;
            for (int k = 0; k < nm && !has_left; k++) {
                if (ms[k].p.tok >= L)
                    break;
                int h, subj_pron = ms[k].pronoun && (word_eq(c, ms[k].p.tok, "he") || word_eq(c, ms[k].p.tok, "she"));
                if (ms[k].prep == P_NONE && (subj_pron || (!ms[k].pronoun && ms[k].p.person >= 0 &&
                                                           pl_party_context(&ms[k], 0, &h)))) {
                    pl_add_party(c, m, &ms[k].p);
                    has_left = 1;
                }
            }
        }
        /* A phrase without a possessor ("before stops in X and Y") takes
         * the sentence's subject: its first party named outside a phrase. */
        if (pp && poss == -2 && !(L == start && pl_pp_opens(c, tr->tok, start))) {
            for (int k = 0; k < nm; k++) {
                int h;
                if (ms[k].p.tok >= tr->tok)
                    break;
                int subj_pron = ms[k].pronoun && (word_eq(c, ms[k].p.tok, "he") || word_eq(c, ms[k].p.tok, "she"));
                if (ms[k].prep == P_NONE && (subj_pron || (!ms[k].pronoun && pl_party_context(&ms[k], 0, &h)))) {
                    pl_add_party(c, m, &ms[k].p);
                    /* "Biden congratulated Lula ... during a call": in a call
                     * the verb's object, a person, is the other party. */
                    for (int q = k + 1; tr->kind == PARLEY_KIND_CALL && q < nm && ms[q].p.tok < tr->tok; q++)
                        if (ms[q].p.person >= 0 && !ms[q].pronoun && pl_party_context(&ms[q], 0, &h) &&
                            !pl_same_party(c, &ms[q].p, &ms[k].p)) {
                            pl_add_party(c, m, &ms[q].p);
                            break;
                        }
                    break;
                }
                /* "The leaders of Botswana, Malawi and Tanzania are in Maputo
                 * for the summit": a list of states after a role noun. */
                if ((ms[k].prep == P_OF || ms[k].prep == P_FROM) && ms[k].is_country && !ms[k].pronoun) {
                    int q = k;
                    pl_add_party(c, m, &ms[q].p);
                    while (q + 1 < nm && ms[q + 1].p.tok < tr->tok && ms[q + 1].is_country &&
                           pl_list_glue(c, ms[q].p.tok + ms[q].p.ntok, ms[q + 1].p.tok))
                        pl_add_party(c, m, &ms[++q].p);
                    break;
                }
            }
        }
        /* A trigger opening the sentence in a phrase takes the main clause's
         * subject too: "In a phone call with X, Wang said ..." */
        if (pp && poss < 0 && L == start && pl_pp_opens(c, tr->tok, start)) {
            for (int k = 0; k < nm; k++) {
                int h;
                if (ms[k].p.tok > tr->tok && ms[k].p.tok < R && pl_party_context(&ms[k], 0, &h))
                    pl_add_party(c, m, &ms[k].p);
            }
        }
        /* Status, date, place. */
        int planned = 0, cancelled = 0;
        size_t sl = pp ? start : L;
        if (pl_word_in(c, L, Rfull, W_CANCELLED))
            cancelled = 1;
        /* A headline (no closing period) says "Wang Yi to meet Taliban". */
        const char *lastw = tok_norm(c, end - 1);
        int headline = lastw[0] != '.' && lastw[0] != '!' && lastw[0] != '?' && lastw[0] != '"' &&
                       lastw[0] != '\'' && lastw[0] != ')';
        if (headline && tr->tok > start && word_eq(c, tr->tok - 1, "to") && (tr->flags & WF_VERB))
            planned = 1;
        /* "Iraq, Egypt and Jordan to convene a meeting": to + verb + noun */
        for (size_t k = tr->tok >= start + 4 ? tr->tok - 4 : start; headline && k + 1 < tr->tok; k++)
            if (word_eq(c, k, "to") && c->t->tok[k + 1].shape == TOK_LOWER && !(tr->flags & WF_VERB) &&
                (word_eq(c, tr->tok - 1, "a") || word_eq(c, tr->tok - 1, "an") || word_eq(c, tr->tok - 1, "the")))
                planned = 1;
        /* A meeting noun as the subject takes the modality of its verb,
         * however far ("The meeting of the presidents of ..., is to be held"). */
        int subject = !(tr->flags & WF_VERB) && tr->tok <= start + 2;
        if (subject && pl_word_in(c, tr->tok + tr->n, Rfull, W_PLANNED))
            planned = 1;
        /* "ahead of the summit", "in the run-up to the summit": the summit
         * is still to come */
        for (size_t k = tr->tok >= start + 5 ? tr->tok - 5 : start; k + 1 < tr->tok; k++)
            if ((word_eq(c, k, "ahead") && word_eq(c, k + 1, "of")) ||
                (word_eq(c, k, "run-up") && word_eq(c, k + 1, "to")))
                planned = 1;
        if (pl_word_in(c, sl, tr->tok, W_PLANNED) ||
            pl_word_in(c, tr->tok + tr->n, tr->tok + tr->n + 3 < Rfull ? tr->tok + tr->n + 3 : Rfull, W_PLANNED))
            planned = 1;
        const date_expr *best = NULL;
        long bestd = 1L << 30;
        for (int k = 0; k < nd; k++) {
            long dist = (long)ds[k].tok - (long)tr->tok;
            if (dist < 0) dist = -dist;
            int inwin = ds[k].tok >= L && ds[k].tok < end;
            if (!inwin && nt > 1)
                continue;
            /* A date nearer another trigger belongs to that one. */
            int nearer = 0;
            for (int q = 0; q < nt && !nearer; q++) {
                if (q == ti || trigs[q].participate ||
                    (trigs[q].hostverb && pl_host_joins(c, trigs, nt, q)))
                    continue;
                long dq = (long)ds[k].tok - (long)trigs[q].tok;
                nearer = (dq < 0 ? -dq : dq) < dist;
            }
            if (nearer)
                continue;
            /* "..., the agency reported on Sunday": the report's date */
            int reported = 0;
            for (uint32_t q = ds[k].tok >= start + 3 ? ds[k].tok - 3 : (uint32_t)start; q < ds[k].tok; q++)
                reported |= token_is_word(c, q, W_REPORT);
            if (reported)
                continue;
            if (dist < bestd) { bestd = dist; best = &ds[k]; }
        }
        if (best) {
            if (best->type == 4 && (best->a == 3 || best->a == 12 || best->a == 24))
                planned = 1;
            /* A day still ahead has not happened: planned (or called off). */
            if (pl_date_ahead(c, best))
                planned = 1;
            pl_date_resolve(c, best, planned || cancelled, m->date, sizeof m->date);
        }
        if (m->kind != PARLEY_KIND_CALL)
            pl_extend_by_duration(c, start, end, m->date, sizeof m->date);
        m->status = cancelled ? PARLEY_STATUS_CANCELLED : planned ? PARLEY_STATUS_PLANNED : PARLEY_STATUS_HELD;
        m->remote = pl_word_in(c, L, Rfull, W_REMOTE);
        if (!pl_placeless(m) && m->loc_place < 0) {
            for (int k = 0; k < nm; k++) {
                if (ms[k].p.tok < L || ms[k].p.tok >= Rfull || ms[k].prep != P_LOC)
                    continue;
                if (ms[k].p.tok >= R && pl_word_in(c, R, ms[k].p.tok, W_REPORT))
                    continue; /* ", the ministry said in Moscow" */
                if (ms[k].place >= 0) { m->loc_place = ms[k].place; break; }
                if (ms[k].is_country && m->loc_country < 0)
                    m->loc_country = ms[k].p.country;
            }
        }
        if (m->loc_place >= 0)
            m->loc_country = -1;
        /* "held separate phone calls with Dar and with Doval": one meeting
         * per party named after the trigger. */
        int separate = tr->tok >= 1 && (word_eq(c, tr->tok - 1, "separate") ||
                                        (tr->tok >= 2 && word_eq(c, tr->tok - 2, "separate")));
        /* "bilateral meetings with the leaders of India, China and Egypt":
         * one meeting each */
        separate |= tr->tok >= 1 && word_eq(c, tr->tok - 1, "bilateral") && word_eq(c, tr->tok, "meetings");
        /* "met with his counterparts from A, B and C": one meeting each */
        for (size_t k = tr->tok + tr->n; k < tr->tok + tr->n + 3 && k < end; k++)
            separate |= word_eq(c, k, "counterparts");
        if (separate && nhosts == 0) {
            int nright = 0;
            for (int k = 0; k < m->nparties; k++)
                nright += m->parties[k].tok > tr->tok;
            if (nright >= 2) {
                meeting base = *m;
                base.nparties = 0;
                for (int k = 0; k < m->nparties; k++)
                    if (m->parties[k].tok < tr->tok)
                        base.parties[base.nparties++] = m->parties[k];
                party right[MAX_PARTIES];
                int nr = 0;
                for (int k = 0; k < m->nparties; k++)
                    if (m->parties[k].tok > tr->tok)
                        right[nr++] = m->parties[k];
                size_t first = (size_t)(m - c->meetings);
                for (int q = 0; q < nr; q++) {
                    meeting *v = q == 0 ? &c->meetings[first] : pl_meeting_new(c);
                    if (!v)
                        return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
                    *v = base;
                    pl_add_party(c, v, &right[q]);
                    if (q > 0 && nmade < 32)
                        made[nmade++] = (size_t)(v - c->meetings);
                }
                m = &c->meetings[first];
            }
        }
        /* A visit to several states is one visit per host. */
        if (nhosts > 0) {
            meeting base = *m;
            for (int q = 0; q < nhosts; q++) {
                meeting *v = q == 0 ? m : pl_meeting_new(c);
                if (!v)
                    return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
                if (q > 0)
                    *v = base;
                pl_add_party(c, v, &hostp[q]);
                v->host = hosts[q];
                if (base.loc_place < 0 || lx->places[base.loc_place].country != hosts[q]) {
                    v->loc_place = -1;
                    v->loc_country = hosts[q];
                }
                if (v->loc_place >= 0 && lx->places[v->loc_place].country != hosts[q])
                    v->loc_place = -1;
                if (nmade < 32)
                    made[nmade++] = (size_t)(v - c->meetings);
            }
            m = &c->meetings[c->nmeetings - nhosts];
        } else if (nmade < 32) {
            made[nmade++] = (size_t)(m - c->meetings);
        }
        /* "the meeting": a reference back, when it names no new pair. */
        int has_with = tr->tok + tr->n < end && (word_eq(c, tr->tok + tr->n, "with") ||
                                                 word_eq(c, tr->tok + tr->n, "between"));
        if (definite && !ordinal && (pl_distinct_parties(c, m) < 2 || !has_with)) {
            meeting *prev = NULL;
            for (size_t q = c->nmeetings - 1; q-- > 0;) {
                meeting *o = &c->meetings[q];
                if (!o->alive || o->sentence == (int)si || !pl_places_compatible(c, o, m) ||
                    !pl_dates_compatible(o->date, m->date))
                    continue;
                int ok = 1, shared = 0;
                for (int k = 0; k < m->nparties; k++) {
                    int hs = pl_has_state(c, o, pl_party_state(c, &m->parties[k]));
                    ok &= hs;
                    shared |= hs;
                }
                if ((pobj && o->kind == m->kind) || (pl_distinct_parties(c, m) < 2 ? ok : shared)) {
                    prev = o;
                    break;
                }
            }
            if (prev) {
                pl_meeting_fill(prev, m);
                prev->sentence = (int)si; /* told again: a roster may follow */
                if (pl_distinct_parties(c, m) < 2 || pobj)
                    for (int k = 0; k < m->nparties; k++) {
                        int gone = 0;
                        for (int x = 0; x < nex; x++)
                            gone |= pl_party_state(c, &m->parties[k]) == excluded[x];
                        if (!gone)
                            pl_add_party(c, prev, &m->parties[k]);
                    }
                m->alive = 0;
                nmade--;
                if (ntouched < 32)
                    touched[ntouched++] = (size_t)(prev - c->meetings);
            }
        }
    }
    /* "X, Y and Z also took part": parties join the sentence's meeting or
     * the last one before. */
    for (int ti = 0; ti < nt; ti++) {
        if (!trigs[ti].participate || pl_neg_near(c, trigs[ti].tok, start))
            continue;
        meeting *m = nmade ? &c->meetings[made[nmade - 1]] : pl_last_meeting(c, (int)si - 2);
        if (!m)
            break;
        if (!nmade && ntouched < 32)
            touched[ntouched++] = (size_t)(m - c->meetings);
        /* A list of participants may run on over several sentences. */
        if (!nmade)
            m->sentence = (int)si;
        for (int k = 0; k < nm; k++) {
            int h, framed = 0;
            if (!pl_party_context(&ms[k], 0, &h))
                continue;
            for (int q = 0; q < nt; q++)
                framed |= !trigs[q].participate && pl_frame_org(c, &ms[k], &trigs[q]);
            if (!framed)
                pl_add_party(c, m, &ms[k].p);
        }
        /* "the host country" */
        for (size_t k = start; k + 1 < end; k++)
            if (word_eq(c, k, "host") && (word_eq(c, k + 1, "country") || word_eq(c, k + 1, "nation")) &&
                m->host >= 0) {
                party p = {m->host, -1, -1, (uint32_t)k, 2};
                pl_add_party(c, m, &p);
            }
        break;
    }
    for (int q = 0; q < nmade && setting >= 0; q++) {
        meeting *m = &c->meetings[made[q]];
        const meeting *st = &c->meetings[setting];
        if (!pl_placeless(m) && m->loc_place < 0 && m->loc_country < 0) {
            m->loc_place = st->loc_place;
            m->loc_country = st->loc_country;
        }
    }
    for (int q = 0; q < nmade; q++)
        for (int x = 0; x < nex; x++)
            pl_remove_state(c, &c->meetings[made[q]], excluded[x], exorg[x], 0, UINT32_MAX);
    /* A meeting told before keeps the parties it had: "Zelensky, who did
     * not attend the talks" does not undo Ukraine's delegation. */
    for (int q = 0; q < ntouched; q++)
        for (int x = 0; x < nex; x++)
            pl_remove_state(c, &c->meetings[touched[q]], excluded[x], exorg[x], (uint32_t)start, (uint32_t)end);
    return 0;
}
