//! What running a script produces: one result per statement, or the error that stopped it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::changes::TableChanges;
use super::format::count;

use super::script::{floor_char_boundary, line_and_column};
use super::value::Value;

/// A result column: its name and, for a column read straight from a table, its declared type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub decl_type: Option<String>,
}

/// The result of one statement of a script.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementResult {
    /// The statement's text, trimmed.
    pub sql: String,
    /// Where the statement stands in the script, in bytes.
    pub span: Range<usize>,
    /// Empty for statements that return no rows (DDL, plain DML).
    pub columns: Vec<Column>,
    /// The rows delivered, at most the run's row limit.
    pub rows: Vec<Vec<Value>>,
    /// How many rows the statement returned in all; more than `rows.len()` when truncated.
    pub total_rows: u64,
    /// Rows inserted, updated or deleted, including those changed by triggers and cascades.
    pub rows_changed: u64,
    /// Whether the statement only reads (so it can safely run again, e.g. to export all rows).
    pub read_only: bool,
    pub elapsed_ms: f64,
    /// What the statement did to each (small) table it wrote to, row by row; filled only by
    /// [`super::Database::run_script_tracked`].
    pub changes: Vec<TableChanges>,
}

impl StatementResult {
    /// Whether the statement produces a table (SELECT, PRAGMA, `… RETURNING`).
    pub fn returns_rows(&self) -> bool {
        !self.columns.is_empty()
    }

    /// Whether some rows were left out because of the row limit.
    pub fn is_truncated(&self) -> bool {
        self.total_rows > self.rows.len() as u64
    }
}

/// The error that stopped a script, placed so that an editor can underline it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScriptError {
    /// 0-based index of the failing statement among the script's statements.
    pub statement_index: usize,
    /// The failing statement's text, trimmed.
    pub sql: String,
    /// Where the failing statement stands in the script, in bytes.
    pub span: Range<usize>,
    /// SQLite's message, e.g. `no such column: nme`.
    pub message: String,
    /// Byte offset of the offending token in the script, when SQLite names one
    /// (`sqlite3_error_offset`); runtime errors such as constraint failures have none.
    pub offset: Option<usize>,
}

impl ScriptError {
    /// The byte offset to mark: the offending token, or else the statement's first character.
    pub fn marked_offset(&self, script: &str) -> usize {
        self.offset.unwrap_or_else(|| {
            let statement = &script[self.span.clone()];
            self.span.start + (statement.len() - statement.trim_start().len())
        })
    }

    /// The offending token's range in UTF-16 code units (the unit of editor positions): at
    /// least one unit wide, so an error at the end of a line still marks something.
    pub fn marked_range_utf16(&self, script: &str) -> (u32, u32) {
        let offset = floor_char_boundary(script, self.marked_offset(script));
        let start = utf16_len(&script[..offset]);
        let marked = utf16_len(&self.excerpt(script).marked);
        (start, start + marked.max(1))
    }

    /// 1-based line and column of the marked position.
    pub fn line_and_column(&self, script: &str) -> (usize, usize) {
        line_and_column(script, self.marked_offset(script))
    }

    /// The script line holding the error, cut around the offending token so that it can be
    /// shown marked.
    pub fn excerpt(&self, script: &str) -> ErrorExcerpt {
        let at = floor_char_boundary(script, self.marked_offset(script));
        let line_start = script[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = script[at..].find('\n').map_or(script.len(), |i| at + i);
        let rest = &script[at..line_end];
        let token_len = match rest.chars().next() {
            None => 0,
            Some(first) if is_word_char(first) => rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len()),
            Some(first) => first.len_utf8(),
        };
        let (line, column) = line_and_column(script, at);
        ErrorExcerpt {
            line,
            column,
            before: script[line_start..at].to_owned(),
            marked: rest[..token_len].to_owned(),
            after: rest[token_len..].to_owned(),
        }
    }
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// One line of a script split around an error's position.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorExcerpt {
    pub line: usize,
    pub column: usize,
    pub before: String,
    /// The offending token; empty when the error is at the end of the line.
    pub marked: String,
    pub after: String,
}

/// Everything one run of a script produced: the results of the statements that ran, in order,
/// and the error that stopped it, if any. Statements before a failure keep their results (and
/// their effects on the database); statements after it do not run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScriptOutcome {
    pub results: Vec<StatementResult>,
    pub error: Option<ScriptError>,
    /// Whether the run created, altered or dropped anything (the schema browser refreshes).
    pub schema_changed: bool,
}

