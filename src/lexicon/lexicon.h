/* lexicon.h: every gazetteer (states, places, organisations, titles, known
 * officials, closed word classes) compiled at start-up into one trie over
 * normalised tokens, so one scan finds every entry, longest match first.
 * Tokens are interned to integer ids, and the trie is walked by id. */
#ifndef PARLEY_LEXICON_H
#define PARLEY_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "parley/error.h"
#include "text/text.h"
#include "util/util.h"
#include "util/vocab.h"

typedef enum {
    LX_COUNTRY = 1, /* a state's name or alias */
    LX_DEMONYM,     /* Chinese, Afghan */
    LX_CAPITAL,     /* a capital: a place that may also stand for its state */
    LX_CITY,
    LX_REGION,
    LX_ORG,
    LX_TITLE,
    LX_OFFICIAL,    /* a known official's name */
    LX_WORD         /* a closed word class (see lx_word_class) */
} lx_class;

/* Word classes of words.tsv. */
typedef enum {
    W_TRIGGER = 1, W_PARTICIPATE, W_HOST, W_PLANNED, W_CANCELLED, W_NEGATION, W_ABSENT,
    W_WEEKDAY, W_MONTH, W_RELDATE, W_HONORIFIC, W_ROLE, W_ABBREV, W_NOTNAME,
    W_LOCPREP, W_TOPICPREP, W_REPORT, W_PRONOUN, W_PARTICLE, W_DEFINITE, W_PAST,
    W_ORGWORD, W_FAMILY, W_RULECUE, W_DETERMINER, W_ROLEMOD, W_CLAUSESTOP, W_TRIGPREP,
    W_TRIGMOD, W_TITLEMOD, W_REMOTE,
    /* Token classes (W_FIRST_TOKEN_CLASS on): single words that a rule
     * compares one token with. They make no lexicon hits and no phrases:
     * only token_is_word() and pl_lexicon_word_is() see them (lx_token.vmask). */
    W_HOSTCOUNTRY, W_HOSTSEAT, W_SIDELINES, W_MEMBERSHIP, W_SETTLEMENT, W_CAPITALNOUN,
    W_SEPARATE, W_BILATERAL, W_COUNTERPARTS, W_COUNTERPART, W_AHEAD, W_RUNUP, W_OBJPRONOUN,
    W_SUBJPRONOUN, W_PRESENTAUX, W_PHONE, W_DELEGATION, W_ORDINAL, W_NOBODY, W_CLAUSECONJ,
    W_RELATIVE, W_TOOKPLACE, W_SAMEDAY, W_DURATION, W_REGIME, W_CARDINAL, W_MEANS, W_PORTFOLIO,
    W_FORMERLY, W_CONCLUDE, W_TOPICNOUN,
    /* Title text, not tokens: phrases an official's canonical title may
     * hold (pl_lexicon_org_title). */
    W_ORGTITLE,
    W_COUNT /* at most 64: classes are bits of a uint64_t */
} lx_word_class;

#define W_FIRST_TOKEN_CLASS W_HOSTCOUNTRY

/* Word flags (4th column of words.tsv). */
enum {
    WF_CAP = 1,    /* must be capitalised in the text (months: "May") */
    WF_NOUN = 2,   /* trigger used as a noun ("talks", "a visit") */
    WF_VERB = 4,   /* trigger used as a verb ("met", "visited") */
    WF_STRICT = 8, /* a trigger that needs a person or envoy as its object */
    WF_HOST = 16,  /* the trigger's object is the host ("visit Greece", "trip to") */
    WF_OFHOST = 32 /* so are the states after "of" ("a tour of Algeria and Mali") */
};

typedef struct lx_entry {
    uint8_t cls;
    uint8_t caps;   /* 1: every token must be in capitals in the text;
                     * LX_ANY_CASE: written in lower case in the data */
    uint16_t word;  /* lx_word_class for LX_WORD */
    uint16_t flags; /* WF_* for LX_WORD; LX_SEAT for LX_CAPITAL */
    int16_t value;  /* word value: kind, weekday, month, reldate code */
    int32_t id;     /* index into the class table */
    int32_t next;   /* next entry of the same phrase, or -1 */
} lx_entry;

/* lx_entry.caps of a name written in lower case in the data
 * ("six-party"): any case in the text fits. */
#define LX_ANY_CASE 2

/* An LX_CAPITAL entry that names a seat of government ("the Kremlin"),
 * not the city itself. */
#define LX_SEAT 1

typedef struct lx_country {
    char iso3[4];
    char *name;
    int capital; /* index into places of its first capital, or -1 */
} lx_country;

typedef struct lx_place {
    char *name;
    char *slug;  /* lower-case words joined by '-', for node ids */
    int country; /* index into countries */
    int is_city;
} lx_place;

