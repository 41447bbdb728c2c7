/* main.c: the parley command. One table of options drives both parsing
 * and --help; main reads every input into one graph with libparley and
 * writes the chosen formats, deciding what the user sees and the exit
 * status (the library never prints). File handling lives in io.c. */
#include "cli/cli.h"
#include "parley/parley.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DEFAULT_OUTPUT_DIR "output"
#define DEFAULT_NAME "graph"
#define LAYOUT_NAMES "dot, neato, fdp, sfdp, circo, twopi"
#define FORMAT_NAMES "dot, svg, json, graphml, gexf, csv, png, pdf"
#define VIEW_NAMES "full, countries, officials, meetings"
#define STATUS_NAMES "held, planned, cancelled"
/* --depth beyond this reaches every node of any graph parley can hold in
 * practice; the bound keeps the number sane. */
#define DEPTH_MAX 1000000
#define JSON_STYLE_NAMES "jgf, node-link, cytoscape"
#define INPUT_FORMAT_NAMES "text, jsonl"
/* More threads than this only add graphs to merge: no machine parley runs
 * on has that many cores for it. */
#define MAX_JOBS 256
#define MAX_JOBS_TEXT "256"
#define DEFAULT_MAX_EVIDENCE 5
#define MAX_EVIDENCE 1000000
#define MAX_EVIDENCE_TEXT "1000000"
#define THEME_NAMES "light, dark"
#define CLUSTER_NAMES "country, none"

/* Ids of options without a short form start past every char value. */
enum {
    OPT_NAME = 256,
    OPT_LAYOUT,
    OPT_LAYOUT_TIMEOUT,
    OPT_DOC_DATE,
    OPT_GAZETTEER,
    OPT_STRICT,
    OPT_TITLE,
    OPT_VIEW,
    OPT_FOCUS,
    OPT_DEPTH,
    OPT_SINCE,
    OPT_UNTIL,
    OPT_STATUS,
    OPT_JSON_STYLE,
    OPT_INPUT_FORMAT,
    OPT_MAX_EVIDENCE,
    OPT_PROGRESS,
    OPT_THEME,
    OPT_CLUSTER_BY,
    OPT_BYTE_RANGE
};

typedef struct cli_option {
    int id;              /* the short option character, or an OPT_ value */
    const char *name;    /* long name, without "--" */
    const char *arg;     /* name of the value in --help; NULL = takes none */
    const char *values;  /* what the value may be, for "requires a value" */
    const char *help;    /* lines after the first are indented under it */
} cli_option;

