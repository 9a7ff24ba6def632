//! A checked decomposition as SQL: one step per new table, then the lossless check.

use std::collections::VecDeque;

use super::checked::{Checked, Item, and_list, link_primary_key, validate};
use super::{Decomposition, ProposedTable, Step};
use crate::core::script::quote_identifier as q;

impl<'d> Checked<'d> {
    fn column_definition(&self, column: &str) -> String {
        match self.decl_type(column) {
            "" => q(column),
            decl_type => format!("{} {decl_type}", q(column)),
        }
    }

    fn definition(&self, item: &Item) -> String {
        match item {
            Item::Column(c) => self.column_definition(c),
            Item::Reference(t) => {
                let id = t.id_column();
                let target = format!("REFERENCES {} ({})", q(&t.name), q(&id));
                match t.natural_id() {
                    Some(natural) => format!("{} {target}", self.column_definition(natural)),
                    None => format!("{} INTEGER NOT NULL {target}", q(&id)),
                }
            }
        }
    }

    /// The value of an item for a row of the original, given the joins of [`Self::joins`]. A
    /// reference to a table keyed by the original's own id column is that column's value.
    fn value(&self, item: &Item) -> String {
        let source = q(&self.d.source_table);
        match item {
            Item::Column(c) => format!("{source}.{}", q(c)),
            Item::Reference(t) => match t.natural_id() {
                Some(natural) => format!("{source}.{}", q(natural)),
                None => format!("{}.{}", q(&t.name), q(&t.id_column())),
            },
        }
    }

    /// `JOIN` lines matching each referenced table's natural key with the original's columns,
    /// for the references numbered by a new id.
    fn joins(&self, items: &[Item]) -> String {
        let source = q(&self.d.source_table);
        let mut joins = String::new();
        for item in items {
            if let Item::Reference(t) = item
                && t.natural_id().is_none()
            {
                let name = q(&t.name);
                let equals = self.equals(t);
                let on: Vec<String> = t
                    .key_columns
                    .iter()
                    .map(|k| format!("{name}.{k} {equals} {source}.{k}", k = q(k)))
                    .collect();
                joins.push_str(&format!("\nJOIN {name} ON {}", on.join(" AND ")));
            }
        }
        joins
    }

    /// `CREATE TABLE name (definitions)`, then an `INSERT … select` of the key columns and the
    /// items for every row of the original (`select` is `SELECT` or `SELECT DISTINCT`).
    fn create_and_fill(
        &self,
        name: &str,
        definitions: &[String],
        key_columns: &[String],
        items: &[Item],
        select: &str,
    ) -> String {
        let mut targets: Vec<String> = key_columns.iter().map(|k| q(k)).collect();
        targets.extend(items.iter().map(|item| q(&self.item_column(item))));
        let mut values: Vec<String> = key_columns.iter().map(|k| self.value(&Item::Column(k))).collect();
        values.extend(items.iter().map(|item| self.value(item)));
        format!(
            "CREATE TABLE {name} (\n  {}\n);\nINSERT INTO {name} ({})\n{select} {}\nFROM {}{};",
            definitions.join(",\n  "),
            targets.join(", "),
            values.join(", "),
            q(&self.d.source_table),
            self.joins(items)
        )
    }

    fn entity_step(&self, table: &'d ProposedTable) -> Step {
        let d = self.d;
        let name = q(&table.name);
        let items = self.items(table);
        let natural = table.natural_id();
        let mut definitions = Vec::new();
        if natural.is_none() {
            definitions.push(format!("{} INTEGER PRIMARY KEY", q(&table.id_column())));
        }
        for key in &table.key_columns {
            let primary = if natural == Some(key.as_str()) { " PRIMARY KEY" } else { "" };
            definitions.push(format!("{}{primary}", self.column_definition(key)));
        }
        definitions.extend(items.iter().map(|item| self.definition(item)));
        if natural.is_none() {
            let keys: Vec<String> = table.key_columns.iter().map(|k| q(k)).collect();
            definitions.push(format!("UNIQUE ({})", keys.join(", ")));
        }
        let sql = self.create_and_fill(&name, &definitions, &table.key_columns, &items, "SELECT DISTINCT");

        let key = key_phrase(&table.key_columns);
        let mut explanation = match natural {
            Some(id) => format!(
                "Each distinct {key} of {} becomes one row of {}, with {id} as its primary key.",
                d.source_table, table.name
            ),
            None => format!(
                "Each distinct {key} of {} becomes one row of {}, numbered by {}.",
                d.source_table,
                table.name,
                table.id_column()
            ),
        };
        if !table.columns.is_empty() {
            let (verb, pronoun) =
                if table.columns.len() == 1 { ("depends", "it is") } else { ("depend", "they are") };
            explanation.push_str(&format!(
                " {} {verb} on {} alone, so {pronoun} stored here once instead of on every row.",
                and_list(&table.columns),
                and_list(&table.key_columns)
            ));
        }
        explanation.push_str(&self.reference_sentence(&items));
        Step { title: format!("Create {}", table.name), explanation, sql, builds: Some(table.name.clone()) }
    }

