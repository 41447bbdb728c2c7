#!/usr/bin/env bash
# run-examples.sh: runs build/parley over the bundled articles: each
# examples/NAME.txt gives output/NAME.{dot,svg,json}, and all of them
# together give output/graph.{dot,svg,json}. Build first (scripts/build.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

parley=build/parley
if [ ! -x "$parley" ]; then
  echo "run-examples.sh: $parley not found; run scripts/build.sh first" >&2
  exit 1
fi

shopt -s nullglob
articles=(examples/*.txt)
if [ "${#articles[@]}" -eq 0 ]; then
  echo "run-examples.sh: no examples/*.txt to run" >&2
  exit 0
fi

for article in "${articles[@]}"; do
  "$parley" --output output "$article"
  echo "output/$(basename "${article%.*}").{dot,svg,json}"
done
"$parley" --output output --name graph "${articles[@]}"
echo "output/graph.{dot,svg,json}"
