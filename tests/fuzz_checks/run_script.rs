//! run_script: a script run on a small database, under guards against runaway queries.

use std::cell::Cell;
use std::ffi::{c_int, c_void};
use std::ops::Range;

use joinery::core::Database;
use rusqlite::ffi;

use super::select_one;
use super::split_statements::check_spans;

/// Longer scripts are skipped: a short one already reaches every statement kind, and the time
/// goes into SQLite's parser rather than into our code.
pub const MAX_SCRIPT_BYTES: usize = 2048;

/// Rows delivered per statement.
const ROW_LIMIT: usize = 20;

/// SQLite virtual machine steps between two calls of the progress handler, and how many calls
/// a script may take before it is interrupted: about a million steps, a few milliseconds.
const PROGRESS_STEPS: c_int = 1000;
pub(super) const PROGRESS_CALLS: u32 = 1000;

/// Values (strings, blobs, rows) longer than this are refused by SQLite, so that
/// `zeroblob(1e9)` or a 2000-column row of them cannot exhaust memory.
const MAX_VALUE_BYTES: c_int = 10_000;

/// A small database with every storage class, a foreign key, an index, a view and a trigger.
const SEED: &str = "
CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE book (
  id INTEGER PRIMARY KEY, title TEXT, author_id INTEGER REFERENCES author (id) ON DELETE CASCADE,
  price REAL, cover BLOB
);
CREATE INDEX book_author ON book (author_id);
CREATE VIEW priced AS SELECT title, price FROM book WHERE price IS NOT NULL;
CREATE TABLE log (at INTEGER, what TEXT);
CREATE TRIGGER book_added AFTER INSERT ON book BEGIN INSERT INTO log VALUES (new.id, new.title); END;
INSERT INTO author VALUES (1, 'Ada'), (2, 'Brontë'), (3, '');
INSERT INTO book VALUES (1, 'Notes', 1, 9.5, x'00ff'), (2, 'Jane Eyre', 2, NULL, NULL),
  (3, NULL, 3, -0.0, x''), (4, 'Big', 1, 1e308, zeroblob(3)), (5, '😀', NULL, 2, 7);
";

thread_local! {
    static SEED_BYTES: Vec<u8> = {
        let mut db = Database::open_in_memory().expect("an in-memory database opens");
        db.connection().execute_batch(SEED).expect("the seed runs");
        db.to_bytes().expect("the seed database serializes")
    };
}

/// Runs UTF-8 text of at most [`MAX_SCRIPT_BYTES`] as a script (`run_script_tracked`) on a
/// fresh copy of a small database. Guarded against runaway queries by a progress handler that
/// interrupts a script after about a million steps, against huge values by a length limit, and
/// against touching the file system by allowing no ATTACH (which also stops `VACUUM INTO`).
///
/// Every result must have as many values per row as it has columns, at most the row limit of
/// rows, and its span in the script; an error must lie in the script (its offset within its
/// statement) and its excerpt, range and line must be computable. Every value must display.
pub fn run_script(data: &[u8]) {
    let Ok(script) = std::str::from_utf8(data) else {
        return;
    };
    if script.len() > MAX_SCRIPT_BYTES {
        return;
    }
    // Declared first so that it is dropped after the database whose progress handler reads it.
    let steps = Cell::new(0u32);
    let mut db = SEED_BYTES.with(|bytes| Database::from_bytes(bytes)).expect("the seed database loads");
    guard(&db, &steps);
    // Tracked, as the notebook runs cells: the same run as `run_script`, plus the change diffs.
    let outcome = db.run_script_tracked(script, ROW_LIMIT);

    let spans: Vec<Range<usize>> = outcome
        .results
        .iter()
        .map(|r| r.span.clone())
        .chain(outcome.error.iter().map(|e| e.span.clone()))
        .collect();
    check_spans(script, &spans);
    for result in &outcome.results {
        assert_eq!(result.sql, script[result.span.clone()].trim());
        let delivered = result.rows.len() as u64;
        assert_eq!(delivered, result.total_rows.min(ROW_LIMIT as u64), "rows up to the limit: {result:?}");
        assert!(result.returns_rows() || result.rows.is_empty(), "rows without columns: {result:?}");
        for row in &result.rows {
            assert_eq!(row.len(), result.columns.len(), "a row has one value per column: {result:?}");
            for value in row {
                let _ = (value.display(), value.tsv_field(), value.type_name());
                assert_eq!(value.compare(value), std::cmp::Ordering::Equal, "{value:?}");
            }
        }
    }
    if let Some(error) = &outcome.error {
        assert_eq!(error.statement_index, outcome.results.len(), "the error follows the results");
        if let Some(offset) = error.offset {
            assert!(offset <= script.len(), "the error offset {offset} lies in the script");
            assert!(
                error.span.is_empty() || error.span.contains(&offset) || offset == error.span.end,
                "the error offset {offset} lies in its statement {:?}",
                error.span
            );
        }
        let _ = (error.excerpt(script), error.line_and_column(script));
        let (from, to) = error.marked_range_utf16(script);
        assert!(from < to && to as usize <= script.encode_utf16().count() + 1, "{from}..{to}");
    }
    assert_eq!(select_one(db.connection()), 1, "the database still answers");
}

/// Installs the run_script guards on `db`; `steps` counts progress calls and must outlive it.
pub(super) fn guard(db: &Database, steps: &Cell<u32>) {
    unsafe extern "C" fn progress(steps: *mut c_void) -> c_int {
        // SAFETY: the pointer is the `Cell` given below, alive for as long as the database.
        let steps = unsafe { &*(steps as *const Cell<u32>) };
        steps.set(steps.get() + 1);
        c_int::from(steps.get() > PROGRESS_CALLS)
    }
    // SAFETY: the handle is valid while `db` lives; `steps` outlives every statement run on it.
    // A script can lower SQLite's process-wide heap limits with a PRAGMA; lift them again so
    // that one input cannot change how later ones run.
    unsafe {
        let handle = db.connection().handle();
        ffi::sqlite3_progress_handler(
            handle,
            PROGRESS_STEPS,
            Some(progress),
            steps as *const _ as *mut c_void,
        );
        ffi::sqlite3_limit(handle, ffi::SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
        ffi::sqlite3_limit(handle, ffi::SQLITE_LIMIT_ATTACHED, 0);
        ffi::sqlite3_hard_heap_limit64(0);
        ffi::sqlite3_soft_heap_limit64(0);
    }
}
