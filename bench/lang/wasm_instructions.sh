#!/bin/bash
# Machine instructions of one run of a program in the wasm engine under Node's optimizing
# compiler, counted by valgrind (the build machine is shared: instruction counts are stable where
# times are not):
#   bench/lang/wasm_instructions.sh FILE.py [ENGINE_DIR]   (default build/wasm/engine/wasm)
# Node runs with --no-liftoff (every function compiled by TurboFan at instantiation, no tier-up
# during the run) and --single-threaded (no background compilation or GC threads); the count of
# one run is (three runs - one run) / 2, which leaves out Node's start and the compilation.
# Repeated invocations agree within about 2% (fib(25): 111.3 M and 113.9 M).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
FILE=${1:?usage: bench/lang/wasm_instructions.sh FILE.py [ENGINE_DIR]}
ENGINE=${2:-$HERE/../../build/wasm/engine/wasm}
command -v valgrind >/dev/null || { echo "wasm_instructions.sh: valgrind is not installed" >&2; exit 1; }
# A program that fails (wasm_runs.mjs exits 1 with its stderr) is not counted.
count() {
  local log
  log=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --no-liftoff --single-threaded "$HERE/wasm_runs.mjs" "$ENGINE" "$FILE" "$1" 2>&1 >/dev/null) || {
    echo "wasm_instructions.sh: $FILE did not run cleanly:" >&2
    echo "$log" | grep -v '^==' >&2
    exit 1
  }
  echo "$log" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
one=$(count 1)
three=$(count 3)
echo "$FILE: $(( (three - one) / 2 )) instructions per run"
