//! What a database holds: its tables and views, their columns, keys and indexes, read from
//! SQLite's own catalogue so the schema panel and the diagram never parse SQL themselves.
//!
//! The types are plain data and compile without the `engine` feature, so the UI can receive a
//! [`Schema`] from the worker; only [`read_schema`] and [`schema_version`] need SQLite.

use serde::{Deserialize, Serialize};

/// Every table and view of the `main` database: tables first, then views, each group sorted by
/// name case-insensitively. SQLite's internal `sqlite_%` tables are left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    pub tables: Vec<TableInfo>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TableKind {
    Table,
    View,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TableInfo {
    pub name: String,
    pub kind: TableKind,
    /// In declaration order; hidden columns of virtual tables are left out, generated columns
    /// are kept.
    pub columns: Vec<ColumnInfo>,
    /// In the order of their first column in the table.
    pub foreign_keys: Vec<ForeignKey>,
    /// User indexes (origin `c`) and the automatic ones SQLite makes for UNIQUE (`u`) and
    /// PRIMARY KEY (`pk`) constraints, sorted by name.
    pub indexes: Vec<IndexInfo>,
    /// `count(*)` for tables; `None` for views, whose count may be arbitrarily expensive, and
    /// for a virtual table whose module this SQLite lacks (its columns are then empty too).
    pub row_count: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnInfo {
    pub name: String,
    /// The declared type as written (`NVARCHAR(160)`), empty when none was declared.
    pub decl_type: String,
    pub not_null: bool,
    /// 1-based position within the primary key, 0 for columns outside it.
    pub primary_key: u32,
    /// The default's SQL text as written (`'x'`, `0`, `CURRENT_TIMESTAMP`).
    pub default: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ForeignKey {
    pub columns: Vec<String>,
    /// Spelled as the referenced table is actually named when it exists, whatever case the
    /// REFERENCES clause used.
    pub ref_table: String,
    /// Resolved: when the constraint names no columns, the referenced table's primary key
    /// columns (empty if that table is missing or has no declared primary key, which SQLite
    /// itself reports as a "foreign key mismatch" on use).
    pub ref_columns: Vec<String>,
    pub on_delete: String,
    pub on_update: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexInfo {
    pub name: String,
    pub unique: bool,
    /// `c` (CREATE INDEX), `u` (UNIQUE constraint) or `pk` (PRIMARY KEY constraint).
    pub origin: String,
    /// Key columns in index order; an indexed expression shows as `<expression>`.
    pub columns: Vec<String>,
}

/// How an indexed expression (which has no column name) is listed in [`IndexInfo::columns`].
pub const EXPRESSION_COLUMN: &str = "<expression>";

impl Schema {
    /// The table or view called `name`, compared as SQLite compares identifiers (ASCII
    /// case-insensitively).
    pub fn table(&self, name: &str) -> Option<&TableInfo> {
        self.tables.iter().find(|t| t.name.eq_ignore_ascii_case(name))
    }
}

impl TableInfo {
    /// Whether `column` takes part in any of this table's foreign keys.
    pub fn is_foreign_key(&self, column: &str) -> bool {
        self.foreign_keys.iter().any(|fk| fk.columns.iter().any(|c| c.eq_ignore_ascii_case(column)))
    }

    /// The column called `name`, ASCII case-insensitively.
    pub fn column(&self, name: &str) -> Option<&ColumnInfo> {
        self.columns.iter().find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The primary key's columns in key order.
    pub fn primary_key_columns(&self) -> Vec<&str> {
        let mut key: Vec<&ColumnInfo> = self.columns.iter().filter(|c| c.primary_key > 0).collect();
        key.sort_by_key(|c| c.primary_key);
        key.into_iter().map(|c| c.name.as_str()).collect()
    }
}

#[cfg(feature = "engine")]
pub use engine::{read_schema, schema_version};

#[cfg(feature = "engine")]
mod engine {
    use rusqlite::{Connection, Result};

    use crate::core::script::quote_identifier;

    use super::*;

    /// Reads the whole schema of the `main` database. Table names are passed to the pragma
    /// table-valued functions as bound parameters, so any name (quotes, spaces) is safe there;
    /// the one statement that needs a name in its text, `count(*)`, quotes it.
    pub fn read_schema(conn: &Connection) -> Result<Schema> {
        let mut tables = Vec::new();
        {
            let mut list = conn.prepare(
                "SELECT name, type, sql LIKE 'CREATE VIRTUAL TABLE%' FROM main.sqlite_master \
                 WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
            )?;
            let rows = list.query_map([], |row| {
                let name: String = row.get(0)?;
                let kind: String = row.get(1)?;
                let is_virtual: Option<bool> = row.get(2)?;
                let kind = if kind == "view" { TableKind::View } else { TableKind::Table };
                Ok((name, kind, is_virtual.unwrap_or(false)))
            })?;
            for row in rows {
                let (name, kind, is_virtual) = row?;
                let read = || -> Result<(Vec<ColumnInfo>, Option<u64>)> {
                    let columns = read_columns(conn, &name)?;
                    let count = if kind == TableKind::Table { Some(count_rows(conn, &name)?) } else { None };
                    Ok((columns, count))
                };
                // A virtual table needs its module even to list its columns, and the browser's
                // SQLite lacks some (FTS5, R*Tree): such a table is listed bare rather than
                // failing the whole schema.
                let (columns, row_count) = match read() {
                    Err(_) if is_virtual => (Vec::new(), None),
                    other => other?,
                };
                tables.push(TableInfo {
                    columns,
                    indexes: if kind == TableKind::Table { read_indexes(conn, &name)? } else { Vec::new() },
                    row_count,
                    foreign_keys: Vec::new(),
                    name,
                    kind,
                });
            }
        }
        tables.sort_by(|a, b| {
            let group = |t: &TableInfo| t.kind == TableKind::View;
            group(a)
                .cmp(&group(b))
                .then_with(|| a.name.to_ascii_lowercase().cmp(&b.name.to_ascii_lowercase()))
                .then_with(|| a.name.cmp(&b.name))
        });
        // Foreign keys come second: resolving one that names no columns needs the referenced
        // table's primary key, which may belong to a table read later.
        let mut schema = Schema { tables };
        let foreign_keys = schema
            .tables
            .iter()
            .map(|t| match t.kind {
                TableKind::Table => read_foreign_keys(conn, t, &schema),
                TableKind::View => Ok(Vec::new()),
            })
            .collect::<Result<Vec<_>>>()?;
        for (table, keys) in schema.tables.iter_mut().zip(foreign_keys) {
            table.foreign_keys = keys;
        }
        Ok(schema)
    }

    /// A cheap change detector: `PRAGMA schema_version`, which SQLite bumps on every schema
    /// change, so a client can skip re-reading an unchanged schema.
    pub fn schema_version(conn: &Connection) -> Result<i64> {
        conn.query_row("PRAGMA main.schema_version", [], |row| row.get(0))
    }

    fn read_columns(conn: &Connection, table: &str) -> Result<Vec<ColumnInfo>> {
        let mut statement = conn.prepare(
            "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_xinfo(?1, 'main') \
             WHERE hidden <> 1 ORDER BY cid",
        )?;
        let columns = statement.query_map([table], |row| {
            Ok(ColumnInfo {
                name: row.get(0)?,
                decl_type: row.get::<_, Option<String>>(1)?.unwrap_or_default(),
                not_null: row.get(2)?,
                primary_key: row.get(3)?,
                default: row.get(4)?,
            })
        })?;
        columns.collect()
    }

    fn read_indexes(conn: &Connection, table: &str) -> Result<Vec<IndexInfo>> {
        let mut list =
            conn.prepare("SELECT name, \"unique\", origin FROM pragma_index_list(?1, 'main') ORDER BY name")?;
        let mut key = conn.prepare("SELECT name FROM pragma_index_info(?1, 'main') ORDER BY seqno")?;
        let heads = list
            .query_map([table], |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<Result<Vec<(String, bool, String)>>>()?;
        heads
            .into_iter()
            .map(|(name, unique, origin)| {
                let columns = key
                    .query_map([&name], |row| {
                        Ok(row.get::<_, Option<String>>(0)?.unwrap_or_else(|| EXPRESSION_COLUMN.to_owned()))
                    })?
                    .collect::<Result<Vec<_>>>()?;
                Ok(IndexInfo { name, unique, origin, columns })
            })
            .collect()
    }

    fn read_foreign_keys(conn: &Connection, table: &TableInfo, schema: &Schema) -> Result<Vec<ForeignKey>> {
        let mut statement = conn.prepare(
            "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete \
             FROM pragma_foreign_key_list(?1, 'main') ORDER BY id, seq",
        )?;
        let rows = statement
            .query_map([&table.name], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, String>(5)?,
                ))
            })?
            .collect::<Result<Vec<_>>>()?;

        let mut keys: Vec<ForeignKey> = Vec::new();
        let mut current_id = None;
        for (id, ref_table, from, to, on_update, on_delete) in rows {
            if current_id != Some(id) {
                current_id = Some(id);
                keys.push(ForeignKey {
                    columns: Vec::new(),
                    ref_table,
                    ref_columns: Vec::new(),
                    on_delete,
                    on_update,
                });
            }
            let key = keys.last_mut().expect("pushed above");
            key.columns.push(from);
            key.ref_columns.extend(to);
        }
        for key in &mut keys {
            let target = schema.table(&key.ref_table);
            if let Some(target) = target {
                key.ref_table = target.name.clone();
            }
            // `to` is NULL exactly when the REFERENCES clause names no columns, and then it is
            // NULL for every column of that key.
            if key.ref_columns.is_empty() {
                key.ref_columns = target
                    .map(|t| t.primary_key_columns().into_iter().map(str::to_owned).collect())
                    .unwrap_or_default();
            } else if let Some(target) = target {
                for column in &mut key.ref_columns {
                    if let Some(actual) = target.column(column) {
                        column.clone_from(&actual.name);
                    }
                }
            }
        }
        // SQLite numbers a table's foreign keys from the last declared; order them by where
        // their columns sit in the table instead, which is what a reader sees.
        let position = |key: &ForeignKey| {
            key.columns
                .first()
                .and_then(|c| table.columns.iter().position(|col| col.name.eq_ignore_ascii_case(c)))
                .unwrap_or(usize::MAX)
        };
        keys.sort_by_key(position);
        Ok(keys)
    }

    fn count_rows(conn: &Connection, table: &str) -> Result<u64> {
        let count: i64 =
            conn.query_row(&format!("SELECT count(*) FROM main.{}", quote_identifier(table)), [], |row| {
                row.get(0)
            })?;
        Ok(count.max(0) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(name: &str, primary_key: u32) -> ColumnInfo {
        ColumnInfo {
            name: name.into(),
            decl_type: "INTEGER".into(),
            not_null: false,
            primary_key,
            default: None,
        }
    }

    fn sample() -> Schema {
        Schema {
            tables: vec![TableInfo {
                name: "Line".into(),
                kind: TableKind::Table,
                // Key order differs from column order.
                columns: vec![column("a", 2), column("b", 1), column("c", 0)],
                foreign_keys: vec![ForeignKey {
                    columns: vec!["c".into()],
                    ref_table: "Other".into(),
                    ref_columns: vec!["id".into()],
                    on_delete: "CASCADE".into(),
                    on_update: "NO ACTION".into(),
                }],
                indexes: Vec::new(),
                row_count: Some(3),
            }],
        }
    }

    #[test]
    fn lookups_ignore_ascii_case_as_sqlite_does() {
        let schema = sample();
        let line = schema.table("LINE").expect("found");
        assert!(schema.table("Lines").is_none());
        assert_eq!(line.column("B").map(|c| c.primary_key), Some(1));
        assert!(line.is_foreign_key("C") && !line.is_foreign_key("a"));
        assert_eq!(line.primary_key_columns(), vec!["b", "a"]);
    }

    #[test]
    fn a_schema_survives_the_worker_boundary() {
        let schema = sample();
        let bytes = postcard::to_allocvec(&schema).unwrap();
        assert_eq!(postcard::from_bytes::<Schema>(&bytes).unwrap(), schema);
    }
}