/* --help lists the options in this order; help lines fit 80 columns. */
static const cli_option g_options[] = {
    {'f', "format", "FORMAT", FORMAT_NAMES,
     "output format: dot, svg, json, graphml, gexf, csv\n"
     "(Neo4j import: NAME.nodes.csv, NAME.edges.csv),\n"
     "png, pdf (when Graphviz's cairo renderer is there);\n"
     "repeat the option or separate with commas\n"
     "(default: dot, svg, json)"},
    {'o', "output", "DIR", "a directory, or '-' for standard output",
     "directory for the outputs, created when missing\n"
     "(default: " DEFAULT_OUTPUT_DIR "); '-' writes the one chosen format\n"
     "to standard output"},
    {OPT_NAME, "name", "NAME", "a file name without '/'",
     "file name of the outputs, without extension\n"
     "(default: the single input's file name without its\n"
     "extension, 'stdin' for '-', else '" DEFAULT_NAME "')"},
    {OPT_LAYOUT, "layout", "ENGINE", LAYOUT_NAMES,
     "Graphviz layout engine for SVG, PNG, PDF: dot,\n"
     "neato, fdp, sfdp, circo, twopi (default: dot, or\n"
     "sfdp for graphs over 2,000 nodes)"},
    {OPT_LAYOUT_TIMEOUT, "layout-timeout", "SECONDS",
     "a number of seconds from 0 to 86400 (0 = no limit)",
     "time limit of the SVG layout (default: 30; 0 = no\n"
     "limit); past it the SVG alone fails"},
    {OPT_DOC_DATE, "doc-date", "DATE", "a date YYYY-MM-DD",
     "date (YYYY-MM-DD) of articles without a header line\n"
     "' date YYYY-MM-DD'; relative dates resolve against it"},
    {OPT_GAZETTEER, "gazetteer", "FILE", "a gazetteer file (TSV)",
     "extra gazetteer (TSV) that adds or overrides\n"
     "entries; repeatable"},
    {OPT_STRICT, "strict", NULL, NULL,
     "invalid UTF-8 in an input is an error (default:\n"
     "replaced, with a warning)"},
    {OPT_TITLE, "title", "TEXT", "the diagram's title", "title of the SVG diagram"},
    {OPT_THEME, "theme", "THEME", THEME_NAMES,
     "colours of the diagram: light or dark background\n"
     "(default: light)"},
    {OPT_CLUSTER_BY, "cluster-by", "WHAT", CLUSTER_NAMES,
     "draw officials in a box of their country\n"
     "(country, the default) or not (none)"},
    {OPT_VIEW, "view", "VIEW", VIEW_NAMES,
     "what to draw: full (default), countries (states and\n"
     "organizations, one 'met' edge per pair that met),\n"
     "officials (one 'met' edge per pair), meetings (with\n"
     "their participants only)"},
    {OPT_FOCUS, "focus", "NODE", "a node id or name, e.g. country:USA or 'Marco Rubio'",
     "keep only the neighbourhood of this node (an id, or a\n"
     "name in any case)"},
    {OPT_DEPTH, "depth", "N", "a whole number of steps, e.g. 1 or 2",
     "steps from the --focus node (default: 1)"},
    {OPT_SINCE, "since", "DATE", "a date YYYY-MM-DD",
     "keep meetings on or after DATE (YYYY-MM-DD); undated\n"
     "meetings are dropped"},
    {OPT_UNTIL, "until", "DATE", "a date YYYY-MM-DD",
     "keep meetings on or before DATE (YYYY-MM-DD); undated\n"
     "meetings are dropped"},
    {OPT_STATUS, "status", "LIST", STATUS_NAMES,
     "keep meetings of these statuses, comma-separated:\n"
     STATUS_NAMES "; with a date or status\n"
     "filter, nodes left without edges are dropped"},
    {OPT_JSON_STYLE, "json-style", "STYLE", JSON_STYLE_NAMES,
     "shape of the JSON: jgf (JSON Graph Format, the\n"
     "default), node-link (NetworkX, d3) or cytoscape\n"
     "(Cytoscape.js elements)"},
    {OPT_INPUT_FORMAT, "input-format", "FORMAT", INPUT_FORMAT_NAMES,
     "text: each FILE is one article (default); jsonl:\n"
     "one JSON object per line, {\"id\", \"date\", \"text\"}"},
    {OPT_BYTE_RANGE, "byte-range", "START-END", "byte offsets START-END, e.g. 0-1000000",
     "with jsonl: only the lines that begin at byte\n"
     "offsets START to END-1 of each input (numbered as\n"
     "in the whole input), to split one file between runs"},
    {'j', "jobs", "N", "a number of threads from 1 to " MAX_JOBS_TEXT,
     "extract on N threads (default: the number of\n"
     "online CPUs); the output is the same for every N"},
    {OPT_MAX_EVIDENCE, "max-evidence", "N", "a number from 0 to " MAX_EVIDENCE_TEXT,
     "evidence items kept per node and edge (default: 5;\n"
     "mentions are counted all the same)"},
    {OPT_PROGRESS, "progress", NULL, NULL,
     "show the progress line on stderr even when it is\n"
     "not a terminal (where it shows anyway)"},
    {'q', "quiet", NULL, NULL, "do not print warnings or the progress line"},
    {'h', "help", NULL, NULL, "print this help and exit"},
    {'V', "version", NULL, NULL, "print the version and exit"},
};
#define OPTION_COUNT (sizeof g_options / sizeof g_options[0])

/* Written in this order: SVG last, since a Graphviz layout is the step most
 * likely to fail or to take long, and the others are then already safe. */
static const parley_format g_write_order[] = {
    PARLEY_FORMAT_JSON, PARLEY_FORMAT_DOT, PARLEY_FORMAT_GRAPHML, PARLEY_FORMAT_GEXF,
    PARLEY_FORMAT_CSV_NODES, PARLEY_FORMAT_CSV_EDGES, PARLEY_FORMAT_SVG, PARLEY_FORMAT_PNG,
    PARLEY_FORMAT_PDF
};

/* What "-f csv" chooses: Neo4j's import takes nodes and relationships as
 * two files, which the library writes as two formats. */
#define CSV_FORMATS ((1u << PARLEY_FORMAT_CSV_NODES) | (1u << PARLEY_FORMAT_CSV_EDGES))
#define DEFAULT_FORMATS \
    ((1u << PARLEY_FORMAT_DOT) | (1u << PARLEY_FORMAT_SVG) | (1u << PARLEY_FORMAT_JSON))

