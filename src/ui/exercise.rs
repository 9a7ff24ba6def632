//! An exercise: the prompt, an editor starting from the starter text, Run and Check (both on
//! the exercise's own sandbox: the lesson's starting state plus the exercise's setup, so Run
//! shows the data Check grades on and never touches the lesson's cells), hints one at a time,
//! the reference on request, and Reset (the starter text and a fresh sandbox).

use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::cell::{RunState, output_view, underline_errors};
use super::exercise_sandbox::ExerciseSandbox;
use super::markdown_view::inline;
use super::progress::Progress;
use super::sql_editor::{EditorKey, SqlEditor, SqlEditorHandle};
use super::verdict_view::VerdictView;
use super::workspace::Workspace;
use crate::core::lesson::Exercise;
use crate::core::outcome::Verdict;
use crate::worker::{CheckExercise, DEFAULT_ROW_LIMIT, ResetExercise, RunScript};

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
    let sandbox = StoredValue::new(ExerciseSandbox { exercise: id.clone(), setup: setup.clone() });
    let hint_count = hints.len();
    let id_key = StoredValue::new(id.clone());
    let solved = move || id_key.with_value(|id| progress.is_solved(id));
    let ready = move || workspace.engine.is_ready();

    let run = move || {
        if ready() && !matches!(run_state.get_untracked(), RunState::Running) {
            run_in_sandbox(workspace, sandbox.get_value(), editor.text(), run_state);
        }
    };
    underline_errors(editor, run_state, StoredValue::new(0));
    let check = {
        let (id, setup, solution, prompt) = (id.clone(), setup.clone(), solution.clone(), prompt.clone());
        move || {
            let learner = editor.text();
            let request = CheckExercise {
                setup: setup.clone(),
                learner: learner.clone(),
                reference: solution.clone(),
                prompt: prompt.clone(),
            };
            let id = id.clone();
            check_state.set(CheckState::Checking);
            spawn_local(async move {
                let state = match workspace.engine.ask(request).await {
                    Ok(verdict) => {
                        if verdict.passed {
                            progress.mark_solved(&id);
                        }
                        if let Some(error) = &verdict.error {
                            editor.mark_error(&learner, error, 0);
                        }
                        CheckState::Done(verdict)
                    }
                    Err(message) => CheckState::Failed(message),
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
            let exercise = sandbox.with_value(|s| s.exercise.clone());
            spawn_local(async move {
                if let Err(message) = workspace.engine.ask(ResetExercise { exercise }).await {
                    workspace.complain(message);
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
        <section class="exercise" class:solved=solved aria-label=format!("Exercise {number}") data-exercise=id_key.get_value()>
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
                <button class="reset" on:click=reset title="Put the starter text back and this exercise's data in its starting state">
                    "Reset"
                </button>
            </div>
            <ol class="hints">{shown_hints}</ol>
            {move || solution_shown.get().then(|| view! { <pre class="solution"><code>{solution.clone()}</code></pre> })}
            {move || verdict_view(check_state.get())}
            // What the output shows (a result's plan, trace and CSV) asks the same sandbox. A
            // component has no owner of its own, so the context gets one: the output's.
            <Provider value=sandbox.get_value()>
                <div class="output" aria-live="polite">{move || output_view(run_state.get(), locate)}</div>
            </Provider>
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
        CheckState::Done(verdict) => view! { <VerdictView verdict=verdict/> }.into_any(),
    }
}

/// Runs `script` in the exercise's sandbox and shows what it did, as a cell shows a run.
fn run_in_sandbox(workspace: Workspace, sandbox: ExerciseSandbox, script: String, state: RwSignal<RunState>) {
    state.set(RunState::Running);
    spawn_local(async move {
        let run = RunScript { sql: script.clone(), row_limit: DEFAULT_ROW_LIMIT };
        let finished = match ExerciseSandbox::ask(Some(sandbox), workspace.engine, run).await {
            Ok(outcome) => RunState::Finished { script, outcome },
            Err(message) => RunState::Unavailable(message),
        };
        state.set(finished);
    });
}
