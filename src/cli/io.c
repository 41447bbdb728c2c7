/* io.c: the parley command's dealings with the file system: reading an
 * input whole, creating the output directory, and writing each output
 * through a temporary file and a rename, so that a failed or interrupted run
 * never leaves a half-written file where a good one was. */
/* realpath is an XSI function. */
#define _XOPEN_SOURCE 700

#include "cli/cli.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
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

/* The temporary files being written, if any, so that a fatal signal can
 * remove them: one output at a time, or the two of a pair (CSV nodes and
 * edges, renamed together). g_temp[i] is filled while g_temp_live[i] is 0,
 * with the signals blocked around every change of state. */
#define TEMP_SLOTS 2
static char g_temp[TEMP_SLOTS][PATH_MAX];
static volatile sig_atomic_t g_temp_live[TEMP_SLOTS];
static mode_t g_file_mode = 0644;
/* A write to standard output failed and was reported (cli_stdout_failed). */
static int g_stdout_failed;

static const int g_fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGABRT};
#define FATAL_SIGNAL_COUNT (sizeof g_fatal_signals / sizeof g_fatal_signals[0])

static void on_fatal_signal(int sig)
{
    /* unlink is async-signal-safe. SA_RESETHAND has restored the default
     * action, so the re-raised signal ends the process as it would have. */
    for (int i = 0; i < TEMP_SLOTS; i++) {
        if (g_temp_live[i])
            unlink(g_temp[i]);
    }
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
    return pl_fail(err, PARLEY_EIO, -1, "%s", strerror(errnum));
}

/* Opens path for reading and fills *st; with regular_only, anything but a
 * regular file is refused. With keep_nonblock the descriptor of a regular
 * file keeps O_NONBLOCK, which reads of a regular file ignore: two
 * system calls fewer per file, for a caller that copes with EAGAIN. */
