//! The engine core: everything that can be tested without a browser.

pub mod database;
pub mod format;
pub mod notebook;
pub mod outcome;
pub mod script;
pub mod value;

pub use database::{Database, LoadError};
pub use notebook::{Cell, CellId, Notebook};
pub use outcome::{Column, ErrorExcerpt, ScriptError, ScriptOutcome, StatementResult};
pub use value::Value;
