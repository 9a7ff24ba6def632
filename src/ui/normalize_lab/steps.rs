//! The steps that build the new tables: each with its SQL and Run button, and once run, the
//! rows of the table it built (or, for the last, the lossless check's verdict).

use leptos::prelude::*;

use super::{PREVIEW_ROWS, lab_table};
use crate::core::format::count;
use crate::core::normalize::Step;
use crate::core::{StatementResult, Value};

#[derive(Clone)]
pub enum StepState {
    Waiting,
    Running,
    /// The step ran; for a table-building step, a preview of the new table.
    Done(Option<StatementResult>),
    Failed(String),
}

/// The steps in order, each runnable once the one before it is done.
pub fn steps_view(
    steps: Vec<Step>,
    states: RwSignal<Vec<StepState>>,
    run_step: impl Fn(usize, Step) + Copy + 'static,
    flat_rows: u64,
) -> impl IntoView {
    let last = steps.len().saturating_sub(1);
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let state = move || states.with(|s| s.get(i).cloned().unwrap_or(StepState::Waiting));
            let ready =
                move || i == 0 || matches!(states.with(|s| s.get(i - 1).cloned()), Some(StepState::Done(_)));
            let outcome = move || match state() {
                StepState::Waiting | StepState::Running => ().into_any(),
                StepState::Failed(message) => view! {
                    <p class="error" role="alert">
                        {message}
                    </p>
                }
                .into_any(),
                StepState::Done(None) => view! { <p class="plan-note">"Done."</p> }.into_any(),
                StepState::Done(Some(result)) if i == last => verdict(&result).into_any(),
                StepState::Done(Some(result)) => preview(&result, flat_rows).into_any(),
            };
            let run = {
                let step = step.clone();
                move || run_step(i, step.clone())
            };
            step_item(i, step, state, ready, run, outcome)
        })
        .collect_view();
    view! { <ol class="lab-steps">{items}</ol> }
}

/// Step `i`: its title, Run button, explanation and SQL, and then its `outcome`.
fn step_item(
    i: usize,
    step: Step,
    state: impl Fn() -> StepState + Copy + Send + 'static,
    ready: impl Fn() -> bool + Send + 'static,
    run: impl Fn() + 'static,
    outcome: impl IntoView + 'static,
) -> impl IntoView {
    let idle = move || matches!(state(), StepState::Waiting | StepState::Failed(_));
    let done = move || matches!(state(), StepState::Done(_));
    view! {
        <li class="lab-step" class:done=done>
            <div class="lab-step-head">
                <strong>{format!("{}. {}", i + 1, step.title)}</strong>
                <button class="run" on:click=move |_| run() disabled=move || !ready() || !idle()>
                    {move || if done() { "✓ Done" } else { "▶ Run step" }}
                </button>
            </div>
            <p class="lab-explanation">{step.explanation}</p>
            <pre class="anomaly-sql">
                <code>{step.sql}</code>
            </pre>
            {outcome}
        </li>
    }
}

/// A new table's first rows, and how many rows the flat table's collapsed into.
fn preview(result: &StatementResult, flat_rows: u64) -> impl IntoView + use<> {
    let caption = format!(
        "{} of the flat table became {}: repeated values collapsed into one row each.",
        count(flat_rows, "row"),
        count(result.total_rows, "row")
    );
    let header =
        result.columns.iter().map(|c| view! { <th scope="col">{c.name.clone()}</th> }).collect_view();
    let body = result
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|row| view! { <tr>{row.iter().map(|v| view! { <td>{v.display()}</td> }).collect_view()}</tr> })
        .collect_view();
    view! {
        <p class="plan-note lab-collapse">{caption}</p>
        {lab_table(header, body)}
    }
}

/// The lossless check's two counts, read out.
fn verdict(result: &StatementResult) -> impl IntoView + use<> {
    let counts: Vec<i64> = result
        .rows
        .first()
        .map(|row| {
            row.iter().filter_map(|v| if let Value::Integer(n) = v { Some(*n) } else { None }).collect()
        })
        .unwrap_or_default();
    let lossless = counts.len() == 2 && counts.iter().all(|n| *n == 0);
    let text = match counts.as_slice() {
        [made_up, missed] if lossless => {
            format!(
                "Lossless: the join makes up {made_up} rows and misses {missed}. \
                 Nothing was lost or invented."
            )
        }
        [made_up, missed] => format!("Not lossless: the join makes up {made_up} rows and misses {missed}."),
        _ => "The check gave no counts.".to_owned(),
    };
    view! {
        <p class="lab-verdict" class:ok=lossless role="status">
            {text}
        </p>
    }
}
