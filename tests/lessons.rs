//! The course, checked natively: every lesson parses, every runnable cell runs (or fails when
//! it is meant to), and every exercise's reference passes its own checker on the visible and
//! the perturbed data while known-wrong answers fail.

use std::collections::HashSet;

use joinery::core::checker::{self, check};
use joinery::core::datasets::Dataset;
use joinery::core::lesson::{Block, Exercise};
use joinery::core::{Database, Value};

mod common;
use common::{lessons as parsed, starting_state};

/// The course promises at least this many exercises.
const MIN_EXERCISES: usize = 70;

#[test]
fn every_lesson_parses_and_the_course_is_complete() {
    let lessons = parsed();
    assert!(lessons.len() >= 14, "the curriculum has 14 topics and drills; found {} lessons", lessons.len());
    let mut ids = HashSet::new();
    let mut total = 0;
    for lesson in &lessons {
        assert!(
            Dataset::by_id(&lesson.dataset).is_some(),
            "{}: unknown dataset {}",
            lesson.slug,
            lesson.dataset
        );
        for exercise in lesson.exercises() {
            assert!(ids.insert(exercise.id.clone()), "exercise id {} is used twice", exercise.id);
            assert!(!exercise.hints.is_empty(), "{} has no hint", exercise.id);
            total += 1;
        }
    }
    assert!(total >= MIN_EXERCISES, "the course has {total} exercises; it promises {MIN_EXERCISES}");
}

