/* meetings.c: meetings from trigger words and their arguments. For each
 * trigger ("talks", "met", "visit", "phone call", "summit") the parties are
 * the state, organisation and person mentions in its clause that stand in a
 * party's place (not a topic, not a mere place); then come the status
 * (planned, cancelled), the date resolved against the article's date, the
 * place, references back ("the meeting"), people who "took part", parties
 * that stayed away, and merging of repeated mentions. */
#include "extract/internal.h"
#include "parley/graph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pmention {
    party p;
    int adjectival;   /* demonym or hyphen part: a party only before a role */
    int prep;         /* the preposition before it (P_*) */
    int place;        /* a city or capital (place index) or -1 */
    int is_country;   /* named state (country name or alias) */
    int role_after;   /* followed by a title or role noun */
    int possessive;   /* followed by 's */
    int pronoun;      /* he / his: a party only as a trigger's possessor */
    int body_after;   /* followed by 's and a ruling body ("Trump's cabinet") */
} pmention;

enum { P_NONE, P_LOC, P_TOPIC, P_OF, P_TO, P_FROM, P_WITH, P_BY, P_SIDELINES, P_CONJ };

#define MAX_SENT_MENTIONS 128



/* A title, role noun or meeting word, in the singular or plural
 * ("ministers of", "presidents of", "a summit of"). */
static int role_word(const extraction_state *c, size_t k)
{
    const lexicon_hit *h = hit_at(c, k);
    if (h && (h->type == H_TITLE || hit_word(c, h, W_ROLE) || hit_word(c, h, W_TRIGGER)))
        return 1;
    const char *w = tok_norm(c, k);
    size_t n = strlen(w);
    if (n < 4 || w[n - 1] != 's')
        return 0;
    const lexicon *lx = &c->ex->lx;
    for (int32_t e = pl_lexicon_lookup_token(lx, w, n - 1); e >= 0; e = lx->entries[e].next)
        if (lx->entries[e].cls == LX_TITLE ||
            (lx->entries[e].cls == LX_WORD && (lx->entries[e].word == W_ROLE || lx->entries[e].word == W_TRIGGER)))
            return 1;
    return 0;
}

/* The preposition governing a mention starting at token i. */
static int prep_before(const extraction_state *c, size_t i, size_t start)
{
    size_t k = i;
    while (k > start) {
        k--;
        if (token_is_word(c, k, W_DETERMINER))
            continue;
        if (word_eq(c, k, "of") && k > start && (word_eq(c, k - 1, "sidelines") || word_eq(c, k - 1, "margins")))
            return P_SIDELINES;
        if (word_eq(c, k, "of") && k > start && (word_eq(c, k - 1, "member") || word_eq(c, k - 1, "members") ||
                                               word_eq(c, k - 1, "membership")))
            return P_TOPIC; /* "the 11th member of ASEAN" */
        if (word_eq(c, k, "of") && k > start &&
            (word_eq(c, k - 1, "city") || word_eq(c, k - 1, "town") || word_eq(c, k - 1, "hometown") ||
             word_eq(c, k - 1, "capital") || word_eq(c, k - 1, "village") || word_eq(c, k - 1, "resort") ||
             word_eq(c, k - 1, "port")))
            return P_LOC; /* "in his hometown of Wilmington" */
        if (word_eq(c, k, "of"))
            return k > start && role_word(c, k - 1) ? P_OF : P_TOPIC;
        if (word_eq(c, k, "to")) return P_TO;
        if (word_eq(c, k, "from")) return P_FROM;
        if (word_eq(c, k, "with") || word_eq(c, k, "between") || word_eq(c, k, "among")) return P_WITH;
        if (word_eq(c, k, "by")) return P_BY;
        /* "after U.S. and Ukrainian officials held talks": a clause, whose
         * subject may be a party; decided per trigger. */
        if (word_eq(c, k, "after") || word_eq(c, k, "before") || word_eq(c, k, "since") || word_eq(c, k, "until"))
            return P_CONJ;
        if (token_is_word(c, k, W_LOCPREP)) return P_LOC;
        if (token_is_word(c, k, W_TOPICPREP)) return P_TOPIC;
        /* Inside a list "X, Y and Z": the list's preposition. */
        if (is_punct(c, k, ',') || word_eq(c, k, "and")) {
            const lexicon_hit *h = k > start ? hit_at(c, k - 1) : NULL;
            if (h && h->type != H_WORD && h->type != H_TITLE)
                return prep_before(c, h->tok, start);
            return P_NONE;
        }
        return P_NONE;
    }
    return P_NONE;
}

/* Is token i (after skipping modifiers) a title or role noun? */
static int role_at(const extraction_state *c, size_t i, size_t end)
{
    for (int steps = 0; i < end && steps < 8; steps++, i++) {
        const lexicon_hit *h = hit_at(c, i);
        if (h && h->type == H_TITLE)
            return 1;
        if (h && h->type == H_WORD && (hit_word(c, h, W_ROLE) || hit_word(c, h, W_TRIGGER)))
            return 1;
        if (h && h->type == H_ORG)
            return 1; /* "Afghan Taliban" */
        if (token_is_word(c, i, W_ROLE))
            return 1;
        int ok = token_is_word(c, i, W_ROLEMOD);
        /* A list of demonyms "Russian, Chinese and Pakistani envoys". */
        if (h && (h->type == H_DEMONYM || h->adjectival)) {
            i += h->n - 1;
            ok = 1;
        }
        if (is_punct(c, i, ',') || word_eq(c, i, "and") || word_eq(c, i, "'s"))
            ok = 1;
        if (!ok)
            return 0;
    }
    return 0;
}

