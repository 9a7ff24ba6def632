//! Whether a failed answer is hard-coded: said only when it is true, since the word accuses the
//! learner of writing out the visible data instead of querying it.

use super::literals::{self, Literal, literals};
use super::{MAX_ROWS, Task, changes_data, last_table, open};
use crate::core::database::Database;
use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// "Hard-coded", said only when it is true: the answer writes out values the reference does not
/// write, which are in the visible result, or are ids (compared with an id column, or the value
/// of some key), or text stored in the data an exercise changes.
pub(super) fn hard_coded(baseline: &[u8], task: Task<'_>, learner: &str) -> Option<String> {
    // What the reference writes is the learner's to write too. The setup and the prompt are
    // not: rows the setup adds are data, and values the prompt lists are there to be found in
    // it; this is only asked once the answer has failed on a hidden copy.
    let given = literals(task.reference);
    let start = open(baseline, false, task.setup).ok()?;
    let mut db = open(baseline, false, task.setup).ok()?;
    let outcome = db.run_script(task.reference, MAX_ROWS);
    let visible: Vec<Value> = if changes_data(&outcome) {
        Vec::new()
    } else {
        last_table(&outcome)?.rows.iter().flatten().cloned().collect()
    };
    let picked = literals::picked_ids(learner);
    let copied: Vec<Literal> = literals(learner)
        .into_iter()
        .filter(|l| !given.contains(l))
        .filter(|l| {
            picked.contains(l)
                || visible.iter().any(|v| l.matches(v))
                || (visible.is_empty() && matches!(l, Literal::Text(_)) && stored_anywhere(&start, l))
                || (matches!(l, Literal::Number(_)) && is_a_key(&start, l))
        })
        .collect();
    if copied.is_empty() {
        return None;
    }
    let shown: Vec<String> = copied.iter().take(3).map(Literal::sql).collect();
    Some(format!(
        "Your SQL has hard-coded values from the visible data ({}) where the answer finds them with a query; on other data they are wrong.",
        shown.join(", ")
    ))
}

/// Whether `literal` is the value of some row's key, or of a foreign key to one: an id the
/// learner read off the visible data (`VALUES (8, 'Kindred')`).
fn is_a_key(db: &Database, literal: &Literal) -> bool {
    let Literal::Number(number) = literal else { return false };
    let Ok(number) = number.parse::<i64>() else { return false };
    let conn = db.connection();
    let keys: Vec<(String, String)> = conn
        .prepare(
            "SELECT s.name, p.name FROM sqlite_schema AS s, pragma_table_info(s.name) AS p \
             WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite_%' AND p.pk > 0 \
             UNION SELECT s.name, f.\"from\" FROM sqlite_schema AS s, pragma_foreign_key_list(s.name) AS f \
             WHERE s.type = 'table'",
        )
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
        .unwrap_or_default();
    keys.iter().any(|(table, column)| {
        let sql = format!(
            "SELECT 1 FROM {} WHERE {} = ?1 LIMIT 1",
            quote_identifier(table),
            quote_identifier(column)
        );
        conn.query_row(&sql, [number], |_| Ok(())).is_ok()
    })
}

/// Whether some table of `db` holds the text `literal`.
fn stored_anywhere(db: &Database, literal: &Literal) -> bool {
    let Literal::Text(text) = literal else { return false };
    let conn = db.connection();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_default();
    tables.iter().any(|table| {
        let columns: Vec<String> = conn
            .prepare(&format!("SELECT name FROM pragma_table_info({})", Value::Text(table.clone()).literal()))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .unwrap_or_default();
        if columns.is_empty() {
            return false;
        }
        let test =
            columns.iter().map(|c| format!("{} = ?1", quote_identifier(c))).collect::<Vec<_>>().join(" OR ");
        conn.query_row(
            &format!("SELECT 1 FROM {} WHERE {test} LIMIT 1", quote_identifier(table)),
            [text],
            |_| Ok(()),
        )
        .is_ok()
    })
}
