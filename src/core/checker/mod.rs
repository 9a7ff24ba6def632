//! Checking an exercise: the learner's SQL against the reference solution, each on a fresh copy
//! of the lesson's starting state plus the exercise's setup, then again on hidden copies of the
//! data ([`hidden`]) so that an answer which only reproduces the visible result fails.
//!
//! The checks run in the order a learner fixes things, and the first that fails is the one
//! reported: it ran ([`Verdict::error`] places the error); for a query, the columns, then the
//! rows (as a diff), then their order ([`compare`]); for a change, the schema ([`structure`]),
//! then each table's rows. Remarks that never fail an answer, such as SQLite leniencies it relies
//! on ([`lenient`]), come as notes.

mod compare;
mod hidden;
mod lenient;
mod literals;
mod start;
mod structure;

use std::collections::{BTreeMap, BTreeSet};

pub use compare::compare_results;
pub use hidden::{COPIES, hidden_copy};
pub use literals::{Literal, literals, prompt_literals};

use super::database::Database;
use super::format::count;
use super::lesson::Exercise;
pub use super::outcome::Verdict;
use super::outcome::{RowDiff, ScriptError, ScriptOutcome, StatementResult};
use super::script::quote_identifier;
use super::value::Value;
use compare::{multiset_difference, row_diff};
use structure::{Shape, check_refusals, compare_tables, read_shape};

/// Most rows compared per result; exercises return far fewer.
const MAX_ROWS: usize = 100_000;

/// What an answer is checked against: the exercise's setup, reference and prompt.
#[derive(Debug, Clone, Copy)]
pub struct Task<'a> {
    pub setup: &'a str,
    pub reference: &'a str,
    /// The prompt, for the column names and values it asks for.
    pub prompt: &'a str,
}

impl<'a> From<&'a Exercise> for Task<'a> {
    fn from(exercise: &'a Exercise) -> Self {
        Task { setup: &exercise.setup, reference: &exercise.solution, prompt: &exercise.prompt }
    }
}

/// Checks a learner's answer to `exercise` on `baseline`, the lesson's starting state.
pub fn check_exercise(baseline: &[u8], exercise: &Exercise, learner: &str) -> Verdict {
    check_task(baseline, Task::from(exercise), learner)
}

/// Checks `learner` against `reference` after `setup`, with no prompt to consult.
pub fn check(baseline: &[u8], setup: &str, learner: &str, reference: &str) -> Verdict {
    check_task(baseline, Task { setup, reference, prompt: "" }, learner)
}

/// Checks `learner` against the task on `baseline` and on each hidden copy of it.
pub fn check_task(baseline: &[u8], task: Task<'_>, learner: &str) -> Verdict {
    check_task_with(baseline, task, learner, &HiddenData::default())
}

/// The hidden copies of one exercise's data, made when a Check first needs them and kept for
/// the next Check of the same exercise on the same starting state (making them is most of the
/// time a Check takes on Chinook).
#[derive(Debug, Default)]
pub struct HiddenData {
    made: std::sync::OnceLock<HiddenCopies>,
}

#[derive(Debug, Default)]
struct HiddenCopies {
    /// Each copy's `main` database; a copy that could not be made is left out.
    copies: Vec<Vec<u8>>,
    /// What makes the setup's temporary objects again on a copy (see [`start`]).
    temp: String,
}

impl HiddenData {
    /// The copies of `baseline` after the task's setup.
    fn get(&self, baseline: &[u8], task: Task<'_>) -> &HiddenCopies {
        self.made.get_or_init(|| {
            let mut keep = literals(task.setup);
            keep.extend(literals(task.reference));
            keep.extend(prompt_literals(task.prompt));
            // The copies are made of the exercise's starting point, setup included, so that
            // rows the setup adds (two authors without books) get new neighbours too.
            let Ok(start) = open(baseline, false, task.setup)
                .and_then(|mut db| start::Start::of(&mut db).map_err(Problem::Lesson))
            else {
                return HiddenCopies::default();
            };
            let copies = (0..COPIES).filter_map(|copy| hidden_copy(&start.main, copy, &keep).ok()).collect();
            HiddenCopies { copies, temp: start.temp }
        })
    }
}

/// [`check_task`], with the hidden copies kept in `hidden` between Checks.
pub fn check_task_with(baseline: &[u8], task: Task<'_>, learner: &str, hidden: &HiddenData) -> Verdict {
    let mut visible = match compare_on(baseline, false, task, learner) {
        Ok(verdict) => verdict,
        Err(Problem::Learner(error)) => return error_verdict(error, "Your SQL"),
        Err(Problem::Lesson(message)) => return Verdict::fail(message, Vec::new()),
    };
    if visible.passed {
        visible = check_hidden(baseline, task, learner, hidden.get(baseline, task)).unwrap_or(visible);
    }
    if visible.passed {
        visible.summary = "Correct! Your answer matches, on this data and on hidden copies of it.".into();
    }
    let mut notes = lenient::notes(baseline, task.setup, learner);
    notes.append(&mut visible.notes);
    visible.notes = notes;
    visible
}

