#!/bin/sh
# Runtime benchmarks: builds the native and wasm benchmark programs, runs them beside CPython
# asyncio and prints ns per operation and the speed-up. Usage: bench/runtime/run.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

cmake -S . -B build/rt-bench-native -DCMAKE_BUILD_TYPE=Release -DCOROSCOPE_BENCH=ON \
  -DCOROSCOPE_TESTS=OFF >/dev/null
cmake --build build/rt-bench-native -j2 --target runtime_bench runtime_timing >/dev/null
emcmake cmake -S . -B build/rt-bench-wasm -DCMAKE_BUILD_TYPE=Release -DCOROSCOPE_BENCH=ON \
  -DCOROSCOPE_TESTS=OFF >/dev/null 2>&1
cmake --build build/rt-bench-wasm -j2 --target runtime_timing >/dev/null

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 bench/runtime/bench_asyncio.py >"$tmp/cpython"
build/rt-bench-native/bench/runtime_bench --benchmark_format=json >"$tmp/gbench.json"
node build/rt-bench-wasm/bench/runtime_timing.js >"$tmp/wasm"

python3 - "$tmp" <<'PY'
import json, sys
tmp = sys.argv[1]
def table(path):
    return {k: float(v) for k, v in (l.split() for l in open(path) if l.strip())}
cpy, wasm = table(f"{tmp}/cpython"), table(f"{tmp}/wasm")
native = {b["name"].split("/")[0]: b["per_op"] * 1e9 for b in json.load(open(f"{tmp}/gbench.json"))["benchmarks"]}
print(f"{'operation':<22}{'CPython ns':>12}{'native ns':>12}{'speed-up':>10}{'wasm ns':>10}{'speed-up':>10}")
for name, c in cpy.items():
    n, w = native[name], wasm[name]
    print(f"{name:<22}{c:>12.1f}{n:>12.1f}{c / n:>9.1f}x{w:>10.1f}{c / w:>9.1f}x")
PY
