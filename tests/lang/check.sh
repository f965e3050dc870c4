#!/bin/sh
# Quick check of conformance cases with the native CLI: tests/lang/check.sh BUILD_DIR [NAME ...]
BIN=$(cd "$1" && pwd)/engine/cli/coroscope
shift
cd "$(dirname "$0")/cases"
if [ "$#" -eq 0 ]; then set -- *.py; fi
pass=0; fail=0
for f in "$@"; do
  n=$(basename "${f%.py}")
  if [ -f "$n.stdin" ]; then in="--stdin $n.stdin"; else in=""; fi
  "$BIN" run "$n.py" $in > /tmp/lang_out.$$ 2> /tmp/lang_err.$$; s=$?
  norm() { sed -E 's/0x[0-9a-fA-F]+/0xADDR/g' "$1"; }
  if [ "$(norm /tmp/lang_out.$$)" = "$(norm $n.stdout)" ] && [ "$(norm /tmp/lang_err.$$)" = "$(norm $n.stderr)" ] && [ "$s" = "$(cat $n.status)" ]; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL $n"
  fi
done
rm -f /tmp/lang_out.$$ /tmp/lang_err.$$
echo "pass=$pass fail=$fail"