/* What an organisation is: a body that acts of its own (intl), an armed or
 * political group, a forum or format of states (body), or a regional bloc of
 * member states (bloc). A forum or bloc is a meeting's party only when nobody
 * names which of its members took part (see src/extract/meeting.c). */
enum { LX_ORG_INTL, LX_ORG_GROUP, LX_ORG_BODY, LX_ORG_BLOC };

/* Room for the member states of a forum or bloc, one bit per country index. */
#define LX_MEMBER_WORDS 4

typedef struct lx_org {
    char *name;
    char *slug;
    int type;  /* LX_ORG_* */
    int rules; /* country index it may be presented as ruling, or -1 */
    int has_members;                    /* members below are known */
    int by_name; /* a format whose name tells who meets ("the P5+1"): always its members */
    uint64_t members[LX_MEMBER_WORDS];  /* bit i: country index i is a member */
} lx_org;

/* Is organisation o a forum or a bloc (a gathering of states, not a body
 * that acts on its own)? */
static inline int lx_org_forum(const lx_org *o)
{
    return o->type == LX_ORG_BODY || o->type == LX_ORG_BLOC;
}

/* Is country index ci a known member of organisation o? */
static inline int lx_org_member(const lx_org *o, int ci)
{
    return ci >= 0 && ci < 64 * LX_MEMBER_WORDS && ((o->members[ci / 64] >> (ci % 64)) & 1);
}

typedef struct lx_title {
    char *canonical;
    int cls;
    int state; /* the state a bare title stands for ("Secretary of State": the US), or -1 */
} lx_title;

typedef struct lx_official {
    char *name;
    int country; /* or -1 */
    int org;     /* or -1 */
    char *title;
} lx_official;

/* A trie edge: (parent node, token id) -> child node. */
typedef struct lx_edge {
    uint64_t key;  /* parent << 32 | (token id + 1); 0: empty slot */
    int32_t child;
} lx_edge;

/* Tokens are compared by their first LX_TOKEN_MAX bytes. */
#define LX_TOKEN_MAX 296

/* A slot of the token table (util/vocab.h): a token's first eight bytes,
 * its length and id; id -1 when empty. */
typedef pl_vocab_slot lx_vslot;

/* What interning and the scan read of one token id, in one record (one
 * cache line a token instead of one per array): built by
 * pl_lexicon_compact from the arrays below. */
typedef struct lx_token {
    uint64_t vmask;    /* the word classes of its one-token phrase, and its
                          token classes */
    int32_t root;      /* the trie node of its one-token phrase, or -1 */
    int32_t root_head; /* that node's first entry, or -1 */
    uint16_t flags;    /* LXT_* */
    uint8_t root_fits; /* that node's kinds of entries (lx_node.fits) */
    uint8_t pad;
    int32_t root_id;   /* the id of root_head's entry, or -1 (what a scan
                          takes of a plain one-token phrase, LXT_PLAIN) */
} lx_token;

/* The bits of lx_token.vmask that are its one-token phrase's word classes
 * (the trie node's wmask): the others are token classes, which make no
 * phrase (the loader never lets the two share a bit; pl_lexicon_compact
 * asserts it). */
#define LX_PHRASE_CLASSES ((UINT64_C(1) << W_FIRST_TOKEN_CLASS) - 1)

enum {
    LXT_CONT = 1,  /* some phrase has it past its first token */
    LXT_PLAIN = 2, /* its one-token phrase is plain (lexicon.plain) */
    LXT_KIDS = 4   /* a longer phrase goes on from its one-token phrase */
};

/* What a walk reads of a trie node below the root, in one record: its
 * entries' kinds (LXF_*: whether an entry fits a text is decided without
 * reading the entries) and, when it has just one child, that edge. */
typedef struct lx_node {
    int32_t head;    /* first entry, or -1 */
    int32_t kid_id;  /* with one child: the token id of its edge */
    int32_t kid;     /* with one child: the child; else -1 */
    uint16_t nkids;  /* children (more than one: look in the edge table) */
    uint8_t fits;    /* LXF_*, OR-ed over its entries */
    uint8_t pad;
} lx_node;

/* Kinds of entries, by what lexicon_entry_fits asks of the text. */
enum {
    LXF_ANY = 1,     /* a title, or a word-class entry without WF_CAP: fits any text */
    LXF_CAPWORD = 2, /* a word-class entry with WF_CAP: first token capitalised */
    LXF_NAME = 4,    /* any other: first token capitalised or of a caseless script */
    LXF_CAPS = 8     /* the same, and every token in capitals (lx_entry.caps) */
};

