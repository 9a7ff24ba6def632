//! csv_import: a CSV file previewed and imported, under the inferred types and others.

use joinery::core::csv_import::{self, ColumnType, CsvError, ImportPlan, SAMPLE_ROWS};
use joinery::core::script::quote_identifier;
use rusqlite::{Connection, ffi};

use super::select_one;

const CSV_FILE_NAME: &str = "fuzz input.csv";

thread_local! {
    /// One connection for all inputs: each input runs inside a transaction that is rolled back,
    /// so every input starts from the same empty database.
    static CSV_DB: Connection = Connection::open_in_memory().expect("an in-memory database opens");
}

/// Previews the bytes and, when the preview accepts them, imports them twice: with the
/// inferred types (every non-empty value must then be stored under its column's type) and with
/// every type changed (values that do not convert stay text, so that import must succeed too).
/// A file the preview refuses is imported under a one-column plan, which either succeeds or
/// leaves no table. The database must still answer afterwards.
pub fn csv_import(data: &[u8]) {
    CSV_DB.with(|conn| {
        if !conn.is_autocommit() {
            // A failed check (replayed under catch_unwind) left its transaction open.
            conn.execute_batch("ROLLBACK").expect("ROLLBACK");
        }
        conn.execute_batch("BEGIN").expect("BEGIN");
        check_csv_import(conn, data);
        assert_eq!(select_one(conn), 1, "the database still answers");
        conn.execute_batch("ROLLBACK").expect("ROLLBACK");
    });
}

fn check_csv_import(conn: &Connection, data: &[u8]) {
    let preview = match csv_import::inspect(data, CSV_FILE_NAME) {
        Ok(preview) => preview,
        Err(CsvError::TooManyColumns { found, max }) => {
            assert!(found > max, "refused {found} columns, allowed {max}");
            return;
        }
        Err(_) => {
            let plan = ImportPlan {
                table: "t".into(),
                delimiter: b',',
                columns: vec![csv_import::PlannedColumn { name: "c".into(), column_type: ColumnType::Text }],
            };
            if csv_import::import_into(conn, data, &plan, &mut |_| {}).is_err() {
                assert_eq!(table_count(conn), 0, "a failed import leaves no table");
            }
            return;
        }
    };
    let width = preview.columns.len();
    assert!(width >= 1, "a preview has a column");
    assert!(!preview.table.is_empty());
    assert_eq!(preview.sample.len() as u64, preview.row_count.min(SAMPLE_ROWS as u64));
    assert!(preview.sample.iter().all(|row| row.len() == width), "sample rows have the header's width");
    let names: Vec<String> = preview.columns.iter().map(|c| c.name.to_lowercase()).collect();
    assert!(names.iter().all(|n| !n.is_empty()), "column names are not empty");
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), width, "column names are unique ignoring case: {names:?}");

    let plan = ImportPlan::from_preview(&preview);
    // SAFETY: the handle is valid while `conn` lives; a negative value only reads the limit.
    let max_columns = unsafe { ffi::sqlite3_limit(conn.handle(), ffi::SQLITE_LIMIT_COLUMN, -1) };
    assert!(width <= max_columns as usize, "the preview refuses what a table cannot hold");
    import_and_count(conn, data, &plan, preview.row_count);
    for column in &plan.columns {
        let stored_as = match column.column_type {
            ColumnType::Integer => "integer",
            ColumnType::Real => "real",
            ColumnType::Text => "text",
        };
        let sql = format!(
            "SELECT count(*) FROM {} WHERE typeof({}) NOT IN ('null', '{stored_as}')",
            quote_identifier(&plan.table),
            quote_identifier(&column.name)
        );
        let strays: i64 = conn.query_row(&sql, [], |row| row.get(0)).expect("the check query runs");
        assert_eq!(strays, 0, "inferred {stored_as} column {:?} holds other values", column.name);
    }

    let mut other = plan.clone();
    other.table = format!("{}_again", plan.table);
    for column in &mut other.columns {
        column.column_type = match column.column_type {
            ColumnType::Integer => ColumnType::Real,
            ColumnType::Real => ColumnType::Text,
            ColumnType::Text => ColumnType::Integer,
        };
    }
    import_and_count(conn, data, &other, preview.row_count);
}

/// Imports under `plan`, which must succeed with `rows` rows, progress reported in increasing
/// counts ending at `rows`.
fn import_and_count(conn: &Connection, data: &[u8], plan: &ImportPlan, rows: u64) {
    let mut progress = Vec::new();
    let report = csv_import::import_into(conn, data, plan, &mut |done| progress.push(done))
        .unwrap_or_else(|err| panic!("the preview accepted the file, but importing it failed: {err}"));
    assert_eq!(report.rows, rows, "the import counts the rows the preview counted");
    assert_eq!(progress.last(), Some(&rows), "progress ends at the total");
    assert!(progress.windows(2).all(|w| w[0] < w[1]), "progress only grows: {progress:?}");
    let sql = format!("SELECT count(*) FROM {}", quote_identifier(&plan.table));
    let stored: i64 = conn.query_row(&sql, [], |row| row.get(0)).expect("the table exists");
    assert_eq!(stored as u64, rows, "the table holds every row");
}

fn table_count(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0)).expect("schema reads")
}
