#!/bin/sh
# Regenerates scenarios/*.out, *.err and manifest.json with the CPython reference runner.
#   scenarios/regenerate.sh                     all scenarios
#   scenarios/regenerate.sh 03_yield_from.py    only these
#   scenarios/regenerate.sh --check [...]       verify determinism (2 virtual runs + 1 real-time run)
set -eu
cd "$(dirname "$0")/.."
exec python3 tests/asyncio/refgen.py scenarios "$@"
