//! What an INSERT, UPDATE or DELETE did to its table, row by row: the rows inserted, the rows
//! updated (old and new values) and the rows deleted, found by comparing the table before and
//! after the statement by rowid.
//!
//! Only small tables are compared (see [`MAX_ROWS`]): the point is to let a learner watch a
//! statement act, not to audit a big table.

use serde::{Deserialize, Serialize};

use super::value::Value;

/// Tables with more rows than this (before or after) are not compared.
pub const MAX_ROWS: u64 = 5_000;

/// One table's changes from one statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableChanges {
    pub table: String,
    pub columns: Vec<String>,
    pub inserted: Vec<Vec<Value>>,
    /// Old values, then new values, of each row that changed.
    pub updated: Vec<(Vec<Value>, Vec<Value>)>,
    pub deleted: Vec<Vec<Value>>,
    /// Rows the statement left as they were.
    pub unchanged: u64,
}

impl TableChanges {
    pub fn is_empty(&self) -> bool {
        self.inserted.is_empty() && self.updated.is_empty() && self.deleted.is_empty()
    }
}

/// A table's rows at one moment, by rowid.
#[derive(Debug, Clone, PartialEq)]
pub struct TableImage {
    pub table: String,
    pub columns: Vec<String>,
    pub rows: Vec<(i64, Vec<Value>)>,
}

/// The changes from `before` to `after`, two images of the same table, in rowid order.
pub fn diff(before: &TableImage, after: &TableImage) -> TableChanges {
    let mut changes = TableChanges {
        table: after.table.clone(),
        columns: after.columns.clone(),
        inserted: Vec::new(),
        updated: Vec::new(),
        deleted: Vec::new(),
        unchanged: 0,
    };
    let (mut old, mut new) = (before.rows.iter().peekable(), after.rows.iter().peekable());
    loop {
        match (old.peek(), new.peek()) {
            (Some((a, _)), Some((b, _))) if a < b => changes.deleted.push(old.next().unwrap().1.clone()),
            (Some((a, _)), Some((b, _))) if a > b => changes.inserted.push(new.next().unwrap().1.clone()),
            (Some(_), Some(_)) => {
                let (was, now) = (&old.next().unwrap().1, &new.next().unwrap().1);
                // A column added or dropped by the statement makes every row differ in shape.
                if was == now {
                    changes.unchanged += 1;
                } else {
                    changes.updated.push((was.clone(), now.clone()));
                }
            }
            (Some(_), None) => changes.deleted.push(old.next().unwrap().1.clone()),
            (None, Some(_)) => changes.inserted.push(new.next().unwrap().1.clone()),
            (None, None) => break,
        }
    }
    changes
}

#[cfg(feature = "engine")]
pub use capture::{capture, written_tables};

#[cfg(feature = "engine")]
mod capture {
    use rusqlite::Connection;

    use super::{MAX_ROWS, TableImage};
    use crate::core::script::quote_identifier;
    use crate::core::value::Value;

    /// The tables a statement writes to directly (not through triggers), read off its
    /// bytecode: each `OpenWrite` names a root page, which `sqlite_schema` maps to a table.
    /// Empty for statements that write nothing or cannot be prepared.
    pub fn written_tables(conn: &Connection, statement: &str) -> Vec<String> {
        let Ok(mut explain) = conn.prepare(&format!("EXPLAIN {statement}")) else {
            return Vec::new();
        };
        let roots: Vec<i64> = explain
            .query_map([], |row| Ok((row.get::<_, String>(1)?, row.get::<_, i64>(3)?, row.get::<_, i64>(4)?)))
            .map(|rows| {
                rows.filter_map(Result::ok)
                    .filter(|(opcode, _, database)| opcode == "OpenWrite" && *database == 0)
                    .map(|(_, root, _)| root)
                    .collect()
            })
            .unwrap_or_default();
        let mut tables = Vec::new();
        for root in roots {
            let name: Option<String> = conn
                .query_row(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage = ?1",
                    [root],
                    |row| row.get(0),
                )
                .ok();
            if let Some(name) = name
                && !tables.contains(&name)
            {
                tables.push(name);
            }
        }
        tables
    }

    /// `table`'s rows by rowid, or `None` when it is too big to compare, has no rowid
    /// (WITHOUT ROWID) or cannot be read.
    pub fn capture(conn: &Connection, table: &str) -> Option<TableImage> {
        let quoted = quote_identifier(table);
        let count: i64 =
            conn.query_row(&format!("SELECT count(*) FROM {quoted}"), [], |row| row.get(0)).ok()?;
        if count.unsigned_abs() > MAX_ROWS {
            return None;
        }
        let mut statement =
            conn.prepare(&format!("SELECT _rowid_, * FROM {quoted} ORDER BY _rowid_")).ok()?;
        let columns: Vec<String> = statement.column_names().skip(1).map(str::to_owned).collect();
        let width = columns.len();
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, i64>(0)?, Value::row(row, 1..width + 1)?)))
            .ok()?
            .collect::<Result<Vec<_>, _>>()
            .ok()?;
        Some(TableImage { table: table.to_owned(), columns, rows })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(rows: &[(i64, &str)]) -> TableImage {
        TableImage {
            table: "t".into(),
            columns: vec!["name".into()],
            rows: rows.iter().map(|(id, name)| (*id, vec![Value::Text((*name).into())])).collect(),
        }
    }

    #[test]
    fn rows_are_matched_by_rowid() {
        let before = image(&[(1, "a"), (2, "b"), (3, "c")]);
        let after = image(&[(1, "a"), (3, "C"), (4, "d")]);
        let changes = diff(&before, &after);
        assert_eq!(changes.deleted, vec![vec![Value::Text("b".into())]]);
        assert_eq!(changes.updated, vec![(vec![Value::Text("c".into())], vec![Value::Text("C".into())])]);
        assert_eq!(changes.inserted, vec![vec![Value::Text("d".into())]]);
        assert_eq!(changes.unchanged, 1);
    }

    #[test]
    fn an_unchanged_table_has_no_changes() {
        let same = image(&[(1, "a")]);
        assert!(diff(&same, &same).is_empty());
    }
}
