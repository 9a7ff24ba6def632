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

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[cfg(feature = "engine")]
use super::database::sqlite_message;
use super::format::count;

/// How many data rows a preview carries.
pub const SAMPLE_ROWS: usize = 20;

/// [`import_into`] reports progress after every this many rows.
pub const PROGRESS_EVERY: u64 = 10_000;

/// Header names longer than this (in characters) are cut, so that a stray paragraph in a header
/// cell does not become an unusable column name.
const MAX_NAME_CHARS: usize = 64;

/// How many records the delimiter sniffer looks at.
const SNIFF_RECORDS: usize = 10;

/// The delimiters the sniffer chooses among, in order of preference when several fit.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

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

use super::script::quote_identifier;

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

/// The bytes without a UTF-8 byte order mark; an error when nothing but white space is left.
fn content(bytes: &[u8]) -> Result<&[u8], CsvError> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CsvError::Empty);
    }
    Ok(bytes)
}

fn reader(bytes: &[u8], delimiter: u8) -> csv::Reader<&[u8]> {
    // `flexible` so that ragged rows reach us and are reported with their line, instead of the
    // reader's own error; no header handling, so that the header is just line 1.
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(bytes)
}

/// The delimiter among `,` `;` and tab that splits the first few records into the same number
/// (more than one) of fields; quotes are honoured, so a `,` inside `"…"` does not count. When
/// several do, the one giving the most fields wins (then the earlier in that list); when none
/// does (a ragged row early on), the one giving the header the most fields, so that the ragged
/// row is reported rather than the whole file read as one column; `,` by default.
fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let mut consistent: Option<(usize, u8)> = None;
    let mut widest_header: Option<(usize, u8)> = None;
    for delimiter in DELIMITERS {
        let mut reader = reader(bytes, delimiter);
        let mut record = csv::ByteRecord::new();
        let mut counts = Vec::new();
        while counts.len() < SNIFF_RECORDS && matches!(reader.read_byte_record(&mut record), Ok(true)) {
            counts.push(record.len());
        }
        let Some(&first) = counts.first() else {
            continue;
        };
        if first < 2 {
            continue;
        }
        if counts.iter().all(|&n| n == first) && consistent.is_none_or(|(n, _)| first > n) {
            consistent = Some((first, delimiter));
        }
        if widest_header.is_none_or(|(n, _)| first > n) {
            widest_header = Some((first, delimiter));
        }
    }
    consistent.or(widest_header).map_or(b',', |(_, delimiter)| delimiter)
}

/// One row read and checked: its fields as text and the line it starts on.
struct Row<'r> {
    #[cfg_attr(not(feature = "engine"), allow(dead_code))]
    line: u64,
    fields: Vec<&'r str>,
}

/// The records of a file, each checked for UTF-8 and, past the header, for its width.
///
/// Lines are counted here rather than taken from the reader's positions: after a CRLF the reader
/// dates the next record to the line before, and it dates a record after blank lines to the first
/// of them.
struct Rows<'a> {
    bytes: &'a [u8],
    reader: csv::Reader<&'a [u8]>,
    record: csv::ByteRecord,
    /// Everything before this byte has been counted into `line`.
    counted_to: usize,
    /// The line holding byte `counted_to`.
    line: u64,
}

impl<'a> Rows<'a> {
    fn new(bytes: &'a [u8], delimiter: u8) -> Self {
        Self {
            bytes,
            reader: reader(bytes, delimiter),
            record: csv::ByteRecord::new(),
            counted_to: 0,
            line: 1,
        }
    }

    /// The line on which a record starts, given where the reader says it does: a record never
    /// starts with a line break, so any at that place belong to the line ends before it.
    fn line_at(&mut self, reported: usize) -> u64 {
        let start = self.bytes[reported.min(self.bytes.len())..]
            .iter()
            .position(|b| !matches!(b, b'\r' | b'\n'))
            .map_or(self.bytes.len(), |skip| reported + skip);
        if start > self.counted_to {
            self.line += newlines(&self.bytes[self.counted_to..start]);
            self.counted_to = start;
        }
        self.line
    }

