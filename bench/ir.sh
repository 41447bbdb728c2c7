#!/usr/bin/env bash
# ir.sh: instructions executed by one-thread extraction of the first MB of
# the bench corpus (a graph per article), under callgrind: a figure that a
# busy machine does not move, to compare builds while the clock is noisy.
# usage: bench/ir.sh [MB] [OUT]   (builds build-bench/ first; OUT keeps the
#        callgrind profile for callgrind_annotate)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb="${1:-3}" out="${2:-build-bench/ir.callgrind}"
cmake --build build-bench -j2 --target bench_extract >/dev/null
valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect=worker_main \
  build-bench/bench/bench_extract -c build/bench-corpus -m "$mb" -p fresh -j 1 >/dev/null 2>&1
ir="$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')"
bytes="$(build-bench/bench/bench_extract -c build/bench-corpus -m "$mb" -p none -j 1 |
  sed -n 's/.*articles, \([0-9.]*\) MB.*/\1/p')"
awk -v ir="$ir" -v mb="$bytes" 'BEGIN {printf "%.0f M instructions for %s MB: %.0f per byte\n", ir / 1e6, mb, ir / (mb * 1e6)}'
