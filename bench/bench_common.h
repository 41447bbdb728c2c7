/* bench_common.h: what the benchmark programs share: a monotonic clock,
 * peak memory (whole run and per phase), and the results file that
 * scripts/bench.sh turns into a Markdown table. */
#ifndef PARLEY_BENCH_COMMON_H
#define PARLEY_BENCH_COMMON_H

#include <stddef.h>

/* Seconds on a monotonic clock. */
double bench_now(void);

/* Peak resident set of the whole process so far, in MB: getrusage's
 * ru_maxrss, or the highest mark seen before a per-phase reset (which
 * lowers ru_maxrss on Linux), whichever is higher. */
double bench_peak_rss_mb(void);
/* Current resident set (VmRSS), in MB; 0 when /proc is unavailable. */
double bench_rss_mb(void);

/* Per-phase peak: bench_phase_begin returns freed heap to the system
 * (malloc_trim, glibc), resets the kernel's high-water mark
 * (/proc/self/clear_refs, Linux 4.0+) and returns 0; bench_phase_peak_mb
 * reads the mark (VmHWM). Returns -1 when the reset is unavailable: the
 * figure is then the whole run's peak. Take the RSS baseline after it. */
int bench_phase_begin(void);
double bench_phase_peak_mb(void);

/* Appends "metric<TAB>value<TAB>unit<TAB>note" to the results file opened
 * by bench_results_open (no-op when none was given) and echoes it. */
int bench_results_open(const char *path);
void bench_result(const char *metric, double value, const char *unit, const char *note);
void bench_results_close(void);

/* Size of a file in bytes, or -1. */
long long bench_file_size(const char *path);

#endif
