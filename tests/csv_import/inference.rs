//! Inference on the good corpus: delimiters, headers, names and column types.

use super::*;

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
