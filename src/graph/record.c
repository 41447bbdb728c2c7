/* record.c: what nodes and edges share: the mention count, the set of
 * documents and the evidence kept, in an order that depends only on the
 * evidence (so graphs built or merged in any order keep the same items). */
#include "graph/graph_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void pl_record_free(record *r)
{
    free(r->ev);
    free(r->docs);
}

/* The graph's one copy of sentence[0..len), cut to SENTENCE_MAX bytes
 * plus "..." when longer. The cut backs up over UTF-8 continuation bytes
 * so a character is never split. Sentences are pooled: the nodes and
 * edges of one sentence (three states and a meeting) share its text, which
 * is most of a large graph's memory otherwise. NULL in gives NULL out with
 * *ok set; *ok = 0 on ENOMEM. */
static const char *sentence_intern(parley_graph *g, const char *sentence, size_t len, int *ok)
{
    *ok = 1;
    if (!sentence)
        return NULL;
    const char *s;
    /* A sentence already cut (read back from JSON) stays as it was. */
    int was_cut = len <= SENTENCE_MAX + 3 && len >= 3 && memcmp(sentence + len - 3, "...", 3) == 0;
    if (len <= SENTENCE_MAX || was_cut) {
        s = pl_strpool_intern(&g->strings, sentence, len);
    } else {
        char cut[SENTENCE_MAX + 4];
        size_t n = SENTENCE_MAX;
        while (n > 0 && ((unsigned char)sentence[n] & 0xC0) == 0x80)
            n--;
        memcpy(cut, sentence, n);
        memcpy(cut + n, "...", 3);
        s = pl_strpool_intern(&g->strings, cut, n + 3);
    }
    if (!s)
        *ok = 0;
    return s;
}

/* The order evidence is kept in, and the one that decides which items a
 * full record keeps: document name, then start, then end. It depends on
 * nothing but the evidence, so graphs built in any order, or merged in any
 * order, keep the same items. Names are unique per graph, so equal pointers
 * mean the same document. */
static int ev_cmp(const char *doc_a, size_t start_a, size_t end_a, const ev_item *b)
{
    if (doc_a != b->document) {
        int c = strcmp(doc_a, b->document);
        if (c)
            return c;
    }
    if (start_a != b->start)
        return start_a < b->start ? -1 : 1;
    if (end_a != b->end)
        return end_a < b->end ? -1 : 1;
    return 0;
}

/* Where evidence (doc, start, end) goes in r's sorted list: after every
 * item not greater (so equal items keep their arrival order). Articles
 * arrive in order, so the answer is usually the end: scan from there. */
static size_t ev_position(const record *r, const char *doc, size_t start, size_t end)
{
    size_t pos = r->nev;
    while (pos > 0 && ev_cmp(doc, start, end, &r->ev[pos - 1]) < 0)
        pos--;
    return pos;
}

/* Would a record keep evidence at `pos`? Not past a full list. */
static int ev_wanted(const parley_graph *g, size_t pos)
{
    return pos < g->max_evidence;
}

/* Inserts evidence at pos (ev_wanted said yes; `sentence` is pooled),
 * dropping the last item when the list is full.
 * Returns 0 or PARLEY_ENOMEM (the record unchanged). */
static int ev_insert(const parley_graph *g, record *r, size_t pos, const char *doc,
                     size_t start, size_t end, const char *sentence)
{
    if (r->nev >= g->max_evidence) {
        r->nev--;
    } else {
        if (r->nev == r->ev_cap) {
            /* Doubling, but never past the limit: most lists stop at it. */
            size_t cap = r->ev_cap ? (size_t)r->ev_cap * 2 : 1;
            if (cap > g->max_evidence)
                cap = g->max_evidence;
            ev_item *ev = realloc(r->ev, cap * sizeof *ev);
            if (!ev)
                return PARLEY_ENOMEM;
            r->ev = ev;
            r->ev_cap = (uint32_t)cap;
        }
    }
    memmove(r->ev + pos + 1, r->ev + pos, (r->nev - pos) * sizeof *r->ev);
    r->ev[pos].document = doc;
    r->ev[pos].start = (uint32_t)start;
    r->ev[pos].end = (uint32_t)end;
    r->ev[pos].sentence = sentence;
    r->nev++;
    return 0;
}

const int *pl_record_docs(const record *r)
{
    return r->docs_cap ? r->docs : &r->one;
}

