#!/usr/bin/env bash
# Installs what is missing, then runs every test: the native core tests (cargo test) and the
# browser tests (real headless Chromium against the built site, served under a subpath).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

echo "== native tests (cargo test)"
cargo test --quiet

echo "== building the site (trunk build)"
trunk build --quiet

echo "== browser tests (node --test, headless Chromium)"
node --test --test-concurrency=1 tests/browser/
