//! Joinery: an in-browser SQL notebook and course. Read `ARCHITECTURE.md` first.
//!
//! Three rooms:
//! - [`core`]: pure Rust (SQL execution over rusqlite, CSV import, schema, lessons, checking,
//!   normalizing, lineage). No web-sys; it compiles and is tested natively with `cargo test`.
//! - [`worker`]: the protocol the page speaks to its workers, the generic channel and serve
//!   loop that carry it, the session that answers the database worker's requests, and (on
//!   wasm) that worker's host: the only place SQLite lives in the browser.
//! - `ui` (wasm only): Leptos components that render state and ask the database worker.
//!
//! The `engine` feature (default) brings SQLite, `parser` the SQL parser, `ui` Leptos. Each
//! browser binary is built with only the one it needs (see `index.html`).

// The page's wasm must never carry SQLite: it would double the first download, and SQL would
// then run on the page's thread. Only `index.html`'s per-binary features keep the rooms apart,
// so a build that mixes them is refused here.
#[cfg(all(target_arch = "wasm32", feature = "ui", feature = "engine"))]
compile_error!("the `ui` and `engine` features are built into separate wasm binaries: never both");
#[cfg(all(target_arch = "wasm32", feature = "ui", feature = "parser"))]
compile_error!("the `ui` and `parser` features are built into separate wasm binaries: never both");

pub mod core;
pub mod worker;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod ui;
