//! Comparing what an answer produced with what the reference produced: a query's result, or
//! the tables a change leaves behind. Each difference becomes the one sentence that names it.

use std::collections::HashMap;

use crate::core::format::count;
use crate::core::outcome::{RowDiff, StatementResult, Verdict};
use crate::core::script::{top_level_items, top_level_order_by};
use crate::core::value::Value;

/// How many missing or extra rows a diff shows of each kind.
pub const DIFF_ROWS: usize = 10;

/// Compares a query's result with the reference's, in the order a learner fixes things:
/// columns, then which rows, then their order.
pub fn compare_results(expected: &StatementResult, actual: &StatementResult, prompt: &str) -> Verdict {
    let (want, got) = (expected.columns.len(), actual.columns.len());
    if want != got {
        let names =
            |r: &StatementResult| r.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
        return Verdict::fail(
            format!("Your result has {}; the answer has {want}.", count(got as u64, "column")),
            vec![format!("The answer's columns are ({}); yours are ({}).", names(expected), names(actual))],
        );
    }
    if let Some((wanted, yours)) = misnamed_column(expected, actual, prompt) {
        return Verdict::fail(
            format!("The prompt asks for a column named `{wanted}`; yours is called `{yours}`."),
            vec![format!("Name it with `AS {wanted}`.")],
        );
    }
    let (missing, extra) = multiset_difference(&expected.rows, &actual.rows);
    if !missing.is_empty() || !extra.is_empty() {
        let columns = expected.columns.iter().map(|c| c.name.clone()).collect();
        let diff = row_diff("your result", columns, &missing, &extra);
        if let Some(places) = differs_only_by_rounding(&expected.rows, &actual.rows) {
            return Verdict::fail(
                format!(
                    "Your numbers differ from the answer only by rounding: the answer has {} decimal places.",
                    places
                ),
                Vec::new(),
            )
            .with_diff(diff);
        }
        let summary = if expected.rows.len() == actual.rows.len() {
            format!(
                "Your query returns the right number of rows ({}), but not the right rows.",
                expected.rows.len()
            )
        } else {
            format!(
                "Your query returns {}; the answer has {}.",
                count(actual.rows.len() as u64, "row"),
                expected.rows.len()
            )
        };
        return Verdict::fail(summary, Vec::new()).with_diff(diff);
    }
    // Ties left open are named whether or not they came out in the right order this time.
    if let Some(message) = unpromised_order(expected, actual) {
        return Verdict::fail(message, Vec::new());
    }
    if let Some(order) = top_level_order_by(&expected.sql)
        && !same_sequence(&expected.rows, &actual.rows)
    {
        return Verdict::fail(
            format!("The right rows in the wrong order: this exercise asks for ORDER BY {order}."),
            Vec::new(),
        );
    }
    let mut verdict = Verdict::pass("Correct!");
    if let Some(note) = column_name_note(expected, actual) {
        verdict.notes.push(note);
    }
    verdict
}

/// When the answer's rows come in the right order only by chance: its ORDER BY is a shorter
/// list of result columns than the reference's, and rows tie on it. (SQLite then returns tied
/// rows in whatever order its plan makes, which other data or another version may change.)
fn unpromised_order(expected: &StatementResult, actual: &StatementResult) -> Option<String> {
    let reference = top_level_order_by(&expected.sql)?;
    let theirs = top_level_order_by(&actual.sql)?;
    let (reference_keys, their_keys) = (top_level_items(&reference), top_level_items(&theirs));
    if their_keys.len() >= reference_keys.len() {
        return None;
    }
    let columns: Option<Vec<usize>> = their_keys.iter().map(|k| result_column(k, actual)).collect();
    let columns = columns?;
    let ties = actual
        .rows
        .windows(2)
        .any(|pair| pair[0] != pair[1] && columns.iter().all(|&c| key(&pair[0][c]) == key(&pair[1][c])));
    ties.then(|| {
        format!(
            "The right rows, in an order SQLite does not promise: rows that tie on ORDER BY {theirs} \
             come in no set order, so they can come in the wrong order. This exercise asks for ORDER BY {reference}."
        )
    })
}

/// The result column an ORDER BY key sorts by: a position, or a column's name (qualified or
/// quoted as it may be), with its direction and collation left aside.
fn result_column(key: &str, result: &StatementResult) -> Option<usize> {
    let words: Vec<&str> = key.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| ["asc", "desc", "collate", "nulls"].contains(&w.to_ascii_lowercase().as_str()))
        .unwrap_or(words.len());
    let expression = words[..end].join(" ");
    if let Ok(position) = expression.parse::<usize>() {
        return (1..=result.columns.len()).contains(&position).then(|| position - 1);
    }
    let name = expression.rsplit('.').next()?.trim_matches(|c| c == '"' || c == '`' || c == '[' || c == ']');
    result
        .columns
        .iter()
        .position(|c| c.name.eq_ignore_ascii_case(name) || c.name.eq_ignore_ascii_case(&expression))
}

