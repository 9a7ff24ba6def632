//! Importing a CSV file as a new table: [`inspect`] the bytes, let a person adjust the
//! [`ImportPlan`], then [`import_into`] a connection.
//!
//! The file is read in full twice: once to preview it (so that every column's type is inferred
//! from all its values, not a sample that a late `n/a` would prove wrong) and once to import it.
//! Both passes check every row, so a bad line is reported before the person plans anything and
//! again, with the same words, if the bytes changed in between.
//!
//! Lines are counted as a text editor counts them: the header is line 1, and a quoted field that
//! spans lines moves every later row down (CRLF is one line break). A ragged row is named by the
//! line it starts on; a byte that is not UTF-8, by its own line even inside a multi-line field.
//!
//! Only the preview types and [`inspect`] are available without the `engine` feature, so that the
//! UI can show a preview without linking SQLite.
//!
//! One job a file: `sniff` picks the delimiter, `reader` reads checked rows and counts their
//! lines, `infer` guesses each column's type, `names` turns headers and file names into SQL
//! names, and `import` (the only part that needs SQLite) writes the rows into a table.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::format::count;
use super::script::quote_identifier;

mod infer;
mod names;
mod reader;
mod sniff;

// Everything that needs rusqlite lives in this one module.
#[cfg(feature = "engine")]
mod import;
#[cfg(feature = "engine")]
pub use import::import_into;

pub use infer::{is_integer, is_real};
pub use names::{column_names, sanitize_name, table_name};

use infer::Guess;
use reader::{Rows, content};
use sniff::sniff_delimiter;

/// How many data rows a preview carries.
pub const SAMPLE_ROWS: usize = 20;

/// [`import_into`] reports progress after every this many rows.
pub const PROGRESS_EVERY: u64 = 10_000;

/// The SQL type a column is created with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnType {
    Integer,
    Real,
    Text,
}

impl ColumnType {
    pub const ALL: [ColumnType; 3] = [ColumnType::Integer, ColumnType::Real, ColumnType::Text];

    /// The type as written in `CREATE TABLE`.
    pub fn sql(self) -> &'static str {
        match self {
            ColumnType::Integer => "INTEGER",
            ColumnType::Real => "REAL",
            ColumnType::Text => "TEXT",
        }
    }

    /// The type as offered in a `<select>`. The SQL spelling, since that is what the learner
    /// will read back in the schema.
    pub fn label(self) -> &'static str {
        self.sql()
    }

    /// The type whose [`label`](Self::label) is `label`, for reading a `<select>` back.
    pub fn from_label(label: &str) -> Option<ColumnType> {
        Self::ALL.into_iter().find(|t| t.label() == label)
    }
}

/// One column of the file as the preview found it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvColumn {
    /// The suggested column name: sanitized and unique (case-insensitively, as SQLite compares).
    pub name: String,
    /// The header exactly as in the file.
    pub header: String,
    /// The narrowest type that holds every non-empty value of the column.
    pub inferred: ColumnType,
}

/// What [`inspect`] found in a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsvPreview {
    /// The suggested table name, from the file name: `author_book_publisher.csv` →
    /// `author_book_publisher`. Sanitized like column names; `imported` when nothing is left.
    pub table: String,
    /// The sniffed delimiter: `b','`, `b';'` or `b'\t'`.
    pub delimiter: u8,
    pub columns: Vec<CsvColumn>,
    /// The first [`SAMPLE_ROWS`] data rows, as raw text.
    pub sample: Vec<Vec<String>>,
    /// Data rows in the whole file, header excluded.
    pub row_count: u64,
}

/// One column to create.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedColumn {
    pub name: String,
    pub column_type: ColumnType,
}

/// What to create and how to read the file: the preview's suggestions, possibly edited.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportPlan {
    pub table: String,
    pub delimiter: u8,
    /// One per column of the file, in the file's order.
    pub columns: Vec<PlannedColumn>,
}