typedef struct cli_config {
    unsigned formats;          /* bit (1 << parley_format) per chosen format */
    const char *output;        /* directory, or "-" for standard output */
    const char *name;          /* NULL = derived from the inputs */
    const char *layout;        /* NULL = automatic (dot, or sfdp for big graphs) */
    double layout_timeout;     /* seconds; 0 = no limit */
    const char *doc_date;      /* NULL = none */
    const char *title;         /* NULL = the exporter's default */
    const char **gazetteers;   /* argv strings */
    size_t gazetteer_count;
    int strict;
    int quiet;
    char **inputs;             /* argv strings */
    size_t input_count;
    cli_input_format input_format;
    cli_byte_range range;      /* --byte-range */
    int range_set;
    size_t jobs;               /* worker threads; 1 = extraction in the main thread */
    size_t max_evidence;       /* evidence items kept per node and edge */
    int progress;              /* --progress: the progress line even off a terminal */
    parley_view_options view;  /* --view, --focus, --depth, --since, --until, --status */
    int depth_set;
    parley_json_style json_style;
    parley_theme theme;
    parley_cluster cluster_by;
} cli_config;

/* parse_args returns this when the command line asks for work, not for
 * --help, --version or a usage error (which give an exit status). */
#define PARSE_CONTINUE (-1)

static int usage_error(const char *fmt, ...) PARLEY_PRINTF(1, 2);

static int usage_error(const char *fmt, ...)
{
    va_list ap;
    fputs("parley: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\nTry 'parley --help' for more information.\n", stderr);
    return PARLEY_EXIT_USAGE;
}

static const cli_option *find_option(int id)
{
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        if (g_options[i].id == id)
            return &g_options[i];
    }
    return NULL;
}

static void print_help(void)
{
    printf("Usage: parley [OPTIONS] FILE...\n"
           "       parley merge [OPTIONS] GRAPH.json... (see 'parley merge --help')\n"
           "Extract countries, officials, organizations, locations and meetings from\n"
           "English news articles into one graph, written as DOT, SVG and JSON.\n"
           "Each FILE is one article; '-' reads standard input. A directory stands\n"
           "for its .txt files (.jsonl with --input-format jsonl), recursively,\n"
           "in byte order of path.\n\n"
           "Options:\n");
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        const cli_option *o = &g_options[i];
        char head[64];
        int n = snprintf(head, sizeof head, "  %s%c%s--%s%s%s",
                         o->id < 256 ? "-" : "", o->id < 256 ? o->id : ' ',
                         o->id < 256 ? ", " : "   ", o->name,
                         o->arg ? "=" : "", o->arg ? o->arg : "");
        /* Help text starts in column 26; a longer head gets its own line. */
        printf("%-26s", head);
        if (n >= 26)
            printf("\n%26s", "");
        for (const char *s = o->help; *s; s++) {
            putchar(*s);
            if (*s == '\n')
                printf("%26s", "");
        }
        putchar('\n');
    }
    printf("\n"
           "Outputs are DIR/NAME.dot, DIR/NAME.svg and DIR/NAME.json (and .graphml,\n"
           ".gexf, .nodes.csv and .edges.csv when chosen). Each is written\n"
           "to a temporary file in DIR and renamed into place, so a failed run leaves\n"
           "any earlier file untouched and never a half-written one. When an input\n"
           "cannot be read or extracted, parley says so, still writes the graph of\n"
           "the other inputs and exits 1; when no input could be read it writes\n"
           "nothing. A failed SVG layout does not keep DOT and JSON from being written:\n"
           "it runs in a child process, stopped after --layout-timeout seconds.\n\n"
           "Exit status: %d success, %d an input or output failed, %d usage error.\n",
           PARLEY_EXIT_OK, PARLEY_EXIT_FAILURE, PARLEY_EXIT_USAGE);
}

/* Adds the formats of a comma-separated list ("dot,json") to *formats. */
static int parse_formats(const char *list, unsigned *formats)
{
    const char *s = list;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        char one[16];
        int f = -1;
        unsigned bits = 0;
        if (n < sizeof one) {
            memcpy(one, s, n);
            one[n] = '\0';
            f = parley_format_from_name(one);
            /* The two halves of csv are no formats of their own here. */
            if (f >= 0 && (CSV_FORMATS & (1u << f)))
                f = -1;
            bits = f >= 0 ? 1u << f : strcmp(one, "csv") == 0 ? CSV_FORMATS : 0;
        }
        if (!bits && strchr(list, ','))
            return usage_error("unknown format '%.*s' in --format '%s' (allowed: %s)",
                               (int)n, s, list, FORMAT_NAMES);
        if (!bits)
            return usage_error("unknown format '%s' (allowed: %s)", list, FORMAT_NAMES);
        *formats |= bits;
        if (!comma)
            return PARSE_CONTINUE;
        s = comma + 1;
    }
}

