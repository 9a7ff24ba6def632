//! Normalizing a flat table: find the functional dependencies its rows obey, propose a
//! decomposition into entity tables, and generate the SQL that builds them and proves that
//! nothing was lost.
//!
//! 1. [`discover_rows`] (or [`discover`], reading a table of a connection) finds every
//!    single-column dependency `A → B` that holds in every row: each value of `A` comes with
//!    one value of `B`. NULL counts as a value like any other. Columns unique per row are
//!    reported as keys rather than as determinants of everything; columns holding one value
//!    are reported as constants rather than as determined by everything. When no single column
//!    is a key, pairs of columns unique per row are reported as keys too. Dependencies with a
//!    two-column determinant are not searched for.
//! 2. [`propose`] turns a [`Discovery`] into a [`Decomposition`]: columns that determine each
//!    other form one entity, an entity table holds the columns its natural key determines and
//!    refers to the entities it determines, and a link table keeps what is left of each row.
//!    Every name in it can be edited before the SQL is generated.
//! 3. [`generate_sql`] gives the [`Step`]s: one per table (CREATE TABLE, then INSERT … SELECT
//!    from the original), and a last one that joins the new tables back together and compares
//!    the result with the original both ways with EXCEPT ([`check_lossless`] runs it).
//!
//! The data types and the pure functions are available without the `engine` feature, so that
//! the UI can show, edit and turn a decomposition into SQL; reading from SQLite needs it.

use serde::{Deserialize, Serialize};

mod checked;
mod discover;
mod propose;
mod sql;

#[cfg(feature = "engine")]
pub use discover::discover;
pub use discover::discover_rows;
pub use propose::propose;
#[cfg(feature = "engine")]
pub use sql::check_lossless;
pub use sql::{generate_sql, lossless_check_sql};

/// One column of the table being normalized.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceColumn {
    pub name: String,
    /// The declared type (`TEXT`, `INTEGER`, …), empty when the column has none. New tables
    /// declare the column with the same type.
    pub decl_type: String,
    /// How many distinct values the column holds, NULL counting as one value.
    pub distinct: u64,
    /// How many rows hold NULL in the column.
    pub nulls: u64,
}

/// Columns that one column determines: in every row with the same value of `determinant`,
/// each of `dependents` has the same value too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dependency {
    pub determinant: String,
    /// In the table's column order.
    pub dependents: Vec<String>,
}

/// What [`discover`] found in a table's rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discovery {
    pub table: String,
    pub row_count: u64,
    pub columns: Vec<SourceColumn>,
    /// Columns, or pairs of columns, whose values differ in every row (with at least two rows).
    /// Single columns come first; pairs are only looked for when no single column is a key,
    /// and only pairs of which neither column determines the other.
    pub keys: Vec<Vec<String>>,
    /// Columns holding a single value (every column, for fewer than two rows).
    pub constants: Vec<String>,
    /// One entry per determinant, in column order; keys and constants are never determinants
    /// and constants never dependents.
    pub dependencies: Vec<Dependency>,
    /// Names of the other tables, views and indexes of the database, which a proposal avoids.
    pub taken_names: Vec<String>,
}

impl Discovery {
    /// Whether `determinant → dependent` was found.
    pub fn determines(&self, determinant: &str, dependent: &str) -> bool {
        self.dependencies
            .iter()
            .any(|d| d.determinant == determinant && d.dependents.iter().any(|c| c == dependent))
    }

    /// What `determinant` determines (empty when nothing, or when it is not a column).
    pub fn dependents_of(&self, determinant: &str) -> &[String] {
        self.dependencies
            .iter()
            .find(|d| d.determinant == determinant)
            .map_or(&[], |d| d.dependents.as_slice())
    }
}

/// One entity table of a decomposition: one row per distinct value of its natural key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProposedTable {
    pub name: String,
    /// Original columns that identify a row (declared UNIQUE together).
    pub key_columns: Vec<String>,
    /// Other original columns stored here, determined by the key.
    pub columns: Vec<String>,
    /// Names of the tables this one refers to, each by a column named after that table's
    /// [`id_column`](ProposedTable::id_column).
    pub references: Vec<String>,
}

impl ProposedTable {
    /// The table's primary key column: `<name>_id`, an INTEGER numbering the rows — unless the
    /// natural key is a single column already spelled so (ignoring ASCII case), such as
    /// `customer_id` for a table `customer`, which then is the primary key itself.
    pub fn id_column(&self) -> String {
        match self.natural_id() {
            Some(column) => column.to_owned(),
            None => format!("{}_id", self.name),
        }
    }

    /// The natural key column that serves as the primary key, if any (see [`Self::id_column`]).
    fn natural_id(&self) -> Option<&str> {
        match self.key_columns.as_slice() {
            [only] if only.eq_ignore_ascii_case(&format!("{}_id", self.name)) => Some(only),
            _ => None,
        }
    }
}

/// The table keeping one row per original row: the columns no entity holds and a reference to
/// each entity no other entity determines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkTable {
    pub name: String,
    /// Original columns stored here.
    pub columns: Vec<String>,
    /// Names of the entity tables referred to.
    pub references: Vec<String>,
    /// Original columns that are a key of the original table; the link table's primary key is
    /// made of the columns standing for them (a reference stands for its table's key columns).
    /// Empty for none; ignored when the link table's columns cannot stand for all of them.
    pub primary_key: Vec<String>,
}

/// A proposed (or edited) split of `source_table` into new tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decomposition {
    pub source_table: String,
    /// Every column of the original, in its order.
    pub source_columns: Vec<SourceColumn>,
    /// The entity tables. The SQL creates them so that a table comes after those it refers to,
    /// otherwise in this order.
    pub tables: Vec<ProposedTable>,
    pub link_table: LinkTable,
}

impl Decomposition {
    /// Renames a table (an entity or the link table) and every reference to it. Returns false,
    /// changing nothing, when no table is named `from`.
    pub fn rename_table(&mut self, from: &str, to: &str) -> bool {
        let known = self.link_table.name == from || self.tables.iter().any(|t| t.name == from);
        if !known {
            return false;
        }
        if self.link_table.name == from {
            self.link_table.name = to.to_owned();
        }
        for table in &mut self.tables {
            if table.name == from {
                table.name = to.to_owned();
            }
            rename_in(&mut table.references, from, to);
        }
        rename_in(&mut self.link_table.references, from, to);
        true
    }

    /// The entity table named `name` (compared ignoring ASCII case, as SQLite does).
    pub fn table(&self, name: &str) -> Option<&ProposedTable> {
        self.tables.iter().find(|t| t.name.eq_ignore_ascii_case(name))
    }

    /// Checks the decomposition can be built: see [`generate_sql`].
    pub fn validate(&self) -> Result<(), String> {
        checked::validate(self).map(|_| ())
    }
}

fn rename_in(references: &mut [String], from: &str, to: &str) {
    for reference in references.iter_mut().filter(|r| *r == from) {
        *reference = to.to_owned();
    }
}

/// One step of the SQL that builds a decomposition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub title: String,
    /// One or two sentences for a learner: what the step does and why.
    pub explanation: String,
    /// One or more statements, each ending with `;`.
    pub sql: String,
    /// The table the step creates, as the decomposition names it; `None` for the lossless
    /// check. So that a reader of the steps need not look for it in the SQL.
    pub builds: Option<String>,
}
