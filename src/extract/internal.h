/* internal.h: what the extraction stages share while reading one article:
 * lexicon hits per token, the people found, party mentions and meetings.
 * All arrays live in one per-article context and are reused. */
#ifndef PARLEY_EXTRACT_INTERNAL_H
#define PARLEY_EXTRACT_INTERNAL_H

#include <string.h>

#include "lexicon/lexicon.h"
#include "parley/extract.h"
#include "text/text.h"
#include "util/util.h"

struct parley_extractor {
    lexicon lx;
    parley_options opts;
    /* Graph node ids of the gazetteer's states, places and organisations,
     * made once at start-up rather than formatted per mention. */
    char (*country_id)[16];
    char **place_id, **org_id;
};

/* What a token span is, after the lexicon scan and the name finder. */
enum {
    H_NONE = 0, H_COUNTRY, H_DEMONYM, H_CAPITAL, H_CITY, H_REGION, H_ORG, H_TITLE,
    H_PERSON, H_WORD
};

typedef struct lexicon_hit {
    uint32_t tok, n;   /* token span */
    uint8_t type;      /* H_* */
    uint8_t adjectival;/* a hyphen part or demonym: a party only before a role */
    uint8_t appos;     /* inside a person's apposition: describes, is no party */
    int32_t head;      /* lexicon entry list (H_WORD and others) */
    int32_t id;        /* country / place / org / title / person index */
    uint64_t words;    /* word classes of the phrase (bit w): hit_word's fast "no" */
} lexicon_hit;

/* A named official found in the article. */
typedef struct person {
    char name[160];
    char title[96];
    int country;       /* lexicon country index or -1 */
    int org;           /* lexicon org index or -1 */
    uint32_t first_tok, ntok;
    char last[64], first[64]; /* normalised surname and first name token */
    struct parley_node *node; /* its graph node, once built */
} person;

/* A party to a meeting: a state, an organisation, a person (who stands for a
 * state or an organisation), each with where it was seen. */
typedef struct party {
    int country;  /* -1 when org */
    int org;      /* -1 when state */
    int person;   /* -1 when no named person */
    uint32_t tok, ntok;
} party;

#define MAX_PARTIES 48 /* a longer list is a table, not a meeting */

typedef struct meeting {
    int kind;          /* parley_meeting_kind */
    int status;        /* parley_meeting_status */
    char date[72];     /* ISO date, range or month; "" when unknown */
    int loc_place;     /* place index or -1 */
    int loc_country;   /* country index used as location, or -1 */
    int host;          /* country index of the host or -1 */
    int nparties;
    uint32_t trig_tok, trig_ntok;
    int sentence;      /* last sentence that added to it */
    int sentence0;     /* sentence that told it first */
    int present;       /* told in the present tense ("are meeting", "meets") */
    int remote;        /* held by video or online: no place */
    int alive;
    /* Last: read only below nparties, so a new meeting zeroes the fields
     * before it alone (it is most of a meeting's size). */
    party parties[MAX_PARTIES];
} meeting;

/* What the scan found in a sentence. Most sentences hold no trigger, date
 * or absence word, and many no title or state: the passes that need one
 * pass them at a glance. Later hits are people only, and a hit's type
 * changes only to H_NONE, so both stay a superset of what the sentence
 * holds. */
typedef struct sent_sum {
    uint64_t words;    /* the word classes of its word hits, OR-ed (1 << W_*) */
    uint32_t types;    /* the types of its hits (1 << H_*) */
} sent_sum;

