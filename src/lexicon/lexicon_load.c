/* lexicon_load.c: reading the gazetteer files (the embedded data/ TSV
 * files, then the user's --gazetteer files) into the tables and the token
 * trie of lexicon.c. */
#include "lexicon/lexicon.h"
#include "lexicon/lexicon_internal.h"

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

typedef struct loader {
    lexicon *lx;
    const char *file;
    size_t line;
    pl_buf norm;
    parley_error *err;
} loader;

/* A word of a token class (ld->norm holds it, normalised): one token,
 * noted in the token's class mask and value, no phrase of the trie. */
static int add_token_word(loader *ld, const char *phrase, size_t plen, lx_entry e)
{
    lexicon *lx = ld->lx;
    const char *w = ld->norm.data;
    if (strchr(w, ' '))
        return pl_fail(ld->err, PARLEY_EINPUT, -1, "%s:%zu: '%.*s': this word class takes one word",
                       ld->file, ld->line, (int)plen, phrase);
    int32_t id = pl_lexicon_token_add(lx, w, strlen(w));
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
    /* A name written in lower case in the data ("six-party") is one in
     * any case in the text. */
    if (e.cls != LX_WORD && e.cls != LX_TITLE)
        e.caps = *phrase >= 'a' && *phrase <= 'z' ? LX_ANY_CASE : (uint8_t)caps;
    if (e.cls == LX_WORD && e.word >= W_FIRST_TOKEN_CLASS)
        return add_token_word(ld, phrase, plen, e);
    int32_t node = pl_lexicon_phrase_node(lx, ld->norm.data);
    if (node < 0 || pl_lexicon_node_add(lx, node, e))
        return pl_fail(ld->err, PARLEY_ENOMEM, -1, "out of memory");
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
        lx_entry seat = entry(LX_CAPITAL, cap);
        seat.flags = LX_SEAT;
        int rc = add_list(ld, f[0], seat);
        if (!rc && nf > 3)
            rc = add_list(ld, f[3], seat);
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

/* name  aliases  intl|group|body|bloc|format  rules  members */
static int load_org(loader *ld, char **f, int nf)
{
    lexicon *lx = ld->lx;
    if (nf < 3)
        return bad(ld, "expected: name TAB aliases TAB intl|group|body|bloc|format TAB rules");
    /* a format is a body whose name tells its members */
    int by_name = !strcmp(f[2], "format");
    int type = !strcmp(f[2], "intl")              ? LX_ORG_INTL
               : !strcmp(f[2], "group")           ? LX_ORG_GROUP
               : !strcmp(f[2], "body") || by_name ? LX_ORG_BODY
               : !strcmp(f[2], "bloc")            ? LX_ORG_BLOC
                                                  : -1;
    if (type < 0)
        return bad(ld, "organization type must be intl, group, body, bloc or format");
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
    lx->orgs[o].by_name = by_name;
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
    if (by_name && !lx->orgs[o].has_members)
        return bad(ld, "a format needs its members");
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
        return bad(ld, "expected: phrase TAB canonical TAB class [TAB state]");
    int cls = -1, state = -1;
    for (int i = 0; title_classes[i]; i++)
        if (!strcmp(f[2], title_classes[i]))
            cls = i;
    if (cls < 0)
        return bad(ld, "unknown title class");
    if (nf > 3 && !empty(f[3]) && (state = pl_lexicon_country(lx, f[3])) < 0)
        return bad(ld, "state is not a known ISO3 code");
    if (pl_grow((void **)&lx->titles, &lx->titles_cap, lx->ntitles + 1, sizeof *lx->titles))
        return bad(ld, "out of memory");
    int t = (int)lx->ntitles++;
    lx->titles[t].canonical = pl_strdup(f[1]);
    lx->titles[t].cls = cls;
    lx->titles[t].state = state;
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
    "sameday",    "duration",   "regime",      "cardinal",    "means",        "portfolio",
    "formerly",   "conclude",   "topicnoun",  "orgtitle"};

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
            else if (n == 6 && !strncmp(s, "ofhost", 6))
                e.flags |= WF_OFHOST;
            else
                return bad(ld, "unknown word flag (cap, noun, verb, strict, host, ofhost)");
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
    loader ld = {lx, NULL, 0, PL_BUF_INIT, err};
    int rc = pl_lexicon_init(lx) ? pl_fail(err, PARLEY_ENOMEM, -1, "out of memory") : 0;
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
    if (!rc && pl_lexicon_compact(lx))
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (rc)
        pl_lexicon_free(lx);
    return rc;
}
