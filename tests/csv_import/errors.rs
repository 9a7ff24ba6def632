//! Errors, with their exact words: bad files, bad plans and rows SQLite refuses.

use super::*;

fn inspect_error(file: (&[u8], &str)) -> String {
    match inspect(file.0, file.1) {
        Ok(p) => panic!("{} was accepted: {p:?}", file.1),
        Err(err) => err.to_string(),
    }
}

#[test]
fn every_bad_file_is_refused_by_inspect_with_its_line() {
    let cases = [
        (corpus!("bad/empty.csv"), "the file is empty"),
        (corpus!("bad/blank.csv"), "the file is empty"),
        (corpus!("bad/ragged.csv"), "line 4 has 3 fields, but the header has 4"),
        (corpus!("bad/ragged_one_field.csv"), "line 3 has 1 field, but the header has 3"),
        (corpus!("bad/ragged_after_quoted_newline.csv"), "line 4 has 3 fields, but the header has 2"),
        (corpus!("bad/ragged_near_end.csv"), "line 200 has 2 fields, but the header has 3"),
        (corpus!("bad/invalid_utf8.csv"), "line 7 is not valid UTF-8 text"),
        (corpus!("bad/invalid_utf8_header.csv"), "line 1 is not valid UTF-8 text"),
        (corpus!("bad/invalid_utf8_in_quoted.csv"), "line 4 is not valid UTF-8 text"),
    ];
    for (file, message) in cases {
        assert_eq!(inspect_error(file), message, "{}", file.1);
    }
}

#[test]
fn line_numbers_count_crlf_once_and_count_blank_lines() {
    let err = inspect(b"a,b\r\n1,2\r\n3\r\n", "crlf.csv").unwrap_err();
    assert_eq!(err.to_string(), "line 3 has 1 field, but the header has 2");
    let err = inspect(b"\n\na,b\n\r\n1,2,3\n", "blank_lines.csv").unwrap_err();
    assert_eq!(err.to_string(), "line 5 has 3 fields, but the header has 2");
    let err = inspect(b"a,b\r\n1,\"x\r\ny\"\r\n3\r\n", "crlf.csv").unwrap_err();
    assert_eq!(err.to_string(), "line 4 has 1 field, but the header has 2");
    let err = inspect(b"a,b\r\n1,\"x\r\n\xC0y\"\r\n", "crlf.csv").unwrap_err();
    assert_eq!(err.to_string(), "line 3 is not valid UTF-8 text");
}

#[test]
fn error_variants_carry_the_line() {
    assert_eq!(inspect(corpus!("bad/empty.csv").0, "empty.csv"), Err(CsvError::Empty));
    assert_eq!(
        inspect(corpus!("bad/ragged.csv").0, "ragged.csv"),
        Err(CsvError::Ragged { line: 4, expected: 4, found: 3 })
    );
    assert_eq!(
        inspect(corpus!("bad/invalid_utf8.csv").0, "invalid_utf8.csv"),
        Err(CsvError::InvalidUtf8 { line: 7 })
    );
}

/// Imports `bytes` with `plan` into a fresh database and returns the error's message, checking
/// that the database was left with no table at all.
fn import_error(bytes: &[u8], plan: &ImportPlan) -> String {
    let conn = db();
    let mut calls = 0;
    let err = import_into(&conn, bytes, plan, &mut |_| calls += 1).expect_err("the import should fail");
    assert!(tables(&conn).is_empty(), "{err}: left {:?}", tables(&conn));
    assert_eq!(calls, 0, "{err}: progress reported for a failed import");
    err.to_string()
}

#[test]
fn every_bad_file_is_refused_by_the_import_and_leaves_nothing() {
    let cases = [
        (corpus!("bad/empty.csv"), &["a"][..], "the file is empty"),
        (corpus!("bad/blank.csv"), &["a"], "the file is empty"),
        (corpus!("bad/ragged.csv"), &["a", "b", "c", "d"], "line 4 has 3 fields, but the header has 4"),
        (corpus!("bad/ragged_one_field.csv"), &["a", "b", "c"], "line 3 has 1 field, but the header has 3"),
        (
            corpus!("bad/ragged_after_quoted_newline.csv"),
            &["id", "text"],
            "line 4 has 3 fields, but the header has 2",
        ),
        (
            corpus!("bad/ragged_near_end.csv"),
            &["id", "name", "amount"],
            "line 200 has 2 fields, but the header has 3",
        ),
        (corpus!("bad/invalid_utf8.csv"), &["id", "name"], "line 7 is not valid UTF-8 text"),
        (corpus!("bad/invalid_utf8_header.csv"), &["id", "name"], "line 1 is not valid UTF-8 text"),
        (
            corpus!("bad/invalid_utf8_in_quoted.csv"),
            &["id", "text", "more"],
            "line 4 is not valid UTF-8 text",
        ),
    ];
    for ((bytes, name), columns, message) in cases {
        assert_eq!(import_error(bytes, &text_plan(columns)), message, "{name}");
    }
}

