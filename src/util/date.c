/* date.c: calendar arithmetic (proleptic Gregorian): days since 1970 for
 * resolving relative dates ("on Monday", "last week") against an article's
 * date, date checks, and the span of days a meeting date covers. */
#include "util/date.h"

#include <string.h>

/* Days from civil, after Howard Hinnant's well-known algorithm. */
long pl_date_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void pl_date_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

int pl_date_weekday(long days)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[m - 1];
}

int pl_date_parse(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int yy = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int mm = (s[5] - '0') * 10 + (s[6] - '0');
    int dd = (s[8] - '0') * 10 + (s[9] - '0');
    if (yy < 1000 || mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(yy, mm))
        return 0;
    *y = yy;
    *m = mm;
    *d = dd;
    return 1;
}

int parley_date_valid(const char *date)
{
    int y, m, d;
    return pl_date_parse(date, &y, &m, &d);
}

/* The first and last day of s[0..n): "YYYY-MM-DD", "YYYY-MM" or "YYYY".
 * 0 when s is none of these. */
static int period(const char *s, size_t n, char first[11], char last[11])
{
    /* The missing month and day are the first ones; then the date must be
     * a real calendar date. */
    static const char first_day[] = "0000-01-01";
    char full[11];
    int y, m, d;
    if (n != 4 && n != 7 && n != 10)
        return 0;
    memcpy(full, s, n);
    memcpy(full + n, first_day + n, sizeof first_day - n);
    if (!pl_date_parse(full, &y, &m, &d))
        return 0;
    memcpy(first, full, 11);
    memcpy(last, full, 11);
    if (n == 4) {
        memcpy(last + 4, "-12-31", 7);
    } else if (n == 7) {
        int days = days_in_month(y, m);
        last[8] = (char)('0' + days / 10);
        last[9] = (char)('0' + days % 10);
    }
    return 1;
}

int pl_date_span(const char *date, char first[11], char last[11])
{
    const char *slash = date ? strchr(date, '/') : NULL;
    char unused[11];
    if (!date)
        return 0;
    if (!slash)
        return period(date, strlen(date), first, last);
    return period(date, (size_t)(slash - date), first, unused) &&
           period(slash + 1, strlen(slash + 1), unused, last) && strcmp(first, last) <= 0;
}
