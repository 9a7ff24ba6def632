//! The rows of a result as a table: sortable by any column on screen, and virtualized when
//! long, so that 100k rows scroll as smoothly as ten (only the rows in view, plus a margin, are
//! in the page; two spacer rows stand in for the rest).
//!
//! Every value is a text node, never parsed as HTML.

mod rows;
mod scrolling;
mod sorting;
mod value;

use leptos::prelude::*;

use crate::core::{Column, Value};
use rows::{Grid, visible_rows};
use scrolling::Scroll;
use sorting::{column_header, sorted_order};
use value::{OpenValue, value_detail};

/// Results with more rows than this are virtualized; shorter ones render whole, and a long
/// value expands in place.
const VIRTUAL_FROM: usize = 200;

#[component]
pub fn ResultGrid(
    /// The result's columns.
    columns: Vec<Column>,
    /// The rows, as the worker returned them.
    rows: Vec<Vec<Value>>,
) -> impl IntoView {
    let row_count = rows.len();
    let virtual_rows = row_count > VIRTUAL_FROM;
    let grid = Grid {
        column_names: StoredValue::new(columns.iter().map(|c| c.name.clone()).collect()),
        rows: StoredValue::new(rows),
        virtual_rows,
        opened: RwSignal::new(None::<OpenValue>),
    };

    let sort = RwSignal::new(None::<(usize, bool)>);
    let order = sorted_order(grid.rows, sort);
    let header = columns
        .into_iter()
        .enumerate()
        .map(|(index, column)| column_header(index, column, sort))
        .collect_view();

    let scroll = Scroll::new();
    Effect::new(move || {
        if virtual_rows && scroll.tbody.get().is_some() {
            scroll.measure();
        }
    });
    let body = move || {
        let (first, last) = if virtual_rows { scroll.visible(row_count) } else { (0, row_count) };
        let height = scroll.row_height.get_untracked();
        order.with(|order| visible_rows(grid, order, first, last, height))
    };

    view! {
        <div class="table-scroll" class:virtual=virtual_rows on:scroll=move |ev| scroll.on_scroll(ev)>
            <table>
                <thead>
                    <tr>{header}</tr>
                </thead>
                <tbody node_ref=scroll.tbody>{body}</tbody>
            </table>
        </div>
        {move || value_detail(grid.opened)}
    }
}
