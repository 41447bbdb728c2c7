/* people.c: named officials. A run of capitalised words is a person when a
 * title stands before it ("Chinese Foreign Minister Wang Yi"), when an
 * apposition gives a role ("Sergey Lavrov, Russia's foreign minister") or
 * when the gazetteer knows the name; later mentions by surname or first
 * name resolve to the same person. */
#include "extract/people.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define MAX_NAME_TOKENS 6


/* name_token past its quick test. */
static int name_token_rest(const extraction_state *c, size_t i)
{
    const text_token *k = &c->t->tok[i];
    const lexicon_hit *h = hit_at(c, i);
    if (h && h->type != H_WORD)
        return 0;
    /* "Jan Lipavsky": a month's short name before a capitalised word */
    if (h && h->n == 1 && hit_word(c, h, W_MONTH) && k->shape == TOK_CAP && i + 1 < c->t->ntok &&
        c->t->tok[i + 1].shape == TOK_CAP && !hit_at(c, i + 1) &&
        (c->t->tok[i + 1].flags & TOKF_SPACE_BEFORE))
        return 1;
    if (h && !hit_word(c, h, W_HONORIFIC) && !hit_word(c, h, W_PARTICLE)) {
        /* Words of the rules (triggers, months...) are not names, but a
         * capitalised word that only happens to be a role noun may be. */
        if (h->n > 1 || !hit_word(c, h, W_ROLE) || hit_word(c, h, W_NOTNAME))
            return 0;
    }
    /* "Xi Jinping Opens BRICS Summit": a headline's verb is no name */
    if (k->shape == TOK_CAP || k->shape == TOK_OTHER)
        return !token_is_word(c, i, W_NOTNAME) && !token_is_word(c, i, W_PORTFOLIO) &&
               !token_is_word(c, i, W_PRESENTAUX);
    if (k->shape == TOK_UPPER)
        return k->normlen <= 3 ? 0 : !token_is_word(c, i, W_NOTNAME);
    const char *w = tok_norm(c, i);
    if (k->shape == TOK_LOWER && (!strncmp(w, "al-", 3) || !strncmp(w, "el-", 3) || !strncmp(w, "ad-", 3)) &&
        k->normlen > 3)
        return 1;
    return 0;
}

/* Can token i be part of a name? Particles (bin, al-, van der) count only
 * between capitalised words; the caller checks that. The commonest "no"
 * is inline: a mark, a number, or a word in lower case without a hyphen
 * (only "al-Sisi" and the like are names in lower case). */
static inline int name_token(const extraction_state *c, size_t i)
{
    const text_token *k = &c->t->tok[i];
    if (k->shape == TOK_PUNCT || k->shape == TOK_DIGIT ||
        (k->shape == TOK_LOWER && !(k->flags & TOKF_HYPHEN)))
        return 0;
    return name_token_rest(c, i);
}

static int particle(const extraction_state *c, size_t i)
{
    return c->t->tok[i].shape == TOK_LOWER && token_is_word(c, i, W_PARTICLE);
}

/* The name run starting at i: returns its token count (0: none). Leading
 * honorifics are skipped (*skip says how many). */
/* Can a name run start at token i? Most tokens start none: a lower-case
 * word (but al-, el-, ad-), a number or a mark that is no honorific.
 * name_run says 0 for them too, only slower; the finders ask this first,
 * for every token of the article. */
static inline int may_start_name(const extraction_state *c, size_t i)
{
    const text_token *t0 = &c->t->tok[i];
    if (t0->shape == TOK_LOWER) {
        if (!(t0->flags & TOKF_HYPHEN) || t0->normlen <= 3)
            return 0;
        const char *w = tok_norm(c, i);
        return w[2] == '-' && ((w[0] == 'a' && (w[1] == 'l' || w[1] == 'd')) ||
                               (w[0] == 'e' && w[1] == 'l'));
    }
    return !((t0->shape == TOK_PUNCT || t0->shape == TOK_DIGIT) &&
             !token_is_word(c, i, W_HONORIFIC));
}

/* Is token k a one-word city or region that may be a family name after a
 * particle ("Al Sabah")? */
static int place_surname(const extraction_state *c, size_t k)
{
    const lexicon_hit *h = hit_at(c, k);
    return h && h->n == 1 && (h->type == H_CITY || h->type == H_REGION) &&
           c->t->tok[k].shape == TOK_CAP;
}

/* Is token k, after a particle, a family name though no name token: a
 * place's name ("Al Sabah": Sabah, a Malaysian state) or a capitalised
 * word of the rules ("bin Said", "Al Said": "said" reports)? */
static int after_particle(const extraction_state *c, size_t k)
{
    const lexicon_hit *h = hit_at(c, k);
    return place_surname(c, k) ||
           (c->t->tok[k].shape == TOK_CAP && h && h->type == H_WORD && h->n == 1);
}

/* pl_name_run for a token that may start a name (may_start_name holds,
 * as for each of c->cand). */
