/* cli.h: what the parley command's two files share: its exit statuses and
 * the file handling of io.c (reading inputs, creating the output directory,
 * writing each output atomically). Not library API: the library never
 * prints, exits or touches the file system on the caller's behalf. */
#ifndef PARLEY_CLI_H
#define PARLEY_CLI_H

#include <stdio.h>
#include "parley/error.h"
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

/* Reads the whole of `path` ("-" = standard input) into b (emptied first).
 * Returns 0 (b->data is then non-NULL and NUL-terminated after b->len
 * bytes), or a negative parley_code with err->text saying what happened,
 * without the path ("is a directory", strerror text, or PARLEY_ELIMIT for
 * an input over 256 MiB). */
int cli_read_input(const char *path, parley_buf *b, parley_error *err);

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
 * existing `path` is left as it was. Returns PARLEY_OK or a negative code
 * with err->text saying what happened (without the path). */
int cli_write_atomic(const char *path, cli_emit_fn emit, void *ctx, parley_error *err);

/* Writes to standard output all or nothing: emit() writes into memory, and
 * only a complete output is copied to stdout (whose final flush and close
 * main checks). Same returns as cli_write_atomic. */
int cli_write_stdout(cli_emit_fn emit, void *ctx, parley_error *err);

#endif