/// The verdict from the first hidden copy the answer fails on, if any.
fn check_hidden(baseline: &[u8], task: Task<'_>, learner: &str, hidden: &HiddenCopies) -> Option<Verdict> {
    // The setup has run on the copies already; only its temporary objects are made again.
    let after_setup = Task { setup: &hidden.temp, ..task };
    for data in &hidden.copies {
        // A copy on which the lesson's own SQL fails says nothing about the answer: it is
        // passed over, never held against the learner.
        let verdict = match compare_on(data, true, after_setup, learner) {
            Ok(verdict) if verdict.passed => continue,
            Ok(verdict) => verdict,
            Err(Problem::Lesson(_)) => continue,
            Err(Problem::Learner(error)) => {
                let mut failed = error_verdict(
                    error,
                    "Right on the data you see, but on a hidden copy of it (the same tables with other rows and values) your SQL",
                );
                failed.details.extend(hard_coded(baseline, task, learner));
                return Some(failed);
            }
        };
        let mut details = vec![format!("On that copy: {}", verdict.summary)];
        details.extend(verdict.details);
        if let Some(hard) = hard_coded(baseline, task, learner) {
            details.insert(0, hard);
        }
        let mut failed = Verdict::fail(
            "Right on the data you see, but not on a hidden copy of it: the same tables with other \
             rows and values, which a correct answer handles too.",
            details,
        );
        failed.diff = verdict.diff.map(|mut diff| {
            diff.of = format!("{} on the hidden copy", diff.of);
            diff
        });
        return Some(failed);
    }
    None
}

/// "Hard-coded", said only when it is true: the answer writes out values the reference does not
/// write, which are in the visible result, or are ids (compared with an id column, or the value
/// of some key), or text stored in the data an exercise changes.
fn hard_coded(baseline: &[u8], task: Task<'_>, learner: &str) -> Option<String> {
    // What the reference writes is the learner's to write too. The setup and the prompt are
    // not: rows the setup adds are data, and values the prompt lists are there to be found in
    // it; this is only asked once the answer has failed on a hidden copy.
    let given = literals(task.reference);
    let start = open(baseline, false, task.setup).ok()?;
    let mut db = open(baseline, false, task.setup).ok()?;
    let outcome = db.run_script(task.reference, MAX_ROWS);
    let visible: Vec<Value> = if changes_data(&outcome) {
        Vec::new()
    } else {
        last_table(&outcome)?.rows.iter().flatten().cloned().collect()
    };
    let picked = literals::picked_ids(learner);
    let copied: Vec<Literal> = literals(learner)
        .into_iter()
        .filter(|l| !given.contains(l))
        .filter(|l| {
            picked.contains(l)
                || visible.iter().any(|v| l.matches(v))
                || (visible.is_empty() && matches!(l, Literal::Text(_)) && stored_anywhere(&start, l))
                || (matches!(l, Literal::Number(_)) && is_a_key(&start, l))
        })
        .collect();
    if copied.is_empty() {
        return None;
    }
    let shown: Vec<String> = copied.iter().take(3).map(Literal::sql).collect();
    Some(format!(
        "Your SQL has hard-coded values from the visible data ({}) where the answer finds them with a query; on other data they are wrong.",
        shown.join(", ")
    ))
}

/// Whether `literal` is the value of some row's key, or of a foreign key to one: an id the
/// learner read off the visible data (`VALUES (8, 'Kindred')`).
fn is_a_key(db: &Database, literal: &Literal) -> bool {
    let Literal::Number(number) = literal else { return false };
    let Ok(number) = number.parse::<i64>() else { return false };
    let conn = db.connection();
    let keys: Vec<(String, String)> = conn
        .prepare(
            "SELECT s.name, p.name FROM sqlite_schema AS s, pragma_table_info(s.name) AS p \
             WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite_%' AND p.pk > 0 \
             UNION SELECT s.name, f.\"from\" FROM sqlite_schema AS s, pragma_foreign_key_list(s.name) AS f \
             WHERE s.type = 'table'",
        )
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .unwrap_or_default();
    keys.iter().any(|(table, column)| {
        let sql = format!(
            "SELECT 1 FROM {} WHERE {} = ?1 LIMIT 1",
            quote_identifier(table),
            quote_identifier(column)
        );
        conn.query_row(&sql, [number], |_| Ok(())).is_ok()
    })
}