    /// How references are filled in, for an explanation ("" without references).
    fn reference_sentence(&self, items: &[Item]) -> String {
        let references: Vec<&ProposedTable> = items
            .iter()
            .filter_map(|item| match item {
                Item::Reference(t) => Some(*t),
                Item::Column(_) => None,
            })
            .collect();
        let (kept, numbered): (Vec<&ProposedTable>, Vec<&ProposedTable>) =
            references.into_iter().partition(|t| t.natural_id().is_some());
        let mut sentence = String::new();
        if !numbered.is_empty() {
            let parts: Vec<String> = numbered
                .iter()
                .map(|t| {
                    format!(
                        "{} (the {} row with the same {})",
                        t.id_column(),
                        t.name,
                        and_list(&t.key_columns)
                    )
                })
                .collect();
            sentence.push_str(&format!(
                " Instead of repeating values stored elsewhere, each row holds {}, found by joining on \
                 those columns.",
                and_list(&parts)
            ));
        }
        if !kept.is_empty() {
            let ids: Vec<String> = kept.iter().map(|t| t.id_column()).collect();
            let tables: Vec<&str> = kept.iter().map(|t| t.name.as_str()).collect();
            let (verb, pronoun) = if kept.len() == 1 { ("refers", "it is") } else { ("refer", "they are") };
            sentence.push_str(&format!(
                " {} {verb} to {} as {pronoun}, with no join needed.",
                and_list(&ids),
                and_list(&tables)
            ));
        }
        if numbered.iter().any(|t| self.has_nulls(t)) {
            sentence.push_str(
                " Where a key holds NULL the join uses IS rather than =, so that NULL matches NULL.",
            );
        }
        sentence
    }

    fn link_step(&self) -> Step {
        let d = self.d;
        let link = &d.link_table;
        let name = q(&link.name);
        let items = self.link_items();
        let mut definitions: Vec<String> = items.iter().map(|item| self.definition(item)).collect();
        let primary_key = link_primary_key(d);
        if let Some(columns) = &primary_key {
            let quoted: Vec<String> = columns.iter().map(|c| q(c)).collect();
            definitions.push(format!("PRIMARY KEY ({})", quoted.join(", ")));
        }
        let sql = self.create_and_fill(&name, &definitions, &[], &items, "SELECT");
        let mut explanation = format!("{} keeps one row for each row of {}", link.name, d.source_table);
        if !link.columns.is_empty() {
            explanation.push_str(&format!(", with {}", and_list(&link.columns)));
        }
        explanation.push('.');
        explanation.push_str(&self.reference_sentence(&items));
        if let Some(columns) = primary_key {
            explanation.push_str(&format!(
                " Its primary key ({}) cannot repeat, since {} differs in every row of {}.",
                columns.join(", "),
                match link.primary_key.as_slice() {
                    [only] => only.clone(),
                    more => format!("the {}", key_phrase(more)),
                },
                d.source_table
            ));
        }
        Step { title: format!("Create {}", link.name), explanation, sql, builds: Some(link.name.clone()) }
    }

    /// `SELECT` of the original's columns from the new tables joined back together, and the
    /// tables joined with nothing to match on (CROSS JOIN).
    fn rejoin(&self) -> (String, Vec<&'d str>) {
        let link = &self.d.link_table;
        // Node 0 is the link table, node i > 0 the entity table `self.order[i - 1]`.
        let nodes: Vec<(&str, &[String])> = std::iter::once((link.name.as_str(), link.references.as_slice()))
            .chain(self.order.iter().map(|t| (t.name.as_str(), t.references.as_slice())))
            .collect();
        let node_of =
            |name: &String| self.order.iter().position(|t| t.name.eq_ignore_ascii_case(name)).map(|i| i + 1);
        // (referring, referred)
        let edges: Vec<(usize, usize)> = nodes
            .iter()
            .enumerate()
            .flat_map(|(i, (_, references))| references.iter().filter_map(node_of).map(move |j| (i, j)))
            .collect();
        let neighbours = |n: usize| {
            edges.iter().filter_map(move |&(a, b)| match () {
                () if a == n => Some(b),
                () if b == n => Some(a),
                () => None,
            })
        };

        let mut joined = vec![false; nodes.len()];
        joined[0] = true;
        let mut queue: VecDeque<usize> = neighbours(0).collect();
        let mut from = format!("FROM {}", q(nodes[0].0));
        let mut crossed = Vec::new();
        for _ in 1..nodes.len() {
            let next = loop {
                match queue.pop_front() {
                    Some(n) if joined[n] => continue,
                    Some(n) => break n,
                    None => break (1..nodes.len()).find(|&n| !joined[n]).expect("a table is left to join"),
                }
            };
            let on: Vec<String> = edges
                .iter()
                .filter(|&&(a, b)| (b == next && joined[a]) || (a == next && joined[b]))
                .map(|&(a, b)| {
                    let referred = self.order[b - 1];
                    let id = q(&referred.id_column());
                    let operator = if referred.natural_id().is_some() { self.equals(referred) } else { "=" };
                    format!("{}.{id} {operator} {}.{id}", q(nodes[b].0), q(nodes[a].0))
                })
                .collect();
            if on.is_empty() {
                from.push_str(&format!("\nCROSS JOIN {}", q(nodes[next].0)));
                crossed.push(nodes[next].0);
            } else {
                from.push_str(&format!("\nJOIN {} ON {}", q(nodes[next].0), on.join(" AND ")));
            }
            joined[next] = true;
            queue.extend(neighbours(next));
        }
        let columns: Vec<String> = self
            .d
            .source_columns
            .iter()
            .map(|c| format!("{}.{}", q(self.home[c.name.as_str()]), q(&c.name)))
            .collect();
        (format!("SELECT {}\n{from}", columns.join(", ")), crossed)
    }