impl ImportPlan {
    /// The plan that takes every suggestion of the preview as it is.
    pub fn from_preview(preview: &CsvPreview) -> Self {
        Self {
            table: preview.table.clone(),
            delimiter: preview.delimiter,
            columns: preview
                .columns
                .iter()
                .map(|c| PlannedColumn { name: c.name.clone(), column_type: c.inferred })
                .collect(),
        }
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    pub table: String,
    pub rows: u64,
}

/// Why a file could not be previewed or imported. The messages are shown to the person who
/// chose the file, so they say what is wrong and on which line (1-based, header = line 1).
#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum CsvError {
    /// No bytes, or only white space and a byte order mark.
    #[error("the file is empty")]
    Empty,
    #[error("line {line} is not valid UTF-8 text")]
    InvalidUtf8 { line: u64 },
    /// A row with more or fewer fields than the header.
    #[error("line {line} has {}, but the header has {expected}", count(*found as u64, "field"))]
    Ragged { line: u64, expected: usize, found: usize },
    /// The CSV reader itself failed; not expected for bytes in memory, kept for completeness.
    #[error("line {line} could not be read: {message}")]
    Read { line: u64, message: String },
    #[error("a table named {} already exists; choose another name", quote_identifier(table))]
    TableExists { table: String },
    /// The name is taken by a view or an index, which share tables' names in SQLite.
    #[error("{} is already the name of {kind}; choose another table name", quote_identifier(name))]
    NameTaken { name: String, kind: String },
    /// The plan cannot apply to this file (wrong column count, missing or repeated names).
    #[error("{0}")]
    BadPlan(String),
    /// A row that SQLite refused to store.
    #[error("SQLite rejected line {line}: {message}")]
    RowRejected { line: u64, message: String },
    /// Creating the table or managing the transaction failed.
    #[error("SQLite could not import the file: {0}")]
    Sql(String),
    /// More columns than a SQLite table can have. (Last: the worker protocol numbers variants.)
    #[error("the header has {found} columns, but a SQLite table can have at most {max}")]
    TooManyColumns { found: usize, max: usize },
}

/// SQLite's default `SQLITE_MAX_COLUMN`, which both builds (bundled and sqlite-wasm-rs) keep: a
/// wider file is refused at the preview instead of failing at `CREATE TABLE` after the review.
pub const MAX_COLUMNS: usize = 2000;

/// Reads the whole file once: sniffs the delimiter, sanitizes the headers and infers each
/// column's type over the whole column. Fails on the first ragged or non-UTF-8 line, as the
/// import would.
pub fn inspect(bytes: &[u8], file_name: &str) -> Result<CsvPreview, CsvError> {
    let bytes = content(bytes)?;
    let delimiter = sniff_delimiter(bytes);
    let mut rows = Rows::new(bytes, delimiter);
    let headers: Vec<String> = match rows.next_row(None)? {
        Some(header) => header.fields.iter().map(|f| (*f).to_owned()).collect(),
        None => return Err(CsvError::Empty),
    };
    let width = headers.len();
    if width > MAX_COLUMNS {
        return Err(CsvError::TooManyColumns { found: width, max: MAX_COLUMNS });
    }
    let mut guesses = vec![Guess::default(); width];
    let mut sample = Vec::new();
    let mut row_count = 0u64;
    while let Some(row) = rows.next_row(Some(width))? {
        for (guess, value) in guesses.iter_mut().zip(&row.fields) {
            guess.observe(value);
        }
        if sample.len() < SAMPLE_ROWS {
            sample.push(row.fields.iter().map(|f| (*f).to_owned()).collect());
        }
        row_count += 1;
    }
    let names = column_names(&headers);
    let columns = headers
        .into_iter()
        .zip(names)
        .zip(guesses)
        .map(|((header, name), guess)| CsvColumn { name, header, inferred: guess.column_type() })
        .collect();
    Ok(CsvPreview { table: table_name(file_name), delimiter, columns, sample, row_count })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_quoted_with_inner_quotes_doubled() {
        assert_eq!(quote_identifier("a"), "\"a\"");
        assert_eq!(quote_identifier("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote_identifier(""), "\"\"");
    }
}
