//! Where a result's rows come from. A join: the result beside its source tables; pointing at a
//! result row lights up the rows that made it, a source row used by several result rows says
//! so (fan-out), and a LEFT JOIN row without a match shows its missing side. An aggregate:
//! each output row opens to the input rows it summarises.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::exercise_sandbox::ExerciseSandbox;
use super::workspace::Workspace;
use crate::core::Value;
use crate::core::format::count;
use crate::core::lineage::{GroupTrace, JoinTrace, SourceTable, Trace};
use crate::worker::TraceRows;

#[component]
pub fn LineageView(
    /// The SELECT whose rows to trace (the database worker has the parser worker rewrite it,
    /// and runs it again without changing anything).
    sql: String,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let state = RwSignal::new(None::<Result<Trace, String>>);
    let sandbox = ExerciseSandbox::here();
    spawn_local(async move {
        let traced = ExerciseSandbox::ask(sandbox, workspace.engine, TraceRows { sql }).await;
        state.set(Some(traced));
    });
    move || match state.get() {
        None => view! { <p class="plan-note">"Tracing the rows…"</p> }.into_any(),
        Some(Err(reason)) => view! {
            <p class="lineage-declined" role="status">
                {reason}
            </p>
        }
        .into_any(),
        Some(Ok(Trace::Join(join))) => view! { <JoinLineage trace=join /> }.into_any(),
        Some(Ok(Trace::Groups(groups))) => view! { <GroupLineage trace=groups /> }.into_any(),
    }
}

fn cell(value: &Value) -> impl IntoView + use<> {
    let class = if value.is_null() { "null" } else { "" };
    view! { <td class=class>{value.display()}</td> }
}

#[component]
fn JoinLineage(
    /// The traced join.
    trace: JoinTrace,
) -> impl IntoView {
    let JoinTrace { tables, columns, rows, truncated } = trace;
    let active = RwSignal::new(None::<usize>);
    let sources = StoredValue::new(rows.iter().map(|r| r.sources.clone()).collect::<Vec<_>>());
    let names: Vec<String> = tables.iter().map(|t| t.alias.clone()).collect();
    let result_rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let missing: Vec<String> = row
                .sources
                .iter()
                .zip(&names)
                .filter(|(source, _)| source.is_none())
                .map(|(_, name)| name.clone())
                .collect();
            let note = (!missing.is_empty()).then(|| format!("no match in {}", missing.join(", ")));
            let unmatched = note.is_some();
            let title = note.clone().unwrap_or_default();
            view! {
                <tr
                    class:active=move || active.get() == Some(i)
                    class:unmatched=unmatched
                    tabindex="0"
                    on:mouseenter=move |_| active.set(Some(i))
                    on:focus=move |_| active.set(Some(i))
                    title=title
                >
                    {row.values.iter().map(cell).collect_view()}
                    <td class="lineage-note">{note}</td>
                </tr>
            }
        })
        .collect_view();
    let header = columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view();
    let source_views = tables
        .into_iter()
        .enumerate()
        .map(|(t, table)| source_view(t, table, active, sources))
        .collect_view();
    let more =
        truncated.then(|| view! { <p class="plan-note">"Only the first 200 result rows are traced."</p> });
    view! {
        <section class="lineage" aria-label="Where the rows come from">
            <p class="plan-note">"Point at a result row to light up the source rows that made it."</p>
            <div class="lineage-result table-scroll" on:mouseleave=move |_| active.set(None)>
                <table>
                    <thead>
                        <tr>
                            {header}<th scope="col">
                                <span class="visually-hidden">"Note"</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{result_rows}</tbody>
                </table>
            </div>
            {more}
            <div class="lineage-sources">{source_views}</div>
        </section>
    }
}

