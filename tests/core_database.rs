//! The engine core against real SQLite (bundled), on the Real Python sample database.

use joinery::core::{Database, LoadError, Value};
use joinery::worker::{
    DEFAULT_ROW_LIMIT, ExportDatabase, LoadDatabase, MarkBaseline, RunScript, Session, Snapshot,
};

const BOOKS_DB: &[u8] = include_bytes!("../data/realpython-sqlite-sqlalchemy/author_book_publisher.db");

fn books() -> Database {
    Database::from_bytes(BOOKS_DB).expect("the sample database loads")
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

#[test]
fn a_script_gives_one_result_per_statement() {
    let mut db = Database::open_in_memory().unwrap();
    let outcome = db.run_script(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\n\
         INSERT INTO t (name) VALUES ('a'), ('b'), ('c');\n\
         UPDATE t SET name = upper(name) WHERE id > 1;\n\
         SELECT id, name FROM t ORDER BY id;",
        DEFAULT_ROW_LIMIT,
    );
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    let changed: Vec<u64> = outcome.results.iter().map(|r| r.rows_changed).collect();
    assert_eq!(changed, vec![0, 3, 2, 0]);
    let select = &outcome.results[3];
    assert_eq!(select.sql, "SELECT id, name FROM t ORDER BY id;");
    let names: Vec<&str> = select.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["id", "name"]);
    let types: Vec<Option<&str>> = select.columns.iter().map(|c| c.decl_type.as_deref()).collect();
    assert_eq!(types, vec![Some("INTEGER"), Some("TEXT")]);
    assert_eq!(
        select.rows,
        vec![
            vec![Value::Integer(1), text("a")],
            vec![Value::Integer(2), text("B")],
            vec![Value::Integer(3), text("C")],
        ]
    );
    assert!(!outcome.results[0].returns_rows());
    assert!(select.returns_rows());
    assert!(select.read_only);
    assert!(!outcome.results[1].read_only, "an INSERT is not read-only");
    assert!(outcome.schema_changed, "CREATE TABLE changes the schema");
    assert!(!db.run_script("SELECT 1; INSERT INTO t (name) VALUES ('d')", 10).schema_changed);
    assert!(outcome.results.iter().all(|r| r.elapsed_ms >= 0.0));
}

#[test]
fn values_keep_their_storage_class() {
    let mut db = Database::open_in_memory().unwrap();
    let outcome = db.run_script("SELECT NULL, 42, 2.5, 'NULL', x'00FF', 1.0, -9223372036854775808", 10);
    let row = &outcome.results[0].rows[0];
    assert_eq!(
        row,
        &vec![
            Value::Null,
            Value::Integer(42),
            Value::Real(2.5),
            text("NULL"),
            Value::Blob(vec![0x00, 0xFF]),
            Value::Real(1.0),
            Value::Integer(i64::MIN),
        ]
    );
    // An expression column has no declared type.
    assert_eq!(outcome.results[0].columns[1].decl_type, None);
}

#[test]
fn a_syntax_error_names_the_statement_message_and_offset() {
    let mut db = books();
    let script = "SELECT 1;\nSELECT first_name FRM author;\nSELECT 3;";
    let outcome = db.run_script(script, 10);
    assert_eq!(outcome.results.len(), 1, "the statement before the error keeps its result");
    let error = outcome.error.expect("the second statement fails");
    assert_eq!(error.statement_index, 1);
    assert_eq!(error.sql, "SELECT first_name FRM author;");
    assert_eq!(error.message, "near \"author\": syntax error");
    assert_eq!(error.offset, Some(script.find("author;").unwrap()));
    assert_eq!(error.line_and_column(script), (2, 23));
}

#[test]
fn an_unknown_column_is_located_in_the_script() {
    let mut db = books();
    let script = "  SELECT nme FROM author";
    let error = db.run_script(script, 10).error.unwrap();
    assert_eq!(error.message, "no such column: nme");
    assert_eq!(error.offset, Some(9));
}

#[test]
fn a_runtime_error_has_no_offset_and_marks_the_statement_start() {
    let mut db = books();
    let script = "SELECT 1;\n   INSERT INTO author (author_id, first_name) VALUES (1, 'Dup');";
    let error = db.run_script(script, 10).error.unwrap();
    assert_eq!(error.message, "UNIQUE constraint failed: author.author_id");
    assert_eq!(error.offset, None);
    assert_eq!(error.marked_offset(script), script.find("INSERT").unwrap());
}

#[test]
fn statements_after_a_failure_do_not_run_and_the_failing_one_changes_nothing() {
    let mut db = books();
    let outcome = db.run_script(
        "INSERT INTO publisher (name) VALUES ('Tor');\n\
         INSERT INTO publisher (publisher_id, name) VALUES (1, 'Clash'), (99, 'Never');\n\
         INSERT INTO publisher (name) VALUES ('Never either');",
        10,
    );
    assert_eq!(outcome.results.len(), 1);
    assert_eq!(outcome.error.as_ref().unwrap().statement_index, 1);
    let names =
        db.run_script("SELECT name FROM publisher WHERE name IN ('Tor', 'Never', 'Never either')", 10);
    assert_eq!(names.results[0].rows, vec![vec![text("Tor")]]);
}

