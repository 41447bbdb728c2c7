#!/usr/bin/env bash
# bench.sh: builds the benchmarks (Release, -DPARLEY_BENCH=ON) into
# build-bench/, generates the corpus, runs extraction, export and the
# one-million-edge export benchmark, then the parley command end to end over
# the corpus with -j 1 and -j N (reading, extraction, merge and the JSON
# output; timed with /usr/bin/time -v), and prints the figures as Markdown.
#
# Then the same command over real news articles (tests/realnews/texts, a
# git-ignored cache of third-party texts: skipped with a message when it is
# absent), repeated to --real-mb MB, each copy its own document, once as .txt
# files and once as one JSON Lines file, with -j 1 and -j N: the best wall
# time of --repeat runs each, and the highest peak RSS. The runs go in
# rounds (each round: both kinds, each -j), so the rows a ratio compares
# were taken in the same minutes.
#
# usage: scripts/bench.sh [--mb N] [--merged-mb N] [--edges N] [--jobs N]
#                         [--corpus DIR] [--jsonl] [--real-mb N]
#                         [--realnews DIR] [--repeat N] [--real-only]
#   --mb N         corpus size in MB of 10^6 bytes (default 100)
#   --merged-mb N  merged-graph runs and export use only the first N MB
#                  (default: all), for quick runs
#   --edges N      edges of the synthetic export graph (default 1000000)
#   --jobs N       threads of the all-core runs (default: nproc)
#   --corpus DIR   where the corpus goes (default build/bench-corpus)
#   --jsonl        extract from corpus.jsonl instead of txt/*.txt
#   --real-mb N    size of the real-article corpus (default 64)
#   --realnews DIR the real articles (default tests/realnews/texts)
#   --repeat N     runs of each real-article figure, the best kept (default 3)
#   --real-only    only the real-article rows
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

args="$*"
mb=100 merged_mb="" edges=1000000 jobs="$(nproc)" corpus=build/bench-corpus jsonl=()
real_mb=64 realnews=tests/realnews/texts repeat=3 real_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --mb) mb="$2"; shift 2 ;;
    --merged-mb) merged_mb="$2"; shift 2 ;;
    --edges) edges="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --corpus) corpus="$2"; shift 2 ;;
    --jsonl) jsonl=(-J); shift ;;
    --real-mb) real_mb="$2"; shift 2 ;;
    --realnews) realnews="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --real-only) real_only=1; shift ;;
    -h|--help) sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

scripts/setup.sh --bench
cmake -S . -B build-bench -DPARLEY_BENCH=ON -DPARLEY_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j "$(nproc)" --target gen_corpus bench_extract bench_graph parley >/dev/null

