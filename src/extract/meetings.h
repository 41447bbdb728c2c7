/* meetings.h: what the files of the meeting grammar share (mentions.c,
 * meeting.c, triggers.c, rosters.c, sentence.c, discourse.c). For each
 * trigger ("talks", "met", "visit", "phone call", "summit") the parties are
 * the state, organisation and person mentions in its clause that stand in a
 * party's place (not a topic, not a mere place); then come the status
 * (planned, cancelled), the date resolved against the article's date, the
 * place, references back ("the meeting"), people who "took part", parties
 * that stayed away, and merging of repeated mentions. */
#ifndef PARLEY_EXTRACT_MEETINGS_H
#define PARLEY_EXTRACT_MEETINGS_H

#include "extract/internal.h"
#include "parley/graph.h"

/* A mention of a state, organisation or person in a sentence. */
typedef struct pmention {
    party p;
    int adjectival;   /* demonym or hyphen part: a party only before a role */
    int prep;         /* the preposition before it (P_*) */
    int place;        /* a city or capital (place index) or -1 */
    int is_country;   /* named state (country name or alias) */
    int role_after;   /* followed by a title or role noun */
    int titled;       /* a title right after it: "Palestinian Authority Chief X" */
    int possessive;   /* followed by 's */
    int pronoun;      /* he / his: a party only as a trigger's possessor */
    int body_after;   /* followed by 's and a ruling body ("Trump's cabinet") */
} pmention;

enum { P_NONE, P_LOC, P_TOPIC, P_OF, P_TO, P_FROM, P_WITH, P_BY, P_SIDELINES, P_CONJ };

/* Is a meeting of this kind a gathering of many (a summit, a conference)? */
static inline int pl_multilateral_kind(int kind)
{
    return kind == PARLEY_KIND_SUMMIT || kind == PARLEY_KIND_CONFERENCE;
}

/* Is call m a summit held by video: three parties or more, or a bloc
 * ("the leaders of G20 nations held a video conference")? "The summit"
 * told later is it. */
int pl_virtual_summit(const extraction_state *c, const meeting *m);

#define MAX_SENT_MENTIONS 128

/* A trigger word of a sentence: a meeting word (kind, WF_* flags), a word
 * of taking part, or a host verb. */
typedef struct trigger_hit {
    uint32_t tok, n;
    int kind, flags, participate, hostverb;
} trigger_hit;

/* What the steps of one sentence's meetings share (sentence.c, clause.c). */
typedef struct sent_state {
    extraction_state *c;
    size_t si, start, end; /* the sentence and its tokens [start, end) */
    trigger_hit trigs[32];
    int nt;
    long setting; /* a meeting told before that is the setting, or -1 */
    pmention ms[MAX_SENT_MENTIONS];
    int nm;
    date_expr ds[16];
    int nd;
    int excluded[8], exorg[8], nex; /* parties that stayed away: state, organisation */
    size_t made[32], touched[32];   /* indices: pl_meeting_new() may move the array */
    int nmade, ntouched;
    int rc; /* what the sentence returns when it stops early */
} sent_state;

