//! Hidden copies: the lesson's data changed in ways its schema allows, so that an answer which
//! only reproduces the visible result fails while every correct answer still passes.
//!
//! A copy must be data the learner's own schema could hold, or a correct answer could be told
//! it is wrong. So a copy never edits a name in place, never breaks a key, a UNIQUE, NOT NULL,
//! CHECK or foreign key constraint, and never adds a duplicate row to a link table (a table of
//! foreign keys is a set, declared or not). It changes the data in these ways:
//!
//! - **New entities**: some rows are copied under a new key with new names ("Stephen King" →
//!   "Stephen King II", each new name used once), together with the rows that belong to them
//!   (an author's books, their publishers' links), so a new author has books as the visible
//!   ones do.
//! - **New links** between existing rows of link tables (a book gets another publisher).
//! - **Recombined rows** in a flat table (a CSV imported as it is): The Good Earth with another
//!   publisher, King with another first name.
//! - **Changed measures**: prices, years, ratings and timestamps take other rows' values (so
//!   they stay in the column's domain and format), except in rows that the prompt, the setup or
//!   the reference name by a literal.
//! - **New keys** (the second copy): integer keys are renumbered in reverse order, foreign keys
//!   with them, so ids read off the visible data point nowhere.
//! - **Totals kept**: a column that is the sum of its children (an invoice's total) is summed
//!   again.
//!
//! The rows an exercise names, and the rows that refer to them, are the **focus**: new rows
//! are made around them first, since an answer that hard-codes the visible result is an answer
//! about them. Unordered scans are reversed separately, per connection, by the checker.

use std::collections::{BTreeSet, HashMap, HashSet};

use rusqlite::Connection;

use super::literals::Literal;
use crate::core::database::Database;
use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// How many hidden copies an answer is checked on.
pub const COPIES: usize = 2;

/// Rows copied as new entities, at most, per table and copy (plus what belongs to them).
const MAX_NEW_ENTITIES: usize = 40;
/// New links added to a link table, at most, per copy.
const MAX_NEW_LINKS: usize = 30;
/// How deep "what belongs to" a copied row reaches: an artist's albums (1), their tracks (2),
/// the tracks' invoice lines and playlist entries (3).
const MAX_DEPTH: usize = 3;
/// New keys start this far above the largest key, so that a setup or an answer inserting the
/// next key by number (`VALUES (8, …)`) does not collide with a hidden row.
const KEY_GAP: i64 = 1_000;

/// Hidden copy number `copy` (0 or 1) of `baseline`, keeping the rows that hold any of `keep`.
pub fn hidden_copy(baseline: &[u8], copy: usize, keep: &BTreeSet<Literal>) -> Result<Vec<u8>, String> {
    let mut db = Database::copy_of(baseline).map_err(|e| e.to_string())?;
    let conn = db.connection();
    conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN;").map_err(|e| e.to_string())?;
    if copy == 1 {
        renumber_keys(conn, &read_tables(conn, false)?, keep)?;
    }
    let tables = read_tables(conn, true)?;
    let totals = derived_totals(conn, &tables);
    let focus = focus_rows(&tables, keep);
    let named: HashSet<String> =
        keep.iter().filter_map(|l| if let Literal::Text(t) = l { Some(t.clone()) } else { None }).collect();
    let mut copier = Copier {
        conn,
        tables: &tables,
        copy,
        focus,
        named,
        given: HashSet::new(),
        maps: HashMap::new(),
        next_key: HashMap::new(),
        index: HashMap::new(),
        inserts: HashMap::new(),
    };
    copier.change_measures(keep)?;
    copier.add_entities()?;
    copier.recombine_flat_rows()?;
    copier.add_links()?;
    drop(copier);
    for total in &totals {
        conn.execute_batch(&total.update_sql()).map_err(|e| e.to_string())?;
    }
    let broken: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    conn.execute_batch("COMMIT; PRAGMA foreign_keys = ON;").map_err(|e| e.to_string())?;
    if broken > 0 {
        return Err(format!("the hidden copy broke {broken} foreign keys"));
    }
    db.to_bytes().map_err(|e| e.to_string())
}

