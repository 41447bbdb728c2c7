/* main.c: the parley command. One table of options drives both parsing
 * and --help; main reads every input into one graph with libparley and
 * writes the chosen formats, deciding what the user sees and the exit
 * status (the library never prints). File handling lives in io.c. */
#include "cli/cli.h"
#include "cli/options.h"
#include "parley/parley.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Written in this order: SVG last, since a Graphviz layout is the step most
 * likely to fail or to take long, and the others are then already safe. */
static const parley_format g_write_order[] = {
    PARLEY_FORMAT_JSON, PARLEY_FORMAT_DOT, PARLEY_FORMAT_GRAPHML, PARLEY_FORMAT_GEXF,
    PARLEY_FORMAT_CSV_NODES, PARLEY_FORMAT_CSV_EDGES, PARLEY_FORMAT_SVG, PARLEY_FORMAT_PNG,
    PARLEY_FORMAT_PDF, PARLEY_FORMAT_HTML
};

/* What "-f csv" chooses: Neo4j's import takes nodes and relationships as
 * two files, which the library writes as two formats. */
#define CSV_FORMATS ((1u << PARLEY_FORMAT_CSV_NODES) | (1u << PARLEY_FORMAT_CSV_EDGES))
#define DEFAULT_FORMATS \
    ((1u << PARLEY_FORMAT_DOT) | (1u << PARLEY_FORMAT_SVG) | (1u << PARLEY_FORMAT_JSON))

typedef struct cli_config {
    unsigned formats;          /* bit (1 << parley_format) per chosen format */
    const char *output;        /* directory, file, or "-" for standard output */
    int output_is_file;        /* --output names the one file to write */
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
    parley_page page;
    parley_orientation orientation;
    parley_diagram diagram;    /* --view timeline draws a timeline */
    parley_timeline_rows timeline_rows;
} cli_config;

/* parse_args returns this when the command line asks for work, not for
 * --help, --version or a usage error (which give an exit status). */
#define PARSE_CONTINUE (-1)
/* An option handler's answer for an option it does not handle. */
#define NOT_MINE (-3)

#define usage_error(...) cli_usage(&cli_main_command, __VA_ARGS__)

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

/* A NAME becomes a file name inside the output directory, so it may not
 * name another directory. */
static int name_valid(const char *name)
{
    return *name && !strchr(name, '/') && strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

/* The options of what is written and how: formats, where, the diagram. */
static int output_option(int id, cli_config *cfg)
{
    switch (id) {
    case 'f':
        return parse_formats(optarg, &cfg->formats);
    case 'o':
        if (!*optarg)
            return usage_error("--output needs a directory, a file, or '-' for standard "
                               "output");
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
        if (!cli_parse_seconds(optarg, &cfg->layout_timeout))
            return usage_error("invalid --layout-timeout '%s': expected a number of seconds "
                               "from 0 to %.0f, e.g. 30 or 2.5 (0 = no limit)", optarg,
                               PARLEY_LAYOUT_TIMEOUT_MAX);
        break;
    case OPT_TITLE:
        cfg->title = optarg;
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
    case OPT_JSON_STYLE: {
        int style = parley_json_style_from_name(optarg);
        if (style < 0)
            return usage_error("unknown JSON style '%s' (allowed: %s)", optarg,
                               JSON_STYLE_NAMES);
        cfg->json_style = (parley_json_style)style;
        break;
    }
    default:
        return NOT_MINE;
    }
    return PARSE_CONTINUE;
}

/* The options of how the inputs are read and extracted. */
static int input_option(int id, cli_config *cfg)
{
    switch (id) {
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
        if (!cli_parse_count(optarg, 1, MAX_JOBS, &cfg->jobs))
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
        if (!cli_parse_count(optarg, 0, MAX_EVIDENCE, &cfg->max_evidence))
            return usage_error("invalid --max-evidence '%s': expected a number from 0 to %d",
                               optarg, MAX_EVIDENCE);
        break;
    case OPT_PROGRESS:
        cfg->progress = 1;
        break;
    default:
        return NOT_MINE;
    }
    return PARSE_CONTINUE;
}

/* The options of the view and its filters (parley_view_options). */
static int view_option(int id, cli_config *cfg)
{
    switch (id) {
    case OPT_VIEW: {
            /* The timeline draws the whole graph (as filtered) another way:
             * its DOT and JSON are the full view's. */
            int timeline = strcmp(optarg, "timeline") == 0;
            int v = timeline ? (int)PARLEY_VIEW_FULL : parley_view_from_name(optarg);
        if (v < 0)
            return usage_error("unknown view '%s' (allowed: %s)", optarg, VIEW_NAMES);
        cfg->view.view = (parley_view_kind)v;
            cfg->diagram = timeline ? PARLEY_DIAGRAM_TIMELINE : PARLEY_DIAGRAM_GRAPH;
            break;
        }
        case OPT_PAGE: {
            int pg = parley_page_from_name(optarg);
            if (pg < 0)
                return usage_error("unknown page '%s' (allowed: %s)", optarg, PAGE_NAMES);
            cfg->page = (parley_page)pg;
            break;
        }
        case OPT_LANDSCAPE:
        case OPT_PORTRAIT:
            cfg->orientation = id == OPT_LANDSCAPE ? PARLEY_ORIENT_LANDSCAPE : PARLEY_ORIENT_PORTRAIT;
            break;
        case OPT_TIMELINE_ROWS: {
            int r = parley_timeline_rows_from_name(optarg);
            if (r < 0)
                return usage_error("unknown --timeline-rows '%s' (allowed: %s)", optarg,
                                   ROWS_NAMES);
            cfg->timeline_rows = (parley_timeline_rows)r;
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
                               "e.g. 2025-03-01", id == OPT_SINCE ? "since" : "until",
                               optarg);
        *(id == OPT_SINCE ? &cfg->view.since : &cfg->view.until) = optarg;
        break;
    case OPT_STATUS:
        return parse_statuses(optarg, &cfg->view.statuses);
    default:
        return NOT_MINE;
    }
    return PARSE_CONTINUE;
}

/* The formats named by the extension of the last component of `path`
 * ("out/graph.json": json; "a.csv": both csv files), or 0: no extension,
 * not a format's, or a path ending in '/'. *ext points at the extension. */
static unsigned formats_of_extension(const char *path, const char **ext)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base || !dot[1])
        return 0;
    *ext = dot + 1;
    if (strcmp(*ext, "csv") == 0)
        return CSV_FORMATS;
    int f = parley_format_from_name(*ext);
    return f >= 0 && !(CSV_FORMATS & (1u << f)) ? 1u << f : 0;
}

