#!/usr/bin/env bash
# setup.sh: installs what parley needs to build and test on Debian 12, and
# nothing when it is all there already (no apt-get, no root needed then).
# Runs apt-get as root, or through sudo for another user. Then the
# JavaScript libraries the tests load outputs in (tests/js) with npm ci.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# tests/js/node_modules as tests/js/package-lock.json pins it; again only
# when the lock file changed since the last install (a copy is kept beside).
install_js() {
  local js="$root/tests/js"
  if cmp -s "$js/package-lock.json" "$js/node_modules/.parley-installed-lock"; then
    return 0
  fi
  echo "setup.sh: npm ci in tests/js" >&2
  npm ci --prefix "$js" --no-audit --no-fund >&2
  cp "$js/package-lock.json" "$js/node_modules/.parley-installed-lock"
}

packages=(
  build-essential cmake pkg-config   # compiler and build
  graphviz libgraphviz-dev           # cgraph and gvc: DOT and SVG
  libgvc6                            # its cairo renderer (libgvplugin_pango): PNG and PDF
  libjansson-dev                     # JSON
  libxml2-dev                        # tests read SVG back with an XML parser
  chromium                           # tests open the SVG diagrams in a headless browser
  python3 python3-jsonschema         # end-to-end tests, JSON Graph Format schema
  python3-networkx                   # tests read node-link JSON, GraphML and GEXF with NetworkX
  iso-codes                          # ISO 3166 country data
  valgrind                           # test.sh: the examples under memcheck
  groff-base man-db                  # tests render docs/parley.1 (groff -ww, man -l)
  clang-14 libfuzzer-14-dev          # fuzz.sh: the fuzz targets with libFuzzer
  parallel                           # test_corpus.py: the README's GNU parallel recipe
  python3-dask python3-distributed   # scripts/parley-dask and tests/e2e/test_dask.py
  time                               # bench.sh: /usr/bin/time -v (peak RSS of the parley command)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done
# Node.js and npm run the JavaScript test clients (tests/js). Checked as
# commands: a Node.js from elsewhere (NodeSource's bundles npm, and conflicts
# with Debian's npm package) serves as well.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -eq 0 ]; then
  install_js
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
install_js
