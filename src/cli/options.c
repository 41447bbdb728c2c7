/* options.c: the one table of options of parley and parley merge, and
 * what it drives: getopt_long's tables, --help, and the usage errors
 * (unknown, ambiguous, missing or unwanted values) of both commands. */
#include "cli/options.h"
#include "cli/cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every option of both commands, each listed by its --help in this order;
 * help lines fit 80 columns. An option that means something else to
 * parley merge has an entry of its own there. */
static const cli_option g_options[] = {
    {'f', CLI_MAIN, "format", "FORMAT", FORMAT_NAMES,
     "output format: dot, svg, json, graphml, gexf, csv\n"
     "(Neo4j import: NAME.nodes.csv, NAME.edges.csv),\n"
     "png, pdf (when Graphviz's cairo renderer is there),\n"
     "html (one page: diagram, meetings, evidence, search);\n"
     "repeat the option or separate with commas\n"
     "(default: dot, svg, json)"},
    {'o', CLI_MAIN, "output", "PATH", "a directory, a file such as graph.json, or '-'",
     "directory for the outputs, created when missing\n"
     "(default: " DEFAULT_OUTPUT_DIR "); a file name with a format's\n"
     "extension (graph.json) writes that one format there;\n"
     "'-' writes the one chosen format to standard output"},
    {OPT_NAME, CLI_MAIN, "name", "NAME", "a file name without '/'",
     "file name of the outputs, without extension\n"
     "(default: the single input's file name without its\n"
     "extension, 'stdin' for '-', else '" DEFAULT_NAME "')"},
    {OPT_LAYOUT, CLI_MAIN, "layout", "ENGINE", LAYOUT_NAMES,
     "Graphviz layout engine for SVG, PNG, PDF: dot,\n"
     "neato, fdp, sfdp, circo, twopi (default: dot, or\n"
     "sfdp for graphs over 2,000 nodes)"},
    {OPT_LAYOUT_TIMEOUT, CLI_MAIN, "layout-timeout", "SECONDS",
     "a number of seconds from 0 to 86400 (0 = no limit)",
     "time limit of the SVG layout (default: 30; 0 = no\n"
     "limit); past it the SVG alone fails"},
    {OPT_DOC_DATE, CLI_MAIN, "doc-date", "DATE", "a date YYYY-MM-DD",
     "date (YYYY-MM-DD) of articles without a header line\n"
     "' date YYYY-MM-DD'; relative dates resolve against it"},
    {OPT_GAZETTEER, CLI_MAIN, "gazetteer", "FILE", "a gazetteer file (TSV)",
     "extra gazetteer (TSV) that adds or overrides\n"
     "entries; repeatable"},
    {OPT_STRICT, CLI_MAIN, "strict", NULL, NULL,
     "invalid UTF-8 in an input is an error (default:\n"
     "replaced, with a warning)"},
    /* parley merge's own: what each means there (and its --help order). */
    {'o', CLI_MERGE, "output", "FILE", "a file, or '-' for standard output",
     "where to write the merged graph; its extension\n"
     "(.json, .dot, .svg, .graphml, .gexf, .html)\n"
     "picks the format; '-' (the default) writes\n"
     "JSON to standard output"},
    {'f', CLI_MERGE, "format", "FORMAT", MERGE_FORMAT_NAMES,
     "the output format, whatever the extension: json,\n"
     "dot, svg, graphml, gexf, html (csv is two\n"
     "files: use parley -f csv on the articles)"},
    {OPT_INPUT_FORMAT, CLI_MERGE, "input-format", "FORMAT", MERGE_INPUT_FORMAT_NAMES,
     "json: each input holds one graph (default);\n"
     "jsonl: one graph per line (compact JSON)"},
    {OPT_MAX_EVIDENCE, CLI_MERGE, "max-evidence", "N", "a number from 0 to " MAX_EVIDENCE_TEXT,
     "evidence items kept per node and edge\n"
     "(default: 5)"},
    {OPT_LAYOUT, CLI_MERGE, "layout", "ENGINE", LAYOUT_NAMES,
     "Graphviz layout engine for SVG (default: dot)"},
    {OPT_LAYOUT_TIMEOUT, CLI_MERGE, "layout-timeout", "SECONDS",
     "a number of seconds from 0 to 86400 (0 = no limit)",
     "time limit of the SVG layout (default: 30)"},
    {OPT_TITLE, CLI_MAIN | CLI_MERGE, "title", "TEXT", "the diagram's title",
     "title of the SVG diagram"},
    {OPT_THEME, CLI_MAIN, "theme", "THEME", THEME_NAMES,
     "colours of the diagram: light or dark background\n"
     "(default: light)"},
    {OPT_CLUSTER_BY, CLI_MAIN, "cluster-by", "WHAT", CLUSTER_NAMES,
     "draw officials in a box of their country\n"
     "(country, the default) or not (none)"},
    {OPT_PAGE, CLI_MAIN, "page", "PAGE", PAGE_NAMES,
     "page the drawing is made to fit: a4 (default),\n"
     "letter, a3, 16:9 (a slide)"},
    {OPT_LANDSCAPE, CLI_MAIN, "landscape", NULL, NULL,
     "fit the page turned sideways (default: whichever\n"
     "orientation prints the drawing larger)"},
    {OPT_PORTRAIT, CLI_MAIN, "portrait", NULL, NULL, "fit the page upright"},
    {OPT_VIEW, CLI_MAIN, "view", "VIEW", VIEW_NAMES,
     "what to draw: full (default), countries (states and\n"
     "organizations, one 'met' edge per pair that met),\n"
     "officials (one 'met' edge per pair), meetings (with\n"
     "their participants only), timeline (meetings by\n"
     "date across rows of their parties; DOT and JSON\n"
     "as full)"},
    {OPT_TIMELINE_ROWS, CLI_MAIN, "timeline-rows", "ROWS", ROWS_NAMES,
     "rows of --view timeline: states (default; an\n"
     "official counts as its state) or officials"},
    {OPT_FOCUS, CLI_MAIN, "focus", "NODE", "a node id or name, e.g. country:USA or 'Marco Rubio'",
     "keep only the neighbourhood of this node (an id, a\n"
     "name or a surname, in any case)"},
    {OPT_DEPTH, CLI_MAIN, "depth", "N", "a whole number of steps, e.g. 1 or 2",
     "steps from the --focus node (default: 1)"},
    {OPT_SINCE, CLI_MAIN, "since", "DATE", "a date YYYY-MM-DD",
     "keep meetings on or after DATE (YYYY-MM-DD); undated\n"
     "meetings are dropped"},
    {OPT_UNTIL, CLI_MAIN, "until", "DATE", "a date YYYY-MM-DD",
     "keep meetings on or before DATE (YYYY-MM-DD); undated\n"
     "meetings are dropped"},
    {OPT_STATUS, CLI_MAIN, "status", "LIST", STATUS_NAMES,
     "keep meetings of these statuses, comma-separated:\n"
     STATUS_NAMES "; with a date or status\n"
     "filter, nodes left without edges are dropped"},
    {OPT_JSON_STYLE, CLI_MAIN, "json-style", "STYLE", JSON_STYLE_NAMES,
     "shape of the JSON: jgf (JSON Graph Format, the\n"
     "default), node-link (NetworkX, d3) or cytoscape\n"
     "(Cytoscape.js elements)"},
    {OPT_INPUT_FORMAT, CLI_MAIN, "input-format", "FORMAT", INPUT_FORMAT_NAMES,
     "text: each FILE is one article (default); jsonl:\n"
     "one JSON object per line, {\"id\", \"date\", \"text\"}"},
    {OPT_BYTE_RANGE, CLI_MAIN, "byte-range", "START-END", "byte offsets START-END, e.g. 0-1000000",
     "with jsonl: only the lines that begin at byte\n"
     "offsets START to END-1 of each input (numbered as\n"
     "in the whole input), to split one file between runs"},
    {'j', CLI_MAIN, "jobs", "N", "a number of threads from 1 to " MAX_JOBS_TEXT,
     "extract on N threads (default: the number of\n"
     "online CPUs); the output is the same for every N"},
    {OPT_MAX_EVIDENCE, CLI_MAIN, "max-evidence", "N", "a number from 0 to " MAX_EVIDENCE_TEXT,
     "evidence items kept per node and edge (default: 5;\n"
     "mentions are counted all the same)"},
    {OPT_PROGRESS, CLI_MAIN, "progress", NULL, NULL,
     "show the progress line on stderr even when it is\n"
     "not a terminal (where it shows anyway)"},
    {'q', CLI_MERGE, "quiet", NULL, NULL, "do not print warnings"},
    {'q', CLI_MAIN, "quiet", NULL, NULL, "do not print warnings or the progress line"},
    {'h', CLI_MAIN | CLI_MERGE, "help", NULL, NULL, "print this help and exit"},
    {'V', CLI_MAIN, "version", NULL, NULL, "print the version and exit"},
};
#define OPTION_COUNT (sizeof g_options / sizeof g_options[0])

