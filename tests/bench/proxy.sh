#!/usr/bin/env bash
# The proxy action against nginx's proxy_pass, same run, same upstream: /api/hello answered by
# an upstream nginx, fetched through each proxy with wrk. Not part of ctest.
#   tests/bench/proxy.sh [SECONDS]
# Layout on 2 cores: the proxy under test alone on CPU 1; wrk and the upstream share CPU 0, the
# same for every proxy. Each proxy gets one worker. Request logs off on both sides first, then on.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-8}
"$repo/scripts/deps.sh" build
"$repo/scripts/build.sh" release
for tool in wrk nginx taskset; do
  command -v "$tool" >/dev/null || { echo "proxy.sh: install $tool" >&2; exit 2; }
done
exe=$repo/build/release/app/yardmaster
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null && return; sleep 0.05; done; }

nginx_conf() { # name port body-of-server-block [access-log]
  mkdir -p "$work/$1"
  cat >"$work/$1/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $work/$1/nginx.pid; error_log $work/$1/error.log warn;
events { worker_connections 4096; }
http {
  access_log ${4:-off};
  client_body_temp_path $work/$1/body; proxy_temp_path $work/$1/proxy;
  fastcgi_temp_path $work/$1/fcgi; uwsgi_temp_path $work/$1/uwsgi; scgi_temp_path $work/$1/scgi;
  keepalive_requests 1000000;
  upstream app { server 127.0.0.1:$upstream_port; keepalive 32; }
  server { listen 127.0.0.1:$2; $3 }
}
CONF
}
start_nginx() { # name cpu
  taskset -c "$2" nginx -c "$work/$1/nginx.conf" -p "$work/$1" >/dev/null 2>&1 &
  pids+=($!)
}
measure() { # label port
  wait_port "$2"
  local out
  out=$(taskset -c 0 wrk -t1 -c64 -d"${seconds}s" "http://127.0.0.1:$2/api/hello")
  if grep -q "Non-2xx" <<<"$out"; then echo "proxy.sh: $1 answered errors" >&2; echo "$out" >&2; fi
  printf '%-44s %10s %12s\n' "$1" "$(awk '/Requests\/sec/ {print int($2)}' <<<"$out")" \
    "$(awk '/Latency/ {print $2}' <<<"$out")"
}
stop_last() { kill "${pids[-1]}" 2>/dev/null || true; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

upstream_port=$(free_port)
nginx_conf upstream "$upstream_port" \
  "location = /api/hello { default_type application/json; return 200 '{\"message\":\"hello\"}'; }"
start_nginx upstream 0
wait_port "$upstream_port"

printf '%-44s %10s %12s\n' proxy req_per_s avg_latency
for logging in off on; do
  port=$(free_port)
  cat >"$work/yard-$logging.yard.json" <<JSON
{"version": 1, "servers": [{"name": "proxy", "port": $port, "workers": 1,
  "log": {"enabled": $([ $logging = on ] && echo true || echo false)},
  "routes": [{"path": "/*", "action": "proxy", "upstream": "http://127.0.0.1:$upstream_port"}]}]}
JSON
  taskset -c 1 "$exe" serve "$work/yard-$logging.yard.json" --log-db "$work/yard-$logging.sqlite" >/dev/null &
  pids+=($!)
  measure "yardmaster proxy (request log $logging)" "$port"
  stop_last

  access_log=off
  [ $logging = on ] && access_log="$work/access-\$server_port.log"
  port=$(free_port)
  nginx_conf "keepalive-$logging" "$port" "location / { proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection \"\"; }" "$access_log"
  start_nginx "keepalive-$logging" 1
  measure "nginx proxy_pass, upstream keepalive (log $logging)" "$port"
  stop_last

  port=$(free_port)
  nginx_conf "default-$logging" "$port" "location / { proxy_pass http://127.0.0.1:$upstream_port; }" "$access_log"
  start_nginx "default-$logging" 1
  measure "nginx proxy_pass, defaults (log $logging)" "$port"
  stop_last
done
