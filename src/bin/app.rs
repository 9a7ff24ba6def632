//! Browser entry point of the page: mounts the Leptos UI.

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
fn main() {
    joinery::ui::mount();
}

#[cfg(not(all(target_arch = "wasm32", feature = "ui")))]
fn main() {
    eprintln!("The Joinery app runs in a browser: build it with `trunk build` (feature `ui`).");
}