const cli_command cli_main_command = {
    CLI_MAIN, "parley",
    "Usage: parley [OPTIONS] FILE...\n"
    "       parley merge [OPTIONS] GRAPH.json... (see 'parley merge --help')\n"
    "Extract countries, officials, organizations, locations and meetings from\n"
    "English news articles into one graph, written as DOT, SVG and JSON.\n"
    "Each FILE is one article; '-' reads standard input. A directory stands\n"
    "for its .txt files (.jsonl with --input-format jsonl), recursively,\n"
    "in byte order of path.\n",
    "Outputs are DIR/NAME.dot, DIR/NAME.svg and DIR/NAME.json (and .graphml,\n"
    ".gexf, .nodes.csv and .edges.csv when chosen). Each is written\n"
    "to a temporary file in DIR and renamed into place, so a failed run leaves\n"
    "any earlier file untouched and never a half-written one. When an input\n"
    "cannot be read or extracted, parley says so, still writes the graph of\n"
    "the other inputs and exits 1; when no input could be read it writes\n"
    "nothing. A failed SVG layout does not keep DOT and JSON from being written:\n"
    "it runs in a child process, stopped after --layout-timeout seconds.\n",
    "an input or output failed", 26};

const cli_command cli_merge_command = {
    CLI_MERGE, "parley merge",
    "Usage: parley merge [OPTIONS] GRAPH.json...\n"
    "Merge graphs written by 'parley -f json' into one graph, as if one run had\n"
    "read all their articles, and write it. '-' reads standard input.\n",
    "The output is written to a temporary file and renamed into place; when an\n"
    "input cannot be read or is not a graph parley wrote, parley says which\n"
    "(and on which line), writes nothing and exits 1. The parts must hold\n"
    "different articles: a document in two parts is counted twice.\n",
    "an input or the output failed", 28};

