/* bench_common.c: clock, memory high-water marks and the results file for
 * the benchmark programs (see bench_common.h). Linux-specific where it reads
 * /proc; elsewhere the per-phase figures fall back to the whole run's. */
#include "bench_common.h"

#include <stdio.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

static FILE *results;

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The highest VmHWM seen before a reset: on Linux, clearing the high-water
 * mark also lowers what getrusage reports as ru_maxrss, so the whole run's
 * peak is kept here. */
static double peak_before_resets;

static double status_mb(const char *key);

double bench_peak_rss_mb(void)
{
    struct rusage ru;
    double mb = peak_before_resets, hwm = status_mb("VmHWM");
    if (hwm > mb)
        mb = hwm;
    if (getrusage(RUSAGE_SELF, &ru) == 0 && (double)ru.ru_maxrss / 1024.0 > mb)
        mb = (double)ru.ru_maxrss / 1024.0; /* Linux reports KiB */
    return mb;
}

/* A "Key:   123 kB" line of /proc/self/status, in MB; -1 when absent. */
static double status_mb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    double mb = -1;
    size_t n = strlen(key);
    while (fgets(line, sizeof line, f)) {
        long kb;
        if (strncmp(line, key, n) == 0 && line[n] == ':' && sscanf(line + n + 1, "%ld", &kb) == 1) {
            mb = (double)kb / 1024.0;
            break;
        }
    }
    fclose(f);
    return mb;
}

double bench_rss_mb(void)
{
    double mb = status_mb("VmRSS");
    return mb < 0 ? 0 : mb;
}

static int phase_ok;

int bench_phase_begin(void)
{
#if defined(__GLIBC__)
    /* Give freed heap pages back first, so that memory an earlier phase
     * freed is not silently reused and the next phase's growth shows. */
    malloc_trim(0);
#endif
    double hwm = status_mb("VmHWM");
    if (hwm > peak_before_resets)
        peak_before_resets = hwm;
    FILE *f = fopen("/proc/self/clear_refs", "w");
    phase_ok = f && fputs("5", f) >= 0;
    if (f && fclose(f))
        phase_ok = 0;
    return phase_ok ? 0 : -1;
}

double bench_phase_peak_mb(void)
{
    double mb = phase_ok ? status_mb("VmHWM") : -1;
    return mb >= 0 ? mb : bench_peak_rss_mb();
}

int bench_results_open(const char *path)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* progress shows even through a pipe */
    results = fopen(path, "a");
    return results ? 0 : -1;
}

void bench_result(const char *metric, double value, const char *unit, const char *note)
{
    printf("  %-34s %12.3f %-10s %s\n", metric, value, unit, note ? note : "");
    if (results) {
        fprintf(results, "%s\t%.3f\t%s\t%s\n", metric, value, unit, note ? note : "");
        fflush(results); /* a long run shows its figures as they come */
    }
}

void bench_results_close(void)
{
    if (results)
        fclose(results);
    results = NULL;
}

long long bench_file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) ? -1 : (long long)st.st_size;
}
