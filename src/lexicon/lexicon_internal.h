/* lexicon_internal.h: what lexicon_load.c builds the trie of lexicon.c
 * with. Not for the rest of the library, which only looks things up. */
#ifndef PARLEY_LEXICON_INTERNAL_H
#define PARLEY_LEXICON_INTERNAL_H

#include <stdint.h>
#include "lexicon/lexicon.h"

#define MAX_PHRASE_TOKENS 12 /* longer phrases are names of documents, not entries */

/* Empties lx and makes the trie's root. 0 or PARLEY_ENOMEM. */
int pl_lexicon_init(lexicon *lx);
/* The id of a token, given a new one when it has none; -1: out of memory. */
int32_t pl_lexicon_token_add(lexicon *lx, const char *tok, size_t n);
/* The trie node of a normalised phrase (tokens separated by one space),
 * made along the way where missing; -1: out of memory. */
int32_t pl_lexicon_phrase_node(lexicon *lx, const char *norm);
/* Adds e to the entries of node, unless the node already has one of the
 * same class, id and word class. 0 or PARLEY_ENOMEM. */
int pl_lexicon_node_add(lexicon *lx, int32_t node, lx_entry e);
/* Lays the entries out for lookups once every file is read. 0 or
 * PARLEY_ENOMEM. */
int pl_lexicon_compact(lexicon *lx);

#endif
