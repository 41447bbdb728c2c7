/* gen_corpus.c: writes a deterministic corpus of news-like articles for the
 * benchmark: officials, titles, demonyms, capitals, meetings and dates among
 * filler prose, from templates written here and a fixed-seed generator.
 * Output: DIR/txt/aNNNNNN.txt, DIR/corpus.jsonl and DIR/manifest.txt. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_DIR "build/bench-corpus"
#define DEFAULT_MB 100
#define DEFAULT_SEED 20250101u
/* Officials in the pool: enough that a merged graph has thousands of
 * people, few enough that each is seen in many articles (so merging has
 * something to merge). */
#define NPEOPLE 4000
/* Parties in one story: a lead meeting rarely has more than four. */
#define MAX_STORY 4

/* ---- deterministic randomness (splitmix64: same stream everywhere) ---- */

static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* Uniform in [0, n). The modulo bias is irrelevant for a text generator. */
static unsigned rnd(unsigned n)
{
    return (unsigned)(rng_next() % n);
}

static int chance(unsigned percent)
{
    return rnd(100) < percent;
}

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(a) ((a)[rnd((unsigned)COUNT(a))])

/* ---- vocabulary ------------------------------------------------------- */

typedef struct country {
    const char *name;    /* as written mid-sentence ("the Philippines") */
    const char *demonym; /* adjective before a title */
    const char *capital;
} country;

static const country countries[] = {
    {"the United States", "U.S.", "Washington"}, {"China", "Chinese", "Beijing"},
    {"Russia", "Russian", "Moscow"}, {"Ukraine", "Ukrainian", "Kyiv"},
    {"France", "French", "Paris"}, {"Germany", "German", "Berlin"},
    {"Britain", "British", "London"}, {"Japan", "Japanese", "Tokyo"},
    {"India", "Indian", "New Delhi"}, {"Brazil", "Brazilian", "Brasília"},
    {"Turkey", "Turkish", "Ankara"}, {"Iran", "Iranian", "Tehran"},
    {"Saudi Arabia", "Saudi", "Riyadh"}, {"Egypt", "Egyptian", "Cairo"},
    {"Israel", "Israeli", "Jerusalem"}, {"Qatar", "Qatari", "Doha"},
    {"Pakistan", "Pakistani", "Islamabad"}, {"Indonesia", "Indonesian", "Jakarta"},
    {"Vietnam", "Vietnamese", "Hanoi"}, {"Thailand", "Thai", "Bangkok"},
    {"the Philippines", "Philippine", "Manila"}, {"Malaysia", "Malaysian", "Kuala Lumpur"},
    {"South Korea", "South Korean", "Seoul"}, {"Australia", "Australian", "Canberra"},
    {"Canada", "Canadian", "Ottawa"}, {"Mexico", "Mexican", "Mexico City"},
    {"Argentina", "Argentine", "Buenos Aires"}, {"Chile", "Chilean", "Santiago"},
    {"Colombia", "Colombian", "Bogotá"}, {"Peru", "Peruvian", "Lima"},
    {"Nigeria", "Nigerian", "Abuja"}, {"Kenya", "Kenyan", "Nairobi"},
    {"Ethiopia", "Ethiopian", "Addis Ababa"}, {"South Africa", "South African", "Pretoria"},
    {"Ghana", "Ghanaian", "Accra"}, {"Senegal", "Senegalese", "Dakar"},
    {"Côte d'Ivoire", "Ivorian", "Yamoussoukro"}, {"Morocco", "Moroccan", "Rabat"},
    {"Algeria", "Algerian", "Algiers"}, {"Tunisia", "Tunisian", "Tunis"},
    {"Italy", "Italian", "Rome"}, {"Spain", "Spanish", "Madrid"},
    {"Portugal", "Portuguese", "Lisbon"}, {"Poland", "Polish", "Warsaw"},
    {"Hungary", "Hungarian", "Budapest"}, {"Romania", "Romanian", "Bucharest"},
    {"Greece", "Greek", "Athens"}, {"Sweden", "Swedish", "Stockholm"},
    {"Norway", "Norwegian", "Oslo"}, {"Finland", "Finnish", "Helsinki"},
    {"Austria", "Austrian", "Vienna"}, {"Switzerland", "Swiss", "Bern"},
    {"the Netherlands", "Dutch", "The Hague"}, {"Belgium", "Belgian", "Brussels"},
    {"Ireland", "Irish", "Dublin"}, {"Serbia", "Serbian", "Belgrade"},
    {"Georgia", "Georgian", "Tbilisi"}, {"Armenia", "Armenian", "Yerevan"},
    {"Azerbaijan", "Azerbaijani", "Baku"}, {"Kazakhstan", "Kazakh", "Astana"},
    {"Uzbekistan", "Uzbek", "Tashkent"}, {"Mongolia", "Mongolian", "Ulaanbaatar"},
    {"Bangladesh", "Bangladeshi", "Dhaka"}, {"Sri Lanka", "Sri Lankan", "Colombo"},
    {"Nepal", "Nepali", "Kathmandu"}, {"Jordan", "Jordanian", "Amman"},
    {"Iraq", "Iraqi", "Baghdad"}, {"Oman", "Omani", "Muscat"},
    {"the United Arab Emirates", "Emirati", "Abu Dhabi"}, {"Kuwait", "Kuwaiti", "Kuwait City"},
    {"Cuba", "Cuban", "Havana"}, {"Venezuela", "Venezuelan", "Caracas"},
    {"New Zealand", "New Zealand", "Wellington"}, {"Singapore", "Singaporean", "Singapore"},
};
#define NCOUNTRIES ((unsigned)COUNT(countries))

