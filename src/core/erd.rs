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

use serde::{Deserialize, Serialize};

use super::schema::{Schema, TableInfo, TableKind};

/// Height of the box's title band; the first row starts right below it.
pub const HEADER_HEIGHT: f64 = 28.0;
/// Height of one column row: row `i` is drawn from `y + HEADER_HEIGHT + i * ROW_HEIGHT`.
pub const ROW_HEIGHT: f64 = 22.0;
/// Horizontal padding inside a box, left and right; also the space below the last row is
/// `PADDING / 2`.
pub const PADDING: f64 = 10.0;
/// Estimated advance of one character of a 12–13 px monospace font.
pub const CHAR_WIDTH: f64 = 7.5;
/// Estimated advance of one character of the title, which is set larger (13 px bold).
const HEADER_CHAR_WIDTH: f64 = 8.2;
/// Room at the start of each row for a key marker ("PK", "FK" or a glyph); the column name
/// starts at `x + PADDING + MARKER_WIDTH`, the type is right-aligned at `x + width - PADDING`.
pub const MARKER_WIDTH: f64 = 3.0 * CHAR_WIDTH;
/// Empty space around the whole drawing.
pub const MARGIN: f64 = 24.0;

/// Horizontal gap between layers: the room in which edges curve from one column to the next.
const LAYER_GAP: f64 = 110.0;
/// Vertical gap between boxes stacked in one column, and between grid rows.
const BOX_GAP: f64 = 36.0;
/// Horizontal gap between grid columns: enough for a self-reference loop (which bulges
/// `0.75 * SELF_LOOP` right of its box) plus air.
const GRID_GAP: f64 = 60.0;
/// How far right of its box a self-reference's control points sit.
const SELF_LOOP: f64 = 40.0;
/// The least horizontal pull of an edge's control points, so short edges still leave and
/// enter their boxes horizontally.
const MIN_CURVE: f64 = 24.0;
/// Spaces between a column's name and its type in the width estimate.
const NAME_TYPE_GAP: usize = 2;
const MIN_BOX_WIDTH: f64 = 120.0;
/// Barycenter sweeps over the layers (alternately left-to-right and right-to-left).
const ORDER_SWEEPS: usize = 8;
/// Passes of the vertical placement (each slides every column towards its neighbours).
const PLACEMENT_PASSES: usize = 12;
/// How many layouts the adjacent-swap refinement may evaluate, bounding its cost on large
/// schemas (each evaluation places every box and compares every pair of edges).
const SWAP_BUDGET: usize = 400;

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

