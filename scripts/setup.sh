#!/usr/bin/env bash
# setup.sh: installs the Debian 12 packages parley needs, in layers, and
# nothing when they are all there already (no apt-get, no root needed then).
#
# usage: scripts/setup.sh [--tests] [--bench] [--list]
#   (none)    the runtime layer: build parley, run it, run scripts/parley-eval
#             (scripts/build.sh uses this)
#   --tests   the runtime layer and the test layer: browsers, sanitizers,
#             fuzzers, valgrind, the Python and JavaScript readers the tests
#             load outputs with (scripts/test.sh uses this)
#   --bench   the runtime layer and what scripts/bench.sh measures with
#   --list    print the packages of the chosen layers, one a line; install nothing
#
# apt-get runs as root, or through sudo for another user, after apt-get
# update. When another package manager holds the package lock, setup.sh says
# which one and waits for it (at most PARLEY_APT_WAIT seconds, default 600)
# instead of failing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Each layer: package, then why (the comment is for the reader).
runtime=(
  build-essential cmake pkg-config   # compiler and build
  graphviz libgraphviz-dev           # cgraph and gvc: DOT and SVG
  libgvc6                            # Graphviz's cairo renderer (libgvplugin_pango): PNG and PDF
  libjansson-dev                     # JSON
  libxml2-dev                        # GraphML and GEXF writer
  libutf8proc-dev                    # Unicode case folding and categories in the text stage
  python3                            # scripts/parley-eval, scripts/baseline.py
)
tests=(
  chromium                           # the SVG diagrams opened in a headless browser
  python3-jsonschema                 # JSON validated against the JSON Graph Format schema
  python3-networkx                   # node-link JSON, GraphML and GEXF read by NetworkX
  libxml2-utils                      # xmllint: GraphML and GEXF parsed strictly
  iso-codes                          # the country gazetteer checked against ISO 3166
  valgrind                           # test.sh: the examples under memcheck
  groff-base man-db                  # docs/parley.1 rendered without a warning
  clang-14 libfuzzer-14-dev          # fuzz.sh: the fuzz targets with libFuzzer
  parallel                           # test_corpus.py: the GNU parallel recipe of docs/corpus.md
  python3-dask python3-distributed   # scripts/parley-dask and tests/e2e/test_dask.py
  nodejs npm                         # tests/js: Cytoscape.js and graphology read the outputs
)
bench=(
  time                               # /usr/bin/time -v: peak RSS of the parley command
)

want_tests=0 want_bench=0 list=0
for arg in "$@"; do
  case "$arg" in
    --tests) want_tests=1 ;;
    --bench) want_bench=1 ;;
    --list) list=1 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
  esac
done
packages=("${runtime[@]}")
[ "$want_tests" = 1 ] && packages+=("${tests[@]}")
[ "$want_bench" = 1 ] && packages+=("${bench[@]}")
if [ "$list" = 1 ]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

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

missing=()
for p in "${packages[@]}"; do
  case "$p" in
    # Checked as commands: a Node.js from elsewhere (NodeSource's bundles
    # npm, and conflicts with Debian's npm package) serves as well.
    nodejs) command -v node >/dev/null 2>&1 || missing+=(nodejs) ;;
    npm) command -v npm >/dev/null 2>&1 || missing+=(npm) ;;
    *) dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p") ;;
  esac
done

if [ "${#missing[@]}" -ne 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup.sh: missing packages (${missing[*]}), and not root and no sudo to install them" >&2
    exit 1
  fi

  wait_max=${PARLEY_APT_WAIT:-600}
  started=$SECONDS

  # The package managers running now, as "PID (command line)", one a line
  # (a zombie, finished but not yet reaped, holds no lock).
  package_managers() {
    local d comm state
    for d in /proc/[0-9]*; do
      comm=$(cat "$d/comm" 2>/dev/null) || continue
      case "$comm" in
        apt|apt-get|aptitude|dpkg|unattended-upgr*|packagekitd)
          state=$(sed 's/.*) \(.\).*/\1/' "$d/stat" 2>/dev/null) || continue
          [ "$state" = Z ] && continue
          printf '%s (%s)\n' "${d#/proc/}" "$(tr '\0' ' ' < "$d/cmdline" 2>/dev/null | sed 's/ $//')" ;;
      esac
    done
  }

  # Waits while another package manager runs, saying which, every 30 s.
  wait_for_others() {
    local holders said=-30
    while holders=$(package_managers) && [ -n "$holders" ]; do
      if [ $((SECONDS - started)) -ge "$wait_max" ]; then
        echo "setup.sh: the package lock is still held after ${wait_max} s by: ${holders//$'\n'/, }" >&2
        return 1
      fi
      if [ $((SECONDS - said)) -ge 30 ]; then
        echo "setup.sh: waiting for another package manager to finish: ${holders//$'\n'/, }" \
             "(waited $((SECONDS - started)) s of at most ${wait_max} s)" >&2
        said=$SECONDS
      fi
      sleep 1
    done
  }

  # apt-get ARGS...: after the others are done; dpkg's own lock wait covers
  # a manager that starts in between. apt-get update does not wait for the
  # lock of the package lists, so a "Could not get lock" there is retried.
  apt() {
    local err rc
    err=$(mktemp)
    while :; do
      wait_for_others || { rm -f "$err"; return 1; }
      rc=0
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout="$wait_max" "$@" 2>"$err" || rc=$?
      cat "$err" >&2
      if [ "$rc" -ne 0 ] && grep -q 'Could not get lock' "$err" &&
         [ $((SECONDS - started)) -lt "$wait_max" ]; then
        echo "setup.sh: waiting for the package lock ($(grep -m1 -o 'Could not get lock.*' "$err"))" >&2
        sleep 5
        continue
      fi
      rm -f "$err"
      return "$rc"
    done
  }

  echo "setup.sh: installing ${missing[*]}" >&2
  apt update
  apt install -y --no-install-recommends "${missing[@]}"
fi
if [ "$want_tests" = 1 ]; then
  install_js
fi
