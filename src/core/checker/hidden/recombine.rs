//! Recombined rows in a flat table (a CSV imported as it is), which has no keys to copy under.

use std::collections::HashSet;

use super::copier::Copier;
use super::focus::MAX_FOCUS;
use super::tables::{Role, insert_sql};
use crate::core::value::Value;

impl Copier<'_> {
    /// In a flat table, rows in focus recombined with another row's value of one of its
    /// repeated text columns (The Good Earth with another publisher, King with another first
    /// name), when that row is new.
    pub(super) fn recombine_flat_rows(&self) -> Result<(), String> {
        for (t, table) in self.tables.iter().enumerate().filter(|(_, t)| t.is_flat() && t.rows.len() >= 2) {
            let categories: Vec<usize> =
                (0..table.columns.len()).filter(|&i| table.columns[i].role == Role::Category).collect();
            let mut present: HashSet<Vec<String>> =
                table.rows.iter().map(|(_, r)| r.iter().map(Value::literal).collect()).collect();
            let sql = insert_sql(table);
            let n = table.rows.len();
            let focused: Vec<usize> = (0..n).filter(|&r| self.focus.contains(&(t, r))).collect();
            let mut picked: Vec<usize> = focused.into_iter().take(MAX_FOCUS).collect();
            picked.extend((0..n).filter(|i| i % 5 == self.copy).take(3));
            for (k, r) in picked.into_iter().enumerate() {
                let Some(&column) = categories.get((k + self.copy) % categories.len().max(1)) else { break };
                for step in 1..n {
                    let mut values = table.rows[r].1.clone();
                    values[column] = table.rows[(r + step * (self.copy + 1)) % n].1[column].clone();
                    if present.insert(values.iter().map(Value::literal).collect()) {
                        self.conn
                            .execute(&sql, rusqlite::params_from_iter(values.iter()))
                            .map_err(|e| e.to_string())?;
                        break;
                    }
                }
            }
        }
        Ok(())
    }
}
