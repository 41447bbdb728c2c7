/* lexicon.c: reading the gazetteer files (the embedded data/ TSV files, then the
 * user's --gazetteer files) into tables and one token trie. Each distinct
 * token gets an integer id; the root's edges are an array by token id, the
 * others live in one open-addressing table keyed by (parent node, token id):
 * a text's tokens are hashed once (pl_lexicon_intern), then each step of a
 * walk is an array load or one integer probe. */
#include "lexicon/lexicon.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct pl_builtin_file {
    const char *name;
    const char *data;
    size_t len;
};
extern const struct pl_builtin_file pl_builtin_files[];

#define MAX_FIELDS 8
#define MAX_PHRASE_TOKENS 12 /* longer phrases are names of documents, not entries */

typedef struct loader {
    lexicon *lx;
    const char *file;
    size_t line;
    pl_buf norm;
    parley_error *err;
} loader;


static int32_t new_node(lexicon *lx)
{
    size_t cap = lx->nodes_cap;
    if (pl_grow((void **)&lx->heads, &lx->nodes_cap, lx->nnodes + 1, sizeof *lx->heads))
        return -1;
    if (lx->nodes_cap != cap) {
        uint64_t *m = realloc(lx->wmask, lx->nodes_cap * sizeof *m);
        if (m)
            lx->wmask = m;
        uint8_t *k = realloc(lx->kids, lx->nodes_cap);
        if (k)
            lx->kids = k;
        if (!m || !k)
            return -1;
    }
    lx->heads[lx->nnodes] = -1;
    lx->wmask[lx->nnodes] = 0;
    lx->kids[lx->nnodes] = 0;
    return (int32_t)lx->nnodes++;
}

/* A token's first eight bytes, zero-padded, first byte lowest. */
static inline uint64_t tok_head(const char *tok, size_t n)
{
    uint64_t w = 0;
    for (size_t i = 0; i < n && i < 8; i++)
        w |= (uint64_t)(unsigned char)tok[i] << (8 * i);
    return w;
}

/* The same, when eight bytes from tok may be read (the bytes past the
 * token are masked off). */
