/* inputs.c: from the inputs on the command line to articles, one at a time.
 * A file is one article (text) or one article per line (JSON Lines); a
 * directory stands for its .txt (or .jsonl) files, recursively, in byte
 * order of path; "-" is standard input. Nothing is read ahead: memory
 * holds the articles being extracted, not the corpus. JSON Lines inputs
 * are read by jsonl_input.c. */
#include "cli/inputs.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LINE_CHUNK (64 * 1024)

/* ---- lines ------------------------------------------------------------ */

int cli_lines_init(cli_lines *r, int fd)
{
    pl_buf empty = PL_BUF_INIT;
    memset(r, 0, sizeof *r);
    r->fd = fd;
    r->line = empty;
    r->chunk = malloc(LINE_CHUNK);
    return r->chunk ? 0 : PARLEY_ENOMEM;
}

void cli_lines_free(cli_lines *r)
{
    free(r->chunk);
    r->chunk = NULL;
    pl_buf_free(&r->line);
}

/* Refills the chunk; returns bytes read (0 at the end) or -1 (errno set). */
static ssize_t refill(cli_lines *r)
{
    for (;;) {
        ssize_t n = read(r->fd, r->chunk, LINE_CHUNK);
        if (n >= 0 || errno != EINTR) {
            r->pos = 0;
            r->end = n > 0 ? (size_t)n : 0;
            return n;
        }
    }
}

/* Passes over the rest of a line that went over the limit, up to
 * CLI_LINE_SKIP_LIMIT bytes in all. Returns 0 (done, or the input ended),
 * or a negative parley_code. */
static int skip_rest(cli_lines *r, parley_error *err)
{
    while (r->skipping) {
        if (r->pos == r->end) {
            ssize_t n = r->eof ? 0 : refill(r);
            if (n < 0)
                return pl_fail(err, PARLEY_EIO, -1, "%s", strerror(errno));
            if (n == 0) {
                r->eof = 1;
                r->skipping = 0;
                break;
            }
        }
        const char *start = r->chunk + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        r->pos += take + (nl != NULL);
        r->skipped += take;
        if (nl)
            r->skipping = 0;
        else if (r->skipped > CLI_LINE_SKIP_LIMIT - CLI_INPUT_LIMIT)
            return pl_fail(err, PARLEY_ELIMIT, -1,
                               "line %lu: no end of line within " CLI_LINE_SKIP_LIMIT_TEXT
                               "; the rest of this input is not read", r->number);
    }
    return 0;
}

int cli_lines_next(cli_lines *r, parley_error *err)
{
    int rc = skip_rest(r, err);
    if (rc < 0)
        return rc;
    r->line.len = 0;
    r->too_long = 0;
    if (r->line.data)
        r->line.data[0] = '\0';
    int any = 0;
    for (;;) {
        if (r->pos == r->end) {
            if (r->eof)
                break;
            ssize_t n = refill(r);
            if (n < 0)
                return pl_fail(err, PARLEY_EIO, -1, "%s", strerror(errno));
            if (n == 0) {
                r->eof = 1;
                break;
            }
        }
        any = 1;
        const char *start = r->chunk + r->pos;
        size_t avail = r->end - r->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        /* Past the limit the line is given up at once, before its end is
         * read (an endless line, /dev/zero, must not hang the run); the
         * next call passes over the rest. */
        if (take > CLI_INPUT_LIMIT - r->line.len) {
            r->too_long = 1;
            pl_buf_free(&r->line);
            r->pos += take + (nl != NULL);
            r->skipping = nl == NULL;
            r->skipped = 0;
            break;
        }
        r->pos += take + (nl != NULL);
        if (pl_buf_append(&r->line, start, take))
            return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
        if (nl)
            break;
    }
    if (!any)
        return 0;
    /* A byte order mark opens some files: not part of the first line. */
    if (r->number == 0 && r->line.len >= 3 && memcmp(r->line.data, "\xEF\xBB\xBF", 3) == 0) {
        memmove(r->line.data, r->line.data + 3, r->line.len - 3 + 1);
        r->line.len -= 3;
    }
    r->number++;
    return 1;
}

