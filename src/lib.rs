//! Joinery: an in-browser SQL notebook and course.
//!
//! Three rooms:
//! - [`core`]: pure Rust over rusqlite (SQL execution, values, the notebook model). No web-sys;
//!   it compiles and is tested natively with `cargo test`.
//! - [`worker`]: the request/response protocol, the session that answers it, and (on wasm) the
//!   Web Worker host — the only place SQLite lives in the browser.
//! - `ui` (wasm only): Leptos components that render state and dispatch requests.
//!
//! The `engine` feature (default) brings SQLite; the `ui` feature brings Leptos. Each browser
//! binary is built with only the one it needs.

pub mod core;
pub mod worker;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
