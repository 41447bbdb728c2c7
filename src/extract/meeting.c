/* meeting.c: one meeting record: making it, its set of parties (adding,
 * comparing, removing), and what two tellings of a meeting must share
 * (dates, places, states) to be one. */
#include "extract/meetings.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

meeting *pl_meeting_new(extraction_state *c)
{
    if (c->nmeetings >= MAX_MEETINGS)
        return NULL;
    if (pl_grow((void **)&c->meetings, &c->meetings_cap, c->nmeetings + 1, sizeof *c->meetings))
        return NULL;
    meeting *m = &c->meetings[c->nmeetings++];
    memset(m, 0, offsetof(meeting, parties)); /* parties are read once added */
    m->loc_place = m->loc_country = m->host = -1;
    m->alive = 1;
    return m;
}

int pl_same_party(const extraction_state *c, const party *a, const party *b)
{
    if (a->person >= 0 && b->person >= 0)
        return a->person == b->person;
    int sa = pl_party_state(c, a), sb = pl_party_state(c, b);
    if (sa >= 0 || sb >= 0)
        return sa == sb && (a->person < 0 || b->person < 0 || a->person == b->person);
    return a->org >= 0 && a->org == b->org;
}

void pl_add_party(const extraction_state *c, meeting *m, const party *p)
{
    if (p->country < 0 && p->org < 0 && p->person < 0)
        return;
    for (int i = 0; i < m->nparties; i++)
        if (pl_same_party(c, &m->parties[i], p)) {
            /* A named person replaces a bare state mention. */
            if (m->parties[i].person < 0 && p->person >= 0)
                m->parties[i] = *p;
            return;
        }
    if (m->nparties < MAX_PARTIES)
        m->parties[m->nparties++] = *p;
}

int pl_virtual_summit(const extraction_state *c, const meeting *m)
{
    if (m->kind != PARLEY_KIND_CALL)
        return 0;
    for (int i = 0; i < m->nparties; i++)
        if (m->parties[i].org >= 0 && pl_party_state(c, &m->parties[i]) < 0 &&
            lx_org_forum(&c->ex->lx.orgs[m->parties[i].org]))
            return 1;
    return pl_distinct_parties(c, m) >= 3;
}

/* Distinct party codes (states, or organisations not standing for one). */
int pl_distinct_parties(const extraction_state *c, const meeting *m)
{
    int seen_state[MAX_PARTIES], ns = 0, seen_org[MAX_PARTIES], no = 0;
    for (int i = 0; i < m->nparties; i++) {
        int st = pl_party_state(c, &m->parties[i]);
        int dup = 0;
        if (st >= 0) {
            for (int k = 0; k < ns; k++) dup |= seen_state[k] == st;
            if (!dup) seen_state[ns++] = st;
        } else if (m->parties[i].org >= 0) {
            for (int k = 0; k < no; k++) dup |= seen_org[k] == m->parties[i].org;
            if (!dup) seen_org[no++] = m->parties[i].org;
        }
    }
    return ns + no;
}

int pl_has_state(const extraction_state *c, const meeting *m, int st)
{
    for (int i = 0; i < m->nparties; i++)
        if (pl_party_state(c, &m->parties[i]) == st)
            return 1;
    return 0;
}

/* Removes state st (or organisation org) from m's parties seen at tokens
 * [from, to). */
void pl_remove_state(const extraction_state *c, meeting *m, int st, int org, uint32_t from, uint32_t to)
{
    int k = 0;
    for (int i = 0; i < m->nparties; i++) {
        int s = pl_party_state(c, &m->parties[i]);
        int in = m->parties[i].tok >= from && m->parties[i].tok < to;
        if (in && ((st >= 0 && s == st) || (st < 0 && org >= 0 && m->parties[i].org == org && s < 0)))
            continue;
        m->parties[k++] = m->parties[i];
    }
    m->nparties = k;
}
meeting *pl_last_meeting(extraction_state *c, int min_sentence, int past_arrivals)
{
    for (size_t i = c->nmeetings; i-- > 0;) {
        meeting *m = &c->meetings[i];
        if (m->alive && m->sentence >= min_sentence &&
            !(past_arrivals && m->kind == PARLEY_KIND_VISIT && m->nparties == 0))
            return m;
    }
    return NULL;
}

/* Calls and meetings held by video or online have no place. */
int pl_placeless(const meeting *m)
{
    return m->kind == PARLEY_KIND_CALL || m->remote;
}

