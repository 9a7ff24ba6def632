//! The JOIN and GROUP BY visualizers' query rewriting and tracing, on a corpus of queries:
//! aliases, USING, LEFT JOIN, self-joins, GROUP BY by alias and position; subqueries, CTEs,
//! compound selects and other joins declined with a reason.

use joinery::core::lineage::{Rewrite, Trace, rewrite, trace};
use joinery::core::{Database, Value};

const BOOKS_DB: &[u8] = include_bytes!("../data/realpython-sqlite-sqlalchemy/author_book_publisher.db");

fn books() -> Database {
    Database::from_bytes(BOOKS_DB).unwrap()
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

#[test]
fn joins_with_aliases_and_using_return_one_rowid_per_table() {
    for sql in [
        "SELECT a.last_name, b.title FROM author a JOIN book b ON b.author_id = a.author_id",
        "SELECT last_name, title FROM author JOIN book USING (author_id)",
        "SELECT a.last_name, b.title FROM author AS a INNER JOIN book AS b ON b.author_id = a.author_id ORDER BY 1",
        "SELECT * FROM author a LEFT JOIN book b ON b.author_id = a.author_id LEFT OUTER JOIN book_publisher bp ON bp.book_id = b.book_id;",
    ] {
        let Ok(Rewrite::Join { sql: rewritten, tables }) = rewrite(sql) else { panic!("{sql}") };
        assert!(rewritten.contains("rowid AS \"__joinery_rowid_0\""), "{rewritten}");
        assert!(tables.len() >= 2, "{sql}");
        // The rewritten query runs, with the tables' rowids after the original columns.
        let db = books();
        let mut statement =
            db.connection().prepare(&rewritten).unwrap_or_else(|e| panic!("{rewritten}: {e}"));
        assert_eq!(
            statement.column_names().last().unwrap(),
            &format!("__joinery_rowid_{}", tables.len() - 1)
        );
        assert!(statement.raw_query().next().unwrap().is_some());
    }
}

#[test]
fn every_result_row_names_the_source_rows_it_came_from() {
    let db = books();
    let Trace::Join(join) = trace(
        db.connection(),
        "SELECT a.first_name || ' ' || a.last_name AS author, b.title FROM author a JOIN book b ON b.author_id = a.author_id",
    )
    .unwrap() else {
        panic!("a join trace")
    };
    assert_eq!(join.columns, vec!["author", "title"]);
    assert_eq!(join.rows.len(), 10);
    assert_eq!(join.tables.iter().map(|t| t.alias.as_str()).collect::<Vec<_>>(), vec!["a", "b"]);
    for row in &join.rows {
        let author = join.tables[0].rows.iter().find(|(id, _)| Some(*id) == row.sources[0]).unwrap();
        let book = join.tables[1].rows.iter().find(|(id, _)| Some(*id) == row.sources[1]).unwrap();
        // The source rows really hold the values the result row shows.
        let Value::Text(name) = &row.values[0] else { panic!() };
        assert!(name.ends_with(&author.1[2].display()), "{name} vs {:?}", author.1);
        assert_eq!(row.values[1], book.1[2]);
    }
    // Fan-out: Stephen King's one author row gives three result rows.
    let king = join.tables[0].rows.iter().find(|(_, r)| r[2] == text("King")).unwrap().0;
    assert_eq!(join.rows.iter().filter(|r| r.sources[0] == Some(king)).count(), 3);
}

#[test]
fn a_left_join_row_without_a_match_has_no_source_and_nulls() {
    let mut db = books();
    assert!(
        db.run_script("INSERT INTO author (first_name, last_name) VALUES ('Ursula', 'Le Guin');", 10).is_ok()
    );
    let Trace::Join(join) = trace(
        db.connection(),
        "SELECT a.last_name, b.title FROM author a LEFT JOIN book b ON b.author_id = a.author_id",
    )
    .unwrap() else {
        panic!()
    };
    let unmatched: Vec<_> = join.rows.iter().filter(|r| r.sources[1].is_none()).collect();
    assert_eq!(unmatched.len(), 1);
    assert_eq!(unmatched[0].values, vec![text("Le Guin"), Value::Null]);
    assert!(unmatched[0].sources[0].is_some());
    assert_eq!(join.tables[1].join, "LEFT JOIN");
}

#[test]
fn a_self_join_traces_each_alias_separately() {
    let mut db = Database::open_in_memory().unwrap();
    let setup = "CREATE TABLE employee (id INTEGER PRIMARY KEY, name TEXT, manager_id INTEGER);
                 INSERT INTO employee VALUES (1, 'Ada', NULL), (2, 'Brian', 1), (3, 'Cleo', 1);";
    assert!(db.run_script(setup, 10).is_ok());
    let Trace::Join(join) = trace(
        db.connection(),
        "SELECT e.name, m.name AS manager FROM employee e JOIN employee m ON m.id = e.manager_id",
    )
    .unwrap() else {
        panic!()
    };
    assert_eq!(join.tables.iter().map(|t| t.alias.as_str()).collect::<Vec<_>>(), vec!["e", "m"]);
    assert!(join.rows.iter().all(|r| r.sources[1] == Some(1)), "both report to Ada");
}

#[test]
fn each_group_shows_the_rows_it_summarises_with_group_by_alias_or_position() {
    let db = books();
    for sql in [
        "SELECT p.name AS publisher, count(*) AS books FROM publisher p JOIN book_publisher bp ON bp.publisher_id = p.publisher_id GROUP BY publisher ORDER BY books DESC",
        "SELECT p.name, count(*) FROM publisher p JOIN book_publisher bp USING (publisher_id) GROUP BY 1 HAVING count(*) > 0",
        "SELECT p.name, count(*) FROM publisher p JOIN book_publisher bp USING (publisher_id) GROUP BY p.name",
    ] {
        let Trace::Groups(groups) = trace(db.connection(), sql).unwrap_or_else(|e| panic!("{sql}: {e}"))
        else {
            panic!("{sql}")
        };
        assert_eq!(groups.groups.len(), 4, "{sql}");
        for group in &groups.groups {
            let Value::Integer(count) = group.values[1] else { panic!("{:?}", group.values) };
            assert_eq!(group.inputs.len() as i64, count, "{sql}: {:?}", group.values);
        }
    }
}

#[test]
fn an_aggregate_without_group_by_is_one_group_of_every_row() {
    let db = books();
    let Trace::Groups(groups) =
        trace(db.connection(), "SELECT count(*) AS n FROM book WHERE title LIKE 'T%'").unwrap()
    else {
        panic!()
    };
    assert_eq!(groups.groups.len(), 1);
    let Value::Integer(n) = groups.groups[0].values[0] else { panic!() };
    assert_eq!(groups.groups[0].inputs.len() as i64, n);
    assert!(groups.input_columns.contains(&"title".to_owned()));
}

#[test]
fn queries_it_cannot_explain_are_declined_with_a_reason() {
    let cases = [
        ("WITH k AS (SELECT * FROM author) SELECT * FROM k JOIN book USING (author_id)", "WITH"),
        ("SELECT * FROM (SELECT * FROM author) a JOIN book b ON b.author_id = a.author_id", "subquery"),
        ("SELECT title FROM book UNION SELECT name FROM publisher", "UNION"),
        ("SELECT * FROM author, book WHERE book.author_id = author.author_id", "comma"),
        ("SELECT * FROM author a RIGHT JOIN book b ON b.author_id = a.author_id", "inner, left and cross"),
        ("SELECT DISTINCT a.last_name FROM author a JOIN book b USING (author_id)", "DISTINCT"),
        ("SELECT * FROM author", "no JOIN or GROUP BY"),
        ("DELETE FROM author", "only SELECT"),
        ("SELECT 1; SELECT 2", "single SELECT"),
        ("SELEC nonsense", "could not be parsed"),
        ("SELECT 1 FROM book JOIN author JOIN BOOK", "BOOK appears twice in FROM; give each an alias"),
        ("SELECT 1 FROM book b JOIN author JOIN book AS B", "B appears twice"),
        ("SELECT upper(title) AS t, count(*) FROM book GROUP BY +t", "uses the alias t is not traced"),
        ("SELECT 'a''''b' FROM book JOIN author", "two quote marks in a row"),
        (r#"SELECT 1 AS "x""""y" FROM book JOIN author"#, "two quote marks in a row"),
    ];
    for (sql, reason) in cases {
        let err = rewrite(sql).expect_err(sql);
        assert!(err.contains(reason), "{sql}: {err}");
    }
    // Nesting past the depth the parser may recurse to (where it could backtrack for seconds).
    let deep = format!("SELECT {}NOT 1{} FROM book JOIN author", "(CAST(".repeat(12), " AS INT))".repeat(12));
    assert_eq!(rewrite(&deep).unwrap_err(), "the query nests too deeply to trace");
    let sixteen = format!("SELECT {}1{} FROM book JOIN author", "(".repeat(16), ")".repeat(16));
    assert!(matches!(rewrite(&sixteen), Ok(Rewrite::Join { .. })));
    // A query that parses but that SQLite refuses is declined with SQLite's message.
    let db = books();
    let err = trace(db.connection(), "SELECT nme FROM author a JOIN book b USING (author_id)").unwrap_err();
    assert!(err.contains("no such column: nme"), "{err}");
    // The same table twice under two names is traced.
    let Trace::Join(both) =
        trace(db.connection(), "SELECT 1 FROM book b1 JOIN book b2 ON b2.book_id = b1.book_id + 1").unwrap()
    else {
        panic!("a join")
    };
    assert_eq!(both.tables.iter().map(|t| t.alias.as_str()).collect::<Vec<_>>(), ["b1", "b2"]);
}
