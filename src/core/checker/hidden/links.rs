//! New links between existing rows of link tables (a book gets another publisher).

use std::collections::HashSet;

use super::copier::Copier;
use super::focus::MAX_FOCUS;
use super::tables::insert_sql;
use crate::core::value::Value;

/// New links added to a link table, at most, per copy.
const MAX_NEW_LINKS: usize = 30;

impl Copier<'_> {
    /// Adds links between existing rows that are not linked yet, with another link's values.
    pub(super) fn add_links(&mut self) -> Result<(), String> {
        let tables = self.tables;
        for (t, table) in tables.iter().enumerate().filter(|(_, t)| t.is_link()) {
            let n = table.rows.len();
            if n < 2 {
                continue;
            }
            let (first, second) = (table.foreign_keys[0].column, table.foreign_keys[1].column);
            let fk_columns: Vec<usize> = table.foreign_keys.iter().map(|fk| fk.column).collect();
            let link_of = |values: &[Value]| -> Vec<String> {
                fk_columns.iter().map(|&c| values[c].literal()).collect()
            };
            let mut present: HashSet<Vec<String>> = table.rows.iter().map(|(_, v)| link_of(v)).collect();
            let wanted = (n / 10).clamp(1, MAX_NEW_LINKS);
            let sql = insert_sql(table);
            let focused: Vec<usize> = (0..n).filter(|&r| self.focus.contains(&(t, r))).collect();
            let mut added = 0;
            let mut attempt = 0;
            while added < wanted + focused.len().min(MAX_FOCUS) && attempt < n * 4 {
                // Links of the rows in focus first, then links spread over the table.
                let a = match focused.get(attempt) {
                    Some(&r) if attempt < MAX_FOCUS => r,
                    _ => (attempt * 7 + self.copy * 3) % n,
                };
                let b = (a + 1 + attempt / n + self.copy * (n / 2)) % n;
                attempt += 1;
                let mut values = table.rows[a].1.clone();
                values[second] = table.rows[b].1[second].clone();
                if values[first].is_null() || values[second].is_null() || !present.insert(link_of(&values)) {
                    continue;
                }
                for (i, column) in table.columns.iter().enumerate() {
                    if Some(i) == table.rowid_key {
                        values[i] = Value::Integer(self.new_key(t));
                    } else if column.key && !fk_columns.contains(&i) && matches!(values[i], Value::Text(_)) {
                        values[i] = self.new_name(t, i, &values[i]);
                    }
                }
                added += self
                    .conn
                    .execute(&sql, rusqlite::params_from_iter(values.iter()))
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}
