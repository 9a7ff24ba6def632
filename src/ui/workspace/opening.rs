//! Opening what the person picks or drops: a notebook file becomes the scratch notebook, a
//! SQLite file replaces the database, anything else is a CSV reviewed before import.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use super::{ImportState, SCRATCH_KEY, Workspace};
use crate::core::csv_import::{ImportPlan, ImportReport};
use crate::core::file_names::FileKind;
use crate::core::format::count;
use crate::core::notebook_file;
use crate::core::queries::open_table;
use crate::ui::dataset::Dataset;
use crate::ui::engine::EngineStatus;
use crate::ui::files::read_file;
use crate::ui::route::Route;
use crate::worker::{DiscardCsv, ImportCsv, InspectCsv, LoadDatabase, MarkBaseline};

impl Workspace {
    /// Opens a file the person picked or dropped: a SQLite database replaces the current one;
    /// anything else is read as CSV and offered for review before import.
    pub fn open_file(self, file: File) {
        spawn_local(async move {
            let name = file.name();
            let bytes = match read_file(&file).await {
                Ok(bytes) => bytes,
                Err(message) => return self.complain(message),
            };
            match FileKind::of(&name, &bytes) {
                FileKind::Notebook => self.open_notebook(&name, &bytes),
                FileKind::Database => self.open_database(name, bytes).await,
                FileKind::Csv => self.inspect_csv(name, bytes).await,
            }
        });
    }

    /// Opens a notebook (or lesson) file as the scratch notebook, on its dataset.
    fn open_notebook(self, name: &str, bytes: &[u8]) {
        let parsed = std::str::from_utf8(bytes)
            .map_err(|_| "it is not UTF-8 text".to_owned())
            .and_then(|text| notebook_file::from_markdown(name, text).map_err(|e| e.to_string()));
        match parsed {
            Ok(file) => {
                let Some(dataset) = Dataset::by_id(&file.dataset) else {
                    return self.complain(format!("{name} names an unknown dataset, {}.", file.dataset));
                };
                self.scratch.set_value(file.notebook.clone());
                self.notebook.set(file.notebook);
                self.storage_key.set(Some(SCRATCH_KEY.to_owned()));
                if let Some(window) = web_sys::window() {
                    let _ = window.location().set_hash(&Route::Scratch.href());
                }
                self.inform(format!("Opened the notebook {name}."));
                self.load_starting_state(dataset, file.setup);
            }
            Err(message) => self.complain(format!("{name} is not a notebook file: {message}")),
        }
    }

    /// Replaces the database with an opened SQLite file, which becomes the starting state.
    async fn open_database(self, name: String, bytes: Vec<u8>) {
        match self.engine.ask(LoadDatabase { bytes }).await {
            Ok(()) => {
                // The opened file is the new starting state for Reset.
                if let Err(message) = self.engine.ask(MarkBaseline).await {
                    self.complain(message);
                }
                self.engine.status.set(EngineStatus::Ready { dataset: name.clone() });
                self.dataset.set(None);
                self.setup.set(String::new());
                self.inform(format!("Opened {name}."));
                self.refresh_schema();
            }
            Err(message) => self.complain(format!("{name}: {message} The current database is unchanged.")),
        }
    }

    /// Reads a CSV file in the worker and opens the import review with what it proposes.
    async fn inspect_csv(self, name: String, bytes: Vec<u8>) {
        match self.engine.ask(InspectCsv { file_name: name, bytes }).await {
            Ok(preview) => {
                let plan = ImportPlan::from_preview(&preview);
                self.notice.set(None);
                self.import.set(ImportState::Reviewing { preview, plan, problem: None });
            }
            Err(message) => self.complain(message),
        }
    }

    /// Imports the CSV under review as `plan` says, showing progress; on failure the review
    /// stays open with the reason, and nothing was imported.
    pub fn import_csv(self, plan: ImportPlan) {
        let ImportState::Reviewing { preview, .. } = self.import.get_untracked() else {
            return;
        };
        let total = preview.row_count;
        self.import.set(ImportState::Importing { table: plan.table.clone(), done: 0, total });
        let import = self.import;
        let on_progress: Box<dyn Fn(u64)> = Box::new(move |done| {
            import.update(|state| {
                if let ImportState::Importing { done: shown, .. } = state {
                    *shown = done;
                }
            });
        });
        spawn_local(async move {
            let imported =
                self.engine.ask_with_progress(ImportCsv { plan: plan.clone() }, Some(on_progress)).await;
            match imported {
                Ok(ImportReport { table, rows }) => {
                    self.import.set(ImportState::Idle);
                    self.inform(format!("Imported {} into the table {table}.", count(rows, "row")));
                    self.add_cell(open_table(&table));
                    self.refresh_schema();
                }
                Err(message) => {
                    self.import.set(ImportState::Reviewing { preview, plan, problem: Some(message) })
                }
            }
        });
    }

    /// Closes the import review; the worker forgets the file.
    pub fn cancel_import(self) {
        self.import.set(ImportState::Idle);
        spawn_local(async move {
            // Nothing to tell the person if the worker had already forgotten the file.
            let _ = self.engine.ask(DiscardCsv).await;
        });
    }
}
