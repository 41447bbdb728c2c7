#!/usr/bin/env bash
# realnews-score.sh: scores parley and the baseline (scripts/baseline.py) on
# the real-news set, per split (dev, test, and all), and prints the rows of
# the table "Quality on real news" in docs/quality.md.
#
# usage: scripts/realnews-score.sh [--present] [SET_DIR]   (default tests/realnews)
#
# SET_DIR holds gold/<id>.json, texts/<id>.txt (git-ignored: its README says
# how to rebuild them) and split.tsv (id, dev or test). Needs build/parley
# (scripts/build.sh). Exit 1 when texts are missing or a run fails; with
# --present, the articles whose text is missing are left out of every row
# and a line before the table says how many.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

present=0
if [ "${1:-}" = --present ]; then
  present=1
  shift
fi
set_dir=${1:-tests/realnews}
for need in "$set_dir/gold" "$set_dir/split.tsv"; do
  if [ ! -e "$need" ]; then
    echo "realnews-score.sh: $need: not found" >&2
    exit 1
  fi
done
set_dir=$(cd "$set_dir" && pwd)
if [ ! -x build/parley ]; then
  echo "realnews-score.sh: build/parley not found; run scripts/build.sh first" >&2
  exit 1
fi
missing=0
for g in "$set_dir"/gold/*.json; do
  id=$(basename "$g" .json)
  [ -f "$set_dir/texts/$id.txt" ] || missing=$((missing + 1))
done
if [ "$missing" -ne 0 ] && [ "$present" -eq 0 ]; then
  echo "realnews-score.sh: $missing texts missing in $set_dir/texts; rebuild them as" \
       "$set_dir/README.md says" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One gold folder per split, of links to the gold files.
for split in dev test all; do
  mkdir -p "$tmp/$split"
done
while IFS=$'\t' read -r id split _; do
  case "$id" in '#'*|'') continue ;; esac
  if [ ! -f "$set_dir/gold/$id.json" ]; then
    echo "realnews-score.sh: $set_dir/split.tsv: $id has no gold file" >&2
    exit 1
  fi
  [ -f "$set_dir/texts/$id.txt" ] || continue # only with --present
  ln -s "$set_dir/gold/$id.json" "$tmp/$split/$id.json"
  ln -s "$set_dir/gold/$id.json" "$tmp/all/$id.json"
done < "$set_dir/split.tsv"
if [ "$missing" -ne 0 ]; then
  echo "Left out for want of their text: $missing articles" \
       "(dev $(( $(grep -c '	dev$' "$set_dir/split.tsv") - $(ls "$tmp/dev" | wc -l) )), test" \
       "$(( $(grep -c '	test$' "$set_dir/split.tsv") - $(ls "$tmp/test" | wc -l) )))."
  echo
fi

echo "| set | articles | countries F1 | officials F1 | affiliation | dyads P / R / F1 |" \
     "dyads, mean per article | meetings P / R | location | date | status |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for split in dev test all; do
  scripts/parley-eval "$tmp/$split" "$set_dir/texts" \
    --run 'build/parley -q --format json --output - {in}' --row "parley, $split"
  scripts/parley-eval "$tmp/$split" "$set_dir/texts" \
    --run 'scripts/baseline.py {in}' --row "baseline, $split"
done