    /// The next record, or `None` at the end. With `width`, a record with another number of
    /// fields is an error.
    fn next_row(&mut self, width: Option<usize>) -> Result<Option<Row<'_>>, CsvError> {
        let more = match self.reader.read_byte_record(&mut self.record) {
            Ok(more) => more,
            Err(err) => {
                let at = err.position().map_or(self.counted_to, |p| p.byte() as usize);
                return Err(CsvError::Read { line: self.line_at(at), message: err.to_string() });
            }
        };
        if !more {
            return Ok(None);
        }
        let reported = self.record.position().map_or(0, |p| p.byte() as usize);
        let line = self.line_at(reported);
        if let Some(expected) = width
            && self.record.len() != expected
        {
            return Err(CsvError::Ragged { line, expected, found: self.record.len() });
        }
        let mut fields = Vec::with_capacity(self.record.len());
        // The usual case in one check: the whole record is UTF-8 and no field boundary splits a
        // character. Otherwise field by field, to name the line of the bad byte.
        if let Ok(text) = std::str::from_utf8(self.record.as_slice()) {
            for index in 0..self.record.len() {
                match self.record.range(index).and_then(|range| text.get(range)) {
                    Some(field) => fields.push(field),
                    None => break,
                }
            }
            if fields.len() == self.record.len() {
                return Ok(Some(Row { line, fields }));
            }
            fields.clear();
        }
        for (index, raw) in self.record.iter().enumerate() {
            match std::str::from_utf8(raw) {
                Ok(text) => fields.push(text),
                Err(err) => {
                    // Line breaks inside the quoted fields before this one move it down.
                    let lines_before: u64 = self.record.iter().take(index).map(newlines).sum();
                    let line = line + lines_before + newlines(&raw[..err.valid_up_to()]);
                    return Err(CsvError::InvalidUtf8 { line });
                }
            }
        }
        Ok(Some(Row { line, fields }))
    }
}

/// Line breaks in some bytes: `\n`, so that CRLF counts once. (A lone `\r`, the line end of
/// classic Mac files, is not counted; the files are rare and the reader does not count it
/// either.)
fn newlines(bytes: &[u8]) -> u64 {
    // Eight bytes at a time (every line of the file passes through here): a byte of `x` is
    // zero where the input holds '\n', and `zero` gets that byte's high bit set.
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let (words, rest) = bytes.as_chunks::<8>();
    let mut count = 0;
    for word in words {
        let x = u64::from_le_bytes(*word) ^ 0x0A0A_0A0A_0A0A_0A0A;
        let zero = !(((x & LOW7) + LOW7) | x | LOW7);
        count += u64::from(zero.count_ones());
    }
    count + rest.iter().filter(|&&b| b == b'\n').count() as u64
}

/// What a column's values so far allow it to be.
#[derive(Debug, Clone, Copy)]
struct Guess {
    integer: bool,
    real: bool,
    any_value: bool,
}

impl Default for Guess {
    fn default() -> Self {
        Self { integer: true, real: true, any_value: false }
    }
}

impl Guess {
    fn observe(&mut self, value: &str) {
        if value.is_empty() {
            return;
        }
        self.any_value = true;
        if self.integer && !is_integer(value) {
            self.integer = false;
        }
        if self.real && !self.integer && !is_real(value) {
            self.real = false;
        }
    }

    fn column_type(self) -> ColumnType {
        if !self.any_value {
            ColumnType::Text
        } else if self.integer {
            ColumnType::Integer
        } else if self.real {
            ColumnType::Real
        } else {
            ColumnType::Text
        }
    }
}

/// Whether `value` is an integer written exactly as SQLite would print it: an optional `-`,
/// digits without leading zeros, within i64. So `007` (an id, a code) and `+5` stay text, and
/// storing the number loses nothing of what the file said.
pub fn is_integer(value: &str) -> bool {
    value.parse::<i64>().is_ok_and(|n| n.to_string() == value)
}

