use std::collections::BTreeSet;

use super::*;
use crate::core::value::Value;

fn baseline() -> Vec<u8> {
    let mut db = Database::open_in_memory().unwrap();
    let outcome = db.run_script(
        "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER);
         CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author (id), title TEXT, price REAL);
         CREATE TABLE book_tag (book_id INTEGER REFERENCES book (id), tag_id INTEGER REFERENCES tag (id));
         CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT UNIQUE);
         INSERT INTO author VALUES (1, 'Asimov', 1920), (2, 'Buck', 1892), (3, 'King', 1947), (4, 'Le Guin', 1929);
         INSERT INTO book VALUES (1, 1, 'Foundation', 9.5), (2, 2, 'The Good Earth', 7.0),
           (3, 3, 'It', 10.0), (4, 3, 'Dead Zone', 8.25), (5, 3, 'The Shining', 9.0), (6, 4, 'Earthsea', 6.5);
         INSERT INTO tag VALUES (1, 'horror'), (2, 'classic'), (3, 'fantasy');
         INSERT INTO book_tag VALUES (1, 2), (2, 2), (3, 1), (4, 1), (5, 1), (5, 2), (6, 3);",
        0,
    );
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    db.to_bytes().unwrap()
}

const KING: &str = "SELECT title FROM book JOIN author ON author.id = book.author_id WHERE name = 'King'";

#[test]
fn the_reference_passes_against_itself_and_other_correct_spellings() {
    let base = baseline();
    assert!(check(&base, "", KING, KING).passed);
    let other =
        "SELECT b.title FROM author a, book b WHERE a.id = b.author_id AND a.name = 'King' ORDER BY 1";
    let verdict = check(&base, "", other, KING);
    assert!(verdict.passed, "{verdict:?}");
    // Numbers compare numerically, and floats to ten significant digits.
    assert!(check(&base, "", "SELECT 10.0", "SELECT 10").passed);
    assert!(check(&base, "", "SELECT 1.0 / 3", "SELECT 1 / 3.0").passed);
    assert!(!check(&base, "", "SELECT 10.5", "SELECT 10").passed);
}

#[test]
fn set_answers_over_link_tables_pass_on_every_hidden_copy() {
    let base = baseline();
    let reference = "SELECT t.label, count(*) FROM tag t JOIN book_tag bt ON bt.tag_id = t.id GROUP BY t.id";
    for answer in [
        "SELECT label, count(DISTINCT book_id) FROM tag JOIN book_tag ON tag_id = tag.id GROUP BY label",
        "SELECT label, (SELECT count(*) FROM book WHERE id IN (SELECT book_id FROM book_tag WHERE tag_id = tag.id)) FROM tag",
    ] {
        let verdict = check(&base, "", answer, reference);
        assert!(verdict.passed, "{answer}: {}", verdict.text());
    }
}

#[test]
fn row_counts_and_differing_rows_are_named() {
    let base = baseline();
    let verdict = check(&base, "", "SELECT title FROM book WHERE id > 4", KING);
    assert_eq!(verdict.summary, "Your query returns 2 rows; the answer has 3.");
    let diff = verdict.diff.expect("a diff");
    assert_eq!(diff.missing, vec![vec![Value::Text("It".into())], vec![Value::Text("Dead Zone".into())]]);
    assert_eq!(diff.extra, vec![vec![Value::Text("Earthsea".into())]]);
    let same_count = check(&base, "", "SELECT title FROM book WHERE id IN (1, 2, 3)", KING);
    assert_eq!(
        same_count.summary,
        "Your query returns the right number of rows (3), but not the right rows."
    );
}

#[test]
fn column_count_names_and_order_are_checked() {
    let base = baseline();
    let verdict = check(&base, "", "SELECT title, id FROM book", "SELECT title FROM book");
    assert_eq!(verdict.summary, "Your result has 2 columns; the answer has 1.");
    let ordered = "SELECT title FROM book ORDER BY price DESC, id";
    let unordered = check(&base, "", "SELECT title FROM book ORDER BY id", ordered);
    assert_eq!(
        unordered.summary,
        "The right rows in the wrong order: this exercise asks for ORDER BY price DESC, id."
    );
    // Without a top-level ORDER BY in the reference, any order is right.
    assert!(check(&base, "", "SELECT title FROM book ORDER BY title DESC", "SELECT title FROM book").passed);
    // A column the prompt names and the reference aliases must have that name.
    let task = Task {
        setup: "",
        reference: "SELECT count(*) AS book_count FROM book",
        prompt: "Return `book_count`.",
    };
    let misnamed = check_task(&base, task, "SELECT count(*) FROM book");
    assert_eq!(
        misnamed.summary,
        "The prompt asks for a column named `book_count`; yours is called `count(*)`."
    );
    // Otherwise a different name is a note, never a failure.
    let renamed = check(&base, "", "SELECT count(*) AS n FROM book", "SELECT count(*) AS books FROM book");
    assert!(renamed.passed && renamed.notes.iter().any(|n| n.contains("(n)")), "{renamed:?}");
}