/* Other cities where meetings happen (neutral venues). */
static const char *const venues[] = {
    "Geneva", "Vienna", "New York", "Istanbul", "Dubai", "Munich", "Davos", "Singapore",
    "Jeddah", "Busan", "Osaka", "São Paulo", "Lausanne", "Helsinki", "Bali", "Sharm el-Sheikh",
};

static const char *const first_names[] = {
    "Anna", "Maria", "Elena", "Sofia", "Claire", "Ingrid", "Leila", "Amina", "Yuki", "Mei",
    "Priya", "Fatima", "Olga", "Beatriz", "Hana", "Noura", "Grace", "Lucía", "Zainab", "Katrin",
    "Daniel", "Pavel", "Kenji", "Ahmed", "Omar", "Carlos", "José", "François", "Lars", "Tomasz",
    "Miguel", "Rahul", "Wei", "Hassan", "Samuel", "Viktor", "Andrés", "Mehmet", "Kwame", "Jonas",
    "Felipe", "Arjun", "Dmitri", "Youssef", "Emeka", "Hiroshi", "Mateus", "Nikos", "Stefan", "Ali",
};

static const char *const last_names[] = {
    "Dubois", "Watanabe", "Novak", "Kowalski", "Haddad", "Okafor", "Mensah", "Petrov", "Ivanova",
    "Schneider", "Müller", "Rossi", "García", "Fernández", "Silva", "Santos", "Nakamura", "Tanaka",
    "Kim", "Nguyen", "Sharma", "Patel", "Khan", "Rahman", "Hosseini", "Yilmaz", "Demir",
    "Papadopoulos", "Andersson", "Johansson", "Lindqvist", "Virtanen", "Horvath", "Popescu",
    "Kovacs", "Nielsen", "O'Brien", "Murphy", "Moreau", "Lefèvre", "Bianchi", "Costa", "Mendes",
    "Alvarez", "Herrera", "Quispe", "Mwangi", "Otieno", "Diallo", "Traoré", "Benali", "Mansour",
    "Al-Sayed", "Karimov", "Aliyev", "Tsvangirai", "Abebe", "Chen", "Zhang", "Liu", "Takahashi",
    "Suzuki", "Lee", "Park", "Wong", "Tan", "Reyes", "Cruz", "Ortega", "Vargas", "Sokolov",
    "Volkov", "Horvat", "Jovanović", "Kaya", "Öztürk", "Bakr", "Farouk", "Ndiaye", "Osei",
};

