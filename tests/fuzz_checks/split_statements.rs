//! split_statements: a script cut into its statements.

use std::ops::Range;

use joinery::core::script::{self, has_top_level_order_by, is_blank, line_and_column};

/// Splits UTF-8 text into statements. The spans must lie in the script, on character
/// boundaries, in order without overlapping, each holding more than blanks and comments, with
/// only blanks, comments and `;` between them; splitting a statement again gives just itself.
/// `line_and_column` and `has_top_level_order_by` must not panic on any of it.
pub fn split_statements(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans = script::split_statements(text);
    check_spans(text, &spans);
    let mut end = 0;
    for span in &spans {
        assert!(is_blank(&text[end..span.start]), "only blanks between statements: {spans:?}");
        let statement = &text[span.clone()];
        assert!(!is_blank(statement), "a statement is not blank: {span:?}");
        assert_eq!(script::split_statements(statement), vec![0..statement.len()], "{span:?} splits again");
        let _ = has_top_level_order_by(statement);
        end = span.end;
    }
    assert!(is_blank(&text[end..]), "only blanks after the last statement: {spans:?}");
    for offset in [0, text.len() / 2, text.len(), text.len() + 1] {
        let (line, column) = line_and_column(text, offset);
        assert!(line >= 1 && column >= 1);
        assert!(line <= text.matches('\n').count() + 1);
    }
}

/// Spans inside `text`, on character boundaries, in order and not overlapping.
pub(super) fn check_spans(text: &str, spans: &[Range<usize>]) {
    let mut end = 0;
    for span in spans {
        assert!(end <= span.start && span.start <= span.end && span.end <= text.len(), "{spans:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{spans:?}");
        end = span.end;
    }
}