#[test]
fn rounding_is_named_as_rounding() {
    let base = baseline();
    let verdict = check(&base, "", "SELECT avg(price) FROM book", "SELECT round(avg(price), 2) FROM book");
    assert!(verdict.summary.contains("only by rounding"), "{verdict:?}");
}

#[test]
fn a_hard_coded_answer_fails_on_a_hidden_copy_and_is_called_hard_coded() {
    let base = baseline();
    let literal = "SELECT 'It' UNION ALL SELECT 'Dead Zone' UNION ALL SELECT 'The Shining'";
    let verdict = check(&base, "", literal, KING);
    assert!(!verdict.passed);
    assert!(
        verdict.summary.starts_with("Right on the data you see, but not on a hidden copy"),
        "{verdict:?}"
    );
    assert!(
        verdict.text().contains("hard-coded values from the visible data ('Dead Zone'"),
        "{}",
        verdict.text()
    );
    // Ids picked by hand are hard-coded too.
    let ids = check(&base, "", "SELECT title FROM book WHERE id IN (3, 4, 5)", KING);
    assert!(ids.text().contains("hard-coded values from the visible data (3, 4, 5)"), "{}", ids.text());
    // An answer that is wrong on other data for another reason is not called hard-coded.
    let no_king = "SELECT title FROM book JOIN author ON author.id = book.author_id WHERE born > 1940";
    let other = check(&base, "", no_king, KING);
    assert!(!other.passed && !other.text().contains("hard-coded"), "{}", other.text());
}

#[test]
fn data_changes_are_compared_by_the_resulting_tables() {
    let base = baseline();
    let reference = "UPDATE author SET name = 'Bachman' WHERE name = 'King'";
    assert!(check(&base, "", "UPDATE author SET name = 'Bachman' WHERE name LIKE 'King'", reference).passed);
    let verdict = check(&base, "", "UPDATE author SET name = 'Bachman'", reference);
    assert!(!verdict.passed);
    assert_eq!(verdict.summary, "The table `author` does not hold what it should afterwards.");
    assert_eq!(verdict.diff.as_ref().unwrap().missing_total, 3);
}

#[test]
fn structure_is_compared_by_what_sqlite_makes_of_it() {
    let base = baseline();
    let reference = "CREATE TABLE genre (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE, \
                     parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT DEFAULT 1 CHECK (rank > 0))";
    let same = "CREATE TABLE genre (id integer primary key, name text not null, parent_id int, rank integer default (1), \
                UNIQUE (name), FOREIGN KEY (parent_id) REFERENCES genre ON DELETE CASCADE, CHECK (0 < rank))";
    let verdict = check(&base, "", same, reference);
    assert!(verdict.passed, "{}", verdict.text());
    let cases = [
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY)",
            "should have the columns (id, name, parent_id, rank)",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent_id INTEGER REFERENCES genre (id), rank INT DEFAULT 1 CHECK (rank > 0))",
            "`genre.parent_id` should reference `genre (id)` ON DELETE CASCADE",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT UNIQUE, parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT DEFAULT 1 CHECK (rank > 0))",
            "`genre.name` should be NOT NULL",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT CHECK (rank > 0))",
            "`genre.rank` should default to 1",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT DEFAULT 1)",
            "`genre.rank` should refuse",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT DEFAULT 1 CHECK (rank > 0))",
            "`genre.name` should be UNIQUE",
        ),
        (
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name INTEGER NOT NULL UNIQUE, parent_id INTEGER REFERENCES genre (id) ON DELETE CASCADE, rank INT DEFAULT 1 CHECK (rank > 0))",
            "`genre.name` should hold TEXT values",
        ),
    ];
    for (answer, message) in cases {
        let verdict = check(&base, "", answer, reference);
        assert!(
            !verdict.passed && verdict.text().contains(message),
            "{answer}\nwanted: {message}\ngot: {}",
            verdict.text()
        );
    }
    let version = check(&base, "", "PRAGMA user_version = 3", "PRAGMA user_version = 4");
    assert_eq!(version.summary, "PRAGMA user_version should be 4 afterwards, but it is 3.");
}

