/* inputs.c: from the inputs on the command line to articles, one at a time.
 * A file is one article (text) or one article per line (JSON Lines); a
 * directory stands for its .txt (or .jsonl) files, recursively, in byte
 * order of path; "-" is standard input. Nothing is read ahead: memory
 * holds the articles being extracted, not the corpus. */
#include "cli/cli.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define LINE_CHUNK (64 * 1024)

/* JSON Lines go to the workers in blocks of about this many bytes of
 * whole lines: a few hundred news articles, so that handing over costs
 * little per article, yet every worker gets many blocks of a corpus. */
#define JSONL_BLOCK ((size_t)256 * 1024)

/* What the whole run shares while it reads. */
typedef struct reader {
    cli_input_format format;
    const char *doc_date;
    const cli_byte_range *range; /* NULL: every line of a JSON Lines input */
    cli_jobs *jobs;
    cli_article *pending; /* text files gathered for one worker, not yet handed over */
    size_t pending_files;
    size_t failed;
    size_t files;   /* files read, to tell an empty directory */
    /* Directories being walked, outermost first: a symbolic link back to
     * one of them would otherwise be walked forever. */
    struct stat *open_dirs;
    size_t open_count, open_cap;
    /* Files and directories reached while walking one input, by (device,
     * inode): each is read once, however many links lead to it (two links
     * a level, 24 levels deep, would otherwise read one file 2^24 times). */
    struct seen_slot *seen;
    size_t seen_count, seen_cap;
} reader;

typedef struct seen_slot {
    dev_t dev;
    ino_t ino;
    int used;
} seen_slot;

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
static void flush_pending(reader *rd)
{
    if (rd->pending)
        cli_jobs_submit(rd->jobs, rd->pending);
    rd->pending = NULL;
    rd->pending_files = 0;
}

/* A free article for anything but a text file: the files gathered go
 * first, so that everything keeps its order (and, with one job, the
 * pool's one article is free). */
static cli_article *take(reader *rd)
{
    flush_pending(rd);
    return cli_jobs_article(rd->jobs);
}

/* Submits `a` (taken from the pool before saying anything about the input,
 * so that the messages keep their place among the others) with nothing to
 * extract, counting a failure. */
static void failed(reader *rd, cli_article *a)
{
    a->extract = 0;
    rd->failed++;
    cli_jobs_submit(rd->jobs, a);
}

/* Adds one text file (or standard input) to the files gathered for a
 * worker, which reads them: reading, too, runs on every thread. Each path
 * follows one byte that says how to open it (cli_article.source). */
static void read_text(reader *rd, const char *path, int walked)
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
        cli_article *m = take(rd);
        cli_say("%s: out of memory", shown);
        failed(rd, m);
        return;
    }
    if (++rd->pending_files >= FILES_PER_UNIT)
        flush_pending(rd);
}

static const char *json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER: return "an integer";
    case JSON_REAL: return "a number";
    case JSON_TRUE: return "true";
    case JSON_FALSE: return "false";
    default: return "null";
    }
}

#define EXPECTED_LINE "expected a JSON object with a string \"text\""

/* Sets the article's name from the line's "id" (a non-empty string or an
 * integer), else "FILE:LINE". Returns 0 or PARLEY_ENOMEM. */
