//! The first phase: which layer (column of the diagram) each related box goes in.

use super::links::Link;

/// Splits the related boxes into layers: a box's layer is the longest chain of references
/// below it, so every referenced box is in an earlier layer than its referrers. Cycles are
/// broken by ignoring the references a depth-first search finds pointing back into its own
/// path; those still get drawn, just from left to right. A box that references nothing is
/// then moved right to the layer just before its nearest referrer, which only shortens its
/// edges (Playlist next to PlaylistTrack rather than in the first column).
pub(super) fn rank(n: usize, links: &[Link], related: &[bool]) -> Vec<Vec<usize>> {
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
