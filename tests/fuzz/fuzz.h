/* fuzz.h: what the fuzz targets share: libFuzzer's entry point, the graph
 * every exporter target builds from its input (graph_input.c), and the
 * check that turns a broken invariant into a crash libFuzzer reports. */
#ifndef PARLEY_FUZZ_H
#define PARLEY_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "parley/parley.h"

/* libFuzzer calls this once per input; so does replay.c. Returns 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant: say which, and abort (a crash to libFuzzer). */
#define FUZZ_CHECK(cond)                                                        \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                     \
            abort();                                                            \
        }                                                                       \
    } while (0)

/* Builds a finished graph through the public API from fuzz bytes (the
 * format is described in graph_input.c): documents, nodes of every type
 * with ids, labels and attributes of arbitrary bytes, edges, evidence.
 * Calls the API with bad arguments too and checks it refuses them. Caller
 * frees; never NULL (aborts when out of memory). */
parley_graph *fuzz_graph(const uint8_t *data, size_t size);

/* Walks a finished graph and checks what every exporter relies on: the
 * fixed order, ids unique, edges between the graph's own nodes, evidence
 * pointing at the graph's documents. */
void fuzz_check_graph(const parley_graph *g);

#endif
