//! Browser entry point of the page: mounts the Leptos UI.

#[cfg(target_arch = "wasm32")]
fn main() {
    joinery::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The Joinery app runs in a browser: build it with `trunk build`.");
}
