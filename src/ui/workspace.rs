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
use web_sys::File;

use super::dataset::{Dataset, load_request};
use super::engine::{Engine, EngineStatus, UNEXPECTED};
use super::files::{download, has_database_extension, looks_like_sqlite, read_file};
use super::route::Route;
use super::storage::{self, Saved, local_storage};
use crate::core::{CellKind, Notebook, notebook_file, share};

/// More cells than any hand-made notebook has: a link with more is not opened (a link can
/// compress a huge number of empty cells).
const MAX_SHARED_CELLS: usize = 500;
use crate::core::csv_import::{CsvPreview, ImportPlan, ImportReport};
use crate::core::format::count;
use crate::core::plan::QueryPlan;
use crate::core::schema::Schema;
use crate::core::script::quote_identifier;
use crate::worker::{Request, Response};

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

/// Whether a save is under way, and whether another change came in meanwhile.
#[derive(Debug, Clone, Copy, Default)]
struct Saving {
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
    fn saved_file(key: &str) -> Option<notebook_file::NotebookFile> {
        let text = local_storage()?.get_item(&cells_key(key)).ok().flatten()?;
        notebook_file::from_markdown("saved.md", &text).ok()
    }

    /// Saves the latest database under the page's key; changes arriving during a save are
    /// saved right after it.
    fn save_database(self) {
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
        let mut requests = Vec::new();
        if let Some(bytes) = saved.baseline {
            requests.push(Request::LoadDatabase { bytes });
            requests.push(Request::MarkBaseline);
        }
        requests.push(Request::LoadDatabase { bytes: saved.latest });
        for request in requests {
            if self.superseded(key) {
                return;
            }
            if let Response::Failed { message } = self.engine.request(request).await {
                self.complain(format!("Your saved work could not be restored ({message}); starting afresh."));
                return self.load_starting_state(dataset, String::new());
            }
        }
        self.dataset.set((saved.label == dataset.name).then_some(dataset.id));
        self.engine.status.set(EngineStatus::Ready { dataset: saved.label });
        self.data_loaded(key.clone());
    }