/* One trigger's clause and the meeting it makes. */
typedef struct clause {
    int ti; /* the trigger's index in trigs */
    const trigger_hit *tr;
    size_t L, R;           /* the argument window [L, R) */
    size_t Rfull;          /* places and dates may stand past the arguments */
    long poss;             /* in a phrase: the possessor's token, -2 none; -1 no phrase */
    int pp;                /* the trigger is in a phrase ("during his visit") */
    int definite, ordinal; /* "the talks", "the first talks" */
    int it_is;             /* "It is the third meeting ...": the meeting told before */
    int pobj;              /* the object of taking part: a meeting told before */
    int host_trigger;      /* the trigger's object is the host ("visit Greece") */
    int host_the;          /* "hosted the session", "hosts the summit": a host joins a meeting told before */
    int tells_plural; /* "held bilateral meetings ..., holding talks with A, B": one each; that trigger + 1 */
    int coord;        /* "will visit X, meet Y": the verb it continues (a trigger) + 1, else 0 */
    int followed;     /* "held talks with X, followed by a meeting with Y": the subject's too */
    long visitor;          /* the mention that is the visitor, -2 none named, -1 not asked */
    size_t rel_a, rel_b;   /* an aside of the subject's before the trigger (", who is in
                              Osaka for the G20 Summit,"): its tokens [rel_a, rel_b), or 0, 0 */
    size_t mi;             /* its meeting's index */
    int nhosts, nframe;
    int planned, cancelled;
    uint64_t words;        /* the word classes of [L, Rfull), for status and place */
    /* The arrays last: they are read only below nhosts and nframe, so a
     * new clause zeroes the fields before them alone (a clause per
     * trigger; the arrays are most of its size). */
    int hosts[MAX_PARTIES]; /* the states visited, one visit each */
    party hostp[MAX_PARTIES];
    party frame[4]; /* bodies naming the meeting ("the ASEAN summit") */
} clause;

/* mentions.c */
/* A title, role noun or meeting word, singular or plural ("ministers of")? */
int pl_role_word(const extraction_state *c, size_t k);
/* Is token k a word of composition ("comprising", "made up")? */
int pl_composition(const extraction_state *c, size_t k);
/* The first hit (they are sorted by token) at or after token start. */
size_t pl_first_hit_from(const extraction_state *c, size_t start);
/* The first of c->ents whose hit is at or after token start. */
size_t pl_first_ent_from(const extraction_state *c, size_t start);
/* Collects the mentions of sentence si that could be parties. */
int pl_mentions_collect(extraction_state *c, size_t si, pmention *out);
/* Does this mention stand as a party? *host: as the host of a visit. */
int pl_party_context(const pmention *m, int host_trigger, int *host);

/* meeting.c */
/* A new meeting at the end of c->meetings (which may move), or NULL when
 * full (MAX_MEETINGS) or out of memory. */
meeting *pl_meeting_new(extraction_state *c);
/* Are a and b one party (the same person, or the same state or body)? */
int pl_same_party(const extraction_state *c, const party *a, const party *b);
/* Adds p to m unless m has it (a named person replaces a bare state). */
void pl_add_party(const extraction_state *c, meeting *m, const party *p);
/* How many states, and bodies not standing for one, take part in m. */
int pl_distinct_parties(const extraction_state *c, const meeting *m);
int pl_has_state(const extraction_state *c, const meeting *m, int st);
/* Removes state st (or organisation org) from m's parties seen at tokens
 * [from, to). */
void pl_remove_state(const extraction_state *c, meeting *m, int st, int org, uint32_t from, uint32_t to);
/* Do a and b name the same states? */
int pl_same_states(const extraction_state *c, const meeting *a, const meeting *b);
/* The last live meeting told in sentence min_sentence or later, or NULL;
 * past_arrivals: passing visits told without a party ("delegations will
 * arrive in our country"). */
meeting *pl_last_meeting(extraction_state *c, int min_sentence, int past_arrivals);
/* Calls and meetings held by video or online have no place. */
int pl_placeless(const meeting *m);
/* dst takes src's date and place where it has none. */
void pl_meeting_fill(meeting *dst, const meeting *src);
/* src told again as dst: dst takes its date and place (pl_meeting_fill)
 * and its parties, and src is dropped. */
void pl_meeting_absorb(const extraction_state *c, meeting *dst, meeting *src);
/* Can two dates, and two meetings' places, be one meeting's? */
int pl_dates_compatible(const char *a, const char *b);
int pl_places_compatible(const extraction_state *c, const meeting *a, const meeting *b);
/* A forum or bloc whose member states are named is no party of its own. */
void pl_drop_named_forums(const extraction_state *c, meeting *m);
/* A bloc stands for the members the article names at another meeting. */
void pl_blocs_as_members(const extraction_state *c, meeting *m);
/* "a summit of the GCC's six member states": a bloc party whose members
 * its sentence counts (the count the lexicon knows) becomes all of them. */