static size_t name_run_from(const extraction_state *c, size_t i, size_t end, size_t *skip)
{
    *skip = 0;
    size_t j = i;
    while (j < end && c->t->tok[j].shape != TOK_LOWER) {
        /* an honorific of one word, or of several ("Tan Sri", "Samdech
         * Techo"), then its mark ("Dr.", "Dato'") */
        const lexicon_hit *h = hit_at(c, j);
        size_t n = h && h->tok == j && hit_word(c, h, W_HONORIFIC) ? h->n
                   : token_is_word(c, j, W_HONORIFIC)              ? 1
                                                                   : 0;
        if (!n)
            break;
        j += n;
        if (j < end && (is_punct(c, j, '.') || is_punct(c, j, '\'')))
            j++;
    }
    *skip = j - i;
    size_t k = j, last_name_end = j;
    while (k < end && k - j < MAX_NAME_TOKENS + 2) {
        const text_token *tk = &c->t->tok[k];
        if (k > j && (tk->flags & TOKF_PARA_START))
            break; /* a headline's last name and a byline's first are two */
        /* Initials in capitals ("JD Vance") and suffixes ("Marcos Jr.") */
        if (tk->shape == TOK_UPPER && tk->normlen <= 3 && !hit_at(c, k) && k + 1 < end &&
            name_token(c, k + 1)) {
            k++;
            continue;
        }
        if (k > j && (word_eq(c, k, "jr") || word_eq(c, k, "sr")) && tk->shape == TOK_CAP) {
            k++;
            last_name_end = k;
            continue;
        }
        if (name_token(c, k)) {
            /* "S. Jaishankar": an initial may carry its period. */
            if (c->t->tok[k].normlen == 1 && k + 1 < end && is_punct(c, k + 1, '.') &&
                k + 2 < end && name_token(c, k + 2)) {
                k += 2;
                continue;
            }
            k++;
            last_name_end = k;
            continue;
        }
        /* "Ahmed Nasser Al Sabah", "Fahd bin Mahmoud Al Said": after a
         * particle, a place's name or a word of the rules */
        if (k > j && token_is_word(c, k - 1, W_PARTICLE) && after_particle(c, k)) {
            k++;
            last_name_end = k;
            continue;
        }
        if (particle(c, k) && k > j && k + 1 < end &&
            (name_token(c, k + 1) || particle(c, k + 1) || after_particle(c, k + 1))) {
            k++;
            continue;
        }
        /* A nickname in quotes inside the name: Philip "Brave" Davis */
        if (k > j && k + 3 < end && is_punct(c, k, '"') && name_token(c, k + 1) && is_punct(c, k + 2, '"') &&
            name_token(c, k + 3)) {
            k += 3;
            continue;
        }
        break;
    }
    return last_name_end - j;
}

size_t pl_name_run(const extraction_state *c, size_t i, size_t end, size_t *skip)
{
    *skip = 0;
    return may_start_name(c, i) ? name_run_from(c, i, end, skip) : 0;
}

const lexicon_hit *pl_affiliation_before(const extraction_state *c, size_t i, size_t start)
{
    size_t k = i;
    int steps = 0, comma = 0;
    while (k > start && steps++ < 7) {
        k--;
        const lexicon_hit *h = hit_at(c, k);
        /* "to a battered Beirut, Secretary of State X": a city set off
         * by a comma is a place, not the title's state */
        if (h && h->type == H_CAPITAL && comma)
            return NULL;
        if (h && (h->type == H_COUNTRY || h->type == H_DEMONYM || h->type == H_ORG ||
                  h->type == H_CAPITAL))
            return h;
        comma |= is_punct(c, k, ',');
        /* a possessive 's is a token only after a word, so words.tsv
         * cannot list it: it is compared here */
        int ok = token_is_word(c, k, W_TITLEMOD) || word_eq(c, k, "'s");
        /* "a senior Chinese official, top diplomat Wang Yi" */
        if ((h && h->type == H_WORD && hit_word(c, h, W_ROLE)) || is_punct(c, k, ','))
            ok = 1;
        if (h && h->type == H_TITLE) {
            k = h->tok;
            ok = 1;
        }
        if (!ok)
            return NULL;
    }
    return NULL;
}

/* The first state or organisation hit in [a, b). */
static const lexicon_hit *affiliation_in(const extraction_state *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        const lexicon_hit *h = hit_at(c, k);
        if (h && (h->type == H_COUNTRY || h->type == H_DEMONYM || h->type == H_ORG ||
                  h->type == H_CAPITAL))
            return h;
    }
    return NULL;
}

static void set_affiliation(const extraction_state *c, person *p, const lexicon_hit *h)
{
    if (!h || p->country >= 0 || p->org >= 0)
        return;
    if (h->type == H_ORG)
        p->org = h->id;
    else if (h->type == H_CAPITAL)
        p->country = c->ex->lx.places[h->id].country;
    else
        p->country = h->id;
}

/* Copies the surface form of tokens [a, b) (skipping periods after
 * initials) into out. A communique's surname in capitals beside a given
 * name that is not ("Patrice TALON") is written as names are ("Patrice
 * Talon"), when it is plain ASCII. */
static void surface(const extraction_state *c, size_t a, size_t b, char *out, size_t cap)
{
    size_t k = 0;
    int mixed = 0;
    for (size_t i = a; i < b; i++)
        mixed |= c->t->tok[i].shape == TOK_CAP;
    out[0] = '\0';
    for (size_t i = a; i < b; i++) {
        const text_token *t = &c->t->tok[i];
        int glued = t->shape == TOK_PUNCT && !(t->flags & TOKF_SPACE_BEFORE) && k;
        if (t->shape == TOK_PUNCT && !(glued && c->t->clean[t->start] == '.'))
            continue; /* keep the period of an initial ("S. Jaishankar") */
        size_t n = t->end - t->start;
        if (k + n + 2 >= cap)
            break;
        if (k && !glued)
            out[k++] = ' ';
        memcpy(out + k, c->t->clean + t->start, n);
        if (mixed && t->shape == TOK_UPPER && n >= 3) {
            int ascii = 1;
            for (size_t q = 0; q < n; q++)
                ascii &= out[k + q] >= 'A' && out[k + q] <= 'Z';
            for (size_t q = 1; q < n && ascii; q++)
                out[k + q] = (char)(out[k + q] - 'A' + 'a');
        }
        k += n;
        out[k] = '\0';
    }
}

