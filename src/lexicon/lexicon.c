/* lexicon.c: the token trie the gazetteers are read into, and the lookups
 * on it (lexicon_load.c reads the files). Each distinct token gets an
 * integer id; the root's edges are an array by token id, the others live
 * in one open-addressing table keyed by (parent node, token id): a text's
 * tokens are hashed once (pl_lexicon_intern), then each step of a walk is
 * an array load or one integer probe. */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_internal.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

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

/* The slot of a token: its own, or the empty one where it would go. */
static inline size_t vocab_slot(const lexicon *lx, const char *tok, size_t n, uint64_t head)
{
    return pl_vocab_slot_of(lx->vslots, lx->vslots_cap - 1, lx->vpool, lx->voff, tok, n, head);
}

/* The id of a token (its first LX_TOKEN_MAX bytes), or -1. */
static int32_t vocab_id(const lexicon *lx, const char *tok, size_t n)
{
    if (n > LX_TOKEN_MAX)
        n = LX_TOKEN_MAX;
    if (!lx->vslots_cap)
        return -1;
    return lx->vslots[vocab_slot(lx, tok, n, pl_vocab_head(tok, n))].id;
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
        uint64_t head = pl_vocab_head(tok, lx->vlen[id]);
        size_t i = vocab_slot(lx, tok, lx->vlen[id], head);
        slots[i].head = head;
        slots[i].len = lx->vlen[id];
        slots[i].id = (int32_t)id;
    }
    return 0;
}

/* Makes room for one more token in each array indexed by token id. */
static int vocab_grow(lexicon *lx)
{
    struct { void **array; size_t size; } by_id[] = {
        {(void **)&lx->voff, sizeof *lx->voff},
        {(void **)&lx->vlen, sizeof *lx->vlen},
        {(void **)&lx->root_child, sizeof *lx->root_child},
        {(void **)&lx->tmask, sizeof *lx->tmask},
        {(void **)&lx->tvalue, sizeof *lx->tvalue},
    };
    size_t cap = lx->vocab_cap;
    for (size_t k = 0; k < sizeof by_id / sizeof by_id[0]; k++) {
        cap = lx->vocab_cap;
        if (pl_grow(by_id[k].array, &cap, lx->nvocab + 1, by_id[k].size))
            return PARLEY_ENOMEM;
    }
    lx->vocab_cap = cap;
    return 0;
}

