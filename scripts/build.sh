#!/usr/bin/env bash
# npm run build: the static site in web/dist, ready for any static host.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ensure_packages "${PACKAGES_BUILD[@]}"
ensure_node_modules
say "building the engine (WebAssembly)"
cmake_build wasm coroscope_wasm
say "building the web app"
build_web
say "the site is in web/dist"