/* Where doc goes in r's sorted document set; *found when already there. */
static size_t doc_position(const record *r, int doc, int *found)
{
    size_t lo = 0, hi = r->ndocs;
    /* Articles are usually added in order: a new one goes at the end, and
     * a second mention in the same article is the last one. r->one (the
     * largest document) answers both without a load from the set, which in
     * a large graph was a cache miss per mention (5 % of a -j 1 run). */
    if (hi > 0 && r->one <= doc) {
        *found = r->one == doc;
        return *found ? hi - 1 : hi;
    }
    const int *docs = pl_record_docs(r);
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (docs[mid] < doc)
            lo = mid + 1;
        else
            hi = mid;
    }
    *found = lo < r->ndocs && docs[lo] == doc;
    return lo;
}

/* Each of the smaller set is looked up in the larger: a loose meeting of
 * one article against a day meeting that a hundred thousand articles
 * report costs a few steps, not a walk. */
int pl_record_docs_shared(const record *x, const record *y)
{
    if (x->ndocs > y->ndocs) {
        const record *t = x;
        x = y;
        y = t;
    }
    const int *xd = pl_record_docs(x);
    for (size_t i = 0; i < x->ndocs; i++) {
        int found;
        doc_position(y, xd[i], &found);
        if (found)
            return 1;
    }
    return 0;
}

/* Makes room for one more document in r's set (the first one is kept
 * inline; a second moves the set to an array). The set itself stays as it
 * was, so callers make room before they change anything. 0 or
 * PARLEY_ENOMEM. */
static int docs_reserve(record *r)
{
    if (r->ndocs == 0 && !r->docs_cap)
        return 0;
    size_t cap = r->docs_cap;
    int *docs = pl_graph_grow(r->docs_cap ? r->docs : NULL, &cap, (size_t)r->ndocs + 1,
                              sizeof *docs);
    if (!docs)
        return PARLEY_ENOMEM;
    if (!r->docs_cap)
        docs[0] = r->one;
    r->docs = docs;
    r->docs_cap = (uint32_t)cap;
    return 0;
}

/* Puts doc at pos of r's set (from doc_position, not found; room made by
 * docs_reserve). */
static void docs_place(record *r, size_t pos, int doc)
{
    if (r->ndocs == 0 && !r->docs_cap) {
        r->one = doc;
    } else {
        memmove(r->docs + pos + 1, r->docs + pos, (r->ndocs - pos) * sizeof *r->docs);
        r->docs[pos] = doc;
        if (pos == r->ndocs)
            r->one = doc; /* the new largest */
    }
    r->ndocs++;
}

int pl_record_add(parley_graph *g, record *r, int doc, size_t start, size_t end,
                  const char *sentence, size_t sentence_len)
{
    if (doc < 0 || (size_t)doc >= g->ndocs || end < start || end > UINT32_MAX)
        return PARLEY_EINVAL;

    int found;
    size_t dpos = doc_position(r, doc, &found);
    if (!found && docs_reserve(r))
        return PARLEY_ENOMEM;

    const char *name = g->docs[doc].name;
    /* A document new to the record and after all of its own, in a graph
     * whose documents came in name order (files in byte order of path):
     * its name sorts after every item kept (each item's document is in
     * the set), so the item would go last, which is known without reading
     * the list (a cache miss per mention in a large graph). */
    size_t pos = !found && !g->docs_unordered && (r->ndocs == 0 || doc > r->one)
                     ? r->nev
                     : ev_position(r, name, start, end);
    if (ev_wanted(g, pos)) {
        int ok;
        const char *s = sentence_intern(g, sentence, sentence_len, &ok);
        if (!ok || ev_insert(g, r, pos, name, start, end, s))
            return PARLEY_ENOMEM;
    }
    if (!found)
        docs_place(r, dpos, doc);
    r->mentions = pl_mentions_add(r->mentions, 1);
    return 0;
}

static int int_cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Documents a merge adds one by one into a record's set; more go in by
 * one linear merge. */
#define DOCS_ONE_BY_ONE 16

/* Unites the sorted document set add[0..k) into dst's in one linear pass
 * into a new array. 0 or PARLEY_ENOMEM (dst unchanged). */
