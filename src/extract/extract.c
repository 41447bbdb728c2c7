/* extract.c: the extraction driver. It runs the stages in order (text ->
 * lexicon scan -> people -> meetings) over one article and turns what they
 * found into graph nodes and edges with evidence. */
#include "extract/internal.h"
#include "parley/graph.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Node ids as the graph builders below used to format them per mention:
 * the same buffer sizes, so the same truncation. */
static int make_node_ids(parley_extractor *ex)
{
    const lexicon *lx = &ex->lx;
    ex->country_id = calloc(lx->ncountries + 1, sizeof *ex->country_id);
    ex->place_id = calloc(lx->nplaces + 1, sizeof *ex->place_id);
    ex->org_id = calloc(lx->norgs + 1, sizeof *ex->org_id);
    if (!ex->country_id || !ex->place_id || !ex->org_id)
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < lx->ncountries; i++)
        snprintf(ex->country_id[i], sizeof ex->country_id[i], "country:%s", lx->countries[i].iso3);
    char id[160];
    for (size_t i = 0; i < lx->nplaces; i++) {
        snprintf(id, sizeof id, "location:%s", lx->places[i].slug);
        if (!(ex->place_id[i] = pl_strdup(id)))
            return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < lx->norgs; i++) {
        snprintf(id, sizeof id, "organization:%s", lx->orgs[i].slug);
        if (!(ex->org_id[i] = pl_strdup(id)))
            return PARLEY_ENOMEM;
    }
    return 0;
}

int parley_extractor_new(parley_extractor **out, const parley_options *opts, parley_error *err)
{
    *out = NULL;
    parley_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (opts)
        ex->opts = *opts;
    int rc = pl_lexicon_load(&ex->lx, ex->opts.gazetteer_files, ex->opts.gazetteer_count, err);
    if (rc) {
        free(ex);
        return rc;
    }
    if (make_node_ids(ex)) {
        parley_extractor_free(ex);
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    }
    /* The caller's file list need not outlive this call. */
    ex->opts.gazetteer_files = NULL;
    ex->opts.gazetteer_count = 0;
    *out = ex;
    return 0;
}

void parley_extractor_free(parley_extractor *ex)
{
    if (!ex)
        return;
    for (size_t i = 0; ex->place_id && i < ex->lx.nplaces; i++)
        free(ex->place_id[i]);
    for (size_t i = 0; ex->org_id && i < ex->lx.norgs; i++)
        free(ex->org_id[i]);
    free(ex->country_id);
    free(ex->place_id);
    free(ex->org_id);
    pl_lexicon_free(&ex->lx);
    free(ex);
}

const lx_entry *pl_hit_word_entry(const extraction_state *c, const lexicon_hit *h, int wc)
{
    const lexicon *lx = &c->ex->lx;
    for (int32_t e = h->head; e >= 0; e = lx->entries[e].next)
        if (lx->entries[e].cls == LX_WORD && lx->entries[e].word == wc)
            return &lx->entries[e];
    return NULL;
}

int pl_party_state(const extraction_state *c, const party *p)
{
    if (p->country >= 0)
        return p->country;
    if (p->org >= 0)
        return c->org_country[p->org];
    return -1;
}

/* The sentence splitter's questions: abbreviations, and the determiners
 * and prepositions a line cannot end in. ctx: the token classes (wmask). */
static unsigned split_classify(const void *ctx, const ptext *t, size_t k)
{
    (void)t;
    uint64_t w = ((const uint64_t *)ctx)[k]; /* one load, four questions */
    unsigned m = (w >> W_ABBREV & 1) ? PL_SPLIT_ABBREV : 0;
    if (w & (UINT64_C(1) << W_DETERMINER | UINT64_C(1) << W_TRIGPREP | UINT64_C(1) << W_LOCPREP))
        m |= PL_SPLIT_GOES_ON;
    return m;
}


/* words: the word classes of the entries at head (lexicon wmask).
 * fresh: no hit covers these tokens yet (the scan's phrases, which go in
 * text order without overlapping), so hit_at is written without a look. */
static int add_hit(extraction_state *c, uint32_t tok, uint32_t n, int type, int32_t head,
                   int32_t id, int adj, uint64_t words, int fresh)
{
    if (c->nhits + 1 > c->hits_cap &&
        pl_grow((void **)&c->hits, &c->hits_cap, c->nhits + 1, sizeof *c->hits))
        return PARLEY_ENOMEM;
    lexicon_hit h = {tok, n, (uint8_t)type, (uint8_t)adj, 0, head, id, words};
    c->hits[c->nhits] = h;
    for (uint32_t k = tok; k < tok + n; k++)
        if (fresh || c->hit_at[k] < 0)
            c->hit_at[k] = (int32_t)c->nhits;
    c->nhits++;
    return pl_note_ent(c, c->nhits - 1);
}

/* A phrase the scan found, as add_hit(..., fresh) adds it, where room
 * for it was made (scan_room) and no hit covers its tokens yet: the scan
 * adds one for every other token, most of them words. */
static inline int scan_hit(extraction_state *c, uint32_t tok, uint32_t n, int type, int32_t head,
                           int32_t id, uint64_t words)
{
    size_t h = c->nhits++;
    lexicon_hit *x = &c->hits[h]; /* field by field: a compound literal was built, then copied */
    x->tok = tok;
    x->n = n;
    x->type = (uint8_t)type;
    x->adjectival = (uint8_t)(type == H_DEMONYM);
    x->appos = 0;
    x->head = head;
    x->id = id;
    x->words = words;
    int32_t *at = c->hit_at + tok;
    at[0] = (int32_t)h;
    for (uint32_t k = 1; k < n; k++) /* most phrases are one token */
        at[k] = (int32_t)h;
    return type == H_WORD ? 0 : pl_note_ent(c, h);
}

/* Room for a hit per token from token i on (scan_hit's), past those
 * there are. 0 or PARLEY_ENOMEM. */
static int scan_room(extraction_state *c, size_t i)
{
    return pl_grow((void **)&c->hits, &c->hits_cap, c->nhits + (c->t->ntok - i) + 1,
                   sizeof *c->hits);
}

