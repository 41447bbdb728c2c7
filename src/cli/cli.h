/* cli.h: what the parley command's files share: its exit statuses, the
 * file handling of io.c (reading inputs, creating the output directory,
 * writing each output atomically), and the corpus-scale machinery
 * (messages, inputs, worker threads, `parley merge`). Not library API:
 * the library never prints, exits or touches the file system on the
 * caller's behalf. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <stdio.h>
#include "parley/error.h"
#include "parley/parley.h"
#include "util/util.h"

/* Exit statuses of the parley command (documented in --help and docs/cli.md). */
enum {
    PARLEY_EXIT_OK = 0,      /* every input read, every output written */
    PARLEY_EXIT_FAILURE = 1, /* an input could not be read or extracted, or an output not written */
    PARLEY_EXIT_USAGE = 2    /* bad command line; nothing was read or written */
};

/* Installs the process-wide signal set-up the writers rely on: SIGXFSZ is
 * ignored (so exceeding `ulimit -f` is a write error, EFBIG, not a silent
 * death), and SIGINT, SIGTERM, SIGHUP and SIGABRT first unlink the
 * temporary file being written, then take their default action. */
void cli_signals_init(void);

/* Opens `path` for reading; with regular_only (a file found by walking a
 * directory) anything but a regular file is refused without blocking (a
 * FIFO is not waited on). Returns the descriptor, or a negative
 * parley_code with err->text saying why (strerror text, or "not a regular
 * file; skipped"). */
int cli_open_input(const char *path, int regular_only, parley_error *err);

/* Reads the whole of `path` ("-" = standard input) into b (emptied first),
 * opened as cli_open_input does. Returns 0 (b->data is then non-NULL and
 * NUL-terminated after b->len bytes), or a negative parley_code with
 * err->text saying what happened, without the path ("is a directory",
 * strerror text, or PARLEY_ELIMIT for an input over 256 MiB). */
int cli_read_input(const char *path, int regular_only, pl_buf *b, parley_error *err);

/* mkdir -p: creates `dir` and any missing parents; an existing directory
 * is fine. Returns 0, or a negative parley_code with err->text saying what
 * happened, without the path (strerror text, "Not a directory" when a
 * component is a file). */
int cli_make_dirs(const char *dir, parley_error *err);

/* Writes the bytes of one output. Returns PARLEY_OK or a negative
 * parley_code with err filled; may leave partial output in `out`. */
typedef int (*cli_emit_fn)(FILE *out, void *ctx, parley_error *err);

/* Writes `path` atomically: emit() writes into a new temporary file in the
 * same directory ("PATH.XXXXXX"), which is flushed, synced, closed and then
 * renamed over `path`. On any failure the temporary file is removed and an
 * existing `path` is left as it was. What is not a regular file is never
 * replaced: a symbolic link to a regular file has that file replaced (the
 * link stays); a FIFO, a device, a socket, a link to one (/dev/stdout) or a
 * dangling link is opened and written through, the whole output at once.
 * Returns PARLEY_OK or a negative code with err->text saying what happened
 * (without the path). */
int cli_write_atomic(const char *path, cli_emit_fn emit, void *ctx, parley_error *err);

/* Writes two outputs that belong together (CSV nodes and edges) as one:
 * both into temporary files first, and only when both are complete are
 * they renamed into place, back to back, under an exclusive flock(2) on
 * their directory, so that two runs writing the same names never leave
 * one's nodes beside the other's edges (a reader that takes a shared lock
 * on the directory sees a whole pair). When either fails, neither
 * replaces its target. Returns a mask of the outputs not written (bit i:
 * paths[i]); errs[i] says why, or is empty when paths[i] was not written
 * because the other failed. Targets that are not regular files are
 * written through as cli_write_atomic does, one after the other. */
unsigned cli_write_atomic_pair(const char *const paths[2], cli_emit_fn emit,
                               void *const ctxs[2], parley_error errs[2]);

/* Writes to standard output all or nothing: emit() writes into memory, and
 * only a complete output is copied to stdout (whose final flush and close
 * main checks). Same returns as cli_write_atomic. */
int cli_write_stdout(cli_emit_fn emit, void *ctx, parley_error *err);
/* 1 once cli_write_stdout has failed to write to standard output (and its
 * caller reported why): the final check of stdout then says nothing more. */
int cli_stdout_failed(void);

/* ---- corpus-scale running: messages.c, inputs.c, jobs.c, merge_cmd.c ---- */

/* Articles and JSON lines larger than this are refused unread. News
 * articles are kilobytes; extraction takes about nine times an article's
 * size in memory, and without a limit an endless stream (/dev/zero, `yes |`)
 * would be read until memory ran out. */