/// Whether `value` is a plain decimal number: either [`is_integer`], or an optional `-`, digits
/// without leading zeros, a fractional part and/or an exponent (`2.5`, `-0.125`, `.5`, `6.02e23`,
/// `1E-9`), finite as an f64. Not `inf`, `nan`, `+1.5` or `007.5`; and not an integer too large
/// for i64, which as a REAL would silently lose its last digits.
pub fn is_real(value: &str) -> bool {
    if is_integer(value) {
        return true;
    }
    let unsigned = value.strip_prefix('-').unwrap_or(value);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => (&unsigned[..at], Some(&unsigned[at + 1..])),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let whole_ok = digits(whole) && !(whole.len() > 1 && whole.starts_with('0'));
    let fraction_ok = fraction.is_none_or(digits);
    let has_digits = !whole.is_empty() || fraction.is_some_and(|f| !f.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    // Without a fraction or an exponent the value is an integer, and `is_integer` said no.
    let not_integer_form = fraction.is_some() || exponent.is_some();
    whole_ok
        && fraction_ok
        && has_digits
        && exponent_ok
        && not_integer_form
        && value.parse::<f64>().is_ok_and(f64::is_finite)
}

/// A name a learner can type bare in SQL: runs of anything but letters, digits and `_` become
/// one `_` (so `First Name` → `First_Name`, `<script>alert(1)</script>` →
/// `script_alert_1_script`, `"quoted"` → `quoted`), ends trimmed, case kept. A name starting
/// with a digit gets a leading `_`, since a bare `2024` in a query is a number, not a column.
/// SQL keywords are left alone (`order` stays `order`): they are the file's own words, and the
/// generated SQL quotes every name anyway. Empty when nothing usable is left.
pub fn sanitize_name(raw: &str) -> String {
    let words: Vec<&str> =
        raw.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
    let mut name = words.join("_");
    if let Some((cut, _)) = name.char_indices().nth(MAX_NAME_CHARS) {
        name.truncate(cut);
        name.truncate(name.trim_end_matches('_').len());
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// Column names for `headers`: sanitized, `column_N` (1-based) for a header with nothing usable,
/// then made unique ignoring case. A repeated name gets `_2`, `_3`, … — skipping suffixes that
/// another header already has, so that every header which is unique keeps its own name.
pub fn column_names(headers: &[String]) -> Vec<String> {
    let sanitized: Vec<String> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let name = sanitize_name(header);
            if name.is_empty() { format!("column_{}", i + 1) } else { name }
        })
        .collect();
    let wanted: HashSet<String> = sanitized.iter().map(|n| n.to_lowercase()).collect();
    let mut given: HashSet<String> = HashSet::new();
    sanitized
        .into_iter()
        .map(|name| {
            if given.insert(name.to_lowercase()) {
                return name;
            }
            let unique = (2..)
                .map(|n| format!("{name}_{n}"))
                .find(|c| !wanted.contains(&c.to_lowercase()) && !given.contains(&c.to_lowercase()))
                .expect("some suffix is free");
            given.insert(unique.to_lowercase());
            unique
        })
        .collect()
}

/// The suggested table name for a file: its name without folders and extension, sanitized;
/// `imported` when nothing usable is left. Names starting `sqlite_` are SQLite's own, so such a
/// file gets `imported_` before it.
pub fn table_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    let name = sanitize_name(stem);
    if name.is_empty() {
        "imported".to_owned()
    } else if name.to_ascii_lowercase().starts_with("sqlite_") {
        format!("imported_{name}")
    } else {
        name
    }
}

/// Checks what can be checked of a plan without the file.
#[cfg(feature = "engine")]
fn check_plan(plan: &ImportPlan) -> Result<(), CsvError> {
    let bad = |message: String| Err(CsvError::BadPlan(message));
    if plan.table.trim().is_empty() {
        return bad("the table name is empty".into());
    }
    if plan.table.contains('\0') {
        return bad("the table name contains a NUL character".into());
    }
    if matches!(plan.delimiter, b'"' | b'\n' | b'\r') {
        return bad(format!("{:?} cannot separate fields", char::from(plan.delimiter)));
    }
    let mut seen = HashSet::new();
    for (i, column) in plan.columns.iter().enumerate() {
        if column.name.trim().is_empty() {
            return bad(format!("column {} has no name", i + 1));
        }
        if column.name.contains('\0') {
            return bad(format!("the name of column {} contains a NUL character", i + 1));
        }
        if !seen.insert(column.name.to_lowercase()) {
            return bad(format!(
                "two columns are named {}; column names must differ (ignoring case)",
                quote_identifier(&column.name)
            ));
        }
    }
    Ok(())
}

