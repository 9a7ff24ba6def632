#!/usr/bin/env bash
# Builds the release site once and runs benchmarks against it in headless Chromium.
#   bash bench/run.sh              every benchmark
#   bash bench/run.sh startup      sizes (raw, gzip) and navigation-to-first-result time
#   bash bench/run.sh csv_import   CSV import of 100k and 1M rows beside plain inserts
#   bash bench/run.sh persistence  Stop latency; saving and restoring a 50 MB database
#   bash bench/run.sh results      a 100k-row result: Run to first rows, scrolling, sorting
#   bash bench/run.sh compare      the worker engine beside sql.js, sqlite-wasm and native (bench/compare)
#   bash bench/run.sh check        an exercise's Check, click to verdict, on each dataset
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh
trunk build --release --quiet --dist bench/out/dist
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(startup csv_import persistence results compare check)
if [[ " ${names[*]} " == *" compare "* ]]; then
  # The compare page speaks the worker protocol through the same Rust types, built for it.
  cargo build --release --quiet --target wasm32-unknown-unknown --no-default-features --features codec \
    --bin protocol_codec
  wasm-bindgen --target web --no-typescript --out-dir bench/out/codec \
    target/wasm32-unknown-unknown/release/protocol_codec.wasm
fi
for name in "${names[@]}"; do
  echo "== bench: $name"
  script="bench/$name.mjs"
  [ "$name" != compare ] || script=bench/compare/run.mjs
  node "$script" bench/out/dist
done
