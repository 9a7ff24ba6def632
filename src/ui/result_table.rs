//! One statement's result: a table of rows, or a line saying what the statement changed.
//! Every value is rendered as a text node, never parsed as HTML.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::core::format::{count, duration_ms, thousands};
use crate::core::{Column, StatementResult, Value};

#[component]
pub fn StatementResultView(
    /// The statement's result as the worker returned it.
    result: StatementResult,
) -> impl IntoView {
    let timing = duration_ms(result.elapsed_ms);
    if !result.returns_rows() {
        let changed = if result.rows_changed > 0 {
            format!("{} changed", count(result.rows_changed, "row"))
        } else {
            "Done".to_owned()
        };
        return view! {
            <div class="statement-done">
                <span class="check" aria-hidden="true">"✓"</span>
                <code class="statement">{first_line(&result.sql)}</code>
                <span class="meta">{format!("{changed} · {timing}")}</span>
            </div>
        }
        .into_any();
    }

    let meta = if result.is_truncated() {
        format!(
            "showing the first {} of {} · {timing}",
            thousands(result.rows.len() as u64),
            count(result.total_rows, "row")
        )
    } else {
        format!("{} · {timing}", count(result.total_rows, "row"))
    };
    let workspace = expect_context::<Workspace>();
    let sql = result.sql.clone();
    let download = result.read_only.then(|| {
        view! {
            <button class="download-csv" on:click=move |_| workspace.export_csv(sql.clone())>
                "Download CSV"
            </button>
        }
    });
    let header = result.columns.into_iter().map(column_header).collect_view();
    let body = result
        .rows
        .into_iter()
        .map(|row| view! { <tr>{row.into_iter().map(value_cell).collect_view()}</tr> })
        .collect_view();
    view! {
        <figure class="result">
            <div class="table-scroll">
                <table>
                    <thead><tr>{header}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <figcaption class="meta"><span>{meta}</span>{download}</figcaption>
        </figure>
    }
    .into_any()
}

fn column_header(column: Column) -> impl IntoView {
    view! {
        <th scope="col" title=column.decl_type.clone().unwrap_or_default()>
            {column.name}
        </th>
    }
}

/// A value's cell: numbers align right; NULL gets its own look so it never reads as the text
/// 'NULL'.
fn value_cell(value: Value) -> impl IntoView {
    let class = match &value {
        Value::Null => "null",
        Value::Integer(_) | Value::Real(_) => "num",
        Value::Text(_) => "text",
        Value::Blob(_) => "blob",
    };
    let title = value.is_null().then_some("SQL NULL: no value");
    view! { <td class=class data-type=value.type_name() title=title>{value.display()}</td> }
}

/// A statement's first line, for the one-line report of statements that return no rows.
fn first_line(sql: &str) -> String {
    let mut lines = sql.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("--"));
    let first = lines.next().unwrap_or_default().to_owned();
    if lines.next().is_some() { format!("{first} …") } else { first }
}
