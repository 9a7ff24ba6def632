//! The normalization lab: a flat table taken apart step by step. It shows the functional
//! dependencies found in the data, proposes tables (whose names the learner can change),
//! and runs the SQL one step at a time: the flat table's columns tinted by the table they move
//! to, each new table with how many flat rows collapsed into its rows, the diagram growing,
//! and finally the lossless check.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::erd_view::ErdView;
use super::workspace::Workspace;
use crate::core::format::count;
use crate::core::normalize::{Decomposition, Discovery, Step, generate_sql};
use crate::core::script::quote_identifier;
use crate::core::{ScriptOutcome, StatementResult, Value};
use crate::worker::{Normalization, ProposeNormalization};

/// Rows of the flat table and of each new table shown.
const PREVIEW_ROWS: usize = 12;

#[derive(Clone)]
enum StepState {
    Waiting,
    Running,
    /// The step ran; for a table-building step, a preview of the new table.
    Done(Option<StatementResult>),
    Failed(String),
}

#[component]
pub fn NormalizeLab(
    /// The flat table to take apart.
    table: String,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let proposal = RwSignal::new(None::<Result<(Discovery, Decomposition), String>>);
    let flat = RwSignal::new(None::<StatementResult>);
    let states = RwSignal::new(Vec::<StepState>::new());
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
                let preview = format!("SELECT * FROM {} LIMIT {PREVIEW_ROWS};", quote_identifier(&table));
                if let Ok(outcome) = workspace.engine.run_script(preview).await {
                    flat.set(outcome.results.into_iter().next());
                }
            });
        });
    }
    let decomposition = Memo::new(move |_| {
        proposal.with(|p| p.as_ref().and_then(|r| r.as_ref().ok()).map(|(_, d)| d.clone()))
    });
    let steps = Memo::new(move |_| decomposition.get().map(|d| generate_sql(&d)));
    // A new plan (a table renamed) starts the steps over.
    Effect::new(move || {
        let count = steps.with(|s| s.as_ref().and_then(|r| r.as_ref().ok()).map_or(0, Vec::len));
        states.set(vec![StepState::Waiting; count]);
    });
    let rename = move |from: String, to: String| {
        proposal.update(|p| {
            if let Some(Ok((_, d))) = p {
                d.rename_table(&from, &to);
            }
        });
    };

    let run_step = move |index: usize, step: Step, new_table: Option<String>| {
        states.update(|s| s[index] = StepState::Running);
        spawn_local(async move {
            let next = match workspace.engine.run_script(step.sql).await {
                Ok(ScriptOutcome { error: Some(error), .. }) => StepState::Failed(error.message),
                Ok(outcome) => {
                    workspace.refresh_schema();
                    let preview = match new_table {
                        Some(table) => {
                            let sql = format!("SELECT * FROM {};", quote_identifier(&table));
                            workspace
                                .engine
                                .run_script(sql)
                                .await
                                .ok()
                                .and_then(|o| o.results.into_iter().next())
                        }
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
    };

    let body = move || {
        let Some(result) = proposal.get() else {
            return view! { <p class="plan-note">"Looking for dependencies in the data…"</p> }.into_any();
        };
        let (discovery, _) = match result {
            Ok(found) => found,
            Err(message) => return view! { <p class="error" role="alert">{message}</p> }.into_any(),
        };
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
                Some(Err(message)) => view! { <p class="lineage-declined" role="status">{message}</p> }.into_any(),
                Some(Ok(list)) => steps_view(list, decomposition.get(), states, run_step, discovery.row_count).into_any(),
            }}
            <ErdView/>
        }
        .into_any()
    };
    view! {
        <section class="normalize-lab" aria-label=format!("Normalization lab: {table}")>
            {body}
        </section>
    }
}

fn findings(discovery: &Discovery) -> impl IntoView + use<> {
    let dependencies = discovery
        .dependencies
        .iter()
        .map(|d| view! { <li><code>{d.determinant.clone()}</code>" → "<code>{d.dependents.join(", ")}</code></li> })
        .collect_view();
    let keys = discovery.keys.iter().map(|k| k.join(" + ")).collect::<Vec<_>>().join("; ");
    view! {
        <h4>"What the data says"</h4>
        <p class="plan-note">
            {format!("{} rows. A → B means: rows that share A always share B.", discovery.row_count)}
            {(!keys.is_empty()).then(|| format!(" Each row is identified by {keys}."))}
        </p>
        <ul class="dependencies">{dependencies}</ul>
    }
}

/// The colour class of the table a column goes to.
fn destination(d: &Decomposition, column: &str) -> Option<usize> {
    d.tables.iter().position(|t| t.columns.iter().any(|c| c == column))
}

fn tables_view<R: Fn(String, String) + Copy + 'static>(
    d: &Decomposition,
    rename: R,
) -> impl IntoView + use<R> {
    let entities = d
        .tables
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let name = t.name.clone();
            let keys = t.key_columns.join(", ");
            let refs = (!t.references.is_empty()).then(|| format!("refers to {}", t.references.join(", ")));
            view! {
                <li class=format!("proposed dest-{}", i % 6)>
                    <input
                        aria-label=format!("Name of the table for {keys}")
                        prop:value=name.clone()
                        on:change=move |ev| rename(name.clone(), event_target_value(&ev))
                    />
                    <span class="proposed-columns">{t.columns.join(", ")}</span>
                    <span class="plan-note">{format!("identified by {keys}")}{refs.map(|r| format!("; {r}"))}</span>
                </li>
            }
        })
        .collect_view();
    let link = d.link_table.name.clone();
    view! {
        <ul class="proposed-tables">
            {entities}
            <li class="proposed link">
                <input
                    aria-label="Name of the link table"
                    prop:value=link.clone()
                    on:change=move |ev| rename(link.clone(), event_target_value(&ev))
                />
                <span class="proposed-columns">{d.link_table.columns.join(", ")}</span>
                <span class="plan-note">"links the rows together"</span>
            </li>
        </ul>
    }
}