/* The first hit (they are sorted by token) at or after token start. */
static size_t first_hit_from(const extraction_state *c, size_t start)
{
    if (start == c->sent_tok)
        return c->sent_hit; /* the current sentence's, kept by pl_meetings_find */
    size_t lo = 0, hi = c->nhits;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->hits[mid].tok < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Collects the sentence's mentions that could be parties. */
static int collect(extraction_state *c, size_t start, size_t end, pmention *out)
{
    const lexicon *lx = &c->ex->lx;
    int n = 0, first_person = -1;
    /* Hits are sorted by token; a hyphenated word may hold several
     * ("China-Afghanistan-Pakistan"), so walk the hits, not the tokens. */
    size_t lo = first_hit_from(c, start);
    for (size_t hx = lo; hx < c->nhits && c->hits[hx].tok < end && n < MAX_SENT_MENTIONS; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        if (h->appos)
            continue;
        pmention m;
        memset(&m, 0, sizeof m);
        m.p.country = m.p.org = m.p.person = -1;
        m.p.tok = h->tok;
        m.p.ntok = h->n;
        m.place = -1;
        switch (h->type) {
        case H_PERSON:
            if (h->id < 0)
                continue;
            m.p.person = h->id;
            m.p.country = c->people[h->id].country;
            m.p.org = m.p.country < 0 ? c->people[h->id].org : -1;
            c->last_person = h->id;
            if (first_person < 0)
                first_person = h->id;
            break;
        case H_COUNTRY: m.p.country = h->id; m.is_country = 1; m.adjectival = h->adjectival; break;
        case H_DEMONYM: m.p.country = h->id; m.adjectival = 1; break;
        case H_CAPITAL:
            m.p.country = lx->places[h->id].country;
            m.place = h->id;
            m.adjectival = h->adjectival;
            break;
        case H_CITY:
            m.p.country = lx->places[h->id].country;
            m.place = h->id;
            break;
        case H_ORG: m.p.org = h->id; m.adjectival = h->adjectival; break;
        case H_WORD:
            /* he / his: the last person named before. */
            /* he / his: the sentence's first person, else the person the
             * text is about (the last sentence subject), else the last named. */
            if (hit_word(c, h, W_PRONOUN) && (first_person >= 0 || c->topic_person >= 0 ||
                                             c->last_person >= 0)) {
                int ref = first_person >= 0 ? first_person
                        : c->topic_person >= 0 ? c->topic_person : c->last_person;
                m.p.person = ref;
                m.p.country = c->people[ref].country;
                m.p.org = m.p.country < 0 ? c->people[ref].org : -1;
                m.pronoun = 1;
                break;
            }
            continue;
        default:
            continue;
        }
        /* Also pronouns not in the lexicon scan as hits are looked up here. */
        m.prep = prep_before(c, i, start);
        size_t after = i + h->n;
        if (after < end && word_eq(c, after, "'s")) {
            after++;
            m.possessive = 1;
            m.body_after = after < end && token_is_word(c, after, W_RULECUE);
        }
        m.role_after = role_at(c, after, end);
        out[n++] = m;
    }
    return n;
}

/* Pronouns ("he", "his") are H_WORD hits only when words.tsv lists them;
 * the scan makes them hits, so collect() sees them. */

/* Does this mention stand as a party (not a topic, a place or an adjective)? */
static int party_context(const pmention *m, int host_trigger, int *host)
{
    *host = 0;
    if (m->pronoun)
        return 0;
    if (m->p.person >= 0) /* "a member of Trump's cabinet" is no Trump */
        return !(m->possessive && (m->body_after || (!m->role_after && (m->prep == P_OF || m->prep == P_TOPIC))));
    if (m->possessive && !m->role_after)
        return 0; /* "Afghanistan's neighbours": a topic */
    if (m->prep == P_SIDELINES)
        return 0;
    if (m->adjectival)
        return m->role_after;
    if (host_trigger && (m->prep == P_LOC || m->prep == P_TO || m->prep == P_NONE) &&
        (m->is_country || m->place >= 0)) {
        *host = 1;
        return 1;
    }
    if (m->place >= 0 && !m->is_country) {
        /* A capital stands for its state only as an actor ("Beijing said"). */
        /* not after "from": "flown in from Brussels" is a journey */
        if (m->prep != P_NONE && m->prep != P_WITH && m->prep != P_BY)
            return 0;
        return 1;
    }
    if (m->prep == P_LOC || m->prep == P_TOPIC || m->prep == P_TO || m->prep == P_CONJ)
        return m->role_after && m->prep != P_TOPIC && m->prep != P_LOC;
    if (m->prep == P_OF)
        return 1;
    return 1;
}

/* ---- meetings --------------------------------------------------------- */

static meeting *new_meeting(extraction_state *c)
{
    if (c->nmeetings >= MAX_MEETINGS)
        return NULL;
    if (pl_grow((void **)&c->meetings, &c->meetings_cap, c->nmeetings + 1, sizeof *c->meetings))
        return NULL;
    meeting *m = &c->meetings[c->nmeetings++];
    memset(m, 0, sizeof *m);
    m->loc_place = m->loc_country = m->host = -1;
    m->alive = 1;
    return m;
}

static int same_party(const extraction_state *c, const party *a, const party *b)
{
    if (a->person >= 0 && b->person >= 0)
        return a->person == b->person;
    int sa = pl_party_state(c, a), sb = pl_party_state(c, b);
    if (sa >= 0 || sb >= 0)
        return sa == sb && (a->person < 0 || b->person < 0 || a->person == b->person);
    return a->org >= 0 && a->org == b->org;
}

static void add_party(const extraction_state *c, meeting *m, const party *p)
{
    if (p->country < 0 && p->org < 0 && p->person < 0)
        return;
    for (int i = 0; i < m->nparties; i++)
        if (same_party(c, &m->parties[i], p)) {
            /* A named person replaces a bare state mention. */
            if (m->parties[i].person < 0 && p->person >= 0)
                m->parties[i] = *p;
            return;
        }
    if (m->nparties < MAX_PARTIES)
        m->parties[m->nparties++] = *p;
}

/* Distinct party codes (states, or organisations not standing for one). */
static int distinct_parties(const extraction_state *c, const meeting *m)
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

static int has_state(const extraction_state *c, const meeting *m, int st)
{
    for (int i = 0; i < m->nparties; i++)
        if (pl_party_state(c, &m->parties[i]) == st)
            return 1;
    return 0;
}

/* Removes state st (or organisation org) from m's parties seen at tokens
 * [from, to). */
static void remove_state(const extraction_state *c, meeting *m, int st, int org, uint32_t from, uint32_t to)
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

typedef struct trigger_hit {
    uint32_t tok, n;
    int kind, flags, participate, hostverb;
} trigger_hit;

/* Does host verb ti stand next to a meeting noun it belongs to? */
static int host_joins(const extraction_state *c, const trigger_hit *trigs, int nt, int ti)
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
static int frame_org(const extraction_state *c, const pmention *pm, const trigger_hit *tr)
{
    return pm->p.person < 0 && pm->p.org >= 0 && !pm->adjectival && pl_party_state(c, &pm->p) < 0 &&
           (pm->p.tok + pm->p.ntok == tr->tok ||
            (pm->prep == P_OF && pm->p.tok > tr->tok && pm->p.tok <= tr->tok + tr->n + 3));
}

static int is_stop_right(const extraction_state *c, size_t i)
{
    if (is_punct(c, i, ';'))
        return 1;
    if (token_is_word(c, i, W_REPORT))
        return 1;
    return token_is_word(c, i, W_CLAUSESTOP);
}

/* Is the trigger inside a prepositional phrase ("during his visit",
 * "in a phone call")? Returns the possessor token or -2 when it is, -1 when not. */
static long pp_trigger(const extraction_state *c, size_t tok, size_t start, int *definite, int *ordinal)
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
static int pp_opens(const extraction_state *c, size_t tok, size_t start)
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

static int negated(const extraction_state *c, size_t tok, size_t start)
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
static int neg_near(const extraction_state *c, size_t i, size_t start)
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

static int word_in(const extraction_state *c, size_t a, size_t b, int wc)
{
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->tok == k && hit_word(c, h, wc))
            return 1;
    }
    return 0;
}

