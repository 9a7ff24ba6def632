//! New keys for the second hidden copy: integer keys renumbered, foreign keys with them.

use std::collections::BTreeSet;

use rusqlite::Connection;

use super::tables::Table;
use crate::core::checker::literals::Literal;
use crate::core::script::quote_identifier;

/// Gives the rows of every table with an integer key new key values (in the same order), and
/// every foreign key that refers to them the same, so that an answer which picks rows by the
/// ids it saw (`WHERE author_id = 4`) is caught. Keys the prompt, setup or reference write are
/// kept.
pub(super) fn renumber_keys(
    conn: &Connection,
    tables: &[Table],
    keep: &BTreeSet<Literal>,
) -> Result<(), String> {
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
