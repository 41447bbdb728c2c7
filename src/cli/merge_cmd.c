/* merge_cmd.c: `parley merge`, which reads graphs written by parley's JSON
 * exporter (parts of a corpus run separately: on other cores, other
 * machines, other days), merges them into one, and writes it. Merging is
 * associative and commutative, so the parts may come in any grouping and
 * order and give the graph of one run over all their articles. */
#include "cli/cli.h"
#include "cli/options.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct merge_config {
    const char *output;      /* a file, or "-" for standard output */
    int format;              /* a parley_format, or -1: from the output's extension */
    int jsonl;               /* each input holds one graph per line */
    size_t max_evidence;
    parley_export_options export_options;
    char **inputs;
    size_t input_count;
} merge_config;

#define merge_usage(...) cli_usage(&cli_merge_command, __VA_ARGS__)

/* The format named by the extension of `path` ("all.json"), or -1. */
static int format_of_path(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash + 1 : path, '.');
    return dot && dot[1] ? parley_format_from_name(dot + 1) : -1;
}

/* Returns -1 to go on, else an exit status. */
static int merge_parse(int argc, char **argv, merge_config *cfg)
{
    int c;
    while ((c = cli_option_next(&cli_merge_command, argc, argv)) != -1) {
        switch (c) {
        case 'o':
            if (!*optarg)
                return merge_usage("--output needs a file, or '-' for standard output");
            cfg->output = optarg;
            break;
        case 'f':
            if ((cfg->format = parley_format_from_name(optarg)) < 0)
                return merge_usage("unknown format '%s'", optarg);
            break;
        case OPT_INPUT_FORMAT:
            if (strcmp(optarg, "json") != 0 && strcmp(optarg, "jsonl") != 0)
                return merge_usage("unknown input format '%s' (allowed: %s)", optarg,
                                   MERGE_INPUT_FORMAT_NAMES);
            cfg->jsonl = strcmp(optarg, "jsonl") == 0;
            break;
        case OPT_MAX_EVIDENCE:
            if (!cli_parse_count(optarg, 0, MAX_EVIDENCE, &cfg->max_evidence))
                return merge_usage("invalid --max-evidence '%s': expected a number from 0 to %d",
                                   optarg, MAX_EVIDENCE);
            break;
        case OPT_LAYOUT:
            if (!parley_layout_valid(optarg))
                return merge_usage("unknown layout '%s'", optarg);
            cfg->export_options.layout = optarg;
            break;
        case OPT_LAYOUT_TIMEOUT:
            if (!cli_parse_seconds(optarg, &cfg->export_options.layout_timeout))
                return merge_usage("invalid --layout-timeout '%s': expected a number of seconds "
                                   "from 0 to %.0f", optarg, PARLEY_LAYOUT_TIMEOUT_MAX);
            break;
        case OPT_TITLE:
            cfg->export_options.title = optarg;
            break;
        case 'q':
            break; /* merging warns about nothing yet; accepted like parley's -q */
        case 'h':
            cli_help(&cli_merge_command);
            return PARLEY_EXIT_OK;
        default: /* CLI_OPTION_ERROR: said */
            return PARLEY_EXIT_USAGE;
        }
    }
    int rc = cli_operands(&cli_merge_command, argc, argv, &cfg->inputs, &cfg->input_count,
                          "no graphs to merge (give '-' to read standard input)");
    if (rc >= 0)
        return rc;
    if (cfg->format < 0) {
        if (strcmp(cfg->output, "-") == 0)
            cfg->format = PARLEY_FORMAT_JSON;
        else if ((cfg->format = format_of_path(cfg->output)) < 0)
            return merge_usage("cannot tell the format of '%s' from its extension; "
                               "give it with --format", cfg->output);
    }
    return -1;
}

