//! [`Session`]: the database a worker holds, and how it answers each [`Request`].
//! Pure Rust, so the worker's behaviour is tested natively.

use crate::core::Database;
use std::collections::HashMap;

use crate::core::checker::{HiddenData, Task, check_task_with};
use crate::core::csv_export::query_to_csv;
use crate::core::csv_import::{self, ImportPlan};
use crate::core::lineage::trace_rewritten;
use crate::core::normalize::{discover, propose};
use crate::core::plan::explain;
use crate::core::schema::read_schema;

use super::protocol::{CsvSource, Request, Response};

pub struct Session {
    database: Database,
    /// The CSV last inspected, awaiting the person's go-ahead: (file name, bytes).
    pending_csv: Option<(String, Vec<u8>)>,
    /// The lesson's starting state, serialized: what Reset returns to and exercises are
    /// checked on.
    baseline: Option<Vec<u8>>,
    /// What the last request did to the database, for [`Session::take_snapshot`].
    changed: Change,
    /// Each exercise's sandbox, by exercise id: the starting state plus the exercise's setup
    /// and whatever the learner ran there since.
    sandboxes: HashMap<String, Database>,
    /// Each exercise's hidden copies, by (setup, reference, prompt), kept between Checks on the
    /// same starting state.
    hidden: HashMap<(String, String, String), HiddenData>,
}

/// Whether the database changed since the last snapshot was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Change {
    #[default]
    None,
    Data,
    /// The database became the starting state.
    Baseline,
}

