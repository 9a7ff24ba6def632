//! New entities: rows copied under a new key with new names, with the rows that belong to them.

use super::copier::Copier;
use super::focus::MAX_FOCUS;
use super::tables::{Role, insert_sql, join_key};
use crate::core::value::Value;

/// Rows copied as new entities, at most, per table and copy (plus what belongs to them).
const MAX_NEW_ENTITIES: usize = 40;
/// How deep "what belongs to" a copied row reaches: an artist's albums (1), their tracks (2),
/// the tracks' invoice lines and playlist entries (3).
const MAX_DEPTH: usize = 3;

impl Copier<'_> {
    /// Copies some rows of every table that is not a link table, with what belongs to them.
    pub(super) fn add_entities(&mut self) -> Result<(), String> {
        for t in 0..self.tables.len() {
            let table = &self.tables[t];
            // A table whose rows only hang off others (invoice lines) gets copies as theirs.
            let top_level =
                table.foreign_keys.is_empty() || table.columns.iter().any(|c| c.role == Role::Name);
            if table.is_link() || !top_level || table.rows.is_empty() {
                continue;
            }
            // Small tables get every other row copied (each row in one of the two copies).
            let stride = if table.rows.len() < 20 { 2 } else { 4 };
            let mut picked: Vec<usize> = (0..table.rows.len())
                .filter(|i| i % stride == (self.copy + 1) % stride)
                .take(MAX_NEW_ENTITIES)
                .collect();
            let focused =
                (0..table.rows.len()).filter(|&r| self.focus.contains(&(t, r)) && !picked.contains(&r));
            picked.extend(focused.skip(self.copy).step_by(2).take(MAX_FOCUS).collect::<Vec<_>>());
            for index in picked {
                // A copied row's children follow it, but a row copied on its own keeps its
                // parents: a new book of an existing author.
                self.maps.clear();
                self.copy_row(t, index, 0)?;
            }
        }
        Ok(())
    }

    /// Inserts a copy of row `index` of table `t` (new key, new names; at the top, measures
    /// from another row), then copies the rows that refer to it.
    fn copy_row(&mut self, t: usize, index: usize, depth: usize) -> Result<(), String> {
        let tables = self.tables;
        let table = &tables[t];
        let original = &table.rows[index].1;
        let mut values = original.clone();
        for (i, column) in table.columns.iter().enumerate() {
            if Some(i) == table.rowid_key {
                values[i] = Value::Integer(self.new_key(t));
            } else if let Some(fk) = table.foreign_keys.iter().find(|fk| fk.column == i) {
                if let Some(mapped) = self.mapped(fk, &original[i]) {
                    values[i] = mapped;
                }
            } else if column.role == Role::Name
                || (column.key && matches!(original[i], Value::Text(_)))
                || (depth == 0 && column.role == Role::Category && table.is_flat() && index % 4 >= 2)
                || matches!(&original[i], Value::Text(t) if self.named.contains(t))
            {
                // In a flat table the entities live in its text columns: some copies are a new
                // book of the same author, others a new author too. A value the exercise names
                // ("the playlist named Grunge") is never repeated.
                values[i] = self.new_name(t, i, &original[i]);
            } else if depth == 0 && matches!(column.role, Role::Measure | Role::Date) {
                let n = table.rows.len();
                values[i] = table.rows[(index + 1 + self.copy) % n].1[i].clone();
            }
        }
        if !self.inserts.contains_key(&t) {
            let statement = self.conn.prepare(&insert_sql(table)).map_err(|e| e.to_string())?;
            self.inserts.insert(t, statement);
        }
        let insert = self.inserts.get_mut(&t).expect("prepared above");
        let inserted =
            insert.execute(rusqlite::params_from_iter(values.iter())).map_err(|e| e.to_string())?;
        if inserted == 0 {
            return Ok(());
        }
        let referenced: Vec<usize> = (0..table.columns.len()).filter(|&c| self.is_referenced(t, c)).collect();
        for column in referenced {
            self.maps
                .entry((t, column))
                .or_default()
                .insert(original[column].literal(), values[column].clone());
        }
        if depth >= MAX_DEPTH {
            return Ok(());
        }
        for (c, child) in tables.iter().enumerate() {
            for fk in child.foreign_keys.iter().filter(|fk| fk.parent.eq_ignore_ascii_case(&table.name)) {
                let Some(referenced) = table.referenced(fk) else { continue };
                if c == t && fk.column == referenced {
                    continue;
                }
                let Some(key) = join_key(&original[referenced]) else { continue };
                let children: Vec<usize> = self
                    .rows_by_key(c, fk.column)
                    .get(&key)
                    .map(|rows| rows.iter().copied().filter(|&r| !(c == t && r == index)).collect())
                    .unwrap_or_default();
                for r in children {
                    self.copy_row(c, r, depth + 1)?;
                }
            }
        }
        Ok(())
    }
}