static int find_person(const extraction_state *c, const char *name)
{
    intptr_t v = pl_smap_get(&c->person_by_name, name, strlen(name));
    return v ? (int)(v - 1) : -1;
}

/* The one person whose first or last name is w, or -1 (none, or several). */
static int person_by_word(const extraction_state *c, const char *w)
{
    intptr_t v = pl_smap_get(&c->person_by_word, w, strlen(w));
    return v && v != PERSON_AMBIGUOUS ? (int)(v - 1) : -1;
}

/* A later mention's person: the one whose first or last name is w; of
 * several ("Wang" after Wang Yi and Wang Wenbin), the first the text
 * names, its protagonist. */
static int person_mentioned(const extraction_state *c, const char *w)
{
    intptr_t v = pl_smap_get(&c->person_by_word, w, strlen(w));
    if (v != PERSON_AMBIGUOUS)
        return v ? (int)(v - 1) : -1;
    int best = -1;
    for (size_t p = 0; p < c->npeople; p++)
        if ((!strcmp(c->people[p].first, w) || !strcmp(c->people[p].last, w)) &&
            (best < 0 || c->people[p].first_tok < c->people[best].first_tok))
            best = (int)p;
    return best;
}

static int index_word(extraction_state *c, const char *w, int p)
{
    if (!w[0])
        return 0;
    intptr_t v = pl_smap_get(&c->person_by_word, w, strlen(w));
    if (v && v != (intptr_t)(p + 1))
        return pl_smap_put(&c->person_by_word, w, strlen(w), PERSON_AMBIGUOUS);
    return v ? 0 : pl_smap_put(&c->person_by_word, w, strlen(w), (intptr_t)(p + 1));
}

/* Adds (or finds) a person named by tokens [a, b). */
int pl_add_person(extraction_state *c, size_t a, size_t b, const char *title,
                  const lexicon_hit *aff)
{
    char name[160];
    surface(c, a, b, name, sizeof name);
    if (!name[0])
        return -1;
    int p = find_person(c, name);
    if (p < 0) {
        if (c->npeople >= MAX_PEOPLE)
            return -1;
        if (pl_grow((void **)&c->people, &c->people_cap, c->npeople + 1, sizeof *c->people))
            return -2;
        p = (int)c->npeople++;
        person *n = &c->people[p];
        memset(n, 0, sizeof *n);
        pl_copy(n->name, sizeof n->name, name);
        n->country = n->org = -1;
        n->first_tok = (uint32_t)a;
        n->ntok = (uint32_t)(b - a);
        /* First and last name tokens, for later mentions. */
        size_t f = a, l = b - 1;
        while (f < b && (c->t->tok[f].shape == TOK_PUNCT || c->t->tok[f].normlen == 1))
            f++;
        while (l > a && (c->t->tok[l].shape == TOK_PUNCT || word_eq(c, l, "jr") || word_eq(c, l, "sr") ||
                         word_eq(c, l, "ii") || word_eq(c, l, "iii")))
            l--; /* "Marcos" names Ferdinand Marcos Jr. */
        if (f < b)
            pl_copy(n->first, sizeof n->first, tok_norm(c, f));
        pl_copy(n->last, sizeof n->last, tok_norm(c, l));
        if (!strcmp(n->first, n->last))
            n->first[0] = '\0';
        if (pl_smap_put(&c->person_by_name, n->name, strlen(n->name), (intptr_t)(p + 1)) ||
            index_word(c, n->first, p) || index_word(c, n->last, p))
            return -2;
    }
    person *n = &c->people[p];
    if (title && !n->title[0])
        pl_copy(n->title, sizeof n->title, title);
    set_affiliation(c, n, aff);
    return p;
}

int pl_mark_person(extraction_state *c, size_t a, size_t n, int p)
{
    if (pl_grow((void **)&c->hits, &c->hits_cap, c->nhits + 1, sizeof *c->hits))
        return PARLEY_ENOMEM;
    lexicon_hit h = {(uint32_t)a, (uint32_t)n, H_PERSON, 0, 0, -1, p, 0};
    c->hits[c->nhits] = h;
    for (size_t k = a; k < a + n; k++)
        c->hit_at[k] = (int32_t)c->nhits;
    c->nhits++;
    return pl_note_ent(c, c->nhits - 1);
}

/* Title text as written in the gazetteer's canonical form. */
const char *pl_title_of(const extraction_state *c, const lexicon_hit *h)
{
    return h && h->type == H_TITLE ? c->ex->lx.titles[h->id].canonical : NULL;
}

/* "President of the Italian Senate Maria Casellati", "Speaker of the
 * Kuwaiti National Assembly Marzouq Ghanim", "Chairman of Ukraine's
 * Supreme Council, Oleksandr Moroz": the body a title heads, in capitalised
 * words (after a state's adjective or possessive, the state it is of: *of)
 * between "of" and the name at token i. Returns where the title ends
 * (right after it), or i when no such body stands there. */
