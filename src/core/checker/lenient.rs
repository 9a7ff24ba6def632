//! SQLite-isms: SQL that SQLite accepts but standard SQL (and most other databases) would not.
//! An answer that relies on one still passes; the learner is told the standard way beside the
//! verdict.

use std::collections::BTreeSet;

use crate::core::database::Database;
use crate::core::script::{split_statements, top_level_items, top_level_words};

/// The notes for `learner`, run on a copy of `baseline` after `setup`.
pub fn notes(baseline: &[u8], setup: &str, learner: &str) -> Vec<String> {
    let mut notes = Vec::new();
    if uses_double_quoted_text(baseline, setup, learner) {
        notes.push(
            "SQLite read a double-quoted word as text because no column has that name; in standard SQL \
             double quotes name columns and tables. Write text in single quotes ('King')."
                .to_owned(),
        );
    }
    let columns = column_names(baseline, setup);
    for range in split_statements(learner) {
        let statement = &learner[range];
        if let Some(position) = group_by_position(statement) {
            notes.push(format!(
                "`GROUP BY {position}` groups by a result column's position: SQLite allows it, standard SQL does not. \
                 Name the column or expression instead."
            ));
        }
        if let Some(column) = bare_column(statement) {
            notes.push(format!(
                "`{column}` is neither in GROUP BY nor inside an aggregate: SQLite takes it from some row of each group \
                 (with min or max, the row holding that value); standard SQL asks for it in GROUP BY or inside an aggregate."
            ));
        }
        if let Some(alias) = alias_in_where(statement, &columns) {
            notes.push(format!(
                "Your WHERE uses `{alias}`, a name given in the SELECT list: SQLite allows it, standard SQL does not \
                 (WHERE is evaluated before SELECT). Repeat the expression, or filter groups with HAVING."
            ));
        }
    }
    notes
}

/// Whether the answer runs with SQLite's double-quoted string literals allowed, but not without.
fn uses_double_quoted_text(baseline: &[u8], setup: &str, learner: &str) -> bool {
    if !learner.contains('"') {
        return false;
    }
    let run = |strict: bool| -> Option<bool> {
        let mut db = Database::copy_of(baseline).ok()?;
        db.run_script(setup, 0);
        if strict {
            use rusqlite::config::DbConfig;
            db.connection().set_db_config(DbConfig::SQLITE_DBCONFIG_DQS_DML, false).ok()?;
            db.connection().set_db_config(DbConfig::SQLITE_DBCONFIG_DQS_DDL, false).ok()?;
        }
        Some(db.run_script(learner, 1).is_ok())
    };
    run(false) == Some(true) && run(true) == Some(false)
}

/// Every column name of the tables and views the answer starts from (the setup's included).
fn column_names(baseline: &[u8], setup: &str) -> BTreeSet<String> {
    let Ok(mut db) = Database::copy_of(baseline) else { return BTreeSet::new() };
    db.run_script(setup, 0);
    db.connection()
        .prepare(
            "SELECT lower(p.name) FROM sqlite_schema AS s, pragma_table_info(s.name) AS p \
             WHERE s.type IN ('table', 'view')",
        )
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default()
}

