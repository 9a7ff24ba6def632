//! [`Database`]: one SQLite connection and the operations Joinery needs of it.

use std::ops::Range;

use rusqlite::{Connection, Error as SqlError};
use thiserror::Error;
use web_time::Instant;

use super::changes::{TableImage, capture, diff, written_tables};
use super::outcome::{Column, ScriptError, ScriptOutcome, StatementResult};
use super::script::split_statements;
use super::value::Value;

/// Why bytes could not be opened as a database. The database in use is never touched.
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("the file is empty (0 bytes), so it holds no database")]
    Empty,
    #[error("this is not a SQLite database, or it is damaged: {0}")]
    NotADatabase(String),
    #[error("SQLite could not load the database: {0}")]
    Sqlite(#[from] SqlError),
}

/// An in-memory SQLite database with foreign keys enforced.
pub struct Database {
    conn: Connection,
}

impl Database {
    /// A new, empty database.
    pub fn open_in_memory() -> Result<Self, SqlError> {
        Self::with_connection(Connection::open_in_memory()?)
    }

    /// A database holding a copy of `bytes`, a whole SQLite file; writable afterwards.
    /// The bytes are checked (`PRAGMA quick_check`) before the database is handed out, so a
    /// damaged file fails here rather than on some later query.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LoadError> {
        if bytes.is_empty() {
            return Err(LoadError::Empty);
        }
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact("main", bytes, bytes.len(), false)?;
        let verdict: Result<String, SqlError> = conn.query_row("PRAGMA quick_check", [], |row| row.get(0));
        match verdict {
            Ok(ok) if ok == "ok" => {}
            Ok(problem) => return Err(LoadError::NotADatabase(problem)),
            Err(err) => return Err(LoadError::NotADatabase(sqlite_message(&err))),
        }
        Ok(Self::with_connection(conn)?)
    }

    /// A database holding a copy of `bytes` that this program serialized itself (a starting
    /// state, a hidden copy), so not checked again: the checker opens several per Check, and
    /// `quick_check` of Chinook is a good part of a Check's time.
    pub fn copy_of(bytes: &[u8]) -> Result<Self, LoadError> {
        if bytes.is_empty() {
            return Err(LoadError::Empty);
        }
        let mut conn = Connection::open_in_memory()?;
        conn.deserialize_read_exact("main", bytes, bytes.len(), false)?;
        Ok(Self::with_connection(conn)?)
    }

    fn with_connection(conn: Connection) -> Result<Self, SqlError> {
        conn.pragma_update(None, "foreign_keys", true)?;
        Ok(Self { conn })
    }

    /// The whole database as the bytes of a SQLite file.
    pub fn to_bytes(&mut self) -> Result<Vec<u8>, SqlError> {
        Ok(self.conn.serialize("main")?.to_vec())
    }

    /// The underlying connection, for introspection and tests.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Runs every statement of `script` in order, delivering at most `row_limit` rows per
    /// statement. Stops at the first failing statement; the statements before it keep their
    /// results and their effects, and the failing statement itself changes nothing (SQLite rolls
    /// a failed statement back).
    pub fn run_script(&mut self, script: &str, row_limit: usize) -> ScriptOutcome {
        self.run(script, row_limit, false)
    }

    /// As [`Self::run_script`], and each statement that writes also reports what it did to
    /// the small tables it wrote to (see [`super::changes`]), for the notebook to show.
    pub fn run_script_tracked(&mut self, script: &str, row_limit: usize) -> ScriptOutcome {
        self.run(script, row_limit, true)
    }

    /// Runs each script tracked, then undoes it, so the scripts all start from the database as
    /// it is and leave it so. Fails (changing nothing) if the database is inside a transaction
    /// a script could end.
    pub fn try_changes(&mut self, scripts: &[String]) -> Result<Vec<ScriptOutcome>, String> {
        const ROW_LIMIT: usize = 1_000;
        let mut outcomes = Vec::new();
        for script in scripts {
            self.conn.execute_batch("SAVEPOINT joinery_try").map_err(|e| sqlite_message(&e))?;
            outcomes.push(self.run(script, ROW_LIMIT, true));
            // A script that ended the transaction (COMMIT, RELEASE) has left nothing to undo.
            if !self.conn.is_autocommit() {
                self.conn
                    .execute_batch("ROLLBACK TO joinery_try; RELEASE joinery_try")
                    .map_err(|e| sqlite_message(&e))?;
            }
        }
        Ok(outcomes)
    }

    fn run(&mut self, script: &str, row_limit: usize, track_changes: bool) -> ScriptOutcome {
        let mut outcome = ScriptOutcome::default();
        if let Some(nul) = script.find('\0') {
            outcome.error = Some(ScriptError {
                statement_index: 0,
                sql: String::new(),
                span: nul..nul,
                message: "the script contains a NUL character, which SQL cannot hold".into(),
                offset: Some(nul),
            });
            return outcome;
        }
        let schema_before = self.schema_version();
        for (index, span) in split_statements(script).into_iter().enumerate() {
            match self.run_statement(script, span.clone(), row_limit, track_changes) {
                Ok(result) => outcome.results.push(result),
                Err(failure) => {
                    outcome.error = Some(ScriptError {
                        statement_index: index,
                        sql: script[span.clone()].trim().to_owned(),
                        message: failure.message,
                        offset: failure.offset.map(|o| span.start + o),
                        span,
                    });
                    break;
                }
            }
        }
        outcome.schema_changed = self.schema_version() != schema_before;
        outcome
    }

    /// SQLite's schema cookie, bumped by every schema change; `None` if it cannot be read.
    fn schema_version(&self) -> Option<i64> {
        self.conn.query_row("PRAGMA schema_version", [], |row| row.get(0)).ok()
    }

    fn run_statement(
        &self,
        script: &str,
        span: Range<usize>,
        row_limit: usize,
        track_changes: bool,
    ) -> Result<StatementResult, StatementFailure> {
        let text = &script[span.clone()];
        let mut statement = self.conn.prepare(text)?;
        let read_only = statement.readonly();
        let before: Vec<TableImage> = if track_changes && !read_only {
            written_tables(&self.conn, text).iter().filter_map(|table| capture(&self.conn, table)).collect()
        } else {
            Vec::new()
        };
        let started = Instant::now();
        let changes_before = self.conn.total_changes();
        let columns: Vec<Column> = statement
            .columns()
            .map(|c| Column { name: c.name().to_owned(), decl_type: c.decl_type().map(str::to_owned) })
            .collect();
        let mut rows = Vec::new();
        let mut total_rows = 0u64;
        if columns.is_empty() {
            statement.raw_execute()?;
        } else {
            let mut cursor = statement.raw_query();
            while let Some(row) = cursor.next()? {
                if rows.len() < row_limit {
                    rows.push(Value::row(row, 0..columns.len())?);
                }
                total_rows += 1;
            }
        }
        let rows_changed = self.conn.total_changes() - changes_before;
        let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
        let changes = before
            .iter()
            .filter_map(|old| capture(&self.conn, &old.table).map(|new| diff(old, &new)))
            .filter(|changes| !changes.is_empty())
            .collect();
        Ok(StatementResult {
            sql: text.trim().to_owned(),
            span,
            columns,
            rows,
            total_rows,
            rows_changed,
            read_only,
            elapsed_ms,
            changes,
        })
    }
}

/// A failed statement: SQLite's message and, when it names one, the offending token's byte
/// offset within the statement's text.
struct StatementFailure {
    message: String,
    offset: Option<usize>,
}

impl From<SqlError> for StatementFailure {
    fn from(err: SqlError) -> Self {
        let offset = match &err {
            SqlError::SqlInputError { offset, .. } => usize::try_from(*offset).ok(),
            _ => None,
        };
        Self { message: sqlite_message(&err), offset }
    }
}

/// SQLite's own words for an error, without rusqlite's decoration.
pub(crate) fn sqlite_message(err: &SqlError) -> String {
    match err {
        SqlError::SqlInputError { msg, .. } => msg.clone(),
        SqlError::SqliteFailure(_, Some(msg)) => msg.clone(),
        SqlError::MultipleStatement => "only one statement can be prepared here".into(),
        other => other.to_string(),
    }
}