static int docs_merge_sorted(record *dst, const int *add, size_t k)
{
    int *united = malloc(((size_t)dst->ndocs + k) * sizeof *united);
    if (!united)
        return PARLEY_ENOMEM;
    const int *dd = pl_record_docs(dst);
    size_t a = 0, b = 0, n = 0;
    while (a < dst->ndocs || b < k) {
        int v;
        if (b == k || (a < dst->ndocs && dd[a] <= add[b]))
            v = dd[a++];
        else
            v = add[b++];
        if (n == 0 || united[n - 1] != v)
            united[n++] = v;
    }
    if (dst->docs_cap)
        free(dst->docs);
    dst->docs_cap = (uint32_t)(dst->ndocs + k); /* what united holds */
    dst->docs = united;
    dst->ndocs = (uint32_t)n;
    if (n)
        dst->one = united[n - 1];
    return 0;
}

/* Unites the document set sd[0..k) (indexes of another graph, mapped
 * through docmap when given) into dst's. A part of `parley merge` adds an
 * article or two to records that may hold hundreds of thousands: those go
 * in one by one (binary search, and a new article lands at the end), so
 * merging many small parts stays linear; copying dst's whole set each
 * time made it quadratic. Larger sets are merged in one linear pass. */
static int docs_union(record *dst, const int *sd, size_t k, const int *docmap)
{
    if (k == 0)
        return 0;
    int *mapped = malloc(k * sizeof *mapped);
    if (!mapped)
        return PARLEY_ENOMEM;
    int sorted = 1;
    for (size_t i = 0; i < k; i++) {
        mapped[i] = docmap ? docmap[sd[i]] : sd[i];
        sorted &= i == 0 || mapped[i - 1] <= mapped[i];
    }
    if (!sorted)
        qsort(mapped, k, sizeof *mapped, int_cmp);
    int rc = 0;
    if (dst->ndocs > 0 && mapped[0] > dst->one && dst->docs_cap) {
        /* All after dst's last: appended in place. The common case of -j
         * batches, whose articles are new to the result and numbered after
         * its own: a merge into a new array copied the whole set per
         * batch. */
        size_t cap = dst->docs_cap;
        int *docs = pl_graph_grow(dst->docs, &cap, (size_t)dst->ndocs + k, sizeof *docs);
        if (!docs) {
            rc = PARLEY_ENOMEM;
        } else {
            memcpy(docs + dst->ndocs, mapped, k * sizeof *docs);
            dst->docs = docs;
            dst->docs_cap = (uint32_t)cap;
            dst->ndocs += (uint32_t)k;
            dst->one = mapped[k - 1];
        }
    } else if (k > DOCS_ONE_BY_ONE) {
        rc = docs_merge_sorted(dst, mapped, k);
    } else {
        for (size_t i = 0; i < k && !rc; i++) {
            int found;
            size_t pos = doc_position(dst, mapped[i], &found);
            if (!found && !(rc = docs_reserve(dst)))
                docs_place(dst, pos, mapped[i]);
        }
    }
    free(mapped);
    return rc;
}

int pl_record_merge(parley_graph *g, record *dst, const record *src, const int *docmap)
{
    g->docs_unordered = 1; /* pl_record_add's shortcut: for graphs only built */
    if (src->ndocs == 1 && dst->ndocs == 0 && !dst->docs_cap) {
        /* The commonest case, a node new to dst: its one document inline. */
        int d = pl_record_docs(src)[0];
        dst->one = docmap ? docmap[d] : d;
        dst->ndocs = 1;
    } else if (src->ndocs && docs_union(dst, pl_record_docs(src), src->ndocs, docmap)) {
        return PARLEY_ENOMEM;
    }
    for (size_t i = 0; i < src->nev; i++) {
        const ev_item *e = &src->ev[i];
        /* Evidence names its document by the source graph's string. */
        long idx = pl_graph_doc_lookup(g, e->document, strlen(e->document));
        const char *name = idx >= 0 ? g->docs[idx].name : NULL;
        if (!name)
            return PARLEY_EINVAL;
        size_t pos = ev_position(dst, name, e->start, e->end);
        if (!ev_wanted(g, pos))
            continue;
        const char *copy = NULL;
        if (e->sentence && !(copy = pl_strpool_intern(&g->strings, e->sentence,
                                                      strlen(e->sentence))))
            return PARLEY_ENOMEM;
        if (ev_insert(g, dst, pos, name, e->start, e->end, copy))
            return PARLEY_ENOMEM;
    }
    dst->mentions = pl_mentions_add(dst->mentions, src->mentions);
    dst->extra_docs = pl_docs_add(dst->extra_docs, src->extra_docs);
    return 0;
}

