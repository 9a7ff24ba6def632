//! Finding keys, constants and single-column functional dependencies in a table's rows.
//!
//! Every value is first replaced by a small number per column (equal values, as SQLite's
//! `DISTINCT` sees them, get the same number), then each candidate `A → B` is one pass over
//! the rows that stops at the first value of `A` seen with two values of `B`. A hundred
//! thousand rows of ten columns take a few tens of milliseconds after reading.

use std::collections::{HashMap, HashSet};

use super::{Dependency, Discovery, SourceColumn};
use crate::core::value::Value;

/// One value, borrowed, as the interner sees it.
enum Cell<'a> {
    Null,
    Integer(i64),
    Real(f64),
    Text(&'a [u8]),
    Blob(&'a [u8]),
}

impl<'a> From<&'a Value> for Cell<'a> {
    fn from(value: &'a Value) -> Self {
        match value {
            Value::Null => Cell::Null,
            Value::Integer(i) => Cell::Integer(*i),
            Value::Real(r) => Cell::Real(*r),
            Value::Text(t) => Cell::Text(t.as_bytes()),
            Value::Blob(b) => Cell::Blob(b),
        }
    }
}

/// Numbers one column's distinct values 0, 1, 2, … in order of first appearance.
#[derive(Default)]
struct Interner {
    null: Option<u32>,
    integers: HashMap<i64, u32>,
    reals: HashMap<u64, u32>,
    texts: HashMap<Vec<u8>, u32>,
    blobs: HashMap<Vec<u8>, u32>,
    count: u32,
}

impl Interner {
    fn code(&mut self, cell: Cell) -> u32 {
        let next = self.count;
        let code = match cell {
            Cell::Null => *self.null.get_or_insert(next),
            Cell::Integer(i) => *self.integers.entry(i).or_insert(next),
            // SQLite compares 2 and 2.0 as equal, so DISTINCT keeps one of them.
            Cell::Real(r) => match exact_integer(r) {
                Some(i) => *self.integers.entry(i).or_insert(next),
                None => *self.reals.entry(r.to_bits()).or_insert(next),
            },
            Cell::Text(t) => lookup(&mut self.texts, t, next),
            Cell::Blob(b) => lookup(&mut self.blobs, b, next),
        };
        if code == next {
            self.count += 1;
        }
        code
    }
}

/// The code of `bytes`, inserting `next` for it if new, without copying bytes already known.
fn lookup(map: &mut HashMap<Vec<u8>, u32>, bytes: &[u8], next: u32) -> u32 {
    match map.get(bytes) {
        Some(&code) => code,
        None => {
            map.insert(bytes.to_vec(), next);
            next
        }
    }
}

/// `r` as an i64 when it is a whole number within range (so that it equals that integer).
fn exact_integer(r: f64) -> Option<i64> {
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    (r.fract() == 0.0 && (-TWO_POW_63..TWO_POW_63).contains(&r)).then_some(r as i64)
}

/// The rows of a table, one code per value, column by column.
struct Collector {
    columns: Vec<(String, String)>,
    interners: Vec<Interner>,
    codes: Vec<Vec<u32>>,
    rows: u64,
}

impl Collector {
    fn new(columns: Vec<(String, String)>) -> Self {
        let width = columns.len();
        Self {
            columns,
            interners: (0..width).map(|_| Interner::default()).collect(),
            codes: vec![Vec::new(); width],
            rows: 0,
        }
    }

