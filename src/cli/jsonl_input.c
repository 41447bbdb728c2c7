/* jsonl_input.c: JSON Lines inputs. The reader hands whole lines to the
 * workers in blocks (cli_jsonl_read), optionally only the lines of a byte
 * range; a worker turns each line into an article (cli_json_article). */
#include "cli/inputs.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* JSON Lines go to the workers in blocks of about this many bytes of
 * whole lines: a few hundred news articles, so that handing over costs
 * little per article, yet every worker gets many blocks of a corpus. */
#define JSONL_BLOCK ((size_t)256 * 1024)

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
static cli_article *hand_over(cli_reader *rd, cli_article *a, size_t whole, const char *shown,
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
        cli_input_failed(rd, a);
    } else {
        a->kind = CLI_ARTICLE_LINES;
        a->line = *number;
        a->doc_date = rd->doc_date;
        cli_jobs_submit(rd->jobs, a);
    }
    *number += lines;
    cli_article *next = cli_input_take(rd);
    if (nomem || pl_buf_append(&next->text, carry->data ? carry->data : "", carry->len)) {
        cli_say("%s: line %lu: out of memory", shown, *number);
        cli_input_failed(rd, next);
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
void cli_jsonl_read(cli_reader *rd, const char *path, int walked)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *shown = is_stdin ? "stdin" : path;
    parley_error err = {0, -1, ""};
    int fd = is_stdin ? STDIN_FILENO : cli_open_input(path, walked, &err);
    if (fd < 0) {
        cli_article *a = cli_input_take(rd);
        cli_report(shown, &err);
        cli_input_failed(rd, a);
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
    cli_article *a = cli_input_take(rd);
    if (rd->range && rd->range->start > 0) {
        /* The range's first line is not the input's: no mark before it. */
        bom_done = 1;
        int r = range_skip(fd, rd->range, a, &number, &at);
        if (r < 0) {
            cli_say("%s: %s", shown, strerror(errno));
            cli_input_failed(rd, a);
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
            cli_input_failed(rd, a);
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
                cli_input_failed(rd, a);
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
                    cli_article *m = cli_input_take(rd);
                    cli_say("%s: line %lu: no end of line within " CLI_LINE_SKIP_LIMIT_TEXT
                            "; the rest of this input is not read", shown, number - 1);
                    cli_input_failed(rd, m);
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
                cli_input_failed(rd, a);
                break;
            }
            a = hand_over(rd, a, whole, shown, &number, &carry);
            whole = 0;
            if (!a)
                break;
            a->text.len = 0;
            cli_jobs_release(rd->jobs, a);
            cli_article *m = cli_input_take(rd);
            cli_say("%s: line %lu: %s", shown, number, CLI_INPUT_LIMIT_TEXT);
            cli_input_failed(rd, m);
            number++;
            skipping = 1;
            a = cli_input_take(rd);
        }
    }
    pl_buf_free(&carry);
    if (!is_stdin)
        close(fd);
}
