#!/usr/bin/env bash
# Refreshes every translations/yardmaster_*.ts from the sources (lupdate through the CMake target
# update_translations), then lists what is left to translate. Run it after any change that adds,
# changes or removes a user-visible string; translate the entries it lists and commit every
# catalogue (docs/DESIGN-NOTES.md, Translations). yardmaster_en.ts holds only the %n messages
# (lupdate -pluralonly): give each its English singular and plural ("%n server", "%n servers").
#   scripts/update-translations.sh [preset]     (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
[ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset" >/dev/null
out=$(cmake --build "build/$preset" --target update_translations 2>&1) || { echo "$out" >&2; exit 1; }
echo "$out" | grep -v '^\[' || true
left=$(grep -c 'type="unfinished"' translations/yardmaster_*.ts | grep -v ':0$' || true)
if [ -n "$left" ]; then
  echo "Still to translate (type=\"unfinished\"), per catalogue:"
  echo "$left"
fi
