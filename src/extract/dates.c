/* dates.c: date expressions in a sentence ("on Monday", "from Wednesday to
 * Friday", "March 3-4", "in July", "last week") and their resolution against
 * the article's date: planned meetings look forward, held ones back; weeks
 * and "earlier this month" give the month, as the annotation guideline asks. */
#include "extract/internal.h"
#include "extract/meetings.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int num_at(const extraction_state *c, size_t i, int *lo, int *hi)
{
    const char *w = tok_norm(c, i);
    if (c->t->tok[i].shape != TOK_DIGIT)
        return 0;
    char *e;
    long a = strtol(w, &e, 10), b = -1;
    if (*e == '-') {
        b = strtol(e + 1, &e, 10);
    }
    /* Days and years have at most four digits: a longer number stays too
     * large to be either (4294969296 must not wrap to 2000 in an int). */
    a = a > 10000 ? 10000 : a;
    b = b > 10000 ? 10000 : b;
    if (*e == 's' && e[1] == 't') e += 2; /* 1st, 2nd, 3rd, 4th */
    else if ((*e == 'n' && e[1] == 'd') || (*e == 'r' && e[1] == 'd') || (*e == 't' && e[1] == 'h')) e += 2;
    if (*e)
        return 0;
    *lo = (int)a;
    *hi = (int)b;
    return 1;
}

/* Can number n be the year that dates an article ("May 4, 2021"; not
 * "200907", two dates run together)? */
static int is_year(int n) { return n > 1900 && n < 2100; }

/* Is token i inside a person's name ("Jan Lipavsky")? */
static int in_name(const extraction_state *c, size_t i)
{
    const lexicon_hit *next = i + 1 < c->t->ntok ? hit_at(c, i + 1) : NULL;
    if (next && next->type == H_PERSON)
        return 1;
    for (size_t p = 0; p < c->npeople; p++)
        if (i >= c->people[p].first_tok && i < c->people[p].first_tok + c->people[p].ntok)
            return 1;
    return 0;
}

/* Does token k join a range's two ends ("to", "through", "until", a
 * dash: "May 31 to June 3", "31 May - 3 June")? */
static int range_mark(const extraction_state *c, size_t k)
{
    return is_punct(c, k, '-') || word_eq(c, k, "to") || word_eq(c, k, "through") ||
           word_eq(c, k, "until");
}

/* Can a day of a range "April 7 to 10" end before token k: not before a
 * month ("April 7 to 10 May", read from the month) nor a counted noun
 * ("on April 7 and 12 other leaders")? */
static int range_ends(const extraction_state *c, size_t k, size_t end)
{
    if (k >= end)
        return 1;
    if (hit_word(c, hit_at(c, k), W_MONTH))
        return 0;
    return c->t->tok[k].shape != TOK_LOWER || word_eq(c, k, "in") || word_eq(c, k, "at") ||
           word_eq(c, k, "for") || word_eq(c, k, "when") || word_eq(c, k, "and") ||
           word_eq(c, k, "to") || word_eq(c, k, "as");
}

/* Does a clause that "since" opens hold token i: "since January", "the
 * first visit since the Taliban seized Kabul in August" (a date of that
 * clause, not of the meeting)? A comma ends the clause; a meeting word in
 * it takes the date ("since their last session on September 14"), and a
 * date right after "since" is the whole clause ("since 2012 on
 * Wednesday"). */
static int in_since_clause(const extraction_state *c, size_t i, size_t start)
{
    for (size_t q = i; q > start && i - q < 12; q--) {
        if (is_punct(c, q - 1, ',') || is_punct(c, q - 1, ';') ||
            hit_word(c, hit_at(c, q - 1), W_TRIGGER))
            return 0;
        if (word_eq(c, q - 1, "since"))
            return q == i || c->t->tok[q].shape != TOK_DIGIT;
    }
    return 0;
}

/* pl_dates_find, and the dateline's date too when from_dateline: no
 * meeting's, but the best witness of an undated article's date. */
