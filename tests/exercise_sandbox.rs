//! An exercise's sandbox, through the worker's protocol: Run and Check see the exercise's setup,
//! the lesson's database never does, Reset starts the sandbox again, and nothing run there is
//! sent to the page as a change of the lesson's database.

use joinery::core::outcome::ScriptOutcome;
use joinery::worker::{Request, Response, Session};

const SETUP: &str = "CREATE TABLE new_artist (name TEXT); INSERT INTO new_artist VALUES ('Velvet Index');";

fn lesson() -> Session {
    let mut session = Session::new().unwrap();
    let mut send = |request| session.handle(request, &mut |_| {});
    send(Request::RunScript { sql: "CREATE TABLE artist (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO artist (name) VALUES ('AC/DC');".into(), row_limit: 10 });
    assert_eq!(send(Request::MarkBaseline), Response::Done);
    session.take_snapshot();
    session
}

fn in_exercise(request: Request) -> Request {
    Request::InExercise { exercise: "import".into(), setup: SETUP.into(), request: Box::new(request) }
}

fn run(session: &mut Session, sql: &str, sandbox: bool) -> ScriptOutcome {
    let request = Request::RunScript { sql: sql.into(), row_limit: 100 };
    let request = if sandbox { in_exercise(request) } else { request };
    match session.handle(request, &mut |_| {}) {
        Response::ScriptRan(outcome) => outcome,
        other => panic!("{other:?}"),
    }
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
    assert_eq!(
        session.handle(Request::ResetExercise { exercise: "import".into() }, &mut |_| {}),
        Response::Done
    );
    assert_eq!(count(&run(&mut session, "SELECT count(*) FROM artist", true)), "1");
}

#[test]
fn follow_up_requests_are_answered_in_the_sandbox_and_others_are_refused() {
    let mut session = lesson();
    let csv = session
        .handle(in_exercise(Request::ExportCsv { sql: "SELECT name FROM new_artist".into() }), &mut |_| {});
    assert_eq!(csv, Response::CsvExported { bytes: b"name\r\nVelvet Index\r\n".to_vec() });
    let refused = session.handle(in_exercise(Request::MarkBaseline), &mut |_| {});
    assert!(matches!(refused, Response::Failed { .. }), "{refused:?}");
}

#[test]
fn check_grades_on_the_data_run_shows() {
    let mut session = lesson();
    let check = |session: &mut Session, learner: &str| match session.handle(
        Request::CheckExercise {
            setup: SETUP.into(),
            learner: learner.into(),
            reference: "INSERT INTO artist (name) SELECT name FROM new_artist".into(),
            prompt: String::new(),
        },
        &mut |_| {},
    ) {
        Response::Checked(verdict) => verdict,
        other => panic!("{other:?}"),
    };
    let right = check(&mut session, "INSERT INTO artist (name) SELECT n.name FROM new_artist AS n");
    assert!(right.passed, "{}", right.text());
    let wrong = check(&mut session, "SELECT 1");
    assert!(!wrong.passed);
}
