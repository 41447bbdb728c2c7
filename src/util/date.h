/* date.h: calendar dates (proleptic Gregorian, YYYY-MM-DD) for every stage:
 * the text stage reads the date header, extraction resolves relative
 * dates, the model folds meetings by the days their dates cover, views
 * filter by them and GEXF writes them as spells. Not public API. */
#ifndef PARLEY_UTIL_DATE_H
#define PARLEY_UTIL_DATE_H

/* Days since 1970-01-01 for a valid Y-M-D, and back. */
long pl_date_days(int y, int m, int d);
void pl_date_from_days(long days, int *y, int *m, int *d);
/* 1 and *y, *m, *d set when s is a valid YYYY-MM-DD (years 1000-9999). */
int pl_date_parse(const char *s, int *y, int *m, int *d);
int pl_date_weekday(long days); /* 0 = Monday */

/* Public (include/parley/extract.h declares it too): a valid YYYY-MM-DD. */
int parley_date_valid(const char *date);

/* The days a meeting date covers: a day "YYYY-MM-DD", a month "YYYY-MM",
 * a year "YYYY", or a range "A/B" of them (from A's first day to B's last,
 * A not after B). Sets first and last ("YYYY-MM-DD", which compare as
 * strings) and returns 1; 0 for NULL or anything else, which counts as
 * undated. */
int pl_date_span(const char *date, char first[11], char last[11]);

#endif
