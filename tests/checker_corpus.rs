//! The checker's corpus: for every exercise of the course, answers a learner could write, each
//! marked right or wrong, in `tests/checker_corpus/NN-slug.sql` (one file per lesson).
//!
//! Every right answer must pass (on the visible data and on every hidden copy), and every wrong
//! answer must fail with a message that names its real cause: each `-- expect:` line is a
//! piece of text the verdict must contain. The format:
//!
//! ```sql
//! -- exercise: m2m-books-of-berkley
//! -- right: subquery: the publisher's id looked up in a subquery
//! SELECT title FROM book WHERE book_id IN (SELECT …);
//! -- wrong: inner-join: an inner join where the prompt keeps authors without books
//! -- expect: Missing
//! SELECT …;
//! ```
//!
//! The word before the first colon of a `right:` or `wrong:` line is the answer's category,
//! counted in the report. A `-- known: reason` line marks an answer the checker still gets
//! wrong (a gap to close, listed rather than hidden). Set `CORPUS_LESSON=06` to check one lesson's file only; the run
//! writes every verdict to `target/checker-corpus.tsv`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use joinery::core::checker::check_exercise;
use joinery::core::lesson::{Exercise, Lesson};

mod common;

#[derive(Debug, Clone, PartialEq)]
struct Answer {
    exercise: String,
    right: bool,
    category: String,
    description: String,
    expect: Vec<String>,
    /// A known gap of the checker: this answer's verdict or message is still wrong, for the
    /// reason given. The run fails when a known gap closes, so the list stays true.
    known: Option<String>,
    sql: String,
    /// 1-based line of its `right:`/`wrong:` line, for messages.
    line: usize,
}

fn parse_corpus(file: &str, text: &str) -> Vec<Answer> {
    let mut answers: Vec<Answer> = Vec::new();
    let mut exercise: Option<String> = None;
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if let Some(id) = trimmed.strip_prefix("-- exercise:") {
            exercise = Some(id.trim().to_owned());
            continue;
        }
        let marker = trimmed
            .strip_prefix("-- right:")
            .map(|rest| (true, rest))
            .or_else(|| trimmed.strip_prefix("-- wrong:").map(|rest| (false, rest)));
        if let Some((right, rest)) = marker {
            let exercise = exercise
                .clone()
                .unwrap_or_else(|| panic!("{file}:{}: an answer before any `-- exercise:`", index + 1));
            let (category, description) = rest.split_once(':').unwrap_or((rest, ""));
            answers.push(Answer {
                exercise,
                right,
                category: category.trim().to_owned(),
                description: description.trim().to_owned(),
                expect: Vec::new(),
                known: None,
                sql: String::new(),
                line: index + 1,
            });
            continue;
        }
        let Some(answer) = answers.last_mut() else { continue };
        if let Some(expected) = trimmed.strip_prefix("-- expect:")
            && answer.sql.trim().is_empty()
        {
            answer.expect.push(expected.trim().to_owned());
        } else if let Some(reason) = trimmed.strip_prefix("-- known:")
            && answer.sql.trim().is_empty()
        {
            answer.known = Some(reason.trim().to_owned());
        } else {
            answer.sql.push_str(line);
            answer.sql.push('\n');
        }
    }
    answers
}

