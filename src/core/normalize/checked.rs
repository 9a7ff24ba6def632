//! Checking an edited decomposition before any SQL is written, and what the SQL needs to know
//! about its tables.

use std::collections::{HashMap, HashSet};

use super::{Decomposition, ProposedTable};
use crate::core::script::quote_identifier as q;

/// What a new table holds besides its key, in the original's column order.
pub(super) enum Item<'d> {
    Column(&'d str),
    Reference(&'d ProposedTable),
}

/// A decomposition that [`validate`] accepted.
pub(super) struct Checked<'d> {
    pub d: &'d Decomposition,
    /// Entity tables in creation order: each after the tables it refers to.
    pub order: Vec<&'d ProposedTable>,
    /// Each source column's new table.
    pub home: HashMap<&'d str, &'d str>,
}

/// Checks names, columns and references, and orders the tables for creation.
pub(super) fn validate(d: &Decomposition) -> Result<Checked<'_>, String> {
    let source = &d.source_table;
    let link = &d.link_table;
    let mut names = HashSet::new();
    for name in d.tables.iter().map(|t| &t.name).chain([&link.name]) {
        if name.trim().is_empty() {
            return Err("a new table has no name".into());
        }
        if name.contains('\0') {
            return Err(format!("the name {} contains a NUL character", q(name)));
        }
        if name.eq_ignore_ascii_case(source) {
            return Err(format!("{} is the original table's name; choose another", q(name)));
        }
        if !names.insert(name.to_ascii_lowercase()) {
            return Err(format!("two new tables are named {}; table names must differ", q(name)));
        }
    }

    let source_columns: HashSet<&str> = d.source_columns.iter().map(|c| c.name.as_str()).collect();
    let mut home: HashMap<&str, &str> = HashMap::new();
    let placed = d
        .tables
        .iter()
        .flat_map(|t| t.key_columns.iter().chain(&t.columns).map(move |c| (&t.name, c)))
        .chain(link.columns.iter().map(|c| (&link.name, c)));
    for (table, column) in placed {
        if !source_columns.contains(column.as_str()) {
            return Err(format!("{} lists {}, which is not a column of {}", q(table), q(column), q(source)));
        }
        if let Some(other) = home.insert(column, table) {
            return Err(format!(
                "{} is in both {} and {}; each column is stored in one table only",
                q(column),
                q(other),
                q(table)
            ));
        }
    }
    if let Some(missing) = d.source_columns.iter().find(|c| !home.contains_key(c.name.as_str())) {
        return Err(format!(
            "{} is in none of the new tables; every column of {} must be kept",
            q(&missing.name),
            q(source)
        ));
    }

    for table in &d.tables {
        if table.key_columns.is_empty() {
            return Err(format!("{} has no key column to tell its rows apart", q(&table.name)));
        }
        check_references(d, &table.name, &table.references)?;
        if table.references.iter().any(|r| r.eq_ignore_ascii_case(&table.name)) {
            return Err(format!("{} refers to itself", q(&table.name)));
        }
    }
    check_references(d, &link.name, &link.references)?;
    if link.columns.is_empty() && link.references.is_empty() {
        return Err(format!("{} holds no column and no reference", q(&link.name)));
    }

    let mut order: Vec<&ProposedTable> = Vec::new();
    while order.len() < d.tables.len() {
        let created = |name: &String| order.iter().any(|t| t.name.eq_ignore_ascii_case(name));
        let next =
            d.tables.iter().find(|t| !created(&t.name) && t.references.iter().all(created)).ok_or_else(
                || {
                    let circle: Vec<String> =
                        d.tables.iter().filter(|t| !created(&t.name)).map(|t| q(&t.name)).collect();
                    format!("{} refer to each other in a circle; one of them must not", and_list(&circle))
                },
            )?;
        order.push(next);
    }

    let checked = Checked { d, order, home };
    for table in &d.tables {
        let mut columns: Vec<String> = table.key_columns.clone();
        if table.natural_id().is_none() {
            columns.push(table.id_column());
        }
        columns.extend(checked.items(table).into_iter().map(|item| checked.item_column(&item)));
        unique_columns(&table.name, &columns)?;
    }
    let link_columns: Vec<String> =
        checked.link_items().into_iter().map(|item| checked.item_column(&item)).collect();
    unique_columns(&link.name, &link_columns)?;
    Ok(checked)
}