#define CLI_INPUT_LIMIT ((size_t)256 << 20)
#define CLI_INPUT_LIMIT_TEXT "larger than 256 MiB; not read"

/* messages.c: every line parley prints on stderr goes through here, under
 * one lock, so that lines from worker threads never interleave and never
 * land in the middle of the progress line. */

/* Sets up the messages: `quiet` drops warnings and the progress line;
 * `progress` shows the progress line (when not quiet). Call before any
 * thread starts. */
void cli_messages_init(int quiet, int progress);
/* Prints "parley: " and the formatted text as one whole line; while this
 * thread captures (cli_messages_capture), appends it to the capture buffer
 * instead. */
void cli_say(const char *fmt, ...) PARLEY_PRINTF(1, 2);
/* Sends this thread's messages to `into` (NULL: to stderr again). */
void cli_messages_capture(pl_buf *into);
/* Prints captured lines (whole lines, each ending in '\n'). */
void cli_messages_print(const char *lines, size_t len);
/* The same, unless --quiet. */
void cli_warn(const char *fmt, ...) PARLEY_PRINTF(1, 2);
/* Reports a library error about `what` (an input or output), not
 * prefixing it twice when err->text already starts with "what: ". */
void cli_report(const char *what, const parley_error *err);
/* Starts the progress clock (the line shows once something is counted). */
void cli_progress_start(void);
/* Counts one article of `bytes` bytes done; redraws the progress line at
 * most four times a second. Thread-safe. */
void cli_progress_add(size_t bytes);
/* Draws the progress line one last time and ends it with a newline. */
void cli_progress_end(void);

/* inputs.c: from the command line's inputs to articles. */

typedef enum {
    CLI_INPUT_TEXT = 0, /* one file, one article */
    CLI_INPUT_JSONL     /* one article per line: {"id": ..., "date": ..., "text": ...} */
} cli_input_format;

/* What a cli_article holds. */
typedef enum {
    CLI_ARTICLE_FILES = 0, /* text files, one article each, read by the worker */
    CLI_ARTICLE_LINES     /* whole JSON lines, one article each */
} cli_article_kind;

/* How a text file of a cli_article is opened: found by walking a
 * directory (read only when it is still a regular file), or named on the
 * command line (a FIFO is read as a stream). */
#define CLI_FILE_WALKED 'w'
#define CLI_FILE_NAMED 'n'

/* One unit of work on its way to extraction (a file to read, or a block of
 * JSON lines), or one input's messages. Its buffers are reused from one
 * unit to the next, so reading a corpus does not allocate per article.
 * Messages about it (read errors, warnings of the extractor) are collected
 * in `messages` and printed in the order of the inputs, so stderr is the
 * same whatever the number of threads. Reading and parsing happen on the
 * worker, so they run on every thread, not on the reader alone. */
typedef struct cli_article {
    cli_article_kind kind;
    pl_buf name;           /* the current article's document name */
    pl_buf source;         /* FILES: the paths to read, each after a byte
                                  CLI_FILE_WALKED or CLI_FILE_NAMED and ending
                                  in a NUL ("-": standard input); LINES: their
                                  file, as shown in messages */
    pl_buf text;           /* FILES: the current file's bytes; LINES: the
                                  lines, each ending in '\n' but perhaps the last */
    unsigned long line;        /* LINES: the number of the first line */
    const char *doc_date;      /* the run's --doc-date, or NULL */
    const char *date;          /* the current article's: date_buf or doc_date */
    char date_buf[11];         /* YYYY-MM-DD from a JSON line */
    pl_buf messages;       /* lines to print once earlier inputs' are */
    int extract;               /* 0: nothing to extract, only messages */
    size_t ok, failed;         /* articles extracted, and failed, by the worker */
    int done;                  /* extracted (jobs.c, under its lock) */
    size_t seq;                /* order of submission (jobs.c) */
    struct cli_article *next;  /* queue link (jobs.c) */
} cli_article;

/* Reads lines of any length up to CLI_INPUT_LIMIT from a file descriptor
 * through one reused buffer. */
typedef struct cli_lines {
    int fd;
    char *chunk;             /* read buffer */
    size_t pos, end;         /* unread bytes of chunk */
    int eof;
    pl_buf line;             /* the current line, without its '\n' */
    unsigned long number;    /* 1-based number of the current line */
    int too_long;            /* the current line passed the limit (line is empty) */
    int skipping;            /* the rest of that line is still to be passed over */
    size_t skipped;          /* bytes of it passed over so far */
} cli_lines;

