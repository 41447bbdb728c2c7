/* parley/error.h: status codes and the error record every fallible call fills.
 * Modelled on jansson's json_error_t: a fixed buffer, no allocation. */
#ifndef PARLEY_ERROR_H
#define PARLEY_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

/* Every fallible function returns PARLEY_OK (0) or one of these negatives. */
typedef enum {
    PARLEY_OK = 0,
    PARLEY_ENOMEM = -1,    /* an allocation failed */
    PARLEY_EIO = -2,       /* reading or writing failed (errno text in message) */
    PARLEY_EINPUT = -3,    /* the input is malformed (message says where) */
    PARLEY_EINVAL = -4,    /* a caller passed a value outside the contract */
    PARLEY_EGRAPHVIZ = -5, /* Graphviz failed to build, lay out or render */
    PARLEY_ELIMIT = -6     /* a documented limit was exceeded */
} parley_code;

#define PARLEY_ERROR_TEXT_LENGTH 256

/* One line of text saying what went wrong, filled by the failing call.
 * `offset` is a byte offset into the input when one applies, else -1. */
typedef struct parley_error {
    int code;
    long long offset;
    char text[PARLEY_ERROR_TEXT_LENGTH];
} parley_error;

/* A static, never-NULL name for a code ("out of memory", ...). */
const char *parley_code_name(int code);

#ifdef __cplusplus
}
#endif
#endif