#[test]
fn errors_are_reported_with_their_place() {
    let verdict = check(&baseline(), "", "SELECT nope FROM book", KING);
    assert_eq!(verdict.summary, "Your SQL stopped with an error at statement 1: no such column: nope");
    assert_eq!(verdict.error.as_ref().and_then(|e| e.offset), Some(7));
    let none = check(&baseline(), "", "CREATE TEMP VIEW v AS SELECT 1", KING);
    assert!(!none.passed);
}

#[test]
fn sqlite_leniencies_are_noted_without_failing() {
    let base = baseline();
    let verdict = check(
        &base,
        "",
        "SELECT title FROM book JOIN author ON author.id = book.author_id WHERE name = \"King\"",
        KING,
    );
    assert!(verdict.passed, "{verdict:?}");
    assert!(verdict.notes.iter().any(|n| n.contains("single quotes")), "{verdict:?}");
    let grouped = check(
        &base,
        "",
        "SELECT author_id, count(*) FROM book GROUP BY 1",
        "SELECT author_id, count(*) FROM book GROUP BY author_id",
    );
    assert!(grouped.passed && grouped.notes.iter().any(|n| n.contains("GROUP BY 1")), "{grouped:?}");
}

#[test]
fn hidden_copies_keep_every_constraint_and_the_rows_named_by_literals() {
    let base = baseline();
    let keep: BTreeSet<Literal> = [Literal::Text("King".into())].into_iter().collect();
    for copy in 0..COPIES {
        let bytes = hidden_copy(&base, copy, &keep).unwrap();
        let db = Database::from_bytes(&bytes).unwrap();
        let count = |sql: &str| db.connection().query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert!(count("SELECT count(*) FROM book") > 6, "new books");
        assert!(count("SELECT count(*) FROM author") > 4, "new authors");
        assert!(count("SELECT count(*) FROM book_tag") > 7, "new links");
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
        // A link table stays a set, and names stay unique and unchanged.
        assert_eq!(
            count(
                "SELECT count(*) FROM (SELECT book_id, tag_id FROM book_tag GROUP BY 1, 2 HAVING count(*) > 1)"
            ),
            0
        );
        assert_eq!(count("SELECT count(*) FROM author WHERE name = 'King' AND born = 1947"), 1);
        assert_eq!(count("SELECT count(*) FROM author WHERE name IN ('Asimov', 'Buck', 'Le Guin')"), 3);
        // Every new author has books, as every visible one does.
        assert_eq!(count("SELECT count(*) FROM author WHERE id NOT IN (SELECT author_id FROM book)"), 0);
    }
}

#[test]
fn the_second_hidden_copy_gives_rows_new_ids_so_picked_ids_fail() {
    let base = baseline();
    let bytes = hidden_copy(&base, 1, &BTreeSet::new()).unwrap();
    let db = Database::from_bytes(&bytes).unwrap();
    let id: i64 =
        db.connection().query_row("SELECT id FROM author WHERE name = 'King'", [], |r| r.get(0)).unwrap();
    assert_ne!(id, 3);
    let verdict = check(&base, "", "SELECT title FROM book WHERE author_id = 3", KING);
    assert!(!verdict.passed && verdict.text().contains("hard-coded"), "{}", verdict.text());
}

#[test]
fn an_order_that_is_right_only_by_chance_is_named() {
    let base = baseline();
    let reference =
        "SELECT author_id, count(*) AS books FROM book GROUP BY author_id ORDER BY books DESC, author_id";
    // Authors 1, 2 and 4 tie on one book each: sorting by the count alone leaves their order open.
    let verdict = check(
        &base,
        "",
        "SELECT author_id, count(*) AS books FROM book GROUP BY author_id ORDER BY 2 DESC",
        reference,
    );
    assert!(verdict.summary.contains("in an order SQLite does not promise"), "{verdict:?}");
    assert!(verdict.summary.contains("asks for ORDER BY books DESC, author_id"), "{verdict:?}");
    // Without ties, a shorter ORDER BY is as good.
    let unique = "SELECT id, title FROM book ORDER BY price DESC, id";
    assert!(check(&base, "", "SELECT id, title FROM book ORDER BY price DESC", unique).passed);
}

#[test]
fn ids_typed_into_values_are_called_hard_coded() {
    let base = baseline();
    let reference =
        "INSERT INTO book (author_id, title) VALUES ((SELECT id FROM author WHERE name = 'King'), 'Carrie')";
    let verdict = check(&base, "", "INSERT INTO book (author_id, title) VALUES (3, 'Carrie')", reference);
    assert!(
        !verdict.passed && verdict.text().contains("hard-coded values from the visible data (3)"),
        "{}",
        verdict.text()
    );
}