void pl_bloc_counted(const extraction_state *c, meeting *m);
/* Is one of a and b a summit or conference, the other told as bilateral
 * ("a bilateral meeting with Xi ... in Astana for the summit")? Two
 * meetings, however alike their parties. */
int pl_bilateral_beside_summit(const extraction_state *c, const meeting *a, const meeting *b);

/* triggers.c */
/* The trigger words of tokens [start, end), at most max, in token order. */
int pl_triggers_find(const extraction_state *c, size_t start, size_t end, trigger_hit *trigs,
                     int max);
/* A named event after "at" or "on the sidelines of" that follows the
 * sentence's meeting is its setting, not a meeting of its own ("meet
 * Vance at the Munich Security Conference on Friday"): its date and
 * place are the meeting's. Drops such triggers; returns how many stay. */
int pl_triggers_drop_settings(const extraction_state *c, size_t start, trigger_hit *trigs, int nt);
/* Arriving in a city for a summit is no visit of its own. */
int pl_triggers_drop_journeys(const extraction_state *c, trigger_hit *trigs, int nt);
/* "On the margins of the summit, X will meet Y": a meeting told before is
 * the setting, and the sentence's meetings take its place. Drops the
 * trigger naming it (*nt shrinks) and returns that meeting's index, or -1. */
long pl_triggers_setting_before(const extraction_state *c, size_t start, trigger_hit *trigs,
                                int *nt);
int pl_host_joins(const extraction_state *c, const trigger_hit *trigs, int nt, int ti);
int pl_frame_org(const extraction_state *c, const pmention *pm, const trigger_hit *tr);
int pl_is_stop_right(const extraction_state *c, size_t i);
long pl_pp_trigger(const extraction_state *c, size_t tok, size_t start, int *definite, int *ordinal);
int pl_pp_opens(const extraction_state *c, size_t tok, size_t start);
int pl_negated(const extraction_state *c, size_t tok, size_t start);
int pl_neg_near(const extraction_state *c, size_t i, size_t start);
int pl_word_in(const extraction_state *c, size_t a, size_t b, int wc);
/* The word classes of the word hits that start in tokens [a, b). */
uint64_t pl_words_in(const extraction_state *c, size_t a, size_t b);
int pl_present_tense(const extraction_state *c, const trigger_hit *tr, size_t start);

/* rosters.c */
/* Are tokens [a, b) only glue between two items of a list of parties? */
int pl_list_glue(const extraction_state *c, size_t a, size_t b);
/* Is token k "include" or "includes" (or, with past, "included"), opening a
 * list of who takes part? */
int pl_include_word(const extraction_state *c, size_t k, int past);
/* A sentence with no meeting word that lists who attended the meeting
 * told before: the listed parties join it. */
int pl_roster(extraction_state *c, size_t si);

/* clause.c: the steps of one trigger's meeting. */
/* The argument window [L, R) of the trigger, and Rfull. */
void pl_clause_window(const sent_state *s, clause *cl);
/* Is the trigger negated or denied ("denied reports that he would meet")? */
int pl_clause_denied(const sent_state *s, const clause *cl);
/* The phrase holding the trigger: possessor, definiteness, visitor. */
void pl_clause_reference(const sent_state *s, clause *cl);
/* The parties of the clause, its hosts and the bodies naming it. */
void pl_clause_parties(const sent_state *s, clause *cl, meeting *m);
/* Subjects standing outside the window that the trigger takes. */
void pl_clause_subjects(const sent_state *s, clause *cl, meeting *m);
/* Planned or cancelled, and the date. */
void pl_clause_status(const sent_state *s, clause *cl, meeting *m);
/* Held remotely, or the place. */
void pl_clause_place(const sent_state *s, const clause *cl, meeting *m);

/* sentence.c: one sentence's meetings (0, or PARLEY_ENOMEM). */
int pl_sentence_meetings(extraction_state *c, size_t si);

#endif
