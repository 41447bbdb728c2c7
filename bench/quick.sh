#!/usr/bin/env bash
# quick.sh: best of N runs of the one-thread extraction figures on core 0
# (development aid for speed work; the machine is shared, so take the best),
# and the CPU time of whole runs (corpus load included; best of N), which
# other work on the machine moves less than the wall clock.
# usage: bench/quick.sh [N] [PHASES]   (builds build-bench/ first)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-5}" phases="${2:-fresh}"
cmake --build build-bench -j2 --target bench_extract >/dev/null
run=(taskset -c 0 build-bench/bench/bench_extract -c build/bench-corpus -p "$phases" -j 1)
for _ in $(seq "$n"); do
  "${run[@]}" | awk -F'  +' '/MB\/s/ {print $2 "\t" $3}'
done | sort -t$'\t' -k1,1 -k2,2nr | awk -F'\t' '!seen[$1]++ {print "best: " $1 ": " $2}'
if [ -x /usr/bin/time ]; then
  for _ in $(seq "$n"); do
    /usr/bin/time -f '%U %S' "${run[@]}" 2>&1 >/dev/null | tail -1
  done | awk '{t = $1 + $2; if (!best || t < best) best = t} END {printf "best CPU time of a whole run: %.2f s\n", best}'
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