/* Adds the statuses of a comma-separated list ("held,planned") to *set. */
static int parse_statuses(const char *list, unsigned *set)
{
    const char *s = list;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s);
        int found = -1;
        for (int i = 0; i < PARLEY_STATUS_COUNT; i++) {
            const char *name = parley_meeting_status_name((parley_meeting_status)i);
            if (strlen(name) == n && strncmp(s, name, n) == 0)
                found = i;
        }
        if (found < 0 && comma)
            return usage_error("unknown status '%.*s' in --status '%s' (allowed: %s)", (int)n,
                               s, list, STATUS_NAMES);
        if (found < 0 && strchr(list, ','))
            return usage_error("unknown status '%s' in --status '%s' (allowed: %s)", s, list,
                               STATUS_NAMES);
        if (found < 0)
            return usage_error("unknown status '%s' (allowed: %s)", list, STATUS_NAMES);
        *set |= 1u << found;
        if (!comma)
            return PARSE_CONTINUE;
        s = comma + 1;
    }
}

/* A plain decimal number of seconds ("30", "2.5", ".5"): no sign, exponent,
 * hex, "inf" or "nan", which strtod alone would take. */
static int parse_seconds(const char *s, double *out)
{
    size_t digits = strspn(s, "0123456789");
    const char *rest = s + digits;
    if (*rest == '.') {
        size_t frac = strspn(rest + 1, "0123456789");
        digits += frac;
        rest += 1 + frac;
    }
    if (digits == 0 || *rest)
        return 0;
    double v = strtod(s, NULL);
    if (!(v >= 0 && v <= PARLEY_LAYOUT_TIMEOUT_MAX))
        return 0;
    *out = v;
    return 1;
}

/* A plain decimal count from min to max: digits only, no sign or spaces. */
static int parse_count(const char *s, size_t min, size_t max, size_t *out)
{
    size_t digits = strspn(s, "0123456789");
    if (digits == 0 || digits > 9 || s[digits])
        return 0;
    size_t v = (size_t)strtoul(s, NULL, 10);
    if (v < min || v > max)
        return 0;
    *out = v;
    return 1;
}

/* A NAME becomes a file name inside the output directory, so it may not
 * name another directory. */
static int name_valid(const char *name)
{
    return *name && !strchr(name, '/') && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

/* getopt_long's tables, built from g_options: ":f:o:qhV" and the longs.
 * The leading ':' makes a missing value return ':' so we word the message. */
static void build_getopt_tables(char *shorts, struct option *longs)
{
    *shorts++ = ':';
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        const cli_option *o = &g_options[i];
        if (o->id < 256) {
            *shorts++ = (char)o->id;
            if (o->arg)
                *shorts++ = ':';
        }
        longs[i].name = o->name;
        longs[i].has_arg = o->arg ? required_argument : no_argument;
        longs[i].flag = NULL;
        longs[i].val = o->id;
    }
    *shorts = '\0';
    memset(&longs[OPTION_COUNT], 0, sizeof longs[OPTION_COUNT]);
}

/* The option word as the user typed it, for messages ("--quiet=1" gives
 * "--quiet"). */
static void typed_option(char *out, size_t size, const char *arg)
{
    size_t n = strcspn(arg, "=");
    snprintf(out, size, "%.*s", (int)n, arg);
}

/* Is `word` ("--la") the prefix of more than one long option? Then
 * getopt_long refused it for that, and `out` lists them ("--layout,
 * --layout-timeout"). */
static int ambiguous(const char *word, char *out, size_t size)
{
    size_t n = strlen(word), used = 0;
    int count = 0;
    if (n < 3 || strncmp(word, "--", 2) != 0)
        return 0;
    out[0] = '\0';
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        if (strncmp(g_options[i].name, word + 2, n - 2) != 0)
            continue;
        int w = snprintf(out + used, size - used, "%s--%s", count ? ", " : "", g_options[i].name);
        if (w > 0 && (size_t)w < size - used)
            used += (size_t)w;
        count++;
    }
    return count > 1;
}

