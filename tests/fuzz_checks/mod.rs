//! The properties the fuzz targets check, one function per target, each taking the raw input
//! and panicking when a property fails. `fuzz/fuzz_targets/*.rs` include this file through
//! `#[path]` and `tests/fuzz_corpus.rs` replays the committed corpus and regressions through
//! it, so the two never drift apart. See `fuzz/README.md`.

use std::cell::Cell;
use std::ffi::{c_int, c_void};
use std::ops::Range;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use joinery::core::csv_import::{self, ColumnType, CsvError, ImportPlan, SAMPLE_ROWS};
use joinery::core::lineage::{self, Rewrite, Trace};
use joinery::core::notebook_file::{NotebookFile, from_markdown, to_markdown};
use joinery::core::script::{self, has_top_level_order_by, is_blank, line_and_column, quote_identifier};
use joinery::core::share::{self, SharedNotebook};
use joinery::core::{CellKind, Database, Notebook, Value, lesson};
use rusqlite::{Connection, ffi};

/// A target's check: panics when a property fails for this input.
pub type Check = fn(&[u8]);

/// The targets by name, as the folders under `fuzz/corpus/` and `fuzz/regressions/` are named.
pub const TARGETS: &[(&str, Check)] = &[
    ("csv_import", csv_import),
    ("lesson_parse", lesson_parse),
    ("split_statements", split_statements),
    ("run_script", run_script),
    ("share_decode", share_decode),
    ("rewrite_query", rewrite_query),
];

// ---------------------------------------------------------------------------------------------
// csv_import

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

fn select_one(conn: &Connection) -> i64 {
    conn.query_row("SELECT 1", [], |row| row.get(0)).expect("SELECT 1 runs")
}

// ---------------------------------------------------------------------------------------------
// lesson_parse

/// Parses UTF-8 text as a lesson and as a notebook file (the same parse underneath, so both
/// succeed or both fail); a notebook file written back with `to_markdown` must read back, with
/// the same cells. SQL cells are compared without trailing white space, which the file format
/// does not keep (a fence's content is trimmed at the end when read, by design).
///
/// One case is known to break that, and is only run (see `fuzz/README.md`): a text cell that
/// holds one of the format's own markers (`<!-- cell -->`, `<!-- text -->`) on a line of its
/// own, which reads back as a boundary between cells.
pub fn lesson_parse(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lesson = lesson::parse("01-fuzz.md", text);
    let file = from_markdown("fuzz.md", text);
    assert_eq!(lesson.is_ok(), file.is_ok(), "a notebook file is a lesson");
    let Ok(file) = file else {
        return;
    };
    if file.notebook.cells().iter().any(|c| c.kind == CellKind::Text && holds_a_marker_line(&c.source)) {
        let _ = to_markdown(&file.title, &file.dataset, &file.setup, &file.notebook);
        return;
    }
    let once = read_back(&file);
    // Leading white space of a one-line `setup:` value is not kept (SQL does not need it).
    assert_eq!(once.setup.trim(), file.setup.trim(), "a round trip changed the setup");
    let once = NotebookFile { notebook: once.notebook, ..file.clone() };
    let (before, after) = (cells(&file.notebook), cells(&once.notebook));
    assert_eq!(before.len(), after.len(), "a round trip changed the cells: {before:?} became {after:?}");
    for ((kind, source), (kind_back, source_back)) in before.iter().zip(&after) {
        assert_eq!(kind, kind_back, "a round trip changed a cell's kind: {before:?} became {after:?}");
        match kind {
            CellKind::Sql => assert_eq!(source, source_back, "a round trip changed a SQL cell"),
            // A text cell that left a block open comes back with it closed, and only that.
            CellKind::Text => assert!(
                source_back.strip_prefix(source).is_some_and(only_closers),
                "a round trip changed a text cell: {source:?} became {source_back:?}"
            ),
        }
    }
    let twice = read_back(&once);
    assert_eq!(cells(&twice.notebook), after, "a second round trip changed the cells");
}

/// The notebook file written with `to_markdown` and read back, which must succeed.
fn read_back(file: &NotebookFile) -> NotebookFile {
    let written = to_markdown(&file.title, &file.dataset, &file.setup, &file.notebook);
    from_markdown("fuzz.md", &written)
        .unwrap_or_else(|err| panic!("to_markdown wrote a file that does not read back ({err}):\n{written}"))
}

/// Whether `text` holds nothing but lines that close a Markdown block: a fence, `-->`, `?>`,
/// `>`, `]]>` or the end tag of a raw HTML block.
fn only_closers(text: &str) -> bool {
    const TAGS: [&str; 8] = ["-->", "?>", ">", "]]>", "</script>", "</pre>", "</style>", "</textarea>"];
    text.lines().all(|line| {
        let line = line.trim();
        line.is_empty()
            || TAGS.contains(&line)
            || (line.len() >= 3 && (line.bytes().all(|b| b == b'`') || line.bytes().all(|b| b == b'~')))
    })
}