/// Whether some table of `db` holds the text `literal`.
fn stored_anywhere(db: &Database, literal: &Literal) -> bool {
    let Literal::Text(text) = literal else { return false };
    let conn = db.connection();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default();
    tables.iter().any(|table| {
        let columns: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info({})", Value::Text(table.clone()).literal()))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_default();
        if columns.is_empty() {
            return false;
        }
        let test =
            columns.iter().map(|c| format!("{} = ?1", quote_identifier(c))).collect::<Vec<_>>().join(" OR ");
        conn.query_row(
            &format!("SELECT 1 FROM {} WHERE {test} LIMIT 1", quote_identifier(table)),
            [text],
            |_| Ok(()),
        )
        .is_ok()
    })
}

/// "`who` stopped with an error …", with the error placed for the editor.
fn error_verdict(error: ScriptError, who: &str) -> Verdict {
    let summary =
        format!("{who} stopped with an error at statement {}: {}", error.statement_index + 1, error.message);
    let mut verdict = Verdict::fail(summary, Vec::new());
    verdict.error = Some(error);
    verdict
}

/// Why a comparison could not be made.
enum Problem {
    /// The learner's SQL failed.
    Learner(ScriptError),
    /// The lesson's own setup or reference failed: a bug in the lesson.
    Lesson(String),
}

fn open(state: &[u8], hidden: bool, setup: &str) -> Result<Database, Problem> {
    let mut db = Database::copy_of(state).map_err(|e| Problem::Lesson(e.to_string()))?;
    if hidden {
        db.run_script("PRAGMA reverse_unordered_selects = ON;", 0);
    }
    let outcome = db.run_script(setup, 0);
    if let Some(error) = outcome.error {
        return Err(Problem::Lesson(format!(
            "The exercise's setup failed ({}); this is a bug in the lesson.",
            error.message
        )));
    }
    Ok(db)
}

/// One comparison on one state.
fn compare_on(state: &[u8], hidden: bool, task: Task<'_>, learner: &str) -> Result<Verdict, Problem> {
    let mut expected_db = open(state, hidden, task.setup)?;
    let expected = expected_db.run_script(task.reference, MAX_ROWS);
    if let Some(error) = &expected.error {
        return Err(Problem::Lesson(format!(
            "The reference solution failed ({}); this is a bug in the lesson.",
            error.message
        )));
    }
    let mut actual_db = open(state, hidden, task.setup)?;
    let actual = actual_db.run_script(learner, MAX_ROWS);
    if let Some(error) = actual.error {
        return Err(Problem::Learner(error));
    }
    if changes_data(&expected) {
        let before = open(state, hidden, task.setup)?;
        compare_databases(&before, &expected_db, &actual_db).map_err(Problem::Lesson)
    } else {
        let Some(expected) = last_table(&expected) else {
            return Err(Problem::Lesson(
                "The reference solution returns no rows; this is a bug in the lesson.".into(),
            ));
        };
        let Some(actual) = last_table(&actual) else {
            return Ok(Verdict::fail(
                "Your SQL returned no table; this exercise asks for a query.",
                Vec::new(),
            ));
        };
        Ok(compare_results(expected, actual, task.prompt))
    }
}

fn changes_data(outcome: &ScriptOutcome) -> bool {
    outcome.results.iter().any(|r| !r.read_only)
}

fn last_table(outcome: &ScriptOutcome) -> Option<&StatementResult> {
    outcome.results.iter().rev().find(|r| r.returns_rows())
}

