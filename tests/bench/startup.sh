#!/usr/bin/env bash
# Time from `yardmaster serve` start to its "listening" line, and idle RSS after it, over 5 runs.
#   tests/bench/startup.sh [PROJECT]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
"$repo/scripts/build.sh" release
exe=$repo/build/release/app/yardmaster
project=${1:-$repo/resources/demo/demo.yard.json}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
printf '%-4s %14s %12s\n' run listening_ms idle_rss_kb
for run in 1 2 3 4 5; do
  : >"$out"
  start=$(date +%s%N)
  "$exe" serve "$project" --port 0 >"$out" &
  pid=$!
  for _ in $(seq 5000); do grep -q listening "$out" && break; sleep 0.001; done
  ready=$(date +%s%N)
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" || true
  printf '%-4s %14s %12s\n' "$run" "$(( (ready - start) / 1000000 ))" "$rss"
done
