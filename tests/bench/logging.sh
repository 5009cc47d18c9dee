#!/usr/bin/env bash
# Cost of the request log on /api/hello: the same server with logging on and off, same run, and
# whether the log holds exactly one row per request wrk completed. Not part of ctest.
#   tests/bench/logging.sh [SECONDS] [--unpinned] [--rounds N]
# Pinned (default): server on CPU 1, wrk on CPU 0, so the log's threads share the server's core.
# Rounds alternate which half runs first (the machine drifts within a round), and each prints
# its cost; the last line is the median cost over the rounds.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
bench=${YARD_BENCH_DIR:-$repo/../shared/bench}
seconds=8
rounds=1
srv=(taskset -c 1); load=(taskset -c 0)
while [ $# -gt 0 ]; do
  case $1 in
    --unpinned) srv=(); load=() ;;
    --rounds) rounds=$2; shift ;;
    *) seconds=$1 ;;
  esac
  shift
done
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
# CPU seconds (user + system) of the server's thread named $2, now.
thread_cpu() {
  local pid=$1 name=$2 total=0 t
  for t in /proc/"$pid"/task/*; do
    [ "$(cat "$t/comm" 2>/dev/null)" = "$name" ] || continue
    total=$(awk -v tck="$(getconf CLK_TCK)" -v acc="$total" '{ sub(/^.*\) /, ""); print acc + ($12 + $13) / tck }' "$t/stat")
  done
  echo "$total"
}
run() { # name project -> prints req/s, requests, rows, drops, the log threads' CPU, exit time
  local name=$1 project=$2 db=$work/$1.sqlite
  rm -rf "$db" "$db-wal" "$db-shm" "$db-spool" # each run starts with an empty log
  "${srv[@]}" "$exe" serve "$project" --port "$port" --log-db "$db" >/dev/null &
  local pid=$!
  for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break; sleep 0.05; done
  local out; out=$("${load[@]}" wrk -t1 -c64 -d"${seconds}s" "http://127.0.0.1:$port/api/hello")
  # What the log cost the server's core during the load: its two threads' CPU when wrk stops.
  local writer spool; writer=$(thread_cpu "$pid" yard-log-writer); spool=$(thread_cpu "$pid" yard-log-spool)
  # A graceful stop writes what is still spooled: how long it takes.
  local stop; stop=$(date +%s.%N)
  kill -TERM "$pid"; wait "$pid" || true
  local exit_s; exit_s=$(awk -v a="$stop" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  local rps requests rows drops
  rps=$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  rows=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from requests").fetchone()[0])' "$db" 2>/dev/null || echo 0)
  drops=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select coalesce(sum(count), 0) from drops").fetchone()[0])' "$db" 2>/dev/null || echo 0)
  printf '%-8s %10s %10s %10s %8s %9s %9s %7s\n' "$name" "$rps" "$requests" "$rows" "$drops" \
    "$writer" "$spool" "$exit_s"
}
printf '%-8s %10s %10s %10s %8s %9s %9s %7s\n' logging req_per_s requests log_rows drops \
  writer_s spool_s exit_s
costs=()
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then
    on=$(run on "$bench/bench.yard.json"); off=$(run off "$work/nolog.yard.json")
    printf '%s\n%s\n' "$on" "$off"
  else
    off=$(run off "$work/nolog.yard.json"); on=$(run on "$bench/bench.yard.json")
    printf '%s\n%s\n' "$off" "$on"
  fi
  cost=$(awk -v a="$(awk '{print $2}' <<<"$on")" -v b="$(awk '{print $2}' <<<"$off")" \
    'BEGIN { printf "%+.1f", 100 * (a - b) / b }')
  costs+=("$cost")
  echo "round $round: cost $cost %"
done
printf '%s\n' "${costs[@]}" | sort -g | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "median cost over %d rounds: %+.1f %%\n", NR, m }'
