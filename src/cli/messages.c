/* messages.c: what the parley command prints on stderr while it works:
 * errors, warnings and the progress line. One lock covers them all, so a
 * line from one worker thread is never cut by another's, and a message
 * erases the progress line, prints, then draws it again. */
#include "cli/cli.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* The progress line is redrawn at most this often (seconds): a few times a
 * second reads as live without costing anything. */
#define PROGRESS_INTERVAL 0.25

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static int g_quiet;
static int g_progress;          /* show the progress line */
static int g_shown;             /* a progress line is on screen, unfinished */
static size_t g_shown_len;      /* its length, to erase it */
static struct timespec g_start; /* the clock of the rates and the elapsed time */
static double g_last_draw;      /* seconds since g_start of the last drawing */
static size_t g_articles;
static size_t g_bytes;
/* Where this thread's messages go instead of stderr, if anywhere. */
static _Thread_local pl_buf *t_capture;

void cli_messages_init(int quiet, int progress)
{
    g_quiet = quiet;
    g_progress = progress && !quiet;
}

static double elapsed(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - g_start.tv_sec) + (double)(now.tv_nsec - g_start.tv_nsec) / 1e9;
}

/* Erases the progress line, if shown. Call with g_lock held. */
static void erase_progress(void)
{
    if (!g_shown)
        return;
    fprintf(stderr, "\r%*s\r", (int)g_shown_len, "");
    g_shown = 0;
}

/* Draws the progress line over the previous one. Call with g_lock held. */
static void draw_progress(double t)
{
    char line[160];
    /* Rates over less than a millisecond would be noise: count it as one. */
    double secs = t > 1e-3 ? t : 1e-3;
    double mb = (double)g_bytes / 1e6;
    int n = snprintf(line, sizeof line, "parley: %zu article%s, %.1f MB, %.0f articles/s, "
                     "%.1f MB/s, %.1f s", g_articles, g_articles == 1 ? "" : "s", mb,
                     (double)g_articles / secs, mb / secs, t);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    /* Pad over the rest of a longer previous line. */
    int pad = g_shown && g_shown_len > len ? (int)(g_shown_len - len) : 0;
    fprintf(stderr, "\r%s%*s", line, pad, "");
    fflush(stderr);
    g_shown = 1;
    g_shown_len = len;
    g_last_draw = t;
}

static void say(const char *fmt, va_list ap)
{
    /* One fputs of the whole line: stderr is unbuffered, and a line written
     * in pieces could be split by another process writing to it. */
    static const char prefix[] = "parley: ";
    char line[8192]; /* a path of PATH_MAX and an error text fit */
    size_t room = sizeof line - 1; /* keeps a byte for the '\n' */
    memcpy(line, prefix, sizeof prefix - 1);
    int n = vsnprintf(line + sizeof prefix - 1, room - (sizeof prefix - 1), fmt, ap);
    if (n < 0)
        return;
    size_t len = sizeof prefix - 1 + (size_t)n;
    if (len > room - 1)
        len = room - 1; /* a longer message is cut, not split */
    line[len] = '\n';
    line[len + 1] = '\0';
    if (t_capture && pl_buf_append(t_capture, line, len + 1) == 0)
        return;
    cli_messages_print(line, len + 1);
}

void cli_messages_capture(pl_buf *into)
{
    t_capture = into;
}

void cli_messages_print(const char *lines, size_t len)
{
    if (len == 0)
        return;
    pthread_mutex_lock(&g_lock);
    int redraw = g_shown;
    erase_progress();
    fwrite(lines, 1, len, stderr);
    if (redraw)
        draw_progress(elapsed());
    pthread_mutex_unlock(&g_lock);
}

void cli_say(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
}

void cli_warn(const char *fmt, ...)
{
    if (g_quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    say(fmt, ap);
    va_end(ap);
}

void cli_report(const char *what, const parley_error *err)
{
    const char *text = err->text[0] ? err->text : parley_code_name(err->code);
    size_t n = strlen(what);
    if (strncmp(text, what, n) == 0 && text[n] == ':' && text[n + 1] == ' ')
        cli_say("%s", text);
    else
        cli_say("%s: %s", what, text);
}

void cli_progress_start(void)
{
    clock_gettime(CLOCK_MONOTONIC, &g_start);
}

void cli_progress_add(size_t bytes)
{
    pthread_mutex_lock(&g_lock);
    g_articles++;
    g_bytes += bytes;
    if (g_progress) {
        double t = elapsed();
        /* Not at once: rates over the first few articles mean nothing. */
        if (t - g_last_draw >= PROGRESS_INTERVAL)
            draw_progress(t);
    }
    pthread_mutex_unlock(&g_lock);
}

void cli_progress_end(void)
{
    if (!g_progress)
        return;
    pthread_mutex_lock(&g_lock);
    draw_progress(elapsed());
    fputc('\n', stderr);
    g_shown = 0;
    g_progress = 0;
    pthread_mutex_unlock(&g_lock);
}
