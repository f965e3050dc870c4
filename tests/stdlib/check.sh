#!/bin/sh
# Runs every tests/stdlib/NNN_*.py twice under CPython 3.11: with the real stdlib and with
# Coroscope's Python stdlib (engine/lang/lib, loaded by shadow.py). Both stdouts must equal the
# checked-in NNN_*.out, which the real stdlib produced. Exit status 1 on any difference.
#   tests/stdlib/check.sh            check all
#   tests/stdlib/check.sh 012 030    check the programs whose names start with these prefixes
#   tests/stdlib/check.sh --regen    rewrite the .out files from the real stdlib
set -u
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8
regen=0
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi
fail=0
count=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for prog in [0-9][0-9][0-9]_*.py; do
  if [ $# -gt 0 ]; then
    keep=0
    for p in "$@"; do case "$prog" in "$p"*) keep=1 ;; esac; done
    [ $keep = 1 ] || continue
  fi
  base=${prog%.py}
  count=$((count + 1))
  if ! "$PY" "$prog" >"$tmp/real" 2>"$tmp/real.err"; then
    echo "FAIL $base: real stdlib run failed"; cat "$tmp/real.err"; fail=1; continue
  fi
  if [ $regen = 1 ]; then cp "$tmp/real" "$base.out"; fi
  if ! cmp -s "$tmp/real" "$base.out"; then
    echo "FAIL $base: real stdlib output differs from $base.out"
    diff "$base.out" "$tmp/real" | head -20; fail=1; continue
  fi
  if ! "$PY" shadow.py "$prog" >"$tmp/ours" 2>"$tmp/ours.err"; then
    echo "FAIL $base: Coroscope stdlib run failed"; tail -15 "$tmp/ours.err"
    diff "$base.out" "$tmp/ours" | head -10; fail=1; continue
  fi
  if ! cmp -s "$tmp/ours" "$base.out"; then
    echo "FAIL $base: Coroscope stdlib output differs (< expected, > ours)"
    diff "$base.out" "$tmp/ours" | head -20; fail=1; continue
  fi
done
if [ $fail = 0 ]; then echo "stdlib: all $count programs match CPython"; fi
exit $fail
