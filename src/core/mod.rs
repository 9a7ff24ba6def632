//! The engine core: everything that can be tested without a browser.

pub mod changes;
pub mod chart;
#[cfg(feature = "engine")]
pub mod checker;
#[cfg(feature = "engine")]
pub mod csv_export;
pub mod csv_import;
#[cfg(feature = "engine")]
pub mod database;
pub mod datasets;
pub mod erd;
pub mod file_names;
pub mod format;
pub mod lesson;
pub mod lineage;
pub mod markdown;
pub mod normalize;
pub mod notebook;
pub mod notebook_file;
pub mod outcome;
pub mod plan;
pub mod queries;
pub mod route;
pub mod schema;
pub mod script;
pub mod share;
pub mod side_by_side;
pub mod tree;
pub mod tsv;
pub mod value;
pub mod virtual_rows;

#[cfg(feature = "engine")]
pub use database::{Database, LoadError};
pub use notebook::{Cell, CellId, CellKind, Notebook};
pub use outcome::{Column, ErrorExcerpt, ScriptError, ScriptOutcome, StatementResult};
pub use value::Value;
