/* io.c: the parley command's dealings with the file system: reading an
 * input whole, creating the output directory, and writing each output
 * through a temporary file and a rename, so that a failed or interrupted run
 * never leaves a half-written file where a good one was. */
#include "cli/cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* Read in chunks of this size when the input's size is not known up front
 * (pipes, terminals): large enough that a big article takes few calls. */
#define READ_CHUNK (64 * 1024)

/* An input larger than CLI_INPUT_LIMIT (cli.h) is refused unread. */
#define INPUT_LIMIT CLI_INPUT_LIMIT
#define INPUT_LIMIT_TEXT CLI_INPUT_LIMIT_TEXT

/* The temporary file being written, if any, so that a fatal signal can
 * remove it. Only one output is written at a time. g_temp is filled while
 * g_temp_live is 0, with the signals blocked around every change of state. */
static char g_temp[PATH_MAX];
static volatile sig_atomic_t g_temp_live;
static mode_t g_file_mode = 0644;

static const int g_fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGABRT};
#define FATAL_SIGNAL_COUNT (sizeof g_fatal_signals / sizeof g_fatal_signals[0])

static void on_fatal_signal(int sig)
{
    /* unlink is async-signal-safe. SA_RESETHAND has restored the default
     * action, so the re-raised signal ends the process as it would have. */
    if (g_temp_live)
        unlink(g_temp);
    raise(sig);
}

void cli_signals_init(void)
{
    /* mkstemp creates files 0600; outputs get the usual 0666 & ~umask. */
    mode_t mask = umask(0);
    umask(mask);
    g_file_mode = (mode_t)(0666 & ~mask);

    signal(SIGXFSZ, SIG_IGN);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    for (size_t i = 0; i < FATAL_SIGNAL_COUNT; i++) {
        struct sigaction old;
        /* A signal the parent chose to ignore (nohup) stays ignored. */
        if (sigaction(g_fatal_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(g_fatal_signals[i], &sa, NULL);
    }
}

/* Blocks (or restores) the fatal signals around a change of g_temp_live, so
 * that a signal never sees a state half-way between two. */
static void block_signals(sigset_t *saved)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < FATAL_SIGNAL_COUNT; i++)
        sigaddset(&set, g_fatal_signals[i]);
    sigprocmask(SIG_BLOCK, &set, saved);
}

static void restore_signals(const sigset_t *saved)
{
    sigprocmask(SIG_SETMASK, saved, NULL);
}

/* Fills err with strerror(errnum) and returns PARLEY_EIO. */
static int sys_fail(parley_error *err, int errnum)
{
    return parley_fail(err, PARLEY_EIO, -1, "%s", strerror(errnum));
}

int cli_read_input(const char *path, parley_buf *b, parley_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
    int rc = 0;
    if (fd < 0)
        return sys_fail(err, errno);

    b->len = 0;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        rc = sys_fail(err, errno);
        goto cleanup;
    }
    if (S_ISDIR(st.st_mode)) {
        rc = parley_fail(err, PARLEY_EIO, -1, "is a directory");
        goto cleanup;
    }
    /* A regular file is read in one allocation of its size; the loop below
     * still copes with a file that grows or shrinks meanwhile. */
    size_t want = READ_CHUNK;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        if ((uintmax_t)st.st_size > INPUT_LIMIT) {
            rc = parley_fail(err, PARLEY_ELIMIT, -1, INPUT_LIMIT_TEXT);
            goto cleanup;
        }
        want = (size_t)st.st_size + 1; /* +1: see EOF without growing */
    }
    for (;;) {
        if (b->cap - b->len <= 1 || !b->data) {
            if (parley_buf_reserve(b, want)) {
                rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
                goto cleanup;
            }
            want = READ_CHUNK;
        }
        /* Never past the limit: at the limit one more byte, read aside,
         * says whether the input goes on. */
        char probe;
        size_t room = b->cap - b->len - 1;
        if (room > INPUT_LIMIT - b->len)
            room = INPUT_LIMIT - b->len;
        ssize_t n = room ? read(fd, b->data + b->len, room) : read(fd, &probe, 1);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            rc = sys_fail(err, errno);
            goto cleanup;
        }
        if (n == 0)
            break;
        if (!room) {
            rc = parley_fail(err, PARLEY_ELIMIT, -1, INPUT_LIMIT_TEXT);
            goto cleanup;
        }
        b->len += (size_t)n;
        /* A regular file reads short only at its end: no call to see it. */
        if (S_ISREG(st.st_mode) && (size_t)n < room)
            break;
    }
    b->data[b->len] = '\0';

