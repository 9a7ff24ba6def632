//! [`Session`]: the database a worker holds, and how it answers each [`Request`].
//! Pure Rust, so the worker's behaviour is tested natively.

use crate::core::Database;
use std::collections::HashMap;

use crate::core::checker::{HiddenData, Task, check_task_with};
use crate::core::csv_export::query_to_csv;
use crate::core::csv_import::{self, ImportPlan};
use crate::core::lineage::{Rewrite, trace_rewritten};
use crate::core::normalize::{discover, propose};
use crate::core::plan::explain;
use crate::core::schema::read_schema;

use super::protocol::{
    Ask, BuildDatabase, CheckExercise, CsvSource, DatabaseWorker, ExplainPlan, ExportCsv, ImportCsv,
    InExercise, InspectCsv, LoadDatabase, Normalization, ProposeNormalization, Request, ResetExercise,
    Response, RunScript, Snapshot, TraceRows, TryChanges,
};

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
    /// Queries rewritten for tracing, by their text: given by the worker's host, which has the
    /// parser worker rewrite them (natively the parser runs here).
    rewrites: HashMap<String, Result<Rewrite, String>>,
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
            rewrites: HashMap::new(),
        })
    }

    pub fn database(&self) -> &Database {
        &self.database
    }

    /// The database as bytes, with whether it is the starting state, if a request changed it
    /// since the last call.
    pub fn take_snapshot(&mut self) -> Option<Snapshot> {
        let change = std::mem::take(&mut self.changed);
        if change == Change::None {
            return None;
        }
        self.database.to_bytes().ok().map(|bytes| Snapshot { bytes, baseline: change == Change::Baseline })
    }

    /// Whether `sql` has been rewritten for tracing already (see [`Session::remember_rewrite`]).
    pub fn has_rewrite(&self, sql: &str) -> bool {
        self.rewrites.contains_key(sql)
    }

    /// Keeps the parser's rewrite of `sql` for the `TraceRows` that asks for it. A few are kept,
    /// so that tracing a query again needs no parser.
    pub fn remember_rewrite(&mut self, sql: String, rewrite: Result<Rewrite, String>) {
        const KEPT: usize = 32;
        if self.rewrites.len() >= KEPT {
            self.rewrites.clear();
        }
        self.rewrites.insert(sql, rewrite);
    }

    /// Answers a typed request: what the native tests and tools use.
    pub fn ask<A: Ask<DatabaseWorker>>(&mut self, request: A) -> Result<A::Answer, String> {
        self.ask_with_progress(request, &mut |_| {})
    }

    /// Answers a typed request, reporting progress (rows done) to `progress`.
    pub fn ask_with_progress<A: Ask<DatabaseWorker>>(
        &mut self,
        request: A,
        progress: &mut dyn FnMut(u64),
    ) -> Result<A::Answer, String> {
        let response = self.handle(request.into(), progress)?;
        Ok(A::answer(response).expect("the session answers each request with its own kind of response"))
    }

    /// Answers one request: its response, or a message for a person saying why it could not be
    /// carried out. Long requests call `progress` with how far they are (rows done).
    pub fn handle(&mut self, request: Request, progress: &mut dyn FnMut(u64)) -> Result<Response, String> {
        // The requests that may change the lesson's database. What happens in an exercise's
        // sandbox (InExercise) leaves it as it was.
        let changes_database = matches!(
            request,
            Request::LoadDatabase(_)
                | Request::BuildDatabase(_)
                | Request::ResetToBaseline(_)
                | Request::ImportCsv(_)
                | Request::RunScript(_)
        );
        let response = self.answer(request, progress);
        if self.changed == Change::None && changes_database {
            let changed = match &response {
                Ok(Response::ScriptRan(outcome)) => outcome.results.iter().any(|r| !r.read_only),
                Ok(_) => true,
                Err(_) => false,
            };
            if changed {
                self.changed = Change::Data;
            }
        }
        response
    }

    fn answer(&mut self, request: Request, progress: &mut dyn FnMut(u64)) -> Result<Response, String> {
        match request {
            Request::RunScript(RunScript { sql, row_limit }) => {
                Ok(Response::ScriptRan(self.database.run_script_tracked(&sql, row_limit)))
            }
            Request::LoadDatabase(LoadDatabase { bytes }) => {
                let database = Database::from_bytes(&bytes)
                    .map_err(|err| format!("Could not open the database: {err}."))?;
                self.database = database;
                Ok(Response::Done)
            }
            Request::ExportDatabase(_) => self
                .database
                .to_bytes()
                .map(Response::Bytes)
                .map_err(|err| format!("Could not export the database: {err}.")),
            Request::InspectCsv(InspectCsv { file_name, bytes }) => {
                let preview = csv_import::inspect(&bytes, &file_name)
                    .map_err(|err| format!("Could not read {file_name}: {err}."))?;
                self.pending_csv = Some((file_name, bytes));
                Ok(Response::CsvInspected(preview))
            }
            Request::ImportCsv(ImportCsv { plan }) => self.import_pending(&plan, progress),
            Request::DiscardCsv(_) => {
                self.pending_csv = None;
                Ok(Response::Done)
            }
            Request::BuildDatabase(BuildDatabase { sources, script }) => {
                self.database = build_database(&sources, &script, progress)?;
                Ok(Response::Done)
            }
            Request::ReadSchema(_) => read_schema(self.database.connection())
                .map(Response::Schema)
                .map_err(|err| format!("Could not read the schema: {err}.")),
            Request::ExportCsv(ExportCsv { sql }) => query_to_csv(self.database.connection(), &sql)
                .map(Response::Bytes)
                .map_err(|err| format!("Could not export the rows: {err}.")),
            Request::MarkBaseline(_) => {
                let bytes = self
                    .database
                    .to_bytes()
                    .map_err(|err| format!("Could not remember the starting state: {err}."))?;
                self.baseline = Some(bytes);
                self.sandboxes.clear();
                self.hidden.clear();
                self.changed = Change::Baseline;
                Ok(Response::Done)
            }
            Request::ResetToBaseline(_) => match self.baseline.as_deref().map(Database::from_bytes) {
                Some(Ok(database)) => {
                    self.database = database;
                    Ok(Response::Done)
                }
                Some(Err(err)) => Err(format!("Could not reset: {err}.")),
                None => Err("There is no starting state to reset to.".into()),
            },
            Request::CheckExercise(CheckExercise { setup, learner, reference, prompt }) => match self
                .starting_state()
            {
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
                    Ok(Response::Checked(check_task_with(&state, task, &learner, hidden)))
                }
                Err(err) => Err(format!("Could not check: {err}.")),
            },
            Request::InExercise(InExercise { request, .. })
                if !matches!(
                    *request,
                    Request::RunScript(_)
                        | Request::ExportCsv(_)
                        | Request::ExplainPlan(_)
                        | Request::TraceRows(_)
                        | Request::ReadSchema(_)
                ) =>
            {
                Err("Only running, exporting, explaining and tracing happen in an exercise's sandbox.".into())
            }
            Request::InExercise(InExercise { exercise, setup, request }) => {
                match self.sandbox(&exercise, &setup) {
                    Ok(_) => {
                        // The sandbox stands in for the lesson's database while it answers.
                        let sandbox = self.sandboxes.get_mut(&exercise).expect("made above");
                        std::mem::swap(&mut self.database, sandbox);
                        let response = self.answer(*request, progress);
                        let sandbox = self.sandboxes.get_mut(&exercise).expect("still there");
                        std::mem::swap(&mut self.database, sandbox);
                        response
                    }
                    Err(message) => Err(message),
                }
            }
            Request::ResetExercise(ResetExercise { exercise }) => {
                self.sandboxes.remove(&exercise);
                Ok(Response::Done)
            }
            Request::ExplainPlan(ExplainPlan { sql }) => explain(self.database.connection(), &sql)
                .map(Response::Plan)
                .map_err(|message| format!("Could not explain the statement: {message}.")),
            Request::TryChanges(TryChanges { scripts }) => self
                .database
                .try_changes(&scripts)
                .map(Response::TriedChanges)
                .map_err(|message| format!("Could not try the changes: {message}.")),
            Request::ProposeNormalization(ProposeNormalization { table }) => {
                let discovery = discover(self.database.connection(), &table)
                    .map_err(|message| format!("Could not study the table {table}: {message}."))?;
                let decomposition = propose(&discovery);
                Ok(Response::Normalization(Normalization { discovery, decomposition }))
            }
            Request::TraceRows(TraceRows { sql }) => {
                // The parser's reasons are sentence fragments.
                let rewrite =
                    self.rewrite(&sql).map_err(|reason| format!("These rows cannot be traced: {reason}."))?;
                trace_rewritten(self.database.connection(), &rewrite)
                    .map(Response::Traced)
                    .map_err(|reason| format!("These rows cannot be traced: {reason}."))
            }
        }
    }

    /// The rewrite of `sql` for tracing: the one the host remembered, or natively the parser's.
    fn rewrite(&mut self, sql: &str) -> Result<Rewrite, String> {
        #[cfg(feature = "parser")]
        if !self.has_rewrite(sql) {
            self.remember_rewrite(sql.to_owned(), crate::core::lineage::rewrite(sql));
        }
        match self.rewrites.get(sql) {
            Some(rewrite) => rewrite.clone(),
            None => Err("the SQL parser is not loaded".into()),
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

    fn import_pending(
        &mut self,
        plan: &ImportPlan,
        progress: &mut dyn FnMut(u64),
    ) -> Result<Response, String> {
        let Some((file_name, bytes)) = self.pending_csv.take() else {
            return Err("There is no CSV file waiting to be imported; open it again.".into());
        };
        match csv_import::import_into(self.database.connection(), &bytes, plan, progress) {
            Ok(report) => Ok(Response::CsvImported(report)),
            Err(err) => {
                // Keep the file so the person can fix the plan (say, the table name) and retry.
                self.pending_csv = Some((file_name.clone(), bytes));
                Err(format!("Nothing was imported from {file_name}: {err}."))
            }
        }
    }
}

/// Builds a whole new database; the current one is replaced only when every step worked.
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
