#!/usr/bin/env bash
# fuzz.sh: builds the fuzz targets (tests/fuzz) with clang, libFuzzer,
# AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz/, then runs
# each for FUZZ_SECONDS (default 20) seconds, starting from its saved corpus
# tests/fuzz/corpus/TARGET/. Inputs that reach new code are kept in
# build-fuzz/corpus/TARGET/ (not in the source tree); a crash, leak, hang
# (over 10 s for one input) or broken invariant stops that target and is
# saved as build-fuzz/crashes/TARGET/crash-* (or leak-*, timeout-*). The exit
# status is non-zero when any target failed.
#
#   scripts/fuzz.sh                        # every target, 20 s each
#   FUZZ_SECONDS=3600 scripts/fuzz.sh fuzz_extract
#   scripts/fuzz.sh --available            # exit 0 when clang and libFuzzer work
#
# FUZZ_CC picks the compiler (default clang-14, else clang); FUZZ_JOBS runs
# that many fuzzing processes per target (libFuzzer's -jobs/-workers).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cc=${FUZZ_CC:-}
if [ -z "$cc" ]; then
  cc=clang-14
  command -v "$cc" >/dev/null 2>&1 || cc=clang
fi

# Can $cc build and link a libFuzzer program? (clang alone is not enough:
# libFuzzer's runtime comes with libclang-rt-14-dev / libfuzzer-14-dev.)
available() {
  command -v "$cc" >/dev/null 2>&1 || return 1
  local tmp
  tmp=$(mktemp -d) || return 1
  printf '%s\n' '#include <stddef.h>' '#include <stdint.h>' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);' \
    'int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }' \
    > "$tmp/probe.c"
  "$cc" -fsanitize=fuzzer,address "$tmp/probe.c" -o "$tmp/probe" >/dev/null 2>&1
  local rc=$?
  rm -rf "$tmp"
  return $rc
}

if [ "${1:-}" = "--available" ]; then
  available
  exit $?
fi
if ! available; then
  echo "fuzz.sh: $cc with libFuzzer not found (scripts/setup.sh --tests installs clang-14 and libfuzzer-14-dev)" >&2
  exit 1
fi

seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-1}
dir=build-fuzz
all=(fuzz_extract fuzz_json fuzz_dot fuzz_svg fuzz_xml fuzz_merge)
targets=("$@")
[ "${#targets[@]}" -eq 0 ] && targets=("${all[@]}")

# -O1: libFuzzer's own advice, fast enough to explore and still debuggable.
# Debug keeps the graph model's invariant asserts on.
if ! CC=$cc cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_FLAGS_DEBUG="-g -O1" \
     -DPARLEY_FUZZ=ON -DPARLEY_WERROR=ON >/dev/null ||
   ! cmake --build "$dir" -j "$(nproc)" --target "${targets[@]}"; then
  echo "fuzz.sh: build failed" >&2
  exit 1
fi

# Graphviz's and fontconfig's own leaks are suppressed (tests/lsan.supp, and
# the programs' built-in list, src/cli/lsan.c); parley's are not.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for t in "${targets[@]}"; do
  corpus=$dir/corpus/$t
  crashes=$dir/crashes/$t
  mkdir -p "$corpus" "$crashes"
  extra=()
  [ -f "tests/fuzz/$t.dict" ] && extra+=(-dict="$PWD/tests/fuzz/$t.dict")
  # Several processes only when asked: libFuzzer then logs to fuzz-N.log in
  # its working directory, so it runs in build-fuzz/, not in the sources.
  [ "$jobs" -gt 1 ] && extra+=(-jobs="$jobs" -workers="$jobs")
  echo "=== $t: $seconds s" >&2
  # New inputs go to the first directory; the saved corpus is only read.
  root=$PWD
  if ! (cd "$dir" && exec "tests/fuzz/$t" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2560 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$root/$crashes/" "${extra[@]}" \
       "$root/$corpus" "$root/tests/fuzz/corpus/$t") \
       > "$dir/$t.log" 2>&1; then
    failed+=("$t")
    tail -n 40 "$dir/$t.log" >&2
    echo "fuzz.sh: $t failed; input saved in $crashes/ (log: $dir/$t.log)" >&2
  else
    grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$dir/$t.log" | tail -n 2 >&2
  fi
done

if [ "${#failed[@]}" -ne 0 ]; then
  echo "fuzz.sh: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${targets[*]}: no failure in $seconds s each" >&2
