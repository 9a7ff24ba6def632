//! What the copier knows of each table: its columns and the role each plays, its keys, and its
//! rows as they were before any copy changed them.

use std::collections::HashSet;

use rusqlite::Connection;

use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// What a column is to the copier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A primary key, a foreign key or an `…_id` column: kept, or given a new key.
    Key,
    /// A number that measures something (price, year, rating): may take another row's value.
    Measure,
    /// An ISO date or timestamp held as text: may take another row's value.
    Date,
    /// Text that tells rows apart (a name, a title, an email): a copy gets a new one.
    Name,
    /// Text shared by many rows (a country, a status): a copy keeps it.
    Category,
}

pub(super) struct Column {
    pub(super) name: String,
    pub(super) role: Role,
    /// Part of the primary key.
    pub(super) key: bool,
}

pub(super) struct ForeignKey {
    pub(super) column: usize,
    pub(super) parent: String,
    /// The parent's column this one refers to; `None` means the parent's primary key.
    pub(super) parent_column: Option<String>,
}

pub(super) struct Table {
    pub(super) name: String,
    pub(super) columns: Vec<Column>,
    /// The column that is the rowid (`INTEGER PRIMARY KEY`), which copies get new values of.
    pub(super) rowid_key: Option<usize>,
    pub(super) foreign_keys: Vec<ForeignKey>,
    /// Every row as it was, with its rowid (`None` for a WITHOUT ROWID table).
    pub(super) rows: Vec<(Option<i64>, Vec<Value>)>,
}

impl Table {
    pub(super) fn quoted(&self) -> String {
        quote_identifier(&self.name)
    }

    /// A table of links between other rows: two or more foreign keys and nothing that names
    /// the row itself.
    pub(super) fn is_link(&self) -> bool {
        self.foreign_keys.len() >= 2 && !self.columns.iter().any(|c| c.role == Role::Name)
    }

    /// A table with no keys at all, like a CSV imported as it is.
    pub(super) fn is_flat(&self) -> bool {
        self.foreign_keys.is_empty() && !self.columns.iter().any(|c| c.key)
    }

    fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The column a foreign key from elsewhere refers to.
    pub(super) fn referenced(&self, fk: &ForeignKey) -> Option<usize> {
        match &fk.parent_column {
            Some(column) => self.column_index(column),
            None => self.rowid_key.or_else(|| self.columns.iter().position(|c| c.key)),
        }
    }
}

/// Every table's columns and keys, and with `rows` its rows too.
pub(super) fn read_tables(conn: &Connection, rows: bool) -> Result<Vec<Table>, String> {
    let names: Vec<String> = query_column(
        conn,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    names.into_iter().map(|name| read_table(conn, name, rows)).collect()
}

fn read_table(conn: &Connection, name: String, with_rows: bool) -> Result<Table, String> {
    let quoted = quote_identifier(&name);
    let literal = Value::Text(name.clone()).literal();
    let info: Vec<(String, String, i64)> = conn
        .prepare(&format!("SELECT name, upper(type), pk FROM pragma_table_info({literal})"))
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
        .map_err(|e| e.to_string())?;
    let foreign: Vec<(String, String, Option<String>)> = conn
        .prepare(&format!("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list({literal})"))
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
        .map_err(|e| e.to_string())?;
    let has_rowid = conn.prepare(&format!("SELECT rowid FROM {quoted} LIMIT 0")).is_ok();
    let limit = if with_rows { "" } else { " LIMIT 0" };
    let select = if has_rowid {
        format!("SELECT rowid, * FROM {quoted} ORDER BY rowid{limit}")
    } else {
        format!("SELECT NULL, * FROM {quoted}{limit}")
    };
    let mut statement = conn.prepare(&select).map_err(|e| e.to_string())?;
    let width = statement.column_count();
    let rows: Vec<(Option<i64>, Vec<Value>)> = statement
        .query_map([], |row| Ok((row.get::<_, Option<i64>>(0)?, Value::row(row, 1..width)?)))
        .and_then(|rows| rows.collect())
        .map_err(|e| e.to_string())?;
    let key_count = info.iter().filter(|(_, _, pk)| *pk > 0).count();
    let rowid_key = info
        .iter()
        .position(|(_, ty, pk)| *pk > 0 && key_count == 1 && ty == "INTEGER")
        .filter(|_| has_rowid);
    let foreign_keys: Vec<ForeignKey> = foreign
        .into_iter()
        .filter_map(|(from, parent, to)| {
            let column = info.iter().position(|(n, _, _)| n.eq_ignore_ascii_case(&from))?;
            Some(ForeignKey { column, parent, parent_column: to })
        })
        .collect();
    let columns = info
        .iter()
        .enumerate()
        .map(|(i, (column, _, pk))| {
            let is_foreign = foreign_keys.iter().any(|fk| fk.column == i);
            let values: Vec<&Value> = rows.iter().map(|(_, r)| &r[i]).collect();
            Column {
                name: column.clone(),
                role: role_of(column, *pk > 0 || is_foreign, &values),
                key: *pk > 0,
            }
        })
        .collect();
    Ok(Table { name, columns, rowid_key, foreign_keys, rows })
}

fn role_of(name: &str, is_key: bool, values: &[&Value]) -> Role {
    let lower = name.to_ascii_lowercase();
    let present: Vec<&&Value> = values.iter().filter(|v| !v.is_null()).collect();
    let all_integers = present.iter().all(|v| matches!(v, Value::Integer(_)));
    if is_key || (all_integers && (lower == "id" || lower.ends_with("_id") || name.ends_with("Id"))) {
        return Role::Key;
    }
    if present.is_empty() {
        return Role::Category;
    }
    if present.iter().all(|v| v.is_numeric()) {
        return Role::Measure;
    }
    if present.iter().all(|v| matches!(v, Value::Text(t) if is_iso_date(t))) {
        return Role::Date;
    }
    let texts: HashSet<&str> =
        present.iter().filter_map(|v| if let Value::Text(t) = v { Some(t.as_str()) } else { None }).collect();
    if texts.len() >= 3 && texts.len() * 5 >= present.len() * 4 { Role::Name } else { Role::Category }
}

/// `YYYY-MM-DD`, optionally followed by a time.
fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// A value as a foreign key matches it: numbers by value (3 = 3.0), text as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum JoinKey {
    Number(i64),
    Real(u64),
    Text(String),
    Blob(Vec<u8>),
}

pub(super) fn join_key(value: &Value) -> Option<JoinKey> {
    match value {
        Value::Null => None,
        Value::Integer(i) => Some(JoinKey::Number(*i)),
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 9.0e15 => Some(JoinKey::Number(*r as i64)),
        Value::Real(r) => Some(JoinKey::Real(r.to_bits())),
        Value::Text(t) => Some(JoinKey::Text(t.clone())),
        Value::Blob(b) => Some(JoinKey::Blob(b.clone())),
    }
}

/// `INSERT OR IGNORE` of a whole row of `table`, its values bound in column order.
pub(super) fn insert_sql(table: &Table) -> String {
    let names: Vec<String> = table.columns.iter().map(|c| quote_identifier(&c.name)).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!("INSERT OR IGNORE INTO {} ({}) VALUES ({})", table.quoted(), names.join(", "), marks.join(", "))
}

fn query_column(conn: &Connection, sql: &str) -> Result<Vec<String>, String> {
    conn.prepare(sql).and_then(|mut s| s.query_map([], |r| r.get(0))?.collect()).map_err(|e| e.to_string())
}
