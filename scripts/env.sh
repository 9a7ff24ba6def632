# Sourced by the other scripts: puts cargo-installed tools and the npm wasm-opt on PATH.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