void pl_meeting_fill(meeting *dst, const meeting *src)
{
    /* A month ("later this week") gives way to a day of it told elsewhere
     * ("the meeting, slated for Friday"). */
    /* A day gives way to the days of a stay that begins or ends on it
     * ("arrived on Thursday for a three-day visit"). */
    size_t nd = strlen(dst->date), ns = strlen(src->date);
    int stay = nd == 10 && ns == 21 &&
               (!strncmp(dst->date, src->date, 10) || !strcmp(dst->date, src->date + 11));
    if ((!dst->date[0] && src->date[0]) ||
        (nd == 7 && ns >= 10 && !strncmp(dst->date, src->date, 7) && dst->status == src->status) ||
        (stay && dst->status == src->status))
        memcpy(dst->date, src->date, sizeof dst->date);
    if (dst->loc_place < 0 && dst->loc_country < 0 && !pl_placeless(dst)) {
        dst->loc_place = src->loc_place;
        dst->loc_country = src->loc_country;
    }
}
void pl_meeting_absorb(const extraction_state *c, meeting *dst, meeting *src)
{
    pl_meeting_fill(dst, src);
    for (int k = 0; k < src->nparties; k++)
        pl_add_party(c, dst, &src->parties[k]);
    src->alive = 0;
}

/* A forum or bloc whose member states are named is no party of its own:
 * the states are ("a G7 summit whose leaders are named is a meeting of those
 * states"). It stays when someone acts for it (a person party) or when it
 * is given as the participant with at most one state beside it. */
void pl_drop_named_forums(const extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    int k = 0;
    for (int i = 0; i < m->nparties; i++) {
        const party *p = &m->parties[i];
        const lx_org *o = p->org >= 0 ? &lx->orgs[p->org] : NULL;
        if (p->person < 0 && o && pl_party_state(c, p) < 0 && lx_org_forum(o)) {
            /* Two of its members named (any two states when its members
             * are not in the gazetteer) stand for it: two states, not two
             * people of one ("Niger's ousted president and its junta
             * leader" met the bloc's delegation). */
            int named = 0, first = -1;
            for (int q = 0; q < m->nparties && named < 2; q++) {
                int st = pl_party_state(c, &m->parties[q]);
                if (st >= 0 && st != first && (!o->has_members || lx_org_member(o, st))) {
                    named++;
                    first = st;
                }
            }
            if (named >= 2)
                continue;
        }
        m->parties[k++] = *p;
    }
    m->nparties = k;
}

int pl_dates_compatible(const char *a, const char *b)
{
    if (!a[0] || !b[0])
        return 1;
    size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
    if (n > 7)
        n = 7; /* same month at least */
    return !strncmp(a, b, n);
}

/* Different places are different meetings: a city and the state it lies
 * in agree, two cities or two states do not; an unknown place agrees. */
int pl_places_compatible(const extraction_state *c, const meeting *a, const meeting *b)
{
    const lexicon *lx = &c->ex->lx;
    int sa = a->loc_place >= 0 ? lx->places[a->loc_place].country : a->loc_country;
    int sb = b->loc_place >= 0 ? lx->places[b->loc_place].country : b->loc_country;
    if (sa < 0 || sb < 0)
        return 1;
    if (a->loc_place >= 0 && b->loc_place >= 0)
        return a->loc_place == b->loc_place;
    return sa == sb;
}
int pl_same_states(const extraction_state *c, const meeting *a, const meeting *b)
{
    for (int i = 0; i < a->nparties; i++) {
        int st = pl_party_state(c, &a->parties[i]);
        if (st >= 0 && !pl_has_state(c, b, st))
            return 0;
    }
    for (int i = 0; i < b->nparties; i++) {
        int st = pl_party_state(c, &b->parties[i]);
        if (st >= 0 && !pl_has_state(c, a, st))
            return 0;
    }
    return 1;
}

/* Is meeting m told as bilateral ("held a bilateral meeting with")? */
static int told_bilateral(const extraction_state *c, const meeting *m)
{
    return bilateral_at(c, m->trig_tok);
}

/* Is one of a and b a summit or conference, the other told as bilateral
 * ("a bilateral meeting with Xi ... were in Astana for the summit")? */
int pl_bilateral_beside_summit(const extraction_state *c, const meeting *a, const meeting *b)
{
    int as = pl_multilateral_kind(a->kind);
    int bs = pl_multilateral_kind(b->kind);
    return (as && !bs && told_bilateral(c, b)) || (bs && !as && told_bilateral(c, a));
}

/* How many states of bloc o meeting m has as parties. */
static int members_in(const extraction_state *c, const meeting *m, const lx_org *o)
{
    int n = 0;
    for (int i = 0; i < m->nparties; i++) {
        int st = pl_party_state(c, &m->parties[i]), seen = 0;
        for (int k = 0; k < i && !seen; k++)
            seen = pl_party_state(c, &m->parties[k]) == st;
        n += st >= 0 && !seen && lx_org_member(o, st);
    }
    return n;
}

/* Is the bloc at token k told as its members: "the ten members of ASEAN"? */
static int told_as_members(const extraction_state *c, size_t k)
{
    if (k >= 1 && word_eq(c, k - 1, "the"))
        k--;
    return k >= 2 && word_eq(c, k - 1, "of") && token_is_word(c, k - 2, W_MEMBERSHIP);
}

