//! CSV import against real SQLite, on the corpus in tests/csv/ (see its README).

use joinery::core::Value;
use joinery::core::csv_import::{
    ColumnType, CsvError, CsvPreview, ImportPlan, ImportReport, MAX_COLUMNS, PlannedColumn, SAMPLE_ROWS,
    import_into, inspect,
};
use joinery::core::script::quote_identifier;
use rusqlite::Connection;

use ColumnType::{Integer, Real, Text};

macro_rules! corpus {
    ($path:literal) => {
        (include_bytes!(concat!("csv/", $path)).as_slice(), $path)
    };
}

fn preview(file: (&[u8], &str)) -> CsvPreview {
    inspect(file.0, file.1).unwrap_or_else(|err| panic!("{}: {err}", file.1))
}

fn names(preview: &CsvPreview) -> Vec<&str> {
    preview.columns.iter().map(|c| c.name.as_str()).collect()
}

fn headers(preview: &CsvPreview) -> Vec<&str> {
    preview.columns.iter().map(|c| c.header.as_str()).collect()
}

fn types(preview: &CsvPreview) -> Vec<ColumnType> {
    preview.columns.iter().map(|c| c.inferred).collect()
}

fn db() -> Connection {
    Connection::open_in_memory().unwrap()
}

/// Previews and imports a file with every suggestion taken as is.
fn import(conn: &Connection, file: (&[u8], &str)) -> ImportReport {
    let plan = ImportPlan::from_preview(&preview(file));
    import_into(conn, file.0, &plan, &mut |_| {}).unwrap_or_else(|err| panic!("{}: {err}", file.1))
}

/// A plan for a file that `inspect` rejects: table `t`, commas, all TEXT.
fn text_plan(names: &[&str]) -> ImportPlan {
    ImportPlan {
        table: "t".into(),
        delimiter: b',',
        columns: names.iter().map(|n| PlannedColumn { name: (*n).into(), column_type: Text }).collect(),
    }
}

fn rows(conn: &Connection, sql: &str) -> Vec<Vec<Value>> {
    let mut statement = conn.prepare(sql).unwrap();
    let width = statement.column_count();
    let mut cursor = statement.raw_query();
    let mut out = Vec::new();
    while let Some(row) = cursor.next().unwrap() {
        out.push((0..width).map(|i| Value::from(row.get_ref(i).unwrap())).collect());
    }
    out
}