/* ---- articles ----------------------------------------------------------- */

/* Text files go to a worker this many at a time: handing over costs a lock
 * and often a wake-up, which a news article of a few kilobytes would
 * otherwise pay alone. */
#define FILES_PER_UNIT 32

/* Hands over the text files gathered so far. */
static void flush_pending(cli_reader *rd)
{
    if (rd->pending)
        cli_jobs_submit(rd->jobs, rd->pending);
    rd->pending = NULL;
    rd->pending_files = 0;
}

/* A free article for anything but a text file: the files gathered go
 * first, so that everything keeps its order (and, with one job, the
 * pool's one article is free). */
cli_article *cli_input_take(cli_reader *rd)
{
    flush_pending(rd);
    return cli_jobs_article(rd->jobs);
}

/* Submits `a` (taken from the pool before saying anything about the input,
 * so that the messages keep their place among the others) with nothing to
 * extract, counting a failure. */
void cli_input_failed(cli_reader *rd, cli_article *a)
{
    a->extract = 0;
    rd->failed++;
    cli_jobs_submit(rd->jobs, a);
}

/* Adds one text file (or standard input) to the files gathered for a
 * worker, which reads them: reading, too, runs on every thread. Each path
 * follows one byte that says how to open it (cli_article.source). */
static void read_text(cli_reader *rd, const char *path, int walked)
{
    if (!rd->pending) {
        rd->pending = cli_jobs_article(rd->jobs);
        rd->pending->kind = CLI_ARTICLE_FILES;
        rd->pending->doc_date = rd->pending->date = rd->doc_date;
    }
    cli_article *a = rd->pending;
    char how = walked ? CLI_FILE_WALKED : CLI_FILE_NAMED;
    if (pl_buf_append(&a->source, &how, 1) ||
        pl_buf_append(&a->source, path, strlen(path) + 1)) {
        const char *shown = strcmp(path, "-") == 0 ? "stdin" : path;
        cli_article *m = cli_input_take(rd);
        cli_say("%s: out of memory", shown);
        cli_input_failed(rd, m);
        return;
    }
    if (++rd->pending_files >= FILES_PER_UNIT)
        flush_pending(rd);
}


/* Reads one input file; `walked`: found in a directory, so read only when
 * it is (still) a regular file. */
static void read_file(cli_reader *rd, const char *path, int walked)
{
    rd->files++;
    if (rd->format == CLI_INPUT_JSONL)
        cli_jsonl_read(rd, path, walked);
    else
        read_text(rd, path, walked);
}

/* Notes (dev, ino) as reached: 0 the first time, 1 when already reached,
 * -1 when out of memory. */
static int seen_before(cli_reader *rd, dev_t dev, ino_t ino)
{
    if (2 * (rd->seen_count + 1) > rd->seen_cap) {
        size_t cap = rd->seen_cap ? 2 * rd->seen_cap : 64;
        seen_slot *slots = calloc(cap, sizeof *slots);
        if (!slots)
            return -1;
        for (size_t i = 0; i < rd->seen_cap; i++) {
            if (!rd->seen[i].used)
                continue;
            size_t h = ((size_t)rd->seen[i].ino * 0x9E3779B97F4A7C15u ^ (size_t)rd->seen[i].dev) &
                       (cap - 1);
            while (slots[h].used)
                h = (h + 1) & (cap - 1);
            slots[h] = rd->seen[i];
        }
        free(rd->seen);
        rd->seen = slots;
        rd->seen_cap = cap;
    }
    size_t h = ((size_t)ino * 0x9E3779B97F4A7C15u ^ (size_t)dev) & (rd->seen_cap - 1);
    for (; rd->seen[h].used; h = (h + 1) & (rd->seen_cap - 1)) {
        if (rd->seen[h].dev == dev && rd->seen[h].ino == ino)
            return 1;
    }
    rd->seen[h].dev = dev;
    rd->seen[h].ino = ino;
    rd->seen[h].used = 1;
    rd->seen_count++;
    return 0;
}

