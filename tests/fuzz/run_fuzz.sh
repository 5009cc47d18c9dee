#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs the HTTP parser's for a while.
#   tests/fuzz/run_fuzz.sh [SECONDS]        (default 60)
# Exits non-zero when the fuzzer finds a crash (the input is kept in build/fuzz/artifacts/; turn
# it into a row of tests/unit/http/tst_requestparser.cpp). Skips, exiting 0, without clang or
# its libFuzzer runtime (Debian: clang, libclang-rt-<version>-dev).
set -euo pipefail

seconds=${1:-60}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$root/build/fuzz"

if ! command -v clang >/dev/null 2>&1 || ! command -v clang++ >/dev/null 2>&1; then
  echo "run_fuzz.sh: clang is not installed; skipping the fuzz run"
  exit 0
fi
probe=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$probe" "$work"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n' \
  >"$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null; then
  echo "run_fuzz.sh: clang cannot link -fsanitize=fuzzer (libclang-rt missing?); skipping"
  exit 0
fi

# The whole tree is configured (the top-level CMakeLists needs it) but only the fuzz target built.
CC=clang CXX=clang++ cmake -G Ninja -S "$root" -B "$build" -DYARD_FUZZ=ON -DYARD_BUILD_TESTS=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target fuzz_http_parser >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }

# libFuzzer adds what it finds to the corpus directory: work on a copy, keep the seeds clean.
mkdir -p "$work/corpus" "$build/artifacts"
cp "$root"/tests/fuzz/corpus/http/* "$work/corpus/"

status=0
"$build/tests/fuzz/fuzz_http_parser" -max_total_time="$seconds" -max_len=4096 \
  -print_final_stats=1 -artifact_prefix="$build/artifacts/" "$work/corpus" >"$build/fuzz.log" 2>&1 \
  || status=$?
if [ "$status" -ne 0 ]; then
  tail -n 60 "$build/fuzz.log" >&2
  echo "run_fuzz.sh: the fuzzer failed (exit $status); crashing input in $build/artifacts/" >&2
  exit "$status"
fi
echo "run_fuzz.sh: no crash in ${seconds}s ($(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz.log") inputs)"