/* The names of the formats in `formats`, comma-separated, into buf. */
static const char *format_list(unsigned formats, char *buf, size_t size)
{
    size_t len = 0;
    buf[0] = '\0';
    for (int f = 0; f < PARLEY_FORMAT_COUNT; f++) {
        if (!(formats & (1u << f)) || f == PARLEY_FORMAT_CSV_EDGES)
            continue;
        const char *name = f == PARLEY_FORMAT_CSV_NODES ? "csv" : parley_format_name(f);
        int n = snprintf(buf + len, size - len, "%s%s", len ? ", " : "", name);
        if (n < 0 || (size_t)n >= size - len)
            break;
        len += (size_t)n;
    }
    return buf;
}

/* --output FILE.EXT, where EXT is a format's extension and FILE is not a
 * directory already, names the one file to write, as `parley merge -o`
 * does: without --format the extension picks the format; with it, the two
 * must agree. Anything else names a directory. */
static int output_file(cli_config *cfg)
{
    const char *ext = NULL;
    struct stat st;
    if (strcmp(cfg->output, "-") == 0)
        return PARSE_CONTINUE;
    unsigned by_ext = formats_of_extension(cfg->output, &ext);
    int exists = stat(cfg->output, &st) == 0;
    int one = cfg->formats && !(cfg->formats & (cfg->formats - 1)) && !(cfg->formats & CSV_FORMATS);
    /* A device or a pipe takes the one format chosen ("-f json -o
     * /dev/null"), written through, never replaced; anything else that is
     * there and no directory is refused now, not after the whole run. */
    if (!by_ext && exists && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) && one && !cfg->name) {
        cfg->output_is_file = 1;
        return PARSE_CONTINUE;
    }
    if (!by_ext && exists && !S_ISDIR(st.st_mode))
        return usage_error("--output %s exists and is not a directory; give a directory, a "
                           "file such as graph.json, or '-' for standard output (a device "
                           "takes one --format)",
                           cfg->output);
    if (!by_ext || (exists && S_ISDIR(st.st_mode)))
        return PARSE_CONTINUE;
    char chosen[128];
    if (by_ext == CSV_FORMATS)
        return usage_error("--output %s: csv is two files, NAME.nodes.csv and NAME.edges.csv; "
                           "give a directory with --output", cfg->output);
    if (cfg->formats && (cfg->formats & (cfg->formats - 1)))
        return usage_error("--output %s names one file, but --format chose %s; give one "
                           "format, or a directory with --output",
                           cfg->output, format_list(cfg->formats, chosen, sizeof chosen));
    if (cfg->formats && cfg->formats != by_ext)
        return usage_error("--output %s: the extension says %s, but --format says %s",
                           cfg->output, ext, format_list(cfg->formats, chosen, sizeof chosen));
    if (cfg->name)
        return usage_error("--name names files in an output directory, but --output %s "
                           "is a file", cfg->output);
    cfg->formats = by_ext;
    cfg->output_is_file = 1;
    return PARSE_CONTINUE;
}