static int parse_args(int argc, char **argv, cli_config *cfg)
{
    char shorts[2 + 2 * OPTION_COUNT];
    struct option longs[OPTION_COUNT + 1];
    build_getopt_tables(shorts, longs);

    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        int rc = PARSE_CONTINUE;
        switch (c) {
        case 'f':
            rc = parse_formats(optarg, &cfg->formats);
            break;
        case 'o':
            if (!*optarg)
                return usage_error("--output needs a directory, or '-' for standard output");
            cfg->output = optarg;
            break;
        case OPT_NAME:
            if (!name_valid(optarg))
                return usage_error("invalid --name '%s': it must be a file name, without '/'",
                                   optarg);
            cfg->name = optarg;
            break;
        case OPT_LAYOUT:
            if (!parley_layout_valid(optarg))
                return usage_error("unknown layout '%s' (allowed: %s)", optarg, LAYOUT_NAMES);
            cfg->layout = optarg;
            break;
        case OPT_LAYOUT_TIMEOUT:
            if (!parse_seconds(optarg, &cfg->layout_timeout))
                return usage_error("invalid --layout-timeout '%s': expected a number of seconds "
                                   "from 0 to %.0f, e.g. 30 or 2.5 (0 = no limit)", optarg,
                                   PARLEY_LAYOUT_TIMEOUT_MAX);
            break;
        case OPT_DOC_DATE:
            if (!parley_date_valid(optarg))
                return usage_error("invalid --doc-date '%s': expected a calendar date "
                                   "YYYY-MM-DD, e.g. 2021-07-28", optarg);
            cfg->doc_date = optarg;
            break;
        case OPT_GAZETTEER:
            cfg->gazetteers[cfg->gazetteer_count++] = optarg;
            break;
        case OPT_STRICT:
            cfg->strict = 1;
            break;
        case OPT_TITLE:
            cfg->title = optarg;
            break;
        case OPT_VIEW: {
            int v = parley_view_from_name(optarg);
            if (v < 0)
                return usage_error("unknown view '%s' (allowed: %s)", optarg, VIEW_NAMES);
            cfg->view.view = (parley_view_kind)v;
            break;
        }
        case OPT_FOCUS:
            if (!*optarg)
                return usage_error("--focus needs a node id or name, e.g. country:USA");
            cfg->view.focus = optarg;
            break;
        case OPT_DEPTH: {
            size_t digits = strspn(optarg, "0123456789");
            if (digits == 0 || optarg[digits] || digits > 7 || atol(optarg) > DEPTH_MAX)
                return usage_error("invalid --depth '%s': expected a whole number of steps "
                                   "from 0 to %d, e.g. 1 or 2", optarg, DEPTH_MAX);
            cfg->view.depth = (unsigned)atol(optarg);
            cfg->depth_set = 1;
            break;
        }
        case OPT_SINCE:
        case OPT_UNTIL:
            if (!parley_date_valid(optarg))
                return usage_error("invalid --%s '%s': expected a calendar date YYYY-MM-DD, "
                                   "e.g. 2025-03-01", c == OPT_SINCE ? "since" : "until",
                                   optarg);
            *(c == OPT_SINCE ? &cfg->view.since : &cfg->view.until) = optarg;
            break;
        case OPT_STATUS:
            rc = parse_statuses(optarg, &cfg->view.statuses);
            break;
        case OPT_JSON_STYLE: {
            int style = parley_json_style_from_name(optarg);
            if (style < 0)
                return usage_error("unknown JSON style '%s' (allowed: %s)", optarg,
                                   JSON_STYLE_NAMES);
            cfg->json_style = (parley_json_style)style;
            break;
        }
        case OPT_INPUT_FORMAT:
            if (strcmp(optarg, "text") == 0)
                cfg->input_format = CLI_INPUT_TEXT;
            else if (strcmp(optarg, "jsonl") == 0)
                cfg->input_format = CLI_INPUT_JSONL;
            else
                return usage_error("unknown input format '%s' (allowed: %s)", optarg,
                                   INPUT_FORMAT_NAMES);
            break;
        case 'j':
            if (!parse_count(optarg, 1, MAX_JOBS, &cfg->jobs))
                return usage_error("invalid --jobs '%s': expected a number of threads from 1 "
                                   "to %d", optarg, MAX_JOBS);
            break;
        case OPT_BYTE_RANGE: {
            size_t a = strspn(optarg, "0123456789");
            const char *e = optarg + a + 1;
            size_t b = optarg[a] == '-' ? strspn(e, "0123456789") : 0;
            if (a == 0 || a > 18 || b == 0 || b > 18 || e[b])
                return usage_error("invalid --byte-range '%s': expected START-END, two byte "
                                   "offsets", optarg);
            cfg->range.start = strtoull(optarg, NULL, 10);
            cfg->range.end = strtoull(e, NULL, 10);
            if (cfg->range.end < cfg->range.start)
                return usage_error("invalid --byte-range '%s': END is before START", optarg);
            cfg->range_set = 1;
            break;
        }
        case OPT_MAX_EVIDENCE:
            if (!parse_count(optarg, 0, MAX_EVIDENCE, &cfg->max_evidence))
                return usage_error("invalid --max-evidence '%s': expected a number from 0 to %d",
                                   optarg, MAX_EVIDENCE);
            break;
        case OPT_PROGRESS:
            cfg->progress = 1;
            break;
        case OPT_THEME: {
            int t = parley_theme_from_name(optarg);
            if (t < 0)
                return usage_error("unknown theme '%s' (allowed: %s)", optarg, THEME_NAMES);
            cfg->theme = (parley_theme)t;
            break;
        }
        case OPT_CLUSTER_BY: {
            int cl = parley_cluster_from_name(optarg);
            if (cl < 0)
                return usage_error("unknown --cluster-by '%s' (allowed: %s)", optarg,
                                   CLUSTER_NAMES);
            cfg->cluster_by = (parley_cluster)cl;
            break;
        }
        case 'q':
            cfg->quiet = 1;
            break;
        case 'h':
            print_help();
            return PARLEY_EXIT_OK;
        case 'V':
            printf("parley %s\n", parley_version());
            return PARLEY_EXIT_OK;
        case ':': {
            const cli_option *o = find_option(optopt);
            if (!o) /* cannot happen: getopt only reports options it knows */
                return usage_error("an option requires a value");
            return usage_error("option '--%s' requires a value: %s", o->name, o->values);
        }
        default: { /* '?' */
            char word[64];
            const cli_option *o = optopt ? find_option(optopt) : NULL;
            if (o && !o->arg) {
                return usage_error("option '--%s' takes no value", o->name);
            } else if (optopt && optopt < 256) {
                return usage_error("unknown option '-%c'", optopt);
            }
            typed_option(word, sizeof word, argv[optind - 1]);
            char matches[256];
            if (ambiguous(word, matches, sizeof matches))
                return usage_error("option '%s' is ambiguous: %s", word, matches);
            return usage_error("unknown option '%s'", word);
        }
        }
        if (rc != PARSE_CONTINUE)
            return rc;
    }

    cfg->inputs = argv + optind;
    cfg->input_count = (size_t)(argc - optind);
    if (cfg->input_count == 0)
        return usage_error("no input files (give '-' to read standard input)");
    if (cfg->range_set && cfg->input_format != CLI_INPUT_JSONL)
        return usage_error("--byte-range needs --input-format jsonl");
    size_t stdin_uses = 0;
    for (size_t i = 0; i < cfg->input_count; i++)
        stdin_uses += strcmp(cfg->inputs[i], "-") == 0;
    if (stdin_uses > 1)
        return usage_error("'-' (standard input) is given %zu times; it can be read once",
                           stdin_uses);

    if (cfg->depth_set && !cfg->view.focus)
        return usage_error("--depth needs --focus (the node whose neighbourhood to keep)");
    if (cfg->view.since && cfg->view.until && strcmp(cfg->view.since, cfg->view.until) > 0)
        return usage_error("--since %s is after --until %s", cfg->view.since, cfg->view.until);

    if (!cfg->formats)
        cfg->formats = DEFAULT_FORMATS;
    if (strcmp(cfg->output, "-") == 0 && (cfg->formats & CSV_FORMATS))
        return usage_error("'--output -' cannot take csv: it is two files, NAME.nodes.csv "
                           "and NAME.edges.csv; give a directory with --output");
    if (strcmp(cfg->output, "-") == 0 && (cfg->formats & (cfg->formats - 1)))
        return usage_error("'--output -' writes one format to standard output; "
                           "choose it with --format (" FORMAT_NAMES ")");
    return PARSE_CONTINUE;
}

