//! The schema browser: tables and views with their columns, keys, indexes and row counts.
//! Clicking a table's name puts a query for it in a new cell.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::format::{count, thousands};
use crate::core::queries::open_table;
use crate::core::schema::{TableInfo, TableKind};

#[component]
pub fn SchemaPanel(
    /// Whether the diagram is shown; the panel's "Diagram" button toggles it.
    show_erd: RwSignal<bool>,
) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let tables = move || {
        workspace.schema.with(|schema| match schema {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(schema) if schema.tables.is_empty() => view! { <p class="muted">"No tables yet. Create one with CREATE TABLE, or open a CSV file."</p> }
            .into_any(),
            Some(schema) => view! { <ul class="tables">{schema.tables.iter().cloned().map(table_entry).collect_view()}</ul> }
            .into_any(),
        })
    };
    view! {
        <aside class="schema-panel" aria-label="Schema">
            <div class="panel-head">
                <h2>"Schema"</h2>
                <button
                    class="toggle-erd"
                    aria-pressed=move || show_erd.get().to_string()
                    on:click=move |_| show_erd.update(|shown| *shown = !*shown)
                >
                    {move || if show_erd.get() { "Hide diagram" } else { "Diagram" }}
                </button>
            </div>
            {tables}
        </aside>
    }
}

fn table_entry(table: TableInfo) -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    let expanded = RwSignal::new(false);
    let query = open_table(&table.name);
    let size = match (table.kind, table.row_count) {
        (TableKind::View, _) => "view".to_owned(),
        (_, Some(rows)) => thousands(rows),
        (_, None) => String::new(),
    };
    let size_title = table.row_count.map(|rows| count(rows, "row")).unwrap_or_else(|| "view".into());
    let name = table.name.clone();
    let is_view = table.kind == TableKind::View;
    let name_for_lab = table.name.clone();
    view! {
        <li class="table" class:view=is_view>
            <div class="table-head">
                <button
                    class="expand"
                    aria-expanded=move || expanded.get().to_string()
                    aria-label=format!("Columns of {}", table.name)
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "▾" } else { "▸" }}
                </button>
                <button
                    class="table-name"
                    title="Query this table in a new cell"
                    on:click=move |_| workspace.add_cell(query.clone())
                >
                    {name.clone()}
                </button>
                <span class="row-count" title=size_title>
                    {size}
                </span>
            </div>
            {move || expanded.get().then(|| table_details(&table))}
            {move || {
                (expanded.get() && !is_view && workspace.in_scratch())
                    .then(|| {
                        let name = name_for_lab.clone();
                        view! {
                            <button
                                class="normalize"
                                on:click=move |_| workspace.normalizing.set(Some(name.clone()))
                            >
                                "Normalize this table…"
                            </button>
                        }
                    })
            }}
        </li>
    }
}

/// A table's columns (with key and NOT NULL marks) and its indexes.
fn table_details(table: &TableInfo) -> impl IntoView + use<> {
    let columns = table
        .columns
        .iter()
        .map(|column| {
            let target = table
                .foreign_keys
                .iter()
                .find(|f| f.columns.contains(&column.name))
                .map(|f| format!("references {}", f.ref_table));
            view! {
                <li class="column">
                    <span class="column-name">{column.name.clone()}</span>
                    <span class="column-type">{column.decl_type.clone()}</span>
                    {(column.primary_key > 0)
                        .then(|| {
                            view! {
                                <span class="badge pk" title="primary key">
                                    "PK"
                                </span>
                            }
                        })}
                    {target
                        .map(|t| {
                            view! {
                                <span class="badge fk" title=t>
                                    "FK"
                                </span>
                            }
                        })}
                    {column
                        .not_null
                        .then(|| {
                            view! {
                                <span class="badge nn" title="NOT NULL">
                                    "NN"
                                </span>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    let indexes = table
        .indexes
        .iter()
        .map(|index| {
            let kind = if index.unique { "unique index" } else { "index" };
            view! {
                <li class="index" title=kind>
                    <span class="index-name">{index.name.clone()}</span>
                    <span class="column-type">{format!("({})", index.columns.join(", "))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="columns">{columns}</ul>
        <ul class="indexes">{indexes}</ul>
    }
}
