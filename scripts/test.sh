#!/usr/bin/env bash
# test.sh: installs what is missing (setup.sh), then builds and runs the
# whole test suite twice: a normal build in build/, and an AddressSanitizer +
# UndefinedBehaviorSanitizer build in build-asan/. Both always run; the exit
# status is non-zero when anything failed in either.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh || exit 1

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
# Any sanitizer report fails the run: -fno-sanitize-recover=all makes UBSan
# fatal, ASan is, and LeakSanitizer makes the process exit non-zero. Leaks
# inside Graphviz and fontconfig are suppressed (tests/lsan.supp says which
# and why); the slow unwinder gives the full stacks those entries match.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:fast_unwind_on_malloc=0:strict_string_checks=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
suite sanitize build-asan -DCMAKE_BUILD_TYPE=Debug -DPARLEY_SANITIZE=ON

if [ "${#failed[@]}" -ne 0 ]; then
  printf 'test.sh: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
echo "test.sh: all passed (build, build-asan)" >&2