/* The hit type for an entry list: the first gazetteer class wins. */
static int classify(const lexicon *lx, int32_t head, const ptext *t, size_t i, size_t n, int32_t *id)
{
    static const int types[] = {H_PERSON, H_ORG, H_COUNTRY, H_DEMONYM, H_CAPITAL, H_CITY,
                                H_REGION, H_TITLE, H_WORD};
    /* One walk: the fitting entry of the best-ranked class wins (the first
     * such entry in the chain, as before). */
    static const signed char rank[LX_WORD + 1] = {
        [LX_OFFICIAL] = 0, [LX_ORG] = 1, [LX_COUNTRY] = 2, [LX_DEMONYM] = 3, [LX_CAPITAL] = 4,
        [LX_CITY] = 5, [LX_REGION] = 6, [LX_TITLE] = 7, [LX_WORD] = 8};
    int best = 99;
    int32_t best_e = -1;
    for (int32_t e = head; e >= 0; e = lx->entries[e].next) {
        int cls = lx->entries[e].cls;
        if (cls < 1 || cls > LX_WORD || rank[cls] >= best)
            continue;
        if (lexicon_entry_fits(lx, &lx->entries[e], t, i, n)) {
            best = rank[cls];
            best_e = e;
        }
    }
    if (best_e < 0)
        return H_NONE;
    *id = lx->entries[best_e].id;
    return types[best];
}

/* Parts of a hyphenated word that name a state or group ("US-backed",
 * "Taliban-led", "China-Pakistan") become adjectival hits. */
static int scan_hyphen_parts(extraction_state *c, size_t i)
{
    const lexicon *lx = &c->ex->lx;
    const ptext *t = c->t;
    const char *w = tok_norm(c, i);
    const char *raw = t->clean + t->tok[i].start;
    size_t a = 0, n = t->tok[i].normlen;
    while (a < n) {
        size_t b = a;
        while (b < n && w[b] != '-')
            b++;
        /* Raw and normalised forms agree in length for ASCII words only. */
        int cap = raw[a] >= 'A' && raw[a] <= 'Z';
        int upper = cap && b - a >= 2;
        for (size_t k = a; upper && k < b; k++)
            upper = raw[k] >= 'A' && raw[k] <= 'Z';
        int32_t head = pl_lexicon_lookup_token(lx, w + a, b - a);
        for (int32_t e = head; cap && e >= 0; e = lx->entries[e].next) {
            const lx_entry *en = &lx->entries[e];
            int type = en->cls == LX_COUNTRY ? H_COUNTRY : en->cls == LX_DEMONYM ? H_DEMONYM
                     : en->cls == LX_ORG ? H_ORG : en->cls == LX_CAPITAL ? H_CAPITAL : H_NONE;
            if (type == H_NONE || (en->caps && !upper))
                continue;
            if (add_hit(c, (uint32_t)i, 1, type, head, en->id, 1,
                        pl_lexicon_token_mask(lx, w + a, b - a), 0))
                return PARLEY_ENOMEM;
            break;
        }
        a = b + 1;
    }
    return 0;
}

/* "the National Security Council", "the CSTO Collective Security
 * Council": a body's name that a capitalised word no gazetteer knows runs
 * into, after "the" or another body, is that other body's name. */
static int inside_other_name(const extraction_state *c, size_t i, size_t first)
{
    const ptext *t = c->t;
    const lexicon_hit *last = c->nhits ? &c->hits[c->nhits - 1] : NULL;
    /* "National": a plain word, no name of its own; the hit before it */
    if (last && last->tok == i - 1 && last->n == 1 && last->type == H_WORD &&
        !(last->words & (UINT64_C(1) << W_TRIGGER)))
        last = c->nhits > 1 ? &c->hits[c->nhits - 2] : NULL;
    if (i < first + 2 || t->tok[i].shape != TOK_CAP || t->tok[i - 1].shape != TOK_CAP ||
        (last && last->tok + last->n > i - 1))
        return 0; /* the word before is some name's */
    return word_eq(c, i - 2, "the") ||
           (last && last->type == H_ORG && last->tok + last->n == i - 1);
}

static int scan(extraction_state *c)
{
    const ptext *t = c->t;
    const lexicon *lx = &c->ex->lx;
    /* Read for every token: in locals, which no store below can change. */
    const text_token *tok = t->tok;
    const lx_token *rec = lx->tokens; /* rec[-1]: a token no phrase has */
    if (pl_grow((void **)&c->sents, &c->sents_cap, t->nsent + 1, sizeof *c->sents) ||
        scan_room(c, 0))
        return PARLEY_ENOMEM;
    for (size_t s = 0; s < t->nsent; s++) {
        size_t end = t->sent[s].last;
        uint64_t words = 0;
        uint32_t types = 0;
        for (size_t i = t->sent[s].first; i < end;) {
            /* Two in five tokens begin no phrase and are no hyphenated
             * name: passed in a loop of their own, which keeps its few
             * values in registers where this loop spills them. */
            while (rec[tok[i].lex].root < 0 && !(tok[i].flags & TOKF_HYPHEN))
                if (++i == end)
                    goto sentence_done;
            const lx_token *r = &rec[tok[i].lex];
            int32_t head = -1, node;
            size_t n = r->root < 0 ? 0 : pl_lexicon_scan_match(lx, t, i, end, r, &head, &node);
            if (n) {
                int32_t id = -1;
                int type;
                uint64_t phrase_words;
                if (n == 1 && (r->flags & LXT_PLAIN)) {
                    /* The commonest hit, a plain word ("said", "the"):
                     * all of it from the token's record. */
                    id = r->root_id;
                    type = H_WORD;
                    phrase_words = r->vmask & LX_PHRASE_CLASSES;
                } else {
                    /* Plain word-class entries: the first one fits, none ranks higher. */
                    type = lx->plain[node] ? (id = lx->entries[head].id, H_WORD)
                                           : classify(lx, head, t, i, n, &id);
                    phrase_words = lx->wmask[node];
                }
                if (type == H_ORG && inside_other_name(c, i, t->sent[s].first))
                    type = H_NONE;
                if (type != H_NONE &&
                    scan_hit(c, (uint32_t)i, (uint32_t)n, type, head, id, phrase_words))
                    return PARLEY_ENOMEM;
                if (type == H_WORD)
                    words |= phrase_words;
                types |= UINT32_C(1) << type;
                i += n;
                continue;
            }
            if ((tok[i].flags & TOKF_HYPHEN) && tok[i].shape != TOK_LOWER) {
                size_t h0 = c->nhits;
                /* no word hits: states, groups, capitals; maybe more than
                 * one for the token, so room for the rest is made again */
                if (scan_hyphen_parts(c, i) || scan_room(c, i + 1))
                    return PARLEY_ENOMEM;
                for (size_t h = h0; h < c->nhits; h++)
                    types |= UINT32_C(1) << c->hits[h].type;
            }
            i++;
        }
    sentence_done:
        c->sents[s].words = words;
        c->sents[s].types = types;
    }
    return 0;
}

