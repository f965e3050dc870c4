#!/usr/bin/env bash
# npm start: set up what is missing, build the engine for wasm and the web app, serve the playground.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build_site
say "Coroscope is running at http://127.0.0.1:5173/  (Ctrl+C stops it)"
exec node scripts/serve.mjs --port 5173
