//! Checking an exercise: the learner's SQL against the reference solution, each on a fresh copy
//! of the lesson's starting state plus the exercise's setup, then again on hidden copies of the
//! data ([`hidden`]) so that an answer which only reproduces the visible result fails.
//!
//! The checks run in the order a learner fixes things, and the first that fails is the one
//! reported: it ran ([`Verdict::error`] places the error); for a query, the columns, then the
//! rows (as a diff), then their order ([`compare`]); for a change ([`changes`]), the schema
//! ([`structure`]), then each table's rows. An answer that fails only on a hidden copy is
//! called hard-coded where it is ([`hard_coded`]). Remarks that never fail an answer, such as
//! SQLite leniencies it relies on ([`lenient`]), come as notes.

mod changes;
mod compare;
mod hard_coded;
mod hidden;
mod lenient;
mod literals;
mod start;
mod structure;

pub use compare::compare_results;
pub use hidden::{COPIES, hidden_copy};
pub use literals::{Literal, literals, prompt_literals};

use super::database::Database;
use super::lesson::Exercise;
pub use super::outcome::Verdict;
use super::outcome::{ScriptError, ScriptOutcome, StatementResult};
use changes::compare_databases;
use hard_coded::hard_coded;

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

#[cfg(test)]
mod tests;