/* Does the sentence around token k count the bloc's members ("a summit of
 * six member states", "the leaders of the six GCC states", "all 27
 * member states")? The number must be the bloc's known count of members:
 * a count from before a bloc grew names no one. */
static int counts_members(const extraction_state *c, size_t k, const lx_org *o)
{
    int n = 0;
    for (int w = 0; w < LX_MEMBER_WORDS; w++)
        n += __builtin_popcountll(o->members[w]);
    size_t a = k, z = k;
    while (a > 0 && !(c->t->tok[a].flags & TOKF_SENT_START))
        a--;
    while (z + 1 < c->t->ntok && !(c->t->tok[z + 1].flags & TOKF_SENT_START))
        z++;
    for (size_t q = a; q + 1 <= z; q++) {
        int v = c->t->tok[q].shape == TOK_DIGIT ? atoi(tok_norm(c, q))
                : token_is_word(c, q, W_CARDINAL)
                    ? pl_lexicon_token_value(&c->ex->lx, c->t->tok[q].lex)
                    : 0;
        /* "five of eight member nations": a part, not all */
        if (v != n ||
            (q >= a + 2 && word_eq(c, q - 1, "of") &&
             (c->t->tok[q - 2].shape == TOK_DIGIT || token_is_word(c, q - 2, W_CARDINAL))))
            continue;
        /* the noun counted, past a bloc's name or an adjective ("six GCC
         * states", "six Gulf states") */
        for (size_t r = q + 1; r <= z && r <= q + 3; r++) {
            const char *w = tok_norm(c, r);
            if (!strcmp(w, "members") || !strcmp(w, "member") || !strcmp(w, "states") ||
                !strcmp(w, "countries") || !strcmp(w, "nations"))
                return 1;
        }
    }
    return 0;
}

void pl_bloc_counted(const extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    for (int i = 0; i < m->nparties; i++) {
        party q = m->parties[i];
        const lx_org *o = q.org >= 0 ? &lx->orgs[q.org] : NULL;
        if (q.person >= 0 || !o || !o->has_members || pl_party_state(c, &q) >= 0 ||
            !counts_members(c, q.tok, o))
            continue;
        /* all of them, each named where the bloc is */
        m->parties[i] = m->parties[--m->nparties];
        q.org = -1;
        for (int ci = 0; ci < 64 * LX_MEMBER_WORDS; ci++)
            if (lx_org_member(o, ci)) {
                q.country = ci;
                pl_add_party(c, m, &q);
            }
        return;
    }
}

/* "the leaders of the ten members of ASEAN will meet their counterparts
 * from China, Japan and South Korea", in an article that has named the
 * ASEAN leaders at their own summit: the members are those states, and
 * they are the parties. It takes the meeting that names the most members
 * (three at least). A forum with no body of its own (the G7, the Quad)
 * is always its members; "ASEAN leaders will meet ..." stays the bloc's.
 * A format whose name tells who meets (the six-party talks, the P5+1, the
 * Normandy format) is all its members. */
void pl_blocs_as_members(const extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    for (int i = 0; i < m->nparties; i++) {
        const party *p = &m->parties[i];
        const lx_org *o = p->org >= 0 ? &lx->orgs[p->org] : NULL;
        if (o && o->by_name && p->person < 0 && pl_party_state(c, p) < 0) {
            party st = *p;
            st.org = -1;
            m->parties[i] = m->parties[--m->nparties];
            /* "arrived in Pyongyang to restart the six-party talks": the
             * format names a meeting other than m, it takes no part in m */
            size_t after = st.tok + st.ntok;
            if (after < c->t->ntok && is_punct(c, after, '"'))
                after++;
            int other = after != m->trig_tok && hit_word(c, hit_at(c, after), W_TRIGGER);
            for (int ci = 0; !other && ci < (int)lx->ncountries && ci < 64 * LX_MEMBER_WORDS; ci++)
                if (lx_org_member(o, ci)) {
                    st.country = ci;
                    pl_add_party(c, m, &st);
                }
            i = -1;
            continue;
        }
        if (p->person >= 0 || !o || !o->has_members || pl_party_state(c, p) >= 0 ||
            (o->type != LX_ORG_BODY && !told_as_members(c, p->tok)))
            continue;
        const meeting *best = NULL;
        int most = 2;
        for (size_t j = 0; j < c->nmeetings; j++) {
            const meeting *b = &c->meetings[j];
            int n = b != m && b->alive ? members_in(c, b, o) : 0;
            if (n > most) {
                best = b;
                most = n;
            }
        }
        if (!best)
            continue;
        m->parties[i] = m->parties[--m->nparties];
        for (int k = 0; k < best->nparties; k++) {
            int st = pl_party_state(c, &best->parties[k]);
            if (st >= 0 && lx_org_member(o, st))
                pl_add_party(c, m, &best->parties[k]);
        }
        i = -1; /* the parties moved: look again */
    }
}
