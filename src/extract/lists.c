/* lists.c: officials told in lists, each after one title: "President A of
 * Ghana, B of Togo and C of Benin", "Presidents Macky Sall of Senegal, X of
 * Benin" (through a known official), and "Foreign Ministers of A and B X
 * and Y" (names and states paired in order). people.c finds the names; the
 * lists here give the ones that follow their state. */
#include "extract/people.h"

const lexicon_hit *pl_of_body(const extraction_state *c, size_t k, size_t end, size_t *next)
{
    if (k + 1 >= end || !(word_eq(c, k, "of") || word_eq(c, k, "for")))
        return NULL;
    k++;
    if (k < end && word_eq(c, k, "the"))
        k++;
    const lexicon_hit *h = k < end ? hit_at(c, k) : NULL;
    if (!h || (h->type != H_COUNTRY && h->type != H_ORG))
        return NULL;
    *next = h->tok + h->n;
    return h;
}

const lexicon_hit *pl_of_state(const extraction_state *c, size_t k, size_t end, size_t *next)
{
    if (k + 2 < end && is_punct(c, k, '(')) {
        const lexicon_hit *bh = hit_at(c, k + 1);
        if (!bh || bh->type != H_COUNTRY || bh->tok != k + 1 || bh->tok + bh->n >= end ||
            !is_punct(c, bh->tok + bh->n, ')'))
            return NULL;
        *next = bh->tok + bh->n + 1;
        return bh;
    }
    size_t n;
    const lexicon_hit *h = pl_of_body(c, k, end, &n);
    if (!h || h->type != H_COUNTRY)
        return NULL;
    *next = n;
    return h;
}

/* From token k, just after a titled name ("President X" ^"of Ghana, Y of
 * Togo and Z of Benin"), the list's further "Name of State" items: each is a
 * person with the same title. *b is moved past what was taken. Returns the
 * number added, or PARLEY_ENOMEM. */
int pl_list_of_states(extraction_state *c, size_t k, size_t end, const char *title, size_t *b)
{
    int added = 0;
    size_t next;
    if (!pl_of_state(c, k, end, &next))
        return 0;
    for (;;) {
        size_t q = next;
        if (q < end && is_punct(c, q, ','))
            q++;
        if (q < end && word_eq(c, q, "and"))
            q++;
        if (q == next || q >= end)
            break;
        /* An item the gazetteer or the title finder named already:
         * "Macky Sall of Senegal" in "Presidents X of A, Macky Sall of
         * Senegal, Y of B". */
        const lexicon_hit *ph = hit_at(c, q);
        if (ph && ph->type == H_PERSON && ph->id >= 0 && ph->tok == q) {
            if (!pl_of_state(c, q + ph->n, end, &next))
                break;
            *b = next;
            continue;
        }
        if (ph)
            break;
        size_t skip = 0, n = pl_name_run(c, q, end, &skip);
        if (n < 2)
            break;
        size_t a2 = q + skip, b2 = a2 + n;
        const lexicon_hit *st = pl_of_state(c, b2, end, &next);
        if (!st)
            break;
        int p2 = pl_add_person(c, a2, b2, title, st);
        if (p2 == -2)
            return PARLEY_ENOMEM;
        if (p2 >= 0 && pl_mark_person(c, a2, n, p2))
            return PARLEY_ENOMEM;
        added++;
        *b = next;
    }
    return added;
}

/* After a list separator at token k (",", "and", ", and"): the next token. */
static size_t past_separator(const extraction_state *c, size_t k, size_t end)
{
    size_t q = k;
    if (q < end && is_punct(c, q, ','))
        q++;
    if (q < end && word_eq(c, q, "and"))
        q++;
    return q;
}

/* The name at token r (a known official's or a run of two or more name
 * words): its length, 0 for none; *at is where it starts. */
static size_t name_at(const extraction_state *c, size_t r, size_t end, size_t *at)
{
    const lexicon_hit *h = r < end ? hit_at(c, r) : NULL;
    size_t skip = 0, n;
    *at = r;
    if (h && h->type == H_PERSON && h->tok == r)
        return h->n;
    if (!h && r < end && (n = pl_name_run(c, r, end, &skip)) >= 2) {
        *at = r + skip;
        return n;
    }
    return 0;
}

/* Names the person at [at, at + n) under title, of state st, unless the
 * gazetteer named it already. */
static int name_person(extraction_state *c, size_t at, size_t n, const char *title,
                       const lexicon_hit *st)
{
    const lexicon_hit *h = hit_at(c, at);
    if (h && h->type == H_PERSON)
        return 0;
    int p = pl_add_person(c, at, at + n, title, st);
    if (p == -2)
        return PARLEY_ENOMEM;
    return p >= 0 ? pl_mark_person(c, at, n, p) : 0;
}