    fn check_sql(&self) -> (String, Vec<&'d str>) {
        let (rejoined, crossed) = self.rejoin();
        let columns: Vec<String> = self.d.source_columns.iter().map(|c| q(&c.name)).collect();
        let original = format!("SELECT {} FROM {}", columns.join(", "), q(&self.d.source_table));
        let indent = |sql: &str| sql.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n");
        let sql = format!(
            "SELECT\n  (SELECT count(*) FROM (\n{}\n    EXCEPT\n{}\n  )) AS rows_only_in_join,\n  \
             (SELECT count(*) FROM (\n{}\n    EXCEPT\n{}\n  )) AS rows_only_in_original;",
            indent(&rejoined),
            indent(&original),
            indent(&original),
            indent(&rejoined)
        );
        (sql, crossed)
    }
}

/// The SQL that builds `d`: one step per entity table (each after those it refers to), one
/// for the link table, and the lossless check last. Every identifier is quoted.
///
/// Fails, saying why, when the decomposition cannot be built: an empty, repeated or NUL-holding
/// name, a table named like the original, a column that is not the original's, stored twice
/// or nowhere, an entity without key columns, a reference to an unknown table, to itself or
/// in a circle, two columns of one table with the same name, or an empty link table.
pub fn generate_sql(d: &Decomposition) -> Result<Vec<Step>, String> {
    let checked = validate(d)?;
    let mut steps: Vec<Step> = checked.order.iter().map(|t| checked.entity_step(t)).collect();
    steps.push(checked.link_step());
    let (sql, crossed) = checked.check_sql();
    let mut explanation = format!(
        "Joining the new tables back together must give exactly the rows of {src}. The first \
         count is rows the join makes up that {src} does not have, the second rows of {src} the \
         join misses: the split is lossless when both are 0. EXCEPT compares rows as sets, so a \
         row repeated in {src} counts once.",
        src = d.source_table
    );
    if !crossed.is_empty() {
        let (verb, pronoun) = if crossed.len() == 1 { ("is", "it is") } else { ("are", "they are") };
        explanation.push_str(&format!(
            " {} {verb} not linked to the other tables, so {pronoun} joined with CROSS JOIN, \
             which pairs every row with every row: that is how a missing link shows as extra rows.",
            and_list(&crossed)
        ));
    }
    steps.push(Step { title: "Check that nothing was lost".into(), explanation, sql, builds: None });
    Ok(steps)
}

/// The lossless check of [`generate_sql`]'s last step on its own: one row of two counts,
/// `rows_only_in_join` (the new tables joined back EXCEPT the original) and
/// `rows_only_in_original` (the original EXCEPT the join).
pub fn lossless_check_sql(d: &Decomposition) -> Result<String, String> {
    Ok(validate(d)?.check_sql().0)
}

/// Runs the lossless check on tables built by [`generate_sql`]'s steps: the number of rows
/// the new tables joined back produce that the original lacks, and of the original's rows they
/// miss. `(0, 0)` proves the decomposition lossless. The error is a validation message or
/// SQLite's.
#[cfg(feature = "engine")]
pub fn check_lossless(conn: &rusqlite::Connection, d: &Decomposition) -> Result<(u64, u64), String> {
    let sql = lossless_check_sql(d)?;
    let (only_in_join, only_in_original): (i64, i64) = conn
        .query_row(&sql, [], |row| Ok((row.get(0)?, row.get(1)?)))
        .map_err(|err| crate::core::database::sqlite_message(&err))?;
    Ok((only_in_join.unsigned_abs(), only_in_original.unsigned_abs()))
}

/// "title" or "combination of first_name and last_name".
fn key_phrase(columns: &[String]) -> String {
    match columns {
        [only] => only.clone(),
        more => format!("combination of {}", and_list(more)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_prose() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(and_list(&["a", "b", "c"]), "a, b and c");
    }
}