/* Does the state at token k end "of A", "of A and B" ("Foreign Ministers of
 * Russia and Kazakhstan Sergey Lavrov and ...") or "of A X, B Y" ("Presidents
 * of Belarus Alexander Lukashenko, Mongolia Khaltmaagiin Battulga")? Then
 * it is the title's. */
static int of_states(const extraction_state *c, size_t k)
{
    while (k > 0) {
        k--;
        if (word_eq(c, k, "of") || word_eq(c, k, "for"))
            return 1;
        if (!(word_eq(c, k, "and") || is_punct(c, k, ',')) || k == 0)
            return 0;
        /* the name of the item before, if any */
        size_t q = k;
        while (q > 0 && k - q < 5) {
            const lexicon_hit *nh = c->hit_at[q - 1] >= 0 ? &c->hits[c->hit_at[q - 1]] : NULL;
            if (nh && nh->type == H_PERSON)
                q = nh->tok;
            else if (!nh && c->t->tok[q - 1].shape == TOK_CAP)
                q--;
            else
                break;
        }
        const lexicon_hit *h = q > 0 && c->hit_at[q - 1] >= 0 ? &c->hits[c->hit_at[q - 1]] : NULL;
        if (!h || h->type != H_COUNTRY)
            return 0;
        k = h->tok;
    }
    return 0;
}

/* "Kazakhstan Kassym-Joomart Tokayev" in a list: a state before the name
 * of one of its known officials (whose name it does not begin, as Israel
 * begins Israel Katz's) is that official's state. */
static int heads_its_official(const extraction_state *c, const lexicon_hit *x)
{
    const lexicon *lx = &c->ex->lx;
    size_t j = x->tok + 1;
    while (j < c->t->ntok && j <= x->tok + 4 && c->hit_at[j] < 0 && c->t->tok[j].shape == TOK_CAP)
        j++;
    const lexicon_hit *p = j < c->t->ntok && c->hit_at[j] >= 0 ? &c->hits[c->hit_at[j]] : NULL;
    if (!p || p->type != H_PERSON || p->tok != j || p->id < 0 || lx->officials[p->id].country != x->id)
        return 0;
    const char *name = lx->officials[p->id].name, *w = tok_norm(c, x->tok);
    size_t n = c->t->tok[x->tok].normlen;
    return strncasecmp(name, w, n) != 0 || (name[n] != ' ' && name[n] != '\0');
}

/* A one-word state name that begins a longer proper name is part of that
 * name: "Israel Katz", "Jordan Bardella", "Qatar Airways", "China Daily". */
static void drop_name_parts(extraction_state *c)
{
    const ptext *t = c->t;
    for (size_t ei = 0; ei < c->nents; ei++) {
        lexicon_hit *x = &c->hits[c->ents[ei]];
        if ((x->type != H_COUNTRY && x->type != H_CAPITAL && x->type != H_CITY) || x->n != 1 ||
            x->adjectival || t->tok[x->tok].shape != TOK_CAP)
            continue; /* also "Santiago Peña", "Washington Post" */
        size_t j = x->tok + 1;
        if (j >= t->ntok || t->tok[j].shape != TOK_CAP || c->hit_at[j] >= 0 ||
            !(t->tok[j].flags & TOKF_SPACE_BEFORE) || (t->tok[j].flags & TOKF_SENT_START))
            continue;
        if (x->type == H_COUNTRY && (of_states(c, x->tok) || heads_its_official(c, x)))
            continue;
        x->type = H_NONE;
        c->hit_at[x->tok] = -1;
    }
}

/* Is a group with a "rules" state presented as ruling it in this article?
 * ("the interim Afghan Taliban government", "Taliban authorities") */
static void detect_ruling(extraction_state *c)
{
    const lexicon *lx = &c->ex->lx;
    for (size_t o = 0; o < lx->norgs; o++)
        c->org_country[o] = -1;
    for (size_t ei = 0; ei < c->nents; ei++) {
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        if (x->type != H_ORG || lx->orgs[x->id].rules < 0)
            continue;
        size_t a = x->tok >= 3 ? x->tok - 3 : 0, b = x->tok + x->n + 3;
        if (b > c->t->ntok)
            b = c->t->ntok;
        for (size_t k = a; k < b; k++)
            if (token_is_word(c, k, W_RULECUE) || (k == x->tok && strstr(tok_norm(c, k), "-led")))
                c->org_country[x->id] = lx->orgs[x->id].rules;
    }
}

static int hit_cmp(const void *a, const void *b)
{
    const lexicon_hit *x = a, *y = b;
    if (x->tok != y->tok)
        return x->tok < y->tok ? -1 : 1;
    return (x->n > y->n) - (x->n < y->n);
}

/* Most tails out of order are short (the people the name finder added):
 * an insertion sort of them, then one merge. A longer one: a counting
 * sort of all the hits. */
#define MERGE_TAIL_MAX 64

/* Sorts the hits by hit_cmp, stably, when hits[0, h0) are in order and
 * hits[h0] is not (the name finder appended its own). */
static void merge_tail(extraction_state *c, size_t h0)
{
    size_t nt = c->t->ntok, nh = c->nhits, m = nh - h0;
    if (pl_grow((void **)&c->hits_tmp, &c->hits_tmp_cap, m <= MERGE_TAIL_MAX ? m : nh,
                sizeof *c->hits)) {
        qsort(c->hits, nh, sizeof *c->hits, hit_cmp); /* glibc's is a stable merge sort */
        return;
    }
    if (m <= MERGE_TAIL_MAX) {
        /* The tail sorted stably by itself, then merged in from the back:
         * on a tie the tail's hit goes after, as in a stable sort of all. */
        lexicon_hit *b = c->hits_tmp;
        for (size_t j = 0; j < m; j++) {
            lexicon_hit x = c->hits[h0 + j];
            size_t k = j;
            for (; k > 0 && hit_cmp(&b[k - 1], &x) > 0; k--)
                b[k] = b[k - 1];
            b[k] = x;
        }
        size_t i = h0, w = nh; /* hits[0, i) still to place, below w */
        for (size_t j = m; j > 0; j--) {
            /* The in-order hits that go after tail hit j - 1 (a binary
             * search), moved up as one block. */
            size_t lo = 0, hi = i;
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (hit_cmp(&c->hits[mid], &b[j - 1]) > 0)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            w -= i - lo;
            memmove(&c->hits[w], &c->hits[lo], (i - lo) * sizeof *c->hits);
            i = lo;
            c->hits[--w] = b[j - 1];
        }
        return;
    }
    /* A stable counting sort by token (hit_at, rebuilt after, holds the
     * counts), then by length within a token: the order any stable sort
     * by hit_cmp gives, in linear time. */
    int32_t *start = c->hit_at;
    memset(start, 0, (nt + 1) * sizeof *start);
    for (size_t h = 0; h < nh; h++)
        start[c->hits[h].tok + 1]++;
    for (size_t k = 1; k <= nt; k++)
        start[k] += start[k - 1];
    for (size_t h = 0; h < nh; h++)
        c->hits_tmp[start[c->hits[h].tok]++] = c->hits[h];
    lexicon_hit *sorted = c->hits_tmp;
    size_t cap = c->hits_tmp_cap;
    c->hits_tmp = c->hits;
    c->hits_tmp_cap = c->hits_cap;
    c->hits = sorted;
    c->hits_cap = cap;
    /* Hits of one token: a few, an insertion sort by length. */
    for (size_t i = 1; i < nh; i++) {
        if (c->hits[i].tok != c->hits[i - 1].tok || c->hits[i].n >= c->hits[i - 1].n)
            continue;
        lexicon_hit x = c->hits[i];
        size_t j = i;
        while (j > 0 && c->hits[j - 1].tok == x.tok && c->hits[j - 1].n > x.n) {
            c->hits[j] = c->hits[j - 1];
            j--;
        }
        c->hits[j] = x;
    }
}

