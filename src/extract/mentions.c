/* mentions.c: the state, organisation and person mentions of a sentence
 * that may be a meeting's parties, each with the preposition that governs
 * it and what follows it (a role, 's), and whether it stands in a party's
 * place (not a topic, a place or an adjective). */
#include "extract/meetings.h"

#include <string.h>

/* A title, role noun or meeting word, in the singular or plural
 * ("ministers of", "presidents of", "a summit of"). */
int pl_role_word(const extraction_state *c, size_t k)
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

/* "the leaders of the ten members of ASEAN": members (token k) governed by
 * a role stand for the bloc's states; "the 11th member of ASEAN" is a
 * topic. */
static int members_of_role(const extraction_state *c, size_t k, size_t start)
{
    while (k > start && (token_is_word(c, k - 1, W_DETERMINER) ||
                         c->t->tok[k - 1].shape == TOK_DIGIT || token_is_word(c, k - 1, W_CARDINAL)))
        k--;
    return k >= start + 2 && word_eq(c, k - 1, "of") && pl_role_word(c, k - 2);
}

/* Is token k a word of composition ("comprising", "made up")? */
int pl_composition(const extraction_state *c, size_t k)
{
    return token_is_word(c, k, W_MEMBERSHIP) &&
           pl_lexicon_token_value(&c->ex->lx, c->t->tok[k].lex) == 1;
}

/* Does a role's field we do not list stand before the "of" at token k
 * ("the Ministers of Water Affairs of", "Minister for Fisheries and
 * Marine Resources of")? */
static int portfolio_before(const extraction_state *c, size_t k, size_t start)
{
    size_t q = k;
    while (q > start && k - q < 6 &&
           (c->t->tok[q - 1].shape == TOK_CAP || word_eq(c, q - 1, "and")) &&
           (!hit_at(c, q - 1) || hit_at(c, q - 1)->type == H_WORD))
        q--;
    return q < k && q >= start + 2 && c->t->tok[q].shape == TOK_CAP &&
           (word_eq(c, q - 1, "of") || word_eq(c, q - 1, "for")) && pl_role_word(c, q - 2);
}

/* Do capitalised words from token k on end in a meeting noun ("...
 * Cooperation Summit", "... Security Conference")? */
static int names_event(const extraction_state *c, size_t k, size_t end)
{
    for (size_t q = k; q < end && q < k + 3 && c->t->tok[q].shape == TOK_CAP; q++) {
        const lx_entry *e = hit_word(c, hit_at(c, q), W_TRIGGER);
        if (e && (e->flags & WF_NOUN))
            return q > k;
    }
    return 0;
}

/* Does a hyphenated word name a backer ("iran-backed", "us-funded")? */
static int backer(const char *w)
{
    static const char *const tails[] = {"-backed", "-supported", "-sponsored",
                                        "-funded", "-aligned",   "-allied"};
    for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
        if (strstr(w, tails[k]))
            return 1;
    return 0;
}

/* Is the "of" at token k the one of a session that is the setting ("on
 * the sidelines of the 74th session of the UN General Assembly"): the body
 * after it is no party? Not "the summit of the SCO": a summit is a
 * meeting of its own. */
static int session_of_setting(const extraction_state *c, size_t k, size_t start)
{
    if (k <= start + 2 || c->t->tok[k - 1].shape != TOK_LOWER)
        return 0;
    const lx_entry *e = hit_word(c, hit_at(c, k - 1), W_TRIGGER);
    if (e && !(e->flags & WF_STRICT))
        return 0;
    size_t q = k - 1;
    while (q > start + 1 && k - q < 4 &&
           (token_is_word(c, q - 1, W_DETERMINER) || token_is_word(c, q - 1, W_ORDINAL) ||
            c->t->tok[q - 1].shape == TOK_DIGIT))
        q--;
    return q >= start + 2 && word_eq(c, q - 1, "of") && token_is_word(c, q - 2, W_SIDELINES);
}

