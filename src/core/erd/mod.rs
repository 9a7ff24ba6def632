//! The entity–relationship diagram's geometry, computed in pure Rust so it is tested natively
//! and the UI only draws rectangles, text and Bézier paths at the coordinates given here.
//!
//! The layout is layered, left to right: a table sits right of every table it references, so
//! reading a diagram from left to right goes from the things that exist on their own (artists,
//! genres) to the things made of them (tracks, invoice lines). Within each column the order is
//! chosen to reduce crossing edges, and boxes are then slid vertically so that edges run as
//! level as the stacking allows. Tables with no relation to another table, and views, are laid
//! out in a grid after the last column.
//!
//! Widths are estimated from character counts for a 12–13 px monospace font ([`CHAR_WIDTH`]),
//! so no text measurement (and no browser) is needed.
//!
//! The phases, one file each: `measure` sizes the boxes, `links` finds the foreign-key pairs
//! between them, `rank` splits them into layers, `order` orders each layer (judging candidates
//! with `score`), `place` gives every box its position and `paths` draws the edges.

use serde::{Deserialize, Serialize};

use super::schema::Schema;

mod links;
mod measure;
mod order;
mod paths;
mod place;
mod rank;
mod score;

use links::links;
use measure::table_box;
use order::order_layers;
use paths::edge_path;
use place::{place, place_grid};
use rank::rank;

/// Height of the box's title band; the first row starts right below it.
pub const HEADER_HEIGHT: f64 = 28.0;
/// Height of one column row: row `i` is drawn from `y + HEADER_HEIGHT + i * ROW_HEIGHT`.
pub const ROW_HEIGHT: f64 = 22.0;
/// Horizontal padding inside a box, left and right; also the space below the last row is
/// `PADDING / 2`.
pub const PADDING: f64 = 10.0;
/// Estimated advance of one character of a 12–13 px monospace font.
pub const CHAR_WIDTH: f64 = 7.5;
/// Room at the start of each row for a key marker ("PK", "FK" or a glyph); the column name
/// starts at `x + PADDING + MARKER_WIDTH`, the type is right-aligned at `x + width - PADDING`.
pub const MARKER_WIDTH: f64 = 3.0 * CHAR_WIDTH;
/// Empty space around the whole drawing.
pub const MARGIN: f64 = 24.0;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErdLayout {
    pub width: f64,
    pub height: f64,
    /// In schema order (tables, then views).
    pub boxes: Vec<TableBox>,
    /// One per foreign-key column pair whose referenced table exists, in schema order.
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableBox {
    pub table: String,
    pub is_view: bool,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    pub rows: Vec<BoxRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoxRow {
    pub name: String,
    pub decl_type: String,
    pub primary_key: bool,
    pub foreign_key: bool,
}

/// A foreign-key column pair, drawn from the referencing row to the referenced row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub from_table: String,
    pub from_column: String,
    pub to_table: String,
    pub to_column: String,
    /// Cubic Bézier: start, control 1, control 2, end.
    pub path: [(f64, f64); 4],
}

impl TableBox {
    /// Vertical centre of row `index`.
    pub fn row_y(&self, index: usize) -> f64 {
        self.y + HEADER_HEIGHT + (index as f64 + 0.5) * ROW_HEIGHT
    }

    fn row_index(&self, column: &str) -> Option<usize> {
        self.rows.iter().position(|r| r.name.eq_ignore_ascii_case(column))
    }
}

/// A point of the drawing, `(x, y)`.
type Point = (f64, f64);

/// Lays out every table and view of `schema`. Deterministic: the same schema gives the same
/// layout, to the bit.
pub fn layout(schema: &Schema) -> ErdLayout {
    let mut boxes: Vec<TableBox> = schema.tables.iter().map(table_box).collect();
    let links = links(schema, &boxes);
    let related: Vec<bool> = (0..boxes.len())
        .map(|v| links.iter().any(|l| !l.is_self() && (l.child == v || l.parent == v)))
        .collect();

    let layers = order_layers(rank(boxes.len(), &links, &related), &mut boxes, &links);
    place(&layers, &mut boxes, &links);
    let unrelated: Vec<usize> = (0..boxes.len()).filter(|&v| !related[v]).collect();
    place_grid(&unrelated, &mut boxes, &layers);
    // Whole pixels, so the boxes' lines and text land crisply.
    for b in &mut boxes {
        (b.x, b.y) = (b.x.round(), b.y.round());
    }

    let mut edges: Vec<Edge> = links
        .iter()
        .map(|l| Edge {
            from_table: boxes[l.child].table.clone(),
            from_column: l.from_column.clone(),
            to_table: boxes[l.parent].table.clone(),
            to_column: l.to_column.clone(),
            path: edge_path(l, &boxes),
        })
        .collect();

    if boxes.is_empty() {
        return ErdLayout { width: 2.0 * MARGIN, height: 2.0 * MARGIN, boxes, edges };
    }
    // Shift everything so the drawing (boxes and every Bézier control point, which bound the
    // curves) starts at the margin.
    let mut min = (f64::INFINITY, f64::INFINITY);
    let mut max = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    let mut extend = |(x, y): Point| {
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    };
    for b in &boxes {
        extend((b.x, b.y));
        extend((b.x + b.width, b.y + b.height));
    }
    for e in &edges {
        e.path.iter().copied().for_each(&mut extend);
    }
    let (dx, dy) = (MARGIN - min.0, MARGIN - min.1);
    for b in &mut boxes {
        b.x += dx;
        b.y += dy;
    }
    for e in &mut edges {
        for point in &mut e.path {
            *point = (point.0 + dx, point.1 + dy);
        }
    }
    ErdLayout { width: max.0 - min.0 + 2.0 * MARGIN, height: max.1 - min.1 + 2.0 * MARGIN, boxes, edges }
}