/* Says `path` was passed over; a warning in the inputs' order. Returns 1 to
 * skip it (0 only when out of memory was reported instead). */
static int skipped(cli_reader *rd, const char *path, const char *why)
{
    cli_article *a = cli_input_take(rd);
    cli_warn("%s: %s; skipped", path, why);
    a->extract = 0;
    cli_jobs_submit(rd->jobs, a);
    return 1;
}

/* Is this file or directory, reached by walking, one already read (or
 * out of memory to tell)? Then says so and returns 1. */
static int already_read(cli_reader *rd, const char *path, const struct stat *st)
{
    int seen = seen_before(rd, st->st_dev, st->st_ino);
    if (seen < 0) {
        cli_article *a = cli_input_take(rd);
        cli_say("%s: out of memory", path);
        cli_input_failed(rd, a);
        return 1;
    }
    return seen ? skipped(rd, path, S_ISDIR(st->st_mode)
                                        ? "a directory already read by another path"
                                        : "a file already read by another path")
                : 0;
}

/* What kind of file st is, for the message that skips it. */
static const char *file_kind(const struct stat *st)
{
    if (S_ISFIFO(st->st_mode))
        return "a FIFO, not a regular file";
    if (S_ISSOCK(st->st_mode))
        return "a socket, not a regular file";
    if (S_ISCHR(st->st_mode))
        return "a character device, not a regular file";
    if (S_ISBLK(st->st_mode))
        return "a block device, not a regular file";
    return "not a regular file";
}

/* ---- directories -------------------------------------------------------- */

typedef struct entry {
    char *key;   /* the name, with a '/' after a directory's */
    int is_dir;
    int known;   /* st is filled (the entry, links followed, exists) */
    struct stat st;
} entry;

/* Byte order of the names with a directory's '/' counts as byte order of
 * the whole paths: "a.txt" ('.') comes before "a/b.txt" ('/'). */
static int entry_cmp(const void *x, const void *y)
{
    return strcmp(((const entry *)x)->key, ((const entry *)y)->key);
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), s = strlen(suffix);
    return n > s && strcmp(name + n - s, suffix) == 0;
}

static void walk(cli_reader *rd, pl_buf *path, const struct stat *st);

/* Lists the directory at path (open as dirfd): the files ending in `suffix`
 * and the subdirectories, hidden names (".git") left out. Returns the
 * count, or -1 when out of memory. */
static long list_dir(DIR *dir, const char *suffix, entry **out)
{
    entry *list = NULL;
    size_t count = 0, cap = 0;
    struct dirent *d;
    while ((d = readdir(dir))) {
        if (d->d_name[0] == '.')
            continue;
        struct stat st;
        int known = fstatat(dirfd(dir), d->d_name, &st, 0) == 0;
        /* A dangling link named .txt is kept, to be reported when read. */
        int is_dir = known && S_ISDIR(st.st_mode);
        if (!is_dir && !has_suffix(d->d_name, suffix))
            continue;
        if (pl_grow((void **)&list, &cap, count + 1, sizeof *list))
            goto nomem;
        size_t n = strlen(d->d_name);
        if (!(list[count].key = malloc(n + 2)))
            goto nomem;
        memcpy(list[count].key, d->d_name, n);
        list[count].key[n] = is_dir ? '/' : '\0';
        list[count].key[n + 1] = '\0';
        list[count].is_dir = is_dir;
        list[count].known = known;
        if (known)
            list[count].st = st;
        count++;
    }
    if (count > 1) /* qsort may not be given NULL, even for no items */
        qsort(list, count, sizeof *list, entry_cmp);
    *out = list;
    return (long)count;

nomem:
    for (size_t i = 0; i < count; i++)
        free(list[i].key);
    free(list);
    return -1;
}

