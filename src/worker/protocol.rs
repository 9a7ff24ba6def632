//! The whole interface between the UI and the database worker: one request enum, one response
//! enum, each carried in an [`Envelope`] that pairs a response with its request.
//!
//! Messages travel as postcard bytes in a transferred `Uint8Array`: one copy-free buffer
//! instead of a tree of JS objects per result row.

use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::core::ScriptOutcome;
use crate::core::csv_import::{CsvPreview, ImportPlan, ImportReport};
use crate::core::lineage::{Rewrite, Trace};
use crate::core::normalize::{Decomposition, Discovery};
use crate::core::outcome::Verdict;
use crate::core::plan::QueryPlan;
use crate::core::schema::Schema;

/// Rows delivered per statement unless the caller asks otherwise: a 100k-row table whole (the
/// page virtualizes long tables), few enough that a runaway `SELECT` does not exhaust memory.
/// The full count is still reported.
pub const DEFAULT_ROW_LIMIT: usize = 100_000;

/// What the UI asks of the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Run every statement of a script; at most `row_limit` rows per statement come back.
    RunScript { sql: String, row_limit: usize },
    /// Replace the database with the SQLite file in `bytes`; on failure the current database
    /// stays as it was.
    LoadDatabase {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// The current database as the bytes of a SQLite file.
    ExportDatabase,
    /// Read a CSV file and propose how to import it. The worker keeps the bytes for the
    /// `ImportCsv` that follows, so a large file crosses to the worker once.
    InspectCsv {
        file_name: String,
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Import the inspected CSV as planned (all rows or none). Sends `Progress` as it goes.
    ImportCsv { plan: ImportPlan },
    /// Forget the inspected CSV (the person cancelled the import).
    DiscardCsv,
    /// Replace the database with a new one built from CSV files and a SQL script run after
    /// them (how the RetroFun sample is normalized). Nothing is replaced if any step fails.
    BuildDatabase { sources: Vec<CsvSource>, script: String },
    /// Tables and views with their columns, keys, indexes and row counts.
    ReadSchema,
    /// Run one read-only statement again and return all its rows as CSV.
    ExportCsv { sql: String },
    /// Remember the current database as the lesson's starting state.
    MarkBaseline,
    /// Return the database to the remembered starting state.
    ResetToBaseline,
    /// Check an exercise: the learner's SQL against the reference, on copies of the starting
    /// state after the exercise's setup, and on hidden copies of that. The prompt says which
    /// column names and values the exercise asks for.
    CheckExercise { setup: String, learner: String, reference: String, prompt: String },
    /// The query plan of the first statement in `sql`, which is not run. (New variants go
    /// last: the encoding numbers variants in order, and bench/compare speaks it too.)
    ExplainPlan { sql: String },
    /// Where the rows of a SELECT come from (its joins' source rows, or its groups' inputs),
    /// by running the rewrite the rewriter worker made of it.
    TraceRows { rewrite: Rewrite },
    /// Run each script with its changes reported, undoing each before the next: the database
    /// ends as it began (the update-anomaly widget).
    TryChanges { scripts: Vec<String> },
    /// The functional dependencies found in a table's rows and the decomposition they suggest.
    ProposeNormalization { table: String },
    /// Answer `request` in an exercise's own sandbox instead of the lesson's database: the
    /// starting state plus the exercise's setup, made on first use and kept until
    /// `ResetExercise`. Check grades on the same data; the lesson's database is not touched.
    /// (Running, exporting, explaining and tracing all work there.)
    InExercise { exercise: String, setup: String, request: Box<Request> },
    /// Forget an exercise's sandbox: its next run starts from the starting state again.
    ResetExercise { exercise: String },
}

/// One CSV file to import into a table of its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvSource {
    pub table: String,
    pub file_name: String,
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// What the worker answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// Sent once, unasked, when the worker can take requests.
    Ready,
    ScriptRan(ScriptOutcome),
    DatabaseLoaded,
    DatabaseExported {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    CsvInspected(CsvPreview),
    CsvImported(ImportReport),
    /// Sent any number of times before the final response of a long request.
    Progress {
        done: u64,
    },
    /// The whole database, sent before the final response of a request that changed it (and
    /// with `baseline` after MarkBaseline), so that the page can restore it in a new worker
    /// after stopping a runaway query.
    Snapshot {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
        baseline: bool,
    },
    Done,
    Schema(Schema),
    Checked(Verdict),
    CsvExported {
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// The request could not be carried out; the message is for a person.
    Failed {
        message: String,
    },
    Plan(QueryPlan),
    Traced(Trace),
    TriedChanges(Vec<ScriptOutcome>),
    Normalization {
        discovery: Discovery,
        decomposition: Decomposition,
    },
}

/// A message with the id that ties a response to its request. Id 0 is the unasked `Ready`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u64,
    pub body: T,
}

impl<T: Serialize + DeserializeOwned> Envelope<T> {
    pub fn encode(&self) -> Vec<u8> {
        // Serializing these plain types into a Vec cannot fail.
        postcard::to_allocvec(self).expect("protocol messages always serialize")
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Column, StatementResult, Value};

    #[test]
    fn requests_and_responses_survive_the_wire() {
        let request = Envelope { id: 7, body: Request::RunScript { sql: "SELECT 1".into(), row_limit: 10 } };
        assert_eq!(Envelope::decode(&request.encode()).unwrap(), request);

        let outcome = ScriptOutcome {
            results: vec![StatementResult {
                sql: "SELECT 1".into(),
                span: 0..8,
                columns: vec![Column { name: "1".into(), decl_type: None }],
                rows: vec![vec![
                    Value::Integer(1),
                    Value::Real(0.5),
                    Value::Null,
                    Value::Text("é".into()),
                    Value::Blob(vec![0, 255]),
                ]],
                total_rows: 1,
                rows_changed: 0,
                read_only: true,
                elapsed_ms: 0.25,
                changes: Vec::new(),
            }],
            error: None,
            schema_changed: false,
        };
        let response = Envelope { id: 7, body: Response::ScriptRan(outcome) };
        assert_eq!(Envelope::decode(&response.encode()).unwrap(), response);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(Envelope::<Request>::decode(&[0xFF, 0xFF, 0xFF]).is_err());
    }
}