/* The default output name: the single input's file name without its
 * extension ("news/a.b.txt" -> "a.b"), "stdin" for "-", else "graph".
 * Points into `path` or at a static string; *len is its length. */
static const char *default_name(const cli_config *cfg, size_t *len)
{
    const char *fallback = DEFAULT_NAME;
    *len = strlen(fallback);
    if (cfg->input_count != 1)
        return fallback;
    const char *path = cfg->inputs[0];
    if (strcmp(path, "-") == 0) {
        *len = strlen("stdin");
        return "stdin";
    }
    size_t end = strlen(path);
    while (end > 0 && path[end - 1] == '/')
        end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/')
        start--;
    size_t stop = end;
    for (size_t i = end; i > start + 1; i--) { /* a leading dot is no extension */
        if (path[i - 1] == '.') {
            stop = i - 1;
            break;
        }
    }
    size_t n = stop - start;
    if (n == 0 || (n == 1 && path[start] == '.') ||
        (n == 2 && path[start] == '.' && path[start + 1] == '.'))
        return fallback;
    *len = n;
    return path + start;
}

/* Called from worker threads too: cli_say prints whole lines under a lock. */
static void print_warning(void *userdata, const char *document, size_t offset,
                          const char *message)
{
    (void)userdata;
    cli_say("%s: offset %zu: %s", document, offset, message);
}

