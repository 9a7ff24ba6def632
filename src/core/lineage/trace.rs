//! Running a rewritten query and gathering the source rows it names.

use std::collections::{BTreeSet, HashMap};

use rusqlite::{Connection, Statement};

use super::{Group, GroupTrace, JoinTrace, MAX_TRACED_ROWS, SourceTable, Trace, TracedRow};
use super::{Rewrite, TableRef};
use crate::core::database::sqlite_message;
use crate::core::script::quote_identifier;
use crate::core::value::Value;

/// Input rows shown per group.
const INPUTS_PER_GROUP: usize = 50;

/// Where the rows of `sql` (one SELECT) come from, or why that cannot be shown: the parser's
/// rewrite and the tracing together, for tests and native use.
#[cfg(feature = "parser")]
pub fn trace(conn: &Connection, sql: &str) -> Result<Trace, String> {
    trace_rewritten(conn, &super::rewrite(sql.trim())?)
}

/// Runs a query's rewrite (see [`super::Rewrite`]) and gathers the rows it names.
pub fn trace_rewritten(conn: &Connection, rewrite: &Rewrite) -> Result<Trace, String> {
    match rewrite.clone() {
        Rewrite::Join { sql, tables } => trace_join(conn, &sql, &tables).map(Trace::Join),
        Rewrite::Groups { output_sql, keys, input_sql } => {
            trace_groups(conn, &output_sql, keys, &input_sql).map(Trace::Groups)
        }
    }
}

fn trace_join(conn: &Connection, sql: &str, tables: &[TableRef]) -> Result<JoinTrace, String> {
    let mut statement = prepare(conn, sql)?;
    let (all_columns, rows, truncated) = read(&mut statement, MAX_TRACED_ROWS)?;
    let width = all_columns.len() - tables.len();
    let rows: Vec<TracedRow> = rows
        .into_iter()
        .map(|mut values| {
            let sources = values.split_off(width).into_iter().map(|v| match v {
                Value::Integer(rowid) => Some(rowid),
                _ => None,
            });
            TracedRow { values, sources: sources.collect() }
        })
        .collect();
    let sources = tables
        .iter()
        .enumerate()
        .map(|(i, table)| {
            let used: BTreeSet<i64> = rows.iter().filter_map(|r| r.sources[i]).collect();
            source_table(conn, table, &used)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(JoinTrace { tables: sources, columns: all_columns[..width].to_vec(), rows, truncated })
}

/// A table's rows: all of them when it is small, else those the result used.
fn source_table(conn: &Connection, table: &TableRef, used: &BTreeSet<i64>) -> Result<SourceTable, String> {
    let quoted = quote_identifier(&table.table);
    let count: i64 = conn
        .query_row(&format!("SELECT count(*) FROM {quoted}"), [], |row| row.get(0))
        .map_err(|e| sqlite_message(&e))?;
    let filter = if count.unsigned_abs() as usize <= MAX_TRACED_ROWS {
        String::new()
    } else {
        let ids: Vec<String> = used.iter().map(i64::to_string).collect();
        format!(" WHERE _rowid_ IN ({})", ids.join(","))
    };
    let mut statement = prepare(conn, &format!("SELECT _rowid_, * FROM {quoted}{filter} ORDER BY _rowid_"))?;
    let (columns, rows, _) = read(&mut statement, usize::MAX)?;
    let rows = rows
        .into_iter()
        .filter_map(|mut values| match values.remove(0) {
            Value::Integer(rowid) => Some((rowid, values)),
            _ => None,
        })
        .collect();
    Ok(SourceTable {
        alias: table.alias.clone(),
        table: table.table.clone(),
        columns: columns[1..].to_vec(),
        rows,
        join: table.join.clone(),
    })
}

fn trace_groups(
    conn: &Connection,
    output_sql: &str,
    keys: usize,
    input_sql: &str,
) -> Result<GroupTrace, String> {
    let (all_columns, outputs, truncated) = read(&mut prepare(conn, output_sql)?, MAX_TRACED_ROWS)?;
    let width = all_columns.len() - keys;
    let (input_columns, inputs, _) = read(&mut prepare(conn, input_sql)?, usize::MAX)?;
    // Values have no total equality (REAL), so group keys are compared by their exact text.
    let mut by_key: HashMap<String, (Vec<Vec<Value>>, u64)> = HashMap::new();
    for mut row in inputs {
        let rest = row.split_off(keys);
        let (shown, more) = by_key.entry(key_text(&row)).or_default();
        if shown.len() < INPUTS_PER_GROUP {
            shown.push(rest);
        } else {
            *more += 1;
        }
    }
    let groups = outputs
        .into_iter()
        .map(|mut values| {
            let key = values.split_off(width);
            let (inputs, more_inputs) = by_key.remove(&key_text(&key)).unwrap_or_default();
            Group { values, inputs, more_inputs }
        })
        .collect();
    Ok(GroupTrace {
        columns: all_columns[..width].to_vec(),
        input_columns: input_columns[keys..].to_vec(),
        groups,
        truncated,
    })
}

fn key_text(values: &[Value]) -> String {
    format!("{values:?}")
}

fn prepare<'c>(conn: &'c Connection, sql: &str) -> Result<Statement<'c>, String> {
    let statement =
        conn.prepare(sql).map_err(|e| format!("the traced query failed: {}", sqlite_message(&e)))?;
    if !statement.readonly() {
        return Err("only queries that read can be traced".into());
    }
    Ok(statement)
}

/// What a query gave: its column names, its rows (up to a limit), and whether there were more.
type Rows = (Vec<String>, Vec<Vec<Value>>, bool);

/// Column names, at most `limit` rows, and whether there were more.
fn read(statement: &mut Statement, limit: usize) -> Result<Rows, String> {
    let columns: Vec<String> = statement.column_names().map(str::to_owned).collect();
    let width = columns.len();
    let mut rows = Vec::new();
    let mut cursor = statement.raw_query();
    let mut truncated = false;
    while let Some(row) = cursor.next().map_err(|e| sqlite_message(&e))? {
        if rows.len() == limit {
            truncated = true;
            break;
        }
        rows.push(Value::row(row, 0..width).map_err(|e| sqlite_message(&e))?);
    }
    Ok((columns, rows, truncated))
}