    fn push_row<'a>(&mut self, cells: impl Iterator<Item = Cell<'a>>) {
        for ((cell, interner), codes) in cells.zip(&mut self.interners).zip(&mut self.codes) {
            codes.push(interner.code(cell));
        }
        self.rows += 1;
    }

    fn finish(self, table: &str, taken_names: Vec<String>) -> Discovery {
        let rows = self.rows;
        let distinct: Vec<u64> = self.interners.iter().map(|i| u64::from(i.count)).collect();
        let width = self.columns.len();
        let constant: Vec<bool> = distinct.iter().map(|&d| d <= 1).collect();
        let key: Vec<bool> = distinct.iter().map(|&d| rows >= 2 && d == rows).collect();
        let name = |c: usize| self.columns[c].0.clone();

        let mut determines = vec![vec![false; width]; width];
        let mut seen = Vec::new();
        for a in (0..width).filter(|&a| !constant[a] && !key[a]) {
            for b in (0..width).filter(|&b| b != a && !constant[b] && !key[b]) {
                // A → B maps A's values onto B's, so B cannot have more of them.
                if distinct[b] <= distinct[a] {
                    determines[a][b] = holds(&self.codes[a], &self.codes[b], distinct[a], &mut seen);
                }
            }
        }

        let mut keys: Vec<Vec<String>> = (0..width).filter(|&c| key[c]).map(|c| vec![name(c)]).collect();
        if keys.is_empty() && rows >= 2 {
            for a in (0..width).filter(|&a| !constant[a]) {
                for b in (a + 1..width).filter(|&b| !constant[b]) {
                    let related = determines[a][b] || determines[b][a];
                    if !related
                        && distinct[a].saturating_mul(distinct[b]) >= rows
                        && unique_pairs(&self.codes[a], &self.codes[b])
                    {
                        keys.push(vec![name(a), name(b)]);
                    }
                }
            }
        }

        let dependencies = (0..width)
            .filter_map(|a| {
                let dependents: Vec<String> = (0..width).filter(|&b| determines[a][b]).map(name).collect();
                (!dependents.is_empty()).then(|| Dependency { determinant: name(a), dependents })
            })
            .collect();
        let columns = self
            .columns
            .iter()
            .zip(&self.interners)
            .enumerate()
            .map(|(c, ((name, decl_type), interner))| SourceColumn {
                name: name.clone(),
                decl_type: decl_type.clone(),
                distinct: u64::from(interner.count),
                nulls: interner
                    .null
                    .map_or(0, |null| self.codes[c].iter().filter(|&&v| v == null).count() as u64),
            })
            .collect();
        Discovery {
            table: table.to_owned(),
            row_count: rows,
            columns,
            keys,
            constants: (0..width).filter(|&c| constant[c]).map(name).collect(),
            dependencies,
            taken_names,
        }
    }
}

/// Whether every value of `a` (codes below `a_distinct`) comes with a single value of `b`.
fn holds(a: &[u32], b: &[u32], a_distinct: u64, seen: &mut Vec<u32>) -> bool {
    const UNSEEN: u32 = u32::MAX;
    seen.clear();
    seen.resize(a_distinct as usize, UNSEEN);
    for (&a, &b) in a.iter().zip(b) {
        let slot = &mut seen[a as usize];
        if *slot == UNSEEN {
            *slot = b;
        } else if *slot != b {
            return false;
        }
    }
    true
}

/// Whether no two rows have the same pair of values.
fn unique_pairs(a: &[u32], b: &[u32]) -> bool {
    let mut pairs = HashSet::with_capacity(a.len());
    a.iter().zip(b).all(|(&a, &b)| pairs.insert((u64::from(a) << 32) | u64::from(b)))
}

/// Finds keys, constants and dependencies in rows given as values. `columns` are the column
/// names with their declared types (empty for none); every row has one value per column.
///
/// # Panics
///
/// When a row does not have one value per column.
pub fn discover_rows(table: &str, columns: &[(String, String)], rows: &[Vec<Value>]) -> Discovery {
    let mut collector = Collector::new(columns.to_vec());
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(
            row.len(),
            columns.len(),
            "row {i} has {} values for {} columns",
            row.len(),
            columns.len()
        );
        collector.push_row(row.iter().map(Cell::from));
    }
    collector.finish(table, Vec::new())
}