    /// The page's data is in the worker: from now on its snapshots are saved under its key,
    /// starting with this state.
    fn data_loaded(self, key: Option<String>) {
        self.loaded_key.set_value(key);
        self.save_database();
        self.refresh_schema();
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
            match self.engine.request(Request::ReadSchema).await {
                Response::Schema(schema) => self.schema.set(Some(schema)),
                Response::Failed { message } => self.complain(message),
                _ => {}
            }
        });
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

    async fn prepare(self, key: &Option<String>, load: Request, setup: String) -> Result<(), String> {
        const LEFT: &str = "The page changed while its data was loading.";
        if self.superseded(key) {
            return Err(LEFT.into());
        }
        match self.engine.request(load).await {
            Response::DatabaseLoaded => {}
            Response::Failed { message } => return Err(message),
            _ => return Err(UNEXPECTED.to_owned()),
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
        match self.engine.request(Request::MarkBaseline).await {
            Response::Done => Ok(()),
            Response::Failed { message } => Err(message),
            _ => Err(UNEXPECTED.to_owned()),
        }
    }

    /// Opens a file the person picked or dropped: a SQLite database replaces the current one;
    /// anything else is read as CSV and offered for review before import.
    pub fn open_file(self, file: File) {
        spawn_local(async move {
            let name = file.name();
            let bytes = match read_file(&file).await {
                Ok(bytes) => bytes,
                Err(message) => return self.complain(message),
            };
            let lower = name.to_ascii_lowercase();
            if lower.ends_with(".md") || lower.ends_with(".markdown") {
                self.open_notebook(&name, &bytes);
            } else if looks_like_sqlite(&bytes) || has_database_extension(&name) {
                self.open_database(name, bytes).await;
            } else {
                self.inspect_csv(name, bytes).await;
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

    /// Makes a link that opens these cells on this dataset, puts it on the clipboard and shows
    /// it; a notebook too large for a link is saved as a Markdown file instead.
    pub fn share(self, title: &str) {
        let dataset = self.dataset.get_untracked().unwrap_or("empty").to_owned();
        let cells = self
            .notebook
            .with_untracked(|nb| nb.cells().iter().map(|c| (c.kind, c.source.clone())).collect());
        match share::encode(&share::SharedNotebook { dataset, cells }) {
            Ok(fragment) => {
                let Some(window) = web_sys::window() else { return };
                let location = window.location();
                let base = format!(
                    "{}{}",
                    location.origin().unwrap_or_default(),
                    location.pathname().unwrap_or_default()
                );
                let link = format!("{base}#{fragment}");
                let copying =
                    wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(&link));
                spawn_local(async move {
                    // Without clipboard permission the link is still shown to copy by hand.
                    let said = match copying.await {
                        Ok(_) => "Link copied to the clipboard:",
                        Err(_) => "Share this link:",
                    };
                    self.inform(format!("{said} {link}"));
                });
            }
            Err(share::ShareError::TooLong { .. }) => {
                self.save_notebook(title);
                self.inform("This notebook is too large for a link, so it was saved as a Markdown file to share instead.");
            }
            Err(err) => self.complain(err.to_string()),
        }
    }

    /// Opens a shared notebook from the address bar's fragment, if it holds one; returns
    /// whether it did (the caller then skips loading the default dataset).
    pub fn open_shared_link(self) -> bool {
        let Some(window) = web_sys::window() else { return false };
        let hash = window.location().hash().unwrap_or_default();
        let Some(decoded) = share::decode(&hash) else { return false };
        let _ = window.location().set_hash(&Route::Scratch.href());
        let shared = match decoded {
            Ok(shared) if shared.cells.len() <= MAX_SHARED_CELLS => shared,
            Ok(_) | Err(_) => {
                self.complain(format!("{}; the notebook could not be opened.", share::ShareError::Damaged));
                return false;
            }
        };
        let Some(dataset) = Dataset::by_id(&shared.dataset) else {
            self.complain(format!("The shared notebook names an unknown dataset, {}.", shared.dataset));
            return false;
        };
        let notebook = Notebook::from_cells(shared.cells);
        self.scratch.set_value(notebook.clone());
        self.notebook.set(notebook);
        self.storage_key.set(Some(SCRATCH_KEY.to_owned()));
        self.inform("Opened a shared notebook.");
        self.load_dataset(dataset);
        true
    }

    /// Offers the cells on screen as a Markdown notebook file.
    pub fn save_notebook(self, title: &str) {
        let dataset = self.dataset.get_untracked().unwrap_or("empty");
        let setup = self.setup.get_untracked();
        let text = self.notebook.with_untracked(|nb| notebook_file::to_markdown(title, dataset, &setup, nb));
        let file_name = format!("{}.md", title.to_lowercase().replace(|c: char| !c.is_alphanumeric(), "-"));
        if let Err(message) = download(text.as_bytes(), &file_name, "text/markdown") {
            self.complain(message);
        }
    }

    async fn open_database(self, name: String, bytes: Vec<u8>) {
        match self.engine.request(Request::LoadDatabase { bytes }).await {
            Response::DatabaseLoaded => {
                // The opened file is the new starting state for Reset.
                self.engine.request(Request::MarkBaseline).await;
                self.engine.status.set(EngineStatus::Ready { dataset: name.clone() });
                self.dataset.set(None);
                self.setup.set(String::new());
                self.inform(format!("Opened {name}."));
                self.refresh_schema();
            }
            Response::Failed { message } => {
                self.complain(format!("{name}: {message} The current database is unchanged."))
            }
            _ => self.complain(UNEXPECTED),
        }
    }

    async fn inspect_csv(self, name: String, bytes: Vec<u8>) {
        match self.engine.request(Request::InspectCsv { file_name: name, bytes }).await {
            Response::CsvInspected(preview) => {
                let plan = ImportPlan::from_preview(&preview);
                self.notice.set(None);
                self.import.set(ImportState::Reviewing { preview, plan, problem: None });
            }
            Response::Failed { message } => self.complain(message),
            _ => self.complain(UNEXPECTED),
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
            let response = self
                .engine
                .request_with_progress(Request::ImportCsv { plan: plan.clone() }, Some(on_progress))
                .await;
            match response {
                Response::CsvImported(ImportReport { table, rows }) => {
                    self.import.set(ImportState::Idle);
                    self.inform(format!("Imported {} into the table {table}.", count(rows, "row")));
                    self.add_cell(format!("SELECT * FROM {} LIMIT 100;", quote_identifier(&table)));
                    self.refresh_schema();
                }
                Response::Failed { message } => {
                    self.import.set(ImportState::Reviewing { preview, plan, problem: Some(message) })
                }
                _ => self.complain(UNEXPECTED),
            }
        });
    }

    pub fn cancel_import(self) {
        self.import.set(ImportState::Idle);
        spawn_local(async move {
            self.engine.request(Request::DiscardCsv).await;
        });
    }

    /// Offers the whole database as a .db download.
    pub fn export_database(self) {
        spawn_local(async move {
            match self.engine.request(Request::ExportDatabase).await {
                Response::DatabaseExported { bytes } => {
                    let name = export_name(&self.engine.status.get_untracked());
                    if let Err(message) = download(&bytes, &name, "application/vnd.sqlite3") {
                        self.complain(message);
                    }
                }
                Response::Failed { message } => self.complain(message),
                _ => self.complain(UNEXPECTED),
            }
        });
    }

    /// Offers every row of a read-only statement as a CSV download; `request` is its
    /// `ExportCsv`, routed to an exercise's sandbox when the statement ran there.
    pub fn export_csv(self, request: Request) {
        spawn_local(async move {
            match self.engine.request(request).await {
                Response::CsvExported { bytes } => {
                    if let Err(message) = download(&bytes, "result.csv", "text/csv") {
                        self.complain(message);
                    }
                }
                Response::Failed { message } => self.complain(message),
                _ => self.complain(UNEXPECTED),
            }
        });
    }
}

/// `Chinook` → `Chinook.db`; `mine.sqlite` stays `mine.sqlite`.
fn export_name(status: &EngineStatus) -> String {
    let base = match status {
        EngineStatus::Ready { dataset } => dataset.split(" (").next().unwrap_or(dataset).to_owned(),
        _ => "joinery".to_owned(),
    };
    if has_database_extension(&base) { base } else { format!("{}.db", base.trim_end_matches(".csv")) }
}
