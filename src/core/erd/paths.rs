//! The last phase: the Bézier path of each edge between placed boxes.

use super::links::Link;
use super::{Point, ROW_HEIGHT, TableBox};

/// How far right of its box a self-reference's control points sit.
const SELF_LOOP: f64 = 40.0;
/// The least horizontal pull of an edge's control points, so short edges still leave and
/// enter their boxes horizontally.
const MIN_CURVE: f64 = 24.0;

/// The Bézier path of a link: out of the referencing row on the side facing the referenced
/// box, into the referenced row; a self-reference loops out and back on the box's right.
pub(super) fn edge_path(link: &Link, boxes: &[TableBox]) -> [Point; 4] {
    let (child, parent) = (&boxes[link.child], &boxes[link.parent]);
    let (from, to) = link.offsets();
    let (sy, ey) = (child.y + from, parent.y + to);
    if link.is_self() {
        let right = child.x + child.width;
        // A column referencing itself would make a loop of zero height: open it a little.
        let spread = if sy == ey { ROW_HEIGHT / 2.0 } else { 0.0 };
        return [
            (right, sy),
            (right + SELF_LOOP, sy - spread),
            (right + SELF_LOOP, ey + spread),
            (right, ey),
        ];
    }
    let leftward = parent.x + parent.width / 2.0 < child.x + child.width / 2.0;
    let (sx, ex, direction) = if leftward {
        (child.x, parent.x + parent.width, -1.0)
    } else {
        (child.x + child.width, parent.x, 1.0)
    };
    let pull = ((sx - ex).abs() / 2.0).max(MIN_CURVE);
    [(sx, sy), (sx + direction * pull, sy), (ex - direction * pull, ey), (ex, ey)]
}
