/* lsan.c: LeakSanitizer's defaults for the programs (the parley command,
 * the unit tests, the fuzz targets), linked into each of them: the library
 * itself defines no sanitizer hooks, so a program that embeds it chooses
 * its own. Compiled to nothing without AddressSanitizer. */

/* Leaks that are not parley's, which LeakSanitizer would report on every
 * sanitizer run that renders an SVG (the CLI's and the tests' alike), so
 * sanitizer builds of the programs declare them, rather than each test's
 * environment:
 *  - Graphviz's text layout goes through pango, cairo, fontconfig and glib,
 *    which keep process-wide caches they never free;
 *  - 2.42's dot layout loses some of the virtual edges it makes (to reverse
 *    an edge of a cycle, or a flat edge in mincross): a few hundred bytes a
 *    layout. Layout memory all comes from gvc's gmalloc, or zrealloc when
 *    an array grows (a fuzzed SVG's layout lost 24 bytes so), the one frame
 *    the default (fast) unwinder records for it;
 *  - neato's nop engines (which keep the positions parley computed, see
 *    diagram.c) lose the mode they read from the graph and a list of edge
 *    points on every layout (init_nop).
 * cgraph's memory (graphs, nodes, attributes: what parley allocates and
 * frees) is not covered, nor parley's own: a leak there still fails. */
/* GCC says it builds with AddressSanitizer one way, clang another. */
#if defined(__SANITIZE_ADDRESS__)
#define PARLEY_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARLEY_ASAN 1
#endif
#endif

#ifdef PARLEY_ASAN
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libpangocairo-1.0.so\n"
           "leak:libcairo.so\n"
           "leak:libglib-2.0.so\n"
           "leak:libgobject-2.0.so\n"
           "leak:gmalloc\n"
           "leak:zrealloc\n"
           "leak:init_nop\n";
}

/* And not to list them after every run (LSAN_OPTIONS still overrides). */
const char *__lsan_default_options(void);
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

/* ISO C wants something in a translation unit. */
typedef int parley_lsan_unit;