static inline uint64_t tok_head8(const char *tok, size_t n)
{
    uint64_t w;
    memcpy(&w, tok, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return n >= 8 ? w : w & ((1ULL << (8 * n)) - 1);
}

static inline uint64_t tok_hash(uint64_t head, const char *tok, size_t n)
{
    uint64_t h = (head ^ ((uint64_t)n << 56)) * 0x9E3779B97F4A7C15ULL;
    if (n > 8)
        h ^= pl_hash(tok + 8, n - 8);
    return h ^ (h >> 31);
}

/* The slot of a token: its own, or the empty one where it would go. */
static inline size_t vocab_slot(const lexicon *lx, const char *tok, size_t n, uint64_t head)
{
    size_t mask = lx->vslots_cap - 1;
    for (size_t i = (size_t)tok_hash(head, tok, n) & mask;; i = (i + 1) & mask) {
        const lx_vslot *v = &lx->vslots[i];
        if (v->id < 0)
            return i;
        if (v->head == head && v->len == n &&
            (n <= 8 || memcmp(lx->vpool + lx->voff[v->id] + 8, tok + 8, n - 8) == 0))
            return i;
    }
}

/* The id of a token (its first LX_TOKEN_MAX bytes), or -1. */
static int32_t vocab_id(const lexicon *lx, const char *tok, size_t n)
{
    if (n > LX_TOKEN_MAX)
        n = LX_TOKEN_MAX;
    if (!lx->vslots_cap)
        return -1;
    return lx->vslots[vocab_slot(lx, tok, n, tok_head(tok, n))].id;
}

/* Doubles the token table (at most half full, so misses stop early). */
static int vocab_rehash(lexicon *lx)
{
    size_t cap = lx->vslots_cap ? lx->vslots_cap * 2 : 1024;
    lx_vslot *slots = malloc(cap * sizeof *slots);
    if (!slots)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        slots[i].id = -1;
    free(lx->vslots);
    lx->vslots = slots;
    lx->vslots_cap = cap;
    for (size_t id = 0; id < lx->nvocab; id++) {
        const char *tok = lx->vpool + lx->voff[id];
        uint64_t head = tok_head(tok, lx->vlen[id]);
        size_t i = vocab_slot(lx, tok, lx->vlen[id], head);
        slots[i].head = head;
        slots[i].len = lx->vlen[id];
        slots[i].id = (int32_t)id;
    }
    return 0;
}

/* The id of a token, given a new one when it has none; -1: out of memory. */
static int32_t vocab_add(lexicon *lx, const char *tok, size_t n)
{
    int32_t id = vocab_id(lx, tok, n);
    if (id >= 0)
        return id;
    if (n > LX_TOKEN_MAX)
        n = LX_TOKEN_MAX;
    if ((lx->nvocab + 1) * 2 > lx->vslots_cap && vocab_rehash(lx))
        return -1;
    if (lx->nvocab == lx->vocab_cap) {
        size_t cap = lx->vocab_cap;
        if (pl_grow((void **)&lx->voff, &cap, lx->nvocab + 1, sizeof *lx->voff))
            return -1;
        cap = lx->vocab_cap;
        if (pl_grow((void **)&lx->vlen, &cap, lx->nvocab + 1, sizeof *lx->vlen))
            return -1;
        cap = lx->vocab_cap;
        if (pl_grow((void **)&lx->root_child, &cap, lx->nvocab + 1, sizeof *lx->root_child))
            return -1;
        cap = lx->vocab_cap;
        if (pl_grow((void **)&lx->tmask, &cap, lx->nvocab + 1, sizeof *lx->tmask))
            return -1;
        cap = lx->vocab_cap;
        if (pl_grow((void **)&lx->tvalue, &cap, lx->nvocab + 1, sizeof *lx->tvalue))
            return -1;
        lx->vocab_cap = cap;
    }
    if (pl_grow((void **)&lx->vpool, &lx->vpool_cap, lx->vpool_len + n, 1))
        return -1;
    id = (int32_t)lx->nvocab++;
    memcpy(lx->vpool + lx->vpool_len, tok, n);
    lx->voff[id] = (uint32_t)lx->vpool_len;
    lx->vlen[id] = (uint32_t)n;
    lx->vpool_len += n;
    lx->root_child[id] = -1;
    lx->tmask[id] = 0;
    lx->tvalue[id] = 0;
    uint64_t head = tok_head(tok, n);
    size_t i = vocab_slot(lx, tok, n, head);
    lx->vslots[i].head = head;
    lx->vslots[i].len = (uint32_t)n;
    lx->vslots[i].id = id;
    return id;
}

static uint64_t edge_key(int32_t parent, int32_t id)
{
    return (uint64_t)(uint32_t)parent << 32 | (uint32_t)(id + 1);
}

/* The slot of key: its own, or the empty one where it would go. */
static size_t edge_slot(const lexicon *lx, uint64_t key)
{
    size_t mask = lx->edges_cap - 1;
    uint64_t h = key * 0x9E3779B97F4A7C15ULL;
    size_t i = (size_t)(h ^ (h >> 29) ^ (h >> 47)) & mask;
    while (lx->edges[i].key && lx->edges[i].key != key)
        i = (i + 1) & mask;
    return i;
}

/* The child of parent along token id, or -1. */
static inline int32_t edge_get(const lexicon *lx, int32_t parent, int32_t id)
{
    if (id < 0)
        return -1;
    if (parent == 0)
        return lx->root_child[id]; /* every walk's first step: no hashing */
    if (!lx->edges_cap)
        return -1;
    const lx_edge *e = &lx->edges[edge_slot(lx, edge_key(parent, id))];
    return e->key ? e->child : -1;
}

static int edge_put(lexicon *lx, int32_t parent, int32_t id, int32_t child)
{
    lx->kids[parent] = 1;
    if (parent == 0) { /* the root's edges are an array by token id */
        lx->root_child[id] = child;
        return 0;
    }
    if ((lx->nedges + 1) * 2 > lx->edges_cap) {
        size_t cap = lx->edges_cap ? lx->edges_cap * 2 : 1024;
        lx_edge *old = lx->edges;
        size_t ocap = lx->edges_cap;
        lx->edges = calloc(cap, sizeof *lx->edges);
        if (!lx->edges) {
            lx->edges = old;
            return PARLEY_ENOMEM;
        }
        lx->edges_cap = cap;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].key)
                lx->edges[edge_slot(lx, old[i].key)] = old[i];
        free(old);
    }
    lx_edge *e = &lx->edges[edge_slot(lx, edge_key(parent, id))];
    e->key = edge_key(parent, id);
    e->child = child;
    lx->nedges++;
    return 0;
}

/* A word of a token class (ld->norm holds it, normalised): one token,
 * noted in the token's class mask and value, no phrase of the trie. */
static int add_token_word(loader *ld, const char *phrase, size_t plen, lx_entry e)
{
    lexicon *lx = ld->lx;
    const char *w = ld->norm.data;
    if (strchr(w, ' '))
        return pl_fail(ld->err, PARLEY_EINPUT, -1, "%s:%zu: '%.*s': this word class takes one word",
                       ld->file, ld->line, (int)plen, phrase);
    int32_t id = vocab_add(lx, w, strlen(w));
    if (id < 0)
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
    if (e.value && lx->tvalue[id] && lx->tvalue[id] != e.value)
        return pl_fail(ld->err, PARLEY_EINPUT, -1, "%s:%zu: '%.*s' already has another value",
                       ld->file, ld->line, (int)plen, phrase);
    lx->tmask[id] |= UINT64_C(1) << e.word;
    if (e.value)
        lx->tvalue[id] = e.value;
    return 0;
}