fn flat_view(rows: &StatementResult, d: &Decomposition) -> impl IntoView + use<> {
    let classes: Vec<String> = rows
        .columns
        .iter()
        .map(|c| destination(d, &c.name).map_or("dest-link".to_owned(), |i| format!("dest-{}", i % 6)))
        .collect();
    let header = rows
        .columns
        .iter()
        .zip(&classes)
        .map(|(c, class)| view! { <th scope="col" class=class.clone()>{c.name.clone()}</th> })
        .collect_view();
    let body = rows
        .rows
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .zip(&classes)
                .map(|(v, class)| view! { <td class=class.clone()>{v.display()}</td> });
            view! { <tr>{cells.collect_view()}</tr> }
        })
        .collect_view();
    lab_table(header, body)
}

/// A small table of the lab: a header row and body rows.
fn lab_table(header: impl IntoView, body: impl IntoView) -> impl IntoView {
    view! {
        <div class="table-scroll lab-table">
            <table>
                <thead><tr>{header}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

fn steps_view(
    steps: Vec<Step>,
    d: Option<Decomposition>,
    states: RwSignal<Vec<StepState>>,
    run_step: impl Fn(usize, Step, Option<String>) + Copy + 'static,
    flat_rows: u64,
) -> impl IntoView {
    // The table each step builds, in order: the entities, then the link table; the check last.
    let built: Vec<Option<String>> = d
        .map(|d| {
            let mut names: Vec<Option<String>> = Vec::new();
            for step in &steps {
                let name = d
                    .tables
                    .iter()
                    .map(|t| t.name.clone())
                    .chain(std::iter::once(d.link_table.name.clone()))
                    .find(|name| step.sql.contains(&format!("CREATE TABLE {}", quote_identifier(name))));
                names.push(name);
            }
            names
        })
        .unwrap_or_default();
    let last = steps.len().saturating_sub(1);
    let items = steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            let table = built.get(i).cloned().flatten();
            let state = move || states.with(|s| s.get(i).cloned().unwrap_or(StepState::Waiting));
            let ready = move || i == 0 || matches!(states.with(|s| s.get(i - 1).cloned()), Some(StepState::Done(_)));
            let step_for_run = step.clone();
            let table_for_run = table.clone();
            let run = move |_| run_step(i, step_for_run.clone(), table_for_run.clone());
            let outcome = move || match state() {
                StepState::Waiting | StepState::Running => ().into_any(),
                StepState::Failed(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
                StepState::Done(None) => view! { <p class="plan-note">"Done."</p> }.into_any(),
                StepState::Done(Some(result)) if i == last => verdict(&result).into_any(),
                StepState::Done(Some(result)) => preview(&result, flat_rows).into_any(),
            };
            view! {
                <li class="lab-step" class:done=move || matches!(state(), StepState::Done(_))>
                    <div class="lab-step-head">
                        <strong>{format!("{}. {}", i + 1, step.title)}</strong>
                        <button
                            class="run"
                            on:click=run
                            disabled=move || !ready() || !matches!(state(), StepState::Waiting | StepState::Failed(_))
                        >
                            {move || if matches!(state(), StepState::Done(_)) { "✓ Done" } else { "▶ Run step" }}
                        </button>
                    </div>
                    <p class="lab-explanation">{step.explanation.clone()}</p>
                    <pre class="anomaly-sql"><code>{step.sql.clone()}</code></pre>
                    {outcome}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="lab-steps">{items}</ol> }
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
                "Lossless: the join makes up {made_up} rows and misses {missed}. Nothing was lost or invented."
            )
        }
        [made_up, missed] => format!("Not lossless: the join makes up {made_up} rows and misses {missed}."),
        _ => "The check gave no counts.".to_owned(),
    };
    view! { <p class="lab-verdict" class:ok=lossless role="status">{text}</p> }
}
