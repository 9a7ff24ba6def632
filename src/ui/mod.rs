//! The Leptos UI: components that render notebook state and dispatch requests to the worker.

mod app;
mod cell;
mod dataset;
mod dropzone;
mod engine;
mod erd_view;
mod error_view;
mod files;
mod import_dialog;
mod notice;
mod result_table;
mod schema_panel;
mod toolbar;
mod worker_client;
mod workspace;

pub use engine::{Engine, EngineStatus};

/// Mounts the app on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