/* The id of a token, given a new one when it has none; -1: out of memory. */
int32_t pl_lexicon_token_add(lexicon *lx, const char *tok, size_t n)
{
    int32_t id = vocab_id(lx, tok, n);
    if (id >= 0)
        return id;
    if (n > LX_TOKEN_MAX)
        n = LX_TOKEN_MAX;
    if ((lx->nvocab + 1) * 2 > lx->vslots_cap && vocab_rehash(lx))
        return -1;
    if (lx->nvocab == lx->vocab_cap && vocab_grow(lx))
        return -1;
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
    uint64_t head = pl_vocab_head(tok, n);
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
    size_t i = lx_edge_hash(key) & mask;
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


int pl_lexicon_init(lexicon *lx)
{
    memset(lx, 0, sizeof *lx);
    return new_node(lx) < 0 ? PARLEY_ENOMEM : 0;
}

int32_t pl_lexicon_phrase_node(lexicon *lx, const char *norm)
{
    int32_t node = 0;
    const char *s = norm;
    while (*s) {
        const char *sp = strchr(s, ' ');
        size_t tl = sp ? (size_t)(sp - s) : strlen(s);
        int32_t id = pl_lexicon_token_add(lx, s, tl);
        if (id < 0)
            return -1;
        int32_t child = edge_get(lx, node, id);
        if (child < 0) {
            child = new_node(lx);
            if (child < 0 || edge_put(lx, node, id, child))
                return -1;
        }
        node = child;
        s = sp ? sp + 1 : s + tl;
    }
    return node;
}

int pl_lexicon_node_add(lexicon *lx, int32_t node, lx_entry e)
{
    /* Drop an exact duplicate (same class, id and word class). Of "NATO"
     * and its alias "Nato" the looser stays: either spelling is found
     * ("six-party", any case, looser than "Six-Party"). */
    for (int32_t k = lx->heads[node]; k >= 0; k = lx->entries[k].next)
        if (lx->entries[k].cls == e.cls && lx->entries[k].id == e.id &&
            lx->entries[k].word == e.word) {
            uint8_t *caps = &lx->entries[k].caps;
            *caps = *caps == LX_ANY_CASE || e.caps == LX_ANY_CASE ? LX_ANY_CASE : *caps & e.caps;
            return 0;
        }
    if (pl_grow((void **)&lx->entries, &lx->entries_cap, lx->nentries + 1, sizeof *lx->entries))
        return PARLEY_ENOMEM;
    e.next = lx->heads[node];
    if (e.cls == LX_WORD)
        lx->wmask[node] |= UINT64_C(1) << e.word;
    lx->entries[lx->nentries] = e;
    lx->heads[node] = (int32_t)lx->nentries++;
    return 0;
}

/* What entry e asks of the text, as one LXF_* bit (lexicon_entry_fits). */
static uint8_t entry_fit_kind(const lx_entry *e)
{
    if (e->cls == LX_TITLE)
        return LXF_ANY;
    if (e->cls == LX_WORD)
        return e->flags & WF_CAP ? LXF_CAPWORD : LXF_ANY;
    return e->caps == LX_ANY_CASE ? LXF_ANY : e->caps ? LXF_CAPS : LXF_NAME;
}

/* Builds the records a scan and a walk read (lx_token per token id,
 * lx_node per trie node) from the arrays the loading filled. */
static int build_records(lexicon *lx)
{
    /* One record more, before the first: tokens[-1], all zero, stands for
     * a token no phrase has (tok[].lex -1), so a lookup needs no test. */
    lx_token *rec = calloc(lx->nvocab + 1, sizeof *rec);
    lx->nodes = malloc((lx->nnodes ? lx->nnodes : 1) * sizeof *lx->nodes);
    if (rec) {
        rec[0].root = rec[0].root_head = rec[0].root_id = -1;
        lx->tokens = rec + 1;
    }
    if (!rec || !lx->nodes)
        return PARLEY_ENOMEM;
    for (size_t node = 0; node < lx->nnodes; node++) {
        lx_node *nd = &lx->nodes[node];
        nd->head = lx->heads[node];
        nd->kid_id = nd->kid = -1;
        nd->nkids = 0;
        nd->fits = 0;
        nd->pad = 0;
        for (int32_t e = lx->heads[node]; e >= 0; e = lx->entries[e].next)
            nd->fits |= entry_fit_kind(&lx->entries[e]);
    }
    for (size_t id = 0; id < lx->nvocab; id++) {
        lx_token *r = &lx->tokens[id];
        int32_t root = lx->root_child[id];
        r->root = root;
        r->root_head = root >= 0 ? lx->heads[root] : -1;
        r->vmask = (root >= 0 ? lx->wmask[root] : 0) | lx->tmask[id];
        r->flags = (uint16_t)(root >= 0 ? (lx->plain[root] ? LXT_PLAIN : 0) |
                                              (lx->kids[root] ? LXT_KIDS : 0)
                                        : 0);
        r->root_fits = root >= 0 ? lx->nodes[root].fits : 0;
        r->pad = 0;
        r->root_id = r->root_head >= 0 ? lx->entries[r->root_head].id : -1;
        /* A phrase's word classes and a token's classes in separate bits
         * (the loader puts the token classes in tmask alone), so the scan
         * can take a phrase's from the record (LX_PHRASE_CLASSES). */
        assert(root < 0 || !(lx->wmask[root] & ~LX_PHRASE_CLASSES));
        assert(!(lx->tmask[id] & LX_PHRASE_CLASSES));
    }
    /* The edges below the root: a node's only child goes into its record,
     * and a token id any of them carries goes on a phrase (LXT_CONT). */
    for (size_t i = 0; i < lx->edges_cap; i++) {
        if (!lx->edges[i].key)
            continue;
        lx_node *nd = &lx->nodes[lx->edges[i].key >> 32];
        int32_t id = (int32_t)((uint32_t)lx->edges[i].key - 1);
        lx->tokens[id].flags |= LXT_CONT;
        if (nd->nkids < UINT16_MAX)
            nd->nkids++;
        nd->kid_id = nd->nkids == 1 ? id : -1;
        nd->kid = nd->nkids == 1 ? lx->edges[i].child : -1;
    }
    return 0;
}

/* Lays each phrase's entries out next to each other, in chain order, so a
 * walk along a chain (every match) reads consecutive memory; marks the
 * phrases whose entries are all plain word-class entries; then builds the
 * records of token ids and nodes. */
int pl_lexicon_compact(lexicon *lx)
{
    memset(&lx->vocab, 0, sizeof lx->vocab);
    if (lx->vslots_cap) {
        lx->vocab.slots = lx->vslots;
        lx->vocab.mask = lx->vslots_cap - 1;
        lx->vocab.shift = pl_vocab_shift(lx->vslots_cap);
        lx->vocab.pool = lx->vpool;
        lx->vocab.off = lx->voff;
        lx->vocab.max_len = LX_TOKEN_MAX;
    }
    for (int b = 0; b < 256; b++) {
        char one = (char)b;
        lx->byte_id[b] = vocab_id(lx, &one, 1);
    }
    if (lx->nentries) {
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
    }
    lx->plain = malloc(lx->nnodes ? lx->nnodes : 1);
    if (!lx->plain)
        return PARLEY_ENOMEM;
    for (size_t node = 0; node < lx->nnodes; node++) {
        int plain = lx->heads[node] >= 0;
        for (int32_t e = lx->heads[node]; e >= 0; e = lx->entries[e].next)
            plain &= lx->entries[e].cls == LX_WORD && !(lx->entries[e].flags & WF_CAP);
        lx->plain[node] = (uint8_t)plain;
    }
    return build_records(lx);
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
    if (lx->tokens)
        free(lx->tokens - 1);
    free(lx->nodes);
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

/* pl_lexicon_intern where each form may be read eight bytes at a time.
 * A pass of its own, not a lookup per token inside the tokenizer: there
 * each probe's wait on the table stalled the tokenizer's own chain of
 * work, and the fused pass took more time for fewer instructions; here
 * the probes of successive tokens, independent, overlap. What the loop
 * reads is in locals (the stores to the tokens and wmask could alias the
 * lexicon's fields, which the compiler would read again for every token). */
static void intern_wide(const lexicon *lx, ptext *t, uint64_t *wmask)
{
    const pl_vocab v = lx->vocab;
    const lx_token *tokens = lx->tokens; /* tokens[-1] is all zero */
    const char *norm = t->norm;
    text_token *tok = t->tok;
    size_t ntok = t->ntok;
    for (size_t k = 0; k < ntok; k++) {
        const char *w = norm + tok[k].norm;
        size_t n = tok[k].normlen;
        int32_t id;
        if (n == 1) /* a mark, "a": no hashing */
            id = lx->byte_id[(unsigned char)w[0]];
        else if (n <= 8)
            id = pl_vocab_find_short(&v, pl_vocab_head8(w, n), n);
        else if (n <= 16)
            id = pl_vocab_find_mid(&v, w, n);
        else
            id = pl_vocab_find(&v, w, n);
        tok[k].lex = id;
        wmask[k] = tokens[id].vmask;
    }
}

void pl_lexicon_intern(const lexicon *lx, ptext *t, uint64_t *wmask)
{
    t->interned = 1;
    /* Every form can be read eight bytes at a time (the bytes past it are
     * masked off) when the buffer holds eight more bytes after the last
     * one, as pl_text_tokenize leaves it. */
    if (lx->tokens && lx->vslots_cap && t->norm_len + 8 <= t->norm_cap && wmask) {
        intern_wide(lx, t, wmask);
        return;
    }
    for (size_t k = 0; k < t->ntok; k++) {
        text_token *tk = &t->tok[k];
        int32_t id = vocab_id(lx, t->norm + tk->norm, tk->normlen);
        tk->lex = id;
        if (wmask)
            wmask[k] = lx->tokens ? lx->tokens[id].vmask : 0;
    }
}

size_t pl_lexicon_match_node(const lexicon *lx, const ptext *t, size_t i, size_t end, int32_t *head,
                          int32_t *matched)
{
    /* What lexicon_entry_fits asks of the text, for the kinds of entries
     * a node holds (lx_node.fits): the first token's shape, and whether
     * every token so far is in capitals. */
    unsigned fit = lx_fit_first(&t->tok[i]);
    int32_t node = -1;
    size_t best = 0;
    *matched = -1;
    for (size_t j = i; j < end && j - i < MAX_PHRASE_TOKENS; j++) {
        const text_token *k = &t->tok[j];
        int32_t id = t->interned ? k->lex : vocab_id(lx, t->norm + k->norm, k->normlen);
        if (id < 0)
            break;
        if (j == i) {
            node = lx->tokens[id].root;
        } else {
            if (!(lx->tokens[id].flags & LXT_CONT))
                break; /* no phrase goes on with it: spare the probe */
            node = pl_lexicon_child(lx, node, id);
        }
        if (node < 0)
            break;
        if (j > i && !(k->shape == TOK_UPPER || k->shape == TOK_PUNCT ||
                       (k->shape == TOK_CAP && k->normlen == 1)))
            fit &= ~(unsigned)LXF_CAPS;
        const lx_node *nd = &lx->nodes[node];
        if (nd->fits & fit) {
            best = j - i + 1;
            *head = nd->head;
            *matched = node;
        }
        if (!nd->nkids)
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

int32_t pl_lexicon_token_id(const lexicon *lx, const char *norm, size_t n)
{
    return vocab_id(lx, norm, n);
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
