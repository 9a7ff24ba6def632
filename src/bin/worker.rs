//! Browser entry point of the database Web Worker.

#[cfg(target_arch = "wasm32")]
fn main() {
    joinery::worker::host::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Joinery worker runs in a browser: build it with `trunk build`.");
}
