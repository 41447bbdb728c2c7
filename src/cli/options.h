/* options.h: the command lines of parley and parley merge. One table of
 * options (options.c) drives getopt, --help and the usage errors of both
 * commands; main.c and merge_cmd.c act on the values. */
#ifndef PARLEY_CLI_OPTIONS_H
#define PARLEY_CLI_OPTIONS_H

#include <stddef.h>
#include "parley/parley.h"
#include "util/util.h"

#define DEFAULT_OUTPUT_DIR "output"
#define DEFAULT_NAME "graph"
#define LAYOUT_NAMES "dot, neato, fdp, sfdp, circo, twopi"
#define FORMAT_NAMES "dot, svg, json, graphml, gexf, csv, png, pdf, html"
#define VIEW_NAMES "full, countries, officials, meetings, timeline"
#define PAGE_NAMES "a4, letter, a3, 16:9"
#define ROWS_NAMES "states, officials"
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

#define MERGE_FORMAT_NAMES "json, dot, svg, graphml, gexf, html"
#define MERGE_INPUT_FORMAT_NAMES "json, jsonl"

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
    OPT_PAGE,
    OPT_LANDSCAPE,
    OPT_PORTRAIT,
    OPT_TIMELINE_ROWS,
    OPT_BYTE_RANGE
};

/* Which command offers an option (cli_option.commands). */
enum { CLI_MAIN = 1, CLI_MERGE = 2 };

typedef struct cli_option {
    int id;              /* the short option character, or an OPT_ value */
    unsigned commands;   /* CLI_MAIN, CLI_MERGE or both */
    const char *name;    /* long name, without "--" */
    const char *arg;     /* name of the value in --help; NULL = takes none */
    const char *values;  /* what the value may be, for "requires a value" */
    const char *help;    /* lines after the first are indented under it */
} cli_option;

/* A command: its options (those of the table it offers) and the text of
 * its --help around them. */
typedef struct cli_command {
    unsigned mask;        /* CLI_MAIN or CLI_MERGE */
    const char *prog;     /* "parley", "parley merge": starts usage errors */
    const char *usage;    /* --help before "Options:" */
    const char *epilogue; /* --help after the options, before the exit status */
    const char *failed;   /* what exit status 1 means, in that line */
    int column;           /* where the options' help text starts */
} cli_command;

extern const cli_command cli_main_command;
extern const cli_command cli_merge_command;

/* getopt_long over cmd's options (opterr off, from argv[1]): the id of the
 * next option, its value in optarg; -1 after the last (optind is then the
 * first operand); CLI_OPTION_ERROR after printing the usage error of an
 * unknown or ambiguous option, a missing value or a value given to an
 * option that takes none. */
#define CLI_OPTION_ERROR (-2)
int cli_option_next(const cli_command *cmd, int argc, char **argv);

/* Prints "PROG: message" and the pointer to --help to stderr; returns
 * PARLEY_EXIT_USAGE. */
int cli_usage(const cli_command *cmd, const char *fmt, ...) PARLEY_PRINTF(2, 3);
/* Prints cmd's --help to stdout. */
void cli_help(const cli_command *cmd);

/* The operands after the options: at least one (else the usage error
 * `none`), '-' at most once. Returns -1, or the exit status of a usage
 * error it printed. */
int cli_operands(const cli_command *cmd, int argc, char **argv, char ***inputs, size_t *count,
                 const char *none);

/* A plain decimal number of seconds from 0 to PARLEY_LAYOUT_TIMEOUT_MAX
 * ("30", "2.5", ".5"): no sign, exponent, hex, "inf" or "nan". 1 and *out
 * set, or 0. */
int cli_parse_seconds(const char *s, double *out);
/* A plain decimal count from min to max: digits only. 1 and *out set, or 0. */
int cli_parse_count(const char *s, size_t min, size_t max, size_t *out);

#endif
