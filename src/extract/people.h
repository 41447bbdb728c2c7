/* people.h: what people.c, lists.c and affiliate.c share (internal to
 * src/extract). */
#ifndef PARLEY_EXTRACT_PEOPLE_H
#define PARLEY_EXTRACT_PEOPLE_H

#include "extract/internal.h"

/* people.c */
/* The capitalised name run at token i, before end: its length in tokens,
 * with *skip the honorifics before it; 0 when none starts there. */
size_t pl_name_run(const extraction_state *c, size_t i, size_t end, size_t *skip);
/* Adds (or finds) a person named by tokens [a, b): its index, -1 when it
 * is none, -2 when out of memory. */
int pl_add_person(extraction_state *c, size_t a, size_t b, const char *title,
                  const lexicon_hit *aff);
/* Makes tokens [a, a + n) a hit of person p. */
int pl_mark_person(extraction_state *c, size_t a, size_t n, int p);
/* Title text of a title hit, or NULL. */
const char *pl_title_of(const extraction_state *c, const lexicon_hit *h);
/* Affiliation (a state or organisation hit) just before token i, skipping
 * determiners and modifiers ("the", "top", "former", a possessive 's). */
const lexicon_hit *pl_affiliation_before(const extraction_state *c, size_t i, size_t start);

/* affiliate.c */
/* Gives a state to each official found without one. */
void pl_affiliate(extraction_state *c);
/* Marks the state words inside officials' appositions as no parties. */
void pl_mark_appositions(extraction_state *c);

/* lists.c */
/* The state or body hit after "of" or "for" (and "the") at token k, or
 * NULL; *next is the token after it. */
const lexicon_hit *pl_of_body(const extraction_state *c, size_t k, size_t end, size_t *next);
/* The state hit after "of" or "for" (and "the") at token k, or in
 * brackets ("Ivan Duque (Colombia)"), or NULL; *next is the token after
 * it. */
const lexicon_hit *pl_of_state(const extraction_state *c, size_t k, size_t end, size_t *next);
/* From token k after a titled name, the list's further "Name of State"
 * items with the same title; *b moves past them. The number added, or
 * PARLEY_ENOMEM. */
int pl_list_of_states(extraction_state *c, size_t k, size_t end, const char *title, size_t *b);
/* "Foreign Ministers of A and B X and Y". */
int pl_paired_lists(extraction_state *c);
/* A titled gazetteer official heading a "Name of State" list. */
int pl_known_lists(extraction_state *c);

#endif
