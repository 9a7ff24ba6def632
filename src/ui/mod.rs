//! The Leptos UI: components that render notebook state and dispatch requests to the worker.

mod anomaly_view;
mod app;
mod cell;
mod cell_controls;
mod changes_view;
mod chart_view;
mod contents;
mod course;
mod dataset;
mod dropzone;
mod engine;
mod erd_view;
mod error_view;
mod exercise;
mod exercise_actions;
mod exercise_sandbox;
mod files;
mod import_dialog;
mod lesson_page;
mod lineage_view;
mod markdown_view;
mod normalize_lab;
mod notice;
mod offline;
mod plan_view;
mod progress;
mod result_grid;
mod result_table;
mod result_views;
mod route;
mod schema_panel;
mod sql_editor;
mod storage;
mod text_cell;
mod theme;
mod title;
mod toolbar;
mod verdict_view;
mod workspace;

pub use engine::{Engine, EngineStatus, STOPPED};

/// Mounts the app on the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    offline::register();
}
