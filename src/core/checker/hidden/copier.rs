//! The copier: what one hidden copy is being made with, and the bookkeeping its changes share
//! (new names, new keys, which copied row stands for which).

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::tables::{ForeignKey, JoinKey, Table, join_key};
use crate::core::value::Value;

/// New keys start this far above the largest key, so that a setup or an answer inserting the
/// next key by number (`VALUES (8, …)`) does not collide with a hidden row.
const KEY_GAP: i64 = 1_000;

pub(super) struct Copier<'a> {
    pub(super) conn: &'a Connection,
    pub(super) tables: &'a [Table],
    pub(super) copy: usize,
    pub(super) focus: HashSet<(usize, usize)>,
    /// Text values the prompt, setup or reference name: a copy never repeats one.
    pub(super) named: HashSet<String>,
    /// New names given so far, per (table, column): no two copies get the same one.
    pub(super) given: HashSet<(usize, usize, String)>,
    /// For a (table, column) that foreign keys refer to: each copied row's old value → new.
    pub(super) maps: HashMap<(usize, usize), HashMap<String, Value>>,
    pub(super) next_key: HashMap<usize, i64>,
    /// For a (table, column): the rows holding each value, built when first needed (which rows
    /// belong to a copied row is asked thousands of times on Chinook).
    pub(super) index: HashMap<(usize, usize), HashMap<JoinKey, Vec<usize>>>,
    /// Each table's row insert, prepared once.
    pub(super) inserts: HashMap<usize, rusqlite::Statement<'a>>,
}

impl Copier<'_> {
    /// A name for a copy that no other copy of this column was given.
    pub(super) fn new_name(&mut self, t: usize, column: usize, original: &Value) -> Value {
        for attempt in 0..50 {
            let candidate = renamed(original, self.copy + 2 * attempt);
            let Value::Text(text) = &candidate else { return candidate };
            if self.given.insert((t, column, text.clone())) {
                return candidate;
            }
        }
        original.clone()
    }

    /// The rows of table `t` by their value in `column`.
    pub(super) fn rows_by_key(&mut self, t: usize, column: usize) -> &HashMap<JoinKey, Vec<usize>> {
        let table = &self.tables[t];
        self.index.entry((t, column)).or_insert_with(|| {
            let mut rows: HashMap<JoinKey, Vec<usize>> = HashMap::new();
            for (r, (_, values)) in table.rows.iter().enumerate() {
                if let Some(key) = join_key(&values[column]) {
                    rows.entry(key).or_default().push(r);
                }
            }
            rows
        })
    }

    pub(super) fn is_referenced(&self, t: usize, column: usize) -> bool {
        let table = &self.tables[t];
        self.tables
            .iter()
            .flat_map(|c| &c.foreign_keys)
            .any(|fk| fk.parent.eq_ignore_ascii_case(&table.name) && table.referenced(fk) == Some(column))
    }

    pub(super) fn mapped(&self, fk: &ForeignKey, old: &Value) -> Option<Value> {
        let parent = self.tables.iter().position(|t| t.name.eq_ignore_ascii_case(&fk.parent))?;
        let column = self.tables[parent].referenced(fk)?;
        self.maps.get(&(parent, column))?.get(&old.literal()).cloned()
    }

    pub(super) fn new_key(&mut self, t: usize) -> i64 {
        let table = &self.tables[t];
        let next = self.next_key.entry(t).or_insert_with(|| {
            table.rows.iter().filter_map(|(rowid, _)| *rowid).max().unwrap_or(0) + KEY_GAP
        });
        *next += 1;
        *next
    }
}

/// A new name for a copy: `King` → `King II`; an email keeps its form (`a@b.org` → `a+2@b.org`).
fn renamed(value: &Value, copy: usize) -> Value {
    const SUFFIXES: [&str; 8] = [" II", " III", " IV", " V", " VI", " VII", " VIII", " IX"];
    let suffix = match SUFFIXES.get(copy) {
        Some(s) => (*s).to_owned(),
        None => format!(" {}", copy + 2),
    };
    match value {
        Value::Text(t) if t.contains('@') && !t.contains(' ') => {
            let (local, domain) = t.split_once('@').expect("has @");
            Value::Text(format!("{local}+{}@{domain}", copy + 2))
        }
        Value::Text(t) => Value::Text(format!("{t}{suffix}")),
        other => other.clone(),
    }
}