/* Titles as written before a name; weights favour ministers, as wires do. */
static const char *const titles[] = {
    "Foreign Minister", "Foreign Minister", "Foreign Minister", "President", "President",
    "Prime Minister", "Prime Minister", "Defence Minister", "Defense Minister",
    "Finance Minister", "Trade Minister", "Energy Minister", "Interior Minister",
    "Deputy Foreign Minister", "Vice President", "Deputy Prime Minister", "Economy Minister",
    "Health Minister", "Agriculture Minister", "Chancellor",
};

static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};
static const char *const month_abbr[] = {"Jan.", "Feb.", "March", "April", "May", "June",
                                         "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
static const char *const agencies[] = {"Reuters", "AP", "AFP", "Kyodo", "Xinhua", "dpa",
                                       "Wire", "Bloomberg"};
static const char *const topics[] = {
    "trade", "energy security", "climate finance", "the war in Ukraine", "migration",
    "regional security", "debt relief", "nuclear safety", "food prices", "maritime disputes",
    "visa rules", "arms control", "investment", "critical minerals", "public health",
    "a ceasefire proposal", "grain exports", "sanctions", "water sharing", "tariffs",
};
static const char *const adjectives[] = {"constructive", "frank", "productive", "difficult",
                                         "useful", "cordial", "candid", "substantive"};
static const char *const companies[] = {
    "Northwind Energy", "Atlas Steel", "Blue Harbor Shipping", "Meridian Foods",
    "Helix Pharmaceuticals", "Orion Telecom", "Granite Mining", "Solaris Power",
};
static const char *const sectors[] = {"mining", "shipping", "banking", "telecoms", "retail",
                                      "farming", "tourism", "construction"};

/* ---- people ------------------------------------------------------------ */

typedef struct person {
    const char *first, *last, *title;
    unsigned country;
} person;

static person people[NPEOPLE];

static void people_init(void)
{
    for (unsigned i = 0; i < NPEOPLE; i++) {
        people[i].first = PICK(first_names);
        people[i].last = PICK(last_names);
        people[i].title = PICK(titles);
        people[i].country = rnd(NCOUNTRIES);
    }
}

/* ---- output buffer ------------------------------------------------------ */

typedef struct buf {
    char *p;
    size_t len, cap;
} buf;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    fputs("gen_corpus: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

static void put(buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (b->len + n + 1 > cap)
            cap *= 2;
        char *q = realloc(b->p, cap);
        if (!q)
            die("out of memory");
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void printf_(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void printf_(buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp)
        die("template expansion too long");
    put(b, tmp, (size_t)n);
}

/* ---- one article -------------------------------------------------------- */

/* What a story is about: its parties (people of distinct countries), the
 * article's date (weekday of the day before publication is "said on X"). */
typedef struct story {
    unsigned who[MAX_STORY];
    int named[MAX_STORY]; /* full name written already in this article */
    unsigned n;
    unsigned venue_country; /* index into countries, or NCOUNTRIES for a neutral venue */
    const char *venue;
    int y, m, d, wday;  /* publication date */
} story;

/* A person's mention: title, demonym and full name the first time, then the
 * surname, as wires write it. */
static void person_ref(buf *b, story *s, unsigned k)
{
    const person *p = &people[s->who[k]];
    if (s->named[k]) {
        puts_(b, p->last);
        return;
    }
    s->named[k] = 1;
    printf_(b, "%s %s %s %s", countries[p->country].demonym, p->title, p->first, p->last);
}

static const char *cname(unsigned c)
{
    return countries[c].name;
}

/* Capitalises the first letter of the sentence that starts at b->p[from]
 * ("the Philippines" at the start of a sentence). */
static void cap_from(buf *b, size_t from)
{
    if (from < b->len && b->p[from] >= 'a' && b->p[from] <= 'z')
        b->p[from] = (char)(b->p[from] - 32);
}

static const char *when(const story *s)
{
    /* Mostly the day before publication, sometimes "on Wednesday" further back. */
    return weekdays[(s->wday + 6 - rnd(3)) % 7];
}

/* A sentence about the story's meeting, one of several shapes. */
static void meeting_sentence(buf *b, story *s)
{
    size_t from = b->len;
    /* Two different parties of the story (it always has at least two). */
    unsigned a = rnd(s->n), c = (a + 1 + rnd(s->n - 1)) % s->n;
    const country *ca = &countries[people[s->who[a]].country];
    const country *cc = &countries[people[s->who[c]].country];
    switch (rnd(12)) {
    case 0:
        person_ref(b, s, a);
        puts_(b, " held talks with ");
        person_ref(b, s, c);
        printf_(b, " in %s on %s, officials said.", s->venue, when(s));
        break;
    case 1:
        person_ref(b, s, a);
        printf_(b, " met %s counterpart ", chance(50) ? "his" : "her");
        person_ref(b, s, c);
        printf_(b, " on the sidelines of a conference in %s on %s.", s->venue, when(s));
        break;
    case 2:
        person_ref(b, s, a);
        puts_(b, " spoke by phone with ");
        person_ref(b, s, c);
        printf_(b, " on %s about %s, the %s foreign ministry said.", when(s), PICK(topics),
                ca->demonym);
        break;
    case 3:
        person_ref(b, s, a);
        printf_(b, " will travel to %s next week for talks with ", cc->capital);
        person_ref(b, s, c);
        printf_(b, " on %s and %s, a government spokesperson said.", PICK(topics), PICK(topics));
        break;
    case 4:
        printf_(b, "Leaders of %s", cname(people[s->who[0]].country));
        for (unsigned k = 1; k < s->n; k++)
            printf_(b, "%s%s", k + 1 == s->n ? " and " : ", ", cname(people[s->who[k]].country));
        printf_(b, " attended a summit in %s on %s.", s->venue, when(s));
        break;
    case 5:
        printf_(b, "%s and %s held a round of talks in %s on %s on %s.", cname(people[s->who[a]].country),
                cname(people[s->who[c]].country), s->venue, when(s), PICK(topics));
        break;
    case 6:
        puts_(b, "A planned meeting between ");
        person_ref(b, s, a);
        puts_(b, " and ");
        person_ref(b, s, c);
        printf_(b, " in %s was cancelled on %s, diplomats said.", s->venue, when(s));
        break;
    case 7:
        person_ref(b, s, a);
        puts_(b, " hosted ");
        person_ref(b, s, c);
        printf_(b, " in %s on %s for a working dinner.", ca->capital, when(s));
        break;
    case 8:
        person_ref(b, s, a);
        puts_(b, " and ");
        person_ref(b, s, c);
        printf_(b, " are scheduled to meet in %s on %s %u.", s->venue, months[s->m - 1],
                1 + rnd(28));
        break;
    case 9:
        person_ref(b, s, a);
        printf_(b, " arrived in %s on %s on a two-day visit, the first by a %s minister in a decade.",
                cc->capital, when(s), ca->demonym);
        break;
    case 10:
        printf_(b, "In %s on %s, ", s->venue, when(s));
        person_ref(b, s, a);
        puts_(b, " sat down with ");
        person_ref(b, s, c);
        printf_(b, " to discuss %s.", PICK(topics));
        break;
    default:
        printf_(b, "%s officials met their %s counterparts in %s on %s to prepare a visit by ",
                ca->demonym, cc->demonym, s->venue, when(s));
        person_ref(b, s, a);
        puts_(b, ".");
        break;
    }
    cap_from(b, from);
}

/* What a party said afterwards. */
static void statement_sentence(buf *b, story *s)
{
    size_t from = b->len;
    unsigned k = rnd(s->n);
    const country *c = &countries[people[s->who[k]].country];
    switch (rnd(7)) {
    case 0:
        person_ref(b, s, k);
        printf_(b, " told reporters the talks had been \"%s and %s\".", PICK(adjectives),
                PICK(adjectives));
        break;
    case 1:
        printf_(b, "\"We agreed to keep working on %s,\" ", PICK(topics));
        person_ref(b, s, k);
        puts_(b, " said.");
        break;
    case 2:
        printf_(b, "%s officials said the two sides discussed %s, %s and %s.", c->demonym,
                PICK(topics), PICK(topics), PICK(topics));
        break;
    case 3:
        printf_(b, "The %s government has not commented on the reports.", c->demonym);
        break;
    case 4:
        person_ref(b, s, k);
        printf_(b, " said %s was ready to %s, but gave no timetable.", cname(people[s->who[k]].country),
                chance(50) ? "resume negotiations" : "expand cooperation on energy");
        break;
    case 5:
        printf_(b, "According to a statement from %s, ", c->capital);
        person_ref(b, s, k);
        printf_(b, " raised %s and %s.", PICK(topics), PICK(topics));
        break;
    default:
        printf_(b, "\u201cThis is a %s step,\u201d ", PICK(adjectives));
        person_ref(b, s, k);
        puts_(b, " said in a post on social media.");
        break;
    }
    cap_from(b, from);
}

/* Prose with no meeting in it: the bulk of any news text. */
static void filler_sentence(buf *b, const story *s)
{
    size_t from = b->len;
    unsigned c = rnd(NCOUNTRIES);
    switch (rnd(20)) {
    case 0:
        printf_(b, "Inflation in %s slowed to %u.%u percent in %s, according to figures released "
                "by the statistics office.", cname(c), 1 + rnd(9), rnd(10), months[rnd(12)]);
        break;
    case 1:
        printf_(b, "Shares in %s rose %u.%u%% in early trading after the company raised its "
                "full-year forecast.", PICK(companies), rnd(8), rnd(10));
        break;
    case 2:
        puts_(b, "Analysts said the outcome would depend on whether both sides could agree on a "
                 "timetable before the end of the year.");
        break;
    case 3:
        printf_(b, "The central bank in %s left its benchmark rate unchanged at %u.%u%%, citing "
                "uncertainty over global demand.", countries[c].capital, 2 + rnd(10), rnd(10));
        break;
    case 4:
        printf_(b, "Heavy rain forced the closure of several roads in the north of the country, "
                "and %u people were evacuated from low-lying areas.", 50 + rnd(4000));
        break;
    case 5:
        printf_(b, "The %s sector employs about %u,%03u people and accounts for nearly a fifth of "
                "exports.", PICK(sectors), 10 + rnd(900), rnd(1000));
        break;
    case 6:
        puts_(b, "Officials declined to give details of the discussions, saying they were at an "
                 "early stage.");
        break;
    case 7:
        printf_(b, "Opposition lawmakers in %s criticised the plan, arguing that it would raise "
                "costs for households.", cname(c));
        break;
    case 8:
        printf_(b, "Trade between the two countries reached $%u.%u billion last year, up from "
                "$%u.%u billion in %d.", 2 + rnd(90), rnd(10), 1 + rnd(60), rnd(10), s->y - 2);
        break;
    case 9:
        puts_(b, "The talks took place behind closed doors, and no joint statement was issued "
                 "at the end of the day.");
        break;
    case 10:
        printf_(b, "Markets in %s closed slightly higher after a quiet session, with energy "
                "stocks leading gains.", countries[c].capital);
        break;
    case 11:
        printf_(b, "Diplomats said a draft text had been circulated, but several points, "
                "including %s, remained open.", PICK(topics));
        break;
    case 12:
        printf_(b, "The port handled %u.%u million containers in %s, a record for the month.",
                1 + rnd(5), rnd(10), months[rnd(12)]);
        break;
    case 13:
        puts_(b, "Critics said the agreement did little to address the concerns of farmers, who "
                 "have staged protests for weeks.");
        break;
    case 14:
        printf_(b, "Temperatures in %s are expected to reach %u degrees Celsius later this week.",
                countries[c].capital, 25 + rnd(18));
        break;
    case 15:
        puts_(b, "A spokesman for the ministry said the country remained committed to dialogue, "
                 "without elaborating.");
        break;
    case 16:
        printf_(b, "Ratings agency figures show public debt at %u%% of economic output, well above "
                "the regional average.", 40 + rnd(90));
        break;
    case 17:
        printf_(b, "The %s-born economist said growth had been held back by weak investment and "
                "a shortage of skilled workers.", countries[c].capital);
        break;
    case 18:
        puts_(b, "Turnout was lower than expected, and the results are due to be announced by "
                 "the electoral commission next week.");
        break;
    default:
        printf_(b, "Some %u delegates from more than %u countries are expected to attend, "
                "organisers said.", 200 + rnd(5000), 10 + rnd(150));
        break;
    }
    cap_from(b, from);
}

/* Civil-calendar helpers: days since 1970-01-01 (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
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

/* Writes one article (header line included) into b; returns its sentences. */
static unsigned article(buf *b, story *s)
{
    long day0 = days_from_civil(2020, 1, 1), span = days_from_civil(2026, 1, 1) - day0;
    long day = day0 + (long)rnd((unsigned)span);
    civil_from_days(day, &s->y, &s->m, &s->d);
    s->wday = (int)((day + 3) % 7); /* 1970-01-01 was a Thursday (3, Monday = 0) */

    /* 2 to 4 parties of distinct countries. */
    s->n = 2 + (chance(30) ? 1 + rnd(MAX_STORY - 2) : 0);
    for (unsigned k = 0; k < s->n; k++) {
        unsigned p;
        int clash;
        do {
            p = rnd(NPEOPLE);
            clash = 0;
            for (unsigned j = 0; j < k; j++)
                clash |= people[s->who[j]].country == people[p].country;
        } while (clash);
        s->who[k] = p;
        s->named[k] = 0;
    }
    if (chance(30)) {
        s->venue = PICK(venues);
        s->venue_country = NCOUNTRIES;
    } else {
        s->venue_country = people[s->who[rnd(s->n)]].country;
        s->venue = countries[s->venue_country].capital;
    }

    printf_(b, " date %04d-%02d-%02d ", s->y, s->m, s->d);
    /* Dateline in capitals, as wires write it. */
    size_t at = b->len;
    puts_(b, s->venue);
    for (size_t i = at; i < b->len; i++)
        if (b->p[i] >= 'a' && b->p[i] <= 'z')
            b->p[i] = (char)(b->p[i] - 32);
    printf_(b, ", %s %d (%s) - ", month_abbr[s->m - 1], s->d, PICK(agencies));
    meeting_sentence(b, s);
    unsigned sentences = 1;

    unsigned paras = 4 + rnd(12);
    for (unsigned p = 0; p < paras; p++) {
        puts_(b, "\n\n");
        unsigned n = 1 + rnd(4);
        for (unsigned k = 0; k < n; k++) {
            if (k)
                puts_(b, " ");
            unsigned r = rnd(100);
            if (r < 15)
                meeting_sentence(b, s);
            else if (r < 30)
                statement_sentence(b, s);
            else
                filler_sentence(b, s);
            sentences++;
        }
    }
    puts_(b, "\n");
    return sentences;
}

/* ---- files -------------------------------------------------------------- */

static void mkdir_p(const char *path)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s", path) >= (int)sizeof tmp)
        die("%s: path too long", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0777) && errno != EEXIST)
                die("%s: %s", tmp, strerror(errno));
            *p = '/';
        }
    }
    if (mkdir(tmp, 0777) && errno != EEXIST)
        die("%s: %s", tmp, strerror(errno));
}