/* A line over CLI_INPUT_LIMIT is reported as soon as it passes the limit,
 * and the rest of it passed over without being kept; a line still without
 * an end at this length (an endless stream) ends the reading of its input. */
#define CLI_LINE_SKIP_LIMIT ((size_t)1 << 30)
#define CLI_LINE_SKIP_LIMIT_TEXT "1 GiB"

/* Starts reading fd (not closed by cli_lines_free). Returns 0 or PARLEY_ENOMEM. */
int cli_lines_init(cli_lines *r, int fd);
/* Reads the next line: 1 = a line (or one over the limit: too_long), 0 =
 * end of input, or a negative parley_code with err->text the system's
 * message (or "line N: no end of line within 1 GiB; ..."). A byte order
 * mark before the first line is dropped. */
int cli_lines_next(cli_lines *r, parley_error *err);
void cli_lines_free(cli_lines *r);

/* Parses one JSON line (line[0, line_len), changed in place), number
 * `number` of a->source: sets a->name (its "id", or "SOURCE:LINE") and
 * a->date (its "date", when valid, else a->doc_date) and points *text,
 * *len at its "text", which lives in the line or in *json (NULL when the
 * fast path read it) until json_decref. Returns 0, or -1 after reporting
 * a bad line (*json NULL). */
struct json_t;
int cli_json_article(cli_article *a, char *line, size_t line_len, unsigned long number,
                     struct json_t **json, const char **text, size_t *len);

/* json_line.c: what the fast path found in a JSON line. */
typedef struct cli_json_fields {
    char *text;           /* "text", unescaped where it lay, NUL-terminated */
    size_t text_len;
    const char *id;       /* the JSON of the "id" value as written, or NULL */
    size_t id_len;
    const char *date;     /* the same for "date" */
    size_t date_len;
} cli_json_fields;

/* Checks that line[0, len) is one JSON object with a string "text", as
 * jansson would read it, and fills out: 1, with the text unescaped in the
 * line itself; or 0, line unchanged, when the line is anything else or
 * anything the scan leaves to jansson (escaped keys, repeated fields,
 * reals, deep nesting), which then reads the whole line. */
int cli_json_line_scan(char *line, size_t len, cli_json_fields *out);

/* --byte-range: of each JSON Lines input, only the lines that begin at
 * byte offsets start to end - 1, numbered as in the whole input: one file
 * split between runs gives each line to exactly one of them. */
typedef struct cli_byte_range {
    unsigned long long start, end;
} cli_byte_range;

/* The worker pool of jobs.c, which inputs.c feeds. */
typedef struct cli_jobs cli_jobs;

/* Reads every article of the inputs (files; directories, recursively, their
 * .txt files, or .jsonl with CLI_INPUT_JSONL, in byte order of path; "-" for
 * standard input) one at a time, in order, and hands each to `jobs`;
 * `range` (or NULL) limits the lines of JSON Lines inputs.
 * Reports every input or line that fails and returns how many did. */
size_t cli_inputs_read(char *const *paths, size_t count, cli_input_format format,
                       const char *doc_date, const cli_byte_range *range, cli_jobs *jobs);

/* jobs.c: extraction by worker threads, each into its own graph, merged at
 * the end. With one job everything runs in the calling thread. */

/* Starts `jobs` workers (1 = none: extraction inline) that extract with ex
 * (shared, read-only) into graphs keeping max_evidence items each. Returns
 * 0 or PARLEY_ENOMEM. Fewer threads start when the system refuses more. */
int cli_jobs_start(cli_jobs **out, const parley_extractor *ex, size_t jobs,
                   size_t max_evidence, parley_error *err);
/* A free article to fill; blocks while every article is in use. Until it
 * is submitted or released, this thread's messages go into it. */
cli_article *cli_jobs_article(cli_jobs *j);
/* Hands an article over: extracted when a->extract (inline with one job),
 * then its messages printed after those of every earlier submission. */
void cli_jobs_submit(cli_jobs *j, cli_article *a);
/* Gives back an article that holds nothing to extract or say. */
void cli_jobs_release(cli_jobs *j, cli_article *a);
/* Waits for the queue to drain, stops the workers and merges their graphs
 * into *out (owned by the caller, not finished). *extracted and *failed
 * count the articles. Frees j. Returns 0, or a negative code with err
 * filled (*out NULL) when the merge failed. */
int cli_jobs_finish(cli_jobs *j, parley_graph **out, size_t *extracted, size_t *failed,
                    parley_error *err);

/* merge_cmd.c: `parley merge`; argv[0] is "merge". Returns the exit status. */
int cli_merge_main(int argc, char **argv);

#endif
