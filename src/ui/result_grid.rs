//! The rows of a result as a table: sortable by any column on screen, and virtualized when
//! long, so that 100k rows scroll as smoothly as ten (only the rows in view, plus a margin, are
//! in the page; two spacer rows stand in for the rest).
//!
//! Every value is a text node, never parsed as HTML.

use leptos::ev::Event;
use leptos::html::Tbody;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::virtual_rows::visible_range;
use crate::core::{Column, Value};

/// Results with more rows than this are virtualized; shorter ones render whole, and a long
/// value expands in place.
const VIRTUAL_FROM: usize = 200;
/// The row height assumed until a rendered row is measured, in CSS pixels.
const ROW_HEIGHT_GUESS: f64 = 33.0;
/// The scroll box's height assumed until it is measured (its CSS max-height).
const VIEWPORT_GUESS: f64 = 420.0;
/// Characters of text shown before a long value is cut, with a button to see all of it.
const LONG_TEXT: usize = 200;
/// In a virtualized table rows keep one line: values are cut shorter.
const LONG_TEXT_VIRTUAL: usize = 60;

/// A long value opened from a virtualized table: its place and its text.
#[derive(Clone, PartialEq)]
struct OpenValue {
    row: usize,
    column: String,
    text: String,
}

#[component]
pub fn ResultGrid(
    /// The result's columns.
    columns: Vec<Column>,
    /// The rows, as the worker returned them.
    rows: Vec<Vec<Value>>,
) -> impl IntoView {
    let row_count = rows.len();
    let virtual_rows = row_count > VIRTUAL_FROM;
    let column_count = columns.len();
    let column_names = StoredValue::new(columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>());
    let rows = StoredValue::new(rows);

    // Sorting reorders the rows on screen (not the query): by a column, ascending, then
    // descending on a second click.
    let sort = RwSignal::new(None::<(usize, bool)>);
    let order = Memo::new(move |_| {
        rows.with_value(|rows| {
            let mut order: Vec<usize> = (0..rows.len()).collect();
            if let Some((column, ascending)) = sort.get() {
                order.sort_by(|a, b| {
                    let ordering = rows[*a][column].compare(&rows[*b][column]);
                    if ascending { ordering } else { ordering.reverse() }
                });
            }
            order
        })
    });
    let header = columns
        .into_iter()
        .enumerate()
        .map(|(index, column)| column_header(index, column, sort))
        .collect_view();

    let scroll_top = RwSignal::new(0.0);
    let viewport = RwSignal::new(VIEWPORT_GUESS);
    let row_height = RwSignal::new(ROW_HEIGHT_GUESS);
    let opened = RwSignal::new(None::<OpenValue>);
    let tbody = NodeRef::<Tbody>::new();
    // The real row height (fonts, zoom) replaces the guess: measured over the rows on the page
    // once they are there, and again on every scroll. Fractional, as a rounded height times
    // 100k rows would put the end rows far off.
    let measure = move || {
        if let Some(tbody) = tbody.get_untracked()
            && let Ok(rows) = tbody.query_selector_all("tr.row")
            && rows.length() > 2
            && let (Some(first), Some(last)) = (rows.item(1), rows.item(rows.length() - 1))
            && let (Ok(first), Ok(last)) =
                (first.dyn_into::<web_sys::Element>(), last.dyn_into::<web_sys::Element>())
        {
            // Top to top, from the second row: with collapsed borders a row's own box, and the
            // first row's place under the borderless spacer, are half a pixel off the pitch.
            let span = last.get_bounding_client_rect().top() - first.get_bounding_client_rect().top();
            let height = span / f64::from(rows.length() - 2);
            if height > 0.0 && (height - row_height.get_untracked()).abs() > 0.01 {
                row_height.set(height);
            }
        }
    };
    let on_scroll = move |ev: Event| {
        if let Some(scroller) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            scroll_top.set(f64::from(scroller.scroll_top()));
            viewport.set(f64::from(scroller.client_height()));
        }
        measure();
    };
    Effect::new(move || {
        if virtual_rows && tbody.get().is_some() {
            measure();
        }
    });

    let body = move || {
        let order = order.get();
        let (first, last) = if virtual_rows {
            visible_range(scroll_top.get(), viewport.get(), row_height.get(), row_count)
        } else {
            (0, row_count)
        };
        let height = row_height.get_untracked();
        let spacer = move |rows: usize| {
            (rows > 0).then(|| {
                view! {
                    <tr class="spacer" aria-hidden="true">
                        <td colspan=column_count style:height=format!("{}px", rows as f64 * height)></td>
                    </tr>
                }
            })
        };
        let shown = rows.with_value(|rows| {
            order[first..last]
                .iter()
                .enumerate()
                .map(|(offset, &index)| {
                    let cells = rows[index]
                        .iter()
                        .enumerate()
                        .map(|(column, value)| {
                            if virtual_rows {
                                let open = move |text: String| {
                                    let column = column_names.with_value(|names| names[column].clone());
                                    opened.set(Some(OpenValue { row: index + 1, column, text }));
                                };
                                value_cell(value.clone(), LONG_TEXT_VIRTUAL, Some(Callback::new(open)))
                            } else {
                                value_cell(value.clone(), LONG_TEXT, None)
                            }
                        })
                        .collect_view();
                    view! { <tr class="row" class:even={(first + offset) % 2 == 1}>{cells}</tr> }
                })
                .collect_view()
        });
        view! { {spacer(first)} {shown} {spacer(row_count - last)} }
    };

    let detail = move || {
        opened.get().map(|open| {
            view! {
                <div class="value-detail" role="region" aria-label="Full value">
                    <div class="value-detail-head">
                        <span>{format!("{}, row {}", open.column, open.row)}</span>
                        <button on:click=move |_| opened.set(None)>"Close"</button>
                    </div>
                    <pre>{open.text}</pre>
                </div>
            }
        })
    };

    view! {
        <div class="table-scroll" class:virtual=virtual_rows on:scroll=on_scroll>
            <table>
                <thead><tr>{header}</tr></thead>
                <tbody node_ref=tbody>{body}</tbody>
            </table>
        </div>
        {detail}
    }
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

/// A value's cell: numbers align right; NULL gets its own look so it never reads as the text
/// 'NULL'. Text longer than `cut` characters is cut, with a button that shows all of it: in
/// place, or through `open` when given (a virtualized row must keep its height).
fn value_cell(value: Value, cut: usize, open: Option<Callback<String>>) -> AnyView {
    let class = match &value {
        Value::Null => "null",
        Value::Integer(_) | Value::Real(_) => "num",
        Value::Text(_) => "text",
        Value::Blob(_) => "blob",
    };
    let title = value.is_null().then_some("SQL NULL: no value");
    let text = value.display();
    let length = text.chars().count();
    if length <= cut {
        return view! { <td class=class data-type=value.type_name() title=title>{text}</td> }.into_any();
    }
    let short: String = text.chars().take(cut).collect();
    if let Some(open) = open {
        return view! {
            <td class=class data-type=value.type_name()>
                {format!("{short}…")}
                <button class="expand-text" on:click=move |_| open.run(text.clone())>
                    {format!("all {length} characters")}
                </button>
            </td>
        }
        .into_any();
    }
    let expanded = RwSignal::new(false);
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
