//! Switching pages: each page (the scratch notebook, a lesson) has its own database, restored
//! from what was saved under its key or loaded from its dataset and setup; work for a page
//! that is no longer on screen is dropped.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Workspace;
use crate::ui::dataset::{Dataset, DatasetLoad, load_request};
use crate::ui::engine::EngineStatus;
use crate::ui::storage::{self, Saved};
use crate::worker::{LoadDatabase, MarkBaseline};

impl Workspace {
    /// Switches the database to the one saved under `key`, or, if nothing is saved, to
    /// `dataset` after `setup`. Nothing happens if `key` is already the page's key.
    pub fn enter(self, key: String, dataset: Dataset, setup: String) {
        if self.storage_key.get_untracked().as_deref() == Some(key.as_str()) {
            return;
        }
        // What was saved with the cells: the scratch notebook's comes from a file opened earlier.
        let saved_setup = Self::saved_file(&key).map(|file| file.setup).filter(|s| !s.trim().is_empty());
        self.setup.set(saved_setup.unwrap_or_else(|| setup.clone()));
        self.storage_key.set(Some(key.clone()));
        self.loaded_key.set_value(None);
        self.engine.status.set(EngineStatus::Loading);
        spawn_local(async move {
            let loaded = storage::load(&key).await;
            if self.superseded(&Some(key.clone())) {
                return;
            }
            match loaded {
                Ok(Some(saved)) => self.restore(&Some(key.clone()), dataset, saved).await,
                Ok(None) => self.load_starting_state(dataset, setup),
                Err(message) => {
                    self.inform(format!("Your work will last until you close this tab: {message}."));
                    self.load_starting_state(dataset, setup);
                }
            }
        });
    }

    async fn restore(self, key: &Option<String>, dataset: Dataset, saved: Saved) {
        let label = saved.label.clone();
        match self.replay(key, saved).await {
            Ok(true) => {}
            Ok(false) => return,
            Err(message) => {
                self.complain(format!("Your saved work could not be restored ({message}); starting afresh."));
                return self.load_starting_state(dataset, String::new());
            }
        }
        self.dataset.set((label == dataset.name).then_some(dataset.id));
        self.engine.status.set(EngineStatus::Ready { dataset: label });
        self.data_loaded(key.clone());
    }

    /// Loads the saved starting state and latest state into the worker; `Ok(false)` when the
    /// page changed meanwhile.
    async fn replay(self, key: &Option<String>, saved: Saved) -> Result<bool, String> {
        if let Some(bytes) = saved.baseline {
            if self.superseded(key) {
                return Ok(false);
            }
            self.engine.ask(LoadDatabase { bytes }).await?;
            if self.superseded(key) {
                return Ok(false);
            }
            self.engine.ask(MarkBaseline).await?;
        }
        if self.superseded(key) {
            return Ok(false);
        }
        self.engine.ask(LoadDatabase { bytes: saved.latest }).await?;
        Ok(true)
    }

    /// The page's data is in the worker: from now on its snapshots are saved under its key,
    /// starting with this state.
    fn data_loaded(self, key: Option<String>) {
        self.loaded_key.set_value(key);
        self.save_database();
        self.refresh_schema();
    }

    /// Replaces the database with a sample dataset. On failure the database stays as it was
    /// (and so does the engine's status, unless nothing was loaded yet).
    pub fn load_dataset(self, dataset: Dataset) {
        self.load_starting_state(dataset, String::new());
    }

    /// Loads `dataset`, runs `setup` on it, and remembers the result as the starting state
    /// that Reset returns to and exercises are checked on.
    pub fn load_starting_state(self, dataset: Dataset, setup: String) {
        let previous = self.engine.status.get_untracked();
        let key = self.storage_key.get_untracked();
        self.loaded_key.set_value(None);
        self.engine.status.set(EngineStatus::Loading);
        spawn_local(async move {
            let outcome = match load_request(&dataset).await {
                Err(message) => Err(message),
                Ok(request) => self.prepare(&key, request, setup.clone()).await,
            };
            if self.superseded(&key) {
                return;
            }
            match outcome {
                Ok(()) => {
                    self.engine.status.set(EngineStatus::Ready { dataset: dataset.name.to_owned() });
                    self.dataset.set(Some(dataset.id));
                    self.setup.set(setup);
                    self.data_loaded(key);
                }
                Err(message) => {
                    let keep = match previous {
                        EngineStatus::Ready { .. } => previous,
                        _ => EngineStatus::Broken(message.clone()),
                    };
                    self.engine.status.set(keep);
                    self.complain(message);
                }
            }
        });
    }

    /// Whether the page changed (to another lesson, say) since work for `key` began: its
    /// requests must then not reach the worker after the new page's.
    fn superseded(self, key: &Option<String>) -> bool {
        self.storage_key.get_untracked() != *key
    }

    /// Loads a dataset into the worker, runs `setup` and marks the result as the starting
    /// state, unless the page changes meanwhile.
    async fn prepare(self, key: &Option<String>, load: DatasetLoad, setup: String) -> Result<(), String> {
        const LEFT: &str = "The page changed while its data was loading.";
        if self.superseded(key) {
            return Err(LEFT.into());
        }
        match load {
            DatasetLoad::File(request) => self.engine.ask(request).await?,
            DatasetLoad::Build(request) => self.engine.ask(request).await?,
        }
        if self.superseded(key) {
            return Err(LEFT.into());
        }
        if !setup.trim().is_empty() {
            let outcome = self.engine.run_script(setup).await?;
            if let Some(error) = outcome.error {
                return Err(format!("The lesson's setup failed: {}", error.message));
            }
        }
        if self.superseded(key) {
            return Err(LEFT.into());
        }
        self.engine.ask(MarkBaseline).await
    }
}
