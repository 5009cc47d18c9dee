#!/usr/bin/env bash
# HTTP throughput of Yardmaster against its peers (Express, Fastify, nginx), same machine, same
# run, same load tool (wrk), through the shared peer runner. Not part of ctest.
#   tests/bench/http.sh [run.sh options, e.g. --cases hello --seconds 10]
# YARD_BENCH_DIR points at the peer runner (default: ../shared/bench beside the repository).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${YARD_BENCH_DIR:-$repo/../shared/bench}
[ -x "$bench/run.sh" ] || { echo "http.sh: no peer runner at $bench (set YARD_BENCH_DIR)" >&2; exit 2; }
"$repo/scripts/deps.sh" build
"$repo/scripts/build.sh" release
log_db=$(mktemp -u /tmp/yard-bench-XXXXXX.sqlite)
exec "$bench/run.sh" http \
  --yard "$repo/build/release/app/yardmaster serve $bench/bench.yard.json --port {port} --log-db $log_db" "$@"
