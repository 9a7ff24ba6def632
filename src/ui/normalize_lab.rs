//! The normalization lab: a flat table taken apart step by step. It shows the functional
//! dependencies found in the data, proposes tables (whose names the learner can change),
//! and runs the SQL one step at a time: the flat table's columns tinted by the table they move
//! to, each new table with how many flat rows collapsed into its rows, the diagram growing,
//! and finally the lossless check.

mod proposal;
mod steps;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::erd_view::ErdView;
use super::workspace::Workspace;
use crate::core::normalize::{Decomposition, Discovery, Step, generate_sql};
use crate::core::queries::select_all;
use crate::core::{ScriptOutcome, StatementResult};
use crate::worker::{Normalization, ProposeNormalization};
use proposal::{findings, flat_view, tables_view};
use steps::{StepState, steps_view};

/// Rows of the flat table and of each new table shown.
const PREVIEW_ROWS: usize = 12;

#[component]
pub fn NormalizeLab(
    /// The flat table to take apart.
    table: String,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let proposal = RwSignal::new(None::<Result<(Discovery, Decomposition), String>>);
    let flat = RwSignal::new(None::<StatementResult>);
    // Ask the worker once the table is there: a lesson's data may still be loading.
    let requested = StoredValue::new(false);
    {
        let table = table.clone();
        Effect::new(move || {
            let present = workspace.schema.with(|s| s.as_ref().is_some_and(|s| s.table(&table).is_some()));
            if !present || requested.get_value() {
                return;
            }
            requested.set_value(true);
            let table = table.clone();
            spawn_local(async move {
                let result = workspace
                    .engine
                    .ask(ProposeNormalization { table: table.clone() })
                    .await
                    .map(|Normalization { discovery, decomposition }| (discovery, decomposition));
                proposal.set(Some(result));
                let preview = select_all(&table, Some(PREVIEW_ROWS));
                if let Ok(outcome) = workspace.engine.run_script(preview).await {
                    flat.set(outcome.results.into_iter().next());
                }
            });
        });
    }
    let lab = Lab::new(workspace, proposal, flat);
    view! {
        <section class="normalize-lab" aria-label=format!("Normalization lab: {table}")>
            {move || lab.body()}
        </section>
    }
}

/// The lab's state once the worker has answered: the proposal (as renamed), the flat table's
/// first rows, the steps that build the new tables, and how far each step has got.
#[derive(Clone, Copy)]
struct Lab {
    workspace: Workspace,
    proposal: RwSignal<Option<Result<(Discovery, Decomposition), String>>>,
    flat: RwSignal<Option<StatementResult>>,
    decomposition: Memo<Option<Decomposition>>,
    steps: Memo<Option<Result<Vec<Step>, String>>>,
    states: RwSignal<Vec<StepState>>,
}

impl Lab {
    fn new(
        workspace: Workspace,
        proposal: RwSignal<Option<Result<(Discovery, Decomposition), String>>>,
        flat: RwSignal<Option<StatementResult>>,
    ) -> Self {
        let states = RwSignal::new(Vec::<StepState>::new());
        let decomposition = Memo::new(move |_| {
            proposal.with(|p| p.as_ref().and_then(|r| r.as_ref().ok()).map(|(_, d)| d.clone()))
        });
        let steps = Memo::new(move |_| decomposition.get().map(|d| generate_sql(&d)));
        // A new plan (a table renamed) starts the steps over.
        Effect::new(move || {
            let count = steps.with(|s| s.as_ref().and_then(|r| r.as_ref().ok()).map_or(0, Vec::len));
            states.set(vec![StepState::Waiting; count]);
        });
        Self { workspace, proposal, flat, decomposition, steps, states }
    }

    fn rename(self, from: String, to: String) {
        self.proposal.update(|p| {
            if let Some(Ok((_, d))) = p {
                d.rename_table(&from, &to);
            }
        });
    }

    /// Runs step `index`; a step that builds a table shows its rows once done.
    fn run_step(self, index: usize, step: Step) {
        let Lab { workspace, states, .. } = self;
        states.update(|s| s[index] = StepState::Running);
        spawn_local(async move {
            let Step { sql, builds, .. } = step;
            let next = match workspace.engine.run_script(sql).await {
                Ok(ScriptOutcome { error: Some(error), .. }) => StepState::Failed(error.message),
                Ok(outcome) => {
                    workspace.refresh_schema();
                    let preview = match builds {
                        Some(table) => workspace
                            .engine
                            .run_script(select_all(&table, None))
                            .await
                            .ok()
                            .and_then(|o| o.results.into_iter().next()),
                        // The check: its one row of two counts.
                        None => outcome.results.into_iter().last(),
                    };
                    StepState::Done(preview)
                }
                Err(message) => StepState::Failed(message),
            };
            states.update(|s| {
                if let Some(slot) = s.get_mut(index) {
                    *slot = next;
                }
            });
        });
    }

    /// What the lab shows: waiting for the worker, its refusal, or the proposal and its steps.
    fn body(self) -> AnyView {
        let Some(result) = self.proposal.get() else {
            return view! { <p class="plan-note">"Looking for dependencies in the data…"</p> }.into_any();
        };
        let (discovery, _) = match result {
            Ok(found) => found,
            Err(message) => {
                return view! {
                    <p class="error" role="alert">
                        {message}
                    </p>
                }
                .into_any();
            }
        };
        let Lab { decomposition, flat, steps, states, .. } = self;
        let rename = move |from, to| self.rename(from, to);
        let run_step = move |index, step| self.run_step(index, step);
        let flat_rows = discovery.row_count;
        view! {
            {findings(&discovery)}
            <h4>"Proposed tables"</h4>
            <p class="plan-note">"Rename a table to taste; the SQL below follows."</p>
            {move || decomposition.get().map(|d| tables_view(&d, rename))}
            <h4>"The flat table, coloured by where each column goes"</h4>
            {move || flat.get().zip(decomposition.get()).map(|(rows, d)| flat_view(&rows, &d))}
            <h4>"Steps"</h4>
            {move || match steps.get() {
                None => ().into_any(),
                Some(Err(message)) => {
                    view! {
                        <p class="lineage-declined" role="status">
                            {message}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(list)) => steps_view(list, states, run_step, flat_rows).into_any(),
            }}
            <ErdView />
        }
        .into_any()
    }
}

/// A small table of the lab: a header row and body rows.
fn lab_table(header: impl IntoView, body: impl IntoView) -> impl IntoView {
    view! {
        <div class="table-scroll lab-table">
            <table>
                <thead>
                    <tr>{header}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
