//! Keeping the page's work: the database after every change (one save at a time, the latest
//! state saved right after a save under way) and the cells after every edit.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{SaveStatus, Workspace};
use crate::core::{Notebook, notebook_file};
use crate::ui::engine::EngineStatus;
use crate::ui::storage::{self, Saved, local_storage};

/// Whether a save is under way, and whether another change came in meanwhile.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Saving {
    busy: bool,
    again: bool,
    /// The person has been told that saving does not work here; once is enough.
    warned: bool,
}

/// The storage key of the scratch notebook.
pub const SCRATCH_KEY: &str = "scratch";

/// The local-storage key of a notebook's cells.
fn cells_key(storage_key: &str) -> String {
    format!("joinery.cells.{storage_key}")
}

impl Workspace {
    /// Starts saving: the database after every change, the cells after every edit.
    pub fn keep_work(self) {
        self.engine.on_snapshot(move || self.save_database());
        Effect::new(move |_| {
            let Some(key) = self.storage_key.get() else { return };
            let setup = self.setup.get();
            let text =
                self.notebook.with(|nb| notebook_file::to_markdown("Saved cells", "empty", &setup, nb));
            if let Some(store) = local_storage() {
                let _ = store.set_item(&cells_key(&key), &text);
            }
        });
    }

    /// The cells saved for `key`, if any.
    pub fn saved_cells(key: &str) -> Option<Notebook> {
        Self::saved_file(key).map(|file| file.notebook)
    }

    /// The cells and setup saved for `key`, if any.
    pub(super) fn saved_file(key: &str) -> Option<notebook_file::NotebookFile> {
        let text = local_storage()?.get_item(&cells_key(key)).ok().flatten()?;
        notebook_file::from_markdown("saved.md", &text).ok()
    }

    /// Saves the latest database under the page's key; changes arriving during a save are
    /// saved right after it.
    pub(super) fn save_database(self) {
        let mut state = self.saving.get_value();
        if state.busy {
            state.again = true;
            self.saving.set_value(state);
            return;
        }
        self.saving.set_value(Saving { busy: true, again: false, ..state });
        self.save_status.set(SaveStatus::Saving);
        spawn_local(async move {
            let mut failed = false;
            loop {
                let (latest, baseline) = self.engine.snapshots();
                let key = self.loaded_key.get_value();
                if let (Some(latest), Some(key)) = (latest, key) {
                    let label = match self.engine.status.get_untracked() {
                        EngineStatus::Ready { dataset } => dataset,
                        _ => String::new(),
                    };
                    if let Err(message) = storage::save(&key, &Saved { latest, baseline, label }).await {
                        failed = true;
                        let mut state = self.saving.get_value();
                        if !state.warned {
                            state.warned = true;
                            self.saving.set_value(state);
                            self.complain(format!(
                                "Your work could not be saved: {message}. It stays in this tab until you close it."
                            ));
                        }
                    }
                }
                let mut state = self.saving.get_value();
                if !state.again {
                    state.busy = false;
                    self.saving.set_value(state);
                    self.save_status.set(if failed { SaveStatus::Failed } else { SaveStatus::Saved });
                    break;
                }
                state.again = false;
                self.saving.set_value(state);
            }
        });
    }
}
