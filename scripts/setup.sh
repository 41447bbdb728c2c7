#!/usr/bin/env bash
# setup.sh: installs what parley needs to build and test on Debian 12, and
# nothing when it is all there already (no apt-get, no root needed then).
# Runs apt-get as root, or through sudo for another user.
set -euo pipefail

packages=(
  build-essential cmake pkg-config   # compiler and build
  graphviz libgraphviz-dev           # cgraph and gvc: DOT and SVG
  libgvc6                            # its cairo renderer (libgvplugin_pango): PNG and PDF
  libjansson-dev                     # JSON
  libxml2-dev                        # tests read SVG back with an XML parser
  chromium                           # tests open the SVG diagrams in a headless browser
  python3 python3-jsonschema         # end-to-end tests, JSON Graph Format schema
  iso-codes                          # ISO 3166 country data
  valgrind                           # test.sh: the examples under memcheck
  clang-14 libfuzzer-14-dev          # fuzz.sh: the fuzz targets with libFuzzer
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done
if [ "${#missing[@]}" -eq 0 ]; then
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