static meeting *last_meeting(extraction_state *c, int min_sentence)
{
    for (size_t i = c->nmeetings; i-- > 0;)
        if (c->meetings[i].alive && c->meetings[i].sentence >= min_sentence)
            return &c->meetings[i];
    return NULL;
}

/* Calls and meetings held by video or online have no place. */
static int placeless(const meeting *m)
{
    return m->kind == PARLEY_KIND_CALL || m->remote;
}

static void fill(meeting *dst, const meeting *src)
{
    if (!dst->date[0] && src->date[0])
        memcpy(dst->date, src->date, sizeof dst->date);
    if (dst->loc_place < 0 && dst->loc_country < 0 && !placeless(dst)) {
        dst->loc_place = src->loc_place;
        dst->loc_country = src->loc_country;
    }
}

static int places_compatible(const extraction_state *c, const meeting *a, const meeting *b);
static int dates_compatible(const char *a, const char *b);

/* ---- rosters: who attended, listed apart from the meeting ------------- */

/* Are tokens [a, b) only list glue between two roster items: punctuation,
 * "and", "of", "the", titles, roles and modifiers, and at most two other
 * lower-case words ("followed by")? */
/* Is token k a one-word title ("Sultan") whose hit a name took over? */
static int title_token(const extraction_state *c, size_t k)
{
    const lexicon *lx = &c->ex->lx;
    for (int32_t e = pl_lexicon_lookup_token(lx, tok_norm(c, k), c->t->tok[k].normlen); e >= 0; e = lx->entries[e].next)
        if (lx->entries[e].cls == LX_TITLE)
            return 1;
    return 0;
}