typedef struct lexicon {
    /* Every token of every phrase, by id: its bytes at vpool + voff[id]
     * (vlen[id] of them), found through vslots (open addressing). */
    lx_vslot *vslots;
    size_t vslots_cap;  /* a power of two */
    char *vpool;
    size_t vpool_len, vpool_cap;
    uint32_t *voff, *vlen;
    int32_t *root_child; /* per token id: the trie node of the one-token phrase, or -1 */
    uint64_t *tmask;     /* per token id: its token classes (W_FIRST_TOKEN_CLASS on) */
    int16_t *tvalue;     /* per token id: the value a token class gives it, or 0 */
    char **orgtitles;    /* the orgtitle class: phrases of organisations' titles */
    size_t norgtitles, orgtitles_cap;
    size_t nvocab, vocab_cap;
    lx_edge *edges;     /* open addressing, a power of two of slots */
    size_t nedges, edges_cap;
    int32_t *heads;     /* per trie node: first entry or -1 */
    uint64_t *wmask;    /* per trie node: bit w set when the phrase is in word class w */
    uint8_t *kids;      /* per trie node: 1 when a longer phrase goes on from it */
    uint8_t *plain;     /* per trie node: 1 when all its entries are word-class
                           entries any text fits (no capitals rule) */
    lx_token *tokens;   /* per token id: what interning and the scan read
                           (pl_lexicon_compact); tokens[-1] stands for a
                           token no phrase has: root -1, nothing set */
    lx_node *nodes;     /* per trie node: what a walk reads (pl_lexicon_compact) */
    pl_vocab vocab;     /* the token table as lookups read it (vslots,
                           vpool, voff; set by pl_lexicon_compact) */
    int32_t byte_id[256]; /* the id of each one-byte token, or -1 */
    size_t nnodes, nodes_cap;
    lx_entry *entries;
    size_t nentries, entries_cap;
    lx_country *countries; size_t ncountries, countries_cap;
    lx_place *places; size_t nplaces, places_cap;
    lx_org *orgs; size_t norgs, orgs_cap;
    lx_title *titles; size_t ntitles, titles_cap;
    lx_official *officials; size_t nofficials, officials_cap;
    pl_map iso3;        /* iso3 -> country index + 1 */
} lexicon;

/* Builds the lexicon from the embedded data files, then the caller's extra
 * files in order. On error (with file and line) the lexicon is freed. */
int pl_lexicon_load(lexicon *lx, const char *const *extra, size_t nextra, parley_error *err);
void pl_lexicon_free(lexicon *lx);

/* Gives each token of t its token id (tok[].lex, -1 when no phrase has
 * it), so the trie is walked by integers, one hash per token; with wmask,
 * also each token's word classes as a one-token phrase (wmask[k]). */
void pl_lexicon_intern(const lexicon *lx, ptext *t, uint64_t *wmask);

/* The longest phrase starting at token i (not past token `end`) with at
 * least one entry whose case rules the text satisfies. Returns the number
 * of tokens (0: none) and its first entry in *head. */
size_t pl_lexicon_match(const lexicon *lx, const ptext *t, size_t i, size_t end, int32_t *head);
/* The same, also giving the trie node of the phrase matched (*node; -1
 * when none), whose word classes are wmask[node]. */
size_t pl_lexicon_match_node(const lexicon *lx, const ptext *t, size_t i, size_t end, int32_t *head,
                             int32_t *node);
/* Can token id (tok[].lex) begin a phrase? Two in five tokens of real news
 * cannot, and a scan skips them without a walk. */
static inline int pl_lexicon_may_start(const lexicon *lx, int32_t id)
{
    return id >= 0 && lx->tokens[id].root >= 0;
}

/* Where an edge's key (parent << 32 | token id + 1) starts its probe in
 * the edge table. */
static inline size_t lx_edge_hash(uint64_t key)
{
    uint64_t h = key * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h ^ (h >> 29) ^ (h >> 47));
}

/* The child of trie node `node` (not the root) along token id (>= 0), or
 * -1; for a compacted lexicon: an only child is in the node's record. */
static inline int32_t pl_lexicon_child(const lexicon *lx, int32_t node, int32_t id)
{
    const lx_node *p = &lx->nodes[node];
    if (p->nkids <= 1)
        return p->kid_id == id ? p->kid : -1;
    uint64_t key = (uint64_t)(uint32_t)node << 32 | (uint32_t)(id + 1);
    size_t mask = lx->edges_cap - 1;
    for (size_t i = lx_edge_hash(key) & mask;; i = (i + 1) & mask) {
        if (lx->edges[i].key == key)
            return lx->edges[i].child;
        if (!lx->edges[i].key)
            return -1;
    }
}

/* The kinds of entries (LXF_*) that fit a phrase starting with token k,
 * as far as k alone tells (lexicon_entry_fits): LXF_CAPS as for a phrase
 * of k alone; a longer one clears it at a token not in capitals. */
