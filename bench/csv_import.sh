#!/usr/bin/env bash
# Builds the release site and prints CSV import rates (100k and 1M rows) beside plain inserts.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
trunk build --release --quiet --dist bench/out/dist
node bench/csv_import.mjs bench/out/dist