static size_t body_before(const extraction_state *c, size_t i, size_t start, const lexicon_hit **of)
{
    size_t k = i;
    while (k > start && i - k < 4 && c->t->tok[k - 1].shape == TOK_CAP &&
           (!hit_at(c, k - 1) || hit_at(c, k - 1)->type == H_WORD))
        k--;
    /* the body ends in a body's word ("Senate", "Assembly", "Council") */
    if (k == i || !token_is_word(c, i - 1, W_ORGWORD))
        return i;
    const lexicon_hit *st = k > start ? hit_at(c, k - 1) : NULL, *h;
    if (st && st->type == H_DEMONYM) {
        k = st->tok;
    } else if (k >= start + 2 && word_eq(c, k - 1, "'s") && (h = hit_at(c, k - 2)) &&
               h->type == H_COUNTRY) {
        st = h;
        k = h->tok;
    } else {
        st = NULL;
    }
    if (k > start && word_eq(c, k - 1, "the"))
        k--;
    if (k < start + 2 || !word_eq(c, k - 1, "of") || !hit_at(c, k - 2) ||
        hit_at(c, k - 2)->type != H_TITLE)
        return i;
    *of = st;
    return k - 1;
}

/* A title hit ending right before token i (allowing a comma between:
 * "the Saudi foreign minister, Prince Faisal"). */
static const lexicon_hit *title_before(const extraction_state *c, size_t i, size_t start,
                                       int *comma, const lexicon_hit **of)
{
    *comma = 0;
    *of = NULL;
    size_t name = i;
    if (i > start && is_punct(c, i - 1, ',')) {
        *comma = 1;
        i--;
    }
    /* "Foreign Minister of Pakistan Bilal Khan": the state the title is of */
    const lexicon_hit *sh = i > start ? hit_at(c, i - 1) : NULL;
    if (sh && (sh->type == H_COUNTRY || sh->type == H_ORG)) {
        size_t q = sh->tok > start && word_eq(c, sh->tok - 1, "the") ? sh->tok - 1 : sh->tok;
        if (q >= start + 2 && (word_eq(c, q - 1, "of") || word_eq(c, q - 1, "for"))) {
            i = q - 1;
            *of = sh;
        }
    }
    /* "Minister for International Relations and Cooperation Affairs": the
     * title goes on with its field. */
    size_t k = i;
    while (k > start && (token_is_word(c, k - 1, W_PORTFOLIO) ||
                         (k < i && word_eq(c, k - 1, "and"))))
        k--;
    if (k < i && k >= start + 2 && (word_eq(c, k - 1, "for") || word_eq(c, k - 1, "of")) &&
        hit_at(c, k - 2) && hit_at(c, k - 2)->type == H_TITLE)
        i = k - 1;
    if (*of && !(i > start && hit_at(c, i - 1) && hit_at(c, i - 1)->type == H_TITLE))
        return *of = NULL;
    if (i <= start)
        return NULL;
    /* a full name only: one word after a body is the body's ("Chief of
     * State Protocol") */
    if (!*of && !(hit_at(c, i - 1) && hit_at(c, i - 1)->type == H_TITLE) && name + 1 < c->t->ntok &&
        (c->t->tok[name + 1].shape == TOK_CAP || particle(c, name + 1)) &&
        !(c->t->tok[name + 1].flags & TOKF_SENT_START))
        i = body_before(c, i, start, of);
    const lexicon_hit *h = hit_at(c, i - 1);
    if (h && h->type == H_WORD && h->n == 1 && token_is_word(c, i - 1, W_COUNTERPART))
        return h; /* "his Polish counterpart Donald Tusk" */
    return h && h->type == H_TITLE ? h : NULL;
}

/* Do a gazetteer name and a folded token begin alike ("Annalena" and
 * "analina")? An accented first letter ("Évariste", "everiste") is passed
 * over and the next one compared. */
static int first_letters_agree(const char *gn, const char *tn)
{
    if ((unsigned char)gn[0] >= 0x80) {
        size_t k = 1;
        while ((gn[k] & 0xC0) == 0x80)
            k++;
        return tn[0] && tolower((unsigned char)gn[k]) == tn[1];
    }
    return gn[0] && tolower((unsigned char)gn[0]) == tn[0] && tolower((unsigned char)gn[1]) == tn[1];
}

/* Is word (folded to lower case) one of the words of name? */
static int name_has_word(const char *name, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = name; n && *p;) {
        size_t len = strcspn(p, " ");
        if (len == n && strncasecmp(p, word, n) == 0)
            return 1;
        p += len;
        p += *p == ' ';
    }
    return 0;
}


/* Does token k look like a given name standing first in a name: a
 * capitalised word of three letters or more that no list knows, after a title, an
 * honorific, a comma or nothing ("President Matamela Cyril Ramaphosa";
 * not "Israel's Mossad David Barnea", "H.E Moussa Faki")? */
static int given_name_at(const extraction_state *c, size_t k)
{
    const text_token *t = &c->t->tok[k];
    if (t->shape != TOK_CAP || t->normlen < 3 || hit_at(c, k) ||
        !(t->flags & TOKF_SPACE_BEFORE || t->flags & TOKF_SENT_START))
        return 0;
    if (k == 0 || (t->flags & TOKF_SENT_START))
        return 1;
    const lexicon_hit *b = hit_at(c, k - 1);
    return is_punct(c, k - 1, ',') || (b && (b->type == H_TITLE || hit_word(c, b, W_HONORIFIC)));
}

