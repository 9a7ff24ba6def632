//! What the page offers as downloads: the notebook as Markdown, the database as a .db file,
//! a result's rows as CSV.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Workspace;
use crate::core::file_names::{export_name, notebook_file_name};
use crate::core::notebook_file;
use crate::ui::engine::EngineStatus;
use crate::ui::exercise_sandbox::ExerciseSandbox;
use crate::ui::files::download;
use crate::worker::{ExportCsv, ExportDatabase};

impl Workspace {
    /// Offers the cells on screen as a Markdown notebook file.
    pub fn save_notebook(self, title: &str) {
        let dataset = self.dataset.get_untracked().unwrap_or("empty");
        let setup = self.setup.get_untracked();
        let text = self.notebook.with_untracked(|nb| notebook_file::to_markdown(title, dataset, &setup, nb));
        if let Err(message) = download(text.as_bytes(), &notebook_file_name(title), "text/markdown") {
            self.complain(message);
        }
    }

    /// Offers the whole database as a .db download.
    pub fn export_database(self) {
        spawn_local(async move {
            let exported = self.engine.ask(ExportDatabase).await;
            let label = match self.engine.status.get_untracked() {
                EngineStatus::Ready { dataset } => Some(dataset),
                _ => None,
            };
            let name = export_name(label.as_deref());
            if let Err(message) =
                exported.and_then(|bytes| download(&bytes, &name, "application/vnd.sqlite3"))
            {
                self.complain(message);
            }
        });
    }

    /// Offers every row of the read-only statement `sql` as a CSV download, run in the
    /// exercise's sandbox when the statement ran there.
    pub fn export_csv(self, sandbox: Option<ExerciseSandbox>, sql: String) {
        spawn_local(async move {
            let exported = ExerciseSandbox::ask(sandbox, self.engine, ExportCsv { sql }).await;
            if let Err(message) = exported.and_then(|bytes| download(&bytes, "result.csv", "text/csv")) {
                self.complain(message);
            }
        });
    }
}