fn tables(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn int(i: i64) -> Value {
    Value::Integer(i)
}

// ---- Inference on the good corpus -------------------------------------------------------------

#[test]
fn books_infers_each_column_over_all_its_values() {
    let p = preview(corpus!("good/books.csv"));
    assert_eq!(p.table, "books");
    assert_eq!(p.delimiter, b',');
    assert_eq!(names(&p), ["id", "title", "price", "published", "isbn"]);
    // `12` among `9.99` and `7.5` keeps price REAL; ISBNs with a leading zero stay TEXT.
    assert_eq!(types(&p), [Integer, Text, Real, Integer, Text]);
    assert_eq!(p.row_count, 3);
    assert_eq!(p.sample[0], ["1", "Dune", "9.99", "1965", "0441013597"]);
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_header() {
    let p = preview(corpus!("good/bom.csv"));
    assert_eq!(headers(&p), ["name", "age"]);
    assert_eq!(names(&p), ["name", "age"]);
    assert_eq!(types(&p), [Text, Integer]);
    assert_eq!(p.row_count, 2);
}

#[test]
fn crlf_lines_and_a_quoted_crlf_are_read() {
    let p = preview(corpus!("good/crlf.csv"));
    assert_eq!(names(&p), ["id", "note"]);
    assert_eq!(types(&p), [Integer, Text]);
    assert_eq!(p.sample, [vec!["1", "first\r\nsecond"], vec!["2", "plain"]]);
}

#[test]
fn quoted_fields_keep_commas_quotes_and_newlines() {
    let p = preview(corpus!("good/quoted.csv"));
    assert_eq!(names(&p), ["id", "quote", "author"]);
    assert_eq!(types(&p), [Integer, Text, Text]);
    assert_eq!(p.row_count, 4);
    let quotes: Vec<&str> = p.sample.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(quotes, ["Hello, world", "She said \"hi\"", "line one\nline two", ""]);
    assert_eq!(p.sample[3][2], "Smith, John");
}

#[test]
fn semicolons_are_sniffed_and_decimal_commas_stay_text() {
    let p = preview(corpus!("good/semicolon.csv"));
    assert_eq!(p.delimiter, b';');
    assert_eq!(names(&p), ["Produkt", "Preis", "Menge"]);
    assert_eq!(types(&p), [Text, Text, Integer]);
    assert_eq!(p.sample[0], ["Käse", "3,50", "2"]);
}

#[test]
fn tabs_are_sniffed_even_with_commas_in_values() {
    let p = preview(corpus!("good/tabs.tsv"));
    assert_eq!(p.table, "tabs");
    assert_eq!(p.delimiter, b'\t');
    assert_eq!(names(&p), ["city", "population", "note"]);
    assert_eq!(types(&p), [Text, Integer, Text]);
    assert_eq!(p.sample[0][2], "capital, France");
}

#[test]
fn messy_headers_become_unique_typeable_names() {
    let p = preview(corpus!("good/messy_header.csv"));
    assert_eq!(
        headers(&p),
        [
            " First Name ",
            "",
            "last name",
            "Name",
            "name",
            "say \"hi\"",
            "<script>alert(1)</script>",
            "2024",
            "e-mail",
            ""
        ]
    );
    assert_eq!(
        names(&p),
        [
            "First_Name",
            "column_2",
            "last_name",
            "Name",
            "name_2",
            "say_hi",
            "script_alert_1_script",
            "_2024",
            "e_mail",
            "column_10"
        ]
    );
    assert!(types(&p).iter().all(|&t| t == Text));
}

#[test]
fn leading_zeros_plus_signs_overflow_and_infinities_stay_text() {
    let p = preview(corpus!("good/numbers.csv"));
    assert_eq!(names(&p), ["code", "count", "ratio", "signed", "big", "mixed", "weird"]);
    assert_eq!(types(&p), [Text, Integer, Real, Text, Text, Real, Text]);
}

#[test]
fn empty_fields_are_ignored_by_inference_and_an_all_empty_column_is_text() {
    let p = preview(corpus!("good/empty_fields.csv"));
    assert_eq!(names(&p), ["id", "name", "score", "nothing"]);
    assert_eq!(types(&p), [Integer, Text, Real, Text]);
    assert_eq!(p.sample[1], ["", "Bob", "", ""]);
}

#[test]
fn a_header_only_file_previews_as_an_empty_all_text_table() {
    let p = preview(corpus!("good/header_only.csv"));
    assert_eq!(names(&p), ["id", "name"]);
    assert_eq!(types(&p), [Text, Text]);
    assert_eq!(p.row_count, 0);
    assert!(p.sample.is_empty());
}

#[test]
fn a_single_column_file_defaults_to_commas() {
    let p = preview(corpus!("good/single_column.csv"));
    assert_eq!(p.delimiter, b',');
    assert_eq!(names(&p), ["word"]);
    assert_eq!(p.row_count, 2);
}

#[test]
fn the_sample_is_the_first_rows_and_the_count_is_all_of_them() {
    let mut csv = String::from("n,half\n");
    for i in 0..(SAMPLE_ROWS + 5) {
        csv.push_str(&format!("{i},{}\n", i as f64 / 2.0));
    }
    let p = inspect(csv.as_bytes(), "numbers.csv").unwrap();
    assert_eq!(p.row_count, SAMPLE_ROWS as u64 + 5);
    assert_eq!(p.sample.len(), SAMPLE_ROWS);
    assert_eq!(p.sample[SAMPLE_ROWS - 1][0], (SAMPLE_ROWS - 1).to_string());
    assert_eq!(types(&p), [Integer, Real]);
}

#[test]
fn inference_looks_past_the_sample() {
    let mut csv = String::from("id\n");
    for i in 0..100 {
        csv.push_str(&format!("{i}\n"));
    }
    csv.push_str("n/a\n");
    assert_eq!(types(&inspect(csv.as_bytes(), "x.csv").unwrap()), [Text]);
}

#[test]
fn the_table_name_comes_from_the_file_name() {
    let file = corpus!("good/books.csv").0;
    assert_eq!(inspect(file, "author_book_publisher.csv").unwrap().table, "author_book_publisher");
    assert_eq!(inspect(file, "My Books (2024).csv").unwrap().table, "My_Books_2024");
    assert_eq!(inspect(file, "…").unwrap().table, "imported");
}

#[test]
fn the_plan_from_a_preview_takes_every_suggestion() {
    let p = preview(corpus!("good/semicolon.csv"));
    let plan = ImportPlan::from_preview(&p);
    assert_eq!(plan.table, "semicolon");
    assert_eq!(plan.delimiter, b';');
    let planned: Vec<(&str, ColumnType)> =
        plan.columns.iter().map(|c| (c.name.as_str(), c.column_type)).collect();
    assert_eq!(planned, [("Produkt", Text), ("Preis", Text), ("Menge", Integer)]);
}

#[test]
fn column_types_spell_their_sql() {
    let spelled: Vec<(&str, &str)> = ColumnType::ALL.iter().map(|t| (t.sql(), t.label())).collect();
    assert_eq!(spelled, [("INTEGER", "INTEGER"), ("REAL", "REAL"), ("TEXT", "TEXT")]);
    assert_eq!(ColumnType::from_label("REAL"), Some(Real));
    assert_eq!(ColumnType::from_label("real"), None);
}

#[test]
fn previews_and_errors_cross_the_worker_boundary() {
    let p = preview(corpus!("good/quoted.csv"));
    let bytes = postcard::to_allocvec(&p).unwrap();
    assert_eq!(postcard::from_bytes::<CsvPreview>(&bytes).unwrap(), p);
    let err = CsvError::Ragged { line: 4, expected: 4, found: 3 };
    let bytes = postcard::to_allocvec(&err).unwrap();
    assert_eq!(postcard::from_bytes::<CsvError>(&bytes).unwrap(), err);
}

// ---- Values back out of SQLite ----------------------------------------------------------------

#[test]
fn imported_values_come_back_exactly() {
    let conn = db();
    assert_eq!(import(&conn, corpus!("good/books.csv")), ImportReport { table: "books".into(), rows: 3 });
    assert_eq!(
        rows(&conn, "SELECT * FROM books ORDER BY id"),
        [
            vec![int(1), text("Dune"), Value::Real(9.99), int(1965), text("0441013597")],
            vec![int(2), text("Neuromancer"), Value::Real(7.5), int(1984), text("0441569595")],
            vec![int(3), text("Foundation"), Value::Real(12.0), int(1951), text("0553293354")],
        ]
    );
    let declared = rows(&conn, "SELECT type FROM pragma_table_info('books') ORDER BY cid");
    assert_eq!(
        declared,
        [[text("INTEGER")], [text("TEXT")], [text("REAL")], [text("INTEGER")], [text("TEXT")]]
    );
}

#[test]
fn bom_crlf_and_quoted_newlines_survive_the_round_trip() {
    let conn = db();
    import(&conn, corpus!("good/bom.csv"));
    assert_eq!(rows(&conn, "SELECT name, age FROM bom"), [[text("Ada"), int(36)], [text("Alan"), int(41)]]);

    import(&conn, corpus!("good/crlf.csv"));
    assert_eq!(
        rows(&conn, "SELECT id, note FROM crlf"),
        [[int(1), text("first\r\nsecond")], [int(2), text("plain")]]
    );

    import(&conn, corpus!("good/quoted.csv"));
    assert_eq!(
        rows(&conn, "SELECT quote, author FROM quoted ORDER BY id"),
        [
            [text("Hello, world"), text("Anon")],
            [text("She said \"hi\""), text("Bob")],
            [text("line one\nline two"), text("Carol")],
            [Value::Null, text("Smith, John")],
        ]
    );
}

#[test]
fn empty_fields_are_null_in_every_type() {
    let conn = db();
    import(&conn, corpus!("good/empty_fields.csv"));
    assert_eq!(
        rows(&conn, "SELECT * FROM empty_fields"),
        [
            [int(1), Value::Null, Value::Real(3.5), Value::Null],
            [Value::Null, text("Bob"), Value::Null, Value::Null],
            [int(3), text("Cy"), Value::Real(4.0), Value::Null],
        ]
    );
}

#[test]
fn text_columns_keep_leading_zeros_and_signs() {
    let conn = db();
    import(&conn, corpus!("good/numbers.csv"));
    assert_eq!(
        rows(&conn, "SELECT code, signed, big, weird, typeof(ratio), typeof(count) FROM numbers"),
        [
            [
                text("007"),
                text("+5"),
                text("99999999999999999999"),
                text("inf"),
                text("real"),
                text("integer")
            ],
            [text("012"), text("+6"), text("1"), text("nan"), text("real"), text("integer")],
            [text("100"), text("7"), text("2"), text("1"), text("real"), text("integer")],
        ]
    );
}

#[test]
fn messy_names_work_in_sql_as_sanitized() {
    let conn = db();
    import(&conn, corpus!("good/messy_header.csv"));
    assert_eq!(
        rows(
            &conn,
            "SELECT First_Name, column_2, name_2, script_alert_1_script, _2024, column_10 FROM messy_header"
        ),
        [[text("a"), text("b"), text("e"), text("g"), text("h"), text("j")]]
    );
}

#[test]
fn a_header_only_file_imports_an_empty_table() {
    let conn = db();
    let report = import(&conn, corpus!("good/header_only.csv"));
    assert_eq!(report.rows, 0);
    assert_eq!(tables(&conn), ["header_only"]);
    assert_eq!(rows(&conn, "SELECT count(*) FROM header_only"), [[int(0)]]);
}

#[test]
fn a_numeric_type_chosen_by_hand_stores_numbers_and_keeps_the_rest_as_text() {
    let csv = "code,amount\n007,1.5\n+5,2\nabc,\"1,5\"\n,\n 12 ,inf\n";
    let mut plan = ImportPlan::from_preview(&inspect(csv.as_bytes(), "codes.csv").unwrap());
    assert_eq!(plan.columns[0].column_type, Text);
    plan.columns[0].column_type = Integer;
    plan.columns[1].column_type = Real;
    let conn = db();
    import_into(&conn, csv.as_bytes(), &plan, &mut |_| {}).unwrap();
    assert_eq!(
        rows(&conn, "SELECT code, amount FROM codes"),
        [
            [int(7), Value::Real(1.5)],
            [int(5), Value::Real(2.0)],
            [text("abc"), text("1,5")],
            [Value::Null, Value::Null],
            [int(12), text("inf")],
        ]
    );
}

#[test]
fn text_chosen_by_hand_keeps_numbers_as_written() {
    let (bytes, name) = corpus!("good/books.csv");
    let mut plan = ImportPlan::from_preview(&inspect(bytes, name).unwrap());
    plan.columns[2].column_type = Text;
    let conn = db();
    import_into(&conn, bytes, &plan, &mut |_| {}).unwrap();
    assert_eq!(rows(&conn, "SELECT price FROM books"), [[text("9.99")], [text("7.5")], [text("12")]]);
}

#[test]
fn hostile_names_are_only_ever_names() {
    let conn = db();
    conn.execute_batch("CREATE TABLE victim (x); INSERT INTO victim VALUES (1);").unwrap();
    let plan = ImportPlan {
        table: "x\"; DROP TABLE victim; --".into(),
        delimiter: b',',
        columns: vec![
            PlannedColumn { name: "a\"b".into(), column_type: Integer },
            PlannedColumn { name: "select".into(), column_type: Text },
        ],
    };
    import_into(&conn, b"a,b\n1,2\n", &plan, &mut |_| {}).unwrap();
    let sql =
        format!("SELECT {}, \"select\" FROM {}", quote_identifier("a\"b"), quote_identifier(&plan.table));
    assert_eq!(rows(&conn, &sql), [[int(1), text("2")]]);
    assert_eq!(rows(&conn, "SELECT x FROM victim"), [[int(1)]]);
}

// ---- Errors, with their exact words -----------------------------------------------------------

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

// ---- Progress and size ------------------------------------------------------------------------

fn generated(rows: usize) -> String {
    let mut csv = String::with_capacity(rows * 24 + 16);
    csv.push_str("id,label,value\n");
    for i in 0..rows {
        csv.push_str(&format!("{i},row {i},{}.25\n", i % 1000));
    }
    csv
}

fn progress_of(rows: usize) -> (ImportReport, Vec<u64>) {
    let csv = generated(rows);
    let plan = ImportPlan::from_preview(&inspect(csv.as_bytes(), "generated.csv").unwrap());
    let mut seen = Vec::new();
    let report = import_into(&db(), csv.as_bytes(), &plan, &mut |n| seen.push(n)).unwrap();
    (report, seen)
}

#[test]
fn progress_rises_and_ends_at_the_total() {
    assert_eq!(progress_of(25_000).1, [10_000, 20_000, 25_000]);
    assert_eq!(progress_of(20_000).1, [10_000, 20_000]);
    assert_eq!(progress_of(3).1, [3]);
    assert_eq!(progress_of(0).1, [0]);
}

#[test]
fn a_hundred_thousand_rows_import_with_the_right_count() {
    let csv = generated(100_000);
    let p = inspect(csv.as_bytes(), "big.csv").unwrap();
    assert_eq!(p.row_count, 100_000);
    assert_eq!(types(&p), [Integer, Text, Real]);
    let conn = db();
    let mut last = 0;
    let report = import_into(&conn, csv.as_bytes(), &ImportPlan::from_preview(&p), &mut |n| {
        assert!(n > last, "{n} after {last}");
        last = n;
    })
    .unwrap();
    assert_eq!(report, ImportReport { table: "big".into(), rows: 100_000 });
    assert_eq!(last, 100_000);
    assert_eq!(
        rows(
            &conn,
            "SELECT count(*), sum(id), max(label), typeof(value) FROM big WHERE id = 99999 OR id >= 0"
        ),
        [[int(100_000), int(4_999_950_000), text("row 99999"), text("real")]]
    );
}

/// A header of `width` columns `c1,c2,…` and one row of numbers.
fn wide_file(width: usize) -> Vec<u8> {
    let header: Vec<String> = (1..=width).map(|i| format!("c{i}")).collect();
    let row: Vec<String> = (1..=width).map(|i| i.to_string()).collect();
    format!("{}\n{}\n", header.join(","), row.join(",")).into_bytes()
}

#[test]
fn the_widest_table_sqlite_allows_imports_and_one_column_more_is_refused_at_the_preview() {
    let conn = db();
    let widest = wide_file(MAX_COLUMNS);
    let report = import(&conn, (&widest, "wide.csv"));
    assert_eq!(report.rows, 1);
    assert_eq!(rows(&conn, "SELECT c2000 FROM wide"), vec![vec![int(2000)]]);

    let too_wide = wide_file(MAX_COLUMNS + 1);
    let err = inspect(&too_wide, "too_wide.csv").unwrap_err();
    assert_eq!(err, CsvError::TooManyColumns { found: 2001, max: 2000 });
    assert_eq!(err.to_string(), "the header has 2001 columns, but a SQLite table can have at most 2000");
}
