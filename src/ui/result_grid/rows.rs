//! The table's body: the rows in view, in the sorted order, between two spacers that stand in
//! for the rows above and below.

use leptos::prelude::*;

use super::value::{OpenValue, value_cell};
use crate::core::Value;

/// Characters of text shown before a long value is cut, with a button to see all of it.
const LONG_TEXT: usize = 200;
/// In a virtualized table rows keep one line: values are cut shorter.
const LONG_TEXT_VIRTUAL: usize = 60;

/// What the body's rows are drawn from.
#[derive(Clone, Copy)]
pub struct Grid {
    pub column_names: StoredValue<Vec<String>>,
    pub rows: StoredValue<Vec<Vec<Value>>>,
    /// Whether only the rows in view are on the page.
    pub virtual_rows: bool,
    /// The long value shown in full, opened from a virtualized row.
    pub opened: RwSignal<Option<OpenValue>>,
}

/// Rows `first..last` of `order`, each `height` pixels tall in the spacers' reckoning.
pub fn visible_rows(
    grid: Grid,
    order: &[usize],
    first: usize,
    last: usize,
    height: f64,
) -> impl IntoView + use<> {
    let row_count = order.len();
    let column_count = grid.column_names.with_value(Vec::len);
    let spacer = move |rows: usize| {
        (rows > 0).then(|| {
            view! {
                <tr class="spacer" aria-hidden="true">
                    <td colspan=column_count style:height=format!("{}px", rows as f64 * height)></td>
                </tr>
            }
        })
    };
    let shown = grid.rows.with_value(|rows| {
        order[first..last]
            .iter()
            .enumerate()
            .map(|(offset, &index)| {
                let cells = rows[index]
                    .iter()
                    .enumerate()
                    .map(|(column, value)| row_cell(grid, index, column, value.clone()))
                    .collect_view();
                view! {
                    <tr class="row" class:even=(first + offset) % 2 == 1>
                        {cells}
                    </tr>
                }
            })
            .collect_view()
    });
    view! {
        {spacer(first)}
        {shown}
        {spacer(row_count - last)}
    }
}

/// The cell of row `index` (in the query's order) and `column`.
fn row_cell(grid: Grid, index: usize, column: usize, value: Value) -> AnyView {
    if grid.virtual_rows {
        let open = move |text: String| {
            let column = grid.column_names.with_value(|names| names[column].clone());
            grid.opened.set(Some(OpenValue { row: index + 1, column, text }));
        };
        value_cell(value, LONG_TEXT_VIRTUAL, Some(Callback::new(open)))
    } else {
        value_cell(value, LONG_TEXT, None)
    }
}
