//! Browser entry point of the database Web Worker.

#[cfg(all(target_arch = "wasm32", feature = "engine"))]
fn main() {
    joinery::worker::host::start();
}

#[cfg(not(all(target_arch = "wasm32", feature = "engine")))]
fn main() {
    eprintln!("The Joinery worker runs in a browser: build it with `trunk build`.");
}