/* A known surname alone that the text gives to someone else ("Abe Zed",
 * "Jill Biden"): no hit of the gazetteer's person, the name finders take
 * the name. */
static void someone_else(extraction_state *c, lexicon_hit *x)
{
    x->type = H_NONE;
    x->id = -1;
    c->hit_at[x->tok] = -1;
}

/* Is state or body hit h, found by title_before, the one a title is "for"
 * ("envoy for Yemen", "Special Representative for Afghanistan")? */
static int posted_to(const extraction_state *c, const lexicon_hit *h, size_t start)
{
    size_t q = h->tok > start && word_eq(c, h->tok - 1, "the") ? h->tok - 1 : h->tok;
    return q > start && word_eq(c, q - 1, "for");
}

/* "Outgoing Dutch Prime Minister Mark Rutte", "the Prime Minister of the
 * Netherlands, Mark Rutte": the state a title before the name at token i
 * gives (not "former", not "envoy for Syria"), or NULL. An official the
 * gazetteer has at an international body may be told in a state's office
 * the article was written in. */
static const lexicon_hit *national_title(const extraction_state *c, size_t i)
{
    size_t start = i;
    while (start > 0 && i - start < 12 && !is_punct(c, start - 1, '.'))
        start--;
    int comma;
    const lexicon_hit *of, *t = title_before(c, i, start, &comma, &of);
    if (!t)
        return NULL;
    /* "Minister of the Netherlands", not "Envoy for Syria" */
    if (of && posted_to(c, of, start))
        return NULL;
    const lexicon_hit *aff = of ? of : pl_affiliation_before(c, t->tok, start);
    for (size_t k = start; aff && k < i; k++)
        if (word_eq(c, k, "former"))
            return NULL;
    /* the state is the title's own ("the UK, Germany, and EU foreign
     * policy chief X" is not Germany's) */
    for (size_t k = aff && !of ? aff->tok + aff->n : i; k < t->tok; k++)
        if (is_punct(c, k, ',') || word_eq(c, k, "and"))
            return NULL;
    return aff && (aff->type == H_COUNTRY || aff->type == H_DEMONYM) ? aff : NULL;
}

/* Gazetteer officials: every mention of one official ("Antony Blinken",
 * later "Blinken") is one person, named by the fullest form the article
 * uses, without a leading honorific or title ("Prince Faisal bin Farhan"). */
