//! The properties the fuzz targets check, one function per target, each taking the raw input
//! and panicking when a property fails. `fuzz/fuzz_targets/*.rs` include this file through
//! `#[path]` and `tests/fuzz_corpus.rs` replays the committed corpus and regressions through
//! it, so the two never drift apart. See `fuzz/README.md`.
//!
//! One file per target, named as in `fuzz/fuzz_targets/`. A helper two targets share stays
//! with the target it was written for (the spans check in `split_statements`, the guard in
//! `run_script`), and the other imports it from there.

mod csv_import;
mod lesson_parse;
mod rewrite_query;
mod run_script;
mod share_decode;
mod split_statements;

use rusqlite::Connection;

pub use csv_import::csv_import;
pub use lesson_parse::lesson_parse;
pub use rewrite_query::rewrite_query;
pub use run_script::run_script;
pub use share_decode::share_decode;
pub use split_statements::split_statements;

/// A target's check: panics when a property fails for this input.
pub type Check = fn(&[u8]);

/// The targets by name, as the folders under `fuzz/corpus/` and `fuzz/regressions/` are named.
pub const TARGETS: &[(&str, Check)] = &[
    ("csv_import", csv_import),
    ("lesson_parse", lesson_parse),
    ("split_statements", split_statements),
    ("run_script", run_script),
    ("share_decode", share_decode),
    ("rewrite_query", rewrite_query),
];

fn select_one(conn: &Connection) -> i64 {
    conn.query_row("SELECT 1", [], |row| row.get(0)).expect("SELECT 1 runs")
}