#[test]
fn foreign_keys_are_enforced() {
    let mut db = books();
    let error = db
        .run_script("INSERT INTO book (title, author_id) VALUES ('Orphan', 999)", 10)
        .error
        .expect("a book by a missing author is refused");
    assert_eq!(error.message, "FOREIGN KEY constraint failed");
    let after_load_bytes = Database::from_bytes(&books().to_bytes().unwrap()).unwrap();
    let enforced: i64 =
        after_load_bytes.connection().query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert_eq!(enforced, 1);
}

#[test]
fn the_real_python_author_books_query() {
    let mut db = books();
    let outcome = db.run_script(
        "SELECT a.first_name || ' ' || a.last_name AS author, b.title\n\
         FROM author a JOIN book b ON b.author_id = a.author_id\n\
         ORDER BY a.last_name, b.title;",
        DEFAULT_ROW_LIMIT,
    );
    let rows = &outcome.results[0].rows;
    assert_eq!(rows.len(), 10);
    assert_eq!(rows[0], vec![text("Isaac Asimov"), text("Foundation")]);
    assert_eq!(rows[9], vec![text("Carol Shaben"), text("Into The Abyss")]);
}

#[test]
fn rows_past_the_limit_are_counted_not_delivered() {
    let mut db = Database::open_in_memory().unwrap();
    let outcome = db.run_script(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2500) SELECT x FROM n",
        1000,
    );
    let result = &outcome.results[0];
    assert_eq!(result.rows.len(), 1000);
    assert_eq!(result.total_rows, 2500);
    assert!(result.is_truncated());
}

#[test]
fn export_and_load_round_trip_and_the_copy_is_writable() {
    let mut original = books();
    original.run_script("INSERT INTO publisher (name) VALUES ('Round Trip Press')", 10);
    let bytes = original.to_bytes().unwrap();
    assert_eq!(&bytes[..16], b"SQLite format 3\0");
    let mut copy = Database::from_bytes(&bytes).unwrap();
    let outcome = copy.run_script(
        "INSERT INTO publisher (name) VALUES ('Second Press');\n\
         SELECT name FROM publisher WHERE name LIKE '%Press' ORDER BY name",
        10,
    );
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    assert_eq!(outcome.results[1].rows, vec![vec![text("Round Trip Press")], vec![text("Second Press")]]);
}

#[test]
fn bad_bytes_are_refused_with_a_reason() {
    assert!(matches!(Database::from_bytes(b""), Err(LoadError::Empty)));
    let not_a_db = Database::from_bytes(b"first_name,last_name\nIsaac,Asimov\n").err().unwrap();
    assert!(matches!(not_a_db, LoadError::NotADatabase(_)), "{not_a_db:?}");
    assert!(not_a_db.to_string().contains("not a SQLite database"), "{not_a_db}");
    let truncated = Database::from_bytes(&BOOKS_DB[..BOOKS_DB.len() / 2]);
    assert!(truncated.is_err(), "a file cut in half is refused");
}

#[test]
fn a_failed_load_leaves_the_session_database_as_it_was() {
    let mut session = Session::new().unwrap();
    assert_eq!(session.ask(LoadDatabase { bytes: BOOKS_DB.to_vec() }), Ok(()));
    let response = session.ask(LoadDatabase { bytes: b"PK\x03\x04 a zip, not a db".to_vec() });
    let Err(message) = response else { panic!("expected a failure, got {response:?}") };
    assert!(message.starts_with("Could not open the database"), "{message}");
    let outcome = session
        .ask(RunScript { sql: "SELECT count(*) FROM author".into(), row_limit: 1 })
        .expect("a script always runs");
    assert_eq!(outcome.results[0].rows, vec![vec![Value::Integer(7)]]);
    let bytes = session.ask(ExportDatabase).unwrap();
    assert_eq!(
        Database::from_bytes(&bytes)
            .unwrap()
            .connection()
            .query_row("SELECT count(*) FROM book", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        10
    );
}

#[test]
fn a_nul_in_the_script_is_refused_clearly() {
    let mut db = Database::open_in_memory().unwrap();
    let error = db.run_script("SELECT 1;\0SELECT 2", 10).error.unwrap();
    assert!(error.message.contains("NUL"), "{}", error.message);
    assert_eq!(error.offset, Some(9));
}

#[test]
fn the_session_offers_a_snapshot_after_every_change_and_only_then() {
    let mut session = Session::new().unwrap();
    session.ask(LoadDatabase { bytes: BOOKS_DB.to_vec() }).unwrap();
    assert!(session.take_snapshot().is_some(), "a load changes the database");
    assert!(session.take_snapshot().is_none(), "taken once");
    session.ask(RunScript { sql: "SELECT * FROM author".into(), row_limit: 5 }).unwrap();
    assert!(session.take_snapshot().is_none(), "a read changes nothing");
    session.ask(MarkBaseline).unwrap();
    let Snapshot { baseline, .. } = session.take_snapshot().unwrap();
    assert!(baseline, "marking the starting state says so");
    session
        .ask(RunScript { sql: "INSERT INTO publisher (name) VALUES ('Snap Press')".into(), row_limit: 5 })
        .unwrap();
    let Snapshot { bytes, baseline } = session.take_snapshot().unwrap();
    assert!(!baseline);
    let copy = Database::from_bytes(&bytes).unwrap();
    let count: i64 = copy
        .connection()
        .query_row("SELECT count(*) FROM publisher WHERE name = 'Snap Press'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1, "the snapshot holds the change");
}