/// The position in a top-level `GROUP BY 2`, if the statement groups by one.
fn group_by_position(statement: &str) -> Option<String> {
    let words = top_level_words(statement);
    let at = words.windows(2).position(|w| {
        statement[w[0].clone()].eq_ignore_ascii_case("group")
            && statement[w[1].clone()].eq_ignore_ascii_case("by")
    })?;
    let rest = statement[words[at + 1].end..].trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

/// A name given with `AS` in the SELECT list, not a column of any table, used in the top-level
/// WHERE clause.
fn alias_in_where(statement: &str, columns: &BTreeSet<String>) -> Option<String> {
    let words = top_level_words(statement);
    let word = |i: usize| &statement[words[i].clone()];
    let position = |name: &str| (0..words.len()).find(|&i| word(i).eq_ignore_ascii_case(name));
    let (select, from, filter) = (position("select")?, position("from")?, position("where")?);
    let aliases: Vec<String> = (select..from.saturating_sub(1))
        .filter(|&i| word(i).eq_ignore_ascii_case("as"))
        .map(|i| word(i + 1).to_lowercase())
        .filter(|alias| !columns.contains(alias))
        .collect();
    let end = (filter + 1..words.len())
        .find(|&i| {
            ["group", "order", "limit", "having", "window"].iter().any(|k| word(i).eq_ignore_ascii_case(k))
        })
        .unwrap_or(words.len());
    (filter + 1..end).map(|i| word(i).to_lowercase()).find(|w| aliases.contains(w))
}

/// A column of the SELECT list that an aggregate query neither groups by nor aggregates.
fn bare_column(statement: &str) -> Option<String> {
    let words = top_level_words(statement);
    let word = |i: usize| &statement[words[i].clone()];
    let select = (0..words.len()).find(|&i| word(i).eq_ignore_ascii_case("select"))?;
    let from = (select..words.len()).find(|&i| word(i).eq_ignore_ascii_case("from"))?;
    let list = &statement[words[select].end..words[from].start];
    let group = (from..words.len().saturating_sub(1))
        .find(|&i| word(i).eq_ignore_ascii_case("group") && word(i + 1).eq_ignore_ascii_case("by"));
    let lower = list.to_lowercase();
    let aggregates = ["count(", "sum(", "avg(", "min(", "max(", "total(", "group_concat("];
    let aggregated = aggregates.iter().any(|a| lower.replace(' ', "").contains(a));
    if group.is_none() && !aggregated {
        return None;
    }
    let grouped: Vec<String> = match group {
        Some(g) => {
            let end = (g + 2..words.len())
                .find(|&i| {
                    ["having", "order", "limit", "window"].iter().any(|k| word(i).eq_ignore_ascii_case(k))
                })
                .map_or(statement.len(), |i| words[i].start);
            top_level_items(&statement[words[g + 1].end..end]).iter().map(|k| last_segment(k)).collect()
        }
        None => Vec::new(),
    };
    top_level_items(list).into_iter().find_map(|item| {
        let mut tokens = item.split_whitespace();
        let expression = tokens.next()?;
        let rest: Vec<&str> = tokens.collect();
        let plain_alias =
            rest.is_empty() || (rest.len() == 2 && rest[0].eq_ignore_ascii_case("as")) || rest.len() == 1;
        let is_column =
            expression.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '"' | '`' | '[' | ']'))
                && !expression.chars().next().is_some_and(|c| c.is_ascii_digit())
                && !expression.eq_ignore_ascii_case("distinct");
        (plain_alias && is_column && !grouped.contains(&last_segment(expression)))
            .then(|| expression.to_owned())
    })
}

/// `p."name"` → `name`, lower-cased.
fn last_segment(expression: &str) -> String {
    expression
        .trim()
        .rsplit('.')
        .next()
        .unwrap_or("")
        .trim_matches(|c| matches!(c, '"' | '`' | '[' | ']'))
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_by_positions_and_where_aliases_are_found() {
        assert_eq!(group_by_position("SELECT a, count(*) FROM t GROUP BY 1").as_deref(), Some("1"));
        assert_eq!(group_by_position("SELECT a, count(*) FROM t GROUP BY a"), None);
        let columns: BTreeSet<String> = ["price".to_owned()].into_iter().collect();
        assert_eq!(
            alias_in_where("SELECT price * 2 AS doubled FROM t WHERE doubled > 3", &columns).as_deref(),
            Some("doubled")
        );
        assert_eq!(alias_in_where("SELECT price AS price FROM t WHERE price > 3", &columns), None);
        assert_eq!(
            bare_column("SELECT a.name, count(*) FROM a JOIN b GROUP BY a.id").as_deref(),
            Some("a.name")
        );
        assert_eq!(bare_column("SELECT a.name AS who, max(x) FROM a").as_deref(), Some("a.name"));
        assert_eq!(bare_column("SELECT a.id, a.name, count(*) AS n FROM a GROUP BY a.id, a.name"), None);
        assert_eq!(bare_column("SELECT name, price FROM t"), None);
        assert_eq!(bare_column("SELECT DISTINCT name FROM t"), None);
    }
}
