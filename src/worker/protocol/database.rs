//! The database worker's messages: each request is a struct declaring its answer, gathered in
//! [`Request`]; [`Response`] holds every kind of answer; [`Snapshot`] is its one event.

use serde::{Deserialize, Serialize};

use super::{Ask, Protocol};
use crate::core::ScriptOutcome;
use crate::core::csv_import::{CsvPreview, ImportPlan, ImportReport};
use crate::core::lineage::Trace;
use crate::core::normalize::{Decomposition, Discovery};
use crate::core::outcome::Verdict;
use crate::core::plan::QueryPlan;
use crate::core::schema::Schema;

/// The database worker (`src/bin/worker.rs`): SQLite and the session that answers requests.
pub struct DatabaseWorker;

impl Protocol for DatabaseWorker {
    type Request = Request;
    type Response = Response;
    type Event = Snapshot;
}

/// The whole database, sent after a request changed it (and with `baseline` after
/// MarkBaseline), so that the page can save it and restore it in a new worker after stopping
/// a runaway query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
    pub baseline: bool,
}

/// What the page asks of the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    RunScript(RunScript),
    LoadDatabase(LoadDatabase),
    ExportDatabase(ExportDatabase),
    InspectCsv(InspectCsv),
    ImportCsv(ImportCsv),
    DiscardCsv(DiscardCsv),
    BuildDatabase(BuildDatabase),
    ReadSchema(ReadSchema),
    ExportCsv(ExportCsv),
    MarkBaseline(MarkBaseline),
    ResetToBaseline(ResetToBaseline),
    CheckExercise(CheckExercise),
    ExplainPlan(ExplainPlan),
    TraceRows(TraceRows),
    TryChanges(TryChanges),
    ProposeNormalization(ProposeNormalization),
    InExercise(InExercise),
    ResetExercise(ResetExercise),
}

/// What the database worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    ScriptRan(ScriptOutcome),
    /// The request is carried out; it has nothing to report.
    Done,
    Bytes(#[serde(with = "serde_bytes")] Vec<u8>),
    CsvInspected(CsvPreview),
    CsvImported(ImportReport),
    Schema(Schema),
    Checked(Verdict),
    Plan(QueryPlan),
    Traced(Trace),
    TriedChanges(Vec<ScriptOutcome>),
    Normalization(Normalization),
}

/// The functional dependencies found in a table's rows and the decomposition they suggest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Normalization {
    pub discovery: Discovery,
    pub decomposition: Decomposition,
}

