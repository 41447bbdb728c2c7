#!/usr/bin/env bash
# test.sh: installs what is missing (setup.sh --tests), then builds and runs the
# whole test suite twice: a normal build in build/, and an AddressSanitizer +
# UndefinedBehaviorSanitizer build in build-asan/. Then the examples run
# under valgrind memcheck (when installed), and each fuzz target for a short
# while (FUZZ_SECONDS, default 10; when clang and libFuzzer are there). All
# steps always run; the exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh --tests || exit 1

jobs=$(nproc)
failed=()

# suite NAME DIR CMAKE_ARGS...: configure, build and ctest one build tree.
suite() {
  local name=$1 dir=$2
  shift 2
  echo "=== $name: $dir" >&2
  if ! cmake -S . -B "$dir" -DPARLEY_WERROR=ON "$@"; then
    failed+=("$name (configure)")
    return
  fi
  if ! cmake --build "$dir" -j "$jobs"; then
    failed+=("$name (build)")
    return
  fi
  if ! ctest --test-dir "$dir" --output-on-failure -j "$jobs"; then
    failed+=("$name (tests)")
  fi
}

suite normal build -DCMAKE_BUILD_TYPE=RelWithDebInfo
normal_built=$([ -x build/parley ] && echo 1 || echo 0)

# The examples, one by one and all together, in every format, under
# valgrind memcheck with the normal build: no error, no definite leak.
# Leaks inside Graphviz and fontconfig are suppressed (tests/valgrind.supp
# says which and why). The SVG layout's child process is checked too
# (valgrind follows fork), and an error there fails the SVG, so the run.
valgrind_examples() {
  if ! command -v valgrind >/dev/null 2>&1; then
    echo "=== valgrind: not installed, skipped" >&2
    return
  fi
  if [ "$normal_built" != 1 ]; then
    failed+=("valgrind (no build/parley)")
    return
  fi
  echo "=== valgrind: examples/*.txt with build/parley" >&2
  local tmp ok=1
  tmp=$(mktemp -d)
  local vg=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=1
            --num-callers=50 --suppressions=tests/valgrind.supp)
  local runs=()
  for article in examples/*.txt; do
    runs+=("$article")
  done
  runs+=("ALL")
  for what in "${runs[@]}"; do
    local args=("$what")
    [ "$what" = ALL ] && args=(--name all examples/*.txt)
    if ! "${vg[@]}" build/parley -o "$tmp" -f dot,svg,json,graphml,gexf,csv,html "${args[@]}" \
         > "$tmp/log" 2>&1; then
      ok=0
      echo "valgrind: build/parley ${args[*]} failed:" >&2
      cat "$tmp/log" >&2
    fi
  done
  rm -rf "$tmp"
  [ "$ok" = 1 ] || failed+=("valgrind")
}
valgrind_examples
# Any sanitizer report fails the run: -fno-sanitize-recover=all makes UBSan
# fatal, ASan is, and LeakSanitizer makes the process exit non-zero. Leaks
# inside Graphviz and fontconfig are suppressed (tests/lsan.supp says which
# and why); the slow unwinder gives the full stacks those entries match.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0:strict_string_checks=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
suite sanitize build-asan -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON

# Each fuzz target for a short time on its saved corpus (scripts/fuzz.sh,
# build-fuzz/), with its own sanitizer options.
if scripts/fuzz.sh --available; then
  echo "=== fuzz: build-fuzz, ${FUZZ_SECONDS:-10} s per target" >&2
  if ! env -u ASAN_OPTIONS -u LSAN_OPTIONS -u UBSAN_OPTIONS FUZZ_SECONDS="${FUZZ_SECONDS:-10}" \
       scripts/fuzz.sh; then
    failed+=("fuzz")
  fi
else
  echo "=== fuzz: clang with libFuzzer not available, skipped" >&2
fi

if [ "${#failed[@]}" -ne 0 ]; then
  printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "test.sh: all passed (build, build-asan, valgrind, fuzz where available)" >&2
