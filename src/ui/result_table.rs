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
    let tsv = to_tsv(&result.columns, &result.rows);
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            let copying =
                wasm_bindgen_futures::JsFuture::from(window.navigator().clipboard().write_text(&tsv));
            leptos::task::spawn_local(async move {
                match copying.await {
                    Ok(_) => workspace.inform("The rows are on the clipboard, tab-separated."),
                    Err(_) => workspace.complain("The browser did not allow copying to the clipboard."),
                }
            });
        }
    };
    // Sorting reorders the rows on screen (not the query): by a column, ascending, then
    // descending on a second click.
    let sort = RwSignal::new(None::<(usize, bool)>);
    let rows = StoredValue::new(result.rows);
    let header = result
        .columns
        .into_iter()
        .enumerate()
        .map(|(index, column)| column_header(index, column, sort))
        .collect_view();
    let body = move || {
        rows.with_value(|rows| {
            let mut order: Vec<usize> = (0..rows.len()).collect();
            if let Some((column, ascending)) = sort.get() {
                order.sort_by(|a, b| {
                    let ordering = rows[*a][column].compare(&rows[*b][column]);
                    if ascending { ordering } else { ordering.reverse() }
                });
            }
            order
                .into_iter()
                .map(|i| view! { <tr>{rows[i].iter().cloned().map(value_cell).collect_view()}</tr> })
                .collect_view()
        })
    };
    view! {
        <figure class="result">
            <div class="table-scroll">
                <table>
                    <thead><tr>{header}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <figcaption class="meta">
                <span class="result-meta">{meta}</span>
                <span class="result-actions">
                    <button class="copy-tsv" on:click=copy>"Copy TSV"</button>
                    {download}
                </span>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// A column's header: its name (declared type on hover), a button that sorts by it.
fn column_header(index: usize, column: Column, sort: RwSignal<Option<(usize, bool)>>) -> impl IntoView {
    let state = move || match sort.get() {
        Some((i, true)) if i == index => "ascending",
        Some((i, false)) if i == index => "descending",
        _ => "none",
    };
    let click = move |_| {
        sort.update(|s| {
            *s = match *s {
                Some((i, true)) if i == index => Some((index, false)),
                _ => Some((index, true)),
            }
        })
    };
    view! {
        <th scope="col" aria-sort=state title=column.decl_type.clone().unwrap_or_default()>
            <button class="sort" on:click=click>
                {column.name}
                <span class="sort-mark" aria-hidden="true">
                    {move || match state() { "ascending" => " ▲", "descending" => " ▼", _ => "" }}
                </span>
            </button>
        </th>
    }
}

/// The rows as tab-separated text with a header line, for pasting into a spreadsheet.
fn to_tsv(columns: &[Column], rows: &[Vec<Value>]) -> String {
    let mut text = columns.iter().map(|c| c.name.replace(['\t', '\n'], " ")).collect::<Vec<_>>().join("\t");
    for row in rows {
        text.push('\n');
        text.push_str(&row.iter().map(Value::tsv_field).collect::<Vec<_>>().join("\t"));
    }
    text
}

/// Characters of text shown before a long value is cut, with a button to see all of it.
const LONG_TEXT: usize = 200;

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
    let text = value.display();
    if text.chars().count() <= LONG_TEXT {
        return view! { <td class=class data-type=value.type_name() title=title>{text}</td> }.into_any();
    }
    let expanded = RwSignal::new(false);
    let short: String = text.chars().take(LONG_TEXT).collect();
    let length = text.chars().count();
    view! {
        <td class=class data-type=value.type_name()>
            {move || if expanded.get() { text.clone() } else { format!("{short}…") }}
            <button class="expand-text" on:click=move |_| expanded.update(|e| *e = !*e)>
                {move || if expanded.get() { "less".to_owned() } else { format!("all {length} characters") }}
            </button>
        </td>
    }
    .into_any()
}

/// A statement's first line, for the one-line report of statements that return no rows.
fn first_line(sql: &str) -> String {
    let mut lines = sql.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("--"));
    let first = lines.next().unwrap_or_default().to_owned();
    if lines.next().is_some() { format!("{first} …") } else { first }
}
