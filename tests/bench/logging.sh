#!/usr/bin/env bash
# Cost of the request log on /api/hello: the same server with logging on and off, same run, and
# whether the log holds exactly one row per request wrk completed. Not part of ctest.
#   tests/bench/logging.sh [SECONDS] [--unpinned]
# Pinned (default): server on CPU 1, wrk on CPU 0, so the log writer shares the server's core.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${YARD_BENCH_DIR:-$repo/../shared/bench}
seconds=${1:-8}
srv=(taskset -c 1); load=(taskset -c 0)
if [ "${2:-}" = --unpinned ]; then srv=(); load=(); fi
"$repo/scripts/deps.sh" build
"$repo/scripts/build.sh" release
command -v wrk >/dev/null || { echo "logging.sh: install wrk" >&2; exit 2; }
exe=$repo/build/release/app/yardmaster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bench project with logging switched off; its static root made absolute.
python3 - "$bench/bench.yard.json" "$work/nolog.yard.json" "$bench/www" <<'PY'
import json, sys
project = json.load(open(sys.argv[1]))
for server in project["servers"]:
    server["log"] = {"enabled": False}
    for route in server["routes"]:
        if route.get("action") == "static":
            route["root"] = sys.argv[3]
json.dump(project, open(sys.argv[2], "w"))
PY
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
run() { # name project -> prints req/s, requests, rows, drops
  local name=$1 project=$2 db=$work/$1.sqlite
  "${srv[@]}" "$exe" serve "$project" --port "$port" --log-db "$db" >/dev/null &
  local pid=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.05; done
  local out; out=$("${load[@]}" wrk -t1 -c64 -d"${seconds}s" "http://127.0.0.1:$port/api/hello")
  kill -TERM "$pid"; wait "$pid" || true
  local rps requests rows drops
  rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  rows=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from requests").fetchone()[0])' "$db" 2>/dev/null || echo 0)
  drops=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select coalesce(sum(count), 0) from drops").fetchone()[0])' "$db" 2>/dev/null || echo 0)
  printf '%-8s %10s %10s %10s %8s\n' "$name" "$rps" "$requests" "$rows" "$drops"
}
printf '%-8s %10s %10s %10s %8s\n' logging req_per_s requests log_rows drops
run on "$bench/bench.yard.json"
run off "$work/nolog.yard.json"