static int add_phrase(loader *ld, const char *phrase, size_t plen, lx_entry e)
{
    lexicon *lx = ld->lx;
    int caps = 0;
    int n = pl_text_normalize_phrase(phrase, plen, &ld->norm, &caps);
    if (n < 0)
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
    if (n == 0)
        return 0;
    if (n > MAX_PHRASE_TOKENS)
        return pl_fail(ld->err, PARLEY_EINPUT, -1, "%s:%zu: phrase '%.*s' has more than %d words",
                           ld->file, ld->line, (int)plen, phrase, MAX_PHRASE_TOKENS);
    if (e.cls != LX_WORD && e.cls != LX_TITLE)
        e.caps = (uint8_t)caps;
    if (e.cls == LX_WORD && e.word >= W_FIRST_TOKEN_CLASS)
        return add_token_word(ld, phrase, plen, e);
    int32_t node = 0;
    const char *s = ld->norm.data;
    while (*s) {
        const char *sp = strchr(s, ' ');
        size_t tl = sp ? (size_t)(sp - s) : strlen(s);
        int32_t id = vocab_add(lx, s, tl);
        if (id < 0)
            return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
        int32_t child = edge_get(lx, node, id);
        if (child < 0) {
            child = new_node(lx);
            if (child < 0 || edge_put(lx, node, id, child))
                return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
        }
        node = child;
        s = sp ? sp + 1 : s + tl;
    }
    /* Drop an exact duplicate (same class, id and word class). */
    for (int32_t k = lx->heads[node]; k >= 0; k = lx->entries[k].next)
        if (lx->entries[k].cls == e.cls && lx->entries[k].id == e.id && lx->entries[k].word == e.word)
            return 0;
    if (pl_grow((void **)&lx->entries, &lx->entries_cap, lx->nentries + 1, sizeof *lx->entries))
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
    e.next = lx->heads[node];
    if (e.cls == LX_WORD)
        lx->wmask[node] |= UINT64_C(1) << e.word;
    lx->entries[lx->nentries] = e;
    lx->heads[node] = (int32_t)lx->nentries++;
    return 0;
}

/* Adds each '|'-separated phrase of a field. */
static int add_list(loader *ld, const char *field, lx_entry e)
{
    while (field && *field) {
        const char *bar = strchr(field, '|');
        size_t n = bar ? (size_t)(bar - field) : strlen(field);
        while (n && (*field == ' ')) { field++; n--; }
        while (n && field[n - 1] == ' ')
            n--;
        if (n && !(n == 1 && *field == '-')) {
            int rc = add_phrase(ld, field, n, e);
            if (rc)
                return rc;
        }
        field = bar ? bar + 1 : NULL;
    }
    return 0;
}

static int bad(loader *ld, const char *what)
{
    return pl_fail(ld->err, PARLEY_EINPUT, -1, "%s:%zu: %s", ld->file, ld->line, what);
}

static lx_entry entry(int cls, int id)
{
    lx_entry e = {(uint8_t)cls, 0, 0, 0, 0, id, -1};
    return e;
}

static int empty(const char *f)
{
    return !f || !*f || (f[0] == '-' && !f[1]);
}

static int find_country(loader *ld, const char *iso3)
{
    int c = pl_lexicon_country(ld->lx, iso3);
    if (c < 0)
        bad(ld, "unknown ISO 3166-1 alpha-3 code");
    return c;
}

static char *place_slug(const char *name)
{
    char slug[160];
    pl_text_slug(name, slug, sizeof slug, 1);
    return pl_strdup(slug);
}

