//! Query plans as trees: scans versus index searches, before and after an index.

use joinery::core::Database;
use joinery::core::plan::{StepKind, explain};

fn books() -> Database {
    let mut db = Database::open_in_memory().unwrap();
    let outcome = db.run_script(
        "CREATE TABLE author (author_id INTEGER PRIMARY KEY, last_name TEXT);
         CREATE TABLE book (book_id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author, title TEXT);
         INSERT INTO author VALUES (1, 'King'), (2, 'Le Carre');
         INSERT INTO book VALUES (1, 1, 'It'), (2, 1, 'Dead Zone'), (3, 2, 'Tinker');",
        10,
    );
    assert!(outcome.is_ok());
    db
}

#[test]
fn a_filter_on_an_unindexed_column_scans_and_an_index_turns_it_into_a_search() {
    let mut db = books();
    let query = "SELECT * FROM book WHERE title = 'It';";
    let before = explain(db.connection(), query).unwrap();
    assert_eq!(before.steps.len(), 1);
    assert_eq!(before.steps[0].kind, StepKind::Scan);
    assert_eq!(before.steps[0].detail, "SCAN book");

    assert!(db.run_script("CREATE INDEX book_title ON book (title);", 10).is_ok());
    let after = explain(db.connection(), query).unwrap();
    assert_eq!(after.scans(), 0);
    assert_eq!(after.steps[0].kind, StepKind::Search);
    assert!(after.steps[0].detail.contains("USING INDEX book_title"), "{:?}", after.details());
}

#[test]
fn nested_steps_hang_under_their_parent() {
    let db = books();
    let plan = explain(
        db.connection(),
        "SELECT a.last_name, count(*) FROM author a JOIN book b USING (author_id)
         WHERE b.book_id IN (SELECT book_id FROM book WHERE title LIKE 'T%')
         GROUP BY a.last_name ORDER BY 2 DESC;",
    )
    .unwrap();
    let kinds: Vec<StepKind> = plan.steps.iter().map(|s| s.kind).collect();
    assert!(kinds.contains(&StepKind::Scan) && kinds.contains(&StepKind::Search), "{:?}", plan.details());
    assert!(kinds.contains(&StepKind::TempBTree), "{:?}", plan.details());
    // Every step's parent is 0 or a step listed before it, and the tree covers every step.
    for (i, step) in plan.steps.iter().enumerate() {
        assert!(step.parent == 0 || plan.steps[..i].iter().any(|p| p.id == step.parent), "{step:?}");
    }
    fn count(plan: &joinery::core::plan::QueryPlan, parent: i64) -> usize {
        plan.children(parent).map(|c| 1 + count(plan, c.id)).sum()
    }
    assert_eq!(count(&plan, 0), plan.steps.len());
}

#[test]
fn a_bad_statement_is_an_error_with_sqlites_message_and_nothing_runs() {
    let mut db = books();
    assert_eq!(explain(db.connection(), "SELECT nme FROM book;").unwrap_err(), "no such column: nme");
    assert_eq!(explain(db.connection(), "  ;  ").unwrap_err(), "there is no statement to explain");
    // Explaining a DELETE shows its plan without deleting anything.
    assert!(explain(db.connection(), "DELETE FROM book;").is_ok());
    let outcome = db.run_script("SELECT count(*) FROM book;", 10);
    assert_eq!(outcome.results[0].rows[0][0], joinery::core::Value::Integer(3));
}
