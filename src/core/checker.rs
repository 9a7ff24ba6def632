//! Checking an exercise: the learner's SQL against the reference solution, on fresh copies of
//! the lesson's starting state, then again on a perturbed copy so that an answer which only
//! reproduces the visible result fails.

use std::collections::{BTreeMap, HashMap};

use super::database::Database;
use super::format::count;
pub use super::outcome::Verdict;
use super::outcome::{ScriptOutcome, StatementResult};
use super::script::{has_top_level_order_by, quote_identifier};
use super::value::Value;

/// Most rows compared per result; exercises return far fewer.
const MAX_ROWS: usize = 100_000;
/// How many missing or extra rows feedback names.
const EXAMPLES: usize = 3;

/// Checks `learner` against `reference`, each run on its own copy of `baseline` (a serialized
/// database) after `setup`.
pub fn check(baseline: &[u8], setup: &str, learner: &str, reference: &str) -> Verdict {
    let visible = match compare_on(baseline, false, setup, learner, reference) {
        Ok(verdict) => verdict,
        Err(problem) => return Verdict::fail(problem, Vec::new()),
    };
    if !visible.passed {
        return visible;
    }
    // Two differently perturbed copies, so that no answer passes by a coincidence of one.
    for variant in PERTURBATIONS {
        let perturbed = match perturbed_copy(baseline, variant) {
            Ok(bytes) => bytes,
            Err(problem) => {
                return Verdict::fail(
                    format!("The hidden check could not be prepared: {problem}"),
                    Vec::new(),
                );
            }
        };
        match compare_on(&perturbed, true, setup, learner, reference) {
            Ok(verdict) if verdict.passed => {}
            Ok(verdict) => {
                return Verdict::fail(
                    "Right on this data, but not on a changed copy of it (rows added, values changed). \
                     Does your SQL depend on the particular rows here, such as a hard-coded value?",
                    verdict.details,
                );
            }
            Err(problem) => {
                return Verdict::fail(format!("On a changed copy of the data: {problem}"), Vec::new());
            }
        }
    }
    Verdict::pass("Correct! Your answer matches, on this data and on changed copies of it.")
}

/// How a perturbed copy picks rows by rowid: rows whose rowid modulo the divisor equals the
/// remainder are changed in place, copied with changed values, or copied as they are.
#[derive(Debug, Clone, Copy)]
pub struct Perturbation {
    pub change: (i64, i64),
    pub copy_changed: (i64, i64),
    pub copy_same: (i64, i64),
}

pub const PERTURBATIONS: [Perturbation; 2] = [
    Perturbation { change: (3, 1), copy_changed: (3, 0), copy_same: (4, 2) },
    Perturbation { change: (2, 0), copy_changed: (2, 1), copy_same: (3, 2) },
];

/// One comparison on one state. `Err` is a problem to report as it is (a failing statement).
fn compare_on(
    state: &[u8],
    perturbed: bool,
    setup: &str,
    learner: &str,
    reference: &str,
) -> Result<Verdict, String> {
    let open = || -> Result<Database, String> {
        let mut db = Database::from_bytes(state).map_err(|e| e.to_string())?;
        if perturbed {
            db.run_script("PRAGMA reverse_unordered_selects = ON;", 0);
        }
        let outcome = db.run_script(setup, 0);
        if let Some(error) = outcome.error {
            return Err(format!(
                "The exercise's setup failed ({}); this is a bug in the lesson.",
                error.message
            ));
        }
        Ok(db)
    };
    let mut expected_db = open()?;
    let expected = expected_db.run_script(reference, MAX_ROWS);
    if let Some(error) = &expected.error {
        return Err(format!(
            "The reference solution failed ({}); this is a bug in the lesson.",
            error.message
        ));
    }
    let mut actual_db = open()?;
    let actual = actual_db.run_script(learner, MAX_ROWS);
    if let Some(error) = &actual.error {
        return Err(format!(
            "Your SQL stopped with an error at statement {}: {}",
            error.statement_index + 1,
            error.message
        ));
    }
    if changes_data(&expected) {
        Ok(compare_states(&table_contents(&expected_db)?, &table_contents(&actual_db)?))
    } else {
        let expected = last_table(&expected)
            .ok_or("The reference solution returns no rows; this is a bug in the lesson.")?;
        let Some(actual) = last_table(&actual) else {
            return Ok(Verdict::fail(
                "Your SQL returned no table; this exercise asks for a query.",
                Vec::new(),
            ));
        };
        Ok(compare_results(expected, actual))
    }
}

fn changes_data(outcome: &ScriptOutcome) -> bool {
    outcome.results.iter().any(|r| !r.read_only)
}

