#!/bin/sh
# Runs each benchmark with Coroscope's native interpreter and with python3 and prints both times:
#   bench/lang/run.sh [BUILD_DIR]   (default build/lang-native; the coroscope CLI must be built)
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${1:-$HERE/../../build/lang-native}
BIN=$BUILD/engine/cli/coroscope
[ -x "$BIN" ] || { echo "build the coroscope CLI first: cmake --build $BUILD --target coroscope_cli"; exit 2; }
# The real interpreter binary, not a version-manager shim (whose start-up would inflate CPython).
PY=$(python3 -c 'import sys; print(sys.executable)')
now() { date +%s%N; }
best() {  # best of 3 wall-clock runs, in milliseconds
  b=""
  for i in 1 2 3; do
    t0=$(now); "$@" > /dev/null 2>&1; t1=$(now)
    ms=$(( (t1 - t0) / 1000000 ))
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