/* Sorts the hits by token (the name finder appended its own) and rebuilds
 * the token -> hit index, the list of the hits that are no words and those
 * of the trigger words' and the date words' hits. 0 or PARLEY_ENOMEM. */
static int ectx_reindex(extraction_state *c)
{
    size_t nt = c->t->ntok, nh = c->nhits;
    /* Already in order (no hit added or moved out of it): nothing to sort.
     * h0: the first hit out of order (hit_cmp of it and the one before it
     * above 0), written out, for it is asked of every hit. */
    size_t h0 = 1;
    const lexicon_hit *hits = c->hits;
    while (h0 < nh && (hits[h0 - 1].tok < hits[h0].tok ||
                       (hits[h0 - 1].tok == hits[h0].tok && hits[h0 - 1].n <= hits[h0].n)))
        h0++;
    if (h0 < nh)
        merge_tail(c, h0);
    int moved = h0 < nh; /* then the list of the hits that are no words is made again */
    if (moved)
        c->nents = 0;
    if (pl_grow((void **)&c->trig_hits, &c->trig_hits_cap, nh + 1, sizeof *c->trig_hits) ||
        pl_grow((void **)&c->date_hits, &c->date_hits_cap, nh + 1, sizeof *c->date_hits))
        return PARLEY_ENOMEM;
    c->ntrig_hits = c->ndate_hits = 0;
    for (size_t k = 0; k < nt; k++)
        c->hit_at[k] = -1;
    for (size_t h = 0; h < nh; h++) {
        if (c->hits[h].type != H_WORD) {
            if (moved) /* room for all: the list held them */
                c->ents[c->nents++] = (uint32_t)h;
        } else {
            if (c->hits[h].words & PL_TRIGGER_WORDS)
                c->trig_hits[c->ntrig_hits++] = (uint32_t)h;
            if (c->hits[h].words & PL_DATE_WORDS)
                c->date_hits[c->ndate_hits++] = (uint32_t)h;
        }
        uint32_t k = c->hits[h].tok, e = k + c->hits[h].n;
        if (e == k + 1) { /* most hits are one token */
            if (c->hit_at[k] < 0)
                c->hit_at[k] = (int32_t)h;
            continue;
        }
        for (; k < e; k++)
            if (c->hit_at[k] < 0)
                c->hit_at[k] = (int32_t)h;
    }
    return 0;
}

/* ---- graph building ------------------------------------------------- */


typedef struct builder {
    extraction_state *c;
    parley_graph *g;
    int doc;
    parley_error *err;
    size_t last_sent; /* sentence_of's last answer */
    int several;      /* the article has two meetings or more (told_apart) */
} builder;

/* The sentence of token tok. The graph is built walking the hits in token
 * order, so most questions are answered by the last answer or the
 * sentence after it; the others by a binary search. */
static size_t sentence_of(builder *b, uint32_t tok)
{
    const ptext *t = b->c->t;
    size_t s = b->last_sent;
    for (int step = 0; step < 2 && s < t->nsent; step++, s++)
        if (t->sent[s].first <= tok && (s + 1 == t->nsent || tok < t->sent[s + 1].first))
            return b->last_sent = s;
    size_t lo = 0, hi = t->nsent;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->sent[mid].first <= tok)
            lo = mid;
        else
            hi = mid;
    }
    return b->last_sent = lo;
}

static int node_ev(builder *b, parley_node *n, uint32_t tok, uint32_t ntok)
{
    const ptext *t = b->c->t;
    const psent *s = &t->sent[sentence_of(b, tok)];
    return parley_node_add_evidence(b->g, n, b->doc, t->tok[tok].start, t->tok[tok + ntok - 1].end,
                                    t->raw + s->start, s->end - s->start);
}

static int edge_ev(builder *b, parley_edge *e, uint32_t tok, uint32_t ntok)
{
    const ptext *t = b->c->t;
    const psent *s = &t->sent[sentence_of(b, tok)];
    return parley_edge_add_evidence(b->g, e, b->doc, t->tok[tok].start, t->tok[tok + ntok - 1].end,
                                    t->raw + s->start, s->end - s->start);
}

/* The nodes below are built once per article and then taken from the
 * cache (c->gcache): building again would find the same node and set the
 * same attributes, at the cost of an id lookup per mention. The cache's
 * sections: states, organisations, places, places' located_in edges. */
static void **gcache_country(builder *b, int ci) { return &b->c->gcache[ci]; }
static void **gcache_org(builder *b, int oi)
{
    return &b->c->gcache[b->c->ex->lx.ncountries + (size_t)oi];
}
static void **gcache_place(builder *b, int pi, int edge)
{
    const lexicon *lx = &b->c->ex->lx;
    return &b->c->gcache[lx->ncountries + lx->norgs + (size_t)edge * lx->nplaces + (size_t)pi];
}

static void gcache_put(builder *b, void **slot, void *v)
{
    *slot = v;
    b->c->gcache_used[b->c->ngcache_used++] = (uint32_t)(slot - b->c->gcache);
}

static parley_node *country_node(builder *b, int ci)
{
    void **cached = gcache_country(b, ci);
    if (*cached)
        return *cached;
    const lx_country *k = &b->c->ex->lx.countries[ci];
    parley_node *n = NULL;
    if (parley_graph_add_node(b->g, PARLEY_NODE_COUNTRY, b->c->ex->country_id[ci], k->name, &n,
                              b->err))
        return NULL;
    if (!parley_node_attr(n, "iso3") && parley_node_set_attr(n, "iso3", k->iso3))
        return NULL;
    gcache_put(b, cached, n);
    return n;
}

