#!/usr/bin/env bash
# The lint step of the test command: formatting (rustfmt, and leptosfmt for the insides of
# `view!`, which rustfmt skips) and clippy with warnings as errors, natively and for each of the
# three browser binaries with the features index.html builds them with. Any finding fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

echo "== lint: rustfmt, leptosfmt"
cargo fmt --check
leptosfmt --quiet --check src/ui

echo "== lint: clippy (native, and the app, worker and parser wasm builds)"
cargo clippy --quiet --all-targets -- -D warnings
wasm=(--quiet --target wasm32-unknown-unknown --no-default-features)
cargo clippy "${wasm[@]}" --features ui --bin app -- -D warnings
cargo clippy "${wasm[@]}" --features engine --bin worker -- -D warnings
cargo clippy "${wasm[@]}" --features parser --bin rewriter -- -D warnings
cargo clippy "${wasm[@]}" --features codec --bin protocol_codec -- -D warnings
