#!/bin/sh
# A wider net than check.sh: every program of tests/asyncio and scenarios/ runs through the
# reference runner (/work/shared/reference/run_reference.py) with Coroscope's Python stdlib
# swapped in by shadow.py, so the programs and the runner itself (which imports collections,
# heapq, random, functools, ... after the swap) use our modules. Stdout must equal the
# checked-in .out once 0x addresses are normalised. Exit status 1 on any difference.
set -u
cd "$(dirname "$0")/../.."
RUNNER=${REFERENCE_RUNNER:-/work/shared/reference/run_reference.py}
export PYTHONHASHSEED=0 TZ=UTC PYTHONIOENCODING=utf-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
count=0
for prog in tests/asyncio/*.py scenarios/*.py; do
  expected=${prog%.py}.out
  [ -f "$expected" ] || continue
  count=$((count + 1))
  timeout 120 python3 tests/stdlib/shadow.py "$RUNNER" "$prog" >"$tmp/out" 2>"$tmp/err"
  sed 's/0x[0-9a-f]*/0xADDR/g' "$tmp/out" >"$tmp/ours"
  sed 's/0x[0-9a-f]*/0xADDR/g' "$expected" >"$tmp/want"
  if grep -q '^shadow.py:' "$tmp/err"; then
    echo "FAIL $prog: $(grep '^shadow.py:' "$tmp/err")"
    fail=1
  elif ! cmp -s "$tmp/ours" "$tmp/want"; then
    echo "FAIL $prog (< expected, > ours)"
    diff "$tmp/want" "$tmp/ours" | head -10
    fail=1
  fi
done
if [ $fail = 0 ]; then echo "corpus: all $count programs match with Coroscope's stdlib"; fi
exit $fail
