//! How tangled a placed layout is: what the ordering phase minimizes.

use super::links::Link;
use super::paths::edge_path;
use super::{Point, TableBox};

/// How good a placed layout looks: fewer edges crossing each other or running through
/// boxes first, then less vertical travel along the edges. Edges are judged as straight
/// segments between their ends, which the drawn curves follow closely enough to compare.
#[derive(Clone, Copy)]
pub(super) struct Score {
    tangles: usize,
    travel: f64,
}

impl Score {
    pub(super) fn better_than(&self, other: &Score) -> bool {
        self.tangles < other.tangles || (self.tangles == other.tangles && self.travel < other.travel - 1e-6)
    }
}

pub(super) fn score(boxes: &[TableBox], links: &[Link]) -> Score {
    let segments: Vec<(usize, usize, Point, Point)> = links
        .iter()
        .filter(|l| !l.is_self())
        .map(|l| {
            let path = edge_path(l, boxes);
            (l.child, l.parent, path[0], path[3])
        })
        .collect();
    let mut tangles = 0;
    for (i, a) in segments.iter().enumerate() {
        for b in &segments[i + 1..] {
            if segments_cross((a.2, a.3), (b.2, b.3)) {
                tangles += 1;
            }
        }
        // Running through a box is worse than crossing another edge.
        for (v, b) in boxes.iter().enumerate() {
            if v != a.0 && v != a.1 && segment_hits_box((a.2, a.3), b) {
                tangles += 2;
            }
        }
    }
    let travel = segments.iter().map(|s| (s.2.1 - s.3.1).abs()).sum();
    Score { tangles, travel }
}

/// Whether two segments properly cross (touching at a shared end does not count).
fn segments_cross(a: (Point, Point), b: (Point, Point)) -> bool {
    let orient = |p: Point, q: Point, r: Point| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let d1 = orient(a.0, a.1, b.0);
    let d2 = orient(a.0, a.1, b.1);
    let d3 = orient(b.0, b.1, a.0);
    let d4 = orient(b.0, b.1, a.1);
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// Whether a segment passes through a box's interior (Liang–Barsky clipping).
fn segment_hits_box((p, q): (Point, Point), b: &TableBox) -> bool {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (step, room) in
        [(-dx, p.0 - b.x), (dx, b.x + b.width - p.0), (-dy, p.1 - b.y), (dy, b.y + b.height - p.1)]
    {
        if step == 0.0 {
            if room <= 0.0 {
                return false;
            }
        } else {
            let t = room / step;
            if step < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crossing_and_box_tests_are_strict() {
        assert!(segments_cross(((0.0, 0.0), (10.0, 10.0)), ((0.0, 10.0), (10.0, 0.0))));
        // Sharing an end is not a crossing (two edges into the same key row).
        assert!(!segments_cross(((0.0, 0.0), (10.0, 10.0)), ((0.0, 5.0), (10.0, 10.0))));
        let b = TableBox {
            table: "t".into(),
            is_view: false,
            x: 10.0,
            y: 10.0,
            width: 10.0,
            height: 10.0,
            rows: Vec::new(),
        };
        assert!(segment_hits_box(((0.0, 15.0), (30.0, 15.0)), &b));
        assert!(!segment_hits_box(((0.0, 0.0), (30.0, 5.0)), &b));
        assert!(!segment_hits_box(((0.0, 15.0), (10.0, 15.0)), &b), "ending on the edge is not entering");
    }
}