#[test]
fn every_runnable_cell_runs_in_order() {
    for lesson in parsed() {
        let mut db = Database::from_bytes(&starting_state(&lesson)).unwrap();
        for block in &lesson.blocks {
            if let Block::Sql { source, expect_error } = block {
                let outcome = db.run_script(source, 10);
                match (expect_error, &outcome.error) {
                    (false, Some(error)) => {
                        panic!("{}: cell failed: {}\n{source}", lesson.slug, error.message)
                    }
                    (true, None) => panic!("{}: cell marked expect-error ran fine:\n{source}", lesson.slug),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn every_exercise_passes_its_own_check_and_wrong_answers_fail() {
    let mut problems = Vec::new();
    for lesson in parsed() {
        let state = starting_state(&lesson);
        for exercise in lesson.exercises() {
            if let Err(problem) = check_exercise(&state, exercise) {
                problems.push(format!("{} / {}: {problem}", lesson.slug, exercise.id));
            }
        }
    }
    assert!(problems.is_empty(), "{} exercises have problems:\n{}", problems.len(), problems.join("\n"));
}

fn check_exercise(state: &[u8], exercise: &Exercise) -> Result<(), String> {
    let own = checker::check_exercise(state, exercise, &exercise.solution);
    if !own.passed {
        return Err(format!("the reference fails its own check: {} {:?}", own.summary, own.details));
    }
    if let Some(without_where) = without_top_level_where(&exercise.solution)
        && check(state, &exercise.setup, &without_where, &exercise.solution).passed
    {
        return Err("the solution with its WHERE removed still passes".into());
    }
    match literal_copy(state, exercise) {
        Some(literal) => {
            if check(state, &exercise.setup, &literal, &exercise.solution).passed {
                return Err(format!("a literal copy of the visible result passes:\n{literal}"));
            }
        }
        None => {
            if check(state, &exercise.setup, "SELECT 1;", &exercise.solution).passed {
                return Err("doing nothing passes".into());
            }
        }
    }
    Ok(())
}

/// For a query exercise, the visible answer written out as literal rows; `None` for an
/// exercise that changes data.
fn literal_copy(state: &[u8], exercise: &Exercise) -> Option<String> {
    let mut db = Database::from_bytes(state).unwrap();
    db.run_script(&exercise.setup, 0);
    let outcome = db.run_script(&exercise.solution, 100_000);
    if outcome.results.iter().any(|r| !r.read_only) {
        return None;
    }
    let result = outcome.results.iter().rev().find(|r| r.returns_rows())?;
    let rows: Vec<String> = result
        .rows
        .iter()
        .map(|row| format!("({})", row.iter().map(Value::literal).collect::<Vec<_>>().join(", ")))
        .collect();
    Some(format!("VALUES {};", rows.join(", ")))
}

/// The solution with the WHERE clause of its last statement removed, when that statement has
/// one outside parentheses.
fn without_top_level_where(solution: &str) -> Option<String> {
    let upper = solution.to_ascii_uppercase();
    let bytes = upper.as_bytes();
    let last_start = solution.trim_end().trim_end_matches(';').rfind(';').map_or(0, |i| i + 1);
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut where_at = None;
    let mut i = last_start;
    while i < bytes.len() {
        let c = bytes[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ if depth == 0 && is_word_at(&upper, i, "WHERE") && where_at.is_none() => where_at = Some(i),
                _ if depth == 0
                    && where_at.is_some()
                    && ["GROUP", "ORDER", "LIMIT", "HAVING", "WINDOW", "RETURNING", ";"]
                        .iter()
                        .any(|k| if *k == ";" { c == b';' } else { is_word_at(&upper, i, k) }) =>
                {
                    let start = where_at.unwrap();
                    return Some(format!("{} {}", &solution[..start], &solution[i..]));
                }
                _ => {}
            },
        }
        i += 1;
    }
    where_at.map(|start| solution[..start].to_owned())
}

fn is_word_at(text: &str, at: usize, word: &str) -> bool {
    let bytes = text.as_bytes();
    let before_ok = at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
    let end = at + word.len();
    let after_ok = end >= bytes.len() || !(bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_');
    before_ok && after_ok && text.get(at..end) == Some(word)
}

#[test]
fn the_where_remover_cuts_only_the_top_level_clause() {
    assert_eq!(
        without_top_level_where("SELECT a FROM t WHERE b = 1 ORDER BY a;").as_deref(),
        Some("SELECT a FROM t  ORDER BY a;")
    );
    assert_eq!(
        without_top_level_where("SELECT a FROM t WHERE b IN (SELECT 1 WHERE 1)").as_deref(),
        Some("SELECT a FROM t ")
    );
    assert_eq!(without_top_level_where("SELECT (SELECT 1 WHERE 1) FROM t"), None);
    assert_eq!(without_top_level_where("SELECT 'WHERE' FROM t"), None);
}

#[test]
fn every_side_by_side_widget_changes_rows_on_each_side_and_undoes_them() {
    let mut widgets = 0;
    for lesson in parsed() {
        for block in &lesson.blocks {
            let Block::Widget { kind, body } = block else { continue };
            if kind != "anomaly" {
                continue;
            }
            widgets += 1;
            let sides = joinery::core::side_by_side::parse_sides(body).unwrap();
            let state = starting_state(&lesson);
            let mut db = Database::from_bytes(&state).unwrap();
            let scripts: Vec<String> = sides.iter().map(|s| s.sql.clone()).collect();
            let outcomes = db.try_changes(&scripts).unwrap();
            for (side, outcome) in sides.iter().zip(&outcomes) {
                assert!(outcome.error.is_none(), "{}: {}: {:?}", lesson.slug, side.title, outcome.error);
                let touched: u64 = outcome.results.iter().map(|r| r.rows_changed).sum();
                assert!(touched > 0, "{}: {} touches no row", lesson.slug, side.title);
            }
            let mut fresh = Database::from_bytes(&state).unwrap();
            assert!(
                contents(&mut db) == contents(&mut fresh),
                "{}: the widget left the data changed",
                lesson.slug
            );
        }
    }
    assert!(widgets >= 1, "the course shows an update anomaly side by side");
}

/// Every table's rows, in rowid order: the data, whatever the file's bytes.
fn contents(db: &mut Database) -> Vec<Vec<Vec<Value>>> {
    let tables = db.run_script("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name;", 1_000);
    let names: Vec<String> = tables.results[0].rows.iter().map(|r| r[0].display()).collect();
    names
        .iter()
        .map(|name| {
            let outcome = db.run_script(
                &format!("SELECT * FROM \"{}\" ORDER BY _rowid_;", name.replace('"', "\"\"")),
                100_000,
            );
            outcome.results[0].rows.clone()
        })
        .collect()
}

#[test]
fn every_normalization_lab_splits_its_table_losslessly() {
    let mut labs = 0;
    for lesson in parsed() {
        for block in &lesson.blocks {
            let Block::Widget { kind, body } = block else { continue };
            if kind != "normalize" {
                continue;
            }
            labs += 1;
            let mut db = Database::from_bytes(&starting_state(&lesson)).unwrap();
            let discovery = joinery::core::normalize::discover(db.connection(), body).unwrap();
            let decomposition = joinery::core::normalize::propose(&discovery);
            let steps = joinery::core::normalize::generate_sql(&decomposition).unwrap();
            for step in &steps[..steps.len() - 1] {
                let outcome = db.run_script(&step.sql, 10);
                assert!(outcome.error.is_none(), "{}: {}: {:?}", lesson.slug, step.title, outcome.error);
            }
            assert_eq!(joinery::core::normalize::check_lossless(db.connection(), &decomposition), Ok((0, 0)));
        }
    }
    assert!(labs >= 1, "the course has a normalization lab");
}