static int open_input(const char *path, int regular_only, int keep_nonblock, struct stat *st,
                      parley_error *err)
{
    /* O_NONBLOCK: opening a FIFO nobody writes to would wait for ever. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | (regular_only ? O_NONBLOCK : 0));
    if (fd < 0)
        return sys_fail(err, errno);
    int e = fstat(fd, st) != 0 ? errno : 0;
    if (regular_only) {
        if (!e && !S_ISREG(st->st_mode))
            e = S_ISDIR(st->st_mode) ? EISDIR : -1;
        if (!e && !keep_nonblock && fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0)
            e = errno;
    }
    if (e) {
        close(fd);
        return e > 0 ? sys_fail(err, e)
                     : pl_fail(err, PARLEY_EIO, -1, "not a regular file; skipped");
    }
    return fd;
}

int cli_open_input(const char *path, int regular_only, parley_error *err)
{
    struct stat st;
    return open_input(path, regular_only, 0, &st, err);
}

int cli_read_input(const char *path, int regular_only, pl_buf *b, parley_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    struct stat st;
    int fd = is_stdin ? STDIN_FILENO : open_input(path, regular_only, 1, &st, err);
    int rc = 0;
    if (fd < 0)
        return fd;

    b->len = 0;
    if (is_stdin && fstat(fd, &st) != 0) {
        rc = sys_fail(err, errno);
        goto cleanup;
    }
    if (S_ISDIR(st.st_mode)) {
        rc = pl_fail(err, PARLEY_EIO, -1, "is a directory");
        goto cleanup;
    }
    /* A regular file is read in one allocation of its size; the loop below
     * still copes with a file that grows or shrinks meanwhile. */
    size_t want = READ_CHUNK;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
        if ((uintmax_t)st.st_size > INPUT_LIMIT) {
            rc = pl_fail(err, PARLEY_ELIMIT, -1, INPUT_LIMIT_TEXT);
            goto cleanup;
        }
        want = (size_t)st.st_size + 1; /* +1: see EOF without growing */
    }
    for (;;) {
        if (b->cap - b->len <= 1 || !b->data) {
            if (pl_buf_reserve(b, want)) {
                rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
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
            /* O_NONBLOCK kept (open_input): should a file system honour
             * it on a regular file after all, wait as a blocking read. */
            if ((errno == EAGAIN || errno == EWOULDBLOCK) && !is_stdin &&
                fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == 0)
                continue;
            rc = sys_fail(err, errno);
            goto cleanup;
        }
        if (n == 0)
            break;
        if (!room) {
            rc = pl_fail(err, PARLEY_ELIMIT, -1, INPUT_LIMIT_TEXT);
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
    pl_buf p = PL_BUF_INIT;
    int rc = 0;
    if (pl_buf_puts(&p, dir))
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");

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
    pl_buf_free(&p);
    return rc;
}

/* Removes slot's temporary file, if there is one. */
static void drop_temp(int slot)
{
    sigset_t saved;
    block_signals(&saved);
    if (g_temp_live[slot]) {
        g_temp_live[slot] = 0;
        unlink(g_temp[slot]);
    }
    restore_signals(&saved);
}

/* Runs emit into memory: *mem (malloc'd or NULL; free it whatever the
 * result) holds *len bytes of output. */
static int emit_to_memory(cli_emit_fn emit, void *ctx, char **mem, size_t *len, parley_error *err)
{
    *mem = NULL;
    *len = 0;
    FILE *m = open_memstream(mem, len);
    if (!m)
        return sys_fail(err, errno);
    int rc = emit(m, ctx, err);
    if (fclose(m) == EOF && rc == 0)
        rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    return rc;
}

/* Writes through `path` when it names something a rename must not replace:
 * a FIFO, a device, a socket, or a link to one (/dev/stdout), or a link
 * whose target does not exist yet (created). The output is made in memory
 * first and the path opened only when it is complete, so a stream or
 * device gets a whole output or nothing, as standard output does. */
static int write_through(const char *path, cli_emit_fn emit, void *ctx, parley_error *err)
{
    char *mem;
    size_t len;
    int rc = emit_to_memory(emit, ctx, &mem, &len, err);
    int fd = -1;
    if (rc == 0) {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY | O_CLOEXEC, g_file_mode);
        if (fd < 0)
            rc = sys_fail(err, errno);
    }
    for (size_t done = 0; rc == 0 && done < len;) {
        ssize_t n = write(fd, mem + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            rc = sys_fail(err, n < 0 ? errno : EIO);
            break;
        }
        done += (size_t)n;
    }
    if (fd >= 0 && close(fd) != 0 && rc == 0 && errno != EINTR)
        rc = sys_fail(err, errno);
    free(mem);
    return rc;
}

/* Decides how `path` is written: 0 = replaced by a rename at *target (path
 * itself, or the regular file a symbolic link leads to, so the link stays);
 * 1 = written through (not a regular file). *target is malloc'd or NULL
 * (then path). Returns -1 with err filled when it cannot be written. */
static int output_kind(const char *path, char **target, parley_error *err)
{
    struct stat lst, st;
    *target = NULL;
    if (lstat(path, &lst) != 0)
        return 0; /* a new file (or an error mkstemp reports) */
    if (S_ISREG(lst.st_mode) || S_ISDIR(lst.st_mode))
        return 0; /* a directory: the rename fails with its reason */
    if (!S_ISLNK(lst.st_mode))
        return 1;
    if (stat(path, &st) != 0)
        return errno == ENOENT ? 1 : (sys_fail(err, errno), -1);
    if (S_ISDIR(st.st_mode))
        return sys_fail(err, EISDIR), -1;
    if (!S_ISREG(st.st_mode))
        return 1;
    /* A link to a regular file: the file is replaced, the link kept. A
     * magic link (/proc/self/fd/1) whose name does not lead back to the
     * same file is written through. */
    char *real = realpath(path, NULL);
    struct stat rst;
    if (!real || stat(real, &rst) != 0 || rst.st_dev != st.st_dev || rst.st_ino != st.st_ino) {
        free(real);
        return 1;
    }
    *target = real;
    return 0;
}

static int write_renamed(const char *path, cli_emit_fn emit, void *ctx, parley_error *err);

int cli_write_atomic(const char *path, cli_emit_fn emit, void *ctx, parley_error *err)
{
    char *target = NULL;
    int kind = output_kind(path, &target, err);
    if (kind < 0)
        return PARLEY_EIO;
    if (kind == 1)
        return write_through(path, emit, ctx, err);
    int rc = write_renamed(target ? target : path, emit, ctx, err);
    free(target);
    return rc;
}

/* Writes emit()'s output to a new temporary file beside `path`, flushed,
 * synced and closed, and leaves it in g_temp[slot] for commit_temp. On
 * failure nothing is left. */
static int write_temp(int slot, const char *path, cli_emit_fn emit, void *ctx, parley_error *err)
{
    FILE *f = NULL;
    int rc = 0;
    sigset_t saved;

    if (strlen(path) + sizeof ".XXXXXX" > sizeof g_temp[slot])
        return sys_fail(err, ENAMETOOLONG);

    block_signals(&saved);
    snprintf(g_temp[slot], sizeof g_temp[slot], "%s.XXXXXX", path);
    int fd = mkstemp(g_temp[slot]);
    int e = errno;
    g_temp_live[slot] = fd >= 0;
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
        rc = pl_fail(err, PARLEY_EIO, -1, "write error");
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
    return 0;

cleanup:
    if (f)
        fclose(f);
    drop_temp(slot);
    return rc;
}

/* Renames g_temp[slot] over `path`; on failure removes it. */
static int commit_temp(int slot, const char *path, parley_error *err)
{
    sigset_t saved;
    int rc = 0;
    block_signals(&saved);
    g_temp_live[slot] = 0; /* from here a signal must not remove the new file */
    if (rename(g_temp[slot], path) != 0) {
        rc = sys_fail(err, errno);
        unlink(g_temp[slot]);
    }
    restore_signals(&saved);
    return rc;
}

static int write_renamed(const char *path, cli_emit_fn emit, void *ctx, parley_error *err)
{
    int rc = write_temp(0, path, emit, ctx, err);
    return rc < 0 ? rc : commit_temp(0, path, err);
}

/* Takes an exclusive flock(2) on the directory holding `path`; returns the
 * descriptor to close, or -1 where the directory cannot be locked (the
 * renames then go ahead unlocked: a lock is a courtesy to readers). */
static int lock_dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    char dir[PATH_MAX];
    if (!slash)
        snprintf(dir, sizeof dir, ".");
    else if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else if ((size_t)(slash - path) < sizeof dir)
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    else
        return -1;
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    while (flock(fd, LOCK_EX) != 0) {
        if (errno != EINTR) {
            close(fd);
            return -1;
        }
    }
    return fd;
}

