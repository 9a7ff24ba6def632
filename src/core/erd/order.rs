//! The second phase: the order of the boxes within each layer.

use super::TableBox;
use super::links::Link;
use super::place::place;
use super::score::{Score, score};

/// Barycenter sweeps over the layers (alternately left-to-right and right-to-left).
const ORDER_SWEEPS: usize = 8;
/// How many layouts the adjacent-swap refinement may evaluate, bounding its cost on large
/// schemas (each evaluation places every box and compares every pair of edges).
const SWAP_BUDGET: usize = 400;

/// Orders each layer to reduce crossings: barycenter sweeps, then swaps of neighbours, each
/// kept only when the placed layout scores better (see [`score`]).
pub(super) fn order_layers(
    layers: Vec<Vec<usize>>,
    boxes: &mut [TableBox],
    links: &[Link],
) -> Vec<Vec<usize>> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); boxes.len()];
    for l in links.iter().filter(|l| !l.is_self()) {
        neighbours[l.child].push(l.parent);
        neighbours[l.parent].push(l.child);
    }
    let mut evaluate = |layers: &[Vec<usize>]| {
        place(layers, boxes, links);
        score(boxes, links)
    };
    let best = sweep_barycenters(layers, &neighbours, &mut evaluate);
    swap_neighbours(best, &mut evaluate)
}

/// The best-scoring order among the given one and the result of each barycenter sweep: a box's
/// key is the mean position of its neighbours in the layers already swept.
fn sweep_barycenters(
    mut layers: Vec<Vec<usize>>,
    neighbours: &[Vec<usize>],
    evaluate: &mut impl FnMut(&[Vec<usize>]) -> Score,
) -> (Vec<Vec<usize>>, Score) {
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
    best
}

/// Swaps neighbours within a layer while that helps, within a budget of evaluations.
fn swap_neighbours(
    (mut layers, mut current): (Vec<Vec<usize>>, Score),
    evaluate: &mut impl FnMut(&[Vec<usize>]) -> Score,
) -> Vec<Vec<usize>> {
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