/// The corpus file of a lesson file (`06-many-to-many.md` → `06-many-to-many.sql`).
fn corpus_of(lesson_file: &str) -> (String, String) {
    let path = format!("tests/checker_corpus/{}", lesson_file.replace(".md", ".sql"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    (path, text)
}

/// What the learner is shown of a verdict, as one text: headline, details and notes.
fn shown(verdict: &joinery::core::outcome::Verdict) -> String {
    verdict.text()
}

struct Outcome {
    file: String,
    answer: Answer,
    passed: bool,
    shown: String,
    problem: Option<String>,
}

fn check_lesson(file: &str, lesson: &Lesson, answers: &[Answer]) -> Vec<Outcome> {
    let state = common::starting_state(lesson);
    let exercises: BTreeMap<&str, &Exercise> = lesson.exercises().map(|e| (e.id.as_str(), e)).collect();
    answers
        .iter()
        .map(|answer| {
            let Some(exercise) = exercises.get(answer.exercise.as_str()) else {
                return Outcome {
                    file: file.to_owned(),
                    answer: answer.clone(),
                    passed: false,
                    shown: String::new(),
                    problem: Some(format!("no exercise `{}` in this lesson", answer.exercise)),
                };
            };
            let verdict = check_exercise(&state, exercise, &answer.sql);
            let text = shown(&verdict);
            let problem = if answer.right && !verdict.passed {
                Some("a right answer was rejected".to_owned())
            } else if !answer.right && verdict.passed {
                Some("a wrong answer passed".to_owned())
            } else if !answer.right && answer.expect.is_empty() {
                Some("a wrong answer needs at least one `-- expect:` line".to_owned())
            } else {
                answer
                    .expect
                    .iter()
                    .find(|e| !text.to_lowercase().contains(&e.to_lowercase()))
                    .map(|e| format!("the message does not say {e:?}"))
            };
            let problem = match (&answer.known, problem) {
                (Some(_), Some(_)) => None,
                (Some(reason), None) => {
                    Some(format!("the known gap ({reason}) is closed: remove its `-- known:` line"))
                }
                (None, problem) => problem,
            };
            Outcome {
                file: file.to_owned(),
                answer: answer.clone(),
                passed: verdict.passed,
                shown: text,
                problem,
            }
        })
        .collect()
}

#[test]
fn every_answer_in_the_corpus_gets_the_right_verdict_and_message() {
    let only = std::env::var("CORPUS_LESSON").ok();
    let files = common::lesson_files();
    let lessons = common::lessons();
    let work: Vec<(String, &Lesson, Vec<Answer>)> = files
        .iter()
        .zip(&lessons)
        .filter(|((name, _), _)| only.as_deref().is_none_or(|prefix| name.starts_with(prefix)))
        .map(|((name, _), lesson)| {
            let (path, text) = corpus_of(name);
            let answers = parse_corpus(&path, &text);
            (path, lesson, answers)
        })
        .collect();
    // Lessons are independent: check them on every core at once.
    let outcomes: Vec<Outcome> = std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .iter()
            .map(|(path, lesson, answers)| scope.spawn(move || check_lesson(path, lesson, answers)))
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });

    let mut report = String::from("file\tline\texercise\texpected\tcategory\tpassed\tshown\n");
    for o in &outcomes {
        let _ = writeln!(
            report,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}",
            o.file,
            o.answer.line,
            o.answer.exercise,
            if o.answer.right { "right" } else { "wrong" },
            o.answer.category,
            o.passed,
            o.shown.replace(['\n', '\t'], " ")
        );
    }
    let _ = std::fs::create_dir_all("target");
    let _ = std::fs::write("target/checker-corpus.tsv", &report);

    let problems: Vec<String> = outcomes
        .iter()
        .filter_map(|o| {
            o.problem.as_ref().map(|p| {
                format!(
                    "{}:{} {} ({} {}: {}): {p}\n    verdict: {}",
                    o.file,
                    o.answer.line,
                    o.answer.exercise,
                    if o.answer.right { "right" } else { "wrong" },
                    o.answer.category,
                    o.answer.description,
                    o.shown.replace('\n', "\n    ")
                )
            })
        })
        .collect();
    let rights = outcomes.iter().filter(|o| o.answer.right).count();
    let known = outcomes.iter().filter(|o| o.answer.known.is_some()).count();
    eprintln!(
        "checker corpus: {} answers ({rights} right, {} wrong), {known} known gaps",
        outcomes.len(),
        outcomes.len() - rights
    );
    assert!(
        problems.is_empty(),
        "{} of {} verdicts are wrong:\n{}",
        problems.len(),
        outcomes.len(),
        problems.join("\n")
    );
}

#[test]
fn every_exercise_has_a_right_and_a_wrong_answer_in_the_corpus() {
    let mut gaps = Vec::new();
    for ((name, _), lesson) in common::lesson_files().iter().zip(common::lessons()) {
        let (path, text) = corpus_of(name);
        let answers = parse_corpus(&path, &text);
        for exercise in lesson.exercises() {
            let of = |right: bool| {
                answers.iter().filter(|a| a.exercise == exercise.id && a.right == right).count()
            };
            if of(true) == 0 || of(false) == 0 {
                gaps.push(format!(
                    "{path}: {} has {} right and {} wrong answers",
                    exercise.id,
                    of(true),
                    of(false)
                ));
            }
            for answer in answers.iter().filter(|a| a.exercise == exercise.id && a.right) {
                if normalized(&answer.sql) == normalized(&exercise.solution) {
                    gaps.push(format!("{path}:{}: a right answer that is the reference itself", answer.line));
                }
            }
        }
    }
    assert!(gaps.is_empty(), "the corpus has gaps:\n{}", gaps.join("\n"));
}

fn normalized(sql: &str) -> String {
    sql.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches(';').to_lowercase()
}

#[test]
fn the_corpus_format_reads_answers_and_their_expectations() {
    let text = "-- a comment before\n-- exercise: a\n-- right: cte: with a CTE\nWITH x AS (SELECT 1) SELECT * FROM x;\n\
                -- wrong: missing-condition: no WHERE\n-- expect: Missing\n-- expect: 3 rows\nSELECT 2;\n-- inside\nSELECT 3;\n";
    let answers = parse_corpus("t.sql", text);
    assert_eq!(answers.len(), 2);
    assert_eq!((answers[0].right, answers[0].category.as_str()), (true, "cte"));
    assert_eq!(answers[0].sql.trim(), "WITH x AS (SELECT 1) SELECT * FROM x;");
    assert_eq!(answers[1].expect, vec!["Missing".to_owned(), "3 rows".to_owned()]);
    assert_eq!(answers[1].sql.trim(), "SELECT 2;\n-- inside\nSELECT 3;");
    assert_eq!(answers[1].line, 5);
}
