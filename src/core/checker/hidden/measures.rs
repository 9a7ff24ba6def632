//! Changed measures: prices, years, ratings and dates that take other rows' values.

use std::collections::BTreeSet;

use super::copier::Copier;
use super::tables::Role;
use crate::core::checker::literals::Literal;
use crate::core::script::quote_identifier;
use crate::core::value::Value;

impl Copier<'_> {
    /// Measures and dates of some rows take the value of another row of the same column.
    pub(super) fn change_measures(&self, keep: &BTreeSet<Literal>) -> Result<(), String> {
        for (t, table) in self.tables.iter().enumerate() {
            let changing: Vec<usize> = (0..table.columns.len())
                .filter(|&i| {
                    matches!(table.columns[i].role, Role::Measure | Role::Date) && !table.columns[i].key
                })
                .collect();
            let n = table.rows.len();
            if changing.is_empty() || n < 2 {
                continue;
            }
            let assignments: Vec<String> = changing
                .iter()
                .map(|&i| format!("{} = ?{}", quote_identifier(&table.columns[i].name), i + 1))
                .collect();
            let sql = format!(
                "UPDATE OR IGNORE {} SET {} WHERE rowid = ?{}",
                table.quoted(),
                assignments.join(", "),
                table.columns.len() + 1
            );
            let mut update = self.conn.prepare(&sql).map_err(|e| e.to_string())?;
            for (index, (rowid, values)) in table.rows.iter().enumerate() {
                let Some(rowid) = rowid else { break };
                let in_focus = self.focus.contains(&(t, index));
                if (index % 3 != self.copy && !in_focus)
                    || values.iter().any(|v| keep.iter().any(|l| l.matches(v)))
                {
                    continue;
                }
                // Each column from another donor, so that measures which happen to move together
                // in the visible rows (drafts are exactly the posts without likes) part ways.
                let mut params: Vec<Value> = values.clone();
                for (k, &i) in changing.iter().enumerate() {
                    params[i] = table.rows[(index + n / 2 + self.copy + k) % n].1[i].clone();
                    // A row in focus (a post of the user the exercise names) gets, in the first
                    // copy, a value of the other kind where there is one: a date where it had
                    // none, none where it had one.
                    if in_focus && self.copy == 0 {
                        let other_kind = (1..n)
                            .map(|step| &table.rows[(index + step) % n].1[i])
                            .find(|v| v.is_null() != values[i].is_null());
                        if let Some(value) = other_kind {
                            params[i] = value.clone();
                        }
                    }
                }
                params.push(Value::Integer(*rowid));
                update.execute(rusqlite::params_from_iter(params.iter())).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}