static int line_name(cli_article *a, const json_t *id, const char *shown, unsigned long line)
{
    a->name.len = 0;
    if (json_is_string(id) && json_string_length(id) > 0 &&
        strlen(json_string_value(id)) == json_string_length(id))
        return pl_buf_puts(&a->name, json_string_value(id));
    if (json_is_integer(id))
        return pl_buf_printf(&a->name, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    if (id && !json_is_null(id))
        cli_warn("%s: line %lu: \"id\" is not a non-empty string or an integer (%s); "
                 "using %s:%lu", shown, line, json_is_string(id) ? "a string with a NUL or empty"
                 : json_type_name(id), shown, line);
    return pl_buf_printf(&a->name, "%s:%lu", shown, line);
}

/* Sets the article's date from the line's "date"; a->date keeps the run's
 * --doc-date otherwise. */
static void line_date(cli_article *a, const json_t *date, const char *shown, unsigned long line)
{
    if (!date || json_is_null(date))
        return;
    const char *s = json_string_value(date);
    if (s && json_string_length(date) == 10 && strlen(s) == 10 && parley_date_valid(s)) {
        memcpy(a->date_buf, s, 11);
        a->date = a->date_buf;
        return;
    }
    if (s)
        cli_warn("%s: line %lu: \"date\" '%.40s' is not a valid YYYY-MM-DD date; ignored", shown,
                 line, s);
    else
        cli_warn("%s: line %lu: \"date\" is %s, not a YYYY-MM-DD string; ignored", shown, line,
                 json_type_name(date));
}

/* Is the number s[0..n) out of jansson's range (an integer past
 * json_int_t, a real past a double)? */
static int number_too_big(const char *s, size_t n)
{
    char small[64];
    char *copy = n < sizeof small ? small : malloc(n + 1);
    if (!copy)
        return 0;
    memcpy(copy, s, n);
    copy[n] = '\0';
    int big;
    errno = 0;
    if (strcspn(copy, ".eE") == n) {
        (void)strtoll(copy, NULL, 10);
        big = errno == ERANGE;
    } else {
        double d = strtod(copy, NULL);
        big = errno == ERANGE && (d > 1.0 || d < -1.0);
    }
    if (copy != small)
        free(copy);
    return big;
}

/* Copies the JSON text s[0..n) to out with each number jansson cannot hold
 * put in quotes, so that the line parses: such a number in a field parley
 * ignores ("views": 99999999999999999999) must not cost the article, and
 * an "id" of 20 digits keeps its digits as a string. The value of a
 * top-level "text" is left as it is (a number there is an error anyway).
 * Returns how many were quoted, or -1 when out of memory. */
static long quote_big_numbers(const char *s, size_t n, pl_buf *out)
{
    long quoted = 0;
    int depth = 0, key_is_text = 0, string_is_text = 0;
    size_t i = 0;
    out->len = 0;
    if (pl_buf_reserve(out, n + 16))
        return -1;
    while (i < n) {
        size_t start = i;
        char c = s[i];
        if (c == '"') {
            for (i++; i < n && s[i] != '"'; i++)
                i += s[i] == '\\';
            i = i < n ? i + 1 : n;
            string_is_text = depth == 1 && i - start == 6 && memcmp(s + start, "\"text\"", 6) == 0;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            i += strspn(s + i + 1, "0123456789+-.eE") + 1;
            if (i > n)
                i = n;
            if (!(depth == 1 && key_is_text) && number_too_big(s + start, i - start)) {
                if (pl_buf_printf(out, "\"%.*s\"", (int)(i - start), s + start))
                    return -1;
                quoted++;
                continue;
            }
        } else {
            if (c == ':')
                key_is_text = string_is_text;
            else if (c == ',' || c == '{' || c == '}' || c == '[' || c == ']')
                key_is_text = 0;
            depth += (c == '{' || c == '[') - (c == '}' || c == ']');
            i++;
        }
        if (pl_buf_append(out, s + start, i - start))
            return -1;
    }
    return quoted;
}

/* The value of one field found by the fast path, decoded by jansson (it
 * is small: an id or a date), or NULL. */
static json_t *field(const char *json, size_t len)
{
    return json ? json_loadb(json, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL) : NULL;
}

int cli_json_article(cli_article *a, char *line_text, size_t line_len, unsigned long line,
                     struct json_t **json, const char **text, size_t *len)
{
    const char *shown = a->source.data;
    *json = NULL;
    a->date = a->doc_date;
    cli_json_fields f;
    if (cli_json_line_scan(line_text, line_len, &f)) {
        json_t *id = field(f.id, f.id_len), *date = field(f.date, f.date_len);
        int rc = 0;
        if ((f.id && !id) || (f.date && !date) || line_name(a, id, shown, line)) {
            cli_say("%s: line %lu: out of memory", shown, line);
            rc = -1;
        } else {
            line_date(a, date, shown, line);
        }
        json_decref(id);
        json_decref(date);
        *text = f.text;
        *len = f.text_len;
        return rc;
    }
    json_error_t jerr;
    *json = NULL;
    /* JSON_ALLOW_NUL: a "\u0000" in a text is the extractor's to judge
     * (replaced with a warning, or an error under --strict). */
    json_t *v = json_loadb(line_text, line_len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &jerr);
    if (!v && (strstr(jerr.text, "too big") || strstr(jerr.text, "overflow"))) {
        pl_buf fixed = PL_BUF_INIT;
        json_error_t again;
        if (quote_big_numbers(line_text, line_len, &fixed) > 0)
            v = json_loadb(fixed.data, fixed.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &again);
        pl_buf_free(&fixed);
    }
    json_t *t = json_is_object(v) ? json_object_get(v, "text") : NULL;
    if (!v)
        cli_say("%s: line %lu: " EXPECTED_LINE " (not JSON: %s at column %d)", shown, line,
                jerr.text, jerr.column);
    else if (!json_is_object(v))
        cli_say("%s: line %lu: " EXPECTED_LINE " (got %s)", shown, line, json_type_name(v));
    else if (!t)
        cli_say("%s: line %lu: " EXPECTED_LINE " (no \"text\")", shown, line);
    else if (!json_is_string(t))
        cli_say("%s: line %lu: " EXPECTED_LINE " (\"text\" is %s)", shown, line,
                json_type_name(t));
    if (!json_is_string(t)) {
        json_decref(v);
        return -1;
    }
    if (line_name(a, json_object_get(v, "id"), shown, line)) {
        cli_say("%s: line %lu: out of memory", shown, line);
        json_decref(v);
        return -1;
    }
    line_date(a, json_object_get(v, "date"), shown, line);
    *json = v;
    *text = json_string_value(t);
    *len = json_string_length(t);
    return 0;
}

/* The last newline in [p, p + n), or NULL (memrchr is not POSIX). */
static char *last_newline(char *p, size_t n)
{
    while (n > 0 && p[n - 1] != '\n')
        n--;
    return n ? p + n - 1 : NULL;
}

/* Newlines in [p, p + n). */
static unsigned long count_lines(const char *p, size_t n)
{
    unsigned long k = 0;
    for (const char *end = p + n; (p = memchr(p, '\n', (size_t)(end - p))); p++)
        k++;
    return k;
}

/* Hands the first `whole` bytes of a (whole lines, from line *number on)
 * to the workers as one block, and returns a new article holding the bytes
 * after them (through `carry`: with one job the pool has one article), or
 * NULL when out of memory (reported). */
static cli_article *hand_over(reader *rd, cli_article *a, size_t whole, const char *shown,
                              unsigned long *number, pl_buf *carry)
{
    carry->len = 0;
    int nomem = pl_buf_append(carry, a->text.data + whole, a->text.len - whole);
    unsigned long lines = count_lines(a->text.data, whole);
    a->text.len = whole;
    a->text.data[whole] = '\0';
    if (!whole) {
        cli_jobs_release(rd->jobs, a);
    } else if (pl_buf_puts(&a->source, shown)) {
        cli_say("%s: line %lu: out of memory", shown, *number);
        failed(rd, a);
    } else {
        a->kind = CLI_ARTICLE_LINES;
        a->line = *number;
        a->doc_date = rd->doc_date;
        cli_jobs_submit(rd->jobs, a);
    }
    *number += lines;
    cli_article *next = take(rd);
    if (nomem || pl_buf_append(&next->text, carry->data ? carry->data : "", carry->len)) {
        cli_say("%s: line %lu: out of memory", shown, *number);
        failed(rd, next);
        return NULL;
    }
    return next;
}

/* Reads up to the first line that begins at or after byte range->start
 * (the line holding that byte belongs to the range before), counting the
 * lines on the way into *number. Leaves a->text holding the bytes read
 * after that point, and *at their offset. Returns 1, 0 at the end of the
 * input, or -1 (errno set). */
static int range_skip(int fd, const cli_byte_range *range, cli_article *a,
                      unsigned long *number, unsigned long long *at)
{
    unsigned long long pos = 0; /* offset of the chunk */
    int seeking = 0;            /* the start fell inside a line: find its end */
    char last = '\n';           /* the byte before the start */
    for (;;) {
        if (pl_buf_reserve(&a->text, JSONL_BLOCK)) {
            errno = ENOMEM;
            return -1;
        }
        char *buf = a->text.data;
        ssize_t n = read(fd, buf, a->text.cap - 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? -1 : 0;
        size_t i = 0, got = (size_t)n;
        if (!seeking) {
            size_t upto = range->start - pos < got ? (size_t)(range->start - pos) : got;
            *number += count_lines(buf, upto);
            if (upto)
                last = buf[upto - 1];
            if (pos + upto < range->start) {
                pos += got;
                continue;
            }
            i = upto;
            seeking = last != '\n';
        }
        if (seeking) {
            char *nl = memchr(buf + i, '\n', got - i);
            if (!nl) {
                pos += got;
                continue;
            }
            i = (size_t)(nl + 1 - buf);
            (*number)++;
        }
        memmove(buf, buf + i, got - i);
        a->text.len = got - i;
        *at = pos + i;
        return 1;
    }
}

/* Of the `n` bytes at p, read at offset `at`, the ones up to the end of
 * the range's last line (the line holding byte range->end - 1); sets
 * *done when that end is among them. */
static size_t range_cut(const cli_byte_range *range, const char *p, size_t n,
                        unsigned long long at, int *done)
{
    if (at + n < range->end)
        return n;
    size_t k = range->end - 1 > at ? (size_t)(range->end - 1 - at) : 0;
    const char *nl = memchr(p + k, '\n', n - k);
    if (!nl)
        return n;
    *done = 1;
    return (size_t)(nl + 1 - p);
}

/* Drops a byte order mark that opens the input, once enough of it is read
 * to tell (three bytes, a newline, or the end). Returns 1 once decided. */
static int drop_bom(cli_article *a, int at_end)
{
    char *p = a->text.data;
    size_t n = a->text.len;
    if (n < 3 && !at_end && !(p && memchr(p, '\n', n)))
        return 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
        memmove(p, p + 3, n - 3 + 1);
        a->text.len -= 3;
    }
    return 1;
}

/* Reads a JSON Lines file (or standard input) in blocks of whole lines,
 * each handed to a worker as one unit (CLI_ARTICLE_LINES): the reader only
 * reads, the workers split and parse the lines, and handing over takes one
 * lock per block, not per article. A line longer than the input limit is
 * reported in its place among the others as soon as it passes the limit,
 * and the rest of it passed over; a line still without an end after
 * CLI_LINE_SKIP_LIMIT bytes (an endless stream) ends the reading of its
 * input. A byte order mark before the first line is dropped. */
static void read_jsonl(reader *rd, const char *path, int walked)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *shown = is_stdin ? "stdin" : path;
    parley_error err = {0, -1, ""};
    int fd = is_stdin ? STDIN_FILENO : cli_open_input(path, walked, &err);
    if (fd < 0) {
        cli_article *a = take(rd);
        cli_report(shown, &err);
        failed(rd, a);
        return;
    }
    pl_buf carry = PL_BUF_INIT;
    unsigned long number = 1; /* of the block's first line */
    size_t whole = 0;         /* bytes of whole lines in the block */
    int skipping = 0;         /* inside a line over the limit */
    size_t skipped = 0;       /* bytes of that line passed over */
    int done = 0;             /* the range's last line is read */
    int bom_done = 0;         /* a byte order mark at the start is dealt with */
    unsigned long long at = 0; /* offset of the next byte read */
    cli_article *a = take(rd);
    if (rd->range && rd->range->start > 0) {
        /* The range's first line is not the input's: no mark before it. */
        bom_done = 1;
        int r = range_skip(fd, rd->range, a, &number, &at);
        if (r < 0) {
            cli_say("%s: %s", shown, strerror(errno));
            failed(rd, a);
            a = NULL;
        } else if (r == 0 || at >= rd->range->end) {
            cli_jobs_release(rd->jobs, a);
            a = NULL;
        } else {
            a->text.len = range_cut(rd->range, a->text.data, a->text.len, at, &done);
            at += a->text.len;
            if (a->text.data)
                a->text.data[a->text.len] = '\0';
            char *nl = last_newline(a->text.data, a->text.len);
            whole = nl ? (size_t)(nl + 1 - a->text.data) : 0;
        }
    }
    while (a) {
        if ((!a->text.data || a->text.cap - a->text.len < JSONL_BLOCK / 2) &&
            pl_buf_reserve(&a->text, JSONL_BLOCK)) {
            cli_say("%s: line %lu: out of memory", shown, number);
            failed(rd, a);
            break;
        }
        /* At most a block at a time: a line that never ends (/dev/zero)
         * is seen to pass the limit before its buffer does by much. */
        size_t room = a->text.cap - a->text.len - 1;
        ssize_t n = done ? 0 : read(fd, a->text.data + a->text.len,
                                    room < JSONL_BLOCK ? room : JSONL_BLOCK);
        if (n < 0 && errno == EINTR)
            continue;
        if (n > 0 && rd->range) {
            n = (ssize_t)range_cut(rd->range, a->text.data + a->text.len, (size_t)n, at, &done);
            at += (size_t)n;
        }
        if (n < 0) {
            int e = errno;
            a->text.len = skipping ? 0 : whole; /* a part of a line is dropped */
            if ((a = hand_over(rd, a, a->text.len, shown, &number, &carry))) {
                cli_say("%s: %s", shown, strerror(e));
                failed(rd, a);
            }
            break;
        }
        size_t old = a->text.len;
        a->text.len += (size_t)n;
        a->text.data[a->text.len] = '\0';
        if (skipping) {
            char *nl = memchr(a->text.data, '\n', a->text.len);
            if (!nl) {
                skipped += a->text.len;
                a->text.len = 0; /* the long line's bytes go on */
                if (n == 0) {
                    cli_jobs_release(rd->jobs, a);
                    break;
                }
                if (skipped > CLI_LINE_SKIP_LIMIT) {
                    cli_jobs_release(rd->jobs, a);
                    cli_article *m = take(rd);
                    cli_say("%s: line %lu: no end of line within " CLI_LINE_SKIP_LIMIT_TEXT
                            "; the rest of this input is not read", shown, number - 1);
                    failed(rd, m);
                    break;
                }
                continue;
            }
            /* Its end: go on after it. */
            size_t rest = a->text.len - (size_t)(nl + 1 - a->text.data);
            memmove(a->text.data, nl + 1, rest + 1);
            a->text.len = rest;
            skipping = 0;
            old = 0;
        }
        if (!bom_done) {
            bom_done = drop_bom(a, n == 0);
            if (bom_done)
                old = 0;
        }
        char *nl = last_newline(a->text.data + old, a->text.len - old);
        if (nl)
            whole = (size_t)(nl + 1 - a->text.data);
        if (n == 0) {
            /* The end: the last line may lack its newline. */
            a = hand_over(rd, a, a->text.len, shown, &number, &carry);
            if (a)
                cli_jobs_release(rd->jobs, a);
            a = NULL;
            break;
        }
        if (whole >= JSONL_BLOCK) {
            a = hand_over(rd, a, whole, shown, &number, &carry);
            whole = 0;
        } else if (a->text.len - whole > CLI_INPUT_LIMIT) {
            /* A line over the limit: said at once, in its place. Its
             * bytes are dropped before the whole lines ahead of it go on
             * (without them, which would hold the line's memory twice). */
            skipped = a->text.len - whole;
            carry.len = 0;
            int nomem = pl_buf_append(&carry, a->text.data, whole);
            pl_buf_free(&a->text);
            if (nomem || pl_buf_reserve(&a->text, whole + 1) || pl_buf_append(&a->text, carry.data ? carry.data : "", carry.len)) {
                cli_say("%s: line %lu: out of memory", shown, number);
                failed(rd, a);
                break;
            }
            a = hand_over(rd, a, whole, shown, &number, &carry);
            whole = 0;
            if (!a)
                break;
            a->text.len = 0;
            cli_jobs_release(rd->jobs, a);
            cli_article *m = take(rd);
            cli_say("%s: line %lu: %s", shown, number, CLI_INPUT_LIMIT_TEXT);
            failed(rd, m);
            number++;
            skipping = 1;
            a = take(rd);
        }
    }
    pl_buf_free(&carry);
    if (!is_stdin)
        close(fd);
}

