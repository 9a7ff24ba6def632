//! Where a query's rows come from. For a SELECT with inner or left joins: each result row with
//! the rowid of the source row each table gave it (none where a LEFT JOIN found no match). For
//! an aggregate query: each group's output row with the input rows it summarises.
//!
//! Built by rewriting the learner's own query with a SQL parser (sqlparser's SQLite dialect)
//! so that it also returns what it normally throws away, never by knowing lessons in advance;
//! queries it cannot explain are declined with a reason. The data types are always available
//! (the UI receives them); tracing needs SQLite.

use serde::{Deserialize, Serialize};

use super::value::Value;

// The parser is big (about 390 KB of gzipped wasm), so it lives in a worker of its own,
// loaded the first time a learner traces rows: the `parser` feature, the `rewriter` binary.
#[cfg(feature = "parser")]
mod rewrite;
#[cfg(feature = "engine")]
mod trace;
#[cfg(feature = "parser")]
pub use rewrite::rewrite;
#[cfg(all(feature = "engine", feature = "parser"))]
pub use trace::trace;
#[cfg(feature = "engine")]
pub use trace::trace_rewritten;

/// What the tracer runs instead of the learner's query.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Rewrite {
    /// The query with one more column per source table, in FROM order: that table's rowid.
    Join { sql: String, tables: Vec<TableRef> },
    /// `output_sql` is the query with its `keys` group keys appended; `input_sql` returns the
    /// rows the groups are made of, keys first, then every column.
    Groups { output_sql: String, keys: usize, input_sql: String },
}

/// A table in the FROM clause.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableRef {
    pub alias: String,
    pub table: String,
    pub join: String,
}

/// Rows shown at most: of a result, of a source table, of a group's inputs.
pub const MAX_TRACED_ROWS: usize = 200;

/// One table in a query's FROM clause and the rows of it worth showing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceTable {
    /// The name the query calls it by (its alias, or else its name).
    pub alias: String,
    pub table: String,
    pub columns: Vec<String>,
    /// By rowid: every row when the table is small, else the rows the result uses.
    pub rows: Vec<(i64, Vec<Value>)>,
    /// How the table is joined: "FROM", "JOIN" or "LEFT JOIN".
    pub join: String,
}

/// A result row and the rowid each source table contributed (`None`: a LEFT JOIN's missing
/// match, which the query filled with NULLs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TracedRow {
    pub values: Vec<Value>,
    pub sources: Vec<Option<i64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JoinTrace {
    pub tables: Vec<SourceTable>,
    pub columns: Vec<String>,
    pub rows: Vec<TracedRow>,
    /// The result had more rows than are shown.
    pub truncated: bool,
}

/// An output row of an aggregate query and the input rows it summarises.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub values: Vec<Value>,
    pub inputs: Vec<Vec<Value>>,
    /// Inputs beyond those shown.
    pub more_inputs: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupTrace {
    pub columns: Vec<String>,
    /// The columns of the input rows (the FROM clause's rows after WHERE).
    pub input_columns: Vec<String>,
    pub groups: Vec<Group>,
    pub truncated: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Trace {
    Join(JoinTrace),
    Groups(GroupTrace),
}