fn table_box(table: &TableInfo) -> TableBox {
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

/// One foreign-key column pair between two boxes.
struct Link {
    /// The referencing box.
    child: usize,
    /// The referenced box.
    parent: usize,
    from_row: usize,
    /// `None` when the referenced column is not among the parent's rows (a key naming a
    /// missing column, or one whose target has no primary key): the edge then enters the
    /// parent's title.
    to_row: Option<usize>,
    from_column: String,
    to_column: String,
}

impl Link {
    fn is_self(&self) -> bool {
        self.child == self.parent
    }

    /// Vertical offsets of the two ends from their boxes' tops.
    fn offsets(&self) -> (f64, f64) {
        let row = |i: usize| HEADER_HEIGHT + (i as f64 + 0.5) * ROW_HEIGHT;
        (row(self.from_row), self.to_row.map_or(HEADER_HEIGHT / 2.0, row))
    }
}

fn links(schema: &Schema, boxes: &[TableBox]) -> Vec<Link> {
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

/// Splits the related boxes into layers: a box's layer is the longest chain of references
/// below it, so every referenced box is in an earlier layer than its referrers. Cycles are
/// broken by ignoring the references a depth-first search finds pointing back into its own
/// path; those still get drawn, just from left to right. A box that references nothing is
/// then moved right to the layer just before its nearest referrer, which only shortens its
/// edges (Playlist next to PlaylistTrack rather than in the first column).
fn rank(n: usize, links: &[Link], related: &[bool]) -> Vec<Vec<usize>> {
    let mut parents: Vec<Vec<usize>> = vec![Vec::new(); n];
    for l in links.iter().filter(|l| !l.is_self()) {
        if !parents[l.child].contains(&l.parent) {
            parents[l.child].push(l.parent);
        }
    }
    for p in &mut parents {
        p.sort_unstable();
    }

    // Iterative depth-first search: `kept` loses the back edges; `finished` is post-order,
    // in which every box comes after all the boxes it (still) references.
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Open,
        Done,
    }
    let mut state = vec![State::New; n];
    let mut kept: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut finished = Vec::with_capacity(n);
    for root in (0..n).filter(|&v| related[v]) {
        if state[root] != State::New {
            continue;
        }
        state[root] = State::Open;
        let mut stack = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&p) = parents[v].get(*next) {
                *next += 1;
                match state[p] {
                    State::Open => {} // a back edge: ignored for ranking
                    State::Done => kept[v].push(p),
                    State::New => {
                        kept[v].push(p);
                        state[p] = State::Open;
                        stack.push((p, 0));
                    }
                }
            } else {
                state[v] = State::Done;
                finished.push(v);
                stack.pop();
            }
        }
    }

    let mut layer = vec![0usize; n];
    for &v in &finished {
        layer[v] = kept[v].iter().map(|&p| layer[p] + 1).max().unwrap_or(0);
    }
    for &v in &finished {
        if kept[v].is_empty() {
            let nearest = (0..n).filter(|&c| kept[c].contains(&v)).map(|c| layer[c]).min();
            if let Some(nearest) = nearest {
                layer[v] = nearest - 1;
            }
        }
    }

    let mut layers: Vec<Vec<usize>> = Vec::new();
    for v in (0..n).filter(|&v| related[v]) {
        if layers.len() <= layer[v] {
            layers.resize(layer[v] + 1, Vec::new());
        }
        layers[layer[v]].push(v);
    }
    layers.retain(|l| !l.is_empty());
    layers
}