fn last_table(outcome: &ScriptOutcome) -> Option<&StatementResult> {
    outcome.results.iter().rev().find(|r| r.returns_rows())
}

/// Compares two query results: column count, rows as multisets, and order when the reference
/// orders its result.
pub fn compare_results(expected: &StatementResult, actual: &StatementResult) -> Verdict {
    let (want, got) = (expected.columns.len(), actual.columns.len());
    if want != got {
        return Verdict::fail(
            format!(
                "Your query returns {} but the answer has {}.",
                count(got as u64, "column"),
                count(want as u64, "column")
            ),
            Vec::new(),
        );
    }
    let (missing, extra) = multiset_difference(&expected.rows, &actual.rows);
    if !missing.is_empty() || !extra.is_empty() {
        return Verdict::fail(
            format!(
                "Not quite: your query returns {}; the answer has {}.",
                count(actual.rows.len() as u64, "row"),
                count(expected.rows.len() as u64, "row")
            ),
            describe_differences(&missing, &extra),
        );
    }
    if has_top_level_order_by(&expected.sql) && !same_sequence(&expected.rows, &actual.rows) {
        return Verdict::fail(
            "The right rows, but not in the order the exercise asks for (check the ORDER BY).",
            Vec::new(),
        );
    }
    Verdict::pass("Correct!")
}

/// A value as compared: numbers numerically (1 = 1.0), floats to ten significant digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Null,
    Int(i64),
    Real(String),
    Text(String),
    Blob(Vec<u8>),
}

fn key(value: &Value) -> Key {
    match value {
        Value::Null => Key::Null,
        Value::Integer(i) => Key::Int(*i),
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => Key::Int(*r as i64),
        Value::Real(r) => Key::Real(format!("{r:.9e}")),
        Value::Text(t) => Key::Text(t.clone()),
        Value::Blob(b) => Key::Blob(b.clone()),
    }
}

fn row_key(row: &[Value]) -> Vec<Key> {
    row.iter().map(key).collect()
}

fn same_sequence(a: &[Vec<Value>], b: &[Vec<Value>]) -> bool {
    a.iter().map(|r| row_key(r)).eq(b.iter().map(|r| row_key(r)))
}

/// Rows of `expected` not in `actual`, and rows of `actual` not in `expected`, counting
/// duplicates, each in the order they come.
fn multiset_difference(expected: &[Vec<Value>], actual: &[Vec<Value>]) -> (Vec<Vec<Value>>, Vec<Vec<Value>>) {
    let mut counts: HashMap<Vec<Key>, i64> = HashMap::new();
    for row in expected {
        *counts.entry(row_key(row)).or_default() += 1;
    }
    let mut extra = Vec::new();
    for row in actual {
        let count = counts.entry(row_key(row)).or_default();
        if *count > 0 {
            *count -= 1;
        } else {
            extra.push(row.clone());
        }
    }
    let mut missing = Vec::new();
    for row in expected {
        let count = counts.get_mut(&row_key(row)).expect("counted above");
        if *count > 0 {
            *count -= 1;
            missing.push(row.clone());
        }
    }
    (missing, extra)
}

fn describe_differences(missing: &[Vec<Value>], extra: &[Vec<Value>]) -> Vec<String> {
    let mut details = Vec::new();
    if !missing.is_empty() {
        details.push(format!("Missing {}: {}", count(missing.len() as u64, "row"), examples(missing)));
    }
    if !extra.is_empty() {
        details.push(format!(
            "Should not be there ({}): {}",
            count(extra.len() as u64, "row"),
            examples(extra)
        ));
    }
    details
}

fn examples(rows: &[Vec<Value>]) -> String {
    let shown: Vec<String> = rows
        .iter()
        .take(EXAMPLES)
        .map(|row| format!("({})", row.iter().map(show).collect::<Vec<_>>().join(", ")))
        .collect();
    let more =
        if rows.len() > EXAMPLES { format!(" and {} more", rows.len() - EXAMPLES) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

fn show(value: &Value) -> String {
    match value {
        Value::Text(t) => format!("'{t}'"),
        other => other.display(),
    }
}

/// Every table's column signature and rows, for comparing what two scripts did to the data.
type Contents = BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)>;

fn table_contents(db: &Database) -> Result<Contents, String> {
    let conn = db.connection();
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| e.to_string())?;
    let mut contents = Contents::new();
    for name in names {
        let quoted = quote_identifier(&name);
        let columns: Vec<String> = conn
            .prepare(&format!("SELECT lower(name) || ' ' || upper(type) || CASE WHEN pk > 0 THEN ' pk' ELSE '' END FROM pragma_table_info({})", sql_string(&name)))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(|e| e.to_string())?;
        let mut statement = conn.prepare(&format!("SELECT * FROM {quoted}")).map_err(|e| e.to_string())?;
        let width = statement.column_count();
        let rows = statement
            .query_map([], |row| Value::row(row, 0..width))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| e.to_string())?;
        contents.insert(name.to_lowercase(), (columns, rows));
    }
    Ok(contents)
}