/* Removes articles of an earlier, larger run (only names this program
 * writes), so the directory holds exactly this corpus. */
static void clear_old(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        die("%s: %s", dir, strerror(errno));
    struct dirent *e;
    char path[4096 + sizeof e->d_name];
    while ((e = readdir(d))) {
        unsigned n;
        char tail[8];
        if (strlen(e->d_name) == 11 && sscanf(e->d_name, "a%6u%4s", &n, tail) == 2 &&
            strcmp(tail, ".txt") == 0) {
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            if (unlink(path))
                die("%s: %s", path, strerror(errno));
        }
    }
    closedir(d);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        die("%s: %s", path, strerror(errno));
    if (fwrite(data, 1, len, f) != len || fclose(f))
        die("%s: write failed: %s", path, strerror(errno));
}

/* The article as a JSON string body: the text after the date header. */
static void json_escape(buf *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': puts_(out, "\\\""); break;
        case '\\': puts_(out, "\\\\"); break;
        case '\n': puts_(out, "\\n"); break;
        case '\t': puts_(out, "\\t"); break;
        default:
            if (ch < 0x20)
                printf_(out, "\\u%04x", ch);
            else
                put(out, (const char *)&s[i], 1);
        }
    }
}

static void usage(FILE *to)
{
    fprintf(to, "usage: gen_corpus [-o DIR] [-m MB] [-s SEED]\n"
                "  -o DIR   output directory (default %s); writes DIR/txt/*.txt,\n"
                "           DIR/corpus.jsonl and DIR/manifest.txt\n"
                "  -m MB    corpus size in MB of 10^6 bytes (default %d)\n"
                "  -s SEED  generator seed (default %u); same seed, same bytes\n",
            DEFAULT_DIR, DEFAULT_MB, DEFAULT_SEED);
}

