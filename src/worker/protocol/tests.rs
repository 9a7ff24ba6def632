//! The protocol on the wire, and the answers each request takes.

use super::*;
use crate::core::{Column, ScriptOutcome, StatementResult, Value};

#[test]
fn requests_and_responses_survive_the_wire() {
    let request =
        Envelope { id: 7, body: Request::from(RunScript { sql: "SELECT 1".into(), row_limit: 10 }) };
    assert_eq!(Envelope::decode(&request.encode()).unwrap(), request);

    let outcome = ScriptOutcome {
        results: vec![StatementResult {
            sql: "SELECT 1".into(),
            span: 0..8,
            columns: vec![Column { name: "1".into(), decl_type: None }],
            rows: vec![vec![
                Value::Integer(1),
                Value::Real(0.5),
                Value::Null,
                Value::Text("é".into()),
                Value::Blob(vec![0, 255]),
            ]],
            total_rows: 1,
            rows_changed: 0,
            read_only: true,
            elapsed_ms: 0.25,
            changes: Vec::new(),
        }],
        error: None,
        schema_changed: false,
    };
    let posted: Envelope<PostedBy<DatabaseWorker>> =
        Envelope { id: 7, body: Posted::Answer(Ok(Response::ScriptRan(outcome.clone()))) };
    assert_eq!(Envelope::decode(&posted.encode()).unwrap(), posted);
    let Posted::Answer(Ok(response)) = posted.body else { unreachable!() };
    assert_eq!(RunScript::answer(response), Some(outcome));
}

#[test]
fn an_answer_to_another_request_is_not_taken() {
    assert_eq!(ReadSchema::answer(Response::Done), None);
    assert_eq!(MarkBaseline::answer(Response::Done), Some(()));
    assert_eq!(ExportCsv::answer(Response::Bytes(vec![1])), Some(vec![1]));
}

#[test]
fn a_sandboxed_request_is_wrapped_and_answered_as_the_inner_one() {
    let traced = Sandboxed {
        exercise: "e".into(),
        setup: String::new(),
        request: TraceRows { sql: "SELECT 1".into() },
    };
    let request = Request::from(traced);
    assert_eq!(request.query_to_rewrite(), Some("SELECT 1"));
    assert!(
        matches!(&request, Request::InExercise(InExercise { request, .. }) if matches!(**request, Request::TraceRows(_)))
    );
    assert_eq!(Request::from(ReadSchema).query_to_rewrite(), None);
}

#[test]
fn garbage_is_an_error_not_a_panic() {
    assert!(Envelope::<Request>::decode(&[0xFF, 0xFF, 0xFF]).is_err());
}
