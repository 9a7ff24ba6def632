//! Things as a person reads them in the notebook: counts with their noun, durations with a
//! sensible unit, a statement on one line.

/// `1 row`, `0 rows`, `12,345 rows`.
pub fn count(n: u64, noun: &str) -> String {
    let plural = if n == 1 { "" } else { "s" };
    format!("{} {noun}{plural}", thousands(n))
}

/// Digits grouped by thousands with commas: `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// `0.04 ms`, `3.2 ms`, `250 ms`, `1.50 s`.
pub fn duration_ms(ms: f64) -> String {
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 100.0 {
        format!("{ms:.1} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// A statement's first line, for the one-line report of statements that return no rows: the
/// first line that is neither blank nor a `--` comment, trimmed, with ` …` when more lines of
/// that kind follow.
pub fn first_line(sql: &str) -> String {
    let mut lines = sql.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("--"));
    let first = lines.next().unwrap_or_default().to_owned();
    if lines.next().is_some() { format!("{first} …") } else { first }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count(0, "row"), "0 rows");
        assert_eq!(count(1, "row"), "1 row");
        assert_eq!(count(1234567, "row"), "1,234,567 rows");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn durations_pick_a_unit() {
        assert_eq!(duration_ms(0.0412), "0.04 ms");
        assert_eq!(duration_ms(32.25), "32.2 ms");
        assert_eq!(duration_ms(250.4), "250 ms");
        assert_eq!(duration_ms(1500.0), "1.50 s");
    }

    #[test]
    fn a_statement_on_one_line_is_itself() {
        assert_eq!(first_line("DROP TABLE t;"), "DROP TABLE t;");
        assert_eq!(first_line("   DELETE FROM t WHERE x = 1;  "), "DELETE FROM t WHERE x = 1;");
        // A comment after the statement is part of its line.
        assert_eq!(first_line("DROP TABLE t; -- old"), "DROP TABLE t; -- old");
    }

    #[test]
    fn a_longer_statement_shows_its_first_line_and_an_ellipsis() {
        assert_eq!(first_line("CREATE TABLE t (\n  id INTEGER\n);"), "CREATE TABLE t ( …");
        assert_eq!(first_line("UPDATE t\r\nSET x = 1;"), "UPDATE t …");
    }

    #[test]
    fn blank_lines_and_comment_lines_are_skipped() {
        assert_eq!(first_line("\n  \n-- make the table\n  CREATE TABLE t (x);\n"), "CREATE TABLE t (x);");
        // Only comments and blank lines follow: no ellipsis.
        assert_eq!(first_line("INSERT INTO t VALUES (1);\n\n  -- done\n"), "INSERT INTO t VALUES (1);");
    }

    #[test]
    fn nothing_but_blanks_and_comments_is_empty() {
        assert_eq!(first_line(""), "");
        assert_eq!(first_line(" \n\t\n"), "");
        assert_eq!(first_line("-- just a note\n  -- and another"), "");
    }
}