/* iso3  name  aliases  adjectives  capitals */
static int load_country(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 2 || strlen(f[0]) != 3)
        return bad(ld, "expected: iso3 TAB name TAB aliases TAB adjectives TAB capitals");
    int c = pl_lexicon_country(lx, f[0]);
    if (c < 0) {
        if (pl_grow((void **)&lx->countries, &lx->countries_cap, lx->ncountries + 1, sizeof *lx->countries))
            return bad(ld, "out of memory");
        c = (int)lx->ncountries++;
        lx_country *k = &lx->countries[c];
        memcpy(k->iso3, f[0], 4);
        k->name = NULL;
        k->capital = -1;
        if (pl_map_put(&lx->iso3, f[0], 3, (void *)(intptr_t)(c + 1)))
            return bad(ld, "out of memory");
    }
    lx_country *k = &lx->countries[c];
    free(k->name);
    k->name = pl_strdup(f[1]);
    int rc = add_list(ld, f[1], entry(LX_COUNTRY, c));
    if (!rc && nf > 2) rc = add_list(ld, f[2], entry(LX_COUNTRY, c));
    if (!rc && nf > 3) rc = add_list(ld, f[3], entry(LX_DEMONYM, c));
    if (!rc && nf > 4 && !empty(f[4])) {
        /* Each capital is a city of the state that may stand for it. */
        char *s = f[4];
        while (s && *s) {
            char *bar = strchr(s, '|');
            if (bar) *bar = '\0';
            if (pl_grow((void **)&lx->places, &lx->places_cap, lx->nplaces + 1, sizeof *lx->places))
                return bad(ld, "out of memory");
            int p = (int)lx->nplaces++;
            lx->places[p].name = pl_strdup(s);
            lx->places[p].slug = place_slug(s);
            lx->places[p].country = c;
            lx->places[p].is_city = 1;
            if (lx->countries[c].capital < 0)
                lx->countries[c].capital = p;
            rc = add_list(ld, s, entry(LX_CAPITAL, p));
            if (rc)
                return rc;
            s = bar ? bar + 1 : NULL;
        }
    }
    return rc;
}

/* name  iso3  city|region  aliases */
static int load_place(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 3 || (strcmp(f[2], "city") && strcmp(f[2], "region") && strcmp(f[2], "seat")))
        return bad(ld, "expected: name TAB iso3 TAB city|region|seat TAB aliases");
    int c = find_country(ld, f[1]);
    if (c < 0)
        return PARLEY_EINPUT;
    if (!strcmp(f[2], "seat")) {
        /* A seat of government stands for its state's capital ("the
         * Kremlin said", "talks at the White House"). */
        int cap = lx->countries[c].capital;
        if (cap < 0)
            return bad(ld, "a seat needs its state's capital in countries.tsv");
        int rc = add_list(ld, f[0], entry(LX_CAPITAL, cap));
        if (!rc && nf > 3)
            rc = add_list(ld, f[3], entry(LX_CAPITAL, cap));
        return rc;
    }
    if (pl_grow((void **)&lx->places, &lx->places_cap, lx->nplaces + 1, sizeof *lx->places))
        return bad(ld, "out of memory");
    int p = (int)lx->nplaces++;
    lx->places[p].name = pl_strdup(f[0]);
    lx->places[p].slug = place_slug(f[0]);
    lx->places[p].country = c;
    lx->places[p].is_city = f[2][0] == 'c';
    int cls = lx->places[p].is_city ? LX_CITY : LX_REGION;
    int rc = add_list(ld, f[0], entry(cls, p));
    if (!rc && nf > 3)
        rc = add_list(ld, f[3], entry(cls, p));
    return rc;
}


/* name  aliases  intl|group|body|bloc  rules  members */
static int load_org(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 3)
        return bad(ld, "expected: name TAB aliases TAB intl|group|body|bloc TAB rules");
    int type = !strcmp(f[2], "intl") ? LX_ORG_INTL : !strcmp(f[2], "group") ? LX_ORG_GROUP
             : !strcmp(f[2], "body") ? LX_ORG_BODY : !strcmp(f[2], "bloc") ? LX_ORG_BLOC : -1;
    if (type < 0)
        return bad(ld, "organization type must be intl, group, body or bloc");
    int rules = -1;
    if (nf > 3 && !empty(f[3]) && (rules = find_country(ld, f[3])) < 0)
        return PARLEY_EINPUT;
    if (pl_grow((void **)&lx->orgs, &lx->orgs_cap, lx->norgs + 1, sizeof *lx->orgs))
        return bad(ld, "out of memory");
    int o = (int)lx->norgs++;
    char slug[128];
    pl_text_slug(f[0], slug, sizeof slug, 0);
    lx->orgs[o].name = pl_strdup(f[0]);
    lx->orgs[o].slug = pl_strdup(slug);
    lx->orgs[o].type = type;
    lx->orgs[o].rules = rules;
    lx->orgs[o].has_members = 0;
    memset(lx->orgs[o].members, 0, sizeof lx->orgs[o].members);
    /* The member states, '|'-separated ISO3 codes. */
    for (const char *m = nf > 4 && !empty(f[4]) ? f[4] : NULL; m && *m;) {
        char iso[4];
        size_t n = strcspn(m, "|");
        if (n != 3)
            return bad(ld, "members must be ISO3 codes separated by '|'");
        memcpy(iso, m, 3);
        iso[3] = '\0';
        int ci = find_country(ld, iso);
        if (ci < 0)
            return PARLEY_EINPUT;
        if (ci >= 64 * LX_MEMBER_WORDS)
            return bad(ld, "too many countries for member lists");
        lx->orgs[o].members[ci / 64] |= (uint64_t)1 << (ci % 64);
        lx->orgs[o].has_members = 1;
        m += n;
        if (*m == '|')
            m++;
    }
    int rc = add_list(ld, f[0], entry(LX_ORG, o));
    if (!rc && nf > 1)
        rc = add_list(ld, f[1], entry(LX_ORG, o));
    return rc;
}