/// One source table, its rows lit when the active result row came from them.
fn source_view(
    index: usize,
    table: SourceTable,
    active: RwSignal<Option<usize>>,
    sources: StoredValue<Vec<Vec<Option<i64>>>>,
) -> impl IntoView {
    let SourceTable { alias, table: name, columns, rows, join } = table;
    let title = if alias == name { format!("{join} {name}") } else { format!("{join} {name} AS {alias}") };
    let header = columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view();
    let body = rows
        .into_iter()
        .map(|(rowid, values)| {
            let uses = sources.with_value(|s| s.iter().filter(|r| r[index] == Some(rowid)).count());
            let lit =
                move || active.get().is_some_and(|row| sources.with_value(|s| s[row][index] == Some(rowid)));
            let fan_out = (uses > 1).then(|| format!("×{uses}"));
            let used_by = move || format!("used by {}", count(uses as u64, "result row"));
            view! {
                <tr class:source=lit class:unused=uses == 0 data-rowid=rowid>
                    {values.iter().map(cell).collect_view()}
                    <td class="lineage-note" title=used_by>
                        {fan_out}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="lineage-source" aria-label=format!("Source table {alias}")>
            <figcaption>
                <code>{title}</code>
            </figcaption>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            {header}<th scope="col">
                                <span class="visually-hidden">"Uses"</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </figure>
    }
}

#[component]
fn GroupLineage(
    /// The traced aggregate query.
    trace: GroupTrace,
) -> impl IntoView {
    let GroupTrace { columns, input_columns, groups, truncated } = trace;
    let open = RwSignal::new(None::<usize>);
    let width = columns.len() + 1;
    let input_header = StoredValue::new(input_columns);
    let header = columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view();
    let rows = groups
        .into_iter()
        .enumerate()
        .map(|(i, group)| {
            let summary =
                format!("{} summarised", count(group.inputs.len() as u64 + group.more_inputs, "input row"));
            let inputs = group.inputs;
            let more = group.more_inputs;
            let details = move || {
                (open.get() == Some(i))
                    .then(|| input_header.with_value(|header| group_inputs(i, width, header, &inputs, more)))
            };
            let toggle = move || open.update(|o| *o = if *o == Some(i) { None } else { Some(i) });
            // Clicking any value of the row (an aggregate, say) opens its inputs too; the
            // button is the keyboard's way in.
            let values = group
                .values
                .iter()
                .map(|value| {
                    let class = if value.is_null() { "null" } else { "" };
                    view! {
                        <td class=class on:click=move |_| toggle()>
                            {value.display()}
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr class="group" class:open=move || open.get() == Some(i)>
                    {values}
                    <td>
                        <button
                            class="group-toggle"
                            aria-expanded=move || (open.get() == Some(i)).to_string()
                            on:click=move |_| toggle()
                        >
                            {summary}
                        </button>
                    </td>
                </tr>
                {details}
            }
        })
        .collect_view();
    let more = truncated.then(|| view! { <p class="plan-note">"Only the first 200 groups are traced."</p> });
    view! {
        <section class="lineage" aria-label="The rows each group summarises">
            <p class="plan-note">"Open a group to see the input rows its aggregates summarise."</p>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>{header}<th scope="col">"Inputs"</th></tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {more}
        </section>
    }
}

/// The input rows of group `i` (its first ones, and how many `more` there are), as a row
/// spanning the `width` columns of the groups' table.
fn group_inputs(
    i: usize,
    width: usize,
    input_columns: &[String],
    inputs: &[Vec<Value>],
    more: u64,
) -> impl IntoView + use<> {
    let header = input_columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view();
    let body =
        inputs.iter().map(|row| view! { <tr>{row.iter().map(cell).collect_view()}</tr> }).collect_view();
    let more = (more > 0).then(|| view! { <p class="plan-note">{format!("and {more} more")}</p> });
    view! {
        <tr class="group-inputs">
            <td colspan=width>
                <table aria-label=format!("Input rows of group {}", i + 1)>
                    <thead>
                        <tr>{header}</tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
                {more}
            </td>
        </tr>
    }
}