/* The preposition governing a mention starting at token i. */
static int prep_before(const extraction_state *c, size_t i, size_t start)
{
    size_t k = i;
    while (k > start) {
        k--;
        /* "on the margins of the 77th UN General Assembly", "in the
         * Romanian capital Bucharest" */
        if (token_is_word(c, k, W_DETERMINER) || token_is_word(c, k, W_ORDINAL) ||
            (c->t->tok[k].shape == TOK_DIGIT && !hit_at(c, k)) ||
            (k + 1 == i && token_is_word(c, k, W_CAPITALNOUN)))
            continue;
        if (k + 2 == i && token_is_word(c, k + 1, W_CAPITALNOUN) && hit_at(c, k) &&
            hit_at(c, k)->type == H_DEMONYM) {
            k = hit_at(c, k)->tok;
            continue;
        }
        /* "of the Bali G20 meeting": a city naming the event before it */
        const lexicon_hit *ch = hit_at(c, k);
        if (ch && ch->tok + ch->n == i && (ch->type == H_CITY || ch->type == H_CAPITAL) &&
            ch->tok > start && token_is_word(c, ch->tok - 1, W_DETERMINER)) {
            k = ch->tok;
            continue;
        }
        if (word_eq(c, k, "of") && k > start &&
            (token_is_word(c, k - 1, W_SIDELINES) || session_of_setting(c, k, start)))
            return P_SIDELINES;
        /* "made up of Bolivia, Brazil ...", "comprising Chile and Peru":
         * a body's members, each on its list */
        if (pl_composition(c, k) || (word_eq(c, k, "of") && k > start && pl_composition(c, k - 1)))
            return P_OF;
        if (word_eq(c, k, "of") && k > start && token_is_word(c, k - 1, W_MEMBERSHIP))
            return members_of_role(c, k - 1, start) ? P_OF : P_TOPIC;
        if (word_eq(c, k, "of") && k > start && token_is_word(c, k - 1, W_SETTLEMENT))
            return P_LOC; /* "in his hometown of Wilmington" */
        if (word_eq(c, k, "of"))
            return k > start && (pl_role_word(c, k - 1) || portfolio_before(c, k, start)) ? P_OF
                                                                                          : P_TOPIC;
        /* "the other leaders here represent Tonga, Tuvalu and Niue" */
        if (word_eq(c, k, "represent") || word_eq(c, k, "represents") ||
            word_eq(c, k, "representing") || word_eq(c, k, "represented"))
            return P_OF;
        /* "a meeting between representatives for Austria, Bulgaria ...":
         * those who stand for a state ("the envoy for Syria" is a topic) */
        if (word_eq(c, k, "for") && k > start &&
            (word_eq(c, k - 1, "representatives") || word_eq(c, k - 1, "delegates") ||
             word_eq(c, k - 1, "delegations")))
            return P_OF;
        /* "the security situation in the DRC", "integration with the EU":
         * a topic, not a place or a party */
        if ((word_eq(c, k, "in") || word_eq(c, k, "with")) && k > start &&
            token_is_word(c, k - 1, W_TOPICNOUN) && !(word_eq(c, k, "with") && person_at(c, i)))
            return P_TOPIC; /* but "discussed trade with Romanian Foreign Minister X" */
        if (word_eq(c, k, "to")) return P_TO;
        if (word_eq(c, k, "from")) return P_FROM;
        /* "a ceasefire deal between Israel and Hamas", "tensions between
         * A and B": what lies between them is a topic, not a meeting */
        if (word_eq(c, k, "between") && k > start && c->t->tok[k - 1].shape == TOK_LOWER &&
            !hit_at(c, k - 1) && !token_is_word(c, k - 1, W_TOOKPLACE))
            return P_TOPIC;
        if (word_eq(c, k, "with") || word_eq(c, k, "between") || word_eq(c, k, "among")) return P_WITH;
        /* "talks on the conflict involving Russia and Ukraine": what a
         * noun other than a meeting's involves is a topic; a meeting's
         * ("the summit involving A, B and C") are its parties */
        if (word_eq(c, k, "involving") && k > start && c->t->tok[k - 1].shape == TOK_LOWER)
            return hit_word(c, hit_at(c, k - 1), W_TRIGGER) ? P_WITH : P_TOPIC;
        if (word_eq(c, k, "by")) return P_BY;
        /* "after U.S. and Ukrainian officials held talks": a clause, whose
         * subject may be a party; decided per trigger. */
        if (token_is_word(c, k, W_CLAUSECONJ))
            return P_CONJ;
        if (token_is_word(c, k, W_LOCPREP)) return P_LOC;
        if (token_is_word(c, k, W_TOPICPREP)) return P_TOPIC;
        /* "views on regional issues including Ukraine and Afghanistan":
         * the examples of a topic are topics */
        if (word_eq(c, k, "including") || word_eq(c, k, "especially")) {
            size_t q = k;
            if (q > start && is_punct(c, q - 1, ','))
                q--;
            while (q > start && k - q < 8 && c->t->tok[q - 1].shape == TOK_LOWER &&
                   (!hit_at(c, q - 1) || hit_at(c, q - 1)->type == H_WORD) &&
                   !token_is_word(c, q - 1, W_TOPICPREP))
                q--;
            if (q > start && q < k && token_is_word(c, q - 1, W_TOPICPREP))
                return P_TOPIC;
        }
        /* "on the sidelines of the United Nations General Assembly (UNGA)":
         * an abbreviation in brackets is the setting its name is */
        if (is_punct(c, k, '(') && k + 1 == i && k > start && hit_at(c, k - 1) &&
            hit_at(c, k - 1)->type != H_WORD &&
            prep_before(c, hit_at(c, k - 1)->tok, start) == P_SIDELINES)
            return P_SIDELINES;
        /* Inside a list "X, Y and Z": the list's preposition. */
        if (is_punct(c, k, ',') || word_eq(c, k, "and")) {
            const lexicon_hit *h = k > start ? hit_at(c, k - 1) : NULL;
            if (h && h->type != H_WORD && h->type != H_TITLE)
                return prep_before(c, h->tok, start);
            /* "views on trilateral cooperation, North Korea, China and
             * Ukraine": a list of topics that a common noun opens */
            for (size_t q = k;
                 q > start && k - q < 4 && c->t->tok[q - 1].shape == TOK_LOWER &&
                 (!hit_at(c, q - 1) || hit_at(c, q - 1)->type == H_WORD) &&
                 !token_is_word(c, q - 1, W_DETERMINER) && !token_is_word(c, q - 1, W_CARDINAL);
                 q--)
                if (q - 1 > start && token_is_word(c, q - 2, W_TOPICPREP))
                    return P_TOPIC;
            /* "on the Ukraine conflict and Afghanistan": the item before is
             * a state's noun phrase; its preposition is the list's */
            size_t np = k;
            while (np > start && k - np < 3 && c->t->tok[np - 1].shape == TOK_LOWER &&
                   !hit_at(c, np - 1))
                np--;
            const lexicon_hit *qh = np > start && np < k ? hit_at(c, np - 1) : NULL;
            if (qh && word_eq(c, k, "and") && (qh->type == H_COUNTRY || qh->type == H_DEMONYM) &&
                prep_before(c, qh->tok, start) == P_TOPIC)
                return P_TOPIC;
            /* "at the Presidential Villa, Abuja": a city after a venue */
            const lexicon_hit *at = hit_at(c, i);
            if (is_punct(c, k, ',') && at && at->tok == i && (at->type == H_CITY || at->type == H_CAPITAL)) {
                size_t q = k;
                while (q > start && k - q < 6 &&
                       (!hit_at(c, q - 1) || hit_at(c, q - 1)->type == H_WORD ||
                        hit_at(c, q - 1)->type == H_TITLE) &&
                       (c->t->tok[q - 1].shape == TOK_CAP || token_is_word(c, q - 1, W_DETERMINER)))
                    q--;
                if (q < k && q > start && (word_eq(c, q - 1, "at") || word_eq(c, q - 1, "in")))
                    return P_LOC;
            }
            return P_NONE;
        }
        return P_NONE;
    }
    return P_NONE;
}