int cli_usage(const cli_command *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", cmd->prog);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", cmd->prog);
    return PARLEY_EXIT_USAGE;
}

static const cli_option *find_option(const cli_command *cmd, int id)
{
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        if (g_options[i].id == id && (g_options[i].commands & cmd->mask))
            return &g_options[i];
    }
    return NULL;
}

void cli_help(const cli_command *cmd)
{
    int col = cmd->column;
    printf("%s\nOptions:\n", cmd->usage);
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        const cli_option *o = &g_options[i];
        if (!(o->commands & cmd->mask))
            continue;
        char head[64];
        int n = snprintf(head, sizeof head, "  %s%c%s--%s%s%s",
                         o->id < 256 ? "-" : "", o->id < 256 ? o->id : ' ',
                         o->id < 256 ? ", " : "   ", o->name,
                         o->arg ? "=" : "", o->arg ? o->arg : "");
        /* A head as wide as the column gets a line of its own. */
        printf("%-*s", col, head);
        if (n >= col)
            printf("\n%*s", col, "");
        for (const char *s = o->help; *s; s++) {
            putchar(*s);
            if (*s == '\n')
                printf("%*s", col, "");
        }
        putchar('\n');
    }
    printf("\n%s\nExit status: %d success, %d %s, %d usage error.\n", cmd->epilogue,
           PARLEY_EXIT_OK, PARLEY_EXIT_FAILURE, cmd->failed, PARLEY_EXIT_USAGE);
}