static int dates_find(const extraction_state *c, size_t start, size_t end, date_expr *out, int max,
                      int from_dateline)
{
    int n = 0;
    /* A date starts at a token that its hit (hit_at) starts at: the walk
     * goes over the hits of the words a date starts with (c->date_hits),
     * in token order, not over every token. Tokens before `from` are
     * passed over: those before start, the dateline's (its date is when it
     * was filed), a weekday range's. */
    size_t from = start > c->dateline_end || from_dateline ? start : c->dateline_end;
    for (size_t x = pl_first_listed(c, c->date_hits, c->ndate_hits, from);
         x < c->ndate_hits && c->hits[c->date_hits[x]].tok < end && n < max; x++) {
        size_t hx = c->date_hits[x];
        size_t i = c->hits[hx].tok;
        if (i < from || c->hit_at[i] != (int32_t)hx)
            continue;
        const lexicon_hit *h = &c->hits[hx];
        const lx_entry *e;
        date_expr d = {(uint32_t)i, 0, 0, -1, 0, 0, 0, 0, 0};
        /* Only a weekday, a month or a relative date makes one (the
         * branches below): other hits are passed at once. */
        if (h->type != H_WORD || !(h->words & PL_DATE_WORDS))
            continue;
        /* "before handing over in January": a date of something else */
        if (i > start && (word_eq(c, i - 1, "before") || word_eq(c, i - 1, "until") ||
                          (i > start + 1 && word_eq(c, i - 2, "before"))))
            continue;
        if (in_since_clause(c, i, start))
            continue;
        if ((e = hit_word(c, h, W_WEEKDAY))) {
            d.type = 1;
            d.a = e->value;
            d.last = i > start && word_eq(c, i - 1, "last");
            d.next = i > start && word_eq(c, i - 1, "next");
            /* "Monday and Tuesday", "Wednesday to Friday" */
            if (i + 2 < end && (word_eq(c, i + 1, "and") || word_eq(c, i + 1, "to") ||
                                is_punct(c, i + 1, '-'))) {
                const lx_entry *e2 = hit_word(c, hit_at(c, i + 2), W_WEEKDAY);
                if (e2) {
                    d.b = e2->value;
                    from = i + 3; /* the range's end starts no date of its own */
                }
            }
        } else if ((e = hit_word(c, h, W_MONTH)) && !(h->n == 1 && in_name(c, i))) {
            int lo, hi;
            d.month = e->value;
            d.type = 2;
            size_t j = i + h->n;
            if (j < end && is_punct(c, j, '.'))
                j++;
            if (j < end && num_at(c, j, &lo, &hi) && lo >= 1 && lo <= 31) {
                d.type = 3; d.a = lo; d.b = hi;
                j++;
                /* "May 31-June 1", "from May 26 to June 4", "from May 26 to
                 * May 30" */
                const lx_entry *e2;
                if (hi < 0 && j + 2 < end && range_mark(c, j) &&
                    (e2 = hit_word(c, hit_at(c, j + 1), W_MONTH))) {
                    size_t q = j + 1 + hit_at(c, j + 1)->n;
                    if (q < end && is_punct(c, q, '.'))
                        q++;
                    if (q < end && num_at(c, q, &lo, &hi) && hi < 0 && lo >= 1 && lo <= 31 &&
                        (e2->value != d.month || lo > d.a)) {
                        d.month2 = e2->value != d.month ? e2->value : 0;
                        d.b = lo;
                        j = q + 1;
                    }
                }
                /* "from April 7 to 10", "June 11 through 13", "May 7 and 8",
                 * "around May 7 or 8" (the days it may fall on) */
                int lo2, hi2;
                if (hi < 0 && d.b < 0 && j + 1 < end &&
                    (word_eq(c, j, "to") || word_eq(c, j, "through") || word_eq(c, j, "until") ||
                     word_eq(c, j, "and") || word_eq(c, j, "or")) &&
                    num_at(c, j + 1, &lo2, &hi2) && hi2 < 0 && lo2 > d.a && lo2 <= 31 &&
                    range_ends(c, j + 2, end)) {
                    d.b = lo2;
                    j += 2;
                }
                if (j + 1 < end && is_punct(c, j, ',') && num_at(c, j + 1, &lo, &hi) && lo > 1900)
                    d.year = lo;
            } else if (i > start && num_at(c, i - 1, &lo, &hi) && lo >= 1 && lo <= 31) {
                d.type = 3; d.a = lo; d.b = hi;
                /* "from 13 to 15 November", "13 and 14 May" */
                int lo0, hi0;
                if (hi < 0 && i >= start + 3 && (word_eq(c, i - 2, "to") || word_eq(c, i - 2, "and") ||
                                                 word_eq(c, i - 2, "until") || is_punct(c, i - 2, '-')) &&
                    num_at(c, i - 3, &lo0, &hi0) && hi0 < 0 && lo0 >= 1 && lo0 < lo) {
                    d.a = lo0;
                    d.b = lo;
                    d.tok = (uint32_t)(i - 3);
                }
                if (j + 1 < end && is_punct(c, j, ',')) /* "4 Oct, 2017" */
                    j++;
                if (j < end && num_at(c, j, &lo, &hi) && lo > 1900) {
                    d.year = lo;
                    j++;
                }
                /* "from 31 May to 3 June", "31 May 2023 - 3 June 2023": the
                 * range's end starts no date of its own */
                const lx_entry *e3;
                if (d.b < 0 && j + 2 < end && range_mark(c, j) && num_at(c, j + 1, &lo, &hi) &&
                    hi < 0 && lo >= 1 && lo <= 31 &&
                    (e3 = hit_word(c, hit_at(c, j + 2), W_MONTH)) && e3->value > d.month) {
                    d.month2 = e3->value;
                    d.b = lo;
                    from = j + 3;
                }
            } else if (j < end && num_at(c, j, &lo, &hi) && lo > 1900) {
                d.year = lo;
            }
            /* "in March last year", "on May 4 next year" */
            if (!d.year && c->has_date && j + 1 < end && word_eq(c, j + 1, "year")) {
                if (word_eq(c, j, "last"))
                    d.year = c->doc_y - 1;
                else if (word_eq(c, j, "next"))
                    d.year = c->doc_y + 1;
                else if (word_eq(c, j, "this"))
                    d.year = c->doc_y;
                if (d.year)
                    from = j + 2; /* "this year" is no date of its own */
            }
        } else if ((e = hit_word(c, h, W_RELDATE))) {
            d.type = 4;
            d.a = e->value;
        } else {
            continue;
        }
        out[n++] = d;
    }
    return n;
}