impl ScriptOutcome {
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }

    /// Time spent in all statements that ran.
    pub fn elapsed_ms(&self) -> f64 {
        self.results.iter().map(|r| r.elapsed_ms).sum()
    }
}

/// What the learner is told.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Verdict {
    pub passed: bool,
    /// One sentence: the headline.
    pub summary: String,
    /// Specifics, one sentence each: the column that differs, what the hidden copy changed.
    pub details: Vec<String>,
    /// The rows that differ, shown as tables.
    pub diff: Option<RowDiff>,
    /// Remarks that never fail an answer: SQLite leniencies the answer relies on, column names.
    pub notes: Vec<String>,
    /// The error that stopped the learner's SQL, placed for the editor to underline.
    pub error: Option<ScriptError>,
}

/// Expected rows missing from an answer and rows it should not have, a few of each.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RowDiff {
    /// What the rows are of: "your result", or a table's name for an exercise that changes data.
    pub of: String,
    pub columns: Vec<String>,
    /// Expected rows the answer lacks (at most a few), and how many there are in all.
    pub missing: Vec<Vec<Value>>,
    pub missing_total: usize,
    /// Rows the answer has that are not expected (at most a few), and how many in all.
    pub extra: Vec<Vec<Value>>,
    pub extra_total: usize,
}

impl RowDiff {
    /// The difference as sentences, for a plain-text reading of a verdict.
    pub fn lines(&self) -> Vec<String> {
        let rows = |rows: &[Vec<Value>], total: usize| {
            let shown: Vec<String> = rows
                .iter()
                .map(|row| format!("({})", row.iter().map(Value::literal).collect::<Vec<_>>().join(", ")))
                .collect();
            let more =
                if total > rows.len() { format!(" and {} more", total - rows.len()) } else { String::new() };
            format!("{}{more}", shown.join(", "))
        };
        let mut lines = Vec::new();
        if self.missing_total > 0 {
            lines.push(format!(
                "Missing from {} ({}): {}",
                self.of,
                count(self.missing_total as u64, "row"),
                rows(&self.missing, self.missing_total)
            ));
        }
        if self.extra_total > 0 {
            lines.push(format!(
                "Not expected in {} ({}): {}",
                self.of,
                count(self.extra_total as u64, "row"),
                rows(&self.extra, self.extra_total)
            ));
        }
        lines
    }
}

impl Verdict {
    pub fn pass(summary: impl Into<String>) -> Self {
        Self { passed: true, summary: summary.into(), ..Self::default() }
    }

    pub fn fail(summary: impl Into<String>, details: Vec<String>) -> Self {
        Self { passed: false, summary: summary.into(), details, ..Self::default() }
    }

    pub fn with_diff(mut self, diff: RowDiff) -> Self {
        self.diff = Some(diff);
        self
    }

    /// Everything the learner reads, as plain text: headline, details, the differing rows and
    /// the notes, one per line.
    pub fn text(&self) -> String {
        let mut lines = vec![self.summary.clone()];
        lines.extend(self.details.iter().cloned());
        if let Some(diff) = &self.diff {
            lines.extend(diff.lines());
        }
        lines.extend(self.notes.iter().cloned());
        lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_at(script: &str, offset: Option<usize>) -> ScriptError {
        ScriptError {
            statement_index: 0,
            sql: script.trim().to_owned(),
            span: 0..script.len(),
            message: "boom".into(),
            offset,
        }
    }

    #[test]
    fn the_excerpt_marks_the_offending_word_on_its_line() {
        let script = "SELECT 1;\nSELECT naem, title FROM book;\nSELECT 3;";
        let excerpt = error_at(script, script.find("naem")).excerpt(script);
        assert_eq!(excerpt.line, 2);
        assert_eq!(excerpt.column, 8);
        assert_eq!(excerpt.before, "SELECT ");
        assert_eq!(excerpt.marked, "naem");
        assert_eq!(excerpt.after, ", title FROM book;");
    }

    #[test]
    fn punctuation_and_end_of_line_are_marked_too() {
        let script = "SELECT (1;";
        let at_semicolon = error_at(script, Some(9)).excerpt(script);
        assert_eq!(at_semicolon.marked, ";");
        let at_end = error_at(script, Some(script.len())).excerpt(script);
        assert_eq!((at_end.marked.as_str(), at_end.after.as_str()), ("", ""));
    }

    #[test]
    fn without_an_offset_the_statement_start_is_marked() {
        let script = "  \n  INSERT INTO t VALUES (1)";
        let excerpt = error_at(script, None).excerpt(script);
        assert_eq!((excerpt.line, excerpt.column), (2, 3));
        assert_eq!(excerpt.marked, "INSERT");
    }
}