static parley_node *org_node(builder *b, int oi)
{
    void **cached = gcache_org(b, oi);
    if (*cached)
        return *cached;
    const lx_org *o = &b->c->ex->lx.orgs[oi];
    parley_node *n = NULL;
    if (parley_graph_add_node(b->g, PARLEY_NODE_ORGANIZATION, b->c->ex->org_id[oi], o->name, &n,
                              b->err))
        return NULL;
    int ci = b->c->org_country[oi];
    if (ci >= 0 && parley_node_set_attr(n, "country", b->c->ex->lx.countries[ci].iso3))
        return NULL;
    gcache_put(b, cached, n);
    return n;
}

static parley_node *place_node(builder *b, int pi, uint32_t tok, uint32_t ntok)
{
    void **cached = gcache_place(b, pi, 0), **cached_edge = gcache_place(b, pi, 1);
    parley_node *n = *cached;
    parley_edge *e = *cached_edge;
    if (!n) {
        const lexicon *lx = &b->c->ex->lx;
        const lx_place *p = &lx->places[pi];
        if (parley_graph_add_node(b->g, PARLEY_NODE_LOCATION, b->c->ex->place_id[pi], p->name, &n,
                                  b->err))
            return NULL;
        parley_node_set_attr(n, "country", lx->countries[p->country].iso3);
        parley_node *cn = country_node(b, p->country);
        if (!cn || parley_graph_add_edge(b->g, n, cn, PARLEY_REL_LOCATED_IN, &e, b->err))
            return NULL;
        gcache_put(b, cached, n);
        gcache_put(b, cached_edge, e);
    }
    if (ntok && (node_ev(b, n, tok, ntok) || edge_ev(b, e, tok, ntok)))
        return NULL;
    return n;
}

static parley_node *person_node(builder *b, int pi)
{
    const extraction_state *c = b->c;
    person *p = &c->people[pi];
    if (p->node)
        return p->node; /* built once per article: the slug costs a tokenizer pass */
    char id[200] = "official:";
    pl_text_slug(p->name, id + 9, sizeof id - 9, 1);
    parley_node *n = NULL;
    if (parley_graph_add_node(b->g, PARLEY_NODE_OFFICIAL, id, p->name, &n, b->err))
        return NULL;
    int ci = p->country >= 0 ? p->country : p->org >= 0 ? c->org_country[p->org] : -1;
    /* Joined, not set: the same official in many articles (and threads)
     * ends with the same attributes whatever order they came in. */
    if ((ci >= 0 && parley_node_join_attr(n, "country", c->ex->lx.countries[ci].iso3)) ||
        (p->title[0] && parley_node_join_attr(n, "title", p->title)))
        return NULL;
    parley_node *to = ci >= 0 ? country_node(b, ci) : p->org >= 0 ? org_node(b, p->org) : NULL;
    parley_edge *e = NULL;
    if (to && (parley_graph_add_edge(b->g, n, to, PARLEY_REL_REPRESENTS, &e, b->err) ||
               edge_ev(b, e, p->first_tok, p->ntok)))
        return NULL;
    p->node = n;
    return n;
}

/* The party codes of a meeting's id, sorted, without repeats: a state's
 * ISO code, else an organisation's slug (copied into orgcodes). Returns
 * how many. */
static int meeting_codes(extraction_state *c, const meeting *m, const char *codes[MAX_PARTIES],
                         char orgcodes[MAX_PARTIES][64])
{
    const lexicon *lx = &c->ex->lx;
    int nc = 0;
    for (int i = 0; i < m->nparties; i++) {
        int st = pl_party_state(c, &m->parties[i]);
        const char *code;
        if (st >= 0) {
            code = lx->countries[st].iso3;
        } else if (m->parties[i].org < 0) {
            continue; /* a person of unknown allegiance adds no party code */
        } else {
            pl_copy(orgcodes[i], sizeof orgcodes[i], lx->orgs[m->parties[i].org].slug);
            code = orgcodes[i];
        }
        int dup = 0;
        for (int k = 0; k < nc; k++)
            dup |= !strcmp(codes[k], code);
        if (!dup)
            codes[nc++] = code;
    }
    /* Sorted by strcmp: a few codes, all different, so an insertion sort
     * gives qsort's order without its calls per comparison. */
    for (int i = 1; i < nc; i++) {
        const char *x = codes[i];
        int k = i;
        for (; k > 0 && strcmp(codes[k - 1], x) > 0; k--)
            codes[k] = codes[k - 1];
        codes[k] = x;
    }
    return nc;
}

/* The meeting's id (kind, date and the party codes: content only) and
 * label into id and label. Appended piece by piece, not formatted: a
 * printf per party of every meeting was 2 % of a run's instructions. */
static void meeting_names(const meeting *m, const char **codes, int nc, pl_buf *id,
                          pl_buf *label)
{
    char date[80];
    pl_copy(date, sizeof date, m->date[0] ? m->date : "undated");
    for (char *q = date; *q; q++)
        if (*q == '/')
            *q = '_'; /* ranges: keep ids free of path separators */
    /* Reports of one meeting name its kind differently (a visit, talks, a
     * meeting): in-person kinds share the id, and the kind is joined. A
     * call is another event. */
    pl_buf_puts(id, m->kind == PARLEY_KIND_CALL ? "meeting:call-" : "meeting:");
    pl_buf_puts(id, date);
    for (int k = 0; k < nc; k++) {
        char low[65] = "-"; /* "-" and the code in lower case, at most 63 bytes of it */
        size_t j = 0;
        for (; codes[k][j] && j + 1 < sizeof low - 1; j++)
            low[j + 1] = (char)(codes[k][j] >= 'A' && codes[k][j] <= 'Z' ? codes[k][j] + 32
                                                                        : codes[k][j]);
        pl_buf_append(id, low, j + 1);
    }
    /* The label names the parties; exporters add kind, date and status. */
    pl_buf_puts(label, "");
    for (int k = 0; k < nc; k++) {
        if (k)
            pl_buf_append(label, ", ", 2);
        pl_buf_puts(label, codes[k]);
    }
}

