//! Values back out of SQLite: what an import stores, read back exactly.

use super::*;

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