/* "Presidents of Belarus Alexander Lukashenko, Mongolia Khaltmaagiin
 * Battulga, Afghanistan Ashraf Ghani": after a title and "of", states
 * each followed by its official's name, two pairs or more. */
static int interleaved(extraction_state *c, size_t k, const lexicon_hit *th, size_t end)
{
    size_t q = k + th->n + 1, at[8], len[8];
    const lexicon_hit *st[8];
    int np = 0;
    while (np < 8) {
        const lexicon_hit *h = q < end ? hit_at(c, q) : NULL;
        if (!h || h->type != H_COUNTRY || h->tok != q)
            break;
        size_t n = name_at(c, h->tok + h->n, end, &at[np]);
        if (!n)
            break;
        st[np] = h;
        len[np++] = n;
        q = past_separator(c, at[np - 1] + n, end);
        if (q == at[np - 1] + n)
            break;
    }
    if (np < 2)
        return 0;
    const char *title = pl_title_of(c, th);
    for (int i = 0; i < np; i++)
        if (name_person(c, at[i], len[i], title, st[i]))
            return PARLEY_ENOMEM;
    return 0;
}

/* "Foreign Ministers of Russia and Kazakhstan Sergey Lavrov and Kairat
 * Abdrakhmanov": a plural title of two or more states, then as many names;
 * each name takes the state in its place. */
int pl_paired_lists(extraction_state *c)
{
    const ptext *t = c->t;
    for (size_t s = 0; s < t->nsent; s++) {
        /* a title or role word, and a state after it: most sentences
         * have not both */
        if (!(c->sents[s].types & UINT32_C(1) << H_COUNTRY) ||
            !((c->sents[s].types & UINT32_C(1) << H_TITLE) ||
              pl_sent_has(c, s, UINT64_C(1) << W_ROLE)))
            continue;
        size_t start = t->sent[s].first, end = t->sent[s].last;
        for (size_t k = start; k + 3 < end; k++) {
            const lexicon_hit *th = hit_at(c, k);
            if (!th || th->tok != k || !(th->type == H_TITLE || hit_word(c, th, W_ROLE)))
                continue;
            size_t q = k + th->n;
            if (q >= end || !(word_eq(c, q, "of") || word_eq(c, q, "for")))
                continue;
            const lexicon_hit *st[8];
            int ns = 0;
            q++;
            for (;;) {
                const lexicon_hit *h = q < end ? hit_at(c, q) : NULL;
                if (!h || h->type != H_COUNTRY || ns == 8)
                    break;
                st[ns++] = h;
                size_t r = past_separator(c, h->tok + h->n, end);
                if (r == h->tok + h->n) {
                    q = r;
                    break;
                }
                q = r;
            }
            if (ns == 1 && interleaved(c, k, th, end) < 0)
                return PARLEY_ENOMEM;
            if (ns < 2)
                continue;
            /* the names, as many as the states */
            size_t at[8], len[8];
            int nn = 0;
            for (size_t r = q; nn < ns && r < end;) {
                size_t n = name_at(c, r, end, &at[nn]);
                if (!n)
                    break;
                len[nn++] = n;
                size_t r2 = past_separator(c, at[nn - 1] + n, end);
                if (r2 == at[nn - 1] + n && nn < ns)
                    break;
                r = r2;
            }
            if (nn != ns)
                continue;
            const char *title = pl_title_of(c, th);
            for (int i = 0; i < nn; i++)
                if (name_person(c, at[i], len[i], title, st[i]))
                    return PARLEY_ENOMEM;
            k = at[nn - 1] + len[nn - 1];
        }
    }
    return 0;
}

/* A titled gazetteer official heads a list as a found name does:
 * "Presidents Macky Sall of Senegal, Ana Lopes of Benin". */
int pl_known_lists(extraction_state *c)
{
    size_t ne = c->nents; /* the list adds hits; they head no list */
    for (size_t ei = 0; ei < ne; ei++) {
        if (c->hits[c->ents[ei]].type != H_PERSON) /* most hits: no copy made */
            continue;
        const lexicon_hit x = c->hits[c->ents[ei]];
        if (x.id < 0 || x.tok == 0 || (c->t->tok[x.tok].flags & TOKF_SENT_START))
            continue;
        const char *title = pl_title_of(c, hit_at(c, x.tok - 1));
        if (!title)
            continue;
        size_t b = x.tok + x.n, end = b;
        while (end < c->t->ntok && !(c->t->tok[end].flags & TOKF_SENT_START))
            end++;
        if (pl_list_of_states(c, b, end, title, &b) < 0)
            return PARLEY_ENOMEM;
    }
    return 0;
}