/* The participant edges of meeting node n. 0, or nonzero on failure. */
static int add_participants(builder *b, const meeting *m, parley_node *n)
{
    extraction_state *c = b->c;
    for (int i = 0; i < m->nparties; i++) {
        const party *p = &m->parties[i];
        int st = pl_party_state(c, p);
        /* A state joins directly only when no named official of it took part. */
        if (p->person < 0 && st >= 0) {
            int named = 0;
            for (int k = 0; k < m->nparties; k++)
                named |= m->parties[k].person >= 0 && pl_party_state(c, &m->parties[k]) == st;
            if (named)
                continue;
        }
        parley_node *from = p->person >= 0 ? person_node(b, p->person)
                          : p->org >= 0 ? org_node(b, p->org) : country_node(b, p->country);
        parley_edge *e = NULL;
        if (!from || parley_graph_add_edge(b->g, from, n, PARLEY_REL_PARTICIPANT, &e, b->err) ||
            edge_ev(b, e, p->tok, p->ntok))
            return -1;
        /* An official of an organisation brings the organisation along. */
        if (p->person >= 0 && st < 0 && p->org >= 0) {
            parley_node *on = org_node(b, p->org);
            if (!on || parley_graph_add_edge(b->g, on, n, PARLEY_REL_PARTICIPANT, &e, b->err) ||
                edge_ev(b, e, p->tok, p->ntok))
                return -1;
        }
    }
    return 0;
}

/* A meeting's place is named as the article names it ("Britain", "East
 * Timor", "Kiev", "Mt Hampden"): the first mention of that state (type
 * H_COUNTRY) or city by a name written in words, or the lexicon's name when
 * the article uses that or only an abbreviation ("US"). Written into
 * buf[cap]; returns buf or name. */
static const char *as_written(const extraction_state *c, int type, int id, const char *name,
                              char *buf, size_t cap)
{
    const char *first = NULL;
    size_t firstn = 0;
    for (size_t ei = 0; ei < c->nents; ei++) {
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        int same = type == H_COUNTRY ? x->type == H_COUNTRY
                                     : x->type == H_CITY || x->type == H_CAPITAL;
        if (!same || x->id != id || x->adjectival)
            continue;
        int seat = 0; /* "the Kremlin" names Moscow, but is not its name */
        for (int32_t e = x->type == H_CAPITAL ? x->head : -1; e >= 0; e = c->ex->lx.entries[e].next)
            seat |= c->ex->lx.entries[e].cls == LX_CAPITAL && c->ex->lx.entries[e].id == id &&
                    (c->ex->lx.entries[e].flags & LX_SEAT);
        if (seat)
            continue;
        const text_token *a = &c->t->tok[x->tok], *z = &c->t->tok[x->tok + x->n - 1];
        const char *w = c->t->clean + a->start;
        size_t n = z->end - a->start;
        if (n == strlen(name) && !strncmp(w, name, n))
            return name;
        /* letters (UTF-8 ones too), spaces and hyphens */
        int words = a->shape == TOK_CAP && n < cap && !memchr(w, '.', n);
        for (size_t k = 0; k < n && words; k++)
            words = (w[k] >= 'A' && w[k] <= 'Z') || (w[k] >= 'a' && w[k] <= 'z') || w[k] == ' ' ||
                    w[k] == '-' || (unsigned char)w[k] >= 0x80;
        if (words && !first) {
            first = w;
            firstn = n;
        }
    }
    if (!first)
        return name;
    memcpy(buf, first, firstn);
    buf[firstn] = '\0';
    return buf;
}

/* Meetings the article kept apart stay apart though their ids agree, when
 * their status or place tells them apart (two undated visits of one pair,
 * one planned in Budapest, one held in Warsaw years ago): the second gets
 * "-2" on its id, the third "-3", in the order told; one told again with
 * the same status and place keeps its number. 0, or PARLEY_ENOMEM. */
static int told_apart(extraction_state *c, const meeting *m, pl_buf *id)
{
    /* the key: the id, a unit separator and the status and place as
     * bytes, written after the id for the lookups and cut off again */
    size_t n = id->len;
    int32_t tail[3] = {m->status, m->loc_place, m->loc_country};
    if (pl_buf_append(id, "\x1f", 1) || pl_buf_append(id, (const char *)tail, sizeof tail))
        return PARLEY_ENOMEM;
    intptr_t as = pl_smap_get(&c->meeting_ids, id->data, id->len);
    int rc = 0;
    if (!as) {
        as = pl_smap_get(&c->meeting_ids, id->data, n) + 1;
        rc = pl_smap_put(&c->meeting_ids, id->data, n, as) ||
             pl_smap_put(&c->meeting_ids, id->data, id->len, as);
    }
    id->len = n;
    id->data[n] = '\0';
    if (!rc && as > 1)
        rc = pl_buf_printf(id, "-%ld", (long)as);
    return rc ? PARLEY_ENOMEM : 0;
}

static int build_meeting(builder *b, meeting *m)
{
    extraction_state *c = b->c;
    const lexicon *lx = &c->ex->lx;
    /* The id: kind, date and the sorted party codes: content only. */
    const char *codes[MAX_PARTIES];
    char orgcodes[MAX_PARTIES][64];
    int nc = meeting_codes(c, m, codes, orgcodes);
    pl_buf id = PL_BUF_INIT, label = PL_BUF_INIT;
    meeting_names(m, codes, nc, &id, &label);
    int rc = PARLEY_ENOMEM;
    parley_node *n = NULL;
    if (!id.data || !label.data)
        goto cleanup;
    if (b->several && told_apart(c, m, &id))
        goto cleanup;
    rc = parley_graph_add_node(b->g, PARLEY_NODE_MEETING, id.data, label.data, &n, b->err);
    if (rc)
        goto cleanup;
    rc = PARLEY_ENOMEM;
    if (parley_node_join_attr(n, "kind", parley_meeting_kind_name((parley_meeting_kind)m->kind)) ||
        parley_node_join_attr(n, "date", m->date[0] ? m->date : NULL) ||
        parley_node_join_attr(n, "status", parley_meeting_status_name((parley_meeting_status)m->status)))
        goto cleanup;
    char written[64];
    const char *loc = m->loc_place >= 0 ? as_written(c, H_CITY, m->loc_place, lx->places[m->loc_place].name,
                                                     written, sizeof written)
                    : m->loc_country >= 0 ? as_written(c, H_COUNTRY, m->loc_country,
                                                       lx->countries[m->loc_country].name, written,
                                                       sizeof written)
                                          : NULL;
    if (parley_node_join_attr(n, "location", loc) || node_ev(b, n, m->trig_tok, m->trig_ntok))
        goto cleanup;
    if (m->loc_place >= 0) {
        parley_node *pn = place_node(b, m->loc_place, 0, 0);
        parley_edge *e = NULL;
        if (!pn || parley_graph_add_edge(b->g, n, pn, PARLEY_REL_HELD_IN, &e, b->err) ||
            edge_ev(b, e, m->trig_tok, m->trig_ntok))
            goto cleanup;
    }
    if (add_participants(b, m, n))
        goto cleanup;
    rc = 0;
cleanup:
    pl_buf_free(&id);
    pl_buf_free(&label);
    if (rc && b->err && !b->err->text[0])
        pl_fail(b->err, rc, -1, "out of memory");
    return rc;
}

