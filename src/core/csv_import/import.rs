//! Writing a file's rows into a new table: the only part of the CSV import that needs SQLite.

use std::collections::HashSet;

use super::reader::{Rows, content};
use super::{ColumnType, CsvError, ImportPlan, ImportReport, PROGRESS_EVERY};
use crate::core::database::sqlite_message;
use crate::core::format::count;
use crate::core::script::quote_identifier;

/// Checks what can be checked of a plan without the file.
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
struct Savepoint<'c> {
    conn: &'c rusqlite::Connection,
    open: bool,
}

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

impl Drop for Savepoint<'_> {
    fn drop(&mut self) {
        if self.open {
            // Nothing better can be done with a failure here: the error that got us here is the
            // one worth reporting.
            let _ = self.conn.execute_batch(&format!("ROLLBACK TO {0}; RELEASE {0}", Self::NAME));
        }
    }
}
