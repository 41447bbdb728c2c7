#!/usr/bin/env bash
# check_identical.sh: guards speed work against output changes. "save" runs a
# parley binary over every example, both development sets, the seed articles
# and a ~5 MB slice of the generated bench corpus (each file alone, and each
# set's files all at once) and keeps the JSON, DOT, standard error and exit
# status; "check" runs another binary the same way and compares byte for byte.
# Also seeded random texts (bench/check_identical.sh holds the generator).
#
# usage: bench/check_identical.sh save  PARLEY [REFDIR]
#        bench/check_identical.sh check PARLEY [REFDIR]
#   PARLEY  the parley executable to run (e.g. build/parley)
#   REFDIR  where the reference lives (default build/identical-ref); "save"
#           also copies the bench slice there, so later checks read the same
#           bytes under the same names
# Run it from the repository root. Exit 0 when identical, 1 on a difference.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode="${1:-}" parley="${2:-}" ref="${3:-build/identical-ref}"
if [ "$mode" != save ] && [ "$mode" != check ] || [ -z "$parley" ]; then
  sed -n '9,15p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
parley="$(cd "$(dirname "$parley")" && pwd)/$(basename "$parley")"

slice_mb=5      # the bench slice, all files at once
slice_single=300 # and its first files one at a time

if [ "$mode" = save ]; then
  rm -rf "$ref"
  mkdir -p "$ref/inputs/bench"
  gen=build-bench/bench/gen_corpus
  if [ ! -x "$gen" ]; then
    cmake -S . -B build-bench -DPARLEY_BENCH=ON -DPARLEY_TESTS=OFF \
      -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build-bench -j2 --target gen_corpus >/dev/null
  fi
  "$gen" -m "$slice_mb" -o "$ref/corpus" >/dev/null
  cp "$ref"/corpus/txt/*.txt "$ref/inputs/bench/"
  rm -rf "$ref/corpus"
  # Random texts from the pieces the tokenizer and the rules care about
  # (dotted capitals, hyphens, apostrophes, digit groups, accents, other
  # scripts, long words, blank lines, some corrupted bytes); seeded.
  mkdir -p "$ref/inputs/random"
  /usr/bin/python3 - "$ref/inputs/random" <<'PY'
import random, sys
random.seed(7)
pieces = ["Wang Yi", "met", "U.S.", "U.N.", "Secretary", "Blinken", "talks", "in", "Beijing",
          "on", "Monday", ",", ".", "'s", "d'Ivoire", "C\u00f4te", "US-backed", "al-Sisi", "1,000",
          "3.5", "\u2014", "\u2019s", "\u201c", "\u201d", "Stra\u00dfe", "\u00dfx", "\u00dcnal",
          "\u00c9LYS\u00c9E", "NATO", "E.U.", "A.", "Jr.", "President", "Joe", "Biden", "visit",
          "Moscow", "summit", "-", "'", "x" * 9, "ABCDEFGHIJ", "abcdefghijklmnop", "Mixed1Case2",
          "\n\n", "\n", "  ", "\t", "Zelensky", "Kyiv", "phone", "call", "with", "Erdo\u011fan",
          "Ankara", "!", "?", "(", ")", "\u00e9", "\u00a0", "\u2026", "a", "I", "Q.",
          "Foreign Minister", "Sergey Lavrov", "Russia", "said", "would", "meet", "next week", "@",
          "#", "[", "]", "{", "}", "\u01c5", "\u0130stanbul", "x\u0301"]
for n in range(150):
    parts = []
    for _ in range(random.randint(1, 400)):
        parts.append(random.choice(pieces))
        parts.append(random.choice([" ", " ", " ", "", "\n", ", "]))
    txt = "".join(parts)
    if random.random() < 0.5:
        txt = " date 2024-03-0%d\n" % random.randint(1, 9) + txt
    b = txt.encode()
    if random.random() < 0.2:
        b = bytearray(b)
        for _ in range(3):
            if b:
                b[random.randrange(len(b))] = random.randrange(256)
        b = bytes(b)
    open("%s/r%03d.txt" % (sys.argv[1], n), "wb").write(b)
PY
  out="$ref/out"
else
  [ -d "$ref/out" ] || { echo "check_identical: no reference in $ref (run save first)" >&2; exit 2; }
  out="$(mktemp -d "${TMPDIR:-/tmp}/check_identical.XXXXXX")"
  trap 'rm -rf "$out" "$out.diff"' EXIT
fi

# run DIR NAME FILE...: one parley run, JSON and DOT into DIR/NAME.*, its
# standard error and exit status next to them.
run() {
  local dir="$1" name="$2"
  shift 2
  mkdir -p "$dir"
  local rc=0
  "$parley" -q -f dot,json -o "$dir" --name "$name" "$@" 2>"$dir/$name.stderr" || rc=$?
  echo "$rc" >"$dir/$name.rc"
}

# set NAME FILE...: each file alone, then all together.
set_run() {
  local name="$1"
  shift
  for f in "$@"; do
    run "$out/$name/single" "$(basename "$f" .txt)" "$f"
  done
  run "$out/$name" all "$@"
}

set_run examples examples/*.txt
set_run devset tests/devset/texts/*.txt
set_run devset2 tests/devset2/texts/*.txt
# Seed articles kept outside the project: only when SEEDS_DIR names them.
if [ -n "${SEEDS_DIR:-}" ]; then
  set_run seeds "$SEEDS_DIR"/*.txt
fi
set_run random "$ref"/inputs/random/*.txt
mapfile -t bench < <(ls "$ref"/inputs/bench/*.txt)
run "$out/bench" all "${bench[@]}"
for f in "${bench[@]:0:$slice_single}"; do
  run "$out/bench/single" "$(basename "$f" .txt)" "$f"
done

if [ "$mode" = save ]; then
  echo "check_identical: reference saved in $ref ($(find "$ref/out" -type f | wc -l) files)"
  exit 0
fi
if diff -r -q "$ref/out" "$out" >"$out.diff" 2>&1; then
  echo "check_identical: identical ($(find "$out" -type f | wc -l) files)"
else
  head -20 "$out.diff" >&2
  echo "check_identical: OUTPUT DIFFERS from $ref ($(wc -l <"$out.diff") files)" >&2
  rm -f "$out.diff"
  exit 1
fi