static int build(builder *b)
{
    extraction_state *c = b->c;
    const lexicon *lx = &c->ex->lx;
    for (size_t ei = 0; ei < c->nents; ei++) { /* words make no node */
        const lexicon_hit *x = &c->hits[c->ents[ei]];
        parley_node *n = NULL;
        int ci = -1;
        /* a place inside a person's name ("Ahmed Nasser Al Sabah") names
         * no place */
        if ((x->type == H_CITY || x->type == H_REGION) && c->hit_at[x->tok] >= 0 &&
            c->hits[c->hit_at[x->tok]].type == H_PERSON)
            continue;
        switch (x->type) {
        case H_COUNTRY: case H_DEMONYM: ci = x->id; break;
        case H_CAPITAL: case H_REGION: ci = lx->places[x->id].country; break;
        case H_CITY:
            if (!place_node(b, x->id, x->tok, x->n))
                return PARLEY_ENOMEM;
            ci = lx->places[x->id].country;
            break;
        case H_ORG:
            if (!(n = org_node(b, x->id)) || node_ev(b, n, x->tok, x->n))
                return PARLEY_ENOMEM;
            ci = c->org_country[x->id]; /* a group shown ruling a state names it */
            break;
        case H_PERSON:
            if (x->id >= 0 && (!(n = person_node(b, x->id)) || node_ev(b, n, x->tok, x->n)))
                return PARLEY_ENOMEM;
            break;
        default: break;
        }
        if (ci >= 0 && (!(n = country_node(b, ci)) || node_ev(b, n, x->tok, x->n)))
            return PARLEY_ENOMEM;
    }
    size_t alive = 0;
    for (size_t i = 0; i < c->nmeetings && alive < 2; i++)
        alive += c->meetings[i].alive;
    b->several = alive >= 2;
    for (size_t i = 0; i < c->nmeetings; i++)
        if (c->meetings[i].alive && build_meeting(b, &c->meetings[i]))
            return PARLEY_ENOMEM;
    return 0;
}

/* Buffers kept per thread from one article to the next, so a stream of
 * articles allocates nearly nothing in the steady state (freeing and
 * re-allocating them per article cost more than a tenth of the time). */
typedef struct scratch {
    ptext t;
    lexicon_hit *hits; size_t hits_cap;
    lexicon_hit *hits_tmp; size_t hits_tmp_cap;
    int32_t *hit_at; size_t hit_at_cap;
    uint64_t *wmask; size_t wmask_cap;
    person *people; size_t people_cap;
    meeting *meetings; size_t meetings_cap;
    int *org_country; size_t org_cap;
    int32_t *per_entity; size_t per_entity_cap;
    uint32_t *cand; size_t cand_cap;
    uint32_t *ents; size_t ents_cap;
    uint32_t *trig_hits; size_t trig_hits_cap;
    uint32_t *date_hits; size_t date_hits_cap;
    sent_sum *sents; size_t sents_cap;
    void **gcache; size_t gcache_cap;
    uint32_t *gcache_used; size_t gcache_used_cap;
    pl_smap person_by_name, person_by_word, unnamed, meeting_ids;
} scratch;

static _Thread_local scratch tls_scratch;

/* A thread's buffers are freed when the thread ends: thread-local storage
 * alone would lose them (a leak per worker thread of a caller). The key's
 * destructor runs at pthread_exit, not at the process's exit. */
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static int scratch_key_ok;

static void scratch_free(void *p)
{
    scratch *s = p;
    pl_text_free(&s->t);
    free(s->hits);
    free(s->hit_at);
    free(s->wmask);
    free(s->people);
    free(s->meetings);
    free(s->org_country);
    free(s->hits_tmp);
    free(s->per_entity);
    free(s->cand);
    free(s->ents);
    free(s->trig_hits);
    free(s->date_hits);
    free(s->sents);
    free(s->gcache);
    free(s->gcache_used);
    pl_smap_free(&s->person_by_name);
    pl_smap_free(&s->person_by_word);
    pl_smap_free(&s->unnamed);
    pl_smap_free(&s->meeting_ids);
    memset(s, 0, sizeof *s);
}

static void scratch_key_init(void)
{
    scratch_key_ok = pthread_key_create(&scratch_key, scratch_free) == 0;
}

/* Buffers past this size (a huge article) are released after use. */
#define SCRATCH_KEEP ((size_t)64 << 20)

static void scratch_take(extraction_state *c, ptext *t)
{
    scratch *s = &tls_scratch;
    *t = s->t;
    c->hits = s->hits; c->hits_cap = s->hits_cap;
    c->hits_tmp = s->hits_tmp; c->hits_tmp_cap = s->hits_tmp_cap;
    c->hit_at = s->hit_at; c->hit_at_cap = s->hit_at_cap;
    c->wmask = s->wmask; c->wmask_cap = s->wmask_cap;
    c->people = s->people; c->people_cap = s->people_cap;
    c->meetings = s->meetings; c->meetings_cap = s->meetings_cap;
    c->org_country = s->org_country; c->org_cap = s->org_cap;
    c->per_entity = s->per_entity; c->per_entity_cap = s->per_entity_cap;
    c->cand = s->cand; c->cand_cap = s->cand_cap;
    c->ents = s->ents; c->ents_cap = s->ents_cap;
    c->trig_hits = s->trig_hits; c->trig_hits_cap = s->trig_hits_cap;
    c->date_hits = s->date_hits; c->date_hits_cap = s->date_hits_cap;
    c->sents = s->sents; c->sents_cap = s->sents_cap;
    c->gcache = s->gcache; c->gcache_cap = s->gcache_cap;
    c->gcache_used = s->gcache_used; c->gcache_used_cap = s->gcache_used_cap;
    c->person_by_name = s->person_by_name;
    c->person_by_word = s->person_by_word;
    c->unnamed = s->unnamed;
    c->meeting_ids = s->meeting_ids;
}

