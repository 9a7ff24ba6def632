//! Normalizing a flat table: dependencies found in real CSV files, the proposed decomposition,
//! its SQL run step by step, and the lossless check, also on edited (lossy or invalid)
//! decompositions and on 100,000 generated rows.
//!
//! By source: the books CSV ([`books`]), the RetroFun files ([`retrofun`]), small tables made
//! up to reach the edges ([`edge_cases`]), and generated rows at scale ([`scale`]). The helpers
//! they share are here.

mod books;
mod edge_cases;
mod retrofun;
mod scale;

use joinery::core::Database;
use joinery::core::Value;
use joinery::core::csv_import::{ImportPlan, import_into, inspect};
use joinery::core::normalize::{
    Decomposition, Discovery, ProposedTable, Step, check_lossless, discover, discover_rows, generate_sql,
    propose,
};
use web_time::Instant;

/// Imports CSV bytes as `table` with the inferred types, columns renamed by `names` if given.
fn import_bytes(db: &Database, bytes: &[u8], table: &str, names: Option<&[&str]>) {
    let preview = inspect(bytes, "data.csv").unwrap();
    let mut plan = ImportPlan::from_preview(&preview);
    plan.table = table.into();
    if let Some(names) = names {
        for (column, name) in plan.columns.iter_mut().zip(names) {
            column.name = (*name).into();
        }
    }
    import_into(db.connection(), bytes, &plan, &mut |_| {}).unwrap();
}

fn import(db: &Database, path: &str, table: &str) {
    import_bytes(db, &std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}")), table, None);
}

fn count(db: &Database, sql: &str) -> i64 {
    db.connection().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Runs every step as the notebook would, failing on the first error.
fn run(db: &mut Database, steps: &[Step]) {
    for step in steps {
        let outcome = db.run_script(&step.sql, 10);
        assert!(outcome.is_ok(), "{}: {:?}\n{}", step.title, outcome.error, step.sql);
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn dependents<'d>(found: &'d Discovery, column: &str) -> Vec<&'d str> {
    found.dependents_of(column).iter().map(String::as_str).collect()
}
