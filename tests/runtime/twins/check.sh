#!/bin/sh
# Runs every Python twin through the reference runner (CPython 3.11, virtual clock) and compares
# with the committed expected output. With --update, rewrites the .expected files instead.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runner=${REFERENCE_RUNNER:-/work/shared/reference/run_reference.py}
status=0
for py in "$here"/*.py; do
  exp=${py%.py}.expected
  out=$(cd "$here" && python3 "$runner" "$(basename "$py")")
  if [ "${1:-}" = "--update" ]; then
    printf '%s\n' "$out" >"$exp"
  elif [ "$(printf '%s\n' "$out")" != "$(cat "$exp")" ]; then
    echo "MISMATCH: $(basename "$py")"
    status=1
  fi
done
exit $status