out=build-bench/bench-out
mkdir -p "$out"
results="$out/results.tsv"
: > "$results"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# One run of the parley command under /usr/bin/time -v: "SECONDS RSS_MB
# CPU_SECONDS" (wall time, peak RSS, user + system time).
timed_run() {
  local tfile="$out/timed.time"
  /usr/bin/time -v -o "$tfile" "$@" >&2
  awk -F': ' '
    /Elapsed \(wall clock\)/ { k = split($2, t, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 / 1024 }
    /User time|System time/ { cpu += $2 }
    END { printf "%.3f %.1f %.2f\n", s, rss, cpu }' "$tfile"
}

# The real-article rows: text files and JSON Lines, -j 1 and -j N.
real_rows() {
  if [ ! -d "$realnews" ] || ! ls "$realnews"/*.txt >/dev/null 2>&1; then
    echo "bench.sh: no real articles in $realnews (a git-ignored cache); real-article rows skipped" >&2
    return 0
  fi
  local rdir=build-bench/realnews-corpus
  rm -rf "$rdir"
  echo "== bench/realnews_corpus.py $realnews $real_mb $rdir" >&2
  bench/realnews_corpus.py "$realnews" "$real_mb" "$rdir"
  sync # the 43,000 new files written back before the clock starts, not during the runs
  local bytes articles sources kind j r sec mem cpu
  bytes="$(sed -n 's/^txt_bytes //p' "$rdir/manifest.txt")"
  articles="$(sed -n 's/^articles //p' "$rdir/manifest.txt")"
  sources="$(sed -n 's/^sources //p' "$rdir/manifest.txt")"
  local runs=(1)
  [ "$jobs" -gt 1 ] && runs+=("$jobs")
  declare -A rate best best_cpu peak
  # Round after round, each round every kind with every -j: the runs a
  # ratio compares are taken in the same minutes, so a load that comes and
  # goes on a shared machine weighs on both sides alike.
  for ((r = 0; r < repeat; r++)); do
    for kind in text jsonl; do
      local input=("$rdir/txt")
      [ "$kind" = jsonl ] && input=(--input-format jsonl "$rdir/corpus.jsonl")
      for j in "${runs[@]}"; do
        read -r sec mem cpu < <(timed_run build-bench/parley -q -j "$j" -f json \
          -o "$out/real-$kind-j$j" --name corpus "${input[@]}")
        if [ -z "${best[$kind-$j]:-}" ] ||
           awk -v a="$sec" -v b="${best[$kind-$j]}" 'BEGIN { exit !(a < b) }'; then
          best[$kind-$j]="$sec" best_cpu[$kind-$j]="$cpu"
        fi
        peak[$kind-$j]="$(awk -v a="$mem" -v b="${peak[$kind-$j]:-0}" 'BEGIN { print (a > b ? a : b) }')"
      done
    done
  done
  for kind in text jsonl; do
    for j in "${runs[@]}"; do
      rate[$kind-$j]="$(awk -v b="$bytes" -v s="${best[$kind-$j]}" 'BEGIN { printf "%.2f", b / 1e6 / s }')"
      what="real articles as $kind ($articles copies of $sources articles), parley -j $j"
      printf '%s\t%s\tMB/s\tbest of %s: %.2f s wall, %.2f s CPU (user + system)\n' "$what" \
        "${rate[$kind-$j]}" "$repeat" "${best[$kind-$j]}" "${best_cpu[$kind-$j]}" >> "$results"
      printf '%s\t%s\tMB/CPU s\tMB over the user + system seconds of that run (what a busy machine moves least)\n' \
        "$what" "$(awk -v b="$bytes" -v c="${best_cpu[$kind-$j]}" 'BEGIN { printf "%.2f", b / 1e6 / c }')" \
        >> "$results"
      printf '%s\t%s\tMB\tpeak RSS of the process (highest of the runs)\n' "$what" "${peak[$kind-$j]}" \
        >> "$results"
    done
    if [ "${#runs[@]}" -gt 1 ]; then
      if ! cmp -s "$out/real-$kind-j1/corpus.json" "$out/real-$kind-j$jobs/corpus.json"; then
        echo "bench.sh: real articles as $kind: -j 1 and -j $jobs wrote different JSON" >&2
        exit 1
      fi
      printf 'real articles as %s: -j %s over -j 1\t%s\tx\tsame JSON for both\n' "$kind" "$jobs" \
        "$(awk -v a="${rate[$kind-$jobs]}" -v b="${rate[$kind-1]}" 'BEGIN { printf "%.2f", a / b }')" \
        >> "$results"
    fi
  done
  for j in "${runs[@]}"; do
    printf 'real articles, -j %s: JSON Lines over text files\t%s\tx\tMB/s over MB/s\n' "$j" \
      "$(awk -v a="${rate[jsonl-$j]}" -v b="${rate[text-$j]}" 'BEGIN { printf "%.2f", a / b }')" \
      >> "$results"
  done
}

gen=(build-bench/bench/gen_corpus -m "$mb" -o "$corpus")
extract=(build-bench/bench/bench_extract -c "$corpus" "${jsonl[@]}" -j "$jobs" -o "$out" -t "$results")
[ -n "$merged_mb" ] && extract+=(-M "$merged_mb")
graph=(build-bench/bench/bench_graph -e "$edges" -o "$out" -t "$results")

if [ "$real_only" = 1 ]; then
  real_rows
else
echo "== ${gen[*]}" >&2
"${gen[@]}" >&2
echo "== ${extract[*]}" >&2
"${extract[@]}" >&2
echo "== ${graph[*]}" >&2
"${graph[@]}" >&2

# The command end to end: wall time and peak RSS of the whole process, from
# the corpus on disk to the JSON written. Every -j must give the same bytes.
cli_input=("$corpus/txt")
cli_bytes="$(sed -n 's/^txt_bytes //p' "$corpus/manifest.txt")"
if [ "${#jsonl[@]}" -gt 0 ]; then
  cli_input=(--input-format jsonl "$corpus/corpus.jsonl")
fi
cli_articles="$(sed -n 's/^articles //p' "$corpus/manifest.txt")"
cli_runs=(1)
[ "$jobs" -gt 1 ] && cli_runs+=("$jobs")
for j in "${cli_runs[@]}"; do
  cli=(build-bench/parley -q -j "$j" -f json -o "$out/cli-j$j" --name corpus "${cli_input[@]}")
  echo "== /usr/bin/time -v ${cli[*]}" >&2
  /usr/bin/time -v -o "$out/cli-j$j.time" "${cli[@]}" >&2
  awk -F': ' -v j="$j" -v bytes="$cli_bytes" -v n="$cli_articles" '
    /Elapsed \(wall clock\)/ { k = split($2, t, ":"); s = 0; for (i = 1; i <= k; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END {
      what = "parley command, -j " j " (corpus on disk to JSON written)"
      printf "%s\t%s\tMB/s\t%.1f s wall\n", what, bytes / 1e6 / s, s
      printf "%s\t%s\tarticles/s\t\n", what, n / s
      printf "%s\t%s\tMB\tpeak RSS of the process\n", what, rss
    }' "$out/cli-j$j.time" >> "$results"
done
if [ "${#cli_runs[@]}" -gt 1 ] && ! cmp -s "$out/cli-j1/corpus.json" "$out/cli-j$jobs/corpus.json"; then
  echo "bench.sh: -j 1 and -j $jobs wrote different JSON" >&2
  exit 1
fi
real_rows
fi
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
commands="  - real articles: \`bench/realnews_corpus.py $realnews $real_mb build-bench/realnews-corpus\`, then \`build-bench/parley -q -j N -f json\` over its \`txt/\` and over \`--input-format jsonl corpus.jsonl\`, each under \`/usr/bin/time -v\`, best of $repeat"
if [ "$real_only" = 0 ]; then
  commands="  - \`${gen[*]}\`
  - \`${extract[*]}\`
  - \`${graph[*]}\`
  - \`build-bench/parley -q -j N -f json -o $out/cli-jN --name corpus ${cli_input[*]}\` for N in ${cli_runs[*]}, under \`/usr/bin/time -v\`
$commands"
fi
cat <<EOF

## Benchmark figures

- Machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2 / 1048576}' /proc/meminfo), $(uname -sr)
- Compiler: $(${CC:-cc} --version | head -1); Release build (-O3)
- Load average before / after: ${load_before} / ${load_after} (other work on the machine skews the figures)
- Commands: \`scripts/bench.sh${args:+ $args}\`, which ran
${commands}
- MB = 10^6 bytes. Extraction is timed with the corpus already in memory;
  "memory" figures are a phase's high-water mark above the RSS at its start.

| Figure | Value | Unit | Note |
|---|---:|---|---|
EOF
awk -F'\t' '{
  v = $2 + 0
  if (v >= 1000) s = sprintf("%.0f", v); else if (v >= 10) s = sprintf("%.1f", v); else s = sprintf("%.3g", v)
  printf "| %s | %s | %s | %s |\n", $1, s, $3, $4
}' "$results"