unsigned cli_write_atomic_pair(const char *const paths[2], cli_emit_fn emit,
                               void *const ctxs[2], parley_error errs[2])
{
    char *targets[2] = {NULL, NULL};
    unsigned failed = 0;
    int kinds[2];
    for (int i = 0; i < 2; i++) {
        if ((kinds[i] = output_kind(paths[i], &targets[i], &errs[i])) < 0)
            failed |= 1u << i;
    }
    if (failed || kinds[0] == 1 || kinds[1] == 1) {
        /* Not two files to rename (a FIFO, a device): one after the other,
         * the second only after the first. */
        for (int i = 0; i < 2; i++) {
            if (!failed && cli_write_atomic(paths[i], emit, ctxs[i], &errs[i]) < 0)
                failed |= 1u << i;
            else if (failed)
                failed |= 1u << i;
        }
        goto done;
    }
    const char *to[2] = {targets[0] ? targets[0] : paths[0], targets[1] ? targets[1] : paths[1]};
    if (write_temp(0, to[0], emit, ctxs[0], &errs[0]) < 0) {
        failed = 3;
        goto done;
    }
    if (write_temp(1, to[1], emit, ctxs[1], &errs[1]) < 0) {
        drop_temp(0);
        failed = 3;
        goto done;
    }
    /* Both complete: renamed back to back, under the directory's lock, so
     * two runs writing the same name never leave one's nodes beside the
     * other's edges. */
    int lock = lock_dir_of(to[0]);
    if (commit_temp(0, to[0], &errs[0]) < 0) {
        drop_temp(1);
        failed = 3;
    } else if (commit_temp(1, to[1], &errs[1]) < 0) {
        failed = 2;
    }
    if (lock >= 0)
        close(lock);
done:
    free(targets[0]);
    free(targets[1]);
    return failed;
}

int cli_write_stdout(cli_emit_fn emit, void *ctx, parley_error *err)
{
    char *mem;
    size_t len;
    int rc = emit_to_memory(emit, ctx, &mem, &len, err);
    if (rc == 0 && (fwrite(mem, 1, len, stdout) != len || fflush(stdout) == EOF)) {
        rc = sys_fail(err, errno);
        g_stdout_failed = 1;
    }
    free(mem);
    return rc;
}

int cli_stdout_failed(void)
{
    return g_stdout_failed;
}