fn check_references(d: &Decomposition, table: &str, references: &[String]) -> Result<(), String> {
    let mut seen = HashSet::new();
    for reference in references {
        if d.table(reference).is_none() {
            return Err(format!(
                "{} refers to {}, which is not one of the new tables",
                q(table),
                q(reference)
            ));
        }
        if !seen.insert(reference.to_ascii_lowercase()) {
            return Err(format!("{} refers to {} twice", q(table), q(reference)));
        }
    }
    Ok(())
}

fn unique_columns(table: &str, columns: &[String]) -> Result<(), String> {
    let mut seen = HashSet::new();
    match columns.iter().find(|c| !seen.insert(c.to_ascii_lowercase())) {
        Some(twice) => Err(format!(
            "{} would have two columns named {}; rename the table or the column",
            q(table),
            q(twice)
        )),
        None => Ok(()),
    }
}

impl<'d> Checked<'d> {
    pub(super) fn position(&self, column: &str) -> usize {
        self.d.source_columns.iter().position(|c| c.name == column).unwrap_or(usize::MAX)
    }

    pub(super) fn decl_type(&self, column: &str) -> &'d str {
        self.d.source_columns.iter().find(|c| c.name == column).map_or("", |c| c.decl_type.as_str())
    }

    /// Whether a key column of `table` holds NULL in the original.
    pub(super) fn has_nulls(&self, table: &ProposedTable) -> bool {
        table.key_columns.iter().any(|k| self.d.source_columns.iter().any(|c| &c.name == k && c.nulls > 0))
    }

    /// How a key of `table` is compared: `=`, or `IS` (NULL matching NULL) when it holds NULLs.
    pub(super) fn equals(&self, table: &ProposedTable) -> &'static str {
        if self.has_nulls(table) { "IS" } else { "=" }
    }

    pub(super) fn resolve(&self, names: &'d [String]) -> Vec<&'d ProposedTable> {
        names.iter().filter_map(|r| self.d.table(r)).collect()
    }

    pub(super) fn sorted(&self, columns: &'d [String], references: &'d [String]) -> Vec<Item<'d>> {
        let mut items: Vec<(usize, Item<'d>)> = columns
            .iter()
            .map(|c| (self.position(c), Item::Column(c)))
            .chain(self.resolve(references).into_iter().map(|t| {
                let at = t.key_columns.iter().map(|k| self.position(k)).min().unwrap_or(usize::MAX);
                (at, Item::Reference(t))
            }))
            .collect();
        items.sort_by_key(|(at, _)| *at);
        items.into_iter().map(|(_, item)| item).collect()
    }

    /// An entity table's non-key columns and references.
    pub(super) fn items(&self, table: &'d ProposedTable) -> Vec<Item<'d>> {
        self.sorted(&table.columns, &table.references)
    }

    pub(super) fn link_items(&self) -> Vec<Item<'d>> {
        self.sorted(&self.d.link_table.columns, &self.d.link_table.references)
    }

    pub(super) fn item_column(&self, item: &Item) -> String {
        match item {
            Item::Column(c) => (*c).to_owned(),
            Item::Reference(t) => t.id_column(),
        }
    }
}

/// The link table's primary key columns: those standing for `primary_key`, a reference
/// standing for all its table's key columns. `None` when there is no primary key or the link
/// table cannot stand for all of it.
pub(super) fn link_primary_key(d: &Decomposition) -> Option<Vec<String>> {
    let link = &d.link_table;
    if link.primary_key.is_empty() {
        return None;
    }
    let mut remaining: Vec<&String> = link.primary_key.iter().collect();
    let mut chosen: Vec<(usize, String)> = Vec::new();
    let position = |c: &str| d.source_columns.iter().position(|s| s.name == c).unwrap_or(usize::MAX);
    for table in link.references.iter().filter_map(|r| d.table(r)) {
        if table.key_columns.iter().all(|k| remaining.contains(&k)) {
            remaining.retain(|r| !table.key_columns.contains(r));
            let at = table.key_columns.iter().map(|k| position(k)).min().unwrap_or(usize::MAX);
            chosen.push((at, table.id_column()));
        }
    }
    for column in &link.columns {
        if let Some(i) = remaining.iter().position(|r| *r == column) {
            remaining.remove(i);
            chosen.push((position(column), column.clone()));
        }
    }
    chosen.sort_by_key(|(at, _)| *at);
    remaining.is_empty().then(|| chosen.into_iter().map(|(_, c)| c).collect())
}

/// "a", "a and b", "a, b and c".
pub(super) fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", rest.join(", "), last.as_ref())
        }
    }
}