typedef struct extraction_state {
    const parley_extractor *ex;
    ptext *t;
    lexicon_hit *hits; size_t nhits, hits_cap;
    lexicon_hit *hits_tmp; size_t hits_tmp_cap; /* ectx_reindex's sort */
    int32_t *hit_at;   /* per token: index of the hit covering it, or -1 */
    uint32_t *ents;    /* the indices of the hits that are no H_WORD (states,
                          places, organisations, titles, people; H_NONE once
                          dropped), ascending. Four hits in five are words:
                          the passes that look only for the others walk
                          this list, not every hit. add_hit and
                          pl_mark_person append to it, ectx_reindex makes it
                          again; a hit turns from a word into no other type. */
    size_t nents, ents_cap;
    uint32_t *trig_hits; /* the word hits with a trigger, host or taking-part
                            word (PL_TRIGGER_WORDS), ascending: made by
                            ectx_reindex once the hits are final, so that
                            pl_triggers_find walks these, not every hit */
    size_t ntrig_hits, trig_hits_cap;
    uint32_t *date_hits; /* the same for the words a date starts with
                            (PL_DATE_WORDS), for pl_dates_find */
    size_t ndate_hits, date_hits_cap;
    sent_sum *sents;   /* per sentence: what the scan found in it */
    size_t sents_cap;
    uint64_t *wmask;   /* per token: its word classes as a one-word phrase */
    size_t wmask_cap;
    size_t hit_at_cap;
    person *people; size_t npeople, people_cap;
    pl_smap person_by_name; /* full name -> person index + 1 */
    pl_smap person_by_word; /* first or last name -> person index + 1, or
                                   PERSON_AMBIGUOUS when two people share it */
    pl_smap unnamed;        /* canonical title -> state index + 1 (affiliate) */
    pl_smap meeting_ids;    /* meeting node id -> meetings given it so far (build) */
    meeting *meetings; size_t nmeetings, meetings_cap;
    int *org_country;  /* per lexicon org: the state it is shown ruling here, or -1 */
    size_t org_cap;
    int32_t *per_entity; /* scratch, one int per lexicon official or state
                            (people.c), kept between articles */
    size_t per_entity_cap;
    uint32_t *cand;    /* people.c: tokens that may start a name, ascending */
    size_t ncand, cand_cap;
    void **gcache;     /* graph building: this article's node of each state,
                          organisation and place, and each place's located_in
                          edge (NULL until first built; all NULL again
                          after each article: gcache_used lists what to reset) */
    size_t gcache_cap;
    uint32_t *gcache_used;
    size_t ngcache_used, gcache_used_cap;
    int doc_y, doc_m, doc_d; long doc_days; int has_date;
    size_t sent_tok, sent_hit; /* discourse.c: the first hit at or after token
                                  sent_tok (the current sentence's first) */
    size_t sent_ent;   /* discourse.c: the first of ents at or after sent_tok */
    size_t sent_trig;  /* discourse.c: the first of trig_hits at or after sent_tok */
    uint32_t sent_types; /* discourse.c: the types of the current sentence's
                            hits that are no words (1 << H_*; a person's
                            only when known, id >= 0) */
    int last_person;   /* for he/his: the last person named */
    int topic_person;  /* the last sentence subject that was a person */
    int dateline_place; /* the place of a dateline ("VIENNA, Dec 10 -"), or -1 */
    size_t dateline_end;/* first token after the dateline (0 when none) */
    int lead_sent;      /* the lead: the dateline's sentence, else the first */
    int roster_line;    /* the last sentence read as a line of a roster, or -1 */
    int pend_sent;      /* a roster told before any meeting: its sentence, or -1 */
    int npend;          /* ... and its parties, for a meeting told next */
    party pend[16];
} extraction_state;

/* A date expression found in a sentence (dates.c). */
typedef struct date_expr {
    uint32_t tok;
    int type;      /* 1 weekday(s), 2 month, 3 month-day, 4 reldate */
    int a, b;      /* weekday / day range; b = -1 when single */
    int month, year;
    int last, next; /* "last Monday", "next Friday" */
    int month2;    /* a range into another month ("May 31-June 1"), or 0 */
} date_expr;

/* The word classes a date starts with: a weekday, a month, a relative
 * date ("yesterday"). A sentence without one (pl_sent_has) has no date. */
#define PL_DATE_WORDS (UINT64_C(1) << W_WEEKDAY | UINT64_C(1) << W_MONTH | UINT64_C(1) << W_RELDATE)
/* Date expressions in tokens [start, end), at most max. */
int pl_dates_find(const extraction_state *c, size_t start, size_t end, date_expr *out, int max);
/* Is d a report's date ("the agency said on Sunday"): a report word in
 * the `within` tokens before it (from start on)? */
int pl_date_reported(const extraction_state *c, const date_expr *d, size_t start, size_t within);
/* Resolves d against the article date into out ("" when it cannot):
 * planned 0 for a held meeting, 1 planned, 2 called off. */
void pl_date_resolve(const extraction_state *c, const date_expr *d, int planned, char *out, size_t cap);
/* A single day in date becomes the range of days that a duration in tokens
 * [from, to) tells ("a three-day visit from March 3"). */
/* Sets the article's date from the latest full date it writes, if any. */
void pl_infer_date(extraction_state *c);
/* Does d name a day after the article's date (within two months when it
 * gives no year)? A meeting on such a day has not happened yet. */
int pl_date_ahead(const extraction_state *c, const date_expr *d);
void pl_extend_by_duration(const extraction_state *c, size_t from, size_t to, char *date, size_t cap);

#define PERSON_AMBIGUOUS ((intptr_t)-1)
/* At most this many people and meetings per article: more is a list or a
 * table, not news, and the rules that compare them stay linear. */
#define MAX_PEOPLE 4096
#define MAX_MEETINGS 4096

/* people.c */
int pl_people_find(extraction_state *c);
/* discourse.c (the meeting grammar: meetings.h) */
int pl_meetings_find(extraction_state *c);
/* The word entry of class wc in a word hit that has that class. */
const lx_entry *pl_hit_word_entry(const extraction_state *c, const lexicon_hit *h, int wc);
/* The word entry of class wc in a hit, or NULL. The class mask answers
 * most calls without walking the entries. */
