//! An exercise: the prompt, an editor starting from the starter text, Run and Check (both on
//! the exercise's own sandbox: the lesson's starting state plus the exercise's setup, so Run
//! shows the data Check grades on and never touches the lesson's cells), hints one at a time,
//! the reference on request, and Reset (the starter text and a fresh sandbox).

use leptos::context::Provider;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::cell::{RunState, output_view, underline_errors};
use super::exercise_actions::{ExerciseActions, Help};
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
    let check_state = RwSignal::new(CheckState::Unchecked);
    let Exercise { id, prompt, hints, starter, setup, solution } = exercise;
    let sandbox = StoredValue::new(ExerciseSandbox { exercise: id.clone(), setup: setup.clone() });
    let state = RwSignal::new(RunState::Idle);
    let attempt = Attempt { workspace, editor, state, sandbox, starter: StoredValue::new(starter.clone()) };
    let help = Help::new(hints.len());
    let id_key = StoredValue::new(id.clone());
    let solved = move || id_key.with_value(|id| progress.is_solved(id));
    underline_errors(editor, attempt.state, StoredValue::new(0));
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
    let on_key = exercise_keys(move || attempt.run(), check.clone());
    view! {
        <section
            class="exercise"
            class:solved=solved
            aria-label=format!("Exercise {number}")
            data-exercise=id_key.get_value()
        >
            {exercise_head(number, solved)}
            <p class="prompt">{inline(&prompt)}</p>
            <SqlEditor
                handle=editor
                initial=starter
                label=format!("Your answer to exercise {number}")
                placeholder="Write your SQL here. Ctrl+Enter runs it; Ctrl+Shift+Enter checks it."
                on_key=Box::new(on_key)
            />
            <ExerciseActions
                run=Callback::new(move |()| attempt.run())
                check=Callback::new(move |()| check())
                reset=Callback::new(move |()| attempt.reset(check_state))
                checking=Signal::derive(move || check_state.get() == CheckState::Checking)
                help=help
            />
            {help.revealed(hints, solution)}
            {move || verdict_view(check_state.get())}
            {attempt.output()}
        </section>
    }
}

/// The exercise's number, and a badge once it is solved.
fn exercise_head(number: usize, solved: impl Fn() -> bool + Send + 'static) -> impl IntoView {
    view! {
        <header class="exercise-head">
            <span class="exercise-label">{format!("Exercise {number}")}</span>
            {move || solved().then(|| view! { <span class="solved-badge">"✓ Solved"</span> })}
        </header>
    }
}

/// What the editor's keys do in an exercise; Shift+Enter keeps its editing meaning (a new line).
fn exercise_keys(run: impl Fn() + 'static, check: impl Fn() + 'static) -> impl Fn(EditorKey) -> bool {
    move |key| match key {
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
}

/// The learner's attempt: the editor, what its last run showed, and the exercise's sandbox that
/// it runs in.
#[derive(Clone, Copy)]
struct Attempt {
    workspace: Workspace,
    editor: SqlEditorHandle,
    state: RwSignal<RunState>,
    sandbox: StoredValue<ExerciseSandbox>,
    /// The text the editor starts with, and goes back to on Reset.
    starter: StoredValue<String>,
}

impl Attempt {
    /// Runs the editor's text, unless a run is under way or the engine is not ready.
    fn run(self) {
        if self.workspace.engine.is_ready() && !matches!(self.state.get_untracked(), RunState::Running) {
            run_in_sandbox(self.workspace, self.sandbox.get_value(), self.editor.text(), self.state);
        }
    }

    /// Puts the starter text back, forgets the last run and check, and starts a fresh sandbox.
    fn reset(self, check_state: RwSignal<CheckState>) {
        let workspace = self.workspace;
        self.starter.with_value(|starter| self.editor.set_text(starter));
        self.state.set(RunState::Idle);
        check_state.set(CheckState::Unchecked);
        let exercise = self.sandbox.with_value(|s| s.exercise.clone());
        spawn_local(async move {
            if let Err(message) = workspace.engine.ask(ResetExercise { exercise }).await {
                workspace.complain(message);
            }
        });
    }

    /// What the last run showed. What it shows (a result's plan, trace and CSV) asks the same
    /// sandbox. A component has no owner of its own, so the context gets one: the output's.
    fn output(self) -> impl IntoView {
        let locate = Callback::new(move |(start, end): (u32, u32)| self.editor.select(start, end));
        view! {
            <Provider value=self.sandbox.get_value()>
                <div class="output" aria-live="polite">
                    {move || output_view(self.state.get(), locate)}
                </div>
            </Provider>
        }
    }
}

fn verdict_view(state: CheckState) -> AnyView {
    match state {
        CheckState::Unchecked => ().into_any(),
        CheckState::Checking => view! {
            <p class="verdict checking" role="status">
                "Checking…"
            </p>
        }
        .into_any(),
        CheckState::Failed(message) => view! {
            <p class="verdict wrong" role="alert">
                {message}
            </p>
        }
        .into_any(),
        CheckState::Done(verdict) => view! { <VerdictView verdict=verdict /> }.into_any(),
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
