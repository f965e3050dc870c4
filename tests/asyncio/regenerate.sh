#!/bin/sh
# Regenerates tests/asyncio/*.out, *.err and manifest.json with the CPython reference runner.
#   tests/asyncio/regenerate.sh                 all programs
#   tests/asyncio/regenerate.sh 012_x.py ...    only these
#   tests/asyncio/regenerate.sh --check [...]   verify determinism (2 virtual runs + 1 real-time run)
set -eu
cd "$(dirname "$0")/../.."
exec python3 tests/asyncio/refgen.py tests/asyncio "$@"
