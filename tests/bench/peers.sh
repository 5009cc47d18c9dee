#!/usr/bin/env bash
# Yardmaster against its peers, same machine, same run, same load tool, through the shared
# peer runner: http (Express, Fastify, nginx; wrk) or rooms (ws, socket.io). Not part of ctest.
#   tests/bench/peers.sh http|rooms [run.sh options, e.g. --cases hello --seconds 10]
# YARD_BENCH_DIR points at the peer runner (default: ../shared/bench beside the repository).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${YARD_BENCH_DIR:-$repo/../shared/bench}
[ -x "$bench/run.sh" ] || { echo "peers.sh: no peer runner at $bench (set YARD_BENCH_DIR)" >&2; exit 2; }
"$repo/scripts/deps.sh" build
"$repo/scripts/build.sh" release
log_db=$(mktemp -u /tmp/yard-bench-XXXXXX.sqlite)
mode=${1:?http or rooms}; shift
exec "$bench/run.sh" "$mode" \
  --yard "$repo/build/release/app/yardmaster serve $bench/bench.yard.json --port {port} --log-db $log_db" "$@"