#[test]
fn a_bad_row_near_the_end_imports_nothing_even_inside_an_open_transaction() {
    let conn = db();
    conn.execute_batch("BEGIN; CREATE TABLE mine (x); INSERT INTO mine VALUES (1);").unwrap();
    let (bytes, _) = corpus!("bad/ragged_near_end.csv");
    let err = import_into(&conn, bytes, &text_plan(&["id", "name", "amount"]), &mut |_| {}).unwrap_err();
    assert_eq!(err, CsvError::Ragged { line: 200, expected: 3, found: 2 });
    // The caller's transaction is still open and still holds its own work.
    assert!(!conn.is_autocommit());
    assert_eq!(tables(&conn), ["mine"]);
    conn.execute_batch("COMMIT").unwrap();
    assert_eq!(rows(&conn, "SELECT x FROM mine"), [[int(1)]]);
}

#[test]
fn an_existing_name_is_refused_and_left_unchanged() {
    let conn = db();
    conn.execute_batch(
        "CREATE TABLE Books (id INTEGER PRIMARY KEY, title TEXT);
         INSERT INTO Books VALUES (1, 'mine');
         CREATE VIEW shelf AS SELECT * FROM Books;
         CREATE INDEX by_title ON Books (title);",
    )
    .unwrap();
    let (bytes, name) = corpus!("good/books.csv");
    let mut plan = ImportPlan::from_preview(&inspect(bytes, name).unwrap());
    assert_eq!(plan.table, "books");
    let err = import_into(&conn, bytes, &plan, &mut |_| {}).unwrap_err();
    assert_eq!(err, CsvError::TableExists { table: "Books".into() });
    assert_eq!(err.to_string(), "a table named \"Books\" already exists; choose another name");
    assert_eq!(rows(&conn, "SELECT * FROM Books"), [[int(1), text("mine")]]);
    assert_eq!(
        rows(&conn, "SELECT sql FROM sqlite_schema WHERE name = 'Books'"),
        [[text("CREATE TABLE Books (id INTEGER PRIMARY KEY, title TEXT)")]]
    );

    plan.table = "SHELF".into();
    let err = import_into(&conn, bytes, &plan, &mut |_| {}).unwrap_err();
    assert_eq!(err.to_string(), "\"shelf\" is already the name of a view; choose another table name");
    plan.table = "by_title".into();
    let err = import_into(&conn, bytes, &plan, &mut |_| {}).unwrap_err();
    assert_eq!(err.to_string(), "\"by_title\" is already the name of an index; choose another table name");
    assert_eq!(tables(&conn), ["Books"]);
}

#[test]
fn a_plan_that_does_not_fit_is_refused_with_its_reason() {
    let (bytes, name) = corpus!("good/books.csv");
    let good = ImportPlan::from_preview(&inspect(bytes, name).unwrap());
    let with = |edit: &dyn Fn(&mut ImportPlan)| {
        let mut plan = good.clone();
        edit(&mut plan);
        import_error(bytes, &plan)
    };
    assert_eq!(with(&|p| p.table = "  ".into()), "the table name is empty");
    assert_eq!(with(&|p| p.table = "a\0b".into()), "the table name contains a NUL character");
    assert_eq!(with(&|p| p.delimiter = b'"'), "'\"' cannot separate fields");
    assert_eq!(with(&|p| p.columns[1].name = String::new()), "column 2 has no name");
    assert_eq!(
        with(&|p| p.columns[2].name = "TITLE".into()),
        "two columns are named \"TITLE\"; column names must differ (ignoring case)"
    );
    assert_eq!(
        with(&|p| {
            p.columns.pop();
        }),
        "the file has 5 columns, but the import lists 4"
    );
    assert_eq!(with(&|p| p.delimiter = b';'), "the file has 1 column, but the import lists 5");
    assert_eq!(
        with(&|p| p.table = "sqlite_mine".into()),
        "SQLite could not import the file: object name reserved for internal use: sqlite_mine"
    );
}

#[test]
fn a_row_sqlite_refuses_is_named_by_its_line() {
    let conn = db();
    // A value over SQLite's length limit is the one refusal a fresh table without constraints
    // can meet. The limit leaves room for the table's own schema text.
    // SAFETY: the handle is the live connection's own, used on this thread only.
    unsafe { rusqlite::ffi::sqlite3_limit(conn.handle(), rusqlite::ffi::SQLITE_LIMIT_LENGTH, 200) };
    let csv = format!("a\nshort\n\"two\nlines\"\n{}\n", "x".repeat(300));
    let err = import_into(&conn, csv.as_bytes(), &text_plan(&["a"]), &mut |_| {}).unwrap_err();
    assert_eq!(err.to_string(), "SQLite rejected line 5: string or blob too big");
    assert!(tables(&conn).is_empty());
}