/// Reads every row of `table` (`SELECT *`) and finds its keys, constants and dependencies.
/// The names of the database's other tables, views and indexes are recorded too, for
/// [`super::propose`] to avoid. The error is SQLite's message.
#[cfg(feature = "engine")]
pub fn discover(conn: &rusqlite::Connection, table: &str) -> Result<Discovery, String> {
    use crate::core::database::sqlite_message;
    use crate::core::script::quote_identifier;
    use rusqlite::types::ValueRef;

    let message = |err: rusqlite::Error| sqlite_message(&err);
    let mut statement =
        conn.prepare(&format!("SELECT * FROM {}", quote_identifier(table))).map_err(message)?;
    let columns: Vec<(String, String)> = statement
        .columns()
        .map(|c| (c.name().to_owned(), c.decl_type().unwrap_or_default().to_owned()))
        .collect();
    let width = columns.len();
    let mut collector = Collector::new(columns);
    let mut rows = statement.raw_query();
    while let Some(row) = rows.next().map_err(message)? {
        let cells = (0..width).map(|i| match row.get_ref_unwrap(i) {
            ValueRef::Null => Cell::Null,
            ValueRef::Integer(i) => Cell::Integer(i),
            ValueRef::Real(r) => Cell::Real(r),
            ValueRef::Text(t) => Cell::Text(t),
            ValueRef::Blob(b) => Cell::Blob(b),
        });
        collector.push_row(cells);
    }
    drop(rows);

    let mut names = conn
        .prepare(
            "SELECT name FROM main.sqlite_schema
             WHERE type IN ('table', 'view', 'index') AND name <> ?1 COLLATE NOCASE ORDER BY name",
        )
        .map_err(message)?;
    let taken_names = names
        .query_map([table], |row| row.get::<_, String>(0))
        .map_err(message)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(message)?;
    Ok(collector.finish(table, taken_names))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(names: &[&str]) -> Vec<(String, String)> {
        names.iter().map(|n| ((*n).to_owned(), String::new())).collect()
    }

    #[test]
    fn equal_numbers_share_a_code_as_in_sqlite() {
        let mut interner = Interner::default();
        let one = interner.code(Cell::Integer(1));
        assert_eq!(interner.code(Cell::Real(1.0)), one);
        assert_eq!(interner.code(Cell::Real(-0.0)), interner.code(Cell::Integer(0)));
        assert_ne!(interner.code(Cell::Real(1.5)), one);
        assert_ne!(interner.code(Cell::Text(b"1")), one);
        assert_ne!(interner.code(Cell::Blob(b"1")), interner.code(Cell::Text(b"1")));
        assert_eq!(interner.code(Cell::Null), interner.code(Cell::Null));
        assert_eq!(interner.count, 6);
    }

    #[test]
    fn null_is_a_value_and_keys_and_constants_are_set_apart() {
        use Value::{Integer as I, Null, Text as T};
        let rows = vec![
            vec![I(1), T("a".into()), I(10), I(7)],
            vec![I(2), T("a".into()), I(10), I(7)],
            vec![I(3), Null, I(20), I(7)],
            vec![I(4), Null, I(30), I(7)],
        ];
        let found = discover_rows("t", &columns(&["id", "g", "h", "k"]), &rows);
        assert_eq!(found.keys, vec![vec!["id".to_owned()]]);
        assert_eq!(found.constants, vec!["k".to_owned()]);
        // NULL is one value: the two rows with a NULL g have different h values.
        assert!(found.determines("h", "g"));
        assert!(!found.determines("g", "h"));
        assert!(!found.determines("id", "g") && !found.determines("g", "k"));
        assert_eq!((found.columns[1].nulls, found.columns[2].nulls), (2, 0));
    }

    #[test]
    fn pairs_are_keys_only_without_a_single_key() {
        use Value::Integer as I;
        let rows = vec![vec![I(1), I(1)], vec![I(1), I(2)], vec![I(2), I(1)], vec![I(2), I(2)]];
        let found = discover_rows("t", &columns(&["a", "b"]), &rows);
        assert_eq!(found.keys, vec![vec!["a".to_owned(), "b".to_owned()]]);
        assert!(found.dependencies.is_empty());
    }
}