/* Reads one input file; `walked`: found in a directory, so read only when
 * it is (still) a regular file. */
static void read_file(reader *rd, const char *path, int walked)
{
    rd->files++;
    if (rd->format == CLI_INPUT_JSONL)
        read_jsonl(rd, path, walked);
    else
        read_text(rd, path, walked);
}

/* Notes (dev, ino) as reached: 0 the first time, 1 when already reached,
 * -1 when out of memory. */
static int seen_before(reader *rd, dev_t dev, ino_t ino)
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
static int skipped(reader *rd, const char *path, const char *why)
{
    cli_article *a = take(rd);
    cli_warn("%s: %s; skipped", path, why);
    a->extract = 0;
    cli_jobs_submit(rd->jobs, a);
    return 1;
}

/* Is this file or directory, reached by walking, one already read (or
 * out of memory to tell)? Then says so and returns 1. */
static int already_read(reader *rd, const char *path, const struct stat *st)
{
    int seen = seen_before(rd, st->st_dev, st->st_ino);
    if (seen < 0) {
        cli_article *a = take(rd);
        cli_say("%s: out of memory", path);
        failed(rd, a);
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

static void walk(reader *rd, pl_buf *path, const struct stat *st);

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

static void walk_dir(reader *rd, pl_buf *path, const struct stat *st)
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
        cli_article *a = take(rd);
        cli_say("%s: %s", path->data, strerror(e));
        failed(rd, a);
        return;
    }
    entry *list = NULL;
    long count = list_dir(dir, rd->format == CLI_INPUT_JSONL ? ".jsonl" : ".txt", &list);
    closedir(dir);
    int pushed = 0;
    if (count < 0 || pl_grow((void **)&rd->open_dirs, &rd->open_cap, rd->open_count + 1,
                             sizeof *rd->open_dirs)) {
        cli_article *a = take(rd);
        cli_say("%s: out of memory", path->data);
        failed(rd, a);
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
            cli_article *a = take(rd);
            cli_say("%s: out of memory", path->data);
            failed(rd, a);
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

static void walk(reader *rd, pl_buf *path, const struct stat *st)
{
    if (S_ISDIR(st->st_mode))
        walk_dir(rd, path, st);
    else
        read_file(rd, path->data, 1);
}

size_t cli_inputs_read(char *const *paths, size_t count, cli_input_format format,
                       const char *doc_date, const cli_byte_range *range, cli_jobs *jobs)
{
    reader rd = {format, doc_date, range, jobs, NULL, 0, 0, 0, NULL, 0, 0, NULL, 0, 0};
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
            cli_article *a = take(&rd);
            cli_say("%s: out of memory", paths[i]);
            failed(&rd, a);
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
            cli_article *a = take(&rd);
            cli_say("%s: no %s files in this directory", paths[i],
                    format == CLI_INPUT_JSONL ? ".jsonl" : ".txt");
            failed(&rd, a);
        }
    }
    flush_pending(&rd);
    pl_buf_free(&path);
    free(rd.open_dirs);
    free(rd.seen);
    return rd.failed;
}
