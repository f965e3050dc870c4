#!/bin/sh
# Builds the lexer/parser/compiler fuzzer with clang and runs it for SECONDS (default 60):
#   fuzz/run.sh [SECONDS]
set -e
SECONDS_TO_RUN=${1:-60}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${COROSCOPE_FUZZ_BUILD:-$HERE/../build/fuzz}
cmake -S "$HERE" -B "$BUILD" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$BUILD" -j2 > /dev/null
WORK=$(mktemp -d)
cp "$HERE"/corpus/* "$WORK"/ 2>/dev/null || true
cp "$HERE"/../tests/lang/cases/*.py "$WORK"/ 2>/dev/null || true
"$BUILD/lang_fuzzer" -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -rss_limit_mb=2048 \
  -dict="$HERE/python.dict" "$WORK"
rm -rf "$WORK"
