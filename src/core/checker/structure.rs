//! Comparing the schema an answer leaves with the reference's, for exercises that create or
//! change tables: columns in order with their type affinity, NOT NULL, defaults, primary key,
//! UNIQUE, CHECK (by behaviour), foreign keys with their actions, indexes, views, triggers and
//! `PRAGMA user_version`. Each difference is one sentence naming the table and column.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::Connection;

use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// Everything compared about one table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableShape {
    pub name: String,
    pub columns: Vec<ColumnShape>,
    /// (columns, parent table, parent columns, ON UPDATE, ON DELETE)
    pub foreign_keys: BTreeSet<ForeignKeyShape>,
    /// Column sets that are UNIQUE (by constraint or unique index), the primary key excluded.
    pub unique: BTreeSet<Vec<String>>,
    /// Column sets of plain (non-unique) indexes.
    pub indexes: BTreeSet<Vec<String>>,
    pub primary_key: Vec<String>,
    pub sql: String,
}

/// One foreign key: its columns, what they refer to, and its actions (`NO ACTION`, `CASCADE` …).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ForeignKeyShape {
    pub columns: Vec<String>,
    pub parent: String,
    pub parent_columns: Vec<String>,
    pub on_update: String,
    pub on_delete: String,
}

impl ForeignKeyShape {
    /// Whether `other` links the same columns to the same table, whatever its actions.
    fn same_link(&self, other: &Self) -> bool {
        self.columns == other.columns && self.parent == other.parent
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ColumnShape {
    pub name: String,
    pub declared: String,
    pub affinity: &'static str,
    pub not_null: bool,
    /// The default as written, normalized (quotes, parentheses and case removed).
    pub default: Option<String>,
}

/// The schema of a database as compared.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shape {
    pub tables: BTreeMap<String, TableShape>,
    /// Views by name.
    pub views: BTreeSet<String>,
    /// Triggers by (table, event, timing).
    pub triggers: BTreeSet<(String, String, String)>,
    pub user_version: i64,
}

pub fn read_shape(conn: &Connection) -> Result<Shape, String> {
    let mut shape = Shape::default();
    let objects: Vec<(String, String, String, String)> = conn
        .prepare("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect())
        .map_err(|e| e.to_string())?;
    for (kind, name, table, sql) in objects {
        match kind.as_str() {
            "table" => {
                shape.tables.insert(name.to_lowercase(), read_table(conn, &name, sql)?);
            }
            "view" => {
                shape.views.insert(name.to_lowercase());
            }
            "trigger" => {
                // What the trigger fires on is said before its body, which may run other
                // statements (`AFTER UPDATE … BEGIN INSERT INTO log …`).
                let upper = sql.to_uppercase();
                let upper = upper.split("BEGIN").next().unwrap_or("");
                let event =
                    ["INSERT", "UPDATE", "DELETE"].into_iter().find(|e| upper.contains(e)).unwrap_or("");
                let timing = ["INSTEAD OF", "BEFORE", "AFTER"]
                    .into_iter()
                    .find(|t| upper.contains(t))
                    .unwrap_or("BEFORE");
                shape.triggers.insert((table.to_lowercase(), event.to_owned(), timing.to_owned()));
            }
            _ => {}
        }
    }
    shape.user_version =
        conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| e.to_string())?;
    Ok(shape)
}

fn read_table(conn: &Connection, name: &str, sql: String) -> Result<TableShape, String> {
    let literal = Value::Text(name.to_owned()).literal();
    let rows = |query: String| -> Result<Vec<Vec<Value>>, String> {
        let mut statement = conn.prepare(&query).map_err(|e| e.to_string())?;
        let width = statement.column_count();
        statement
            .query_map([], |row| Value::row(row, 0..width))
            .and_then(|rows| rows.collect())
            .map_err(|e| e.to_string())
    };
    let text = |v: &Value| if v.is_null() { String::new() } else { v.display() };
    let info = rows(format!("SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info({literal})"))?;
    let columns = info
        .iter()
        .map(|r| ColumnShape {
            name: text(&r[0]).to_lowercase(),
            declared: text(&r[1]),
            affinity: affinity(&text(&r[1])),
            not_null: matches!(r[2], Value::Integer(1)),
            default: (!r[3].is_null()).then(|| normalize_default(&text(&r[3]))),
        })
        .collect();
    let mut foreign: BTreeMap<i64, ForeignKeyShape> = BTreeMap::new();
    for r in rows(format!(
        "SELECT id, \"from\", \"table\", coalesce(\"to\", ''), on_update, on_delete FROM pragma_foreign_key_list({literal}) ORDER BY id, seq"
    ))? {
        let Value::Integer(id) = r[0] else { continue };
        let key = foreign.entry(id).or_insert_with(|| ForeignKeyShape {
            columns: Vec::new(),
            parent: text(&r[2]).to_lowercase(),
            parent_columns: Vec::new(),
            on_update: text(&r[4]).to_uppercase(),
            on_delete: text(&r[5]).to_uppercase(),
        });
        key.columns.push(text(&r[1]).to_lowercase());
        key.parent_columns.push(text(&r[3]).to_lowercase());
    }
    let primary_key = primary_key_of(conn, name).unwrap_or_default();
    let foreign_keys = foreign
        .into_values()
        .map(|mut key| {
            // `REFERENCES t` without columns means t's primary key; spell it out so that both
            // forms compare equal.
            if key.parent_columns.iter().all(String::is_empty) {
                key.parent_columns = primary_key_of(conn, &key.parent).unwrap_or(key.parent_columns);
            }
            key
        })
        .collect();
    let mut unique = BTreeSet::new();
    let mut indexes = BTreeSet::new();
    for r in rows(format!("SELECT name, \"unique\", origin FROM pragma_index_list({literal})"))? {
        let index_literal = r[0].literal();
        let columns: Vec<String> =
            rows(format!("SELECT name FROM pragma_index_info({index_literal}) ORDER BY seqno"))?
                .iter()
                .map(|c| text(&c[0]).to_lowercase())
                .collect();
        if text(&r[2]) == "pk" {
            continue;
        }
        if matches!(r[1], Value::Integer(1)) {
            unique.insert(columns);
        } else {
            indexes.insert(columns);
        }
    }
    Ok(TableShape { name: name.to_owned(), columns, foreign_keys, unique, indexes, primary_key, sql })
}

/// The columns of `table`'s primary key, in the key's order, lower-cased.
fn primary_key_of(conn: &Connection, table: &str) -> Option<Vec<String>> {
    let literal = Value::Text(table.to_owned()).literal();
    let mut keys: Vec<(i64, String)> = conn
        .prepare(&format!("SELECT pk, lower(name) FROM pragma_table_info({literal}) WHERE pk > 0"))
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .ok()?;
    keys.sort();
    Some(keys.into_iter().map(|(_, n)| n).collect())
}

/// SQLite's type affinity of a declared type (section 3.1 of "Datatypes In SQLite").
pub fn affinity(declared: &str) -> &'static str {
    let upper = declared.to_uppercase();
    if upper.contains("INT") {
        "INTEGER"
    } else if upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") {
        "TEXT"
    } else if upper.is_empty() || upper.contains("BLOB") {
        "BLOB"
    } else if upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") {
        "REAL"
    } else {
        "NUMERIC"
    }
}

