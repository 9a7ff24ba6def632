//! Splitting a script into its statements.
//!
//! SQLite itself decides where a statement ends: `sqlite3_complete` knows string literals,
//! quoted identifiers, comments and `CREATE TRIGGER … BEGIN … END;` bodies. Splitting ahead of
//! execution (rather than preparing statement after statement) lets every statement be reported
//! with its place in the script, even those after a failure.

#[cfg(feature = "engine")]
use std::ffi::CString;
use std::ops::Range;

#[cfg(feature = "engine")]
/// The byte ranges of the statements in `script`, in order. Ranges include the statement's
/// trailing `;` and any comments before it; stretches holding only blanks, comments and `;` are
/// left out. A last statement without `;` runs to the end of the script.
pub fn split_statements(script: &str) -> Vec<Range<usize>> {
    let mut statements = Vec::new();
    let mut start = 0;
    for (at, byte) in script.bytes().enumerate() {
        if byte == b';' && is_complete(&script[start..=at]) {
            push_unless_blank(&mut statements, script, start..at + 1);
            start = at + 1;
        }
    }
    push_unless_blank(&mut statements, script, start..script.len());
    statements
}

#[cfg(feature = "engine")]
fn push_unless_blank(statements: &mut Vec<Range<usize>>, script: &str, range: Range<usize>) {
    if !is_blank(&script[range.clone()]) {
        statements.push(range);
    }
}

#[cfg(feature = "engine")]
/// Whether SQLite considers `sql` one or more complete statements.
fn is_complete(sql: &str) -> bool {
    // A NUL cannot be passed to SQLite inside a C string; the caller rejects such scripts, and a
    // segment holding one is never treated as complete.
    let Ok(c_sql) = CString::new(sql) else {
        return false;
    };
    // SAFETY: `c_sql` is a valid NUL-terminated string that outlives the call.
    unsafe { rusqlite::ffi::sqlite3_complete(c_sql.as_ptr()) != 0 }
}

/// True when `sql` holds nothing but white space, comments and semicolons.
pub fn is_blank(sql: &str) -> bool {
    let mut rest = sql;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ';');
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, tail)| tail);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, tail)| tail);
        } else {
            return rest.is_empty();
        }
    }
}

/// `name` as a double-quoted SQL identifier, any `"` inside doubled, so that a name such as
/// `a"; DROP TABLE x; --` is only ever a name. Every name Joinery puts into SQL goes through here.
pub fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Whether `sql` (one statement) has an `ORDER BY` outside any parentheses: the ordering of the
/// statement's own result, as opposed to one inside a subquery, a CTE or a window.
pub fn has_top_level_order_by(sql: &str) -> bool {
    top_level_order_by(sql).is_some()
}

/// The keys of `sql`'s top-level `ORDER BY` as written (`total DESC, name`), without a `LIMIT`
/// or `OFFSET` that follows them.
pub fn top_level_order_by(sql: &str) -> Option<String> {
    let words = top_level_words(sql);
    let at = words.windows(2).position(|w| {
        sql[w[0].clone()].eq_ignore_ascii_case("order") && sql[w[1].clone()].eq_ignore_ascii_case("by")
    })?;
    let start = words[at + 1].end;
    let end = words[at + 2..]
        .iter()
        .find(|w| ["limit", "offset"].iter().any(|k| sql[(*w).clone()].eq_ignore_ascii_case(k)))
        .map_or(sql.len(), |w| w.start);
    let keys = sql[start..end].trim().trim_end_matches(';').trim();
    Some(keys.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The items of a comma-separated list (a SELECT list, ORDER BY or GROUP BY keys), split at
/// the commas outside parentheses and trimmed.
pub fn top_level_items(list: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut depth = 0i32;
    for c in list.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                items.push(String::new());
                continue;
            }
            _ => {}
        }
        items.last_mut().expect("one at least").push(c);
    }
    items.into_iter().map(|i| i.trim().to_owned()).filter(|i| !i.is_empty()).collect()
}

/// Where a string literal, quoted identifier or comment starting at byte `i` ends (just past
/// it), or `None` when none starts there. An unclosed one runs to the end.
pub fn skip_quoted_or_comment(bytes: &[u8], i: usize) -> Option<usize> {
    let find = |from: usize, end: &[u8]| {
        bytes[from.min(bytes.len())..]
            .windows(end.len())
            .position(|w| w == end)
            .map_or(bytes.len(), |at| from + at + end.len())
    };
    match bytes[i] {
        b'\'' => Some(find(i + 1, b"'")),
        b'"' => Some(find(i + 1, b"\"")),
        b'`' => Some(find(i + 1, b"`")),
        b'[' => Some(find(i + 1, b"]")),
        b'-' if bytes.get(i + 1) == Some(&b'-') => Some(find(i + 2, b"\n")),
        b'/' if bytes.get(i + 1) == Some(&b'*') => Some(find(i + 2, b"*/")),
        _ => None,
    }
}