static const char *const title_classes[] = {
    "head_of_state", "head_of_government", "minister", "deputy", "envoy", "diplomat",
    "spokesperson", "official", "military", "legislator", "royal", "leader", NULL};

/* phrase  canonical  class */
static int load_title(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 3)
        return bad(ld, "expected: phrase TAB canonical TAB class");
    int cls = -1;
    for (int i = 0; title_classes[i]; i++)
        if (!strcmp(f[2], title_classes[i]))
            cls = i;
    if (cls < 0)
        return bad(ld, "unknown title class");
    if (pl_grow((void **)&lx->titles, &lx->titles_cap, lx->ntitles + 1, sizeof *lx->titles))
        return bad(ld, "out of memory");
    int t = (int)lx->ntitles++;
    lx->titles[t].canonical = pl_strdup(f[1]);
    lx->titles[t].cls = cls;
    return add_list(ld, f[0], entry(LX_TITLE, t));
}

static int find_org(const lexicon *lx, const char *name)
{
    for (size_t i = 0; i < lx->norgs; i++)
        if (!strcmp(lx->orgs[i].name, name))
            return (int)i;
    return -1;
}

/* name  affiliation (ISO3 or organisation name)  title  aliases */
static int load_official(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 2)
        return bad(ld, "expected: name TAB affiliation TAB title TAB aliases");
    int c = -1, o = -1;
    if (!empty(f[1])) {
        c = strlen(f[1]) == 3 ? pl_lexicon_country(lx, f[1]) : -1;
        if (c < 0 && (o = find_org(lx, f[1])) < 0)
            return bad(ld, "affiliation is neither a known ISO3 code nor a known organization");
    }
    if (pl_grow((void **)&lx->officials, &lx->officials_cap, lx->nofficials + 1, sizeof *lx->officials))
        return bad(ld, "out of memory");
    int k = (int)lx->nofficials++;
    lx->officials[k].name = pl_strdup(f[0]);
    lx->officials[k].country = c;
    lx->officials[k].org = o;
    lx->officials[k].title = nf > 2 && !empty(f[2]) ? pl_strdup(f[2]) : NULL;
    int rc = add_list(ld, f[0], entry(LX_OFFICIAL, k));
    if (!rc && nf > 3)
        rc = add_list(ld, f[3], entry(LX_OFFICIAL, k));
    return rc;
}

_Static_assert(W_COUNT <= 64, "word classes are bits of a uint64_t");

static const char *const word_classes[W_COUNT] = {
    NULL,         "trigger",    "participate", "host",        "planned",      "cancelled",
    "negation",   "absent",     "weekday",     "month",       "reldate",      "honorific",
    "role",       "abbrev",     "notname",     "locprep",     "topicprep",    "report",
    "pronoun",    "particle",   "definite",    "past",        "orgword",      "family",
    "rulecue",    "determiner", "rolemod",     "clausestop",  "trigprep",     "trigmod",
    "titlemod",   "remote",     "hostcountry", "hostseat",    "sidelines",    "membership",
    "settlement", "capital",    "separate",    "bilateral",   "counterparts", "counterpart",
    "ahead",      "runup",      "objpronoun",  "subjpronoun", "presentaux",   "phone",
    "delegation", "ordinal",    "nobody",      "clauseconj",  "relative",     "tookplace",
    "sameday",    "duration",   "regime",      "orgtitle"};

static const char *const kinds[] = {"talks", "meeting", "visit", "call", "summit", "conference", NULL};

static int add_org_title(loader *ld, const char *phrase)
{
    lexicon *lx = ld->lx;
    if (!phrase[0])
        return bad(ld, "empty title phrase");
    if (pl_grow((void **)&lx->orgtitles, &lx->orgtitles_cap, lx->norgtitles + 1,
                sizeof *lx->orgtitles))
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
    char *dup = pl_strdup(phrase);
    if (!dup)
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
    lx->orgtitles[lx->norgtitles++] = dup;
    return 0;
}

