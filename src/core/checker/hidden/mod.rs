//! Hidden copies: the lesson's data changed in ways its schema allows, so that an answer which
//! only reproduces the visible result fails while every correct answer still passes.
//!
//! A copy must be data the learner's own schema could hold, or a correct answer could be told
//! it is wrong. So a copy never edits a name in place, never breaks a key, a UNIQUE, NOT NULL,
//! CHECK or foreign key constraint, and never adds a duplicate row to a link table (a table of
//! foreign keys is a set, declared or not). It changes the data in these ways:
//!
//! - **New entities** ([`entities`]): some rows are copied under a new key with new names
//!   ("Stephen King" → "Stephen King II", each new name used once), together with the rows
//!   that belong to them (an author's books, their publishers' links), so a new author has
//!   books as the visible ones do.
//! - **New links** ([`links`]) between existing rows of link tables (a book gets another
//!   publisher).
//! - **Recombined rows** ([`recombine`]) in a flat table (a CSV imported as it is): The Good
//!   Earth with another publisher, King with another first name.
//! - **Changed measures** ([`measures`]): prices, years, ratings and timestamps take other
//!   rows' values (so they stay in the column's domain and format), except in rows that the
//!   prompt, the setup or the reference name by a literal.
//! - **New keys** ([`renumber`], the second copy): integer keys are renumbered in reverse
//!   order, foreign keys with them, so ids read off the visible data point nowhere.
//! - **Totals kept** ([`totals`]): a column that is the sum of its children (an invoice's
//!   total) is summed again.
//!
//! The rows an exercise names, and the rows that refer to them, are the **focus** ([`focus`]):
//! new rows are made around them first, since an answer that hard-codes the visible result is
//! an answer about them. Unordered scans are reversed separately, per connection, by the
//! checker.
//!
//! Every change works from the tables as [`tables`] reads them; those that add or change rows
//! go through one [`copier`], which keeps the new names and keys of a copy apart.

mod copier;
mod entities;
mod focus;
mod links;
mod measures;
mod recombine;
mod renumber;
mod tables;
mod totals;

use std::collections::{BTreeSet, HashMap, HashSet};

use super::literals::Literal;
use crate::core::database::Database;
use copier::Copier;
use focus::focus_rows;
use renumber::renumber_keys;
use tables::read_tables;
use totals::derived_totals;

/// How many hidden copies an answer is checked on.
pub const COPIES: usize = 2;

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