static int known_officials(extraction_state *c)
{
    const lexicon *lx = &c->ex->lx;
    for (size_t ei = 0; ei < c->nents; ei++) {
        size_t h = c->ents[ei];
        lexicon_hit *x = &c->hits[h];
        if (x->type != H_PERSON || x->id < 0 || x->adjectival)
            continue;
        /* A name inside another name: "King Salman Humanitarian Aid Centre",
         * "the Trump administration". */
        size_t after = x->tok + x->n;
        if (after < c->t->ntok && hit_word(c, hit_at(c, after), W_ORGWORD) &&
            (c->t->tok[after].shape == TOK_CAP || token_is_word(c, after, W_REGIME))) {
            x->type = H_NONE;
            x->id = -1;
            continue;
        }
        /* A surname alone ("Abe") followed by more name ("Abe Zed") is
         * someone else's name. */
        if (x->n == 1 && after < c->t->ntok && name_token(c, after) && !hit_at(c, after) &&
            (c->t->tok[after].flags & TOKF_SPACE_BEFORE)) {
            someone_else(c, x);
            continue;
        }
        /* First names the text puts before a known surname ("Analina
         * Baerbock", "Abdel Fattah Al Sisi"): the same person. */
        size_t from = x->tok;
        while (from > 0 && !(c->t->tok[from].flags & TOKF_SENT_START)) {
            size_t k = from - 1;
            const lexicon_hit *bh = hit_at(c, k);
            int word_ok = !bh || (bh->type == H_WORD && !hit_word(c, bh, W_HONORIFIC));
            if (!(c->t->tok[from].flags & TOKF_SPACE_BEFORE))
                break;
            if (word_ok && name_token(c, k))
                from = k;
            else if (is_punct(c, k, '.') && k > 0 && c->t->tok[k - 1].normlen == 1 &&
                     c->t->tok[k - 1].shape != TOK_LOWER && !hit_at(c, k - 1) &&
                     !(c->t->tok[k].flags & TOKF_SPACE_BEFORE) &&
                     !(c->t->tok[k - 1].flags & TOKF_SENT_START))
                from = k - 1; /* a middle initial: "Antony J. Blinken" */
            else
                break;
        }
        /* ...when its first letters agree with the gazetteer's first name
         * ("Analina" for Annalena); "Jill Biden" is someone else. */
        /* A given name before the gazetteer's full name is one more:
         * "Matamela Cyril Ramaphosa". */
        if (from < x->tok) {
            const char *gn = lx->officials[x->id].name, *tn = tok_norm(c, from);
            size_t first = strcspn(gn, " ");
            int full = x->n >= 2 && gn[first] && strlen(tok_norm(c, x->tok)) == first &&
                       strncasecmp(gn, tok_norm(c, x->tok), first) == 0;
            if (!first_letters_agree(gn, tn) &&
                !name_has_word(gn, tn) && /* "Omar Guelleh" for Ismail Omar Guelleh */
                !(full && from + 1 == x->tok && given_name_at(c, from))) {
                /* "Jill Biden", "Yasser Abbas": another person of that
                 * surname, for the name finders */
                if (x->n == 1) {
                    someone_else(c, x);
                    continue;
                }
                from = x->tok;
            }
        }
        if (from < x->tok) {
            for (size_t k = from; k < x->tok; k++)
                c->hit_at[k] = (int32_t)h;
            x->n += (uint32_t)(x->tok - from);
            x->tok = (uint32_t)from;
        }
        /* The fuller name the text gives: "Mohamed bin Zayed Al Nahyan". */
        size_t end = c->t->ntok;
        while (after < end && !(c->t->tok[after].flags & TOKF_LINE_START)) {
            const lexicon_hit *ah = hit_at(c, after);
            if (name_token(c, after) && (!ah || ah->type == H_WORD)) {
                after++;
            } else if (particle(c, after) && after + 1 < end && name_token(c, after + 1) &&
                       !hit_at(c, after + 1)) {
                after += 2;
            } else {
                break;
            }
        }
        for (size_t k = x->tok + x->n; k < after; k++)
            c->hit_at[k] = (int32_t)h;
        x->n = (uint32_t)(after - x->tok);
        /* Without the leading title or honorific: "Senior General", "Prince". */
        while (x->n > 1) {
            if (token_is_word(c, x->tok, W_HONORIFIC)) { /* an alias may hold it: "Sheikh X" */
                x->tok++;
                x->n--;
                continue;
            }
            int32_t head = -1;
            size_t tn = pl_lexicon_match(lx, c->t, x->tok, x->tok + x->n - 1, &head);
            int lead = 0;
            for (int32_t e = tn ? head : -1; e >= 0; e = lx->entries[e].next)
                lead |= lx->entries[e].cls == LX_TITLE ||
                        (lx->entries[e].cls == LX_WORD && lx->entries[e].word == W_HONORIFIC);
            if (!lead)
                break;
            x->tok += (uint32_t)tn;
            x->n -= (uint32_t)tn;
        }
    }
    /* One person per official, named by its longest mention: one pass finds
     * each official's longest hit, a second gives every hit its person.
     * Only the officials the article names are visited, in gazetteer
     * order (people are numbered in it): a pass over every official of
     * the gazetteer per article cost more than the rest of this function.
     * An article naming more than NAMED_MAX of them takes that pass. */
    enum { NAMED_MAX = 256 };
    uint32_t named[NAMED_MAX];
    size_t nnamed = 0, nperson = 0;
    int32_t *map = c->per_entity; /* longest hit, then person */
    for (size_t ei = 0; ei < c->nents; ei++)
        if (c->hits[c->ents[ei]].type == H_PERSON && c->hits[c->ents[ei]].id >= 0) {
            nperson++;
            map[c->hits[c->ents[ei]].id] = -1; /* all of map below, when too many */
        }
    int few = nperson <= NAMED_MAX;
    size_t no = few ? 0 : lx->nofficials;
    for (size_t o = 0; o < no; o++)
        map[o] = -1;
    size_t found = 0;
    for (size_t ei = 0; ei < c->nents; ei++) {
        size_t h = c->ents[ei];
        const lexicon_hit *x = &c->hits[h];
        if (x->type == H_PERSON && x->id >= 0 && (map[x->id] < 0 || x->n > c->hits[map[x->id]].n)) {
            if (few && map[x->id] < 0) { /* in order of the gazetteer: an insertion */
                size_t k = nnamed++;
                for (; k > 0 && named[k - 1] > (uint32_t)x->id; k--)
                    named[k] = named[k - 1];
                named[k] = (uint32_t)x->id;
            }
            map[x->id] = (int32_t)h;
            found++;
        }
    }
    if (few)
        no = nnamed;
    for (size_t q = 0; found && q < no; q++) {
        size_t o = few ? named[q] : q;
        if (map[o] < 0)
            continue;
        const lexicon_hit *best = &c->hits[map[o]];
        const lx_official *of = &lx->officials[o];
        int p = pl_add_person(c, best->tok, best->tok + best->n, of->title,
                              of->org >= 0 ? national_title(c, best->tok) : NULL);
        if (p == -2)
            return PARLEY_ENOMEM;
        if (p >= 0 && c->people[p].country < 0 && c->people[p].org < 0) {
            c->people[p].country = of->country;
            c->people[p].org = of->org;
        }
        map[o] = p; /* -1 when the cap on people was reached */
    }
    for (size_t ei = 0; ei < c->nents; ei++) {
        lexicon_hit *x = &c->hits[c->ents[ei]];
        if (x->type == H_PERSON && x->id >= 0)
            x->id = map[x->id];
    }
    return 0;
}

/* The next name run from i on, before end: its first token (a token that
 * may start a name and is no other hit), with *skip and *n as name_run
 * gives them; end when none is left. *ci walks c->cand across sentences. */
static size_t next_name(extraction_state *c, size_t *ci, size_t i, size_t end, size_t *skip,
                        size_t *n)
{
    for (; i < end; i++) {
        /* On to the next token that may start a name. */
        while (*ci < c->ncand && c->cand[*ci] < i)
            (*ci)++;
        if (*ci == c->ncand || c->cand[*ci] >= end)
            break;
        i = c->cand[*ci];
        if (c->hit_at[i] >= 0 && c->hits[c->hit_at[i]].type != H_WORD)
            continue;
        if ((*n = name_run_from(c, i, end, skip))) /* i is a candidate */
            return i;
    }
    return end;
}

