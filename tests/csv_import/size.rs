//! Progress and size: progress reports, many rows, and the widest table SQLite allows.

use super::*;

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
