//! SQL names from a file: column names from its header, the table name from its file name.

use std::collections::HashSet;

/// Header names longer than this (in characters) are cut, so that a stray paragraph in a header
/// cell does not become an unusable column name.
const MAX_NAME_CHARS: usize = 64;

/// A name a learner can type bare in SQL: runs of anything but letters, digits and `_` become
/// one `_` (so `First Name` → `First_Name`, `<script>alert(1)</script>` →
/// `script_alert_1_script`, `"quoted"` → `quoted`), ends trimmed, case kept. A name starting
/// with a digit gets a leading `_`, since a bare `2024` in a query is a number, not a column.
/// SQL keywords are left alone (`order` stays `order`): they are the file's own words, and the
/// generated SQL quotes every name anyway. Empty when nothing usable is left.
pub fn sanitize_name(raw: &str) -> String {
    let words: Vec<&str> =
        raw.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect();
    let mut name = words.join("_");
    if let Some((cut, _)) = name.char_indices().nth(MAX_NAME_CHARS) {
        name.truncate(cut);
        name.truncate(name.trim_end_matches('_').len());
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

/// Column names for `headers`: sanitized, `column_N` (1-based) for a header with nothing usable,
/// then made unique ignoring case. A repeated name gets `_2`, `_3`, … — skipping suffixes that
/// another header already has, so that every header which is unique keeps its own name.
pub fn column_names(headers: &[String]) -> Vec<String> {
    let sanitized: Vec<String> = headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let name = sanitize_name(header);
            if name.is_empty() { format!("column_{}", i + 1) } else { name }
        })
        .collect();
    let wanted: HashSet<String> = sanitized.iter().map(|n| n.to_lowercase()).collect();
    let mut given: HashSet<String> = HashSet::new();
    sanitized
        .into_iter()
        .map(|name| {
            if given.insert(name.to_lowercase()) {
                return name;
            }
            let unique = (2..)
                .map(|n| format!("{name}_{n}"))
                .find(|c| !wanted.contains(&c.to_lowercase()) && !given.contains(&c.to_lowercase()))
                .expect("some suffix is free");
            given.insert(unique.to_lowercase());
            unique
        })
        .collect()
}

/// The suggested table name for a file: its name without folders and extension, sanitized;
/// `imported` when nothing usable is left. Names starting `sqlite_` are SQLite's own, so such a
/// file gets `imported_` before it.
pub fn table_name(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rfind('.') {
        Some(dot) if dot > 0 => &base[..dot],
        _ => base,
    };
    let name = sanitize_name(stem);
    if name.is_empty() {
        "imported".to_owned()
    } else if name.to_ascii_lowercase().starts_with("sqlite_") {
        format!("imported_{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_typeable() {
        assert_eq!(sanitize_name("  First   Name "), "First_Name");
        assert_eq!(sanitize_name("<script>alert(1)</script>"), "script_alert_1_script");
        assert_eq!(sanitize_name("\"quoted\" name"), "quoted_name");
        assert_eq!(sanitize_name("e-mail"), "e_mail");
        assert_eq!(sanitize_name("_id"), "_id");
        assert_eq!(sanitize_name("2024 sales"), "_2024_sales");
        assert_eq!(sanitize_name("Größe"), "Größe");
        assert_eq!(sanitize_name("order"), "order");
        assert_eq!(sanitize_name(" ?! "), "");
        let long = sanitize_name(&"word ".repeat(40));
        assert!(long.chars().count() <= MAX_NAME_CHARS && !long.ends_with('_'), "{long}");
    }

    #[test]
    fn names_are_unique_ignoring_case_and_headers_keep_theirs() {
        let headers: Vec<String> =
            ["name", "Name", "name_2", "", "NAME", "column_4"].map(String::from).to_vec();
        assert_eq!(
            column_names(&headers),
            vec!["name", "Name_3", "name_2", "column_4", "NAME_4", "column_4_2"]
        );
    }

    #[test]
    fn table_names_come_from_the_file_name() {
        assert_eq!(table_name("author_book_publisher.csv"), "author_book_publisher");
        assert_eq!(table_name("C:\\Users\\me\\Sales 2024.CSV"), "Sales_2024");
        assert_eq!(table_name("/tmp/data.tar.csv"), "data_tar");
        assert_eq!(table_name("2024.csv"), "_2024");
        assert_eq!(table_name(".csv"), "csv");
        assert_eq!(table_name("???.csv"), "imported");
        assert_eq!(table_name(""), "imported");
        assert_eq!(table_name("sqlite_stat1.csv"), "imported_sqlite_stat1");
    }
}
