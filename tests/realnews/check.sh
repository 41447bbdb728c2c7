#!/usr/bin/env bash
# check.sh [DIR]: checks that DIR (default: texts/ beside this script) holds
# the text of every article in manifest.tsv, byte for byte (sha256).
# The texts are third-party and are not committed; README.md says how to
# rebuild them. Exit 0 when all match, 1 otherwise.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir=${1:-$here/texts}
bad=0 n=0
while IFS=$'\t' read -r id url query sum; do
  [ "$id" = id ] && continue
  n=$((n + 1))
  f=$dir/$id.txt
  if [ ! -f "$f" ]; then
    echo "missing $id ($url)"
    bad=$((bad + 1))
  elif [ "$(sha256sum < "$f" | cut -d' ' -f1)" != "$sum" ]; then
    echo "differs $id ($url)"
    bad=$((bad + 1))
  fi
done < "$here/manifest.tsv"
if [ "$bad" -eq 0 ]; then
  echo "all $n texts match"
else
  echo "$bad of $n texts missing or different: rebuild them as $here/README.md says"
  exit 1
fi