/* The person a bare title opening a sentence or a clause, or after "with",
 * "between" or "and", stands for ("The President held talks with ..."):
 * the first official of that title the text named before it; or -1. */
static int bare_title(const extraction_state *c, const lexicon_hit *h, size_t start, size_t end)
{
    size_t after = h->tok + h->n, the = h->tok - 1;
    /* opening the sentence, a quote ("\"The President will also meet
     * ...\"") or the clause after a comma ("After a short tour, the
     * Secretary of State will visit India"), or after "with", "between"
     * or "and" ("During a meeting with the crown prince in Riyadh, ...",
     * "In the meeting between the Secretary-General and X") */
    if (h->tok < start + 1 || !word_eq(c, the, "the") ||
        (the > start && !is_punct(c, the - 1, ',') && !is_punct(c, the - 1, '"') &&
         !word_eq(c, the - 1, "with") && !word_eq(c, the - 1, "between") &&
         !word_eq(c, the - 1, "and")) ||
        after >= end || word_eq(c, after, "of") || word_eq(c, after, "'s") ||
        c->t->tok[after].shape != TOK_LOWER)
        return -1;
    /* "The crown prince stayed away": the one named stays no party */
    if (pl_word_in(c, start, end, W_ABSENT))
        return -1;
    const lexicon *lx = &c->ex->lx;
    const char *title = lx->titles[h->id].canonical;
    /* the first named who holds it, named before: a report's protagonist */
    for (size_t p = 0; p < c->npeople; p++)
        if (c->people[p].first_tok < h->tok && !strcmp(c->people[p].title, title))
            return (int)p;
    /* "the Head of State": the first named whose title is of its class
     * ("President Joko Widodo") */
    if (strcmp(title, "Head of State") && strcmp(title, "Head of Government"))
        return -1;
    for (size_t p = 0; p < c->npeople; p++) {
        if (c->people[p].first_tok >= h->tok || !c->people[p].title[0])
            continue;
        for (size_t t = 0; t < lx->ntitles; t++)
            if (lx->titles[t].cls == lx->titles[h->id].cls &&
                !strcmp(lx->titles[t].canonical, c->people[p].title))
                return (int)p;
    }
    return -1;
}

