# Shared by scripts/{start,test,build}.sh: set-up on a fresh Debian 12 machine and the builds.
# Every step is idempotent: a second run installs nothing and rebuilds incrementally.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

# Debian's acorn for Emscripten's JS optimizer (the machine's node is not Debian's).
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# Debian packages each job needs.
PACKAGES_BUILD=(g++ cmake make emscripten)
PACKAGES_TEST=(googletest libgtest-dev libbenchmark-dev chromium clang libclang-rt-14-dev)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# ensure_packages PKG...: installs the missing ones as root, or names the exact command to run.
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Coroscope needs these Debian packages: ${missing[*]}" >&2
    echo "Install them, then run this command again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q "${missing[@]}" || {
    echo "apt-get could not install: ${missing[*]}" >&2
    exit 1
  }
}

# ensure_node_modules: `npm ci` when node_modules is absent or older than package-lock.json.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund || { echo "npm ci failed" >&2; exit 1; }
  fi
}

# cmake_build PRESET [TARGET...]: configures once, then builds incrementally.
cmake_build() {
  local preset=$1
  shift
  if [ ! -f "build/$preset/CMakeCache.txt" ]; then
    cmake --preset "$preset" >/dev/null || return 1
  fi
  local targets=()
  [ $# -gt 0 ] && targets=(--target "$@")
  cmake --build --preset "$preset" -j"$(nproc)" "${targets[@]}"
}

build_web() {
  npx vite build --config web/vite.config.mts --logLevel warn
}

# build_site: what `npm start` and `npm run build` share: set-up, the wasm engine, the web app.
build_site() {
  ensure_packages "${PACKAGES_BUILD[@]}"
  ensure_node_modules
  say "building the engine (WebAssembly)"
  cmake_build wasm coroscope_wasm || exit 1
  say "building the web app"
  build_web || exit 1
}
