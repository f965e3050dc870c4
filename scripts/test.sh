#!/usr/bin/env bash
# npm test: set up what is missing, build each configuration once, run every test suite.
# Runs all steps even after a failure, prints a summary, and exits non-zero if any step failed.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

ensure_packages "${PACKAGES_BUILD[@]}" "${PACKAGES_TEST[@]}"
ensure_node_modules

results=()
failed=0
step() {
  local name=$1
  shift
  say "$name"
  local start=$SECONDS
  if "$@"; then
    results+=("ok    $(printf '%4ds' $((SECONDS - start)))  $name")
  else
    results+=("FAIL  $(printf '%4ds' $((SECONDS - start)))  $name")
    failed=1
  fi
}

jobs=$(nproc)
step "native build (g++, -Werror)" cmake_build native
step "native tests (ctest)" ctest --preset native -j"$jobs"
step "sanitizer build (ASan + UBSan)" cmake_build asan
step "sanitizer tests (ctest)" ctest --preset asan -j"$jobs"
step "wasm build (Emscripten)" cmake_build wasm
step "wasm tests (ctest under Node)" ctest --preset wasm -j"$jobs"
if [ -x fuzz/run.sh ]; then
  step "fuzzing (60 s)" fuzz/run.sh 60
fi
step "web typecheck (tsc strict)" npm run --silent typecheck
step "web build (Vite)" build_web
step "browser tests (Playwright, Chromium)" npx playwright test -c tests/web/playwright.config.ts

say "summary"
printf '  %s\n' "${results[@]}"
exit $failed