/* Mention m stands for person p, and for the state (else the body) p
 * serves. */
static void as_person(const extraction_state *c, pmention *m, int p)
{
    m->p.person = p;
    m->p.country = c->people[p].country;
    m->p.org = m->p.country < 0 ? c->people[p].org : -1;
}

/* Is token i (after skipping modifiers) a title or role noun? */
static int role_at(const extraction_state *c, size_t i, size_t end)
{
    /* a run of modifiers, demonyms and list glue, which may be long ("his
     * Saudi, Sudanese, Iraqi, Jordanian and Kenyan counterparts") */
    for (int steps = 0; i < end && steps < 24; steps++, i++) {
        const lexicon_hit *h = hit_at(c, i);
        if (h && h->type == H_TITLE)
            return 1;
        if (h && h->type == H_WORD && (hit_word(c, h, W_ROLE) || hit_word(c, h, W_TRIGGER)))
            return 1;
        if (h && h->type == H_ORG)
            return 1; /* "Afghan Taliban" */
        if (token_is_word(c, i, W_ROLE))
            return 1;
        /* "the India-Australia virtual summit": a meeting word's modifier */
        int ok = token_is_word(c, i, W_ROLEMOD) || token_is_word(c, i, W_TRIGMOD) ||
                 token_is_word(c, i, W_BILATERAL) || token_is_word(c, i, W_SEPARATE);
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
size_t pl_first_hit_from(const extraction_state *c, size_t start)
{
    if (start == c->sent_tok)
        return c->sent_hit; /* the current sentence's, kept by pl_meetings_find */
    return pl_hits_search(c, 0, start);
}

size_t pl_first_ent_from(const extraction_state *c, size_t start)
{
    if (start == c->sent_tok)
        return c->sent_ent; /* the current sentence's, kept by pl_meetings_find */
    return pl_first_listed(c, c->ents, c->nents, start);
}

/* Collects the mentions of sentence si that could be parties. */
int pl_mentions_collect(extraction_state *c, size_t si, pmention *out)
{
    const lexicon *lx = &c->ex->lx;
    size_t start = c->t->sent[si].first, end = c->t->sent[si].last;
    int n = 0, first_person = -1;
    /* Hits are sorted by token; a hyphenated word may hold several
     * ("China-Afghanistan-Pakistan"), so walk the hits, not the tokens.
     * A word is a mention only as a pronoun: in a sentence without one
     * (most), the walk takes only the hits that are no words (c->ents,
     * in the same order). */
    int words = pl_sent_has(c, si, UINT64_C(1) << W_PRONOUN);
    size_t lo = words ? pl_first_hit_from(c, start) : pl_first_ent_from(c, start);
    size_t nx = words ? c->nhits : c->nents;
    for (size_t x = lo; x < nx && n < MAX_SENT_MENTIONS; x++) {
        const lexicon_hit *h = &c->hits[words ? x : c->ents[x]];
        if (h->tok >= end)
            break;
        size_t i = h->tok;
        /* A word is a mention only as a pronoun (below): the other words,
         * most hits, are passed before a mention is set up. */
        if (h->appos || (h->type == H_WORD && !hit_word(c, h, W_PRONOUN)))
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
            as_person(c, &m, h->id);
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
        case H_TITLE: {
            /* "The President also had calls with ...": a bare title that
             * opens a sentence or a clause (bare_title) */
            int ref = bare_title(c, h, start, end);
            if (ref < 0)
                continue;
            as_person(c, &m, ref);
            break;
        }
        case H_WORD:
            /* he / his: the last person named before. */
            /* he / his: the sentence's first person, else the person the
             * text is about (the last sentence subject), else the last named. */
            if (hit_word(c, h, W_PRONOUN) && (first_person >= 0 || c->topic_person >= 0 ||
                                             c->last_person >= 0)) {
                int ref = first_person >= 0 ? first_person
                        : c->topic_person >= 0 ? c->topic_person : c->last_person;
                as_person(c, &m, ref);
                m.pronoun = 1;
                break;
            }
            continue;
        default:
            continue;
        }
        /* Also pronouns not in the lexicon scan as hits are looked up here. */
        m.prep = prep_before(c, i, start);
        /* "to attend the Shanghai Cooperation Summit": a city starting an
         * event's name stands for no actor */
        if (h->type == H_CITY && m.prep == P_NONE && names_event(c, i + h->n, end))
            m.prep = P_TOPIC;
        /* "in Kazakhstan's Astana": the city takes its state's preposition */
        if (m.place >= 0 && i >= start + 2 && word_eq(c, i - 1, "'s")) {
            const lexicon_hit *sh = hit_at(c, i - 2);
            if (sh && sh->type == H_COUNTRY && sh->id == m.p.country)
                m.prep = prep_before(c, sh->tok, start);
        }
        size_t after = i + h->n;
        /* "European Union members Slovenia and Croatia": the members are
         * named, the bloc only describes them */
        if (h->type == H_ORG && after + 1 < end && token_is_word(c, after, W_MEMBERSHIP) &&
            hit_at(c, after + 1) && hit_at(c, after + 1)->type == H_COUNTRY)
            m.prep = P_TOPIC;
        /* "the Brasilia summit", "the Jeddah talks": where it is held */
        if ((h->type == H_CAPITAL || h->type == H_CITY) && after < end) {
            const lexicon_hit *th = hit_at(c, after);
            const lx_entry *te = hit_word(c, th, W_TRIGGER);
            size_t past = th ? th->tok + th->n : after;
            if (te && (te->flags & WF_NOUN) && !(past < end && word_eq(c, past, "with")))
                m.prep = P_LOC; /* but "Beijing talks with Washington" */
        }
        if (after < end && word_eq(c, after, "'s")) {
            after++;
            /* "Kazakhstan's Astana", "Russia's Nizhny Novgorod": the city
             * stands for itself; its state is no mention of its own */
            const lexicon_hit *ch = after < end ? hit_at(c, after) : NULL;
            if (h->type == H_COUNTRY && ch && (ch->type == H_CITY || ch->type == H_CAPITAL) &&
                lx->places[ch->id].country == h->id)
                continue;
            m.possessive = 1;
            m.body_after = after < end && token_is_word(c, after, W_RULECUE);
            /* "Qatar's ruling emir": a title after the cue */
            if (m.body_after && after + 1 < end && hit_at(c, after + 1) &&
                hit_at(c, after + 1)->type == H_TITLE) {
                m.body_after = 0;
                after++;
            }
        }
        m.role_after = role_at(c, after, end);
        m.titled = after < end && hit_at(c, after) && hit_at(c, after)->type == H_TITLE;
        /* "the Iran-backed Houthi rebels": the backer is no party */
        if (h->adjectival && (c->t->tok[i].flags & TOKF_HYPHEN) && backer(tok_norm(c, i))) {
            m.role_after = 0;
            m.prep = P_TOPIC;
        }
        /* "a Cambodian proposal for a meeting": who proposes takes part */
        if (m.adjectival && after + 1 < end && hit_word(c, hit_at(c, after), W_PLANNED))
            m.role_after = 1;
        out[n++] = m;
    }
    return n;
}

/* Pronouns ("he", "his") are H_WORD hits only when words.tsv lists them;
 * the scan makes them hits, so pl_mentions_collect() sees them. */

/* Does this mention stand as a party (not a topic, a place or an adjective)? */
int pl_party_context(const pmention *m, int host_trigger, int *host)
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
    /* "arrived in Tehran include Palestinian Authority Chief Mahmud Abbas":
     * a state naming its official, with no preposition, is no host */
    if (host_trigger &&
        (m->prep == P_LOC || m->prep == P_TO || (m->prep == P_NONE && !m->titled)) &&
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
