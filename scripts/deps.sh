#!/usr/bin/env bash
# Installs what Yardmaster needs to build and test, on Debian/Ubuntu, with apt.
# Idempotent and quiet when nothing is missing. Sourced by run.sh and test.sh.
#   scripts/deps.sh [build|test]
set -euo pipefail
mode=${1:-build}

pkgs_build=(cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev clang-format)
pkgs_test=(clang libclang-rt-14-dev curl sqlite3 xvfb xauth)
pkgs_test+=(dpkg-dev file appstream desktop-file-utils groff-base) # tests/packaging
pkgs_test+=(chromium chromium-driver) # tst_browsersignin: headless Chromium through chromedriver

want=("${pkgs_build[@]}")
[ "$mode" = test ] && want+=("${pkgs_test[@]}")

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "Yardmaster's set-up scripts install packages on Debian/Ubuntu only." >&2
  echo "On this system, install: CMake >= 3.21, Ninja, a C++20 compiler, Qt >= 6.4 with" >&2
  echo "Widgets, Network, WebSockets, Sql (SQLite driver), Svg and LinguistTools; then run" >&2
  echo "  cmake --preset release && cmake --build --preset release" >&2
  exit 1
fi

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "deps.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "Installing: ${missing[*]}" >&2
log=$(mktemp)
if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"
  echo "deps.sh: apt-get failed; install these by hand: ${missing[*]}" >&2
  exit 1
fi
rm -f "$log"
