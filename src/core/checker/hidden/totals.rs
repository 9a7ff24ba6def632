//! Totals kept: a column that is the sum of its children (an invoice's total) is summed again
//! once the copy has changed the children.

use rusqlite::Connection;

use super::tables::{Role, Table};
use crate::core::script::quote_identifier;

/// A parent's column that holds the sum of an expression over its children, in every row of
/// the visible data (Chinook's `Invoice.Total` is the sum of `UnitPrice * Quantity`).
pub(super) struct DerivedTotal {
    parent: String,
    column: String,
    key: String,
    child: String,
    child_key: String,
    expression: String,
}

impl DerivedTotal {
    pub(super) fn update_sql(&self) -> String {
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

pub(super) fn derived_totals(conn: &Connection, tables: &[Table]) -> Vec<DerivedTotal> {
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
