//! Sorting a result's rows on screen (not the query): by a column, ascending, then descending
//! on a second click of its header.

use leptos::prelude::*;

use crate::core::{Column, Value};

/// Which column the rows are sorted by, and whether ascending; `None` keeps the query's order.
pub type Sort = RwSignal<Option<(usize, bool)>>;

/// The rows' indexes in the order `sort` asks for.
pub fn sorted_order(rows: StoredValue<Vec<Vec<Value>>>, sort: Sort) -> Memo<Vec<usize>> {
    Memo::new(move |_| {
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
    })
}

/// A column's header: its name (declared type on hover), a button that sorts by it.
pub fn column_header(index: usize, column: Column, sort: Sort) -> impl IntoView {
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
                    {move || match state() {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    }}
                </span>
            </button>
        </th>
    }
}
