#!/usr/bin/env bash
# Installs what is missing (Debian/Ubuntu), builds (dev preset: Debug, warnings as errors) and
# runs every test through CTest, headless. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")"
scripts/deps.sh test
scripts/build.sh dev
# The realtime tests' outside client (node's ws package), when node is installed.
node_tests=tests/integration/realtime/node
if command -v npm >/dev/null && [ ! -d "$node_tests/node_modules/ws" ]; then
  (cd "$node_tests" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) \
    || echo "test.sh: npm install failed in $node_tests; tst_node_ws_client will be skipped" >&2
fi
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/dev --output-on-failure --timeout 600 -j2
if [ -x tests/fuzz/run_fuzz.sh ]; then
  tests/fuzz/run_fuzz.sh "${YARD_FUZZ_SECONDS:-60}"
fi
