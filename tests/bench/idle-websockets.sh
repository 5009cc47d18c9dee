#!/usr/bin/env bash
# Memory per idle WebSocket connection: RSS of `yardmaster serve` before and after N clients
# (node, the peer runner's `ws` package) connect to /chat and stay idle. Not part of ctest.
#   tests/bench/idle-websockets.sh [N]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
export YARD_BENCH_DIR=${YARD_BENCH_DIR:-$repo/../shared/bench}
count=${1:-10000}
[ -d "$YARD_BENCH_DIR/node_modules/ws" ] || (cd "$YARD_BENCH_DIR" && npm install --no-audit --no-fund --silent)
"$repo/scripts/build.sh" release
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
work=$(mktemp -d)
"$repo/build/release/app/yardmaster" serve "$YARD_BENCH_DIR/bench.yard.json" --port "$port" \
  --log-db "$work/log.sqlite" >/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; pkill -f idle-websockets.js; rm -rf "$work"' EXIT
sleep 0.5
before=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
node "$repo/tests/bench/idle-websockets.js" "$port" "$count" >"$work/clients.out" &
for _ in $(seq 60); do sleep 1; grep -q open= "$work/clients.out" && break; done
sleep 2
after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "$(cat "$work/clients.out") rss_before_kib=$before rss_after_kib=$after bytes_per_connection=$(( (after - before) * 1024 / count ))"
