//! The focus of a hidden copy: the rows an exercise names and the rows that refer to them.

use std::collections::{BTreeSet, HashSet};

use super::tables::{JoinKey, Table, join_key};
use crate::core::checker::literals::Literal;

/// Rows of the focus copied or relinked per table and copy, at most.
pub(super) const MAX_FOCUS: usize = 8;

/// Rows that the prompt, setup or reference name by a text literal (the author 'King'), and
/// rows that refer to one (King's books): new data is made around them first, since an answer
/// that hard-codes the visible result is an answer about them.
pub(super) fn focus_rows(tables: &[Table], keep: &BTreeSet<Literal>) -> HashSet<(usize, usize)> {
    let texts: Vec<&Literal> = keep.iter().filter(|l| matches!(l, Literal::Text(_))).collect();
    let mut focus: HashSet<(usize, usize)> = HashSet::new();
    for (t, table) in tables.iter().enumerate() {
        for (r, (_, values)) in table.rows.iter().enumerate() {
            if values.iter().any(|v| texts.iter().any(|l| l.matches(v))) {
                focus.insert((t, r));
            }
        }
    }
    let named: Vec<(usize, usize)> = focus.iter().copied().collect();
    for (t, table) in tables.iter().enumerate() {
        for fk in &table.foreign_keys {
            let Some(p) = tables.iter().position(|x| x.name.eq_ignore_ascii_case(&fk.parent)) else {
                continue;
            };
            let Some(key) = tables[p].referenced(fk) else { continue };
            let keys: HashSet<JoinKey> = named
                .iter()
                .filter(|(pt, _)| *pt == p)
                .filter_map(|&(_, r)| join_key(&tables[p].rows[r].1[key]))
                .collect();
            for (r, (_, values)) in table.rows.iter().enumerate() {
                if join_key(&values[fk.column]).is_some_and(|k| keys.contains(&k)) {
                    focus.insert((t, r));
                }
            }
        }
    }
    focus
}