/* phrase  class  value  flags(cap,noun,verb,strict,host separated by ,) */
static int load_word(loader *ld, char **f, int nf)
{
    if (nf < 2)
        return bad(ld, "expected: phrase TAB class TAB value TAB flags");
    int wc = -1;
    for (int i = 1; i < W_COUNT; i++)
        if (!strcmp(f[1], word_classes[i]))
            wc = i;
    if (wc < 0)
        return bad(ld, "unknown word class");
    if (wc == W_ORGTITLE) /* title text, kept as written */
        return add_org_title(ld, f[0]);
    lx_entry e = entry(LX_WORD, 0);
    e.word = (uint16_t)wc;
    if (nf > 2 && !empty(f[2])) {
        if (wc == W_TRIGGER || wc == W_HOST) {
            int k = -1;
            for (int i = 0; kinds[i]; i++)
                if (!strcmp(f[2], kinds[i]))
                    k = i;
            if (k < 0)
                return bad(ld, "trigger value must be a meeting kind");
            e.value = (int16_t)k;
        } else {
            char *end;
            long v = strtol(f[2], &end, 10);
            if (*end || v < -30000 || v > 30000)
                return bad(ld, "word value must be a number");
            e.value = (int16_t)v;
        }
    }
    if (nf > 3 && !empty(f[3])) {
        char *s = f[3];
        while (*s) {
            size_t n = strcspn(s, ",");
            if (n == 3 && !strncmp(s, "cap", 3)) e.flags |= WF_CAP;
            else if (n == 4 && !strncmp(s, "noun", 4)) e.flags |= WF_NOUN;
            else if (n == 4 && !strncmp(s, "verb", 4)) e.flags |= WF_VERB;
            else if (n == 6 && !strncmp(s, "strict", 6)) e.flags |= WF_STRICT;
            else if (n == 4 && !strncmp(s, "host", 4)) e.flags |= WF_HOST;
            else return bad(ld, "unknown word flag (cap, noun, verb, strict, host)");
            s += n + (s[n] == ',');
        }
    }
    return add_list(ld, f[0], e);
}

typedef int (*line_fn)(loader *, char **, int);

static line_fn kind_loader(const char *kind)
{
    if (!strcmp(kind, "country")) return load_country;
    if (!strcmp(kind, "place")) return load_place;
    if (!strcmp(kind, "organization")) return load_org;
    if (!strcmp(kind, "title")) return load_title;
    if (!strcmp(kind, "official")) return load_official;
    if (!strcmp(kind, "word")) return load_word;
    return NULL;
}

/* Reads one file's text. `fn` NULL: each line starts with its kind. */
static int load_text(loader *ld, const char *text, size_t len, line_fn fn)
{
    char buf[4096];
    size_t pos = 0;
    ld->line = 0;
    while (pos < len) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
        ld->line++;
        if (n >= sizeof buf)
            return bad(ld, "line longer than 4095 bytes");
        memcpy(buf, text + pos, n);
        buf[n] = '\0';
        pos += n + 1;
        if (n && buf[n - 1] == '\r')
            buf[--n] = '\0';
        if (memchr(buf, '\0', n))
            return bad(ld, "NUL byte in line");
        char *p = buf;
        while (*p == ' ')
            p++;
        if (!*p || *p == '#')
            continue;
        char *f[MAX_FIELDS + 1];
        int nf = 0;
        char *s = p;
        while (s && nf < MAX_FIELDS) {
            f[nf++] = s;
            s = strchr(s, '\t');
            if (s)
                *s++ = '\0';
        }
        line_fn use = fn;
        if (!use) {
            use = kind_loader(f[0]);
            if (!use)
                return bad(ld, "first field must be country, place, organization, title, official or word");
            int rc = use(ld, f + 1, nf - 1);
            if (rc)
                return rc;
            continue;
        }
        int rc = use(ld, f, nf);
        if (rc)
            return rc;
    }
    return 0;
}

static const struct pl_builtin_file *builtin(const char *name)
{
    for (const struct pl_builtin_file *b = pl_builtin_files; b->name; b++)
        if (!strcmp(b->name, name))
            return b;
    return NULL;
}

/* Lays each phrase's entries out next to each other, in chain order, so a
 * walk along a chain (every match) reads consecutive memory; marks the
 * phrases whose entries are all plain word-class entries. */