/// A column the reference names with `AS` and the prompt names in backticks, which the answer
/// calls something else: (wanted, yours).
fn misnamed_column(
    expected: &StatementResult,
    actual: &StatementResult,
    prompt: &str,
) -> Option<(String, String)> {
    let reference = expected.sql.to_lowercase();
    expected.columns.iter().zip(&actual.columns).find_map(|(want, got)| {
        let name = want.name.to_lowercase();
        // Named in code in the prompt: `book_count`, or inside `author_1.author_id AS author_id_1`.
        let named_in_prompt =
            prompt.to_lowercase().split('`').skip(1).step_by(2).any(|code| {
                code.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|word| word == name)
            });
        let aliased =
            ["as ", "as \"", "as `", "as ["].iter().any(|p| reference.contains(&format!("{p}{name}")));
        (named_in_prompt && aliased && !got.name.eq_ignore_ascii_case(&want.name))
            .then(|| (want.name.clone(), got.name.clone()))
    })
}

/// A hint, never a failure: the answer's column names where they differ from the reference's.
fn column_name_note(expected: &StatementResult, actual: &StatementResult) -> Option<String> {
    let differ =
        expected.columns.iter().zip(&actual.columns).any(|(a, b)| !a.name.eq_ignore_ascii_case(&b.name));
    differ.then(|| {
        let names = |r: &StatementResult| r.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
        format!(
            "Your columns are named ({}); the answer's are ({}). Names are not checked here, but `AS` gives a column the name a reader expects.",
            names(actual),
            names(expected)
        )
    })
}

/// The rows of `of` (with these column names) that are missing and not expected, a few of each.
pub fn row_diff(of: &str, columns: Vec<String>, missing: &[Vec<Value>], extra: &[Vec<Value>]) -> RowDiff {
    RowDiff {
        of: of.to_owned(),
        columns,
        missing: missing.iter().take(DIFF_ROWS).cloned().collect(),
        missing_total: missing.len(),
        extra: extra.iter().take(DIFF_ROWS).cloned().collect(),
        extra_total: extra.len(),
    }
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
pub fn multiset_difference(
    expected: &[Vec<Value>],
    actual: &[Vec<Value>],
) -> (Vec<Vec<Value>>, Vec<Vec<Value>>) {
    difference_by(expected, actual, row_key)
}

fn difference_by<K: std::hash::Hash + Eq>(
    expected: &[Vec<Value>],
    actual: &[Vec<Value>],
    key_of: impl Fn(&[Value]) -> K,
) -> (Vec<Vec<Value>>, Vec<Vec<Value>>) {
    let mut counts: HashMap<K, i64> = HashMap::new();
    for row in expected {
        *counts.entry(key_of(row)).or_default() += 1;
    }
    let mut extra = Vec::new();
    for row in actual {
        let count = counts.entry(key_of(row)).or_default();
        if *count > 0 {
            *count -= 1;
        } else {
            extra.push(row.clone());
        }
    }
    let mut missing = Vec::new();
    for row in expected {
        let count = counts.get_mut(&key_of(row)).expect("counted above");
        if *count > 0 {
            *count -= 1;
            missing.push(row.clone());
        }
    }
    (missing, extra)
}

/// When the rows match once every number is rounded to some number of decimal places (4 down
/// to 0), the answer's number of places (the most any of its numbers has, at most 4).
fn differs_only_by_rounding(expected: &[Vec<Value>], actual: &[Vec<Value>]) -> Option<usize> {
    if expected.len() != actual.len()
        || !expected.iter().flatten().chain(actual.iter().flatten()).any(|v| matches!(v, Value::Real(_)))
    {
        return None;
    }
    (0..=4usize)
        .rev()
        .any(|places| {
            let rounded = |row: &[Value]| -> Vec<Key> {
                row.iter()
                    .map(|v| match v {
                        Value::Real(r) => Key::Real(format!("{:.*}", places, r)),
                        Value::Integer(i) => Key::Real(format!("{:.*}", places, *i as f64)),
                        other => key(other),
                    })
                    .collect()
            };
            let (missing, extra) = difference_by(expected, actual, rounded);
            missing.is_empty() && extra.is_empty()
        })
        .then(|| decimal_places(expected))
}

fn decimal_places(rows: &[Vec<Value>]) -> usize {
    rows.iter()
        .flatten()
        .filter_map(|v| match v {
            Value::Real(r) => {
                let text = format!("{r}");
                Some(text.split_once('.').map_or(0, |(_, fraction)| fraction.len()).min(4))
            }
            _ => None,
        })
        .max()
        .unwrap_or(0)
}