/// The SQL value for one field under its planned type, as [`import_into`] documents. Text is
/// bound borrowed (SQLite copies it), so a row costs no allocation per field.
#[cfg(feature = "engine")]
fn sql_value(field: &str, column_type: ColumnType) -> rusqlite::types::ToSqlOutput<'_> {
    use rusqlite::types::{ToSqlOutput, Value as Sql, ValueRef};
    if field.is_empty() {
        return ToSqlOutput::Owned(Sql::Null);
    }
    let text = ToSqlOutput::Borrowed(ValueRef::Text(field.as_bytes()));
    match column_type {
        ColumnType::Integer => match field.trim().parse::<i64>() {
            Ok(i) => ToSqlOutput::Owned(Sql::Integer(i)),
            Err(_) => text,
        },
        ColumnType::Real => match field.trim().parse::<f64>() {
            Ok(r) if r.is_finite() => ToSqlOutput::Owned(Sql::Real(r)),
            _ => text,
        },
        ColumnType::Text => text,
    }
}

/// Creates `plan.table` with the planned columns and inserts every row of the file, all rows or
/// none. `on_progress(rows_done)` is called after every [`PROGRESS_EVERY`] rows and once at the
/// end with the total (also when that is 0), each time with a larger count.
///
/// Values are converted per planned type. Empty fields are NULL whatever the type. A TEXT
/// column stores the text as is. An INTEGER or REAL column stores a number whenever the text
/// reads as one — leniently, since the person may have chosen the type over the inferred one:
/// surrounding blanks, a `+` and leading zeros are accepted (`007` → 7 in an INTEGER column).
/// A value that does not read as a number under the chosen type (`abc`, `1,5`, `inf`) is kept
/// as TEXT in that row rather than failing the import: nothing in the file is lost, SQLite's
/// own type affinity does the same, and the learner can find such rows with `typeof()`. With
/// the inferred types this never happens, since inference is stricter than conversion.
///
/// Fails without changing the database when the plan is unusable, the name is taken, the file's
/// column count differs from the plan's, or any row is ragged, not UTF-8 or refused by SQLite.
/// The work runs inside a SAVEPOINT rather than BEGIN, so it is equally atomic when the caller
/// already has a transaction open; on any error it is rolled back.
#[cfg(feature = "engine")]
pub fn import_into(
    conn: &rusqlite::Connection,
    bytes: &[u8],
    plan: &ImportPlan,
    on_progress: &mut dyn FnMut(u64),
) -> Result<ImportReport, CsvError> {
    check_plan(plan)?;
    check_name_free(conn, &plan.table)?;
    let bytes = content(bytes)?;
    let mut rows = Rows::new(bytes, plan.delimiter);
    let width = match rows.next_row(None)? {
        Some(header) => header.fields.len(),
        None => return Err(CsvError::Empty),
    };
    if width != plan.columns.len() {
        return Err(CsvError::BadPlan(format!(
            "the file has {}, but the import lists {}",
            count(width as u64, "column"),
            plan.columns.len()
        )));
    }

    let savepoint = Savepoint::begin(conn)?;
    let table = quote_identifier(&plan.table);
    let definitions: Vec<String> = plan
        .columns
        .iter()
        .map(|c| format!("{} {}", quote_identifier(&c.name), c.column_type.sql()))
        .collect();
    conn.execute_batch(&format!("CREATE TABLE {table} ({})", definitions.join(", ")))
        .map_err(|err| CsvError::Sql(sqlite_message(&err)))?;
    let placeholders = vec!["?"; width].join(", ");
    let mut insert = conn
        .prepare(&format!("INSERT INTO {table} VALUES ({placeholders})"))
        .map_err(|err| CsvError::Sql(sqlite_message(&err)))?;
    let types: Vec<ColumnType> = plan.columns.iter().map(|c| c.column_type).collect();
    let mut done = 0u64;
    while let Some(row) = rows.next_row(Some(width))? {
        let values = row.fields.iter().zip(&types).map(|(field, &t)| sql_value(field, t));
        insert
            .execute(rusqlite::params_from_iter(values))
            .map_err(|err| CsvError::RowRejected { line: row.line, message: sqlite_message(&err) })?;
        done += 1;
        if done.is_multiple_of(PROGRESS_EVERY) {
            on_progress(done);
        }
    }
    drop(insert);
    savepoint.commit()?;
    if done == 0 || !done.is_multiple_of(PROGRESS_EVERY) {
        on_progress(done);
    }
    Ok(ImportReport { table: plan.table.clone(), rows: done })
}