static void walk_dir(cli_reader *rd, pl_buf *path, const struct stat *st)
{
    for (size_t i = 0; i < rd->open_count; i++) {
        if (rd->open_dirs[i].st_dev == st->st_dev && rd->open_dirs[i].st_ino == st->st_ino) {
            skipped(rd, path->data, "a link back to a directory being read");
            return;
        }
    }
    if (already_read(rd, path->data, st))
        return;
    DIR *dir = opendir(path->data);
    if (!dir) {
        int e = errno;
        cli_article *a = cli_input_take(rd);
        cli_say("%s: %s", path->data, strerror(e));
        cli_input_failed(rd, a);
        return;
    }
    entry *list = NULL;
    long count = list_dir(dir, rd->format == CLI_INPUT_JSONL ? ".jsonl" : ".txt", &list);
    closedir(dir);
    int pushed = 0;
    if (count < 0 || pl_grow((void **)&rd->open_dirs, &rd->open_cap, rd->open_count + 1,
                             sizeof *rd->open_dirs)) {
        cli_article *a = cli_input_take(rd);
        cli_say("%s: out of memory", path->data);
        cli_input_failed(rd, a);
        count = count < 0 ? 0 : count;
    } else {
        rd->open_dirs[rd->open_count++] = *st;
        pushed = 1;
    }
    size_t base = path->len;
    for (long i = 0; i < count; i++) {
        path->len = base;
        int sep = base > 0 && path->data[base - 1] != '/';
        if (pl_buf_printf(path, "%s%s", sep ? "/" : "", list[i].key)) {
            cli_article *a = cli_input_take(rd);
            cli_say("%s: out of memory", path->data);
            cli_input_failed(rd, a);
            break;
        }
        if (list[i].is_dir)
            path->data[--path->len] = '\0'; /* the '/' was for sorting */
        const struct stat *sub = &list[i].st;
        if (list[i].is_dir)
            walk(rd, path, sub);
        else if (!list[i].known) /* a dangling link: reported when read */
            read_file(rd, path->data, 1);
        else if (!S_ISREG(sub->st_mode))
            skipped(rd, path->data, file_kind(sub));
        else if (!already_read(rd, path->data, sub))
            read_file(rd, path->data, 1);
    }
    for (long i = 0; i < count; i++)
        free(list[i].key);
    free(list);
    if (pushed)
        rd->open_count--;
    path->len = base;
    path->data[base] = '\0';
}

static void walk(cli_reader *rd, pl_buf *path, const struct stat *st)
{
    if (S_ISDIR(st->st_mode))
        walk_dir(rd, path, st);
    else
        read_file(rd, path->data, 1);
}

size_t cli_inputs_read(char *const *paths, size_t count, cli_input_format format,
                       const char *doc_date, const cli_byte_range *range, cli_jobs *jobs)
{
    cli_reader rd = {format, doc_date, range, jobs, NULL, 0, 0, 0, NULL, 0, 0, NULL, 0, 0};
    pl_buf path = PL_BUF_INIT;
    for (size_t i = 0; i < count; i++) {
        struct stat st;
        /* A file, or anything stat cannot see, is read (and its error
         * reported) as a file; a directory is walked. */
        if (strcmp(paths[i], "-") == 0 || stat(paths[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
            read_file(&rd, paths[i], 0);
            continue;
        }
        path.len = 0;
        if (pl_buf_puts(&path, paths[i])) {
            cli_article *a = cli_input_take(&rd);
            cli_say("%s: out of memory", paths[i]);
            cli_input_failed(&rd, a);
            continue;
        }
        size_t files = rd.files, failures = rd.failed;
        /* Each input is walked whole: naming a directory twice reads it twice. */
        for (size_t k = 0; k < rd.seen_cap; k++)
            rd.seen[k].used = 0;
        rd.seen_count = 0;
        walk_dir(&rd, &path, &st);
        /* A directory without a single article is most likely the wrong
         * one (or the wrong --input-format): an error, like a missing file. */
        if (rd.files == files && rd.failed == failures) {
            cli_article *a = cli_input_take(&rd);
            cli_say("%s: no %s files in this directory", paths[i],
                    format == CLI_INPUT_JSONL ? ".jsonl" : ".txt");
            cli_input_failed(&rd, a);
        }
    }
    flush_pending(&rd);
    pl_buf_free(&path);
    free(rd.open_dirs);
    free(rd.seen);
    return rd.failed;
}
