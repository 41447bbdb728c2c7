#!/usr/bin/env bash
# setup.sh: installs what parley needs to build and test on Debian 12, and
# nothing when it is all there already (no apt-get, no root needed then).
# Runs apt-get as root, or through sudo for another user; then npm ci for
# the JavaScript test readers in tests/js when they are missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config   # compiler and build
  graphviz libgraphviz-dev           # cgraph and gvc: DOT and SVG
  libjansson-dev                     # JSON
  libxml2-dev                        # tests read SVG back with an XML parser
  python3 python3-jsonschema         # end-to-end tests, JSON Graph Format schema
  python3-networkx                   # tests read GraphML and GEXF back with NetworkX
  nodejs                             # tests read them with graphology (tests/js)
  iso-codes                          # ISO 3166 country data
  valgrind                           # test.sh: the examples under memcheck
  groff-base man-db                  # tests render docs/parley.1 (groff -ww, man -l)
  clang-14 libfuzzer-14-dev          # fuzz.sh: the fuzz targets with libFuzzer
  parallel                           # test_corpus.py: the README's GNU parallel recipe
  time                               # bench.sh: /usr/bin/time -v (peak RSS of the parley command)
)

# The JavaScript readers the end-to-end tests use (tests/js), installed
# with npm from its package-lock.json when missing or older than the lock.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
js_packages() {
  local js=$root/tests/js
  if [ -f "$js/package-lock.json" ] &&
     { [ ! -f "$js/node_modules/.package-lock.json" ] ||
       [ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]; }; then
    echo "setup.sh: npm ci --prefix tests/js" >&2
    npm ci --prefix "$js" --no-audit --no-fund >&2
  fi
}

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done
# npm comes with Debian's npm package, or inside NodeSource's nodejs.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(npm)
fi
if [ "${#missing[@]}" -eq 0 ]; then
  js_packages
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "setup.sh: missing packages (${missing[*]}), and not root and no sudo to install them" >&2
  exit 1
fi

echo "setup.sh: installing ${missing[*]}" >&2
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"
js_packages