/// Fails when a table, view or index (which share one namespace in SQLite, compared ignoring
/// ASCII case) already has the name.
#[cfg(feature = "engine")]
fn check_name_free(conn: &rusqlite::Connection, name: &str) -> Result<(), CsvError> {
    use rusqlite::OptionalExtension;
    let taken: Option<(String, String)> = conn
        .query_row(
            "SELECT type, name FROM main.sqlite_schema
             WHERE name = ?1 COLLATE NOCASE AND type IN ('table', 'view', 'index')",
            [name],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()
        .map_err(|err| CsvError::Sql(sqlite_message(&err)))?;
    match taken {
        None => Ok(()),
        Some((kind, existing)) if kind == "table" => Err(CsvError::TableExists { table: existing }),
        Some((kind, existing)) => Err(CsvError::NameTaken {
            name: existing,
            kind: if kind == "index" { "an index".into() } else { format!("a {kind}") },
        }),
    }
}

/// A savepoint that is rolled back unless committed, also when an error or a panic leaves early.
#[cfg(feature = "engine")]
struct Savepoint<'c> {
    conn: &'c rusqlite::Connection,
    open: bool,
}

#[cfg(feature = "engine")]
impl<'c> Savepoint<'c> {
    const NAME: &'static str = "joinery_csv_import";

    fn begin(conn: &'c rusqlite::Connection) -> Result<Self, CsvError> {
        conn.execute_batch(&format!("SAVEPOINT {}", Self::NAME))
            .map_err(|err| CsvError::Sql(sqlite_message(&err)))?;
        Ok(Self { conn, open: true })
    }

    fn commit(mut self) -> Result<(), CsvError> {
        self.conn
            .execute_batch(&format!("RELEASE {}", Self::NAME))
            .map_err(|err| CsvError::Sql(sqlite_message(&err)))?;
        self.open = false;
        Ok(())
    }
}

