//! Checking an answer that changes data: the databases the reference and the answer leave are
//! compared, structure first, then every table's rows.

use std::collections::{BTreeMap, BTreeSet};

use super::compare::{multiset_difference, row_diff};
use super::structure::{Shape, check_refusals, compare_tables, read_shape};
use crate::core::database::Database;
use crate::core::format::count;
use crate::core::outcome::{RowDiff, Verdict};
use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// Compares what the reference and the answer left: which tables exist, their structure where
/// the reference changed it, `PRAGMA user_version`, views, triggers, then every table's rows.
pub(super) fn compare_databases(
    before: &Database,
    expected: &Database,
    actual: &Database,
) -> Result<Verdict, String> {
    let (was, want, got) = (
        read_shape(before.connection())?,
        read_shape(expected.connection())?,
        read_shape(actual.connection())?,
    );
    if let Some(name) = want.tables.keys().find(|n| !got.tables.contains_key(*n)) {
        return Ok(Verdict::fail(
            format!("The table `{name}` should exist after your SQL, but it does not."),
            Vec::new(),
        ));
    }
    if let Some(name) = got.tables.keys().find(|n| !want.tables.contains_key(*n)) {
        return Ok(Verdict::fail(
            format!("Your SQL leaves a table `{name}` that should not be there."),
            Vec::new(),
        ));
    }
    let structure = structure_differences(&was, &want, &got, expected, actual);
    if let Some(first) = structure.first() {
        return Ok(Verdict::fail(first.clone(), structure[1..].to_vec()));
    }
    let want_rows = table_contents(expected, &want)?;
    let got_rows = table_contents(actual, &got)?;
    let mut differing: Vec<(String, RowDiff, usize, usize)> = Vec::new();
    for (key, (columns, rows)) in &want_rows {
        let Some((_, actual_rows)) = got_rows.get(key) else {
            return Ok(Verdict::fail(
                format!("The view `{key}` should exist after your SQL, but it does not."),
                Vec::new(),
            ));
        };
        let (missing, extra) = multiset_difference(rows, actual_rows);
        if missing.is_empty() && extra.is_empty() {
            continue;
        }
        // Named as the lesson spells it (`Artist`), not as compared (`artist`).
        let name = want.tables.get(key).map_or(key, |t| &t.name).clone();
        let diff = row_diff(&name, columns.clone(), &missing, &extra);
        differing.push((name, diff, actual_rows.len(), rows.len()));
    }
    let mut differing = differing.into_iter();
    let Some((name, diff, has, should)) = differing.next() else {
        return Ok(Verdict::pass("Correct! The data ends up exactly as it should."));
    };
    let counts =
        if has == should { String::new() } else { format!(" It has {has} rows; it should have {should}.") };
    let others = differing
        .map(|(name, diff, _, _)| {
            format!(
                "The table `{name}` differs too: {} missing, {} not expected.",
                count(diff.missing_total as u64, "row"),
                count(diff.extra_total as u64, "row")
            )
        })
        .collect();
    Ok(Verdict::fail(format!("The table `{name}` does not hold what it should afterwards.{counts}"), others)
        .with_diff(diff))
}

/// Structure is compared where the reference made or changed it, so that an exercise about
/// rows is not failed over, say, an index the learner added.
fn structure_differences(
    was: &Shape,
    want: &Shape,
    got: &Shape,
    expected: &Database,
    actual: &Database,
) -> Vec<String> {
    let mut found = Vec::new();
    for (name, table) in &want.tables {
        if was.tables.get(name) == Some(table)
            && got.tables.get(name).is_some_and(|g| g.columns == table.columns)
        {
            continue;
        }
        let theirs = &got.tables[name];
        let mut differences = compare_tables(table, theirs);
        if differences.is_empty() {
            let refused = check_refusals(expected.connection(), table);
            let allowed = check_refusals(actual.connection(), theirs);
            for (column, probe) in refused.difference(&allowed).take(1) {
                differences.push(format!(
                    "`{name}.{column}` should refuse {probe} (a CHECK constraint); yours accepts it."
                ));
            }
            for (column, probe) in allowed.difference(&refused).take(1) {
                differences.push(format!(
                    "`{name}.{column}` refuses {probe}, which the answer accepts: the CHECK is too strict."
                ));
            }
        }
        found.extend(differences);
    }
    for view in want.views.difference(&got.views) {
        if !was.views.contains(view) {
            found.push(format!("The view `{view}` should exist after your SQL, but it does not."));
        }
    }
    for view in got.views.difference(&want.views) {
        found.push(format!("Your SQL leaves a view `{view}` that should not be there."));
    }
    for (table, event, timing) in want.triggers.difference(&got.triggers) {
        found.push(format!("`{table}` should have a trigger that runs {timing} {event}."));
    }
    if want.user_version != got.user_version {
        found.push(format!(
            "PRAGMA user_version should be {} afterwards, but it is {}.",
            want.user_version, got.user_version
        ));
    }
    found
}

/// Every table's (and view's) column names and rows, for comparing what two scripts did.
type Contents = BTreeMap<String, (Vec<String>, Vec<Vec<Value>>)>;

fn table_contents(db: &Database, shape: &Shape) -> Result<Contents, String> {
    let conn = db.connection();
    let mut contents = Contents::new();
    // Temporary tables count too: a migration's guard (`INSERT INTO expect_version …`) leaves
    // its row there and nowhere else.
    let temporary: Vec<String> = conn
        .prepare("SELECT 'temp.' || name FROM sqlite_temp_schema WHERE type = 'table'")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| e.to_string())?;
    let names: BTreeSet<&String> = shape.tables.keys().chain(shape.views.iter()).chain(&temporary).collect();
    for name in names {
        let from = match name.strip_prefix("temp.") {
            Some(table) if temporary.contains(name) => format!("temp.{}", quote_identifier(table)),
            _ => quote_identifier(name),
        };
        let mut statement = conn.prepare(&format!("SELECT * FROM {from}")).map_err(|e| e.to_string())?;
        let columns: Vec<String> = statement.column_names().map(|c| c.to_string()).collect();
        let width = columns.len();
        let rows = statement
            .query_map([], |row| Value::row(row, 0..width))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| e.to_string())?;
        contents.insert(name.clone(), (columns, rows));
    }
    Ok(contents)
}