/// The byte ranges of the words of `sql` that stand outside any parentheses, skipping string
/// literals, quoted identifiers and comments.
pub fn top_level_words(sql: &str) -> Vec<Range<usize>> {
    let bytes = sql.as_bytes();
    let mut words = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = skip_quoted_or_comment(bytes, i) {
            i = end;
            continue;
        }
        match bytes[i] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                if depth == 0 {
                    words.push(start..i);
                }
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    words
}

/// A 1-based line and column (in characters) for a byte offset, for messages a person reads.
pub fn line_and_column(script: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(script, offset);
    let before = &script[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = script[line_start..offset].chars().count() + 1;
    (line, column)
}

/// The largest char boundary at or below `offset`, clamped to the script.
pub fn floor_char_boundary(script: &str, offset: usize) -> usize {
    let mut offset = offset.min(script.len());
    while !script.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod order_by_tests {
    use super::has_top_level_order_by;

    #[test]
    fn finds_only_the_statements_own_order_by() {
        assert!(has_top_level_order_by("SELECT * FROM t ORDER BY a"));
        assert!(has_top_level_order_by("select * from t order\n  by a desc;"));
        assert!(has_top_level_order_by("WITH x AS (SELECT 1 ORDER BY 1) SELECT * FROM x ORDER BY 1"));
        assert!(!has_top_level_order_by("WITH x AS (SELECT 1 ORDER BY 1) SELECT * FROM x"));
        assert!(!has_top_level_order_by("SELECT rank() OVER (ORDER BY a) FROM t"));
        assert!(!has_top_level_order_by("SELECT * FROM (SELECT * FROM t ORDER BY a)"));
        assert!(!has_top_level_order_by("SELECT 'ORDER BY' FROM t -- ORDER BY a"));
        assert!(!has_top_level_order_by("SELECT \"order\" by_col FROM t /* order by */"));
        assert!(!has_top_level_order_by("SELECT border, byte FROM t"));
    }
}

#[cfg(all(test, feature = "engine"))]
mod tests {
    use super::*;

    fn pieces(script: &str) -> Vec<&str> {
        split_statements(script).into_iter().map(|r| script[r].trim()).collect()
    }

    #[test]
    fn splits_on_semicolons_outside_literals_and_comments() {
        let script = "SELECT 'a;b';\n-- c;d\nSELECT \"x;y\" FROM t /* ; */;SELECT 3";
        assert_eq!(
            pieces(script),
            vec!["SELECT 'a;b';", "-- c;d\nSELECT \"x;y\" FROM t /* ; */;", "SELECT 3"]
        );
    }

    #[test]
    fn keeps_a_trigger_body_in_one_statement() {
        let script =
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET n = n + 1; DELETE FROM c; END; SELECT 1;";
        let got = pieces(script);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].ends_with("END;"));
    }

    #[test]
    fn leaves_out_blank_stretches() {
        assert!(pieces("  ;; -- only a comment\n /* and another */ ;").is_empty());
        assert!(pieces("").is_empty());
        assert_eq!(pieces("SELECT 1;;  ;SELECT 2; -- done"), vec!["SELECT 1;", "SELECT 2;"]);
    }

    #[test]
    fn ranges_point_into_the_original_script() {
        let script = "SELECT 1;\n  SELECT 2;";
        let ranges = split_statements(script);
        assert_eq!(ranges, vec![0..9, 9..script.len()]);
    }

    #[test]
    fn unterminated_literal_runs_to_the_end() {
        assert_eq!(pieces("SELECT 1; SELECT 'oops;"), vec!["SELECT 1;", "SELECT 'oops;"]);
    }

    #[test]
    fn lines_and_columns_count_characters() {
        let script = "SELECT 1;\nSELECT é, zz";
        let offset = script.find("zz").unwrap();
        assert_eq!(line_and_column(script, offset), (2, 11));
        assert_eq!(line_and_column(script, 0), (1, 1));
        assert_eq!(line_and_column(script, 10_000), (2, 13));
    }
}
