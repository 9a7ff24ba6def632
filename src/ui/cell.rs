//! One notebook cell: a SQL editor, its Run and Delete buttons, and what the last run produced.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::cell_controls::{CellControls, cell_number};
use super::engine::{Engine, STOPPED};
use super::error_view::ScriptErrorView;
use super::result_table::StatementResultView;
use super::sql_editor::{EditorKey, SqlEditor, SqlEditorHandle};
use super::workspace::Workspace;
use crate::core::format::duration_ms;
use crate::core::{CellId, ScriptOutcome};

/// What a cell shows under its editor.
#[derive(Clone)]
pub enum RunState {
    Idle,
    Running,
    /// The script as it was run, kept so an error position points into the text that ran.
    Finished {
        script: String,
        outcome: ScriptOutcome,
    },
    /// The worker could not run the script at all.
    Unavailable(String),
}

/// A cell of the notebook in context.
#[component]
pub fn CellView(
    /// Which cell of the notebook this is.
    id: CellId,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let engine = workspace.engine;
    let notebook = workspace.notebook;
    let initial = notebook.with_untracked(|nb| nb.get(id).map(|c| c.source.clone()).unwrap_or_default());
    let state = RwSignal::new(RunState::Idle);
    let editor = SqlEditorHandle::new();

    let number = cell_number(workspace, id);
    let running = move || matches!(state.get(), RunState::Running);

    // Where the text that ran starts in the editor (a selection runs alone), so that an
    // error's position can be shown in the editor.
    let run_from = StoredValue::new(0u32);
    let run = move || {
        if running() || !engine.is_ready() {
            return;
        }
        let (script, from) = editor.selected_or_all();
        run_from.set_value(from);
        run_script(workspace, script, state);
    };
    underline_errors(editor, state, run_from);

    let on_change = move |source: String| {
        notebook.update(|nb| {
            nb.set_source(id, source);
        });
    };
    let on_key = cell_keys(workspace, id, run);
    let locate = Callback::new(move |(start, end): (u32, u32)| {
        let from = run_from.get_value();
        editor.select(start + from, end + from);
    });

    view! {
        <li class="cell" class:running=running data-cell-id=id>
            <div class="cell-head">
                <span class="cell-number">{move || format!("[{}]", number.get())}</span>
                <div class="cell-actions">
                    {move || run_or_stop(engine, running(), run)} <CellControls id=id number=number />
                </div>
            </div>
            <SqlEditor
                handle=editor
                initial=initial
                label=Signal::derive(move || format!("SQL cell {}", number.get()))
                placeholder="Write SQL here, then press Ctrl+Enter (Shift+Enter runs and moves on)"
                on_key=Box::new(on_key)
                on_change=Box::new(on_change)
            />
            <div class="output" aria-live="polite">
                {move || output_view(state.get(), locate)}
            </div>
        </li>
    }
}

/// Run, or Stop while the cell runs.
fn run_or_stop(engine: Engine, running: bool, run: impl Fn() + Copy + Send + 'static) -> AnyView {
    if running {
        view! {
            <button class="stop" on:click=move |_| engine.stop() title="Stop (Esc)">
                "■ Stop"
            </button>
        }
        .into_any()
    } else {
        view! {
            <button
                class="run"
                on:click=move |_| run()
                disabled=move || !engine.is_ready()
                title="Run (Ctrl+Enter)"
            >
                "▶ Run"
            </button>
        }
        .into_any()
    }
}

/// What the editor's keys do in cell `id`: `run` it, and with Shift+Enter move on to the next
/// cell (a new one after the last).
fn cell_keys(workspace: Workspace, id: CellId, run: impl Fn() + 'static) -> impl Fn(EditorKey) -> bool {
    let notebook = workspace.notebook;
    move |key| match key {
        EditorKey::Run => {
            run();
            true
        }
        EditorKey::RunNext => {
            run();
            let next = notebook.with_untracked(|nb| nb.next_after(id));
            let next = next.unwrap_or_else(|| {
                let mut added = 0;
                notebook.update(|nb| added = nb.push(""));
                added
            });
            request_animation_frame(move || focus_cell(next));
            true
        }
        EditorKey::Check => false,
    }
}

/// Runs `script` on the live database and shows the outcome in `state`; the schema browser
/// refreshes when the script changed the schema.
pub fn run_script(workspace: Workspace, script: String, state: RwSignal<RunState>) {
    state.set(RunState::Running);
    spawn_local(async move {
        let finished = match workspace.engine.run_script(script.clone()).await {
            Ok(outcome) => {
                if outcome.schema_changed {
                    workspace.refresh_schema();
                }
                RunState::Finished { script, outcome }
            }
            Err(message) => RunState::Unavailable(message),
        };
        state.set(finished);
    });
}

/// Underlines, in `editor`, where the last run stopped with an error; `run_from` is where the
/// text that ran starts in the editor (a selection runs alone).
pub fn underline_errors(editor: SqlEditorHandle, state: RwSignal<RunState>, run_from: StoredValue<u32>) {
    // CodeMirror is outside Leptos's reach: this effect keeps it in step with the run state.
    Effect::new(move || {
        state.with(|state| {
            if let RunState::Finished { script, outcome: ScriptOutcome { error: Some(error), .. } } = state {
                editor.mark_error(script, error, run_from.get_value());
            }
        })
    });
}

/// Puts the focus in the editor of cell `id`, if it is on the page.
fn focus_cell(id: CellId) {
    let selector = format!("li.cell[data-cell-id=\"{id}\"] .cm-content");
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

pub fn output_view(state: RunState, locate: Callback<(u32, u32)>) -> AnyView {
    match state {
        RunState::Idle => ().into_any(),
        RunState::Running => view! { <p class="running-note">"Running…"</p> }.into_any(),
        RunState::Unavailable(message) if message == STOPPED => view! {
            <p class="stopped" role="status">
                {message}
            </p>
        }
        .into_any(),
        RunState::Unavailable(message) => view! {
            <p class="error" role="alert">
                {message}
            </p>
        }
        .into_any(),
        RunState::Finished { script, outcome } => {
            let note = if outcome.results.is_empty() && outcome.error.is_none() {
                Some("Nothing to run: this cell holds no SQL statement.".to_owned())
            } else if outcome.results.len() > 1 && outcome.error.is_none() {
                Some(format!("{} statements · {}", outcome.results.len(), duration_ms(outcome.elapsed_ms())))
            } else {
                None
            };
            let note = note.map(|text| view! { <p class="run-summary">{text}</p> });
            let error = outcome
                .error
                .map(|error| view! { <ScriptErrorView script=script error=error on_locate=locate /> });
            let results = outcome
                .results
                .into_iter()
                .map(|result| view! { <StatementResultView result=result /> })
                .collect_view();
            view! {
                {results}
                {error}
                {note}
            }
            .into_any()
        }
    }
}
