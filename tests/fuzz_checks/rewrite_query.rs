//! rewrite_query: a query rewritten for tracing, both run and their rows compared.

use std::cell::Cell;

use joinery::core::lineage::{self, Rewrite, Trace};
use joinery::core::{Database, Value};
use rusqlite::Connection;

use super::run_script::{MAX_SCRIPT_BYTES, PROGRESS_CALLS, guard};

/// Tables only: a view has no rowid, so a traced join over one fails in SQLite (with SQLite's
/// message, which the UI shows), and that is not what this target is after.
const REWRITE_SEED: &str = "
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE book (
  id INTEGER PRIMARY KEY, title TEXT, author_id INTEGER REFERENCES author (id), price REAL, cover BLOB
);
CREATE INDEX book_author ON book (author_id);
CREATE TABLE tag (book_id INTEGER, name TEXT);
INSERT INTO author VALUES (1, 'Ada'), (2, 'Brontë'), (3, ''), (4, 'Nobody');
INSERT INTO book VALUES (1, 'Notes', 1, 9.5, x'00ff'), (2, 'Jane Eyre', 2, NULL, NULL),
  (3, NULL, 3, -0.0, x''), (4, 'Big', 1, 1e308, zeroblob(3)), (5, '😀', NULL, 2, 7),
  (6, 'Notes', 2, 9.5, NULL);
INSERT INTO tag VALUES (1, 'math'), (1, 'history'), (2, 'novel'), (7, 'orphan'), (NULL, NULL);
";

/// Rows read of a query's result, at most; a longer result is not compared.
const REWRITE_MAX_ROWS: usize = 500;

thread_local! {
    /// One guarded connection per thread: the rewriter only hands SELECTs to SQLite, which
    /// change nothing, so inputs cannot affect one another.
    static REWRITE_DB: (Database, &'static Cell<u32>) = {
        let db = Database::open_in_memory().expect("an in-memory database opens");
        db.connection().execute_batch(REWRITE_SEED).expect("the seed runs");
        let steps: &'static Cell<u32> = Box::leak(Box::new(Cell::new(0)));
        guard(&db, steps);
        (db, steps)
    };
}

/// Rewrites UTF-8 text of at most [`MAX_SCRIPT_BYTES`] for tracing (`lineage::rewrite`, the
/// "Trace rows" button) and runs both on a small database. A refusal must be a reason. A
/// rewrite must be the learner's query with columns added and nothing else changed: when the
/// query runs, the rewrite runs, with the same number of rows, and without the added columns
/// the same rows (as a multiset; not compared when LIMIT, OFFSET or a function whose value
/// changes between runs makes the row set depend on the plan). Every added rowid is an integer,
/// or NULL only for a LEFT JOIN's table. Tracing the rewrite must not panic.
pub fn rewrite_query(data: &[u8]) {
    let Ok(sql) = std::str::from_utf8(data) else {
        return;
    };
    if sql.len() > MAX_SCRIPT_BYTES {
        return;
    }
    let rewrite = match lineage::rewrite(sql) {
        Ok(rewrite) => rewrite,
        Err(reason) => {
            assert!(!reason.is_empty() && !reason.ends_with('.'), "a reason as a clause: {reason:?}");
            return;
        }
    };
    REWRITE_DB.with(|(db, steps)| {
        let conn = db.connection();
        steps.set(0);
        let Some(original) = rows_of(conn, sql) else {
            return;
        };
        let comparable = !plan_dependent(sql);
        match &rewrite {
            Rewrite::Join { sql: rewritten, tables } => {
                assert!(tables.len() >= 2, "a join traces two tables or more: {tables:?}");
                let Some(traced) = rows_of_rewrite(conn, steps, sql, rewritten) else { return };
                check_extended(&original, &traced, tables.len(), comparable, rewritten);
                for row in &traced.rows {
                    for (table, source) in tables.iter().zip(&row[original.width..]) {
                        match source {
                            Value::Integer(_) => {}
                            Value::Null => assert!(table.join.starts_with("LEFT"), "no rowid from {table:?}"),
                            other => panic!("a rowid {other:?} from {table:?} in {rewritten:?}"),
                        }
                    }
                }
            }
            Rewrite::Groups { output_sql, keys, input_sql } => {
                let Some(output) = rows_of_rewrite(conn, steps, sql, output_sql) else { return };
                check_extended(&original, &output, *keys, comparable, output_sql);
                rows_of_rewrite(conn, steps, sql, input_sql);
            }
        }
        steps.set(0);
        if let Ok(Trace::Join(trace)) = lineage::trace_rewritten(conn, &rewrite) {
            assert!(trace.rows.iter().all(|row| row.sources.len() == trace.tables.len()));
        }
    });
}

/// A query's result, read up to [`REWRITE_MAX_ROWS`] rows.
struct ReadRows {
    width: usize,
    rows: Vec<Vec<Value>>,
    complete: bool,
}

/// The rows of `sql`, or `None` when SQLite refuses it or the guard interrupts it.
fn rows_of(conn: &Connection, sql: &str) -> Option<ReadRows> {
    let mut statement = conn.prepare(sql).ok()?;
    let width = statement.column_count();
    let mut cursor = statement.raw_query();
    let mut rows = Vec::new();
    while let Some(row) = cursor.next().ok()? {
        if rows.len() == REWRITE_MAX_ROWS {
            return Some(ReadRows { width, rows, complete: false });
        }
        rows.push(Value::row(row, 0..width).ok()?);
    }
    Some(ReadRows { width, rows, complete: true })
}

/// The rows of a rewrite of `sql`, which must run since `sql` did; `None` when the guard
/// interrupted it (the added columns can make it slower).
fn rows_of_rewrite(conn: &Connection, steps: &Cell<u32>, sql: &str, rewrite: &str) -> Option<ReadRows> {
    steps.set(0);
    let rows = rows_of(conn, rewrite);
    assert!(
        rows.is_some() || steps.get() > PROGRESS_CALLS,
        "{sql:?} runs, but its rewrite {rewrite:?} does not"
    );
    rows
}

/// Whether which rows a query returns may change with its plan (LIMIT or OFFSET without a
/// total order) or between two runs (random values, the clock): such results are only counted.
fn plan_dependent(sql: &str) -> bool {
    let lower = sql.to_lowercase();
    ["limit", "offset", "random", "now", "changes", "last_insert_rowid"].iter().any(|w| lower.contains(w))
}

/// `extended` is `original` with `added` columns after its own, and as many rows.
fn check_extended(original: &ReadRows, extended: &ReadRows, added: usize, comparable: bool, sql: &str) {
    assert_eq!(extended.width, original.width + added, "{sql:?} adds {added} columns");
    if !(original.complete && extended.complete) {
        return;
    }
    assert_eq!(extended.rows.len(), original.rows.len(), "{sql:?} returns as many rows");
    if comparable {
        let mut before = original.rows.clone();
        let mut after: Vec<Vec<Value>> = extended.rows.iter().map(|r| r[..original.width].to_vec()).collect();
        before.sort_by(|a, b| compare_rows(a, b));
        after.sort_by(|a, b| compare_rows(a, b));
        assert!(
            before.iter().zip(&after).all(|(a, b)| compare_rows(a, b).is_eq()),
            "{sql:?} returns other rows: {before:?} became {after:?}"
        );
    }
}

fn compare_rows(a: &[Value], b: &[Value]) -> std::cmp::Ordering {
    a.iter().zip(b).map(|(x, y)| x.compare(y)).find(|o| o.is_ne()).unwrap_or(std::cmp::Ordering::Equal)
}
