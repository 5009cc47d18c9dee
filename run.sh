#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu), builds Release and starts Yardmaster on the demo
# project: the window where a display is available, `yardmaster serve` otherwise.
# Extra arguments are passed to the program instead of the demo project.
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh build
scripts/build.sh release
exe=build/release/app/yardmaster
if [ $# -gt 0 ]; then
  exec "$exe" "$@"
fi
demo=resources/demo/demo.yard.json
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" = Darwin ]; then
  exec "$exe" "$demo"
fi
echo "No display: serving the demo project without a window (Ctrl+C stops it)." >&2
exec "$exe" serve "$demo"
