#!/usr/bin/env bash
# Builds the release site and prints Stop latency and save/restore figures for a 50 MB database.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
trunk build --release --quiet --dist bench/out/dist
node bench/persistence.mjs bench/out/dist
