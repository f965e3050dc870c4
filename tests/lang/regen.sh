#!/bin/sh
# Regenerates the expected output of conformance programs with CPython 3.11 through the reference
# runner: tests/lang/regen.sh [NAME.py ...] (default: every case without expectations).
set -e
cd "$(dirname "$0")/cases"
REF=${COROSCOPE_REFERENCE:-/work/shared/reference/run_reference.py}
if [ "$#" -eq 0 ]; then
  set -- $(for f in *.py; do [ -f "${f%.py}.status" ] || echo "$f"; done)
fi
for f in "$@"; do
  f=$(basename "$f")
  n=${f%.py}
  if [ -f "$n.stdin" ]; then
    python3 "$REF" "$f" < "$n.stdin" > "$n.stdout" 2> "$n.stderr" && s=0 || s=$?
  else
    python3 "$REF" "$f" < /dev/null > "$n.stdout" 2> "$n.stderr" && s=0 || s=$?
  fi
  echo "$s" > "$n.status"
done