/// Whether a line of `text`, trimmed, is one of the notebook format's markers.
fn holds_a_marker_line(text: &str) -> bool {
    text.lines().any(|line| [lesson::CELL_BREAK, lesson::TEXT_START].contains(&line.trim()))
}

fn cells(notebook: &Notebook) -> Vec<(CellKind, &str)> {
    notebook
        .cells()
        .iter()
        .map(|c| match c.kind {
            CellKind::Sql => (c.kind, c.source.trim_end()),
            CellKind::Text => (c.kind, c.source.as_str()),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// split_statements

/// Splits UTF-8 text into statements. The spans must lie in the script, on character
/// boundaries, in order without overlapping, each holding more than blanks and comments, with
/// only blanks, comments and `;` between them; splitting a statement again gives just itself.
/// `line_and_column` and `has_top_level_order_by` must not panic on any of it.
pub fn split_statements(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans = script::split_statements(text);
    check_spans(text, &spans);
    let mut end = 0;
    for span in &spans {
        assert!(is_blank(&text[end..span.start]), "only blanks between statements: {spans:?}");
        let statement = &text[span.clone()];
        assert!(!is_blank(statement), "a statement is not blank: {span:?}");
        assert_eq!(script::split_statements(statement), vec![0..statement.len()], "{span:?} splits again");
        let _ = has_top_level_order_by(statement);
        end = span.end;
    }
    assert!(is_blank(&text[end..]), "only blanks after the last statement: {spans:?}");
    for offset in [0, text.len() / 2, text.len(), text.len() + 1] {
        let (line, column) = line_and_column(text, offset);
        assert!(line >= 1 && column >= 1);
        assert!(line <= text.matches('\n').count() + 1);
    }
}

/// Spans inside `text`, on character boundaries, in order and not overlapping.
fn check_spans(text: &str, spans: &[Range<usize>]) {
    let mut end = 0;
    for span in spans {
        assert!(end <= span.start && span.start <= span.end && span.end <= text.len(), "{spans:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{spans:?}");
        end = span.end;
    }
}

// ---------------------------------------------------------------------------------------------
// run_script

/// Longer scripts are skipped: a short one already reaches every statement kind, and the time
/// goes into SQLite's parser rather than into our code.
pub const MAX_SCRIPT_BYTES: usize = 2048;

/// Rows delivered per statement.
const ROW_LIMIT: usize = 20;

/// SQLite virtual machine steps between two calls of the progress handler, and how many calls
/// a script may take before it is interrupted: about a million steps, a few milliseconds.
const PROGRESS_STEPS: c_int = 1000;
const PROGRESS_CALLS: u32 = 1000;

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
fn guard(db: &Database, steps: &Cell<u32>) {
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

// ---------------------------------------------------------------------------------------------
// share_decode

/// Decodes the input as a fragment (when it is UTF-8) and, so that the fuzzer reaches the
/// payload parser behind base64, deflate and the checksum, as a payload body wrapped into
/// version 1 and version 2 links. Whatever decodes must encode to a link that decodes to the
/// same notebook (when it is short enough for a link).
pub fn share_decode(data: &[u8]) {
    if let Ok(text) = std::str::from_utf8(data) {
        check_decoded(share::decode(text));
    }
    let Ok(len) = u16::try_from(data.len() + 4) else {
        return;
    };
    // One stored (uncompressed) deflate block: as valid as a compressed one, and much cheaper
    // to make than setting up a compressor for every input.
    let mut deflated = vec![1];
    deflated.extend_from_slice(&len.to_le_bytes());
    deflated.extend_from_slice(&(!len).to_le_bytes());
    deflated.extend_from_slice(&adler2::adler32_slice(data).to_be_bytes());
    deflated.extend_from_slice(data);
    let compressed = URL_SAFE_NO_PAD.encode(deflated);
    for version in ["v1.", "v2."] {
        let decoded = share::decode(&format!("#share={version}{compressed}"));
        assert!(decoded.is_some(), "a share link is recognized");
        check_decoded(decoded);
    }
}

fn check_decoded(decoded: Option<Result<SharedNotebook, share::ShareError>>) {
    let Some(Ok(notebook)) = decoded else {
        return;
    };
    if let Ok(link) = share::encode(&notebook) {
        assert_eq!(share::decode(&link), Some(Ok(notebook)), "a decoded notebook survives a round trip");
    }
}

// ---------------------------------------------------------------------------------------------
// rewrite_query

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