/* The checks that need every option: combinations that make no sense. */
static int check_config(cli_config *cfg)
{
    if (cfg->range_set && cfg->input_format != CLI_INPUT_JSONL)
        return usage_error("--byte-range needs --input-format jsonl");
    if (cfg->depth_set && !cfg->view.focus)
        return usage_error("--depth needs --focus (the node whose neighbourhood to keep)");
    if (cfg->view.since && cfg->view.until && strcmp(cfg->view.since, cfg->view.until) > 0)
        return usage_error("--since %s is after --until %s", cfg->view.since, cfg->view.until);

    int rc = output_file(cfg);
    if (rc != PARSE_CONTINUE)
        return rc;
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

static int parse_args(int argc, char **argv, cli_config *cfg)
{
    int c;
    while ((c = cli_option_next(&cli_main_command, argc, argv)) != -1) {
        int rc;
        switch (c) {
        case 'q':
            cfg->quiet = 1;
            continue;
        case 'h':
            cli_help(&cli_main_command);
            return PARLEY_EXIT_OK;
        case 'V':
            printf("parley %s\n", parley_version());
            return PARLEY_EXIT_OK;
        case CLI_OPTION_ERROR: /* said */
            return PARLEY_EXIT_USAGE;
        }
        if ((rc = output_option(c, cfg)) == NOT_MINE && (rc = input_option(c, cfg)) == NOT_MINE)
            rc = view_option(c, cfg);
        if (rc != PARSE_CONTINUE)
            return rc;
    }
    int rc = cli_operands(&cli_main_command, argc, argv, &cfg->inputs, &cfg->input_count,
                          "no input files (give '-' to read standard input)");
    return rc != PARSE_CONTINUE ? rc : check_config(cfg);
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

/* Writes the CSV nodes and edges files as one output; returns the exit
 * status. */
static int write_csv_pair(const emit_ctx *base, const char *nodes, const char *edges)
{
    emit_ctx ctxs[2] = {*base, *base};
    ctxs[0].format = PARLEY_FORMAT_CSV_NODES;
    ctxs[1].format = PARLEY_FORMAT_CSV_EDGES;
    const char *paths[2] = {nodes, edges};
    void *const args[2] = {&ctxs[0], &ctxs[1]};
    parley_error errs[2] = {{0, -1, ""}, {0, -1, ""}};
    unsigned failed = cli_write_atomic_pair(paths, emit_graph, args, errs);
    for (int i = 0; i < 2; i++) {
        if (!(failed & (1u << i)))
            continue;
        if (errs[i].text[0])
            report(paths[i], &errs[i]);
        else
            fprintf(stderr, "parley: %s: not written, since the %s file was not\n", paths[i],
                    i == 0 ? "edges" : "nodes");
    }
    return failed ? PARLEY_EXIT_FAILURE : PARLEY_EXIT_OK;
}

/* One warning when the drawing (`what`) prints its text under the legible
 * size on its page, naming what would draw less. */
static void warn_small_text(const cli_config *cfg, const char *what, const parley_diagram_fit *fit)
{
    if (!(fit->text_pt > 0 && fit->text_pt < PARLEY_MIN_TEXT_PT))
        return;
    const char *fewer = cfg->diagram == PARLEY_DIAGRAM_TIMELINE ? "--since/--until or --focus NODE"
                        : cfg->view.view == PARLEY_VIEW_FULL ? "--view countries or --focus NODE"
                                                             : "--focus NODE";
    static const char *const page_names[PARLEY_PAGE_COUNT] = {
        [PARLEY_PAGE_A4] = "an A4", [PARLEY_PAGE_LETTER] = "a Letter",
        [PARLEY_PAGE_A3] = "an A3", [PARLEY_PAGE_16_9] = "a 16:9"};
    cli_warn("%s: the drawing prints its text at %.1f pt on %s page (under %g pt, not "
             "legible); %s draws less; the file is written all the same",
             what, fit->text_pt, page_names[cfg->page], PARLEY_MIN_TEXT_PT, fewer);
}

/* Is f drawn (laid out on a page)? */
static int is_drawing(parley_format f)
{
    return f == PARLEY_FORMAT_SVG || f == PARLEY_FORMAT_PNG || f == PARLEY_FORMAT_PDF;
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
    xo.page = cfg->page;
    xo.orientation = cfg->orientation;
    xo.diagram = cfg->diagram;
    xo.timeline_rows = cfg->timeline_rows;
    parley_diagram_fit fit = {0, 0};
    xo.fit = &fit;
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
        if (is_drawing(ctx.format))
            warn_small_text(cfg, "stdout", &fit);
        return PARLEY_EXIT_OK;
    }

    if (cfg->output_is_file) {
        for (int f = 0; f < PARLEY_FORMAT_COUNT; f++) {
            if (cfg->formats & (1u << f))
                ctx.format = (parley_format)f;
        }
        /* Its folder is created when missing, like an output directory. */
        const char *slash = strrchr(cfg->output, '/');
        if (slash && slash != cfg->output) {
            char *dir = strndup(cfg->output, (size_t)(slash - cfg->output));
            if (!dir) {
                fputs("parley: out of memory\n", stderr);
                return PARLEY_EXIT_FAILURE;
            }
            int made = cli_make_dirs(dir, &err);
            if (made < 0)
                report(dir, &err);
            free(dir);
            if (made < 0)
                return PARLEY_EXIT_FAILURE;
        }
        if (cli_write_atomic(cfg->output, emit_graph, &ctx, &err) < 0) {
            report(cfg->output, &err);
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
    int warned = 0;
    pl_buf path = PL_BUF_INIT, nodes_path = PL_BUF_INIT;
    for (size_t i = 0; i < sizeof g_write_order / sizeof g_write_order[0]; i++) {
        parley_format f = g_write_order[i];
        if (!(cfg->formats & (1u << f)))
            continue;
        path.len = 0;
        size_t dlen = strlen(cfg->output);
        int sep = dlen > 0 && cfg->output[dlen - 1] != '/';
        if (pl_buf_printf(&path, "%s%s%.*s.%s", cfg->output, sep ? "/" : "",
                          (int)name_len, name, parley_format_name(f))) {
            fputs("parley: out of memory\n", stderr);
            status = PARLEY_EXIT_FAILURE;
            break;
        }
        /* The CSV pair is one output (new relationships beside old nodes
         * would not import): written when the edges' turn comes. */
        if (f == PARLEY_FORMAT_CSV_NODES && (cfg->formats & (1u << PARLEY_FORMAT_CSV_EDGES))) {
            nodes_path.len = 0;
            if (pl_buf_puts(&nodes_path, path.data)) {
                fputs("parley: out of memory\n", stderr);
                status = PARLEY_EXIT_FAILURE;
                break;
            }
            continue;
        }
        if (f == PARLEY_FORMAT_CSV_EDGES && nodes_path.data) {
            if (write_csv_pair(&ctx, nodes_path.data, path.data) != PARLEY_EXIT_OK)
                status = PARLEY_EXIT_FAILURE;
            continue;
        }
        ctx.format = f;
        if (cli_write_atomic(path.data, emit_graph, &ctx, &err) < 0) {
            report(path.data, &err);
            status = PARLEY_EXIT_FAILURE;
        } else if (is_drawing(f) && !warned) {
            /* Every drawing has the same layout: one warning is enough. */
            warn_small_text(cfg, path.data, &fit);
            warned = 1;
        }
    }
    pl_buf_free(&nodes_path);
    pl_buf_free(&path);
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
    /* A failed output to stdout was reported where it failed: once. */
    if (cli_stdout_failed()) {
        clearerr(stdout);
        fclose(stdout);
        return status == PARLEY_EXIT_OK ? PARLEY_EXIT_FAILURE : status;
    }
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
    cli_config cfg = {0, DEFAULT_OUTPUT_DIR, 0, NULL, NULL, defaults.layout_timeout, NULL, NULL,
                      gazetteers, 0, 0, 0, NULL, 0,
                      CLI_INPUT_TEXT, {0, 0}, 0, 1, DEFAULT_MAX_EVIDENCE, 0,
                      PARLEY_VIEW_OPTIONS_INIT, 0, PARLEY_JSON_JGF, defaults.theme,
                      defaults.cluster_by, defaults.page, defaults.orientation,
                      defaults.diagram, defaults.timeline_rows};
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
