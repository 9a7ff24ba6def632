//! The Leptos UI: components that render notebook state and dispatch requests to the worker.

mod app;
mod worker_client;
mod cell;
mod dataset;
mod engine;
mod error_view;
mod result_table;

pub use engine::{Engine, EngineStatus};

/// Mounts the app on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
