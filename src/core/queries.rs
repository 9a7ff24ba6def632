//! The queries Joinery writes itself about a table someone named (opening it from the schema,
//! previewing it in the normalization lab), so that the UI passes names and never SQL text.
//! Every name goes through [`quote_identifier`].

use crate::core::script::quote_identifier;

/// How many rows a table opened from the schema browser shows at first.
pub const OPEN_TABLE_ROWS: usize = 100;

/// `SELECT * FROM "table"`, with `LIMIT limit` when given.
pub fn select_all(table: &str, limit: Option<usize>) -> String {
    match limit {
        Some(limit) => format!("SELECT * FROM {} LIMIT {limit};", quote_identifier(table)),
        None => format!("SELECT * FROM {};", quote_identifier(table)),
    }
}

/// The query a new cell gets when a table is opened from the schema browser: its first rows.
pub fn open_table(table: &str) -> String {
    select_all(table, Some(OPEN_TABLE_ROWS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_opened_at_its_first_hundred_rows() {
        assert_eq!(open_table("author"), "SELECT * FROM \"author\" LIMIT 100;");
    }

    #[test]
    fn all_rows_or_the_first_few() {
        assert_eq!(select_all("order items", None), "SELECT * FROM \"order items\";");
        assert_eq!(select_all("t", Some(12)), "SELECT * FROM \"t\" LIMIT 12;");
    }

    #[test]
    fn a_hostile_name_is_only_ever_a_name() {
        assert_eq!(select_all("x\"; DROP TABLE t; --", None), "SELECT * FROM \"x\"\"; DROP TABLE t; --\";");
    }
}