cleanup:
    if (!is_stdin)
        close(fd);
    return rc;
}

int cli_make_dirs(const char *dir, parley_error *err)
{
    parley_buf p = PARLEY_BUF_INIT;
    int rc = 0;
    if (parley_buf_puts(&p, dir))
        return parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");

    /* Each prefix ending before a '/' (and the whole path), shortest first. */
    for (size_t i = 1; i <= p.len; i++) {
        if (i < p.len && (p.data[i] != '/' || p.data[i - 1] == '/'))
            continue;
        char saved = p.data[i];
        p.data[i] = '\0';
        if (mkdir(p.data, 0777) != 0) {
            int e = errno;
            struct stat st;
            /* EEXIST, and also EACCES or EROFS on a directory that is
             * already there: only a prefix that is not a directory fails. */
            if (stat(p.data, &st) != 0 || !S_ISDIR(st.st_mode)) {
                rc = sys_fail(err, e == EEXIST ? ENOTDIR : e);
                goto cleanup;
            }
        }
        p.data[i] = saved;
    }

cleanup:
    parley_buf_free(&p);
    return rc;
}

/* Removes the temporary file, if there is one. */
static void drop_temp(void)
{
    sigset_t saved;
    block_signals(&saved);
    if (g_temp_live) {
        g_temp_live = 0;
        unlink(g_temp);
    }
    restore_signals(&saved);
}

int cli_write_atomic(const char *path, cli_emit_fn emit, void *ctx, parley_error *err)
{
    FILE *f = NULL;
    int rc = 0;
    sigset_t saved;

    if (strlen(path) + sizeof ".XXXXXX" > sizeof g_temp)
        return sys_fail(err, ENAMETOOLONG);

    block_signals(&saved);
    snprintf(g_temp, sizeof g_temp, "%s.XXXXXX", path);
    int fd = mkstemp(g_temp);
    int e = errno;
    g_temp_live = fd >= 0;
    restore_signals(&saved);
    if (fd < 0)
        return sys_fail(err, e);

    if (fchmod(fd, g_file_mode) != 0 || !(f = fdopen(fd, "w"))) {
        rc = sys_fail(err, errno);
        if (!f)
            close(fd);
        goto cleanup;
    }
    rc = emit(f, ctx, err);
    if (rc < 0)
        goto cleanup;
    /* A write the emitter did not check shows here: in fflush's errno, or
     * in the stream's error flag when an earlier write already failed. */
    if (fflush(f) == EOF) {
        rc = sys_fail(err, errno);
        goto cleanup;
    }
    if (ferror(f)) {
        rc = parley_fail(err, PARLEY_EIO, -1, "write error");
        goto cleanup;
    }
    /* Data on disk before the rename makes it visible, so a crash leaves
     * the old file or the new one, not an empty one. Some file systems
     * cannot sync (EINVAL): the rename is still atomic there. */
    if (fsync(fileno(f)) != 0 && errno != EINVAL) {
        rc = sys_fail(err, errno);
        goto cleanup;
    }
    int closed = fclose(f);
    f = NULL;
    if (closed == EOF) {
        rc = sys_fail(err, errno);
        goto cleanup;
    }

    block_signals(&saved);
    g_temp_live = 0; /* from here a signal must not remove the new file */
    if (rename(g_temp, path) != 0) {
        rc = sys_fail(err, errno);
        unlink(g_temp);
    }
    restore_signals(&saved);
    return rc;

cleanup:
    if (f)
        fclose(f);
    drop_temp();
    return rc;
}

int cli_write_stdout(cli_emit_fn emit, void *ctx, parley_error *err)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&mem, &len);
    if (!m)
        return sys_fail(err, errno);
    int rc = emit(m, ctx, err);
    if (fclose(m) == EOF && rc == 0)
        rc = parley_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    if (rc == 0 && (fwrite(mem, 1, len, stdout) != len || fflush(stdout) == EOF))
        rc = sys_fail(err, errno);
    free(mem);
    return rc;
}
