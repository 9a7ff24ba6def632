#!/usr/bin/env bash
# Installs whatever Joinery's build and tests need and is missing. Idempotent; versions pinned.
#   apt: clang (sqlite-wasm-rs compiles sqlite3.c for wasm32), chromium + chromium-driver (tests)
#   rustup: the wasm32-unknown-unknown target, clippy and rustfmt (the lint step of the tests)
#   cargo: trunk 0.21.14, wasm-bindgen-cli 0.2.130 (must equal Cargo.lock's wasm-bindgen),
#          leptosfmt 0.1.33 (formats what rustfmt skips: the insides of `view!`)
#   npm (package-lock.json): binaryen 132 (wasm-opt for release builds), esbuild and the
#        CodeMirror 6 packages (the SQL editor, bundled at build time), playwright-core (drives
#        Chromium), axe-core (accessibility checks), sql.js and @sqlite.org/sqlite-wasm (bench)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;36m[setup]\033[0m %s\n' "$*"; }

apt_packages=()
command -v clang >/dev/null || apt_packages+=(clang)
command -v chromium >/dev/null || apt_packages+=(chromium)
command -v chromedriver >/dev/null || apt_packages+=(chromium-driver)
if ((${#apt_packages[@]})); then
  say "apt-get install ${apt_packages[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "rustup component add $component"
    rustup component add "$component"
  fi
done

if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt 0.1.33" ]; then
  say "cargo install leptosfmt 0.1.33 (about three minutes, once)"
  cargo install leptosfmt --version 0.1.33 --locked
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "cargo install trunk 0.21.14 (a few minutes, once)"
  cargo install trunk --version 0.21.14 --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen 0.2.130" ]; then
  # Without --locked: one of its locked dependencies is no longer in the registry.
  say "cargo install wasm-bindgen-cli 0.2.130 (a few minutes, once)"
  cargo install wasm-bindgen-cli --version 0.2.130
fi

if ! node -e "for (const p of ['playwright-core', 'binaryen', 'esbuild', '@codemirror/view', 'axe-core']) require('./node_modules/' + p + '/package.json')" 2>/dev/null \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (binaryen, esbuild, CodeMirror, playwright-core, axe-core, bench engines)"
  npm ci --no-audit --no-fund --loglevel=error
fi