static void scratch_give(extraction_state *c, ptext *t)
{
    scratch *s = &tls_scratch;
    size_t bytes = t->clean_cap + t->tok_cap * sizeof *t->tok + t->norm_cap + t->sent_cap * sizeof *t->sent +
                   (c->hits_cap + c->hits_tmp_cap) * sizeof *c->hits + c->hit_at_cap * sizeof *c->hit_at +
                   c->wmask_cap * sizeof *c->wmask + c->sents_cap * sizeof *c->sents +
                   c->people_cap * sizeof *c->people +
                   (c->cand_cap + c->ents_cap + c->trig_hits_cap + c->date_hits_cap) *
                       sizeof *c->cand +
                   c->meetings_cap * sizeof *c->meetings;
    if (bytes > SCRATCH_KEEP) {
        pl_text_free(t);
        free(c->hits);
        free(c->hits_tmp);
        free(c->hit_at);
        free(c->wmask);
        free(c->people);
        free(c->meetings);
        free(c->org_country);
        free(c->per_entity);
        free(c->cand);
        free(c->ents);
        free(c->trig_hits);
        free(c->date_hits);
        free(c->sents);
        free(c->gcache);
        free(c->gcache_used);
        pl_smap_free(&c->person_by_name);
        pl_smap_free(&c->person_by_word);
        pl_smap_free(&c->unnamed);
        pl_smap_free(&c->meeting_ids);
        memset(s, 0, sizeof *s);
        return;
    }
    s->t = *t;
    s->hits = c->hits; s->hits_cap = c->hits_cap;
    s->hits_tmp = c->hits_tmp; s->hits_tmp_cap = c->hits_tmp_cap;
    s->hit_at = c->hit_at; s->hit_at_cap = c->hit_at_cap;
    s->wmask = c->wmask; s->wmask_cap = c->wmask_cap;
    s->people = c->people; s->people_cap = c->people_cap;
    s->meetings = c->meetings; s->meetings_cap = c->meetings_cap;
    s->org_country = c->org_country; s->org_cap = c->org_cap;
    s->per_entity = c->per_entity; s->per_entity_cap = c->per_entity_cap;
    for (size_t k = 0; k < c->ngcache_used; k++)
        c->gcache[c->gcache_used[k]] = NULL; /* all NULL for the next article */
    s->cand = c->cand; s->cand_cap = c->cand_cap;
    s->ents = c->ents; s->ents_cap = c->ents_cap;
    s->trig_hits = c->trig_hits; s->trig_hits_cap = c->trig_hits_cap;
    s->date_hits = c->date_hits; s->date_hits_cap = c->date_hits_cap;
    s->sents = c->sents; s->sents_cap = c->sents_cap;
    s->gcache = c->gcache; s->gcache_cap = c->gcache_cap;
    s->gcache_used = c->gcache_used; s->gcache_used_cap = c->gcache_used_cap;
    pl_smap_clear(&c->person_by_name);
    pl_smap_clear(&c->person_by_word);
    pl_smap_clear(&c->unnamed);
    pl_smap_clear(&c->meeting_ids);
    s->person_by_name = c->person_by_name;
    s->person_by_word = c->person_by_word;
    s->unnamed = c->unnamed;
    s->meeting_ids = c->meeting_ids;
    pthread_once(&scratch_once, scratch_key_init);
    if (scratch_key_ok && !pthread_getspecific(scratch_key))
        pthread_setspecific(scratch_key, s);
}

int parley_extract_document(const parley_extractor *ex, parley_graph *g, const char *name,
                            const char *text, size_t len, const char *doc_date,
                            parley_error *err)
{
    ptext t;
    extraction_state c;
    memset(&t, 0, sizeof t);
    memset(&c, 0, sizeof c);
    scratch_take(&c, &t);
    c.ex = ex;
    c.t = &t;
    c.last_person = -1;
    c.dateline_place = -1;
    if (!name)
        name = "stdin";
    int rc = pl_text_load(&t, name, text, len, ex->opts.strict_utf8, &ex->opts, err);
    if (rc)
        goto cleanup;
    if (!t.date[0] && doc_date && parley_date_valid(doc_date))
        memcpy(t.date, doc_date, 11);
    if (t.date[0] && pl_date_parse(t.date, &c.doc_y, &c.doc_m, &c.doc_d)) {
        c.has_date = 1;
        c.doc_days = pl_date_days(c.doc_y, c.doc_m, c.doc_d);
    }
    rc = PARLEY_ENOMEM;
    if (pl_text_tokenize(&t))
        goto fail_mem;
    if (pl_grow((void **)&c.hit_at, &c.hit_at_cap, t.ntok + 1, sizeof *c.hit_at) ||
        pl_grow((void **)&c.wmask, &c.wmask_cap, t.ntok + 1, sizeof *c.wmask) ||
        pl_grow((void **)&c.cand, &c.cand_cap, t.ntok + 1, sizeof *c.cand) ||
        pl_grow((void **)&c.org_country, &c.org_cap, ex->lx.norgs + 1, sizeof *c.org_country) ||
        pl_grow((void **)&c.per_entity, &c.per_entity_cap,
                (ex->lx.nofficials > ex->lx.ncountries ? ex->lx.nofficials : ex->lx.ncountries) + 1,
                sizeof *c.per_entity))
        goto fail_mem;
    /* Token ids for the trie walks, and each token's word classes (wmask),
     * so neither the sentence splitter nor the rules hash a word. */
    pl_lexicon_intern(&ex->lx, &t, c.wmask);
    if (pl_text_sentences(&t, split_classify, c.wmask))
        goto fail_mem;
    for (size_t k = 0; k < t.ntok; k++)
        c.hit_at[k] = -1;
    if (scan(&c))
        goto fail_mem;
    drop_name_parts(&c);
    detect_ruling(&c);
    if (pl_people_find(&c))
        goto fail_mem;
    if (ectx_reindex(&c))
        goto fail_mem;
    if (!c.has_date)
        pl_infer_date(&c);
    if (pl_meetings_find(&c))
        goto fail_mem;
    int doc = parley_graph_add_document(g, name, t.date[0] ? t.date : NULL, err);
    if (doc < 0) {
        rc = doc;
        goto cleanup;
    }
    size_t ncache = ex->lx.ncountries + ex->lx.norgs + 2 * ex->lx.nplaces + 1;
    size_t old_cap = c.gcache_cap;
    if (pl_grow((void **)&c.gcache, &c.gcache_cap, ncache, sizeof *c.gcache) ||
        pl_grow((void **)&c.gcache_used, &c.gcache_used_cap, ncache, sizeof *c.gcache_used))
        goto fail_mem;
    if (c.gcache_cap != old_cap) /* new memory; the rest is NULL already */
        memset(c.gcache + old_cap, 0, (c.gcache_cap - old_cap) * sizeof *c.gcache);
    builder b = {&c, g, doc, err, 0, 0};
    if (build(&b))
        goto fail_mem;
    rc = 0;
    goto cleanup;
fail_mem:
    rc = pl_fail(err, PARLEY_ENOMEM, -1, "%s: out of memory", name);
cleanup:
    scratch_give(&c, &t);
    return rc;
}
