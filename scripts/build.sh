#!/usr/bin/env bash
# npm run build: the static site in web/dist, ready for any static host.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build_site
say "the site is in web/dist"
