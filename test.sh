#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu), builds (dev preset: Debug, warnings as errors) and
# runs every test through CTest, headless. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
scripts/build.sh dev
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/dev --output-on-failure --timeout 600 -j2
if [ -x tests/fuzz/run_fuzz.sh ]; then
  tests/fuzz/run_fuzz.sh "${YARD_FUZZ_SECONDS:-60}"
fi