fn normalize_default(text: &str) -> String {
    let mut t = text.trim();
    while t.starts_with('(') && t.ends_with(')') {
        t = t[1..t.len() - 1].trim();
    }
    let t = t.trim_matches(|c| c == '\'' || c == '"');
    match t.parse::<f64>() {
        Ok(n) => format!("{n}"),
        Err(_) => t.to_lowercase(),
    }
}

/// The differences between the reference's table and the answer's, one sentence each.
pub fn compare_tables(want: &TableShape, got: &TableShape) -> Vec<String> {
    let t = &want.name;
    let mut found = Vec::new();
    let names = |s: &TableShape| s.columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", ");
    if want.columns.iter().map(|c| &c.name).ne(got.columns.iter().map(|c| &c.name)) {
        found.push(format!(
            "The table `{t}` should have the columns ({}) in this order; yours has ({}).",
            names(want),
            names(got)
        ));
        return found;
    }
    for (w, g) in want.columns.iter().zip(&got.columns) {
        let c = format!("`{t}.{}`", w.name);
        // A column made by `CREATE TABLE … AS SELECT expression` has no declared type: its
        // values are compared below, not a type nobody wrote.
        if w.affinity != g.affinity && !w.declared.is_empty() && !g.declared.is_empty() {
            found.push(format!(
                "{c} should hold {} values (declared like `{}`); yours is declared `{}`, which holds {}.",
                w.affinity, w.declared, g.declared, g.affinity
            ));
        }
        if w.not_null && !g.not_null && !want.primary_key.contains(&w.name) {
            found.push(format!("{c} should be NOT NULL."));
        } else if !w.not_null && g.not_null && !want.primary_key.contains(&w.name) {
            found.push(format!("{c} should allow NULL; yours is NOT NULL."));
        }
        let shown = |d: &String| if d.is_empty() { "''".to_owned() } else { d.clone() };
        let (w_default, g_default) = (w.default.as_ref().map(shown), g.default.as_ref().map(shown));
        match (&w_default, &g_default) {
            (Some(d), None) => found.push(format!("{c} should default to {d}.")),
            (Some(d), Some(h)) if d != h => found.push(format!("{c} should default to {d}, not {h}.")),
            (None, Some(h)) => found.push(format!("{c} should have no default; yours defaults to {h}.")),
            _ => {}
        }
    }
    let sorted = |k: &[String]| {
        let mut k = k.to_vec();
        k.sort();
        k
    };
    // The order of a key's columns does not change which rows it allows.
    if sorted(&want.primary_key) != sorted(&got.primary_key) {
        let keys =
            |k: &[String]| if k.is_empty() { "none".to_owned() } else { format!("({})", k.join(", ")) };
        found.push(format!(
            "The primary key of `{t}` should be {}; yours is {}.",
            keys(&want.primary_key),
            keys(&got.primary_key)
        ));
    }
    for key in want.foreign_keys.difference(&got.foreign_keys) {
        let (from, to, parent) = (key.columns.join(", "), key.parent_columns.join(", "), &key.parent);
        let actions = [("ON DELETE", &key.on_delete), ("ON UPDATE", &key.on_update)]
            .iter()
            .filter(|(_, a)| a.as_str() != "NO ACTION")
            .map(|(k, a)| format!(" {k} {a}"))
            .collect::<String>();
        match got.foreign_keys.iter().find(|k| k.same_link(key)) {
            Some(theirs) if (&theirs.on_update, &theirs.on_delete) != (&key.on_update, &key.on_delete) => {
                found.push(format!(
                    "`{t}.{from}` should reference `{parent} ({to})`{}; yours has ON DELETE {}.",
                    if actions.is_empty() { " with no ON DELETE action".to_owned() } else { actions },
                    theirs.on_delete
                ))
            }
            _ => found.push(format!("`{t}.{from}` should reference `{parent} ({to})`{actions}.")),
        }
    }
    for key in got.foreign_keys.difference(&want.foreign_keys) {
        if !want.foreign_keys.iter().any(|k| k.same_link(key)) {
            found.push(format!("`{t}.{}` should not reference `{}`.", key.columns.join(", "), key.parent));
        }
    }
    for columns in want.unique.difference(&got.unique) {
        found.push(format!("`{t}.{}` should be UNIQUE.", columns.join(", ")));
    }
    for columns in got.unique.difference(&want.unique) {
        found.push(format!("`{t}.{}` should not be UNIQUE.", columns.join(", ")));
    }
    for columns in want.indexes.difference(&got.indexes) {
        if !got.unique.contains(columns) {
            found.push(format!("`{t}` should have an index on ({}).", columns.join(", ")));
        }
    }
    found
}