int cli_parse_seconds(const char *s, double *out)
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

int cli_parse_count(const char *s, size_t min, size_t max, size_t *out)
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

/* getopt_long's tables of cmd, built from g_options: ":f:o:qhV" and the longs.
 * The leading ':' makes a missing value return ':' so we word the message. */
static void build_getopt_tables(const cli_command *cmd, char *shorts, struct option *longs)
{
    size_t n = 0;
    *shorts++ = ':';
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        const cli_option *o = &g_options[i];
        if (!(o->commands & cmd->mask))
            continue;
        if (o->id < 256) {
            *shorts++ = (char)o->id;
            if (o->arg)
                *shorts++ = ':';
        }
        longs[n].name = o->name;
        longs[n].has_arg = o->arg ? required_argument : no_argument;
        longs[n].flag = NULL;
        longs[n].val = o->id;
        n++;
    }
    *shorts = '\0';
    memset(&longs[n], 0, sizeof longs[n]);
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
static int ambiguous(const cli_command *cmd, const char *word, char *out, size_t size)
{
    size_t n = strlen(word), used = 0;
    int count = 0;
    if (n < 3 || strncmp(word, "--", 2) != 0)
        return 0;
    out[0] = '\0';
    for (size_t i = 0; i < OPTION_COUNT; i++) {
        if (!(g_options[i].commands & cmd->mask) ||
            strncmp(g_options[i].name, word + 2, n - 2) != 0)
            continue;
        int w = snprintf(out + used, size - used, "%s--%s", count ? ", " : "", g_options[i].name);
        if (w > 0 && (size_t)w < size - used)
            used += (size_t)w;
        count++;
    }
    return count > 1;
}

int cli_option_next(const cli_command *cmd, int argc, char **argv)
{
    static char shorts[2 + 2 * OPTION_COUNT];
    static struct option longs[OPTION_COUNT + 1];
    static const cli_command *built;
    if (built != cmd) {
        build_getopt_tables(cmd, shorts, longs);
        built = cmd;
        opterr = 0;
        optind = 1;
    }
    int c = getopt_long(argc, argv, shorts, longs, NULL);
    if (c == ':') {
        const cli_option *o = find_option(cmd, optopt);
        if (!o) /* cannot happen: getopt only reports options it knows */
            cli_usage(cmd, "an option requires a value");
        else
            cli_usage(cmd, "option '--%s' requires a value: %s", o->name, o->values);
        return CLI_OPTION_ERROR;
    }
    if (c != '?')
        return c;
    char word[64];
    const cli_option *o = optopt ? find_option(cmd, optopt) : NULL;
    if (o && !o->arg) {
        cli_usage(cmd, "option '--%s' takes no value", o->name);
    } else if (optopt && optopt < 256) {
        cli_usage(cmd, "unknown option '-%c'", optopt);
    } else {
        char matches[256];
        typed_option(word, sizeof word, argv[optind - 1]);
        if (ambiguous(cmd, word, matches, sizeof matches))
            cli_usage(cmd, "option '%s' is ambiguous: %s", word, matches);
        else
            cli_usage(cmd, "unknown option '%s'", word);
    }
    return CLI_OPTION_ERROR;
}

int cli_operands(const cli_command *cmd, int argc, char **argv, char ***inputs, size_t *count,
                 const char *none)
{
    *inputs = argv + optind;
    *count = (size_t)(argc - optind);
    if (*count == 0)
        return cli_usage(cmd, "%s", none);
    size_t stdin_uses = 0;
    for (size_t i = 0; i < *count; i++)
        stdin_uses += strcmp((*inputs)[i], "-") == 0;
    if (stdin_uses > 1)
        return cli_usage(cmd, "'-' (standard input) is given %zu times; it can be read once",
                         stdin_uses);
    return -1;
}
