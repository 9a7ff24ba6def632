//! An exercise: the prompt, an editor starting from the starter text, Run (on the live
//! database), Check (against the reference, on the starting state and perturbed copies),
//! hints one at a time, the reference on request, and Reset.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::cell::{RunState, output_view, run_script, underline_errors};
use super::engine::UNEXPECTED;
use super::markdown_view::inline;
use super::progress::Progress;
use super::sql_editor::{EditorKey, SqlEditor, SqlEditorHandle};
use super::workspace::Workspace;
use crate::core::lesson::Exercise;
use crate::core::outcome::Verdict;
use crate::worker::{Request, Response};

#[derive(Clone, PartialEq)]
enum CheckState {
    Unchecked,
    Checking,
    Done(Verdict),
    Failed(String),
}

#[component]
pub fn ExerciseView(
    /// The exercise as the lesson defines it.
    exercise: Exercise,
    /// Its number within the lesson, from 1.
    number: usize,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let progress = expect_context::<Progress>();
    let editor = SqlEditorHandle::new();
    let run_state = RwSignal::new(RunState::Idle);
    let check_state = RwSignal::new(CheckState::Unchecked);
    let hints_shown = RwSignal::new(0usize);
    let solution_shown = RwSignal::new(false);
    let Exercise { id, prompt, hints, starter, setup, solution } = exercise;
    let hint_count = hints.len();
    let id_key = StoredValue::new(id.clone());
    let solved = move || id_key.with_value(|id| progress.is_solved(id));
    let ready = move || workspace.engine.is_ready();

    let run = move || {
        if ready() && !matches!(run_state.get_untracked(), RunState::Running) {
            run_script(workspace, editor.text(), run_state);
        }
    };
    underline_errors(editor, run_state, StoredValue::new(0));
    let check = {
        let (id, setup, solution) = (id.clone(), setup.clone(), solution.clone());
        move || {
            let request = Request::CheckExercise {
                setup: setup.clone(),
                learner: editor.text(),
                reference: solution.clone(),
            };
            let id = id.clone();
            check_state.set(CheckState::Checking);
            spawn_local(async move {
                let state = match workspace.engine.request(request).await {
                    Response::Checked(verdict) => {
                        if verdict.passed {
                            progress.mark_solved(&id);
                        }
                        CheckState::Done(verdict)
                    }
                    Response::Failed { message } => CheckState::Failed(message),
                    _ => CheckState::Failed(UNEXPECTED.to_owned()),
                };
                check_state.set(state);
            });
        }
    };
    let reset = {
        let starter = starter.clone();
        move |_| {
            editor.set_text(&starter);
            run_state.set(RunState::Idle);
            check_state.set(CheckState::Unchecked);
            spawn_local(async move {
                if let Response::Failed { message } = workspace.engine.request(Request::ResetToBaseline).await
                {
                    workspace.complain(message);
                } else {
                    workspace.refresh_schema();
                }
            });
        }
    };
    let on_key = {
        let check = check.clone();
        move |key: EditorKey| match key {
            EditorKey::Run => {
                run();
                true
            }
            EditorKey::Check => {
                check();
                true
            }
            EditorKey::RunNext => false,
        }
    };
    let locate = Callback::new(move |(start, end): (u32, u32)| editor.select(start, end));
    let shown_hints =
        move || hints.iter().take(hints_shown.get()).map(|h| view! { <li>{inline(h)}</li> }).collect_view();

    view! {
        <section class="exercise" class:solved=solved aria-label=format!("Exercise {number}")>
            <header class="exercise-head">
                <span class="exercise-label">{format!("Exercise {number}")}</span>
                {move || solved().then(|| view! { <span class="solved-badge">"✓ Solved"</span> })}
            </header>
            <p class="prompt">{inline(&prompt)}</p>
            <SqlEditor
                handle=editor
                initial=starter
                label=format!("Your answer to exercise {number}")
                placeholder="Write your SQL here. Ctrl+Enter runs it; Ctrl+Shift+Enter checks it."
                on_key=Box::new(on_key)
            />
            <div class="exercise-actions">
                <button class="run" on:click=move |_| run() disabled=move || !ready()>"▶ Run"</button>
                <button class="primary check" on:click={
                    let check = check.clone();
                    move |_| check()
                } disabled=move || !ready() || check_state.get() == CheckState::Checking>
                    "Check answer"
                </button>
                <button
                    class="hint"
                    on:click=move |_| hints_shown.update(|n| *n = (*n + 1).min(hint_count))
                    disabled=move || { hints_shown.get() >= hint_count }
                >
                    {move || if hints_shown.get() == 0 { "Hint".to_owned() } else { format!("Hint {} of {hint_count}", hints_shown.get()) }}
                </button>
                <button class="show-solution" on:click=move |_| solution_shown.update(|s| *s = !*s)>
                    {move || if solution_shown.get() { "Hide solution" } else { "Show solution" }}
                </button>
                <button class="reset" on:click=reset title="Put the starter text back and the data in its starting state">
                    "Reset"
                </button>
            </div>
            <ol class="hints">{shown_hints}</ol>
            {move || solution_shown.get().then(|| view! { <pre class="solution"><code>{solution.clone()}</code></pre> })}
            {move || verdict_view(check_state.get())}
            <div class="output" aria-live="polite">{move || output_view(run_state.get(), locate)}</div>
        </section>
    }
}

fn verdict_view(state: CheckState) -> AnyView {
    match state {
        CheckState::Unchecked => ().into_any(),
        CheckState::Checking => {
            view! { <p class="verdict checking" role="status">"Checking…"</p> }.into_any()
        }
        CheckState::Failed(message) => {
            view! { <p class="verdict wrong" role="alert">{message}</p> }.into_any()
        }
        CheckState::Done(Verdict { passed, summary, details }) => view! {
            <div class="verdict" class:right=passed class:wrong=!passed role="status">
                <p>{summary}</p>
                <ul>{details.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            </div>
        }
        .into_any(),
    }
}
