#!/usr/bin/env bash
# Chat-room fan-out of Yardmaster against its peers (ws, socket.io), same machine, same
# run, same load client (rooms-load.js), through the shared peer runner. Not part of ctest.
#   tests/bench/rooms.sh [run.sh options, e.g. --members 1000 --seconds 10]
# YARD_BENCH_DIR points at the peer runner (default: ../shared/bench beside the repository).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${YARD_BENCH_DIR:-$repo/../shared/bench}
[ -x "$bench/run.sh" ] || { echo "http.sh: no peer runner at $bench (set YARD_BENCH_DIR)" >&2; exit 2; }
"$repo/scripts/deps.sh" build
"$repo/scripts/build.sh" release
log_db=$(mktemp -u /tmp/yard-bench-XXXXXX.sqlite)
exec "$bench/run.sh" rooms \
  --yard "$repo/build/release/app/yardmaster serve $bench/bench.yard.json --port {port} --log-db $log_db" "$@"