fn sql_string(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn compare_states(expected: &Contents, actual: &Contents) -> Verdict {
    if let Some(name) = expected.keys().find(|n| !actual.contains_key(*n)) {
        return Verdict::fail(
            format!("The table {name} should exist after your SQL, but it does not."),
            Vec::new(),
        );
    }
    if let Some(name) = actual.keys().find(|n| !expected.contains_key(*n)) {
        return Verdict::fail(
            format!("Your SQL leaves a table {name} that should not be there."),
            Vec::new(),
        );
    }
    for (name, (columns, rows)) in expected {
        let (actual_columns, actual_rows) = &actual[name];
        if columns != actual_columns {
            return Verdict::fail(
                format!(
                    "The table {name} should have the columns ({}) but has ({}).",
                    columns.join(", "),
                    actual_columns.join(", ")
                ),
                Vec::new(),
            );
        }
        let (missing, extra) = multiset_difference(rows, actual_rows);
        if !missing.is_empty() || !extra.is_empty() {
            return Verdict::fail(
                format!("Not quite: the table {name} does not hold what it should afterwards."),
                describe_differences(&missing, &extra),
            );
        }
    }
    Verdict::pass("Correct! The data ends up exactly as it should.")
}

/// A copy of `baseline` with rows added and values changed in every table, foreign keys
/// kept pointing at existing rows. Unordered scans are reversed separately, per connection.
pub fn perturbed_copy(baseline: &[u8], how: Perturbation) -> Result<Vec<u8>, String> {
    let mut db = Database::from_bytes(baseline).map_err(|e| e.to_string())?;
    let conn = db.connection();
    conn.execute_batch("PRAGMA foreign_keys = OFF;").map_err(|e| e.to_string())?;
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| e.to_string())?;
    for table in &tables {
        let quoted = quote_identifier(table);
        let columns: Vec<(String, i64)> = conn
            .prepare(&format!("SELECT name, pk FROM pragma_table_info({})", sql_string(table)))
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .map_err(|e| e.to_string())?;
        let foreign: Vec<String> = conn
            .prepare(&format!("SELECT \"from\" FROM pragma_foreign_key_list({})", sql_string(table)))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(|e| e.to_string())?;
        let single_integer_key = columns.iter().filter(|(_, pk)| *pk > 0).count() == 1;
        let mut copied = Vec::new();
        let mut duplicated = Vec::new();
        let mut changed = Vec::new();
        for (name, pk) in &columns {
            let col = quote_identifier(name);
            if *pk > 0 && single_integer_key {
                // A fresh key for the copy (NULL lets SQLite pick one for INTEGER PRIMARY KEY;
                // other single-column keys get a changed value below).
                let fresh =
                    format!("CASE typeof({col}) WHEN 'integer' THEN NULL ELSE {col} || ' (copy)' END");
                copied.push(fresh.clone());
                duplicated.push(fresh);
            } else if *pk > 0 || foreign.contains(name) {
                copied.push(col.clone());
                duplicated.push(col.clone());
            } else {
                duplicated.push(col.clone());
                let change = format!(
                    "CASE typeof({col}) WHEN 'integer' THEN {col} + 3 WHEN 'real' THEN {col} * 1.5 + 0.25 WHEN 'text' THEN {col} || ' (copy)' ELSE {col} END"
                );
                copied.push(change.clone());
                changed.push(format!("{col} = {}", change.replace(" (copy)", " *")));
            }
        }
        let names: Vec<String> = columns.iter().map(|(n, _)| quote_identifier(n)).collect();
        // Change some rows in place, then add changed copies and same-valued copies (under a
        // new key, so that filtered counts change too) of original rows. A statement that
        // would break a UNIQUE or CHECK constraint skips that row (OR IGNORE).
        let last: i64 = conn
            .query_row(&format!("SELECT coalesce(max(rowid), 0) FROM {quoted}"), [], |r| r.get(0))
            .unwrap_or(0);
        let picked =
            |(divisor, remainder): (i64, i64)| format!("rowid % {divisor} = {remainder} AND rowid <= {last}");
        if !changed.is_empty() {
            let _ = conn.execute_batch(&format!(
                "UPDATE OR IGNORE {quoted} SET {} WHERE {};",
                changed.join(", "),
                picked(how.change)
            ));
        }
        let _ = conn.execute_batch(&format!(
            "INSERT OR IGNORE INTO {quoted} ({names}) SELECT {} FROM {quoted} WHERE {};
             INSERT OR IGNORE INTO {quoted} ({names}) SELECT {} FROM {quoted} WHERE {};",
            copied.join(", "),
            picked(how.copy_changed),
            duplicated.join(", "),
            picked(how.copy_same),
            names = names.join(", "),
        ));
    }
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(|e| e.to_string())?;
    db.to_bytes().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline() -> Vec<u8> {
        let mut db = Database::open_in_memory().unwrap();
        let outcome = db.run_script(
            "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER);
             CREATE TABLE book (id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES author (id), title TEXT, price REAL);
             INSERT INTO author VALUES (1, 'Asimov', 1920), (2, 'Buck', 1892), (3, 'King', 1947);
             INSERT INTO book VALUES (1, 1, 'Foundation', 9.5), (2, 2, 'The Good Earth', 7.0),
               (3, 3, 'It', 10.0), (4, 3, 'Dead Zone', 8.25), (5, 3, 'The Shining', 9.0);",
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
    fn missing_and_extra_rows_are_named() {
        let verdict = check(&base_or(), "", "SELECT title FROM book WHERE id > 3", KING);
        assert!(!verdict.passed);
        assert_eq!(verdict.summary, "Not quite: your query returns 2 rows; the answer has 3 rows.");
        assert_eq!(verdict.details, vec!["Missing 1 row: ('It')".to_owned()]);
        let wrong = check(&base_or(), "", "SELECT title FROM book", KING);
        assert_eq!(
            wrong.details,
            vec!["Should not be there (2 rows): ('Foundation'), ('The Good Earth')".to_owned()]
        );
    }

    fn base_or() -> Vec<u8> {
        baseline()
    }

    #[test]
    fn column_count_and_order_are_checked() {
        let base = baseline();
        let verdict = check(&base, "", "SELECT title, id FROM book", "SELECT title FROM book");
        assert_eq!(verdict.summary, "Your query returns 2 columns but the answer has 1 column.");
        let ordered = "SELECT title FROM book ORDER BY price DESC, id";
        let unordered = check(&base, "", "SELECT title FROM book ORDER BY id", ordered);
        assert!(unordered.summary.contains("not in the order"), "{unordered:?}");
        // Without a top-level ORDER BY in the reference, any order is right.
        assert!(
            check(&base, "", "SELECT title FROM book ORDER BY title DESC", "SELECT title FROM book").passed
        );
    }

    #[test]
    fn a_hard_coded_answer_fails_on_the_perturbed_copy() {
        let base = baseline();
        let literal = "SELECT 'It' UNION ALL SELECT 'Dead Zone' UNION ALL SELECT 'The Shining'";
        let verdict = check(&base, "", literal, KING);
        assert!(!verdict.passed);
        assert!(verdict.summary.starts_with("Right on this data, but not on a changed copy"), "{verdict:?}");
    }

    #[test]
    fn data_changes_are_compared_by_the_resulting_tables() {
        let base = baseline();
        let reference = "UPDATE author SET name = 'Bachman' WHERE name = 'King'";
        assert!(
            check(&base, "", "UPDATE author SET name = 'Bachman' WHERE name LIKE 'King'", reference).passed
        );
        let verdict = check(&base, "", "UPDATE author SET name = 'Bachman'", reference);
        assert!(!verdict.passed);
        assert_eq!(verdict.summary, "Not quite: the table author does not hold what it should afterwards.");
        let ddl = check(
            &base,
            "",
            "CREATE TABLE genre (id INTEGER PRIMARY KEY)",
            "CREATE TABLE genre (id INTEGER PRIMARY KEY, name TEXT)",
        );
        assert_eq!(
            ddl.summary,
            "The table genre should have the columns (id INTEGER pk, name TEXT) but has (id INTEGER pk)."
        );
    }

    #[test]
    fn errors_are_reported_not_compared() {
        let verdict = check(&baseline(), "", "SELECT nope FROM book", KING);
        assert_eq!(verdict.summary, "Your SQL stopped with an error at statement 1: no such column: nope");
        let none = check(&baseline(), "", "CREATE TEMP VIEW v AS SELECT 1", KING);
        assert!(!none.passed);
    }

    #[test]
    fn the_perturbed_copy_keeps_foreign_keys_valid_and_adds_rows() {
        let bytes = perturbed_copy(&baseline(), PERTURBATIONS[0]).unwrap();
        let db = Database::from_bytes(&bytes).unwrap();
        let count = |sql: &str| db.connection().query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
        assert!(count("SELECT count(*) FROM book") > 5);
        assert!(count("SELECT count(*) FROM author") > 3);
        assert_eq!(count("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    }
}