/// Orders each layer to reduce crossings: barycenter sweeps, then swaps of neighbours, each
/// kept only when the placed layout scores better (see [`score`]).
fn order_layers(mut layers: Vec<Vec<usize>>, boxes: &mut [TableBox], links: &[Link]) -> Vec<Vec<usize>> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); boxes.len()];
    for l in links.iter().filter(|l| !l.is_self()) {
        neighbours[l.child].push(l.parent);
        neighbours[l.parent].push(l.child);
    }
    let mut evaluate = |layers: &[Vec<usize>]| {
        place(layers, boxes, links);
        score(boxes, links)
    };
    let mut best = (layers.clone(), evaluate(&layers));

    let mut layer_of = vec![0usize; neighbours.len()];
    for (i, layer) in layers.iter().enumerate() {
        for &v in layer {
            layer_of[v] = i;
        }
    }
    for sweep in 0..ORDER_SWEEPS {
        let forward = sweep % 2 == 0;
        let order: Vec<usize> = if forward {
            (1..layers.len()).collect()
        } else {
            (0..layers.len().saturating_sub(1)).rev().collect()
        };
        for i in order {
            let mut position = vec![0.0; neighbours.len()];
            for layer in &layers {
                for (k, &v) in layer.iter().enumerate() {
                    position[v] = (k as f64 + 0.5) / layer.len() as f64;
                }
            }
            let mut keyed: Vec<(f64, usize, usize)> = layers[i]
                .iter()
                .enumerate()
                .map(|(k, &v)| {
                    let side: Vec<f64> = neighbours[v]
                        .iter()
                        .filter(|&&w| if forward { layer_of[w] < i } else { layer_of[w] > i })
                        .map(|&w| position[w])
                        .collect();
                    let key = if side.is_empty() {
                        position[v]
                    } else {
                        side.iter().sum::<f64>() / side.len() as f64
                    };
                    (key, k, v)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            layers[i] = keyed.into_iter().map(|(_, _, v)| v).collect();
        }
        let scored = evaluate(&layers);
        if scored.better_than(&best.1) {
            best = (layers.clone(), scored);
        }
    }

    // Swap neighbours within a layer while that helps, within a budget of evaluations.
    let (mut layers, mut current) = best;
    let mut budget = SWAP_BUDGET;
    let mut improved = true;
    while improved && budget > 0 {
        improved = false;
        for i in 0..layers.len() {
            for k in 1..layers[i].len() {
                if budget == 0 {
                    break;
                }
                budget -= 1;
                layers[i].swap(k - 1, k);
                let scored = evaluate(&layers);
                if scored.better_than(&current) {
                    current = scored;
                    improved = true;
                } else {
                    layers[i].swap(k - 1, k);
                }
            }
        }
    }
    layers
}

/// How good a placed layout looks: fewer edges crossing each other or running through
/// boxes first, then less vertical travel along the edges. Edges are judged as straight
/// segments between their ends, which the drawn curves follow closely enough to compare.
#[derive(Clone, Copy)]
struct Score {
    tangles: usize,
    travel: f64,
}

impl Score {
    fn better_than(&self, other: &Score) -> bool {
        self.tangles < other.tangles || (self.tangles == other.tangles && self.travel < other.travel - 1e-6)
    }
}

/// A point of the drawing, `(x, y)`.
type Point = (f64, f64);

fn score(boxes: &[TableBox], links: &[Link]) -> Score {
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

/// Gives every box of the layers its position: layers side by side, left-aligned, each as
/// wide as its widest box; within a layer, boxes keep their order and gaps while each slides
/// towards the height of the rows its edges connect to.
fn place(layers: &[Vec<usize>], boxes: &mut [TableBox], links: &[Link]) {
    // The links at each box, other than self-references, which do not pull.
    let mut incident: Vec<Vec<usize>> = vec![Vec::new(); boxes.len()];
    for (k, l) in links.iter().enumerate().filter(|(_, l)| !l.is_self()) {
        incident[l.child].push(k);
        incident[l.parent].push(k);
    }
    let mut x = 0.0;
    for layer in layers {
        let width = layer.iter().map(|&v| boxes[v].width).fold(0.0, f64::max);
        for &v in layer {
            boxes[v].x = x;
        }
        x += width + LAYER_GAP;
    }
    // Start from each layer stacked and centred on the same line.
    for layer in layers {
        let total: f64 = layer.iter().map(|&v| boxes[v].height + BOX_GAP).sum::<f64>() - BOX_GAP;
        let mut y = -total / 2.0;
        for &v in layer {
            boxes[v].y = y;
            y += boxes[v].height + BOX_GAP;
        }
    }
    for pass in 0..PLACEMENT_PASSES {
        let order: Vec<usize> =
            if pass % 2 == 0 { (0..layers.len()).collect() } else { (0..layers.len()).rev().collect() };
        for i in order {
            let desired: Vec<f64> = layers[i]
                .iter()
                .map(|&v| {
                    let wishes: Vec<f64> = incident[v]
                        .iter()
                        .map(|&k| {
                            let l = &links[k];
                            let (from, to) = l.offsets();
                            if l.child == v {
                                boxes[l.parent].y + to - from
                            } else {
                                boxes[l.child].y + from - to
                            }
                        })
                        .collect();
                    if wishes.is_empty() {
                        boxes[v].y
                    } else {
                        wishes.iter().sum::<f64>() / wishes.len() as f64
                    }
                })
                .collect();
            let heights: Vec<f64> = layers[i].iter().map(|&v| boxes[v].height).collect();
            for (&v, y) in layers[i].iter().zip(stack_near(&desired, &heights)) {
                boxes[v].y = y;
            }
        }
    }
}

/// Tops for boxes stacked in order with `BOX_GAP` between them, as close as possible (least
/// squares) to the `desired` tops: the pool-adjacent-violators algorithm on the tops minus
/// the room the boxes above take.
fn stack_near(desired: &[f64], heights: &[f64]) -> Vec<f64> {
    let mut offsets = Vec::with_capacity(heights.len());
    let mut offset = 0.0;
    for h in heights {
        offsets.push(offset);
        offset += h + BOX_GAP;
    }
    // Blocks of (sum, count) whose means must not decrease.
    let mut blocks: Vec<(f64, usize)> = Vec::new();
    for (d, o) in desired.iter().zip(&offsets) {
        blocks.push((d - o, 1));
        while blocks.len() > 1 {
            let (s2, c2) = blocks[blocks.len() - 1];
            let (s1, c1) = blocks[blocks.len() - 2];
            if s1 / c1 as f64 <= s2 / c2 as f64 {
                break;
            }
            blocks.pop();
            *blocks.last_mut().expect("two blocks") = (s1 + s2, c1 + c2);
        }
    }
    let mut tops = Vec::with_capacity(desired.len());
    for (sum, count) in blocks {
        for _ in 0..count {
            tops.push(sum / count as f64 + offsets[tops.len()]);
        }
    }
    tops
}

/// Lays the boxes without relations (and views) in a grid right of the layers, row by row in
/// schema order, about as many columns as rows.
fn place_grid(grid: &[usize], boxes: &mut [TableBox], layers: &[Vec<usize>]) {
    if grid.is_empty() {
        return;
    }
    let layered = layers.iter().flatten().map(|&v| &boxes[v]);
    let left = layered.clone().map(|b| b.x + b.width + LAYER_GAP).fold(0.0, f64::max);
    let top = layered.map(|b| b.y).reduce(f64::min).unwrap_or(0.0);
    let columns = (grid.len() as f64).sqrt().ceil() as usize;
    let mut widths = vec![0.0f64; columns];
    let mut heights = vec![0.0f64; grid.len().div_ceil(columns)];
    for (k, &v) in grid.iter().enumerate() {
        widths[k % columns] = widths[k % columns].max(boxes[v].width);
        heights[k / columns] = heights[k / columns].max(boxes[v].height);
    }
    for (k, &v) in grid.iter().enumerate() {
        let (column, row) = (k % columns, k / columns);
        boxes[v].x = left + widths[..column].iter().map(|w| w + GRID_GAP).sum::<f64>();
        boxes[v].y = top + heights[..row].iter().map(|h| h + BOX_GAP).sum::<f64>();
    }
}

/// The Bézier path of a link: out of the referencing row on the side facing the referenced
/// box, into the referenced row; a self-reference loops out and back on the box's right.
fn edge_path(link: &Link, boxes: &[TableBox]) -> [Point; 4] {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacking_keeps_order_and_gaps_and_honours_free_wishes() {
        // Wishes far apart are granted exactly.
        assert_eq!(stack_near(&[0.0, 500.0], &[100.0, 100.0]), vec![0.0, 500.0]);
        // Two boxes wishing for the same place share the displacement.
        let tops = stack_near(&[100.0, 100.0], &[50.0, 50.0]);
        assert_eq!(tops, vec![100.0 - (50.0 + BOX_GAP) / 2.0, 100.0 + (50.0 + BOX_GAP) / 2.0]);
        // A later box wishing to be above an earlier one stays below it.
        let tops = stack_near(&[0.0, -300.0, 0.0], &[40.0, 40.0, 40.0]);
        assert!(tops[1] >= tops[0] + 40.0 + BOX_GAP - 1e-9 && tops[2] >= tops[1] + 40.0 + BOX_GAP - 1e-9);
    }

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