/* Apposition: "Sergey Lavrov, Russia's foreign minister": the title in the
 * noun phrase after the comma at b, with its text and affiliation in
 * *ttext and *aff; NULL (nothing set) when there is none. */
static const lexicon_hit *apposition_title(extraction_state *c, size_t b, size_t end,
                                           const char **ttext, const lexicon_hit **aff)
{
    size_t lim = b + 9 < end ? b + 9 : end;
    for (size_t k = b + 1; k < lim; k++) {
        /* An apposition is a noun phrase: a verb or a clause ends it
         * ("Kim, will fly on to ... with U.S. President Trump"). */
        if (is_punct(c, k, ',') || is_punct(c, k, '.') || is_punct(c, k, ';') ||
            token_is_word(c, k, W_REPORT) || token_is_word(c, k, W_PLANNED) ||
            token_is_word(c, k, W_TRIGGER) || token_is_word(c, k, W_HOST) ||
            token_is_word(c, k, W_PARTICIPATE) || token_is_word(c, k, W_PAST) ||
            word_eq(c, k, "who") || word_eq(c, k, "which") || word_eq(c, k, "is") ||
            word_eq(c, k, "has") || word_eq(c, k, "said"))
            break;
        const lexicon_hit *h = hit_at(c, k);
        if (h && h->type == H_TITLE) {
            *ttext = pl_title_of(c, h);
            *aff = pl_affiliation_before(c, h->tok, b + 1);
            if (!*aff)
                *aff = affiliation_in(c, b + 1, lim);
            return h;
        }
    }
    return NULL;
}

/* "junta leaders Assimi Goïta and Ibrahim Traoré": the title covers a
 * second name after "and" at *b, which then ends past it; a title in the
 * plural covers a list ("Senators A, B and C"). 0 or PARLEY_ENOMEM. */
static int title_covers_next(extraction_state *c, size_t *b, size_t end, const char *ttext,
                             const lexicon_hit *aff, int plural)
{
    for (;;) {
        size_t k = *b;
        int last = 0;
        if (plural && k < end && is_punct(c, k, ','))
            k++;
        if (k < end && word_eq(c, k, "and")) {
            k++;
            last = 1;
        }
        if (k == *b || (!last && !plural) || k >= end || hit_at(c, k))
            return 0;
        size_t skip2 = 0, n2 = pl_name_run(c, k, end, &skip2);
        if (n2 < 2)
            return 0;
        size_t a2 = k + skip2;
        int p2 = pl_add_person(c, a2, a2 + n2, ttext, aff);
        if (p2 == -2)
            return PARLEY_ENOMEM;
        if (p2 >= 0 && pl_mark_person(c, a2, n2, p2))
            return PARLEY_ENOMEM;
        *b = a2 + n2;
        if (last)
            return 0;
    }
}

/* What each_name calls on a name run: tokens [*ip + skip, *ip + skip + n)
 * of the sentence [start, end). It may move *ip on (to the run's last
 * token, say); the walk resumes after *ip. Nonzero stops the walk. */
typedef int (*name_fn)(extraction_state *c, size_t start, size_t end, size_t *ip, size_t skip,
                       size_t n);

/* Calls fn on each name run of each sentence, in order. */
static int each_name(extraction_state *c, name_fn fn)
{
    const ptext *t = c->t;
    size_t ci = 0;
    for (size_t s = 0; s < t->nsent; s++) {
        size_t start = t->sent[s].first, end = t->sent[s].last;
        size_t skip, n;
        for (size_t i = start; (i = next_name(c, &ci, i, end, &skip, &n)) < end; i++) {
            int rc = fn(c, start, end, &i, skip, n);
            if (rc)
                return rc;
        }
    }
    return 0;
}

/* An official with a title before the name (or an apposition after it);
 * *ip is where the sentence's walk goes on from, as in each_name. */