/* Reports a library error about `what` (an input or output path). Messages
 * that already start with "what: " (the extractor names the document) are
 * not prefixed twice. */
static void report(const char *what, const parley_error *err)
{
    cli_report(what, err);
}

typedef struct emit_ctx {
    const parley_graph *graph;
    parley_format format;
    const parley_export_options *options;
} emit_ctx;

static int emit_graph(FILE *out, void *ctx, parley_error *err)
{
    const emit_ctx *e = ctx;
    return parley_export(e->graph, e->format, out, e->options, err);
}

/* Writes every chosen format; returns the exit status. */
static int write_outputs(const cli_config *cfg, const parley_graph *g)
{
    parley_export_options xo = PARLEY_EXPORT_OPTIONS_INIT;
    xo.layout = cfg->layout;
    xo.title = cfg->title;
    xo.layout_timeout = cfg->layout_timeout;
    xo.json_style = cfg->json_style;
    xo.theme = cfg->theme;
    xo.cluster_by = cfg->cluster_by;
    emit_ctx ctx = {g, PARLEY_FORMAT_DOT, &xo};
    parley_error err = {0, -1, ""};

    if (strcmp(cfg->output, "-") == 0) {
        for (int f = 0; f < PARLEY_FORMAT_COUNT; f++) {
            if (cfg->formats & (1u << f))
                ctx.format = (parley_format)f;
        }
        if (cli_write_stdout(emit_graph, &ctx, &err) < 0) {
            report("stdout", &err);
            return PARLEY_EXIT_FAILURE;
        }
        return PARLEY_EXIT_OK;
    }

    if (cli_make_dirs(cfg->output, &err) < 0) {
        report(cfg->output, &err);
        return PARLEY_EXIT_FAILURE;
    }
    size_t name_len;
    const char *name = cfg->name;
    if (name)
        name_len = strlen(name);
    else
        name = default_name(cfg, &name_len);
    int status = PARLEY_EXIT_OK;
    parley_buf path = PARLEY_BUF_INIT;
    unsigned skipped = 0; /* formats not written because another failed */
    for (size_t i = 0; i < sizeof g_write_order / sizeof g_write_order[0]; i++) {
        parley_format f = g_write_order[i];
        if (!(cfg->formats & (1u << f)))
            continue;
        path.len = 0;
        size_t dlen = strlen(cfg->output);
        int sep = dlen > 0 && cfg->output[dlen - 1] != '/';
        if (parley_buf_printf(&path, "%s%s%.*s.%s", cfg->output, sep ? "/" : "",
                              (int)name_len, name, parley_format_name(f))) {
            fputs("parley: out of memory\n", stderr);
            status = PARLEY_EXIT_FAILURE;
            break;
        }
        if (skipped & (1u << f)) {
            fprintf(stderr, "parley: %s: not written, since the nodes file was not\n",
                    path.data);
            continue;
        }
        ctx.format = f;
        if (cli_write_atomic(path.data, emit_graph, &ctx, &err) < 0) {
            report(path.data, &err);
            status = PARLEY_EXIT_FAILURE;
            /* New edges beside old nodes would not import: keep the pair. */
            if (f == PARLEY_FORMAT_CSV_NODES)
                skipped |= 1u << PARLEY_FORMAT_CSV_EDGES;
        }
    }
    parley_buf_free(&path);
    return status;
}

