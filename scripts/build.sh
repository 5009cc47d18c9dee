#!/usr/bin/env bash
# Configures (once) and builds one CMake preset quietly; prints the compiler's output on failure.
#   scripts/build.sh dev|release|asan
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if [ ! -f "build/$preset/CMakeCache.txt" ]; then
  cmake --preset "$preset" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
cmake --build --preset "$preset" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
