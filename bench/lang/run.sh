#!/bin/bash
# Runs each benchmark with Coroscope's native interpreter and with python3 and prints the CPU time
# (user + sys, best of 3) of each whole process, start-up included:
#   bench/lang/run.sh [BUILD_DIR]   (default build/lang-native; the coroscope CLI must be built)
# CPU time rather than wall time, because the build machine is shared.
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../../build/lang-native}
BIN=$BUILD/engine/cli/coroscope
[ -x "$BIN" ] || { echo "build the coroscope CLI first: cmake --build $BUILD --target coroscope_cli"; exit 2; }
# The real interpreter binary, not a version-manager shim (whose start-up would count against CPython).
PY=$(python3 -c 'import sys; print(sys.executable)')
cpu_ms() {
  local TIMEFORMAT='%3U %3S'
  { time "$@" > /dev/null 2>&1; } 2>&1 | awk '{ printf "%d", ($1 + $2) * 1000 }'
}
best() {
  local b=""
  for i in 1 2 3; do
    ms=$(cpu_ms "$@")
    if [ -z "$b" ] || [ "$ms" -lt "$b" ]; then b=$ms; fi
  done
  echo "$b"
}
printf "%-18s %12s %12s %8s\n" benchmark "coroscope ms" "python3 ms" ratio
for f in fib sum_squares word_count method_calls string_building exceptions scenario50; do
  c=$(best "$BIN" run "$HERE/$f.py")
  p=$(best "$PY" "$HERE/$f.py")
  r=$(awk "BEGIN { if ($p > 0) printf \"%.2f\", $c / $p; else print \"-\" }")
  printf "%-18s %12s %12s %8s\n" "$f" "$c" "$p" "$r"
done