int main(int argc, char **argv)
{
    const char *dir = DEFAULT_DIR;
    double mb = DEFAULT_MB;
    unsigned long seed = DEFAULT_SEED;
    int opt;
    while ((opt = getopt(argc, argv, "o:m:s:h")) != -1) {
        char *end;
        switch (opt) {
        case 'o': dir = optarg; break;
        case 'm':
            mb = strtod(optarg, &end);
            if (*end || !(mb > 0 && mb <= 100000))
                die("-m: '%s' is not a size in MB", optarg);
            break;
        case 's':
            seed = strtoul(optarg, &end, 10);
            if (*end)
                die("-s: '%s' is not a number", optarg);
            break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (optind != argc) {
        usage(stderr);
        return 2;
    }
    rng_state = seed;
    people_init();

    char txtdir[4096], path[4200];
    snprintf(txtdir, sizeof txtdir, "%s/txt", dir);
    mkdir_p(txtdir);
    clear_old(txtdir);
    snprintf(path, sizeof path, "%s/corpus.jsonl", dir);
    FILE *jl = fopen(path, "wb");
    if (!jl)
        die("%s: %s", path, strerror(errno));

    size_t target = (size_t)(mb * 1e6), total = 0, jbytes = 0;
    unsigned long articles = 0, sentences = 0;
    buf b = {0}, j = {0};
    while (total < target) {
        story s;
        b.len = 0;
        sentences += article(&b, &s);
        articles++;
        if (articles > 999999)
            die("more than 999999 articles: use a smaller size");
        snprintf(path, sizeof path, "%s/a%06lu.txt", txtdir, articles);
        write_file(path, b.p, b.len);
        total += b.len;

        /* JSON Lines: the date goes in its field, the text starts after the
         * " date YYYY-MM-DD " header. */
        j.len = 0;
        printf_(&j, "{\"id\":\"a%06lu\",\"date\":\"%04d-%02d-%02d\",\"text\":\"", articles, s.y,
                s.m, s.d);
        json_escape(&j, b.p + 17, b.len - 17);
        puts_(&j, "\"}\n");
        if (fwrite(j.p, 1, j.len, jl) != j.len)
            die("corpus.jsonl: write failed: %s", strerror(errno));
        jbytes += j.len;
    }
    if (fclose(jl))
        die("corpus.jsonl: write failed: %s", strerror(errno));

    snprintf(path, sizeof path, "%s/manifest.txt", dir);
    FILE *mf = fopen(path, "w");
    if (!mf)
        die("%s: %s", path, strerror(errno));
    fprintf(mf, "seed %lu\narticles %lu\nsentences %lu\ntxt_bytes %zu\njsonl_bytes %zu\n", seed,
            articles, sentences, total, jbytes);
    if (fclose(mf))
        die("%s: write failed", path);
    printf("gen_corpus: %lu articles, %lu sentences, %.1f MB in %s/txt, %.1f MB in "
           "%s/corpus.jsonl\n", articles, sentences, total / 1e6, dir, jbytes / 1e6, dir);
    free(b.p);
    free(j.p);
    return 0;
}