static int titled_name(extraction_state *c, size_t start, size_t end, size_t *ip, size_t skip,
                       size_t n)
{
    size_t i = *ip, a = i + skip, b = a + n;
    /* "his wife Kim Hea-kyung": family members hold no office. */
    if (a > start && token_is_word(c, a - 1, W_FAMILY)) {
        *ip = b - 1;
        return 0;
    }
    int comma = 0;
    const lexicon_hit *of = NULL;
    const lexicon_hit *title = title_before(c, i, start, &comma, &of);
    const lexicon_hit *aff = NULL;
    const char *ttext = NULL;
    if (title) {
        ttext = pl_title_of(c, title);
        /* "Foreign Minister of Pakistan Bilawal Bhutto Zardari"; but "US
         * envoy for Yemen, Tim Lenderking" serves the state before the
         * title, not the one he is posted to */
        aff = of && !posted_to(c, of, start) ? of : pl_affiliation_before(c, title->tok, start);
    } else if (n >= 2 && b + 1 < end && is_punct(c, b, ',')) {
        title = apposition_title(c, b, end, &ttext, &aff);
    }
    /* "Brazil's Luiz Inácio Lula da Silva": a state's possessive
     * before a full name presents its leader or envoy. */
    if (!title && n >= 2 && i >= start + 2 && word_eq(c, i - 1, "'s")) {
        const lexicon_hit *ph = hit_at(c, i - 2);
        if (ph && (ph->type == H_COUNTRY || ph->type == H_ORG) &&
            !(b < end && hit_word(c, hit_at(c, b), W_ORGWORD))) {
            title = ph;
            aff = ph;
            ttext = NULL;
        }
    }
    if (!title) {
        *ip = b > i ? b - 1 : i;
        return 0;
    }
    /* A name inside another name: "King Salman Humanitarian Aid Centre" */
    if (b < end && hit_word(c, hit_at(c, b), W_ORGWORD) && c->t->tok[b].shape == TOK_CAP) {
        *ip = b - 1;
        return 0;
    }
    if (n == 1 && comma)
        return 0;
    /* One short word is an initialism or a handle ("MbS", "X"),
     * not a name to list. */
    if (n == 1 && c->t->tok[a].normlen <= 3)
        return 0;
    /* "President Joe Biden of the United States": the state after
     * the name wins over one before it, which in a list ("Bio of
     * Sierra Leone, President Talon of Benin") is the last item's. */
    size_t past;
    const lexicon_hit *after = pl_of_body(c, b, end, &past);
    if (after)
        aff = after;
    int p = -1;
    if (n == 1) /* "Prince Faisal" after "Prince Faisal bin Farhan": the same person */
        p = person_by_word(c, tok_norm(c, a));
    if (p < 0)
        p = pl_add_person(c, a, b, ttext, aff);
    if (p == -2)
        return PARLEY_ENOMEM;
    if (p >= 0 && pl_mark_person(c, a, n, p))
        return PARLEY_ENOMEM;
    /* "President Ana Lopes of Guinea-Bissau, Kofi Mensah of Ghana and
     * Paul Dossou of Benin": the title covers each "Name of State"
     * that follows in the list. */
    if (p >= 0) {
        int pn = pl_list_of_states(c, b, end, ttext, &b);
        if (pn < 0)
            return PARLEY_ENOMEM;
    }
    /* the title as written ends in "s": "Senators", "lawmakers" */
    size_t tl = title->tok + title->n - 1, tn = c->t->tok[tl].normlen;
    int plural = title->type == H_TITLE && tn > 3 && tok_norm(c, tl)[tn - 1] == 's';
    if (p >= 0 && title_covers_next(c, &b, end, ttext, aff, plural))
        return PARLEY_ENOMEM;
    *ip = b - 1;
    return 0;
}

static int find_titled(extraction_state *c)
{
    return each_name(c, titled_name);
}

/* Later mentions: a capitalised word (or run) equal to a known person's
 * surname or first name (person_mentioned). */
static int mentioned_name(extraction_state *c, size_t start, size_t end, size_t *ip, size_t skip,
                          size_t n)
{
    (void)start;
    (void)end;
    size_t a = *ip + skip, b = a + n;
    /* The run's last word is someone's surname, or a lone word is
     * someone's first name ("Wang" for Wang Yi). */
    int found = person_mentioned(c, tok_norm(c, b - 1));
    if (found >= 0 && n > 1 && strcmp(c->people[found].last, tok_norm(c, b - 1)))
        found = -1;
    if (found >= 0 && pl_mark_person(c, a, n, found))
        return PARLEY_ENOMEM;
    *ip = b - 1;
    return 0;
}

static int find_mentions(extraction_state *c)
{
    /* With no one found, no name can be a later mention of anyone. */
    return c->npeople ? each_name(c, mentioned_name) : 0;
}

/* Does token i start no name run, now and later (name_run_from says 0)?
 * A run starts with an honorific, a name word or an initial in capitals
 * before one; once known_officials is done a token's hit only ever
 * becomes a person's, which makes none of these true. */
static int starts_no_name(const extraction_state *c, size_t i)
{
    const text_token *k = &c->t->tok[i];
    if (k->shape != TOK_LOWER && token_is_word(c, i, W_HONORIFIC))
        return 0;
    if (k->shape == TOK_UPPER && k->normlen <= 3 && c->hit_at[i] < 0)
        return 0; /* "JD Vance": may start one */
    return !name_token(c, i);
}

int pl_people_find(extraction_state *c)
{
    int rc = known_officials(c);
    /* The finders below visit only tokens that may start a name (a fifth
     * of them or so), listed once for both. A token that some other hit
     * covers by now (a state, a title, a gazetteer's official) starts
     * none (next_name): from here on a token's hit only ever becomes a
     * person's (pl_mark_person), so such a token is left out of the list
     * at once, and so is one that starts no run ("The", "He"). */
    c->ncand = 0;
    const text_token *tok = c->t->tok;
    for (size_t i = 0, n = rc ? 0 : c->t->ntok; i < n; i++) {
        /* the commonest token first, in the loop: a lower-case word with
         * no hyphen starts no name (may_start_name; by hand for speed,
         * as this runs for every token of the article) */
        if (tok[i].shape == TOK_LOWER && !(tok[i].flags & TOKF_HYPHEN))
            continue;
        if (may_start_name(c, i) && (c->hit_at[i] < 0 || c->hits[c->hit_at[i]].type == H_WORD) &&
            !starts_no_name(c, i))
            c->cand[c->ncand++] = (uint32_t)i;
    }
    if (!rc)
        rc = find_titled(c);
    if (!rc)
        rc = pl_paired_lists(c);
    if (!rc)
        rc = pl_known_lists(c);
    if (!rc)
        rc = find_mentions(c);
    if (!rc) {
        pl_affiliate(c);
        pl_mark_appositions(c);
    }
    return rc;
}