static int list_glue(const extraction_state *c, size_t a, size_t b)
{
    int other = 0;
    /* After a list separator, a longer title may stand before the next name
     * ("..., the President of Yemen's Presidential Leadership Council X"). */
    int sep = a < b && (is_punct(c, a, ',') || is_punct(c, a, ';') || word_eq(c, a, "and"));
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (c->t->tok[k].shape == TOK_PUNCT || word_eq(c, k, "and") || word_eq(c, k, "of") ||
            word_eq(c, k, "the") || token_is_word(c, k, W_ROLEMOD) || token_is_word(c, k, W_ROLE) ||
            token_is_word(c, k, W_HONORIFIC) || role_word(c, k) || title_token(c, k))
            continue;
        if (h && h->type != H_WORD) {
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

/* A sentence with no meeting word that lists who took part in the
 * multilateral meeting told just before: a line holding only a titled name
 * ("ATTENDEES: ... German Chancellor Angela Merkel"), a list of three or more
 * officials of different states ("First to arrive was X, followed by Y,
 * Z ..."), or "foreign ministers of A, B, C and D ...". The listed parties
 * join that meeting. */
static int roster(extraction_state *c, size_t si)
{
    size_t start = c->t->sent[si].first, end = c->t->sent[si].last;
    meeting *m = last_meeting(c, (int)si - 6);
    if (!m || m->kind == PARLEY_KIND_CALL || m->kind == PARLEY_KIND_VISIT)
        return 0;
    pmention ms[MAX_SENT_MENTIONS];
    int nm = collect(c, start, end, ms);
    int idx[MAX_SENT_MENTIONS], n = 0, states[MAX_SENT_MENTIONS], ns = 0;
    for (int k = 0; k < nm; k++) {
        const pmention *pm = &ms[k];
        int h;
        if (pm->pronoun || pm->place >= 0)
            continue;
        int item = pm->p.person >= 0 || (pm->is_country && (pm->prep == P_OF || pm->prep == P_FROM));
        if (!item || !party_context(pm, 0, &h))
            continue;
        /* Items follow one another with only list glue between. */
        if (n > 0 && !list_glue(c, ms[idx[n - 1]].p.tok + ms[idx[n - 1]].p.ntok, pm->p.tok))
            break;
        idx[n++] = k;
        int st = pl_party_state(c, &pm->p), dup = 0;
        for (int q = 0; q < ns; q++)
            dup |= states[q] == st;
        if (st >= 0 && !dup)
            states[ns++] = st;
    }
    if (!n)
        return 0;
    /* A line that is only the list: no words outside it. */
    const party *first = &ms[idx[0]].p, *last = &ms[idx[n - 1]].p;
    int line = list_glue(c, start, first->tok) && list_glue(c, last->tok + last->ntok, end) &&
               !is_punct(c, end - 1, '.');
    int multilateral = m->kind == PARLEY_KIND_SUMMIT || m->kind == PARLEY_KIND_CONFERENCE ||
                       distinct_parties(c, m) >= 3;
    for (int q = 0; q < m->nparties; q++)
        multilateral |= m->parties[q].org >= 0 && pl_party_state(c, &m->parties[q]) < 0;
    /* A meeting told without its parties takes a list of three states. */
    multilateral |= ns >= 3 && distinct_parties(c, m) < 2;
    if (!multilateral || !(line || ns >= 3))
        return 0;
    for (int q = 0; q < n; q++)
        add_party(c, m, &ms[idx[q]].p);
    m->sentence = (int)si; /* the roster may run on */
    return 0;
}

/* Is the trigger's verb in the present tense: "are meeting", "has begun
 * talks", "kicks off", or the verb itself ("meets", "holds talks")? */
static int present_tense(const extraction_state *c, const trigger_hit *tr, size_t start)
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

/* One sentence's meetings. */
static int sentence_meetings(extraction_state *c, size_t si)
{
    const ptext *t = c->t;
    const lexicon *lx = &c->ex->lx;
    size_t start = t->sent[si].first, end = t->sent[si].last;
    /* Most sentences hold no trigger word at all: a look at their hits
     * settles that before the token walk below. */
    const uint32_t trigger_words = 1u << W_TRIGGER | 1u << W_HOST | 1u << W_PARTICIPATE;
    int any = 0;
    for (size_t hx = first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end && !any; hx++)
        any = c->hits[hx].type == H_WORD && (c->hits[hx].words & trigger_words);
    if (!any)
        return roster(c, si);
    trigger_hit trigs[32];
    int nt = 0;
    /* Each token's word hit that starts there, in token order, walked
     * along the sorted hits; a trigger's own words are not looked at again. */
    size_t next = start;
    for (size_t hx = first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end && nt < 32;
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
        return roster(c, si);

    pmention ms[MAX_SENT_MENTIONS];
    int nm = collect(c, start, end, ms);
    date_expr ds[16];
    int nd = pl_dates_find(c, start, end, ds, 16);

    /* Parties that stayed away: the mention nearest before the phrase. */
    int excluded[8], nex = 0, exorg[8];
    for (size_t hx = first_hit_from(c, start); hx < c->nhits && c->hits[hx].tok < end; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t i = h->tok;
        if (c->hit_at[i] != (int32_t)hx) /* not the hit of its token */
            continue;
        /* "could not take part"; also "no U.S. official would attend" */
        int neg_part = hit_word(c, h, W_PARTICIPATE) && neg_near(c, i, start);
        if (!hit_word(c, h, W_ABSENT) && !neg_part)
            continue;
        for (int k = nm - 1; k >= 0; k--)
            if (ms[k].p.tok < i && i - ms[k].p.tok <= 8 && nex < 8) {
                excluded[nex] = pl_party_state(c, &ms[k].p);
                exorg[nex++] = ms[k].p.org;
                break;
            }
    }

    size_t made[32], touched[32]; /* indices: new_meeting() may move the array */
    int nmade = 0, ntouched = 0;
    for (int ti = 0; ti < nt; ti++) {
        trigger_hit *tr = &trigs[ti];
        if (tr->participate)
            continue;
        /* Host verbs next to a meeting noun ("the meeting, hosted by",
         * "hosted the summit") join it instead of making their own. */
        if (tr->hostverb && host_joins(c, trigs, nt, ti))
            continue;
        size_t L = start, R = end;
        for (int k = 0; k < nt; k++) {
            if (trigs[k].participate || (trigs[k].hostverb && host_joins(c, trigs, nt, k)))
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
            if (is_stop_right(c, k) && !(k == tr->tok + tr->n)) {
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
                                        !word_in(c, L, k, W_TRIGGER)))
                L = k + 1;
        if (negated(c, tr->tok, start) && !word_in(c, start, end, W_ABSENT))
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
        long poss = pp_trigger(c, tr->tok, L, &definite, &ordinal);
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

        meeting *m = new_meeting(c);
        if (!m)
            return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
        m->kind = tr->kind;
        m->trig_tok = tr->tok;
        m->trig_ntok = tr->n;
        m->sentence = m->sentence0 = (int)si;
        m->present = present_tense(c, tr, start);
        int hosts[MAX_PARTIES], nhosts = 0, nframe = 0;
        party frame[4];
        party hostp[MAX_PARTIES];
        for (int k = 0; k < nm; k++) {
            pmention *pm = &ms[k];
            int isleft = pm->p.tok < tr->tok;
            if (isleft && visitor != -1 && k != visitor)
                continue;
            if (isleft && visitor == k) {
                add_party(c, m, &pm->p);
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
            if (!is_poss && !party_context(pm, host_trigger && !isleft, &is_host))
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
            if (frame_org(c, pm, tr)) {
                if (nframe < 4)
                    frame[nframe++] = pm->p;
                continue;
            }
            add_party(c, m, &pm->p);
        }
        if (distinct_parties(c, m) < 2)
            for (int q = 0; q < nframe; q++)
                add_party(c, m, &frame[q]);
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
                                                           party_context(&ms[k], 0, &h)))) {
                    add_party(c, m, &ms[k].p);
                    has_left = 1;
                }
            }
        }
        /* A phrase without a possessor ("before stops in X and Y") takes
         * the sentence's subject: its first party named outside a phrase. */
        if (pp && poss == -2 && !(L == start && pp_opens(c, tr->tok, start))) {
            for (int k = 0; k < nm; k++) {
                int h;
                if (ms[k].p.tok >= tr->tok)
                    break;
                int subj_pron = ms[k].pronoun && (word_eq(c, ms[k].p.tok, "he") || word_eq(c, ms[k].p.tok, "she"));
                if (ms[k].prep == P_NONE && (subj_pron || (!ms[k].pronoun && party_context(&ms[k], 0, &h)))) {
                    add_party(c, m, &ms[k].p);
                    /* "Biden congratulated Lula ... during a call": in a call
                     * the verb's object, a person, is the other party. */
                    for (int q = k + 1; tr->kind == PARLEY_KIND_CALL && q < nm && ms[q].p.tok < tr->tok; q++)
                        if (ms[q].p.person >= 0 && !ms[q].pronoun && party_context(&ms[q], 0, &h) &&
                            !same_party(c, &ms[q].p, &ms[k].p)) {
                            add_party(c, m, &ms[q].p);
                            break;
                        }
                    break;
                }
                /* "The leaders of Botswana, Malawi and Tanzania are in Maputo
                 * for the summit": a list of states after a role noun. */
                if ((ms[k].prep == P_OF || ms[k].prep == P_FROM) && ms[k].is_country && !ms[k].pronoun) {
                    int q = k;
                    add_party(c, m, &ms[q].p);
                    while (q + 1 < nm && ms[q + 1].p.tok < tr->tok && ms[q + 1].is_country &&
                           list_glue(c, ms[q].p.tok + ms[q].p.ntok, ms[q + 1].p.tok))
                        add_party(c, m, &ms[++q].p);
                    break;
                }
            }
        }
        /* A trigger opening the sentence in a phrase takes the main clause's
         * subject too: "In a phone call with X, Wang said ..." */
        if (pp && poss < 0 && L == start && pp_opens(c, tr->tok, start)) {
            for (int k = 0; k < nm; k++) {
                int h;
                if (ms[k].p.tok > tr->tok && ms[k].p.tok < R && party_context(&ms[k], 0, &h))
                    add_party(c, m, &ms[k].p);
            }
        }
        /* Status, date, place. */
        int planned = 0, cancelled = 0;
        size_t sl = pp ? start : L;
        if (word_in(c, L, Rfull, W_CANCELLED))
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
        if (subject && word_in(c, tr->tok + tr->n, Rfull, W_PLANNED))
            planned = 1;
        /* "ahead of the summit", "in the run-up to the summit": the summit
         * is still to come */
        for (size_t k = tr->tok >= start + 5 ? tr->tok - 5 : start; k + 1 < tr->tok; k++)
            if ((word_eq(c, k, "ahead") && word_eq(c, k + 1, "of")) ||
                (word_eq(c, k, "run-up") && word_eq(c, k + 1, "to")))
                planned = 1;
        if (word_in(c, sl, tr->tok, W_PLANNED) ||
            word_in(c, tr->tok + tr->n, tr->tok + tr->n + 3 < Rfull ? tr->tok + tr->n + 3 : Rfull, W_PLANNED))
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
                    (trigs[q].hostverb && host_joins(c, trigs, nt, q)))
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
        m->remote = word_in(c, L, Rfull, W_REMOTE);
        if (!placeless(m) && m->loc_place < 0) {
            for (int k = 0; k < nm; k++) {
                if (ms[k].p.tok < L || ms[k].p.tok >= Rfull || ms[k].prep != P_LOC)
                    continue;
                if (ms[k].p.tok >= R && word_in(c, R, ms[k].p.tok, W_REPORT))
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
                    meeting *v = q == 0 ? &c->meetings[first] : new_meeting(c);
                    if (!v)
                        return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
                    *v = base;
                    add_party(c, v, &right[q]);
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
                meeting *v = q == 0 ? m : new_meeting(c);
                if (!v)
                    return c->nmeetings >= MAX_MEETINGS ? 0 : PARLEY_ENOMEM;
                if (q > 0)
                    *v = base;
                add_party(c, v, &hostp[q]);
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
        if (definite && !ordinal && (distinct_parties(c, m) < 2 || !has_with)) {
            meeting *prev = NULL;
            for (size_t q = c->nmeetings - 1; q-- > 0;) {
                meeting *o = &c->meetings[q];
                if (!o->alive || o->sentence == (int)si || !places_compatible(c, o, m) ||
                    !dates_compatible(o->date, m->date))
                    continue;
                int ok = 1, shared = 0;
                for (int k = 0; k < m->nparties; k++) {
                    int hs = has_state(c, o, pl_party_state(c, &m->parties[k]));
                    ok &= hs;
                    shared |= hs;
                }
                if ((pobj && o->kind == m->kind) || (distinct_parties(c, m) < 2 ? ok : shared)) {
                    prev = o;
                    break;
                }
            }
            if (prev) {
                fill(prev, m);
                prev->sentence = (int)si; /* told again: a roster may follow */
                if (distinct_parties(c, m) < 2 || pobj)
                    for (int k = 0; k < m->nparties; k++) {
                        int gone = 0;
                        for (int x = 0; x < nex; x++)
                            gone |= pl_party_state(c, &m->parties[k]) == excluded[x];
                        if (!gone)
                            add_party(c, prev, &m->parties[k]);
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
        if (!trigs[ti].participate || neg_near(c, trigs[ti].tok, start))
            continue;
        meeting *m = nmade ? &c->meetings[made[nmade - 1]] : last_meeting(c, (int)si - 2);
        if (!m)
            break;
        if (!nmade && ntouched < 32)
            touched[ntouched++] = (size_t)(m - c->meetings);
        /* A list of participants may run on over several sentences. */
        if (!nmade)
            m->sentence = (int)si;
        for (int k = 0; k < nm; k++) {
            int h, framed = 0;
            if (!party_context(&ms[k], 0, &h))
                continue;
            for (int q = 0; q < nt; q++)
                framed |= !trigs[q].participate && frame_org(c, &ms[k], &trigs[q]);
            if (!framed)
                add_party(c, m, &ms[k].p);
        }
        /* "the host country" */
        for (size_t k = start; k + 1 < end; k++)
            if (word_eq(c, k, "host") && (word_eq(c, k + 1, "country") || word_eq(c, k + 1, "nation")) &&
                m->host >= 0) {
                party p = {m->host, -1, -1, (uint32_t)k, 2};
                add_party(c, m, &p);
            }
        break;
    }
    for (int q = 0; q < nmade && setting >= 0; q++) {
        meeting *m = &c->meetings[made[q]];
        const meeting *st = &c->meetings[setting];
        if (!placeless(m) && m->loc_place < 0 && m->loc_country < 0) {
            m->loc_place = st->loc_place;
            m->loc_country = st->loc_country;
        }
    }
    for (int q = 0; q < nmade; q++)
        for (int x = 0; x < nex; x++)
            remove_state(c, &c->meetings[made[q]], excluded[x], exorg[x], 0, UINT32_MAX);
    /* A meeting told before keeps the parties it had: "Zelensky, who did
     * not attend the talks" does not undo Ukraine's delegation. */
    for (int q = 0; q < ntouched; q++)
        for (int x = 0; x < nex; x++)
            remove_state(c, &c->meetings[touched[q]], excluded[x], exorg[x], (uint32_t)start, (uint32_t)end);
    return 0;
}

/* A forum or bloc whose member states are named is no party of its own:
 * the states are ("a G7 summit whose leaders are named is a meeting of those
 * states"). It stays when someone acts for it (a person party) or when it
 * is given as the participant with at most one state beside it. */
static void drop_named_forums(const extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    int k = 0;
    for (int i = 0; i < m->nparties; i++) {
        const party *p = &m->parties[i];
        const lx_org *o = p->org >= 0 ? &lx->orgs[p->org] : NULL;
        if (p->person < 0 && o && pl_party_state(c, p) < 0 &&
            (o->type == LX_ORG_BODY || o->type == LX_ORG_BLOC)) {
            /* Two of its members named (any two states when its members
             * are not in the gazetteer) stand for it. */
            int named = 0;
            for (int q = 0; q < m->nparties; q++) {
                int st = pl_party_state(c, &m->parties[q]);
                named += st >= 0 && (!o->has_members || lx_org_member(o, st));
            }
            if (named >= 2)
                continue;
        }
        m->parties[k++] = *p;
    }
    m->nparties = k;
}

static int dates_compatible(const char *a, const char *b)
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
static int places_compatible(const extraction_state *c, const meeting *a, const meeting *b)
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

/* A meeting placed in a state takes the city the article places it in
 * anywhere: the first city of that state after "in", "at" or "to" ("arrived
 * in Belgrade"), or its capital when the article says "in the capital". */
static void city_of_country(const extraction_state *c, meeting *m)
{
    const lexicon *lx = &c->ex->lx;
    int the_capital = 0;
    for (size_t hx = 0; hx < c->nhits; hx++) {
        const lexicon_hit *h = &c->hits[hx];
        size_t k = h->tok;
        if (k == 0 || c->hit_at[k] != (int32_t)hx)
            continue;
        int loc = token_is_word(c, k - 1, W_LOCPREP) || word_eq(c, k - 1, "to");
        if ((h->type == H_CITY || h->type == H_CAPITAL) && loc && !h->adjectival &&
            lx->places[h->id].country == m->loc_country) {
            m->loc_place = h->id;
            m->loc_country = -1;
            return;
        }
    }
    for (size_t k = 2; m->kind == PARLEY_KIND_VISIT && k < c->t->ntok && !the_capital; k++)
        the_capital = word_eq(c, k, "capital") && word_eq(c, k - 1, "the") && token_is_word(c, k - 2, W_LOCPREP) &&
                      !(k + 1 < c->t->ntok && (hit_at(c, k + 1) || word_eq(c, k + 1, "of")));
    if (the_capital && lx->countries[m->loc_country].capital >= 0) {
        m->loc_place = lx->countries[m->loc_country].capital;
        m->loc_country = -1;
    }
}

/* The days a meeting's date spans; 0 when it names no day. */
static int day_span(const char *date, long *first, long *last)
{
    int y, mo, d, y2, mo2, d2;
    if (strlen(date) < 10 || sscanf(date, "%4d-%2d-%2d", &y, &mo, &d) != 3)
        return 0;
    *first = *last = pl_date_days(y, mo, d);
    if (strlen(date) == 21 && sscanf(date + 11, "%4d-%2d-%2d", &y2, &mo2, &d2) == 3)
        *last = pl_date_days(y2, mo2, d2);
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

static int same_states(const extraction_state *c, const meeting *a, const meeting *b)
{
    for (int i = 0; i < a->nparties; i++) {
        int st = pl_party_state(c, &a->parties[i]);
        if (st >= 0 && !has_state(c, b, st))
            return 0;
    }
    for (int i = 0; i < b->nparties; i++) {
        int st = pl_party_state(c, &b->parties[i]);
        if (st >= 0 && !has_state(c, a, st))
            return 0;
    }
    return 1;
}

int pl_meetings_find(extraction_state *c)
{
    c->last_person = c->topic_person = -1;
    c->sent_hit = 0;
    for (size_t s = 0; s < c->t->nsent; s++) {
        /* Sentences and hits both go in token order: one cursor finds
         * each sentence's first hit. */
        c->sent_tok = c->t->sent[s].first;
        while (c->sent_hit < c->nhits && c->hits[c->sent_hit].tok < c->sent_tok)
            c->sent_hit++;
        int rc = sentence_meetings(c, s);
        if (rc)
            return rc;
        /* Keep the pronoun's referents current across sentences: the last
         * person named, and the topic: the first person named in a sentence
         * before its verb (a sentence opening with "he" keeps the topic). */
        int subject_done = 0;
        /* Each token's hit that starts there, in token order: walked along
         * the sorted hits rather than token by token. */
        for (size_t hx = first_hit_from(c, c->t->sent[s].first);
             hx < c->nhits && c->hits[hx].tok < c->t->sent[s].last; hx++) {
            const lexicon_hit *h = &c->hits[hx];
            if (c->hit_at[h->tok] != (int32_t)hx)
                continue;
            if (h->type == H_PERSON && h->id >= 0) {
                c->last_person = h->id;
                if (!subject_done)
                    c->topic_person = h->id;
                subject_done = 1;
            } else if (h->type == H_WORD && (hit_word(c, h, W_PRONOUN) || hit_word(c, h, W_TRIGGER) ||
                                             hit_word(c, h, W_REPORT) || hit_word(c, h, W_HOST))) {
                subject_done = 1;
            }
        }
    }
    /* The lead's meeting happened when the lead says, where the story was
     * filed ("ABUJA, Dec 16 - West African leaders on Sunday ..."). */
    if (c->t->nsent) {
        date_expr lead;
        if (pl_dates_find(c, c->t->sent[0].first, c->t->sent[0].last, &lead, 1) == 1)
            for (size_t i = 0; i < c->nmeetings; i++) {
                meeting *a = &c->meetings[i];
                if (a->alive && a->sentence0 == 1 && !a->date[0]) /* sentence 0 chose its own */
                    pl_date_resolve(c, &lead, a->status == PARLEY_STATUS_PLANNED, a->date, sizeof a->date);
            }
    }
    /* The lead's meeting told in the present tense with no date of its
     * own is the news of the day ("leaders have begun negotiations in
     * Paris"): it happens on the article's date. */
    for (size_t i = 0; i < c->nmeetings && c->has_date; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive && a->sentence0 <= 1 && a->present && !a->date[0] && a->status == PARLEY_STATUS_HELD)
            snprintf(a->date, sizeof a->date, "%04d-%02d-%02d", c->doc_y, c->doc_m, c->doc_d);
    }
    /* The lead's meeting happened where the story was filed
     * ("VIENNA, Dec 10 (Reuters) - Negotiators resumed talks ..."). */
    for (size_t i = 0; i < c->nmeetings && c->dateline_place >= 0; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive && a->sentence0 <= 1 && !placeless(a) && a->loc_place < 0 &&
            a->loc_country < 0 && a->status != PARLEY_STATUS_CANCELLED)
            a->loc_place = c->dateline_place;
    }
    /* A meeting told without its parties lends its date and place to the
     * full telling in another sentence: the same place ("leaders are
     * meeting in Maputo on Thursday ... the leaders of A, B and C are in
     * Maputo for the summit"), or the lead's meeting (calls only to calls). */
    for (size_t i = 0; i < c->nmeetings; i++) {
        const meeting *a = &c->meetings[i];
        if (!a->alive || distinct_parties(c, a) >= 2 || (!a->date[0] && a->loc_place < 0))
            continue;
        for (size_t j = 0; j < c->nmeetings; j++) {
            meeting *b = &c->meetings[j];
            int status_ok = b->status == a->status ||
                            (a->status == PARLEY_STATUS_PLANNED && b->status == PARLEY_STATUS_CANCELLED);
            if (j == i || !b->alive || b->sentence0 == a->sentence0 || !status_ok ||
                (a->kind == PARLEY_KIND_CALL) != (b->kind == PARLEY_KIND_CALL) ||
                distinct_parties(c, b) < 2 || !places_compatible(c, a, b) ||
                !dates_compatible(a->date, b->date))
                continue;
            if ((a->loc_place >= 0 && a->loc_place == b->loc_place) || a->sentence0 <= 1)
                fill(b, a);
        }
    }
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (a->alive && placeless(a))
            a->loc_place = a->loc_country = -1;
        if (a->alive && a->loc_place < 0 && a->loc_country >= 0)
            city_of_country(c, a);
    }
    /* One meeting mentioned twice is one meeting. */
    for (size_t i = 0; i < c->nmeetings; i++) {
        meeting *a = &c->meetings[i];
        if (!a->alive)
            continue;
        if (distinct_parties(c, a) < 2) {
            /* "travel to Doha on Tuesday to meet the emir": the half-told
             * meeting lends its date and place to the sentence's full one. */
            for (size_t j = 0; j < c->nmeetings; j++) {
                meeting *b = &c->meetings[j];
                if (j == i || !b->alive || b->sentence != a->sentence || distinct_parties(c, b) < 2)
                    continue;
                /* No state of its own ("at the BRICS summit in ...") or
                 * one of the full meeting's. */
                int shares = 1;
                for (int k = 0; k < a->nparties; k++) {
                    int st = pl_party_state(c, &a->parties[k]);
                    if (st >= 0 && !(shares = has_state(c, b, st)))
                        break;
                }
                if (shares)
                    fill(b, a); /* every visit of a tour told in one sentence */
            }
            a->alive = 0;
            continue;
        }
        for (size_t j = i + 1; j < c->nmeetings; j++) {
            meeting *b = &c->meetings[j];
            /* What a visit under way will hold ("will hold talks during the
             * visit") is that visit. */
            int status_ok = b->status == a->status ||
                            (a->status == PARLEY_STATUS_HELD && b->status == PARLEY_STATUS_PLANNED &&
                             under_way(c, a) && within(a, b->date)) ||
                            (b->status == PARLEY_STATUS_HELD && a->status == PARLEY_STATUS_PLANNED &&
                             under_way(c, b) && within(b, a->date));
            if (!b->alive || !status_ok || !dates_compatible(a->date, b->date) ||
                !places_compatible(c, a, b) || (a->kind == PARLEY_KIND_CALL) != (b->kind == PARLEY_KIND_CALL) ||
                !same_states(c, a, b))
                continue;
            if (b->status == PARLEY_STATUS_HELD)
                a->status = PARLEY_STATUS_HELD;
            fill(a, b);
            for (int k = 0; k < b->nparties; k++)
                add_party(c, a, &b->parties[k]);
            b->alive = 0;
        }
    }
    for (size_t i = 0; i < c->nmeetings; i++)
        if (c->meetings[i].alive)
            drop_named_forums(c, &c->meetings[i]);
    return 0;
}
