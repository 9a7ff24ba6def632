//! An exercise's sandbox, through the worker's protocol: Run and Check see the exercise's setup,
//! the lesson's database never does, Reset starts the sandbox again, and nothing run there is
//! sent to the page as a change of the lesson's database.

use joinery::core::lineage::Trace;
use joinery::core::outcome::ScriptOutcome;
use joinery::worker::{
    Ask, CheckExercise, DatabaseWorker, ExportCsv, MarkBaseline, ResetExercise, RunScript, Sandboxed,
    Session, TraceRows,
};

const SETUP: &str = "CREATE TABLE new_artist (name TEXT); INSERT INTO new_artist VALUES ('Velvet Index');";

fn lesson() -> Session {
    let mut session = Session::new().unwrap();
    let starting = "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO artist (name) VALUES ('AC/DC');";
    session.ask(RunScript { sql: starting.into(), row_limit: 10 }).unwrap();
    assert_eq!(session.ask(MarkBaseline), Ok(()));
    session.take_snapshot();
    session
}

fn in_exercise<A: Ask<DatabaseWorker>>(request: A) -> Sandboxed<A> {
    Sandboxed { exercise: "import".into(), setup: SETUP.into(), request }
}

fn run(session: &mut Session, sql: &str, sandbox: bool) -> ScriptOutcome {
    let request = RunScript { sql: sql.into(), row_limit: 100 };
    let outcome = if sandbox { session.ask(in_exercise(request)) } else { session.ask(request) };
    outcome.unwrap_or_else(|message| panic!("{message}"))
}

fn count(outcome: &ScriptOutcome) -> String {
    outcome.results.last().unwrap().rows[0][0].display()
}

#[test]
fn runs_in_an_exercise_see_its_setup_and_leave_the_lesson_alone() {
    let mut session = lesson();
    assert_eq!(count(&run(&mut session, "SELECT count(*) FROM new_artist", true)), "1");
    run(&mut session, "INSERT INTO artist (name) SELECT name FROM new_artist", true);
    assert_eq!(
        count(&run(&mut session, "SELECT count(*) FROM artist", true)),
        "2",
        "the sandbox keeps its runs"
    );
    assert!(session.take_snapshot().is_none(), "a sandbox's write is not a change of the lesson's database");
    let lesson = run(&mut session, "SELECT count(*) FROM new_artist", false);
    assert!(lesson.error.unwrap().message.contains("no such table: new_artist"));
    assert_eq!(count(&run(&mut session, "SELECT count(*) FROM artist", false)), "1");

    // Reset gives the exercise its starting data again.
    assert_eq!(session.ask(ResetExercise { exercise: "import".into() }), Ok(()));
    assert_eq!(count(&run(&mut session, "SELECT count(*) FROM artist", true)), "1");
}

#[test]
fn follow_up_requests_are_answered_in_the_sandbox_and_others_are_refused() {
    let mut session = lesson();
    let csv = session.ask(in_exercise(ExportCsv { sql: "SELECT name FROM new_artist".into() }));
    assert_eq!(csv, Ok(b"name\r\nVelvet Index\r\n".to_vec()));
    let refused = session.ask(in_exercise(MarkBaseline));
    assert!(refused.is_err(), "{refused:?}");
}

#[test]
fn check_grades_on_the_data_run_shows() {
    let mut session = lesson();
    let check = |session: &mut Session, learner: &str| {
        let check = CheckExercise {
            setup: SETUP.into(),
            learner: learner.into(),
            reference: "INSERT INTO artist (name) SELECT name FROM new_artist".into(),
            prompt: String::new(),
        };
        session.ask(check).unwrap_or_else(|message| panic!("{message}"))
    };
    let right = check(&mut session, "INSERT INTO artist (name) SELECT n.name FROM new_artist AS n");
    assert!(right.passed, "{}", right.text());
    let wrong = check(&mut session, "SELECT 1");
    assert!(!wrong.passed);
}

#[test]
fn rows_are_traced_from_the_query_text_on_the_sandbox_data() {
    let mut session = lesson();
    let sql = "SELECT a.name, n.name FROM artist AS a JOIN new_artist AS n ON n.name <> a.name";
    let Trace::Join(join) = session.ask(in_exercise(TraceRows { sql: sql.into() })).unwrap() else {
        panic!("a join is traced as a join")
    };
    assert_eq!(join.tables.iter().map(|t| t.table.as_str()).collect::<Vec<_>>(), ["artist", "new_artist"]);
    assert_eq!(join.rows.len(), 1);
    assert_eq!(join.rows[0].sources, [Some(1), Some(1)]);
    let outside = session.ask(TraceRows { sql: sql.into() });
    assert!(outside.unwrap_err().contains("no such table: new_artist"), "the lesson's database has no setup");
}

#[test]
fn a_rewrite_the_host_remembers_is_used_and_its_failure_explained() {
    // In the browser the host asks the parser worker and hands the session its answer.
    let mut session = lesson();
    let sql = "SELECT name FROM artist";
    session.remember_rewrite(sql.into(), Err("the SQL parser could not be started in this browser".into()));
    assert!(session.has_rewrite(sql));
    assert_eq!(
        session.ask(TraceRows { sql: sql.into() }),
        Err("These rows cannot be traced: the SQL parser could not be started in this browser.".into())
    );
}