/// Compares what the reference and the answer left: which tables exist, their structure where
/// the reference changed it, `PRAGMA user_version`, views, triggers, then every table's rows.
fn compare_databases(before: &Database, expected: &Database, actual: &Database) -> Result<Verdict, String> {
    let (was, want, got) = (
        read_shape(before.connection())?,
        read_shape(expected.connection())?,
        read_shape(actual.connection())?,
    );
    if let Some(name) = want.tables.keys().find(|n| !got.tables.contains_key(*n)) {
        return Ok(Verdict::fail(
            format!("The table `{name}` should exist after your SQL, but it does not."),
            Vec::new(),
        ));
    }
    if let Some(name) = got.tables.keys().find(|n| !want.tables.contains_key(*n)) {
        return Ok(Verdict::fail(
            format!("Your SQL leaves a table `{name}` that should not be there."),
            Vec::new(),
        ));
    }
    let structure = structure_differences(&was, &want, &got, expected, actual);
    if let Some(first) = structure.first() {
        return Ok(Verdict::fail(first.clone(), structure[1..].to_vec()));
    }
    let want_rows = table_contents(expected, &want)?;
    let got_rows = table_contents(actual, &got)?;
    let mut differing: Vec<(String, RowDiff, usize, usize)> = Vec::new();
    for (key, (columns, rows)) in &want_rows {
        let Some((_, actual_rows)) = got_rows.get(key) else {
            return Ok(Verdict::fail(
                format!("The view `{key}` should exist after your SQL, but it does not."),
                Vec::new(),
            ));
        };
        let (missing, extra) = multiset_difference(rows, actual_rows);
        if missing.is_empty() && extra.is_empty() {
            continue;
        }
        // Named as the lesson spells it (`Artist`), not as compared (`artist`).
        let name = want.tables.get(key).map_or(key, |t| &t.name).clone();
        let diff = row_diff(&name, columns.clone(), &missing, &extra);
        differing.push((name, diff, actual_rows.len(), rows.len()));
    }
    let mut differing = differing.into_iter();
    let Some((name, diff, has, should)) = differing.next() else {
        return Ok(Verdict::pass("Correct! The data ends up exactly as it should."));
    };
    let counts =
        if has == should { String::new() } else { format!(" It has {has} rows; it should have {should}.") };
    let others = differing
        .map(|(name, diff, _, _)| {
            format!(
                "The table `{name}` differs too: {} missing, {} not expected.",
                count(diff.missing_total as u64, "row"),
                count(diff.extra_total as u64, "row")
            )
        })
        .collect();
    Ok(Verdict::fail(format!("The table `{name}` does not hold what it should afterwards.{counts}"), others)
        .with_diff(diff))
}

/// Structure is compared where the reference made or changed it, so that an exercise about
/// rows is not failed over, say, an index the learner added.
fn structure_differences(
    was: &Shape,
    want: &Shape,
    got: &Shape,
    expected: &Database,
    actual: &Database,
) -> Vec<String> {
    let mut found = Vec::new();
    for (name, table) in &want.tables {
        if was.tables.get(name) == Some(table)
            && got.tables.get(name).is_some_and(|g| g.columns == table.columns)
        {
            continue;
        }
        let theirs = &got.tables[name];
        let mut differences = compare_tables(table, theirs);
        if differences.is_empty() {
            let refused = check_refusals(expected.connection(), table);
            let allowed = check_refusals(actual.connection(), theirs);
            for (column, probe) in refused.difference(&allowed).take(1) {
                differences.push(format!(
                    "`{name}.{column}` should refuse {probe} (a CHECK constraint); yours accepts it."
                ));
            }
            for (column, probe) in allowed.difference(&refused).take(1) {
                differences.push(format!(
                    "`{name}.{column}` refuses {probe}, which the answer accepts: the CHECK is too strict."
                ));
            }
        }
        found.extend(differences);
    }
    for view in want.views.difference(&got.views) {
        if !was.views.contains(view) {
            found.push(format!("The view `{view}` should exist after your SQL, but it does not."));
        }
    }
    for view in got.views.difference(&want.views) {
        found.push(format!("Your SQL leaves a view `{view}` that should not be there."));
    }
    for (table, event, timing) in want.triggers.difference(&got.triggers) {
        found.push(format!("`{table}` should have a trigger that runs {timing} {event}."));
    }
    if want.user_version != got.user_version {
        found.push(format!(
            "PRAGMA user_version should be {} afterwards, but it is {}.",
            want.user_version, got.user_version
        ));
    }
    found
}

/// Every table's (and view's) column names and rows, for comparing what two scripts did.
type Contents = BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)>;

fn table_contents(db: &Database, shape: &Shape) -> Result<Contents, String> {
    let conn = db.connection();
    let mut contents = Contents::new();
    // Temporary tables count too: a migration's guard (`INSERT INTO expect_version …`) leaves
    // its row there and nowhere else.
    let temporary: Vec<String> = conn
        .prepare("SELECT 'temp.' || name FROM sqlite_temp_schema WHERE type = 'table'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| e.to_string())?;
    let names: BTreeSet<&String> = shape.tables.keys().chain(shape.views.iter()).chain(&temporary).collect();
    for name in names {
        let from = match name.strip_prefix("temp.") {
            Some(table) if temporary.contains(name) => format!("temp.{}", quote_identifier(table)),
            _ => quote_identifier(name),
        };
        let mut statement = conn.prepare(&format!("SELECT * FROM {from}")).map_err(|e| e.to_string())?;
        let columns: Vec<String> = statement.column_names().map(|c| c.to_string()).collect();
        let width = columns.len();
        let rows = statement
            .query_map([], |row| Value::row(row, 0..width))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| e.to_string())?;
        contents.insert(name.clone(), (columns, rows));
    }
    Ok(contents)
}

#[cfg(test)]
mod tests;
