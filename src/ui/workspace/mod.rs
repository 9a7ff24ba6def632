//! [`Workspace`]: the page's shared state (notebook, schema, import in progress, notices) and
//! the actions that change it. Copyable and provided through context.
//!
//! ```ignore
//! let workspace = expect_context::<Workspace>();
//! workspace.add_cell("SELECT 1;");
//! ```

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::engine::Engine;
use crate::core::csv_import::{CsvPreview, ImportPlan};
use crate::core::plan::QueryPlan;
use crate::core::schema::Schema;
use crate::core::{CellKind, Notebook};
use crate::worker::ReadSchema;
use persistence::Saving;

mod downloads;
mod opening;
mod pages;
mod persistence;
mod sharing;

pub use persistence::SCRATCH_KEY;

/// A message for the person, shown under the top bar until dismissed or replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NoticeKind {
    Info,
    Error,
}

/// Where a CSV import stands.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportState {
    Idle,
    /// The person reviews the inferred table before importing; `problem` is why the last try
    /// failed, if it did.
    Reviewing {
        preview: CsvPreview,
        plan: ImportPlan,
        problem: Option<String>,
    },
    /// Rows are going in.
    Importing {
        table: String,
        done: u64,
        total: u64,
    },
}

#[derive(Clone, Copy)]
pub struct Workspace {
    pub engine: Engine,
    /// The cells of the page on screen (the scratch notebook or a lesson).
    pub notebook: RwSignal<Notebook>,
    /// The scratch notebook while another page is on screen.
    pub scratch: StoredValue<Notebook>,
    pub schema: RwSignal<Option<Schema>>,
    pub notice: RwSignal<Option<Notice>>,
    pub import: RwSignal<ImportState>,
    /// Which dataset the <select> shows; `None` once a file of the person's own is opened.
    pub dataset: RwSignal<Option<&'static str>>,
    /// Where the page's work is saved: `scratch` or `lesson:<slug>`.
    pub storage_key: RwSignal<Option<String>>,
    /// Whether the latest change is saved, for the top bar (and whoever is about to leave).
    pub save_status: RwSignal<SaveStatus>,
    saving: StoredValue<Saving>,
    /// The key whose data the worker holds, once it is loaded; `None` while a page's data is
    /// loading, so that snapshots of the previous page's data are never saved under the new
    /// page's key.
    loaded_key: StoredValue<Option<String>>,
    /// The last plan shown for each statement text, so that a plan that changed (an index was
    /// made since) is shown beside the one before.
    pub plans: StoredValue<HashMap<String, QueryPlan>>,
    /// The table the normalization lab is open on, in the scratch notebook.
    pub normalizing: RwSignal<Option<String>>,
    /// The SQL run on the dataset to make the page's starting state (a lesson's, or an opened
    /// notebook file's `setup`), saved with the cells so that a saved notebook keeps it.
    pub setup: RwSignal<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing changed since the page opened.
    Idle,
    Saving,
    Saved,
    /// Saving does not work here; the work lasts as long as the tab.
    Failed,
}

impl Workspace {
    pub fn new(engine: Engine, notebook: Notebook) -> Self {
        Self {
            engine,
            notebook: RwSignal::new(notebook.clone()),
            scratch: StoredValue::new(notebook),
            schema: RwSignal::new(None),
            notice: RwSignal::new(None),
            import: RwSignal::new(ImportState::Idle),
            dataset: RwSignal::new(None),
            storage_key: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Idle),
            saving: StoredValue::new(Saving::default()),
            loaded_key: StoredValue::new(None),
            plans: StoredValue::new(HashMap::new()),
            normalizing: RwSignal::new(None),
            setup: RwSignal::new(String::new()),
        }
    }

    pub fn inform(self, text: impl Into<String>) {
        self.notice.set(Some(Notice { kind: NoticeKind::Info, text: text.into() }));
    }

    pub fn complain(self, text: impl Into<String>) {
        self.notice.set(Some(Notice { kind: NoticeKind::Error, text: text.into() }));
    }

    /// Appends a cell holding `sql`.
    pub fn add_cell(self, sql: impl Into<String>) {
        let sql = sql.into();
        self.notebook.update(|nb| {
            nb.push(sql);
        });
    }

    /// Whether the page on screen is the scratch notebook.
    pub fn in_scratch(self) -> bool {
        self.storage_key.with(|key| key.as_deref() == Some(SCRATCH_KEY))
    }

    /// Appends an empty Markdown text cell, open for writing.
    pub fn add_text_cell(self) {
        self.notebook.update(|nb| {
            nb.push_cell(CellKind::Text, "");
        });
    }

    /// Reads the schema again (after DDL, a load or an import).
    pub fn refresh_schema(self) {
        spawn_local(async move {
            match self.engine.ask(ReadSchema).await {
                Ok(schema) => self.schema.set(Some(schema)),
                Err(message) => self.complain(message),
            }
        });
    }
}
