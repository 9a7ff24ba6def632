//! The CSV review step: the inferred table (name, columns, types, first rows), editable before
//! anything is imported; then a progress bar while rows go in.

use leptos::prelude::*;

use super::workspace::{ImportState, Workspace};
use crate::core::csv_import::{ColumnType, CsvPreview, ImportPlan};
use crate::core::format::{count, thousands};

#[component]
pub fn ImportDialog() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    move || match workspace.import.get() {
        ImportState::Idle => ().into_any(),
        ImportState::Importing { table, done, total } => importing(&table, done, total).into_any(),
        ImportState::Reviewing { preview, plan, problem } => {
            review(workspace, &preview, &plan, problem).into_any()
        }
    }
}

/// The progress bar while rows go in.
fn importing(table: &str, done: u64, total: u64) -> impl IntoView + use<> {
    view! {
        <div class="modal-backdrop">
            <div class="modal" role="dialog" aria-modal="true" aria-labelledby="import-title">
                <h2 id="import-title">{format!("Importing into {table}…")}</h2>
                <progress max=total.max(1) value=done></progress>
                <p class="progress-text">{format!("{} of {}", thousands(done), count(total, "row"))}</p>
            </div>
        </div>
    }
}

/// The inferred table, editable, with the file's first rows under it.
fn review(
    workspace: Workspace,
    preview: &CsvPreview,
    plan: &ImportPlan,
    problem: Option<String>,
) -> impl IntoView + use<> {
    let rows = preview.row_count;
    let shown = thousands(preview.sample.len() as u64);
    let columns = plan
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let header = preview.columns.get(i).map(|c| c.header.clone()).unwrap_or_default();
            let inferred = preview.columns.get(i).map(|c| c.inferred);
            column_row(workspace, i, column.name.clone(), column.column_type, header, inferred)
        })
        .collect_view();
    let head = plan.columns.iter().map(|c| view! { <th scope="col">{c.name.clone()}</th> }).collect_view();
    view! {
        <div class="modal-backdrop">
            <div class="modal wide" role="dialog" aria-modal="true" aria-labelledby="import-title">
                <h2 id="import-title">"Import CSV as a table"</h2>
                <p class="summary">{summary(preview)}</p>
                <label class="field">
                    <span>"Table name"</span>
                    <input
                        type="text"
                        aria-label="Table name"
                        prop:value=plan.table.clone()
                        on:input=move |ev| edit_plan(workspace, |plan| plan.table = event_target_value(&ev))
                    />
                </label>
                <table class="columns-plan">
                    <thead>
                        <tr>
                            <th scope="col">"Column"</th>
                            <th scope="col">"Type"</th>
                            <th scope="col">"From header"</th>
                        </tr>
                    </thead>
                    <tbody>{columns}</tbody>
                </table>
                <h3>{format!("First {shown} of {}", count(rows, "row"))}</h3>
                <div class="table-scroll preview result">
                    <table>
                        <thead>
                            <tr>{head}</tr>
                        </thead>
                        <tbody>{sample_rows(preview)}</tbody>
                    </table>
                </div>
                {problem
                    .map(|p| {
                        view! {
                            <p class="problem" role="alert">
                                {p}
                            </p>
                        }
                    })}
                <div class="modal-actions">
                    <button on:click=move |_| workspace.cancel_import()>"Cancel"</button>
                    <button class="primary" on:click=move |_| start_import(workspace)>
                        {format!("Import {}", count(rows, "row"))}
                    </button>
                </div>
            </div>
        </div>
    }
}

/// What was found in the file: rows, columns and the separator.
fn summary(preview: &CsvPreview) -> String {
    let delimiter = match preview.delimiter {
        b';' => "semicolons",
        b'\t' => "tabs",
        _ => "commas",
    };
    format!(
        "{} · {} columns · fields separated by {delimiter}",
        count(preview.row_count, "row"),
        preview.columns.len()
    )
}

/// The file's first rows as they would go in: an empty field becomes NULL.
fn sample_rows(preview: &CsvPreview) -> impl IntoView + use<> {
    preview
        .sample
        .iter()
        .map(|row| {
            let cells = row
                .iter()
                .map(|v| {
                    if v.is_empty() {
                        view! { <td class="null">"NULL"</td> }.into_any()
                    } else {
                        view! { <td>{v.clone()}</td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view()
}

/// One editable line of the plan: the column's name and type.
fn column_row(
    workspace: Workspace,
    index: usize,
    name: String,
    chosen: ColumnType,
    header: String,
    inferred: Option<ColumnType>,
) -> impl IntoView {
    let options = ColumnType::ALL
        .iter()
        .map(|t| {
            let note = if Some(*t) == inferred { " (inferred)" } else { "" };
            view! {
                <option value=t.label() selected=*t == chosen>
                    {format!("{}{note}", t.label())}
                </option>
            }
        })
        .collect_view();
    let label = format!("Type of column {name}");
    view! {
        <tr>
            <td>
                <input
                    type="text"
                    aria-label=format!("Name of column {}", index + 1)
                    prop:value=name
                    on:input=move |ev| {
                        edit_plan(workspace, |plan| plan.columns[index].name = event_target_value(&ev))
                    }
                />
            </td>
            <td>
                <select
                    aria-label=label
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(t) = ColumnType::ALL.iter().find(|t| t.label() == value) {
                            edit_plan(workspace, |plan| plan.columns[index].column_type = *t);
                        }
                    }
                >
                    {options}
                </select>
            </td>
            <td class="header-text">{header}</td>
        </tr>
    }
}

/// Changes the plan under review without re-rendering the dialog (the inputs keep focus).
fn edit_plan(workspace: Workspace, change: impl FnOnce(&mut ImportPlan)) {
    workspace.import.update_untracked(|state| {
        if let ImportState::Reviewing { plan, .. } = state {
            change(plan);
        }
    });
}

fn start_import(workspace: Workspace) {
    if let ImportState::Reviewing { plan, .. } = workspace.import.get_untracked() {
        workspace.import_csv(plan);
    }
}
