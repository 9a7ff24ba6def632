//! The foreign keys of a schema as pairs of rows between boxes.

use super::{HEADER_HEIGHT, ROW_HEIGHT, TableBox};
use crate::core::schema::Schema;

/// One foreign-key column pair between two boxes.
pub(super) struct Link {
    /// The referencing box.
    pub(super) child: usize,
    /// The referenced box.
    pub(super) parent: usize,
    pub(super) from_row: usize,
    /// `None` when the referenced column is not among the parent's rows (a key naming a
    /// missing column, or one whose target has no primary key): the edge then enters the
    /// parent's title.
    pub(super) to_row: Option<usize>,
    pub(super) from_column: String,
    pub(super) to_column: String,
}

impl Link {
    pub(super) fn is_self(&self) -> bool {
        self.child == self.parent
    }

    /// Vertical offsets of the two ends from their boxes' tops.
    pub(super) fn offsets(&self) -> (f64, f64) {
        let row = |i: usize| HEADER_HEIGHT + (i as f64 + 0.5) * ROW_HEIGHT;
        (row(self.from_row), self.to_row.map_or(HEADER_HEIGHT / 2.0, row))
    }
}

pub(super) fn links(schema: &Schema, boxes: &[TableBox]) -> Vec<Link> {
    let index = |name: &str| boxes.iter().position(|b| b.table.eq_ignore_ascii_case(name));
    let mut links = Vec::new();
    for (child, table) in schema.tables.iter().enumerate() {
        for fk in &table.foreign_keys {
            let Some(parent) = index(&fk.ref_table) else {
                continue;
            };
            for (i, from) in fk.columns.iter().enumerate() {
                let Some(from_row) = boxes[child].row_index(from) else {
                    continue;
                };
                let to = fk.ref_columns.get(i).cloned().unwrap_or_default();
                links.push(Link {
                    child,
                    parent,
                    from_row,
                    to_row: boxes[parent].row_index(&to),
                    from_column: from.clone(),
                    to_column: to,
                });
            }
        }
    }
    links
}