/// Gives the rows of every table with an integer key new key values (in the same order), and
/// every foreign key that refers to them the same, so that an answer which picks rows by the
/// ids it saw (`WHERE author_id = 4`) is caught. Keys the prompt, setup or reference write are
/// kept.
fn renumber_keys(conn: &Connection, tables: &[Table], keep: &BTreeSet<Literal>) -> Result<(), String> {
    let kept: Vec<String> = keep
        .iter()
        .filter_map(|l| {
            if let Literal::Number(n) = l { n.parse::<i64>().ok().map(|n| n.to_string()) } else { None }
        })
        .collect();
    // `x NOT IN (NULL)` is never true, so an empty list is written as a value no key has.
    let kept = if kept.is_empty() { "-9223372036854775808".to_owned() } else { kept.join(", ") };
    for table in tables {
        let Some(key) = table.rowid_key else { continue };
        let top: i64 = conn
            .query_row(&format!("SELECT coalesce(max(rowid), 0) FROM {}", table.quoted()), [], |r| r.get(0))
            .map_err(|e| e.to_string())?;
        // new = base - old, with base above every key: all new keys are above the old ones
        // (and above kept ones), and their order is reversed, so that an answer which relies on
        // ids following the alphabet or the visible order shows it.
        let base = (top / 100 + 1) * 100 * 2;
        let key_name = quote_identifier(&table.columns[key].name);
        for child in tables {
            for fk in child.foreign_keys.iter().filter(|fk| fk.parent.eq_ignore_ascii_case(&table.name)) {
                if table.referenced(fk) != Some(key) {
                    continue;
                }
                let column = quote_identifier(&child.columns[fk.column].name);
                conn.execute_batch(&format!(
                    "UPDATE {} SET {column} = {base} - {column} WHERE typeof({column}) = 'integer' AND {column} > 0 AND {column} NOT IN ({kept});",
                    child.quoted()
                ))
                .map_err(|e| e.to_string())?;
            }
        }
        conn.execute_batch(&format!(
            "UPDATE {} SET {key_name} = {base} - {key_name} WHERE {key_name} > 0 AND {key_name} NOT IN ({kept});",
            table.quoted()
        ))
        .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// What a column is to the copier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
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

struct Column {
    name: String,
    role: Role,
    /// Part of the primary key.
    key: bool,
}

struct ForeignKey {
    column: usize,
    parent: String,
    /// The parent's column this one refers to; `None` means the parent's primary key.
    parent_column: Option<String>,
}

struct Table {
    name: String,
    columns: Vec<Column>,
    /// The column that is the rowid (`INTEGER PRIMARY KEY`), which copies get new values of.
    rowid_key: Option<usize>,
    foreign_keys: Vec<ForeignKey>,
    /// Every row as it was, with its rowid (`None` for a WITHOUT ROWID table).
    rows: Vec<(Option<i64>, Vec<Value>)>,
}

impl Table {
    fn quoted(&self) -> String {
        quote_identifier(&self.name)
    }

    /// A table of links between other rows: two or more foreign keys and nothing that names
    /// the row itself.
    fn is_link(&self) -> bool {
        self.foreign_keys.len() >= 2 && !self.columns.iter().any(|c| c.role == Role::Name)
    }

    /// A table with no keys at all, like a CSV imported as it is.
    fn is_flat(&self) -> bool {
        self.foreign_keys.is_empty() && !self.columns.iter().any(|c| c.key)
    }

    fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The column a foreign key from elsewhere refers to.
    fn referenced(&self, fk: &ForeignKey) -> Option<usize> {
        match &fk.parent_column {
            Some(column) => self.column_index(column),
            None => self.rowid_key.or_else(|| self.columns.iter().position(|c| c.key)),
        }
    }
}

/// Every table's columns and keys, and with `rows` its rows too.
fn read_tables(conn: &Connection, rows: bool) -> Result<Vec<Table>, String> {
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

/// Rows that the prompt, setup or reference name by a text literal (the author 'King'), and
/// rows that refer to one (King's books): new data is made around them first, since an answer
/// that hard-codes the visible result is an answer about them.
fn focus_rows(tables: &[Table], keep: &BTreeSet<Literal>) -> HashSet<(usize, usize)> {
    let texts: Vec<&Literal> = keep.iter().filter(|l| matches!(l, Literal::Text(_))).collect();
    let mut focus: HashSet<(usize, usize)> = HashSet::new();
    for (t, table) in tables.iter().enumerate() {
        for (r, (_, values)) in table.rows.iter().enumerate() {
            if values.iter().any(|v| texts.iter().any(|l| l.matches(v))) {
                focus.insert((t, r));
            }
        }
    }
    let named: Vec<(usize, usize)> = focus.iter().copied().collect();
    for (t, table) in tables.iter().enumerate() {
        for fk in &table.foreign_keys {
            let Some(p) = tables.iter().position(|x| x.name.eq_ignore_ascii_case(&fk.parent)) else {
                continue;
            };
            let Some(key) = tables[p].referenced(fk) else { continue };
            let keys: HashSet<JoinKey> = named
                .iter()
                .filter(|(pt, _)| *pt == p)
                .filter_map(|&(_, r)| join_key(&tables[p].rows[r].1[key]))
                .collect();
            for (r, (_, values)) in table.rows.iter().enumerate() {
                if join_key(&values[fk.column]).is_some_and(|k| keys.contains(&k)) {
                    focus.insert((t, r));
                }
            }
        }
    }
    focus
}

/// Rows of the focus copied or relinked per table and copy, at most.
const MAX_FOCUS: usize = 8;

struct Copier<'a> {
    conn: &'a Connection,
    tables: &'a [Table],
    copy: usize,
    focus: HashSet<(usize, usize)>,
    /// Text values the prompt, setup or reference name: a copy never repeats one.
    named: HashSet<String>,
    /// New names given so far, per (table, column): no two copies get the same one.
    given: HashSet<(usize, usize, String)>,
    /// For a (table, column) that foreign keys refer to: each copied row's old value → new.
    maps: HashMap<(usize, usize), HashMap<String, Value>>,
    next_key: HashMap<usize, i64>,
    /// For a (table, column): the rows holding each value, built when first needed (which rows
    /// belong to a copied row is asked thousands of times on Chinook).
    index: HashMap<(usize, usize), HashMap<JoinKey, Vec<usize>>>,
    /// Each table's row insert, prepared once.
    inserts: HashMap<usize, rusqlite::Statement<'a>>,
}

impl Copier<'_> {
    /// Measures and dates of some rows take the value of another row of the same column.
    fn change_measures(&self, keep: &BTreeSet<Literal>) -> Result<(), String> {
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

    /// Copies some rows of every table that is not a link table, with what belongs to them.
    fn add_entities(&mut self) -> Result<(), String> {
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

    /// Adds links between existing rows that are not linked yet, with another link's values.
    fn add_links(&mut self) -> Result<(), String> {
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

    /// In a flat table, rows in focus recombined with another row's value of one of its
    /// repeated text columns (The Good Earth with another publisher, King with another first
    /// name), when that row is new.
    fn recombine_flat_rows(&self) -> Result<(), String> {
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

    /// A name for a copy that no other copy of this column was given.
    fn new_name(&mut self, t: usize, column: usize, original: &Value) -> Value {
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
    fn rows_by_key(&mut self, t: usize, column: usize) -> &HashMap<JoinKey, Vec<usize>> {
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

    fn is_referenced(&self, t: usize, column: usize) -> bool {
        let table = &self.tables[t];
        self.tables
            .iter()
            .flat_map(|c| &c.foreign_keys)
            .any(|fk| fk.parent.eq_ignore_ascii_case(&table.name) && table.referenced(fk) == Some(column))
    }

    fn mapped(&self, fk: &ForeignKey, old: &Value) -> Option<Value> {
        let parent = self.tables.iter().position(|t| t.name.eq_ignore_ascii_case(&fk.parent))?;
        let column = self.tables[parent].referenced(fk)?;
        self.maps.get(&(parent, column))?.get(&old.literal()).cloned()
    }

    fn new_key(&mut self, t: usize) -> i64 {
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

/// A value as a foreign key matches it: numbers by value (3 = 3.0), text as it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum JoinKey {
    Number(i64),
    Real(u64),
    Text(String),
    Blob(Vec<u8>),
}

fn join_key(value: &Value) -> Option<JoinKey> {
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
fn insert_sql(table: &Table) -> String {
    let names: Vec<String> = table.columns.iter().map(|c| quote_identifier(&c.name)).collect();
    let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
    format!("INSERT OR IGNORE INTO {} ({}) VALUES ({})", table.quoted(), names.join(", "), marks.join(", "))
}

fn query_column(conn: &Connection, sql: &str) -> Result<Vec<String>, String> {
    conn.prepare(sql).and_then(|mut s| s.query_map([], |r| r.get(0))?.collect()).map_err(|e| e.to_string())
}

/// A parent's column that holds the sum of an expression over its children, in every row of
/// the visible data (Chinook's `Invoice.Total` is the sum of `UnitPrice * Quantity`).
struct DerivedTotal {
    parent: String,
    column: String,
    key: String,
    child: String,
    child_key: String,
    expression: String,
}

impl DerivedTotal {
    fn update_sql(&self) -> String {
        format!(
            "UPDATE {p} SET {c} = round(coalesce((SELECT sum({e}) FROM {ch} WHERE {ch}.{ck} = {p}.{k}), 0), 2);",
            p = quote_identifier(&self.parent),
            c = quote_identifier(&self.column),
            e = self.expression,
            ch = quote_identifier(&self.child),
            ck = quote_identifier(&self.child_key),
            k = quote_identifier(&self.key),
        )
    }
}

fn derived_totals(conn: &Connection, tables: &[Table]) -> Vec<DerivedTotal> {
    let mut totals = Vec::new();
    for child in tables {
        for fk in &child.foreign_keys {
            let Some(parent) = tables.iter().find(|t| t.name.eq_ignore_ascii_case(&fk.parent)) else {
                continue;
            };
            let Some(key) = parent.referenced(fk) else { continue };
            if parent.rows.len() < 3 {
                continue;
            }
            let measures: Vec<String> = child
                .columns
                .iter()
                .filter(|c| c.role == Role::Measure)
                .map(|c| format!("{}.{}", quote_identifier(&child.name), quote_identifier(&c.name)))
                .collect();
            let mut expressions = measures.clone();
            for (i, a) in measures.iter().enumerate() {
                for b in &measures[i + 1..] {
                    expressions.push(format!("{a} * {b}"));
                }
            }
            for column in parent.columns.iter().filter(|c| c.role == Role::Measure) {
                for expression in &expressions {
                    let candidate = DerivedTotal {
                        parent: parent.name.clone(),
                        column: column.name.clone(),
                        key: parent.columns[key].name.clone(),
                        child: child.name.clone(),
                        child_key: child.columns[fk.column].name.clone(),
                        expression: expression.clone(),
                    };
                    let check = format!(
                        // One pass over the children (a correlated sum would scan them once per
                        // parent row where no index leads from parent to children).
                        "SELECT count(*) FROM {p} LEFT JOIN (SELECT {ch}.{ck} AS parent_key, sum({e}) AS total FROM {ch} GROUP BY 1) AS sums \
                         ON sums.parent_key = {p}.{k} WHERE abs({p}.{c} - coalesce(sums.total, 0)) > 0.005",
                        p = quote_identifier(&candidate.parent),
                        c = quote_identifier(&candidate.column),
                        e = candidate.expression,
                        ch = quote_identifier(&candidate.child),
                        ck = quote_identifier(&candidate.child_key),
                        k = quote_identifier(&candidate.key),
                    );
                    if conn.query_row(&check, [], |r| r.get::<_, i64>(0)).is_ok_and(|n| n == 0) {
                        totals.push(candidate);
                        break;
                    }
                }
            }
        }
    }
    totals
}