/// Declares a database request: its struct, its place in [`Request`], and its answer.
macro_rules! request {
    ($(#[$doc:meta])* $name:ident { $($fields:tt)* } => $answer:ty, $pattern:pat => $value:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name { $($fields)* }
        request!(@answer $name => $answer, $pattern => $value);
    };
    ($(#[$doc:meta])* $name:ident => $answer:ty, $pattern:pat => $value:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name;
        request!(@answer $name => $answer, $pattern => $value);
    };
    (@answer $name:ident => $answer:ty, $pattern:pat => $value:expr) => {

        impl From<$name> for Request {
            fn from(request: $name) -> Request {
                Request::$name(request)
            }
        }

        impl Ask<DatabaseWorker> for $name {
            type Answer = $answer;
            fn answer(response: Response) -> Option<$answer> {
                match response {
                    $pattern => Some($value),
                    _ => None,
                }
            }
        }
    };
}

request! {
    /// Run every statement of a script; at most `row_limit` rows per statement come back.
    RunScript { pub sql: String, pub row_limit: usize } => ScriptOutcome, Response::ScriptRan(o) => o
}
request! {
    /// Replace the database with the SQLite file in `bytes`; on failure the current database
    /// stays as it was.
    LoadDatabase { #[serde(with = "serde_bytes")] pub bytes: Vec<u8> } => (), Response::Done => ()
}
request! {
    /// The current database as the bytes of a SQLite file.
    ExportDatabase => Vec<u8>, Response::Bytes(bytes) => bytes
}
request! {
    /// Read a CSV file and propose how to import it. The worker keeps the bytes for the
    /// `ImportCsv` that follows, so a large file crosses to the worker once.
    InspectCsv {
        pub file_name: String,
        #[serde(with = "serde_bytes")]
        pub bytes: Vec<u8>,
    } => CsvPreview, Response::CsvInspected(preview) => preview
}
request! {
    /// Import the inspected CSV as planned (all rows or none), reporting progress.
    ImportCsv { pub plan: ImportPlan } => ImportReport, Response::CsvImported(report) => report
}
request! {
    /// Forget the inspected CSV (the person cancelled the import).
    DiscardCsv => (), Response::Done => ()
}
request! {
    /// Replace the database with a new one built from CSV files and a SQL script run after
    /// them (how the RetroFun sample is normalized). Nothing is replaced if any step fails.
    BuildDatabase { pub sources: Vec<CsvSource>, pub script: String } => (), Response::Done => ()
}
request! {
    /// Tables and views with their columns, keys, indexes and row counts.
    ReadSchema => Schema, Response::Schema(schema) => schema
}
request! {
    /// Run one read-only statement again and return all its rows as CSV.
    ExportCsv { pub sql: String } => Vec<u8>, Response::Bytes(bytes) => bytes
}
request! {
    /// Remember the current database as the lesson's starting state.
    MarkBaseline => (), Response::Done => ()
}
request! {
    /// Return the database to the remembered starting state.
    ResetToBaseline => (), Response::Done => ()
}
request! {
    /// Check an exercise: the learner's SQL against the reference, on copies of the starting
    /// state after the exercise's setup, and on hidden copies of that. The prompt says which
    /// column names and values the exercise asks for.
    CheckExercise {
        pub setup: String,
        pub learner: String,
        pub reference: String,
        pub prompt: String,
    } => Verdict, Response::Checked(verdict) => verdict
}
request! {
    /// The query plan of the first statement in `sql`, which is not run.
    ExplainPlan { pub sql: String } => QueryPlan, Response::Plan(plan) => plan
}
request! {
    /// Where the rows of a SELECT come from (its joins' source rows, or its groups' inputs).
    /// The database worker has the parser worker rewrite the query, then runs the rewrite.
    TraceRows { pub sql: String } => Trace, Response::Traced(trace) => trace
}
request! {
    /// Run each script with its changes reported, undoing each before the next: the database
    /// ends as it began (the update-anomaly widget).
    TryChanges { pub scripts: Vec<String> } => Vec<ScriptOutcome>, Response::TriedChanges(o) => o
}
request! {
    /// The functional dependencies found in a table's rows and the decomposition they suggest.
    ProposeNormalization { pub table: String } => Normalization, Response::Normalization(n) => n
}
request! {
    /// Forget an exercise's sandbox: its next run starts from the starting state again.
    ResetExercise { pub exercise: String } => (), Response::Done => ()
}

/// Answer `request` in an exercise's own sandbox instead of the lesson's database: the
/// starting state plus the exercise's setup, made on first use and kept until
/// `ResetExercise`. Check grades on the same data; the lesson's database is not touched.
/// Running, exporting, explaining, tracing and reading the schema work there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InExercise {
    pub exercise: String,
    pub setup: String,
    pub request: Box<Request>,
}

impl From<InExercise> for Request {
    fn from(request: InExercise) -> Request {
        Request::InExercise(request)
    }
}

/// A typed request answered in an exercise's sandbox: its answer is the inner request's.
pub struct Sandboxed<A> {
    pub exercise: String,
    pub setup: String,
    pub request: A,
}

impl<A: Ask<DatabaseWorker>> From<Sandboxed<A>> for Request {
    fn from(Sandboxed { exercise, setup, request }: Sandboxed<A>) -> Request {
        Request::InExercise(InExercise { exercise, setup, request: Box::new(request.into()) })
    }
}

impl<A: Ask<DatabaseWorker>> Ask<DatabaseWorker> for Sandboxed<A> {
    type Answer = A::Answer;
    fn answer(response: Response) -> Option<A::Answer> {
        A::answer(response)
    }
}

impl Request {
    /// The query the parser worker must rewrite before this request can be answered.
    pub fn query_to_rewrite(&self) -> Option<&str> {
        match self {
            Request::TraceRows(TraceRows { sql }) => Some(sql),
            Request::InExercise(InExercise { request, .. }) => request.query_to_rewrite(),
            _ => None,
        }
    }
}

/// One CSV file to import into a table of its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvSource {
    pub table: String,
    pub file_name: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}