#[cfg(feature = "engine")]
impl Drop for Savepoint<'_> {
    fn drop(&mut self) {
        if self.open {
            // Nothing better can be done with a failure here: the error that got us here is the
            // one worth reporting.
            let _ = self.conn.execute_batch(&format!("ROLLBACK TO {0}; RELEASE {0}", Self::NAME));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_canonical_i64s() {
        for yes in ["0", "-12", "42", "9223372036854775807", "-9223372036854775808"] {
            assert!(is_integer(yes), "{yes}");
        }
        for no in ["007", "+5", "-0", "", " 1", "1 ", "1.0", "9223372036854775808", "1_000", "１"] {
            assert!(!is_integer(no), "{no}");
        }
    }

    #[test]
    fn reals_are_plain_decimal_notation() {
        for yes in ["2.5", "-0.125", "0.5", ".5", "5.", "1e3", "6.02E23", "1e-9", "-2.5e+4", "12", "0.0"] {
            assert!(is_real(yes), "{yes}");
        }
        for no in [
            "inf",
            "-inf",
            "NaN",
            "infinity",
            "+1.5",
            "007.5",
            "00.5",
            "1e999",
            "1e",
            "e5",
            ".",
            "-",
            "1.2.3",
            "1,5",
            "12345678901234567890",
            "0x1F",
            " 1.5",
            "-0",
        ] {
            assert!(!is_real(no), "{no}");
        }
    }

    #[test]
    fn a_column_is_the_narrowest_type_of_all_its_values() {
        let guess = |values: &[&str]| {
            let mut g = Guess::default();
            values.iter().for_each(|v| g.observe(v));
            g.column_type()
        };
        assert_eq!(guess(&["1", "", "-3"]), ColumnType::Integer);
        assert_eq!(guess(&["1", "2.5", ""]), ColumnType::Real);
        assert_eq!(guess(&["2.5", "1"]), ColumnType::Real);
        assert_eq!(guess(&["1", "2.5", "n/a"]), ColumnType::Text);
        assert_eq!(guess(&["1", "007"]), ColumnType::Text);
        assert_eq!(guess(&["", ""]), ColumnType::Text);
        assert_eq!(guess(&[]), ColumnType::Text);
    }

    #[test]
    fn names_become_typeable() {
        assert_eq!(sanitize_name("  First   Name "), "First_Name");
        assert_eq!(sanitize_name("<script>alert(1)</script>"), "script_alert_1_script");
        assert_eq!(sanitize_name("\"quoted\" name"), "quoted_name");
        assert_eq!(sanitize_name("e-mail"), "e_mail");
        assert_eq!(sanitize_name("_id"), "_id");
        assert_eq!(sanitize_name("2024 sales"), "_2024_sales");
        assert_eq!(sanitize_name("Größe"), "Größe");
        assert_eq!(sanitize_name("order"), "order");
        assert_eq!(sanitize_name(" ?! "), "");
        let long = sanitize_name(&"word ".repeat(40));
        assert!(long.chars().count() <= MAX_NAME_CHARS && !long.ends_with('_'), "{long}");
    }

    #[test]
    fn names_are_unique_ignoring_case_and_headers_keep_theirs() {
        let headers: Vec<String> =
            ["name", "Name", "name_2", "", "NAME", "column_4"].map(String::from).to_vec();
        assert_eq!(
            column_names(&headers),
            vec!["name", "Name_3", "name_2", "column_4", "NAME_4", "column_4_2"]
        );
    }

    #[test]
    fn table_names_come_from_the_file_name() {
        assert_eq!(table_name("author_book_publisher.csv"), "author_book_publisher");
        assert_eq!(table_name("C:\\Users\\me\\Sales 2024.CSV"), "Sales_2024");
        assert_eq!(table_name("/tmp/data.tar.csv"), "data_tar");
        assert_eq!(table_name("2024.csv"), "_2024");
        assert_eq!(table_name(".csv"), "csv");
        assert_eq!(table_name("???.csv"), "imported");
        assert_eq!(table_name(""), "imported");
        assert_eq!(table_name("sqlite_stat1.csv"), "imported_sqlite_stat1");
    }

    #[test]
    fn identifiers_are_quoted_with_inner_quotes_doubled() {
        assert_eq!(quote_identifier("a"), "\"a\"");
        assert_eq!(quote_identifier("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote_identifier(""), "\"\"");
    }

    #[test]
    fn the_sniffer_honours_quotes_and_prefers_consistent_counts() {
        assert_eq!(sniff_delimiter(b"a,b\n1,2\n"), b',');
        assert_eq!(sniff_delimiter(b"a;b\n1,5;2\n3;4,25\n"), b';');
        assert_eq!(sniff_delimiter(b"a\tb\n\"x;y\"\t2\n"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a,b\";c\n\"1,2\";3\n"), b';');
        assert_eq!(sniff_delimiter(b"only\none\n"), b',');
        // A ragged early row: the widest header wins, so the ragged row is what gets reported.
        assert_eq!(sniff_delimiter(b"a;b;c\n1;2\n"), b';');
    }

    #[test]
    fn a_character_split_across_two_fields_is_not_utf8() {
        // Joined, the two fields' bytes read as "1éx"; each field alone does not.
        assert_eq!(inspect(b"a,b\n1\xC3,\xA9x\n", "split.csv"), Err(CsvError::InvalidUtf8 { line: 2 }));
        assert_eq!(inspect(b"a,b\n\"1\n\xC3\",\xA9x\n", "split.csv"), Err(CsvError::InvalidUtf8 { line: 3 }));
    }

    #[test]
    fn line_breaks_are_counted_like_the_reader_counts_them() {
        assert_eq!(newlines(b"a\nb\r\nc\rd"), 2);
        assert_eq!(newlines(b""), 0);
        // Past eight bytes the count goes a word at a time: every byte value, at every offset.
        let bytes: Vec<u8> =
            (0..=255u8).chain((0..300).map(|i| if i % 3 == 0 { b'\n' } else { 0x8A })).collect();
        for start in 0..16 {
            for end in [start, start + 7, start + 8, start + 9, bytes.len() - 3, bytes.len()] {
                let slice = &bytes[start..end];
                assert_eq!(newlines(slice), slice.iter().filter(|&&b| b == b'\n').count() as u64);
            }
        }
    }
}
