/* test_json_line.c: the fast path of JSON Lines articles (src/cli/json_line.c)
 * against jansson. Whenever the scan takes a line, jansson must read the
 * same line as an object whose "text", "id" and "date" are what the scan
 * found; whenever jansson refuses a line or finds no string "text", the
 * scan must leave it alone. Checked on written cases and on many seeded
 * mutations of them. */
#include "check.h"
#include "cli/cli.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>

static int taken, left;

/* The JSON of v as jansson writes it (for comparing values), malloc'ed. */
static char *dump(const json_t *v)
{
    return v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS) : NULL;
}

/* One field's JSON as the scan found it, re-read and written by jansson. */
static char *field_dump(const char *p, size_t n)
{
    if (!p)
        return NULL;
    json_t *v = json_loadb(p, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    char *s = dump(v);
    json_decref(v);
    return s ? s : strdup("(unreadable)");
}

static int same(const char *a, const char *b)
{
    return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* Checks one line; `expect` is 1 when the scan must take it, 0 when it
 * must not, -1 when either is right. */
static void check_line(const char *line, size_t len, int expect)
{
    json_t *v = json_loadb(line, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
    json_t *text = json_is_object(v) ? json_object_get(v, "text") : NULL;
    char *copy = malloc(len + 1);
    memcpy(copy, line, len);
    copy[len] = '\0';
    cli_json_fields f;
    int got = cli_json_line_scan(copy, len, &f);
    if (expect >= 0 && got != expect) {
        fprintf(stderr, "scan %d, want %d: %.*s\n", got, expect, (int)len, line);
        CHECK(got == expect);
    }
    if (got) {
        taken++;
        int ok = json_is_string(text) && f.text_len == json_string_length(text) &&
                 memcmp(f.text, json_string_value(text), f.text_len) == 0 &&
                 f.text[f.text_len] == '\0';
        char *id = field_dump(f.id, f.id_len), *want_id = dump(json_object_get(v, "id"));
        char *date = field_dump(f.date, f.date_len), *want_date = dump(json_object_get(v, "date"));
        ok = ok && same(id, want_id) && same(date, want_date);
        if (!ok)
            fprintf(stderr, "scan differs from jansson: %.*s\n", (int)len, line);
        CHECK(ok);
        free(id);
        free(want_id);
        free(date);
        free(want_date);
    } else {
        left++;
        CHECK(memcmp(copy, line, len) == 0); /* left as it was */
    }
    free(copy);
    json_decref(v);
}

#define LINE(s, expect) check_line(s, sizeof s - 1, expect)

static const char *const g_seeds[] = {
    "{\"id\": \"a-1\", \"date\": \"2025-03-11\", \"text\": \"Rubio met Lavrov in Riyadh.\"}",
    "{\"text\": \"caf\\u00e9 \\\"quoted\\\" \\\\ back\\/slash\\n\\t\\r\\b\\f\", \"id\": 7}",
    "{\"text\":\"\\ud83d\\ude00 and \\u0000 NUL\",\"meta\":{\"a\":[1,2,{\"b\":null}],\"c\":true}}",
    "{\"text\": \"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 UTF-8\", \"id\": -12, \"x\": false}",
    " { \"id\" : [ ] , \"text\" : \"\" , \"date\" : null } ",
    "{\"text\": \"t\", \"n\": 0, \"m\": -0, \"k\": 123456789012345678}",
};

/* Deterministic pseudo-random numbers (xorshift). */
static uint64_t g_rng = 88172645463325252ULL;
static unsigned next_rand(void)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (unsigned)(g_rng >> 11);
}

/* Bytes a mutation puts in: JSON's own, and the ones near its edges. */
static const char g_bytes[] = "{}[]\":,\\ux0123456789abcdefABCDEF.eE+-tfn \t\r\x01\x7f";
static const unsigned char g_high[] = {0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef,
                                       0xf0, 0xf4, 0xf5, 0xff};

static void mutate_all(void)
{
    char buf[512];
    for (int round = 0; round < 50000; round++) {
        const char *seed = g_seeds[next_rand() % (sizeof g_seeds / sizeof g_seeds[0])];
        size_t n = strlen(seed);
        memcpy(buf, seed, n);
        int edits = 1 + (int)(next_rand() % 3);
        for (int e = 0; e < edits && n > 0 && n < sizeof buf - 8; e++) {
            size_t at = next_rand() % n;
            unsigned what = next_rand() % 4;
            unsigned char c = next_rand() % 3 ? (unsigned char)g_bytes[next_rand() %
                                                                       (sizeof g_bytes - 1)]
                                              : g_high[next_rand() % sizeof g_high];
            if (what == 0) { /* replace */
                buf[at] = (char)c;
            } else if (what == 1) { /* insert */
                memmove(buf + at + 1, buf + at, n - at);
                buf[at] = (char)c;
                n++;
            } else if (what == 2) { /* delete */
                memmove(buf + at, buf + at + 1, n - at - 1);
                n--;
            } else { /* cut */
                n = at;
            }
        }
        check_line(buf, n, -1);
    }
}

int main(void)
{
    for (size_t i = 0; i < sizeof g_seeds / sizeof g_seeds[0]; i++)
        check_line(g_seeds[i], strlen(g_seeds[i]), 1);
    /* Left to jansson: not an object, no or no string "text", bad JSON,
     * what the scan does not read itself. */
    LINE("[1, 2]", 0);
    LINE("\"text\"", 0);
    LINE("{}", 0);
    LINE("{\"id\": 1}", 0);
    LINE("{\"text\": 5}", 0);
    LINE("{\"text\": \"a\",}", 0);
    LINE("{\"text\": \"a\"} x", 0);
    LINE("{\"text\": \"a\" \"b\"}", 0);
    LINE("{\"text\": \"a\", \"text\": \"b\"}", 0);
    LINE("{\"te\\u0078t\": \"a\"}", 0);
    LINE("{\"text\": \"a\", \"r\": 1.5}", 0);
    LINE("{\"text\": \"a\", \"r\": 1e400}", 0);
    LINE("{\"text\": \"a\", \"r\": 01}", 0);
    LINE("{\"text\": \"a\", \"r\": 1234567890123456789012}", 0);
    LINE("{\"text\": \"a\", \"r\": truex}", 0);
    LINE("{\"text\": \"\\ud800\"}", 0);
    LINE("{\"text\": \"\\udc00\"}", 0);
    LINE("{\"text\": \"\\ud800\\u0041\"}", 0);
    LINE("{\"text\": \"\\x\"}", 0);
    LINE("{\"text\": \"tab\there\"}", 0);
    LINE("{\"text\": \"\xc0\xaf overlong\"}", 0);
    LINE("{\"text\": \"\xed\xa0\x80 surrogate\"}", 0);
    LINE("{\"text\": \"\xf4\x90\x80\x80 past U+10FFFF\"}", 0);
    LINE("{\"text\": \"\xe2\x82 cut\"}", 0);
    LINE("{\"text\": \"open", 0);
    LINE("\xef\xbb\xbf{\"text\": \"a\"}", 0);
    /* Taken. */
    LINE("{\"text\": \"a\", \"r\": -0}", 1);
    LINE("{\"text\":\"\"}", 1);
    LINE("{\"id\": {\"x\": [true, false, null]}, \"text\": \"x\"}", 1);
    mutate_all();
    printf("test_json_line: %d lines taken by the scan, %d left to jansson\n", taken, left);
    CHECK(taken > 1000 && left > 1000);
    return check_summary("test_json_line");
}
