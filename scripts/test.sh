#!/usr/bin/env bash
# Installs what is missing, then runs every test: the lint step (formatting and clippy), the
# native tests (cargo test) and the browser tests (real headless Chromium against the built
# site, served under a subpath).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
bash scripts/setup.sh

bash scripts/lint.sh

echo "== native tests (cargo test)"
cargo test --quiet

echo "== building the site: debug for the browser tests, release as it is published"
trunk build --quiet
trunk build --release --quiet --dist target/site-release

echo "== browser tests (node --test, headless Chromium)"
JOINERY_RELEASE_DIST=target/site-release node --test --test-concurrency=1 tests/browser/
