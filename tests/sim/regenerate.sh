#!/bin/sh
# Regenerates tests/sim/*.out, *.err and manifest.json with the CPython reference runner, with the
# simulated world (engine/modules/sim) on PYTHONPATH.
#   tests/sim/regenerate.sh                 all programs
#   tests/sim/regenerate.sh 003_x.py ...    only these
#   tests/sim/regenerate.sh --check [...]   verify determinism (2 virtual runs + 1 real-time run)
set -eu
cd "$(dirname "$0")/../.."
exec python3 tests/asyncio/refgen.py tests/sim "$@"
