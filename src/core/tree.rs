//! A result read as a hierarchy: rows grouped by their first column, then within each group by
//! the second, and so on, as Real Python draws authors → books → publishers. Offered for
//! results whose first column repeats (several rows share a parent).

use serde::{Deserialize, Serialize};

use super::outcome::StatementResult;
use super::value::Value;

/// Rows past this are not drawn as a tree: it would be taller than anyone reads.
pub const MAX_TREE_ROWS: usize = 500;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreeNode {
    pub label: String,
    pub children: Vec<TreeNode>,
}

/// The hierarchy of `result`'s rows, one level per column; `None` when it does not read as
/// one (fewer than two columns, no repeated first value, no rows, or too many).
pub fn tree_of(result: &StatementResult) -> Option<Vec<TreeNode>> {
    let rows = &result.rows;
    if result.columns.len() < 2 || rows.is_empty() || rows.len() > MAX_TREE_ROWS {
        return None;
    }
    let mut firsts: Vec<&Value> = rows.iter().map(|r| &r[0]).collect();
    firsts.sort_by(|a, b| a.compare(b));
    firsts.dedup_by(|a, b| a.compare(b).is_eq());
    if firsts.len() == rows.len() {
        return None;
    }
    Some(group(rows.iter().map(Vec::as_slice).collect()))
}

/// Groups rows by their first value, in order of first appearance, recursing on the rest.
fn group(rows: Vec<&[Value]>) -> Vec<TreeNode> {
    let mut nodes: Vec<(String, Vec<&[Value]>)> = Vec::new();
    for row in rows {
        let Some((first, rest)) = row.split_first() else { continue };
        let label = first.display();
        match nodes.iter_mut().find(|(l, _)| *l == label) {
            Some((_, children)) => children.push(rest),
            None => nodes.push((label, vec![rest])),
        }
    }
    nodes
        .into_iter()
        .map(|(label, rest)| {
            let children = if rest.iter().all(|r| r.is_empty()) { Vec::new() } else { group(rest) };
            TreeNode { label, children }
        })
        .collect()
}
