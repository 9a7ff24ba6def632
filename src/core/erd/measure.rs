//! Box sizes, estimated from character counts (see [`CHAR_WIDTH`](super::CHAR_WIDTH)).

use super::{BoxRow, CHAR_WIDTH, HEADER_HEIGHT, MARKER_WIDTH, PADDING, ROW_HEIGHT, TableBox};
use crate::core::schema::{TableInfo, TableKind};

/// Estimated advance of one character of the title, which is set larger (13 px bold).
const HEADER_CHAR_WIDTH: f64 = 8.2;
/// Spaces between a column's name and its type in the width estimate.
const NAME_TYPE_GAP: usize = 2;
const MIN_BOX_WIDTH: f64 = 120.0;

/// The box of one table or view, sized for its title and rows, not yet placed.
pub(super) fn table_box(table: &TableInfo) -> TableBox {
    let rows: Vec<BoxRow> = table
        .columns
        .iter()
        .map(|c| BoxRow {
            name: c.name.clone(),
            decl_type: c.decl_type.clone(),
            primary_key: c.primary_key > 0,
            foreign_key: table.is_foreign_key(&c.name),
        })
        .collect();
    let chars = |s: &str| s.chars().count();
    let widest_row = rows
        .iter()
        .map(|r| {
            let text =
                chars(&r.name) + if r.decl_type.is_empty() { 0 } else { NAME_TYPE_GAP + chars(&r.decl_type) };
            MARKER_WIDTH + text as f64 * CHAR_WIDTH
        })
        .fold(0.0, f64::max);
    let header = chars(&table.name) as f64 * HEADER_CHAR_WIDTH;
    TableBox {
        table: table.name.clone(),
        is_view: table.kind == TableKind::View,
        x: 0.0,
        y: 0.0,
        width: (2.0 * PADDING + widest_row.max(header)).max(MIN_BOX_WIDTH).ceil(),
        height: HEADER_HEIGHT + rows.len() as f64 * ROW_HEIGHT + PADDING / 2.0,
        rows,
    }
}