static int compact_entries(lexicon *lx)
{
    if (!lx->nentries) {
        lx->plain = calloc(lx->nnodes ? lx->nnodes : 1, 1);
        lx->vmask = calloc(lx->nvocab ? lx->nvocab : 1, sizeof *lx->vmask);
        for (size_t id = 0; lx->vmask && id < lx->nvocab; id++)
            lx->vmask[id] = lx->tmask[id];
        return lx->plain && lx->vmask ? 0 : PARLEY_ENOMEM;
    }
    lx_entry *ne = malloc(lx->nentries * sizeof *ne);
    if (!ne)
        return PARLEY_ENOMEM;
    int32_t k = 0;
    for (size_t node = 0; node < lx->nnodes; node++) {
        int32_t e = lx->heads[node];
        if (e < 0)
            continue;
        lx->heads[node] = k;
        for (; e >= 0; e = lx->entries[e].next, k++) {
            ne[k] = lx->entries[e];
            ne[k].next = lx->entries[e].next >= 0 ? k + 1 : -1;
        }
    }
    free(lx->entries);
    lx->entries = ne;
    lx->entries_cap = lx->nentries;
    lx->plain = malloc(lx->nnodes ? lx->nnodes : 1);
    lx->vmask = malloc((lx->nvocab ? lx->nvocab : 1) * sizeof *lx->vmask);
    if (!lx->plain || !lx->vmask)
        return PARLEY_ENOMEM;
    for (size_t id = 0; id < lx->nvocab; id++)
        lx->vmask[id] =
            (lx->root_child[id] >= 0 ? lx->wmask[lx->root_child[id]] : 0) | lx->tmask[id];
    for (size_t node = 0; node < lx->nnodes; node++) {
        int plain = lx->heads[node] >= 0;
        for (int32_t e = lx->heads[node]; e >= 0; e = lx->entries[e].next)
            plain &= lx->entries[e].cls == LX_WORD && !(lx->entries[e].flags & WF_CAP);
        lx->plain[node] = (uint8_t)plain;
    }
    return 0;
}

/* Reads a gazetteer file whole into b. Gazetteers are lists of names: at
 * most GAZETTEER_LIMIT bytes, so that /dev/zero or a wrong file is refused
 * with its name rather than read until memory runs out. */
#define GAZETTEER_LIMIT ((size_t)64 << 20)

static int read_gazetteer(FILE *fp, const char *path, pl_buf *b, parley_error *err)
{
    struct stat st;
    if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode))
        return pl_fail(err, PARLEY_EIO, -1, "%s: %s", path, strerror(EISDIR));
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (n > GAZETTEER_LIMIT - b->len)
            return pl_fail(err, PARLEY_ELIMIT, -1,
                               "%s: larger than 64 MiB; not a gazetteer", path);
        if (pl_buf_append(b, chunk, n))
            return pl_fail(err, PARLEY_ENOMEM, -1, "%s: out of memory", path);
    }
    if (ferror(fp))
        return pl_fail(err, PARLEY_EIO, -1, "%s: %s", path, strerror(errno));
    return 0;
}