int pl_dates_find(const extraction_state *c, size_t start, size_t end, date_expr *out, int max)
{
    return dates_find(c, start, end, out, max, 0);
}

/* Writes v at p as printf's "%0<width>d" would (the width counts a minus
 * sign); returns the end. Dates are formatted per meeting, and snprintf's
 * machinery cost more than the rest of the date code. */
static char *put_int(char *p, int v, int width)
{
    char digits[16];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do {
        digits[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *p++ = '-';
    for (int k = n + (v < 0); k < width; k++)
        *p++ = '0';
    while (n)
        *p++ = digits[--n];
    return p;
}

/* "%04d-%02d-%02d" (without a day: "%04d-%02d") at p; returns the end. */
static char *put_date(char *p, int y, int m, int d, int has_day)
{
    p = put_int(p, y, 4);
    *p++ = '-';
    p = put_int(p, m, 2);
    if (has_day) {
        *p++ = '-';
        p = put_int(p, d, 2);
    }
    return p;
}

/* out[cap] = y-m-d, cut as snprintf cuts. */
static void fmt_ymd(char *out, size_t cap, int y, int m, int d)
{
    char buf[40];
    *put_date(buf, y, m, d, 1) = '\0';
    pl_copy(out, cap, buf);
}

/* out[cap] = y-m. */
static void fmt_ym(char *out, size_t cap, int y, int m)
{
    char buf[40];
    *put_date(buf, y, m, 0, 0) = '\0';
    pl_copy(out, cap, buf);
}

/* out[cap] = y-m-a/y-m-b. */
static void fmt_range(char *out, size_t cap, int y, int m, int a, int b)
{
    char buf[80];
    char *p = put_date(buf, y, m, a, 1);
    *p++ = '/';
    *put_date(p, y, m, b, 1) = '\0';
    pl_copy(out, cap, buf);
}

static void fmt_day(char *out, size_t cap, long days)
{
    int y, m, d;
    pl_date_from_days(days, &y, &m, &d);
    fmt_ymd(out, cap, y, m, d);
}

static void fmt_month(char *out, size_t cap, long days)
{
    int y, m, d;
    pl_date_from_days(days, &y, &m, &d);
    fmt_ym(out, cap, y, m);
}

/* Is s[0..n) a real day (YYYY-MM-DD) or month (YYYY-MM) of the calendar? */
static int real_date(const char *s, size_t n)
{
    char day[11];
    int y, m, dd;
    if (n != 10 && n != 7)
        return 0;
    memcpy(day, s, n);
    memcpy(day + n, "-01", 11 - n); /* a month: its first day */
    day[10] = '\0';
    return pl_date_parse(day, &y, &m, &dd);
}

static void resolve_any(const extraction_state *c, const date_expr *d, int planned, char *out, size_t cap);

/* Resolves a date expression against the article's date; planned meetings
 * (planned 1) look forward, held ones (0) back, called-off ones (2) forward
 * by up to four days. Only real calendar dates come out
 * ("February 30", "April 31", "March 3-45" leave the meeting undated). */
void pl_date_resolve(const extraction_state *c, const date_expr *d, int planned, char *out, size_t cap)
{
    resolve_any(c, d, planned, out, cap);
    const char *slash = strchr(out, '/');
    size_t n = strlen(out);
    int ok = !slash ? n == 0 || real_date(out, n)
                    : real_date(out, (size_t)(slash - out)) &&
                          real_date(slash + 1, n - (size_t)(slash - out) - 1) &&
                          strncmp(out, slash + 1, (size_t)(slash - out)) < 0;
    if (!ok)
        out[0] = '\0';
}

static void resolve_any(const extraction_state *c, const date_expr *d, int planned, char *out, size_t cap)
{
    out[0] = '\0';
    if (d->type == 3 && d->month2) {
        int y = d->year;
        if (!y) {
            if (!c->has_date)
                return;
            y = c->doc_y;
            if (!planned && d->month > c->doc_m)
                y--;
            if (planned && d->month < c->doc_m)
                y++;
        }
        char a[40], b[40], ab[84];
        fmt_ymd(a, sizeof a, y, d->month, d->a);
        fmt_ymd(b, sizeof b, d->month2 < d->month ? y + 1 : y, d->month2, d->b);
        snprintf(ab, sizeof ab, "%s/%s", a, b);
        pl_copy(out, cap, ab);
        return;
    }
    if (d->type == 3 && d->year) {
        if (d->b > d->a)
            fmt_range(out, cap, d->year, d->month, d->a, d->b);
        else
            fmt_ymd(out, cap, d->year, d->month, d->a);
        return;
    }
    if (d->type == 2 && d->year) {
        fmt_ym(out, cap, d->year, d->month);
        return;
    }
    if (!c->has_date)
        return;
    long doc = c->doc_days;
    int wd = pl_date_weekday(doc);
    switch (d->type) {
    case 1: {
        int off;
        if (planned) {
            /* "will visit on Monday" said on a Wednesday: the next
             * Monday, unless it is the article's day before (the header
             * is often the day after the news); a meeting called off
             * looks back past four days ("planned for Sunday ... was
             * called off" on a Tuesday) */
            off = ((d->a - wd) % 7 + 7) % 7;
            if (off == 6 || (planned == 2 && off >= 5))
                off -= 7;
        } else {
            off = -(((wd - d->a) % 7 + 7) % 7);
        }
        if (off == 0 && d->last)
            off = -7; /* "last Saturday" said on a Saturday */
        if (off <= 0 && d->next)
            off += 7;
        long first = doc + off;
        if (d->b >= 0) {
            int span = ((d->b - d->a) % 7 + 7) % 7;
            char a[32], b[32], ab[66];
            fmt_day(a, sizeof a, first);
            fmt_day(b, sizeof b, first + span);
            size_t la = strlen(a), lb = strlen(b);
            memcpy(ab, a, la);
            ab[la] = '/';
            memcpy(ab + la + 1, b, lb + 1);
            pl_copy(out, cap, ab);
        } else {
            fmt_day(out, cap, first);
        }
        return;
    }
    case 2: case 3: {
        int y = c->doc_y;
        if (!planned && d->month > c->doc_m)
            y--;
        if (planned && d->month < c->doc_m)
            y++;
        if (d->type == 2) {
            fmt_ym(out, cap, y, d->month);
        } else if (d->b > d->a) {
            fmt_range(out, cap, y, d->month, d->a, d->b);
        } else {
            fmt_ymd(out, cap, y, d->month, d->a);
        }
        return;
    }
    case 4:
        switch (d->a) {
        case 1: fmt_day(out, cap, doc - 1); break;
        case 2: fmt_day(out, cap, doc); break;
        case 3: fmt_day(out, cap, doc + 1); break;
        case 10: fmt_month(out, cap, doc - 7); break;
        case 11: case 20: fmt_month(out, cap, doc); break;
        case 12: fmt_month(out, cap, doc + 7); break;
        case 23: {
            int y = c->doc_y, m = c->doc_m - 1;
            if (m < 1) { m = 12; y--; }
            fmt_ym(out, cap, y, m);
            break;
        }
        case 24: {
            int y = c->doc_y, m = c->doc_m + 1;
            if (m > 12) { m = 1; y++; }
            fmt_ym(out, cap, y, m);
            break;
        }
        default: break;
        }
        return;
    default:
        return;
    }
}

/* "a three-day visit", "a 2-day summit": the number of days a meeting
 * lasts, told by a token in [from, to), or 0; negative when a word before
 * it says the meeting ended ("concluded a three-day visit"). */
static int duration_days(const extraction_state *c, size_t from, size_t to)
{
    int ended = 0;
    for (size_t k = from; k < to; k++) {
        if (token_is_word(c, k, W_CONCLUDE))
            ended = 1;
        const char *w = tok_norm(c, k);
        size_t n = c->t->tok[k].normlen;
        if (!(c->t->tok[k].flags & TOKF_HYPHEN) || n < 5 || strcmp(w + n - 4, "-day"))
            continue;
        int days = 0;
        if (w[0] >= '2' && w[0] <= '7' && w[1] == '-')
            days = w[0] - '0';
        else if (token_is_word(c, k, W_DURATION)) /* "three-day" */
            days = pl_lexicon_token_value(&c->ex->lx, c->t->tok[k].lex);
        /* "a three-day state visit", not "after a five-day pause": the
         * days are a meeting's */
        int told = 0;
        for (size_t q = k + 1;
             days && q < to && q <= k + 3 && !told && c->t->tok[q].shape != TOK_PUNCT; q++)
            told = hit_word(c, hit_at(c, q), W_TRIGGER) != NULL;
        if (told)
            return ended ? -days : days;
    }
    return 0;
}

void pl_extend_by_duration(const extraction_state *c, size_t from, size_t to, char *date, size_t cap)
{
    int y, m, d, days = 0;
    if (strlen(date) != 10 || !pl_date_parse(date, &y, &m, &d) || (days = duration_days(c, from, to)) == 0)
        return; /* a range, a month or nothing; or no duration: nothing to extend */
    char a[40], b[40], ab[84];
    long first = pl_date_days(y, m, d);
    if (days < 0) { /* the day it ended */
        days = -days;
        first -= days - 1;
    }
    if (days < 2)
        return;
    fmt_day(a, sizeof a, first);
    fmt_day(b, sizeof b, first + days - 1);
    snprintf(ab, sizeof ab, "%s/%s", a, b);
    pl_copy(date, cap, ab);
}

int pl_date_ahead(const extraction_state *c, const date_expr *d)
{
    if (!c->has_date || d->type != 3)
        return 0;
    long doc = c->doc_days;
    if (d->year)
        return pl_date_days(d->year, d->month, d->a) > doc;
    long day = pl_date_days(c->doc_y, d->month, d->a);
    if (day <= doc)
        day = pl_date_days(c->doc_y + 1, d->month, d->a);
    return day > doc && day - doc <= 62;
}

/* A date in figures, "14-7-2023", "14/07/2023", "2023-07-14", "4/23/2018":
 * its day number, or -1. When both of the first two numbers could be the
 * month, the weekday written beside it settles which is (wd, 0 = Monday;
 * "Tue, 04/12/2011" is the twelfth of April), else the day comes first. */
static long figures_date(const char *buf, int wd)
{
    int a, b, y;
    char s1, s2;
    if (sscanf(buf, "%4d%c%2d%c%2d", &y, &s1, &b, &s2, &a) == 5 && s1 == s2 &&
        (s1 == '-' || s1 == '/') && strlen(buf) == 10 && buf[4] == s1) {
        /* year first: y-m-d */
    } else if (sscanf(buf, "%2d%c%2d%c%4d", &a, &s1, &b, &s2, &y) == 5 && s1 == s2 &&
               (s1 == '-' || s1 == '/' || s1 == '.')) {
        if ((a <= 12 && b > 12) || /* month first */
            (a <= 12 && b <= 12 && wd >= 0 && is_year(y) &&
             pl_date_weekday(pl_date_days(y, b, a)) != wd &&
             pl_date_weekday(pl_date_days(y, a, b)) == wd)) {
            int m = a;
            a = b;
            b = m;
        }
    } else {
        return -1;
    }
    if (!is_year(y))
        return -1;
    int yy, mm, dd;
    long day = pl_date_days(y, b, a);
    pl_date_from_days(day, &yy, &mm, &dd);
    return b >= 1 && b <= 12 && dd == a && mm == b ? day : -1;
}

int pl_date_reported(const extraction_state *c, const date_expr *d, size_t start, size_t within)
{
    for (size_t q = d->tok >= start + within ? d->tok - within : start; q < d->tok; q++)
        if (token_is_word(c, q, W_REPORT))
            return 1;
    return 0;
}

/* The weekday written at token i, or -1. */
static int weekday_at(const extraction_state *c, size_t i)
{
    const lx_entry *e = hit_word(c, hit_at(c, i), W_WEEKDAY);
    return e ? e->value : -1;
}

/* The date in figures that the text of tokens [a, b) is, as a day
 * number, or -1; a weekday just before it or just after it ("Tue,
 * 04/12/2011", "10/05/2023 Wednesday") is its day's. */
static long span_date(const extraction_state *c, size_t a, size_t b)
{
    const ptext *t = c->t;
    char buf[16];
    size_t from = t->tok[a].start, n = t->tok[b - 1].end - from;
    if (n < 8 || n > 10)
        return -1;
    memcpy(buf, t->clean + from, n);
    buf[n] = '\0';
    int wd = -1;
    if (a >= 1)
        wd = weekday_at(c, a - 1);
    if (wd < 0 && a >= 2 && is_punct(c, a - 1, ','))
        wd = weekday_at(c, a - 2);
    if (wd < 0 && b < t->ntok)
        wd = weekday_at(c, b);
    return figures_date(buf, wd);
}

/* Can token i be part of a date in figures: digits, or a slash, period or
 * hyphen? */
static int figure_part(const ptext *t, size_t i)
{
    unsigned char ch = (unsigned char)t->clean[t->tok[i].start];
    return t->tok[i].shape == TOK_DIGIT ||
           (t->tok[i].end - t->tok[i].start == 1 && (ch == '/' || ch == '.' || ch == '-'));
}

/* The end of the run of tokens from i that touch one another and are
 * digits or marks ("18", "/", "11", "/", "2018"), at most five. */
static size_t figures_run(const ptext *t, size_t i)
{
    size_t e = i + 1;
    while (e < t->ntok && e - i < 5 && t->tok[e].start == t->tok[e - 1].end && figure_part(t, e))
        e++;
    return e;
}

/* A dateline in figures opening the text ("14-7-2023 (JAKARTA)"), else
 * one closing it ("Published: 29/9/2022"): its day number, or -1. */
static long numeric_dateline(const extraction_state *c)
{
    const ptext *t = c->t;
    for (size_t i = 0; i < t->ntok && i < 3; i++) {
        long day = span_date(c, i, figures_run(t, i));
        if (day >= 0)
            return day;
    }
    /* the last tokens, digits and marks, read as one */
    size_t a = t->ntok;
    while (a > 0 && t->ntok - a < 5) {
        const text_token *k = &t->tok[a - 1];
        unsigned char ch = (unsigned char)t->clean[k->start];
        if (!((ch >= '0' && ch <= '9') || ch == '/' || ch == '-' || ch == '.'))
            break;
        a--;
    }
    return a < t->ntok ? span_date(c, a, t->ntok) : -1;
}

/* Is full date d followed by a time of day ("01 May, 2025 11:18 AM",
 * "March 3, 2024, 13:05"): a byline's timestamp? */
static int stamped(const extraction_state *c, const date_expr *d)
{
    const ptext *t = c->t;
    for (size_t q = d->tok; q < t->ntok && q < (size_t)d->tok + 8; q++) {
        const char *w = t->clean + t->tok[q].start;
        size_t len = t->tok[q].end - t->tok[q].start;
        int year = 0; /* read within the token: the text need not end in NUL */
        for (size_t x = 0; x < len && year >= 0; x++)
            year = isdigit((unsigned char)w[x]) ? year * 10 + (w[x] - '0') : -1;
        if (len != 4 || year != d->year)
            continue;
        size_t p = t->tok[q].end, n = t->len;
        while (p < n && (t->clean[p] == ' ' || t->clean[p] == ',' || t->clean[p] == '|' ||
                         t->clean[p] == '-'))
            p++;
        if (p + 3 < n && !strncmp(t->clean + p, "at ", 3))
            p += 3;
        size_t digits = 0;
        while (p + digits < n && digits < 3 && isdigit((unsigned char)t->clean[p + digits]))
            digits++;
        p += digits;
        return digits >= 1 && digits <= 2 && p + 2 < n && t->clean[p] == ':' &&
               isdigit((unsigned char)t->clean[p + 1]) && isdigit((unsigned char)t->clean[p + 2]);
    }
    return 0;
}

/* An article without a date header is read against the latest full date
 * it writes ("Friday morning February 1, 2019", "26 February, 2023"): news
 * is dated by its latest event. A full date with a time of day after it
 * is the byline's ("01 May, 2025 11:18 AM") and dates the article even
 * when a later date stands above it (the day the page was read). The
 * document itself stays undated. */
void pl_infer_date(extraction_state *c)
{
    long best = -1, stamp = -1;
    date_expr ds[16];
    for (size_t s = 0; s < c->t->nsent; s++) {
        if (!pl_sent_has(c, s, PL_DATE_WORDS))
            continue; /* no date in it */
        size_t first = c->t->sent[s].first;
        /* the dateline's too ("LETICIA, Sep 9, 2019, ANDINA.") */
        int n = dates_find(c, first, c->t->sent[s].last, ds, 16, 1);
        for (int k = 0; k < n; k++) {
            const date_expr *d = &ds[k];
            if (d->type != 3 || !is_year(d->year) || d->month2 || d->a < 1 || d->a > 31)
                continue;
            /* "The decision will come into force on January 1, 2020": a
             * date still to come, told on its line, does not date the
             * article */
            int ahead = 0;
            for (size_t q = d->tok; q > first && d->tok - q < 10; q--) {
                if (c->t->tok[q].flags & TOKF_LINE_START)
                    break;
                if ((ahead = token_is_word(c, q - 1, W_PLANNED)))
                    break;
            }
            if (ahead)
                continue;
            int last = d->b > d->a ? d->b : d->a, y, m, dd;
            long day = pl_date_days(d->year, d->month, last);
            pl_date_from_days(day, &y, &m, &dd);
            if (dd != last) /* "February 30": no day of the calendar */
                continue;
            if (stamp < 0 && d->b < 0 && stamped(c, d))
                stamp = day;
            if (day > best)
                best = day;
        }
    }
    /* a date in figures with its year in full ("2025-05-15 09:46:46",
     * "held on Saturday (11/11/2023)", "Published: 6/23/2015"), read from
     * the first token of its run */
    for (size_t i = 0; i < c->t->ntok; i++) {
        if (c->t->tok[i].shape != TOK_DIGIT ||
            (i > 0 && c->t->tok[i].start == c->t->tok[i - 1].end && figure_part(c->t, i - 1)))
            continue;
        long day = span_date(c, i, figures_run(c->t, i));
        if (day > best)
            best = day;
    }
    if (stamp >= 0)
        best = stamp;
    if (best < 0)
        best = numeric_dateline(c);
    if (best < 0)
        return;
    pl_date_from_days(best, &c->doc_y, &c->doc_m, &c->doc_d);
    c->doc_days = best;
    c->has_date = 1;
}