/// Probe values for CHECK constraints: around the usual bounds of numbers, and odd text.
const PROBES: [&str; 9] = ["-1", "0", "0.5", "6", "101", "1000000", "-1000000", "''", "'?'"];

/// Whether each probe row (a row of the table with one column changed) is refused by a CHECK
/// constraint: (column, probe) pairs refused.
pub fn check_refusals(conn: &Connection, table: &TableShape) -> BTreeSet<(String, String)> {
    let mut refused = BTreeSet::new();
    if !table.sql.to_uppercase().contains("CHECK") {
        return refused;
    }
    let quoted = quote_identifier(&table.name);
    let names: Vec<String> = table.columns.iter().map(|c| quote_identifier(&c.name)).collect();
    let base: Option<Vec<String>> = conn
        .query_row(
            &format!(
                "SELECT {} FROM {quoted} LIMIT 1",
                table
                    .columns
                    .iter()
                    .map(|c| format!("quote({})", quote_identifier(&c.name)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            [],
            |r| (0..table.columns.len()).map(|i| r.get::<_, String>(i)).collect(),
        )
        .ok();
    let base = base.unwrap_or_else(|| vec!["1".to_owned(); table.columns.len()]);
    for (i, column) in table.columns.iter().enumerate() {
        for probe in PROBES {
            let mut values = base.clone();
            values[i] = probe.to_owned();
            let sql = format!(
                "SAVEPOINT probe; INSERT INTO {quoted} ({}) VALUES ({});",
                names.join(", "),
                values.join(", ")
            );
            let result = conn.execute_batch(&sql);
            let _ = conn.execute_batch("ROLLBACK TO probe; RELEASE probe;");
            if let Err(err) = result
                && err.to_string().contains("CHECK constraint failed")
            {
                refused.insert((column.name.clone(), probe.to_owned()));
            }
        }
    }
    refused
}
