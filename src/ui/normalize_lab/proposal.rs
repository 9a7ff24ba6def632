//! What the lab proposes: the dependencies found in the data, the new tables (renamable), and
//! the flat table coloured by the table each column moves to.

use leptos::prelude::*;

use super::lab_table;
use crate::core::StatementResult;
use crate::core::normalize::{Decomposition, Discovery};

/// The dependencies and keys found in the flat table's rows.
pub fn findings(discovery: &Discovery) -> impl IntoView + use<> {
    let dependencies = discovery
        .dependencies
        .iter()
        .map(|d| {
            let dependents = d.dependents.join(", ");
            view! {
                <li>
                    <code>{d.determinant.clone()}</code>
                    " → "
                    <code>{dependents}</code>
                </li>
            }
        })
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

/// The proposed tables, each with its name in an input that renames it everywhere.
pub fn tables_view<R: Fn(String, String) + Copy + 'static>(
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
                    <span class="plan-note">
                        {format!("identified by {keys}")}{refs.map(|r| format!("; {r}"))}
                    </span>
                </li>
            }
        })
        .collect_view();
    let link = d.link_table.name.clone();
    view! {
        <ul class="proposed-tables">
            {entities} <li class="proposed link">
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

/// The flat table's first rows, each column tinted like the table it moves to.
pub fn flat_view(rows: &StatementResult, d: &Decomposition) -> impl IntoView + use<> {
    let classes: Vec<String> = rows
        .columns
        .iter()
        .map(|c| destination(d, &c.name).map_or("dest-link".to_owned(), |i| format!("dest-{}", i % 6)))
        .collect();
    let header = rows
        .columns
        .iter()
        .zip(&classes)
        .map(|(c, class)| {
            view! {
                <th scope="col" class=class.clone()>
                    {c.name.clone()}
                </th>
            }
        })
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