static inline unsigned lx_fit_first(const text_token *k)
{
    int sh = k->shape;
    if (sh == TOK_UPPER || (sh == TOK_CAP && k->normlen == 1))
        return LXF_ANY | LXF_CAPWORD | LXF_NAME | LXF_CAPS;
    if (sh == TOK_CAP)
        return LXF_ANY | LXF_CAPWORD | LXF_NAME;
    return sh == TOK_OTHER ? LXF_ANY | LXF_NAME : LXF_ANY;
}

/* pl_lexicon_match_node for interned tokens (ptext.interned), the scan's
 * call for every token, given token i's record r (lx->tokens[lex], which
 * the scan reads anyway): inline for the commonest answers, no phrase at
 * all and a one-word phrase no longer phrase goes on from with the next
 * token ("said", "talks", "Russia"; "the" before a word no phrase has past
 * its first, or none after "the"). */
static inline size_t pl_lexicon_scan_match(const lexicon *lx, const ptext *t, size_t i,
                                           size_t end, const lx_token *r, int32_t *head,
                                           int32_t *node)
{
    if (r->root < 0)
        return 0;
    /* No longer phrase from here, or none that the next token goes on
     * ("the minister"): the one-token phrase, when an entry of it fits. */
    int one = !(r->flags & LXT_KIDS) || i + 1 >= end;
    if (!one) {
        int32_t next = t->tok[i + 1].lex;
        one = !(lx->tokens[next].flags & LXT_CONT) || pl_lexicon_child(lx, r->root, next) < 0;
    }
    if (one) {
        if (!(r->flags & LXT_PLAIN) && !(r->root_fits & lx_fit_first(&t->tok[i]))) {
            *node = -1;
            return 0;
        }
        *head = r->root_head;
        *node = r->root;
        return 1;
    }
    return pl_lexicon_match_node(lx, t, i, end, head, node);
}

/* Does entry e accept the text's tokens [i, i+n)? (Inline: every match
 * asks it of each entry it reaches.) */
static inline int lexicon_entry_fits(const lexicon *lx, const lx_entry *e, const ptext *t, size_t i,
                                     size_t n)
{
    (void)lx;
    int sh = t->tok[i].shape;
    if (e->cls == LX_TITLE)
        return 1;
    if (e->cls == LX_WORD)
        return !(e->flags & WF_CAP) || sh == TOK_CAP || sh == TOK_UPPER;
    if (e->caps == LX_ANY_CASE)
        return 1;
    if (sh != TOK_CAP && sh != TOK_UPPER && sh != TOK_OTHER)
        return 0;
    if (e->caps)
        for (size_t k = i; k < i + n; k++)
            if (t->tok[k].shape != TOK_UPPER && t->tok[k].shape != TOK_PUNCT &&
                !(t->tok[k].shape == TOK_CAP && t->tok[k].normlen == 1))
                return 0;
    return 1;
}

/* Country index for an ISO3 code, or -1. */
int pl_lexicon_country(const lexicon *lx, const char *iso3);
/* Word classes (bit w for class w) of the one-token phrase norm[0..n). */
uint64_t pl_lexicon_token_mask(const lexicon *lx, const char *norm, size_t n);
/* Entries of the one-token phrase norm[0..n), or -1. */
int32_t pl_lexicon_lookup_token(const lexicon *lx, const char *norm, size_t n);
/* The id of the token norm[0..n) (its first LX_TOKEN_MAX bytes), or -1.
 * Pure: a caller's questions about one word hash it once. */
#if defined(__GNUC__)
__attribute__((pure))
#endif
int32_t pl_lexicon_token_id(const lexicon *lx, const char *norm, size_t n);
/* The classes of this normalised word (bit wc for word class or token
 * class wc), and whether it is in class wc. A word class's bit is set in
 * the one-token phrase's mask (lx_token.vmask) exactly when the phrase has
 * an entry of that class, a token class's in the token's own. For a loaded
 * lexicon (the records are built when loading ends). */
static inline uint64_t pl_lexicon_word_mask(const lexicon *lx, const char *norm)
{
    return lx->tokens[pl_lexicon_token_id(lx, norm, strlen(norm))].vmask;
}
static inline int pl_lexicon_word_is(const lexicon *lx, const char *norm, int wc)
{
    return (int)((pl_lexicon_word_mask(lx, norm) >> wc) & 1);
}
/* The value a token class gives token id (tok[].lex; its days for the
 * duration class), or 0. */
int pl_lexicon_token_value(const lexicon *lx, int32_t id);
/* Does an official's canonical title hold a phrase of the orgtitle class
 * ("UN Secretary-General")? */
int pl_lexicon_org_title(const lexicon *lx, const char *title);

#endif
