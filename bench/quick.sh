#!/usr/bin/env bash
# quick.sh: best of N runs of the one-thread extraction figures on core 0
# (development aid for speed work; the machine is shared, so take the best).
# usage: bench/quick.sh [N] [PHASES]   (builds build-bench/ first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-5}" phases="${2:-fresh}"
cmake --build build-bench -j2 --target bench_extract >/dev/null
for _ in $(seq "$n"); do
  taskset -c 0 build-bench/bench/bench_extract -c build/bench-corpus -p "$phases" -j 1 |
    awk -F'  +' '/MB\/s/ {print $2 "\t" $3}'
done | sort -t$'\t' -k1,1 -k2,2nr | awk -F'\t' '!seen[$1]++ {print "best: " $1 ": " $2}'
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
