//! Change diffs: what INSERT, UPDATE and DELETE did to their tables, row by row.

use joinery::core::changes::MAX_ROWS;
use joinery::core::{Database, Value};

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

fn flat() -> Database {
    let mut db = Database::open_in_memory().unwrap();
    let setup = db.run_script(
        "CREATE TABLE author_book (first_name TEXT, last_name TEXT, title TEXT);
         INSERT INTO author_book VALUES ('Stephen', 'King', 'It'), ('Stephen', 'King', 'Dead Zone'),
           ('Tom', 'Clancy', 'Patriot Games');",
        10,
    );
    assert!(setup.is_ok());
    db
}

#[test]
fn an_update_reports_old_and_new_values_of_each_row_it_touched() {
    let mut db = flat();
    let outcome = db.run_script_tracked(
        "UPDATE author_book SET first_name = 'Richard', last_name = 'Bachman' WHERE last_name = 'King';",
        10,
    );
    let changes = &outcome.results[0].changes;
    assert_eq!(changes.len(), 1);
    let table = &changes[0];
    assert_eq!(table.table, "author_book");
    assert_eq!(table.columns, vec!["first_name", "last_name", "title"]);
    assert_eq!(table.updated.len(), 2);
    assert_eq!(table.updated[0].0, vec![text("Stephen"), text("King"), text("It")]);
    assert_eq!(table.updated[0].1, vec![text("Richard"), text("Bachman"), text("It")]);
    assert_eq!((table.inserted.len(), table.deleted.len(), table.unchanged), (0, 0, 1));
}

#[test]
fn inserts_and_deletes_are_reported_and_reads_report_nothing() {
    let mut db = flat();
    let outcome = db.run_script_tracked(
        "INSERT INTO author_book VALUES ('Pearl', 'Buck', 'The Good Earth');
         DELETE FROM author_book WHERE title = 'It';
         SELECT * FROM author_book;",
        10,
    );
    assert!(outcome.is_ok());
    let [insert, delete, select] = &outcome.results[..] else { panic!("{outcome:?}") };
    assert_eq!(insert.changes[0].inserted, vec![vec![text("Pearl"), text("Buck"), text("The Good Earth")]]);
    assert_eq!(delete.changes[0].deleted, vec![vec![text("Stephen"), text("King"), text("It")]]);
    assert!(select.changes.is_empty());
}

#[test]
fn a_statement_that_changes_nothing_and_untracked_runs_report_nothing() {
    let mut db = flat();
    let outcome = db.run_script_tracked("UPDATE author_book SET title = title WHERE 0;", 10);
    assert!(outcome.results[0].changes.is_empty());
    let outcome = db.run_script("DELETE FROM author_book;", 10);
    assert!(outcome.results[0].changes.is_empty());
}

#[test]
fn a_cascade_reports_both_tables_and_big_tables_are_skipped() {
    let mut db = Database::open_in_memory().unwrap();
    let script = format!(
        "CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
         CREATE TABLE book (book_id INTEGER PRIMARY KEY, publisher_id INTEGER REFERENCES publisher ON DELETE CASCADE);
         INSERT INTO publisher VALUES (1, 'Random House'), (2, 'Berkley');
         INSERT INTO book VALUES (1, 1), (2, 1), (3, 2);
         CREATE TABLE big AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {})
           SELECT x FROM n;",
        MAX_ROWS + 1
    );
    assert!(db.run_script(&script, 10).is_ok());
    let outcome = db
        .run_script_tracked("DELETE FROM publisher WHERE publisher_id = 1; DELETE FROM big WHERE x = 1;", 10);
    assert!(outcome.is_ok());
    let tables: Vec<&str> = outcome.results[0].changes.iter().map(|c| c.table.as_str()).collect();
    assert_eq!(tables, vec!["publisher", "book"]);
    assert_eq!(outcome.results[0].changes[1].deleted.len(), 2, "the cascade deleted Random House's books");
    assert_eq!(outcome.results[0].rows_changed, 3, "the cascade is counted");
    assert!(outcome.results[1].changes.is_empty(), "a table past MAX_ROWS is not compared");
}

#[test]
fn a_failed_statement_reports_no_changes_and_changes_nothing() {
    let mut db = flat();
    let outcome = db.run_script_tracked("INSERT INTO author_book VALUES (1, 2);", 10);
    assert!(outcome.error.is_some());
    let count = db.run_script("SELECT count(*) FROM author_book;", 10);
    assert_eq!(count.results[0].rows[0][0], Value::Integer(3));
}

#[test]
fn trying_changes_reports_them_and_leaves_the_database_as_it_was() {
    let mut db = flat();
    assert!(db.run_script("CREATE TABLE author (first_name TEXT, last_name TEXT); INSERT INTO author VALUES ('Stephen', 'King');", 10).is_ok());
    let count = |db: &mut Database| {
        let outcome = db.run_script("SELECT count(*) FROM author_book WHERE last_name = 'King'; SELECT count(*) FROM author WHERE last_name = 'King';", 10);
        outcome.results.iter().map(|r| r.rows[0][0].clone()).collect::<Vec<_>>()
    };
    let before = count(&mut db);
    let outcomes = db
        .try_changes(&[
            "UPDATE author_book SET first_name = 'Richard', last_name = 'Bachman' WHERE last_name = 'King';"
                .into(),
            "UPDATE author SET first_name = 'Richard', last_name = 'Bachman' WHERE last_name = 'King';"
                .into(),
        ])
        .unwrap();
    let touched: Vec<u64> = outcomes.iter().map(|o| o.results[0].rows_changed).collect();
    assert_eq!(touched, vec![2, 1]);
    assert_eq!(outcomes[0].results[0].changes[0].updated.len(), 2);
    assert_eq!(count(&mut db), before, "every change was undone");
    assert_eq!(before, vec![Value::Integer(2), Value::Integer(1)]);
}