static inline const lx_entry *hit_word(const extraction_state *c, const lexicon_hit *h, int wc)
{
    if (!h || h->type != H_WORD || !((h->words >> wc) & 1))
        return NULL;
    return pl_hit_word_entry(c, h, wc);
}
/* The hit starting at or covering token i, or NULL. */
/* The word classes that may make a trigger (pl_triggers_find). */
#define PL_TRIGGER_WORDS                                                                           \
    (UINT64_C(1) << W_TRIGGER | UINT64_C(1) << W_HOST | UINT64_C(1) << W_PARTICIPATE)

/* Does sentence s hold a word hit of one of the classes in mask (a set of
 * 1 << W_* bits)? */
static inline int pl_sent_has(const extraction_state *c, size_t s, uint64_t mask)
{
    return (c->sents[s].words & mask) != 0;
}

/* The first hit from index lo on (hits are sorted by token) at or after
 * token start. */
static inline size_t pl_hits_search(const extraction_state *c, size_t lo, size_t start)
{
    size_t hi = c->nhits;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->hits[mid].tok < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first of list (n hit indices, their hits in token order) whose hit
 * is at or after token start. */
static inline size_t pl_first_listed(const extraction_state *c, const uint32_t *list, size_t n,
                                     size_t start)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->hits[list[mid]].tok < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Appends hit h to c->ents when it is no word; 0 or PARLEY_ENOMEM. */
static inline int pl_note_ent(extraction_state *c, size_t h)
{
    if (c->hits[h].type == H_WORD)
        return 0;
    if (c->nents + 1 > c->ents_cap &&
        pl_grow((void **)&c->ents, &c->ents_cap, c->nents + 1, sizeof *c->ents))
        return PARLEY_ENOMEM;
    c->ents[c->nents++] = (uint32_t)h;
    return 0;
}

static inline const lexicon_hit *hit_at(const extraction_state *c, size_t i)
{
    return c->hit_at[i] >= 0 ? &c->hits[c->hit_at[i]] : NULL;
}
static inline int token_is_word(const extraction_state *c, size_t i, int wc)
{
    return (c->wmask[i] >> wc) & 1;
}
static inline const char *tok_norm(const extraction_state *c, size_t i)
{
    return ptok_norm(c->t, i);
}
/* Is token i the punctuation character ch? */
static inline int is_punct(const extraction_state *c, size_t i, char ch)
{
    const char *w = ptok_norm(c->t, i);
    return c->t->tok[i].shape == TOK_PUNCT && w[0] == ch && !w[1];
}
/* Is token i's normalised form w? (Normalised forms hold no NUL, so the
 * lengths settle most calls; w is a literal, so strlen is a constant.) */
static inline int word_eq(const extraction_state *c, size_t i, const char *w)
{
    size_t n = strlen(w);
    return c->t->tok[i].normlen == n && memcmp(ptok_norm(c->t, i), w, n) == 0;
}
/* Is token i a word that may modify a noun inside its phrase: lower case,
 * or a number joined by a hyphen ("his 11-day trip", "a 2-day summit")? */
static inline int modifier_shape(const extraction_state *c, size_t i)
{
    const text_token *k = &c->t->tok[i];
    return k->shape == TOK_LOWER || (k->shape == TOK_DIGIT && (k->flags & TOKF_HYPHEN));
}
/* Does a person's name or title start at token i, past a demonym
 * ("Romanian Foreign Minister X", "Afghan President X")? */
static inline int person_at(const extraction_state *c, size_t i)
{
    const lexicon_hit *h = hit_at(c, i);
    if (h && h->type == H_DEMONYM && h->tok + h->n < c->t->ntok)
        h = hit_at(c, h->tok + h->n);
    return h && (h->type == H_PERSON || h->type == H_TITLE);
}
/* Is the meeting word at token k told as bilateral ("bilateral talks",
 * one trigger, or "bilateral" before it)? */
static inline int bilateral_at(const extraction_state *c, size_t k)
{
    return token_is_word(c, k, W_BILATERAL) || (k > 0 && token_is_word(c, k - 1, W_BILATERAL));
}
/* Is token i an -ing form ("meeting", "travelling"), five letters or more? */
static inline int ing_form(const extraction_state *c, size_t i)
{
    size_t n = c->t->tok[i].normlen;
    return n >= 5 && memcmp(ptok_norm(c->t, i) + n - 3, "ing", 3) == 0;
}
/* Does token i end in a single s, as a verb of the present does ("meets",
 * "hosts", "brings"; not "discuss")? */
static inline int present_s_form(const extraction_state *c, size_t i)
{
    const char *w = ptok_norm(c->t, i);
    size_t n = c->t->tok[i].normlen;
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's';
}
/* Does token i end in "ed", four letters or more, as a verb of the past
 * does ("arrived", "visited")? */
static inline int ed_form(const extraction_state *c, size_t i)
{
    const char *w = ptok_norm(c->t, i);
    size_t n = c->t->tok[i].normlen;
    return n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd';
}
/* State a party stands for (-1 for a non-state organisation). */
int pl_party_state(const extraction_state *c, const party *p);

#endif
