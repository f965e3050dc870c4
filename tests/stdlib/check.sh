#!/bin/sh
# Runs every tests/stdlib/NNN_*.py twice under CPython 3.11: with the real stdlib and with
# Coroscope's Python stdlib (engine/lang/lib, loaded by shadow.py). Both stdouts must equal the
# checked-in NNN_*.out, which the real stdlib produced. Exit status 1 on any difference.
#   tests/stdlib/check.sh            check all
#   tests/stdlib/check.sh 012 030    check the programs whose names start with these prefixes
#   tests/stdlib/check.sh --regen    rewrite the .out files from the real stdlib
#   tests/stdlib/check.sh --reference [prefixes]
#                                    also require the reference runner's stdout (virtual clock,
#                                    random.seed(0) first) to equal .out, as the interpreter's is
#   tests/stdlib/check.sh --coroscope BIN [prefixes]
#                                    run each program with `BIN run` instead (once the
#                                    interpreter embeds engine/lang/lib) and diff against .out
set -u
cd "$(dirname "$0")"
PY=${PYTHON:-python3}
export PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8
regen=0
coroscope=
reference=
if [ "${1:-}" = "--regen" ]; then regen=1; shift; fi
if [ "${1:-}" = "--reference" ]; then
  reference=${REFERENCE_RUNNER:-/work/shared/reference/run_reference.py}; shift
fi
if [ "${1:-}" = "--coroscope" ]; then
  coroscope=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2
fi
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
  if [ -n "$coroscope" ]; then
    "$coroscope" run "$prog" >"$tmp/interp" 2>"$tmp/interp.err"
    if ! cmp -s "$tmp/interp" "$base.out"; then
      echo "FAIL $base: coroscope output differs (< expected, > coroscope)"
      diff "$base.out" "$tmp/interp" | head -10; head -5 "$tmp/interp.err"; fail=1
    fi
    continue
  fi
  if ! "$PY" "$prog" >"$tmp/real" 2>"$tmp/real.err"; then
    echo "FAIL $base: real stdlib run failed"; cat "$tmp/real.err"; fail=1; continue
  fi
  if [ $regen = 1 ]; then cp "$tmp/real" "$base.out"; fi
  if ! cmp -s "$tmp/real" "$base.out"; then
    echo "FAIL $base: real stdlib output differs from $base.out"
    diff "$base.out" "$tmp/real" | head -20; fail=1; continue
  fi
  if [ -n "$reference" ]; then
    "$PY" "$reference" "$prog" >"$tmp/ref" 2>"$tmp/ref.err"
    if ! cmp -s "$tmp/ref" "$base.out"; then
      echo "FAIL $base: reference runner output differs from $base.out"
      diff "$base.out" "$tmp/ref" | head -10; fail=1; continue
    fi
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
if [ $fail = 0 ]; then
  if [ -n "$coroscope" ]; then echo "stdlib: all $count programs match under $coroscope"
  else echo "stdlib: all $count programs match CPython"; fi
fi
exit $fail