impl Session {
    /// A session on a new, empty database.
    pub fn new() -> Result<Self, String> {
        let database = Database::open_in_memory().map_err(|e| e.to_string())?;
        Ok(Self {
            database,
            pending_csv: None,
            baseline: None,
            changed: Change::None,
            sandboxes: HashMap::new(),
            hidden: HashMap::new(),
        })
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    /// The database as bytes, with whether it is the starting state, if a request changed it
    /// since the last call.
    pub fn take_snapshot(&mut self) -> Option<(Vec<u8>, bool)> {
        let change = std::mem::take(&mut self.changed);
        if change == Change::None {
            return None;
        }
        self.database.to_bytes().ok().map(|bytes| (bytes, change == Change::Baseline))
    }

    /// Answers one request. Long requests call `progress` with how far they are (rows done).
    pub fn handle(&mut self, request: Request, progress: &mut dyn FnMut(u64)) -> Response {
        // What happens in an exercise's sandbox leaves the lesson's database as it was.
        let in_sandbox = matches!(request, Request::InExercise { .. });
        let response = self.answer(request, progress);
        if self.changed == Change::None && !in_sandbox {
            let changed = match &response {
                Response::ScriptRan(outcome) => outcome.results.iter().any(|r| !r.read_only),
                Response::DatabaseLoaded | Response::CsvImported(_) => true,
                _ => false,
            };
            if changed {
                self.changed = Change::Data;
            }
        }
        response
    }

    fn answer(&mut self, request: Request, progress: &mut dyn FnMut(u64)) -> Response {
        match request {
            Request::RunScript { sql, row_limit } => {
                Response::ScriptRan(self.database.run_script_tracked(&sql, row_limit))
            }
            Request::LoadDatabase { bytes } => match Database::from_bytes(&bytes) {
                Ok(database) => {
                    self.database = database;
                    Response::DatabaseLoaded
                }
                Err(err) => failed(format!("Could not open the database: {err}.")),
            },
            Request::ExportDatabase => match self.database.to_bytes() {
                Ok(bytes) => Response::DatabaseExported { bytes },
                Err(err) => failed(format!("Could not export the database: {err}.")),
            },
            Request::InspectCsv { file_name, bytes } => match csv_import::inspect(&bytes, &file_name) {
                Ok(preview) => {
                    self.pending_csv = Some((file_name, bytes));
                    Response::CsvInspected(preview)
                }
                Err(err) => failed(format!("Could not read {file_name}: {err}.")),
            },
            Request::ImportCsv { plan } => self.import_pending(&plan, progress),
            Request::DiscardCsv => {
                self.pending_csv = None;
                Response::Done
            }
            Request::BuildDatabase { sources, script } => self.build(&sources, &script, progress),
            Request::ReadSchema => match read_schema(self.database.connection()) {
                Ok(schema) => Response::Schema(schema),
                Err(err) => failed(format!("Could not read the schema: {err}.")),
            },
            Request::ExportCsv { sql } => match query_to_csv(self.database.connection(), &sql) {
                Ok(bytes) => Response::CsvExported { bytes },
                Err(err) => failed(format!("Could not export the rows: {err}.")),
            },
            Request::MarkBaseline => match self.database.to_bytes() {
                Ok(bytes) => {
                    self.baseline = Some(bytes);
                    self.sandboxes.clear();
                    self.hidden.clear();
                    self.changed = Change::Baseline;
                    Response::Done
                }
                Err(err) => failed(format!("Could not remember the starting state: {err}.")),
            },
            Request::ResetToBaseline => match self.baseline.as_deref().map(Database::from_bytes) {
                Some(Ok(database)) => {
                    self.database = database;
                    Response::DatabaseLoaded
                }
                Some(Err(err)) => failed(format!("Could not reset: {err}.")),
                None => failed("There is no starting state to reset to.".into()),
            },
            Request::CheckExercise { setup, learner, reference, prompt } => match self.starting_state() {
                Ok(state) => {
                    let task = Task { setup: &setup, reference: &reference, prompt: &prompt };
                    // Without a remembered starting state the database itself is checked on,
                    // and it changes: nothing made of it is kept.
                    let fresh = HiddenData::default();
                    let hidden = match self.baseline {
                        Some(_) => {
                            self.hidden.entry((setup.clone(), reference.clone(), prompt.clone())).or_default()
                        }
                        None => &fresh,
                    };
                    Response::Checked(check_task_with(&state, task, &learner, hidden))
                }
                Err(err) => failed(format!("Could not check: {err}.")),
            },
            Request::InExercise { request, .. }
                if !matches!(
                    *request,
                    Request::RunScript { .. }
                        | Request::ExportCsv { .. }
                        | Request::ExplainPlan { .. }
                        | Request::TraceRows { .. }
                        | Request::ReadSchema
                ) =>
            {
                failed(
                    "Only running, exporting, explaining and tracing happen in an exercise's sandbox.".into(),
                )
            }
            Request::InExercise { exercise, setup, request } => match self.sandbox(&exercise, &setup) {
                Ok(_) => {
                    // The sandbox stands in for the lesson's database while it answers.
                    let sandbox = self.sandboxes.get_mut(&exercise).expect("made above");
                    std::mem::swap(&mut self.database, sandbox);
                    let response = self.answer(*request, progress);
                    let sandbox = self.sandboxes.get_mut(&exercise).expect("still there");
                    std::mem::swap(&mut self.database, sandbox);
                    response
                }
                Err(message) => failed(message),
            },
            Request::ResetExercise { exercise } => {
                self.sandboxes.remove(&exercise);
                Response::Done
            }
            Request::ExplainPlan { sql } => match explain(self.database.connection(), &sql) {
                Ok(plan) => Response::Plan(plan),
                Err(message) => failed(format!("Could not explain the statement: {message}.")),
            },
            Request::TryChanges { scripts } => match self.database.try_changes(&scripts) {
                Ok(outcomes) => Response::TriedChanges(outcomes),
                Err(message) => failed(format!("Could not try the changes: {message}.")),
            },
            Request::ProposeNormalization { table } => match discover(self.database.connection(), &table) {
                Ok(discovery) => {
                    let decomposition = propose(&discovery);
                    Response::Normalization { discovery, decomposition }
                }
                Err(message) => failed(format!("Could not study the table {table}: {message}.")),
            },
            Request::TraceRows { rewrite } => match trace_rewritten(self.database.connection(), &rewrite) {
                Ok(traced) => Response::Traced(traced),
                Err(reason) => failed(format!("These rows cannot be traced: {reason}.")),
            },
        }
    }

    /// What exercises start from: the remembered starting state, or else the database as it is.
    fn starting_state(&mut self) -> Result<Vec<u8>, String> {
        match &self.baseline {
            Some(bytes) => Ok(bytes.clone()),
            None => self.database.to_bytes().map_err(|e| e.to_string()),
        }
    }

    /// The exercise's sandbox, made from the starting state and the setup on first use.
    fn sandbox(&mut self, exercise: &str, setup: &str) -> Result<&mut Database, String> {
        if exercise.is_empty() {
            return Err("An exercise's sandbox needs the exercise's id.".into());
        }
        if !self.sandboxes.contains_key(exercise) {
            let state = self.starting_state().map_err(|e| format!("Could not prepare the exercise: {e}."))?;
            let mut database =
                Database::from_bytes(&state).map_err(|e| format!("Could not prepare the exercise: {e}."))?;
            if let Some(error) = database.run_script(setup, 0).error {
                return Err(format!(
                    "The exercise's setup failed ({}); this is a bug in the lesson.",
                    error.message
                ));
            }
            self.sandboxes.insert(exercise.to_owned(), database);
        }
        Ok(self.sandboxes.get_mut(exercise).expect("made above"))
    }

    fn import_pending(&mut self, plan: &ImportPlan, progress: &mut dyn FnMut(u64)) -> Response {
        let Some((file_name, bytes)) = self.pending_csv.take() else {
            return failed("There is no CSV file waiting to be imported; open it again.".into());
        };
        match csv_import::import_into(self.database.connection(), &bytes, plan, progress) {
            Ok(report) => Response::CsvImported(report),
            Err(err) => {
                // Keep the file so the person can fix the plan (say, the table name) and retry.
                self.pending_csv = Some((file_name.clone(), bytes));
                failed(format!("Nothing was imported from {file_name}: {err}."))
            }
        }
    }

    /// Builds a whole new database; the current one is replaced only when every step worked.
    fn build(&mut self, sources: &[CsvSource], script: &str, progress: &mut dyn FnMut(u64)) -> Response {
        match build_database(sources, script, progress) {
            Ok(database) => {
                self.database = database;
                Response::DatabaseLoaded
            }
            Err(message) => failed(message),
        }
    }
}

fn build_database(
    sources: &[CsvSource],
    script: &str,
    progress: &mut dyn FnMut(u64),
) -> Result<Database, String> {
    let mut database = Database::open_in_memory().map_err(|e| e.to_string())?;
    let mut done = 0;
    for source in sources {
        let fail = |err: csv_import::CsvError| format!("Could not import {}: {err}.", source.file_name);
        let preview = csv_import::inspect(&source.bytes, &source.file_name).map_err(fail)?;
        let plan = ImportPlan { table: source.table.clone(), ..ImportPlan::from_preview(&preview) };
        let report = csv_import::import_into(database.connection(), &source.bytes, &plan, &mut |rows| {
            progress(done + rows)
        })
        .map_err(fail)?;
        done += report.rows;
    }
    if !script.trim().is_empty() {
        let outcome = database.run_script(script, 0);
        if let Some(error) = outcome.error {
            return Err(format!(
                "The dataset's set-up script failed at statement {}: {}",
                error.statement_index + 1,
                error.message
            ));
        }
    }
    Ok(database)
}

fn failed(message: String) -> Response {
    Response::Failed { message }
}
