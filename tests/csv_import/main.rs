//! CSV import against real SQLite, on the corpus in tests/csv/ (see its README): what is
//! inferred ([`inference`]), what comes back out of SQLite ([`values`]), the errors
//! ([`errors`]), and progress and size ([`size`]). The helpers they share are here.

use joinery::core::Value;
use joinery::core::csv_import::{
    ColumnType, CsvError, CsvPreview, ImportPlan, ImportReport, MAX_COLUMNS, PlannedColumn, SAMPLE_ROWS,
    import_into, inspect,
};
use joinery::core::script::quote_identifier;
use rusqlite::Connection;

use ColumnType::{Integer, Real, Text};

macro_rules! corpus {
    ($path:literal) => {
        (include_bytes!(concat!("../csv/", $path)).as_slice(), $path)
    };
}

// After the macro, which the modules use: a `macro_rules!` is seen only by what follows it.
mod errors;
mod inference;
mod size;
mod values;

fn preview(file: (&[u8], &str)) -> CsvPreview {
    inspect(file.0, file.1).unwrap_or_else(|err| panic!("{}: {err}", file.1))
}

fn names(preview: &CsvPreview) -> Vec<&str> {
    preview.columns.iter().map(|c| c.name.as_str()).collect()
}

fn headers(preview: &CsvPreview) -> Vec<&str> {
    preview.columns.iter().map(|c| c.header.as_str()).collect()
}

fn types(preview: &CsvPreview) -> Vec<ColumnType> {
    preview.columns.iter().map(|c| c.inferred).collect()
}

fn db() -> Connection {
    Connection::open_in_memory().unwrap()
}

/// Previews and imports a file with every suggestion taken as is.
fn import(conn: &Connection, file: (&[u8], &str)) -> ImportReport {
    let plan = ImportPlan::from_preview(&preview(file));
    import_into(conn, file.0, &plan, &mut |_| {}).unwrap_or_else(|err| panic!("{}: {err}", file.1))
}

/// A plan for a file that `inspect` rejects: table `t`, commas, all TEXT.
fn text_plan(names: &[&str]) -> ImportPlan {
    ImportPlan {
        table: "t".into(),
        delimiter: b',',
        columns: names.iter().map(|n| PlannedColumn { name: (*n).into(), column_type: Text }).collect(),
    }
}

fn rows(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
    let mut statement = conn.prepare(sql).unwrap();
    let width = statement.column_count();
    let mut cursor = statement.raw_query();
    let mut out = Vec::new();
    while let Some(row) = cursor.next().unwrap() {
        out.push((0..width).map(|i| Value::from(row.get_ref(i).unwrap())).collect());
    }
    out
}

fn tables(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn int(i: i64) -> Value {
    Value::Integer(i)
}
