#!/usr/bin/env bash
# Builds the release site and prints its sizes and its navigation-to-first-result time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
trunk build --release --quiet --dist bench/out/dist
node bench/startup.mjs bench/out/dist
