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
    int possessive;   /* followed by 's */
    int pronoun;      /* he / his: a party only as a trigger's possessor */
    int body_after;   /* followed by 's and a ruling body ("Trump's cabinet") */
} pmention;

enum { P_NONE, P_LOC, P_TOPIC, P_OF, P_TO, P_FROM, P_WITH, P_BY, P_SIDELINES, P_CONJ };

#define MAX_SENT_MENTIONS 128

/* A trigger word of a sentence: a meeting word (kind, WF_* flags), a word
 * of taking part, or a host verb. */
typedef struct trigger_hit {
    uint32_t tok, n;
    int kind, flags, participate, hostverb;
} trigger_hit;

/* mentions.c */
/* A title, role noun or meeting word, singular or plural ("ministers of")? */
int pl_role_word(const extraction_state *c, size_t k);
/* The first hit (they are sorted by token) at or after token start. */
size_t pl_first_hit_from(const extraction_state *c, size_t start);
/* Collects the mentions of tokens [start, end) that could be parties. */
int pl_mentions_collect(extraction_state *c, size_t start, size_t end, pmention *out);
/* Does this mention stand as a party? *host: as the host of a visit. */
int pl_party_context(const pmention *m, int host_trigger, int *host);

/* meeting.c */
meeting *pl_meeting_new(extraction_state *c);
int pl_same_party(const extraction_state *c, const party *a, const party *b);
void pl_add_party(const extraction_state *c, meeting *m, const party *p);
int pl_distinct_parties(const extraction_state *c, const meeting *m);
int pl_has_state(const extraction_state *c, const meeting *m, int st);
void pl_remove_state(const extraction_state *c, meeting *m, int st, int org, uint32_t from, uint32_t to);
int pl_same_states(const extraction_state *c, const meeting *a, const meeting *b);
meeting *pl_last_meeting(extraction_state *c, int min_sentence);
int pl_placeless(const meeting *m);
void pl_meeting_fill(meeting *dst, const meeting *src);
int pl_dates_compatible(const char *a, const char *b);
int pl_places_compatible(const extraction_state *c, const meeting *a, const meeting *b);
void pl_drop_named_forums(const extraction_state *c, meeting *m);

/* triggers.c */
int pl_host_joins(const extraction_state *c, const trigger_hit *trigs, int nt, int ti);
int pl_frame_org(const extraction_state *c, const pmention *pm, const trigger_hit *tr);
int pl_is_stop_right(const extraction_state *c, size_t i);
long pl_pp_trigger(const extraction_state *c, size_t tok, size_t start, int *definite, int *ordinal);
int pl_pp_opens(const extraction_state *c, size_t tok, size_t start);
int pl_negated(const extraction_state *c, size_t tok, size_t start);
int pl_neg_near(const extraction_state *c, size_t i, size_t start);
int pl_word_in(const extraction_state *c, size_t a, size_t b, int wc);
int pl_present_tense(const extraction_state *c, const trigger_hit *tr, size_t start);

/* rosters.c */
int pl_list_glue(const extraction_state *c, size_t a, size_t b);
int pl_roster(extraction_state *c, size_t si);

/* sentence.c */
int pl_sentence_meetings(extraction_state *c, size_t si);

#endif