int pl_lexicon_load(lexicon *lx, const char *const *extra, size_t nextra, parley_error *err)
{
    static const struct { const char *file; const char *kind; } order[] = {
        {"countries.tsv", "country"}, {"places.tsv", "place"}, {"organizations.tsv", "organization"},
        {"titles.tsv", "title"}, {"officials.tsv", "official"}, {"words.tsv", "word"}};
    memset(lx, 0, sizeof *lx);
    loader ld = {lx, NULL, 0, PL_BUF_INIT, err};
    int rc = new_node(lx) < 0 ? pl_fail(err, PARLEY_ENOMEM, -1, "out of memory") : 0;
    for (size_t i = 0; !rc && i < sizeof order / sizeof order[0]; i++) {
        const struct pl_builtin_file *b = builtin(order[i].file);
        if (!b)
            continue;
        ld.file = order[i].file;
        rc = load_text(&ld, b->data, b->len, kind_loader(order[i].kind));
    }
    for (size_t i = 0; !rc && i < nextra; i++) {
        FILE *fp = fopen(extra[i], "rb");
        if (!fp) {
            rc = pl_fail(err, PARLEY_EIO, -1, "%s: %s", extra[i], strerror(errno));
            break;
        }
        pl_buf b = PL_BUF_INIT;
        rc = read_gazetteer(fp, extra[i], &b, err);
        fclose(fp);
        if (!rc) {
            /* A byte order mark (some editors write one) is not text. */
            size_t bom = b.len >= 3 && memcmp(b.data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
            ld.file = extra[i];
            rc = load_text(&ld, b.data ? b.data + bom : "", b.len - bom, NULL);
        }
        pl_buf_free(&b);
    }
    pl_buf_free(&ld.norm);
    if (!rc && compact_entries(lx))
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (rc)
        pl_lexicon_free(lx);
    return rc;
}

void pl_lexicon_free(lexicon *lx)
{
    if (!lx)
        return;
    free(lx->vslots);
    free(lx->vpool);
    free(lx->voff);
    free(lx->vlen);
    free(lx->root_child);
    free(lx->tmask);
    free(lx->tvalue);
    for (size_t i = 0; i < lx->norgtitles; i++)
        free(lx->orgtitles[i]);
    free(lx->orgtitles);
    free(lx->edges);
    pl_map_free(&lx->iso3);
    free(lx->heads);
    free(lx->wmask);
    free(lx->kids);
    free(lx->plain);
    free(lx->vmask);
    free(lx->entries);
    for (size_t i = 0; i < lx->ncountries; i++) free(lx->countries[i].name);
    for (size_t i = 0; i < lx->nplaces; i++) { free(lx->places[i].name); free(lx->places[i].slug); }
    for (size_t i = 0; i < lx->norgs; i++) { free(lx->orgs[i].name); free(lx->orgs[i].slug); }
    for (size_t i = 0; i < lx->ntitles; i++) free(lx->titles[i].canonical);
    for (size_t i = 0; i < lx->nofficials; i++) { free(lx->officials[i].name); free(lx->officials[i].title); }
    free(lx->countries);
    free(lx->places);
    free(lx->orgs);
    free(lx->titles);
    free(lx->officials);
    memset(lx, 0, sizeof *lx);
}

int pl_lexicon_country(const lexicon *lx, const char *iso3)
{
    void *v = pl_map_get(&lx->iso3, iso3, strlen(iso3));
    return v ? (int)((intptr_t)v - 1) : -1;
}


size_t pl_lexicon_match(const lexicon *lx, const ptext *t, size_t i, size_t end, int32_t *head)
{
    int32_t node;
    return pl_lexicon_match_node(lx, t, i, end, head, &node);
}

void pl_lexicon_intern(const lexicon *lx, ptext *t, uint64_t *wmask)
{
    for (size_t k = 0; k < t->ntok; k++) {
        text_token *tk = &t->tok[k];
        const char *w = t->norm + tk->norm;
        size_t n = tk->normlen;
        if (n <= LX_TOKEN_MAX && tk->norm + 8 <= t->norm_cap && lx->vslots_cap) {
            /* The common case: the head in one load (the buffer holds
             * eight bytes from here; those past the token are masked). */
            tk->lex = lx->vslots[vocab_slot(lx, w, n, tok_head8(w, n))].id;
        } else {
            tk->lex = vocab_id(lx, w, n);
        }
        if (wmask)
            wmask[k] = tk->lex >= 0 ? lx->vmask[tk->lex] : 0;
    }
    t->interned = 1;
}

size_t pl_lexicon_match_node(const lexicon *lx, const ptext *t, size_t i, size_t end, int32_t *head,
                          int32_t *matched)
{
    int32_t node = 0;
    size_t best = 0;
    *matched = -1;
    for (size_t j = i; j < end && j - i < MAX_PHRASE_TOKENS; j++) {
        const text_token *k = &t->tok[j];
        int32_t id = t->interned ? k->lex : vocab_id(lx, t->norm + k->norm, k->normlen);
        node = edge_get(lx, node, id);
        if (node < 0)
            break;
        for (int32_t e = lx->heads[node]; e >= 0; e = lx->entries[e].next) {
            if (lexicon_entry_fits(lx, &lx->entries[e], t, i, j - i + 1)) {
                best = j - i + 1;
                *head = lx->heads[node];
                *matched = node;
                break;
            }
        }
        if (!lx->kids[node])
            break; /* no longer phrase: spare the probe */
    }
    return best;
}

/* The trie node of a one-token phrase, or -1. */
static int32_t token_node(const lexicon *lx, const char *norm, size_t n)
{
    return edge_get(lx, 0, vocab_id(lx, norm, n));
}

uint64_t pl_lexicon_token_mask(const lexicon *lx, const char *norm, size_t n)
{
    int32_t node = token_node(lx, norm, n);
    return node >= 0 ? lx->wmask[node] : 0;
}

int pl_lexicon_word_is(const lexicon *lx, const char *norm, int wc)
{
    if (wc >= W_FIRST_TOKEN_CLASS) {
        int32_t id = vocab_id(lx, norm, strlen(norm));
        return id >= 0 && ((lx->tmask[id] >> wc) & 1);
    }
    int32_t node = token_node(lx, norm, strlen(norm));
    if (node < 0)
        return 0;
    for (int32_t e = lx->heads[node]; e >= 0; e = lx->entries[e].next)
        if (lx->entries[e].cls == LX_WORD && lx->entries[e].word == wc)
            return 1;
    return 0;
}

int32_t pl_lexicon_lookup_token(const lexicon *lx, const char *norm, size_t n)
{
    int32_t node = token_node(lx, norm, n);
    return node >= 0 ? lx->heads[node] : -1;
}

int pl_lexicon_org_title(const lexicon *lx, const char *title)
{
    for (size_t q = 0; q < lx->norgtitles; q++)
        if (strstr(title, lx->orgtitles[q]))
            return 1;
    return 0;
}

int pl_lexicon_token_value(const lexicon *lx, int32_t id) { return id >= 0 ? lx->tvalue[id] : 0; }