/* Merges each line of a JSON Lines input, one graph a line, into g. */
static int merge_lines(parley_graph *g, FILE *in, const char *shown)
{
    cli_lines lines;
    parley_error err = {0, -1, ""};
    int rc, bad = 0;
    pl_buf name = PL_BUF_INIT;
    if (cli_lines_init(&lines, fileno(in)) < 0) {
        cli_say("%s: out of memory", shown);
        return -1;
    }
    while ((rc = cli_lines_next(&lines, &err)) > 0) {
        if (lines.too_long) {
            cli_say("%s: line %lu: %s", shown, lines.number, CLI_INPUT_LIMIT_TEXT);
            bad = 1;
            continue;
        }
        if (strspn(lines.line.data, " \t\r") == lines.line.len)
            continue;
        name.len = 0;
        FILE *m = fmemopen(lines.line.data, lines.line.len, "r");
        if (!m || pl_buf_printf(&name, "%s: line %lu", shown, lines.number)) {
            cli_say("%s: line %lu: out of memory", shown, lines.number);
            bad = 1;
        } else if (parley_graph_read_json(g, m, name.data, &err) < 0) {
            cli_report(name.data, &err);
            bad = 1;
        }
        if (m)
            fclose(m);
    }
    if (rc < 0) {
        cli_report(shown, &err);
        bad = 1;
    }
    pl_buf_free(&name);
    cli_lines_free(&lines);
    return bad ? -1 : 0;
}

/* Reads one input into g; reports and returns -1 when it fails. */
static int merge_input(parley_graph *g, const char *path, int jsonl)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *shown = is_stdin ? "stdin" : path;
    FILE *in = is_stdin ? stdin : fopen(path, "r");
    parley_error err = {0, -1, ""};
    if (!in) {
        cli_say("%s: %s", shown, strerror(errno));
        return -1;
    }
    /* fopen opens a directory; reading it would only say "read error". */
    struct stat st;
    if (fstat(fileno(in), &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_say("%s: %s", shown, strerror(EISDIR));
        if (!is_stdin)
            fclose(in);
        return -1;
    }
    int rc = jsonl ? merge_lines(g, in, shown) : parley_graph_read_json(g, in, shown, &err);
    if (rc < 0 && !jsonl)
        cli_report(shown, &err);
    if (!is_stdin)
        fclose(in);
    return rc < 0 ? -1 : 0;
}

typedef struct merge_emit {
    const parley_graph *graph;
    parley_format format;
    const parley_export_options *options;
} merge_emit;

static int emit_merged(FILE *out, void *ctx, parley_error *err)
{
    const merge_emit *e = ctx;
    return parley_export(e->graph, e->format, out, e->options, err);
}

int cli_merge_main(int argc, char **argv)
{
    parley_export_options xo = PARLEY_EXPORT_OPTIONS_INIT;
    merge_config cfg = {"-", -1, 0, DEFAULT_MAX_EVIDENCE, xo, NULL, 0};
    int status = merge_parse(argc, argv, &cfg);
    if (status >= 0)
        return status;
    cli_messages_init(0, 0);

    parley_graph *g = parley_graph_new();
    if (!g) {
        cli_say("out of memory");
        return PARLEY_EXIT_FAILURE;
    }
    parley_graph_set_max_evidence(g, cfg.max_evidence);
    status = PARLEY_EXIT_OK;
    /* Every input is read, so that one run reports every bad one. */
    for (size_t i = 0; i < cfg.input_count; i++) {
        if (merge_input(g, cfg.inputs[i], cfg.jsonl) < 0)
            status = PARLEY_EXIT_FAILURE;
    }
    if (status != PARLEY_EXIT_OK) {
        cli_say("an input could not be merged; nothing written");
        parley_graph_free(g);
        return status;
    }
    parley_graph_finish(g);

    merge_emit e = {g, (parley_format)cfg.format, &cfg.export_options};
    parley_error err = {0, -1, ""};
    int stdout_out = strcmp(cfg.output, "-") == 0;
    int rc = stdout_out ? cli_write_stdout(emit_merged, &e, &err)
                        : cli_write_atomic(cfg.output, emit_merged, &e, &err);
    if (rc < 0) {
        cli_report(stdout_out ? "stdout" : cfg.output, &err);
        status = PARLEY_EXIT_FAILURE;
    }
    parley_graph_free(g);
    return status;
}
