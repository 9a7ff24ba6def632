//! The third phase: every box's position, the layers side by side and the unrelated boxes in a
//! grid after them.

use super::TableBox;
use super::links::Link;

/// Horizontal gap between layers: the room in which edges curve from one column to the next.
const LAYER_GAP: f64 = 110.0;
/// Vertical gap between boxes stacked in one column, and between grid rows.
const BOX_GAP: f64 = 36.0;
/// Horizontal gap between grid columns: enough for a self-reference loop (which bulges
/// `0.75 * SELF_LOOP` right of its box) plus air.
const GRID_GAP: f64 = 60.0;
/// Passes of the vertical placement (each slides every column towards its neighbours).
const PLACEMENT_PASSES: usize = 12;

/// Gives every box of the layers its position: layers side by side, left-aligned, each as
/// wide as its widest box; within a layer, boxes keep their order and gaps while each slides
/// towards the height of the rows its edges connect to.
pub(super) fn place(layers: &[Vec<usize>], boxes: &mut [TableBox], links: &[Link]) {
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
pub(super) fn place_grid(grid: &[usize], boxes: &mut [TableBox], layers: &[Vec<usize>]) {
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
}