/* Reads every input into one graph and writes it; returns the exit status. */
static int run(const cli_config *cfg)
{
    parley_options po = PARLEY_OPTIONS_INIT;
    po.gazetteer_files = cfg->gazetteers;
    po.gazetteer_count = cfg->gazetteer_count;
    po.strict_utf8 = cfg->strict;
    po.warn = cfg->quiet ? NULL : print_warning;

    parley_extractor *ex = NULL;
    parley_graph *g = NULL, *viewed = NULL;
    cli_jobs *jobs = NULL;
    parley_error err = {0, -1, ""};
    int status = PARLEY_EXIT_OK;
    size_t extracted = 0, failed = 0;

    /* A bad gazetteer names its own file and line. */
    if (parley_extractor_new(&ex, &po, &err) < 0) {
        fprintf(stderr, "parley: %s\n", err.text[0] ? err.text : parley_code_name(err.code));
        status = PARLEY_EXIT_FAILURE;
        goto cleanup;
    }
    /* Articles are read one at a time and extracted on cfg->jobs threads
     * (inputs.c, jobs.c): memory holds the graph, not the corpus. */
    cli_progress_start();
    if (cli_jobs_start(&jobs, ex, cfg->jobs, cfg->max_evidence, &err) < 0) {
        report("extraction", &err);
        status = PARLEY_EXIT_FAILURE;
        goto cleanup;
    }
    failed = cli_inputs_read(cfg->inputs, cfg->input_count, cfg->input_format, cfg->doc_date,
                             cfg->range_set ? &cfg->range : NULL, jobs);
    size_t failed_extractions = 0;
    int merged = cli_jobs_finish(jobs, &g, &extracted, &failed_extractions, &err);
    jobs = NULL;
    cli_progress_end();
    failed += failed_extractions;
    if (failed)
        status = PARLEY_EXIT_FAILURE;
    if (merged < 0) {
        report("merging the threads' graphs", &err);
        status = PARLEY_EXIT_FAILURE;
        goto cleanup;
    }

    /* Nothing read, yet nothing failed (an empty JSON Lines file) is an
     * empty graph; but after failures only, an earlier run's outputs stay. */
    if (extracted == 0 && failed) {
        /* Writing an empty graph would replace good outputs of an earlier run. */
        fputs("parley: no input could be read or extracted; nothing written\n", stderr);
        goto cleanup;
    }
    parley_graph_finish(g);
    /* Views and filters come between extraction and every export; without
     * any the graph is written as extracted. */
    const parley_view_options *vo = &cfg->view;
    if (vo->view != PARLEY_VIEW_FULL || vo->focus || vo->since || vo->until || vo->statuses) {
        if (parley_graph_view(g, vo, &viewed, &err) < 0) {
            fprintf(stderr, "parley: %s\n", err.text[0] ? err.text : parley_code_name(err.code));
            status = PARLEY_EXIT_FAILURE;
            goto cleanup;
        }
    }
    if (write_outputs(cfg, viewed ? viewed : g) != PARLEY_EXIT_OK)
        status = PARLEY_EXIT_FAILURE;

cleanup:
    parley_graph_free(viewed);
    parley_graph_free(g);
    parley_extractor_free(ex);
    return status;
}

/* A full disk or a closed stdout is an error, not a silent truncation. */
static int close_stdout(int status)
{
    int had_error = ferror(stdout);
    const char *why = NULL;
    if (fflush(stdout) == EOF)
        why = strerror(errno);
    else if (had_error)
        why = "write error";
    if (fclose(stdout) == EOF && !why)
        why = strerror(errno);
    if (!why)
        return status;
    fprintf(stderr, "parley: stdout: %s\n", why);
    return status == PARLEY_EXIT_OK ? PARLEY_EXIT_FAILURE : status;
}

/* The number of online CPUs, within 1..MAX_JOBS. */
static size_t default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (size_t)n;
}

int main(int argc, char **argv)
{
    /* `parley merge ...` is a subcommand (merge_cmd.c); a file named
     * "merge" is ./merge. */
    if (argc > 1 && strcmp(argv[1], "merge") == 0) {
        cli_signals_init();
        return close_stdout(cli_merge_main(argc - 1, argv + 1));
    }
    const char **gazetteers = calloc((size_t)argc + 1, sizeof *gazetteers);
    if (!gazetteers) {
        fputs("parley: out of memory\n", stderr);
        return PARLEY_EXIT_FAILURE;
    }
    parley_export_options defaults = PARLEY_EXPORT_OPTIONS_INIT;
    cli_config cfg = {0, DEFAULT_OUTPUT_DIR, NULL, NULL, defaults.layout_timeout, NULL, NULL,
                      gazetteers, 0, 0, 0, NULL, 0,
                      CLI_INPUT_TEXT, {0, 0}, 0, 1, DEFAULT_MAX_EVIDENCE, 0,
                      PARLEY_VIEW_OPTIONS_INIT, 0, PARLEY_JSON_JGF, defaults.theme,
                      defaults.cluster_by};
    cfg.jobs = default_jobs();
    int status = parse_args(argc, argv, &cfg);
    if (status == PARSE_CONTINUE) {
        /* The progress line shows by itself on a terminal only: in a log
         * file its rewrites would be clutter. */
        cli_messages_init(cfg.quiet, cfg.progress || isatty(STDERR_FILENO));
        cli_signals_init();
        status = run(&cfg);
    }
    free(gazetteers);
    return close_stdout(status);
}
