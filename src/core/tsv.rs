//! A result's rows as tab-separated text, for the clipboard: a spreadsheet pastes it as cells.

use super::outcome::Column;
use super::value::Value;

/// The rows as tab-separated text with a header line, for pasting into a spreadsheet. Tabs and
/// line breaks inside a name or a value become spaces, so that every row stays one line of
/// cells; NULL is an empty cell.
pub fn to_tsv(columns: &[Column], rows: &[Vec<Value>]) -> String {
    let mut text = columns.iter().map(|c| c.name.replace(['\t', '\n'], " ")).collect::<Vec<_>>().join("\t");
    for row in rows {
        text.push('\n');
        text.push_str(&row.iter().map(Value::tsv_field).collect::<Vec<_>>().join("\t"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns(names: &[&str]) -> Vec<Column> {
        names.iter().map(|name| Column { name: (*name).to_owned(), decl_type: None }).collect()
    }

    #[test]
    fn a_header_line_then_one_line_per_row() {
        let rows = vec![
            vec![Value::Integer(1), Value::Text("Rock".into()), Value::Real(2.5)],
            vec![Value::Integer(-2), Value::Text("Jazz".into()), Value::Real(1.0)],
        ];
        assert_eq!(
            to_tsv(&columns(&["id", "genre", "price"]), &rows),
            "id\tgenre\tprice\n1\tRock\t2.5\n-2\tJazz\t1.0"
        );
    }

    #[test]
    fn tabs_and_line_breaks_in_names_and_values_become_spaces() {
        let rows = vec![vec![Value::Text("a\tb".into()), Value::Text("line 1\r\nline 2".into())]];
        let tsv = to_tsv(&columns(&["first\tname", "two\nlines"]), &rows);
        assert_eq!(tsv, "first name\ttwo lines\na b\tline 1  line 2");
        assert_eq!(tsv.lines().count(), 2);
        assert!(tsv.lines().all(|line| line.split('\t').count() == 2), "{tsv:?}");
    }

    #[test]
    fn null_is_an_empty_cell_and_the_text_null_is_not() {
        let rows = vec![vec![Value::Null, Value::Text("NULL".into()), Value::Null]];
        assert_eq!(to_tsv(&columns(&["a", "b", "c"]), &rows), "a\tb\tc\n\tNULL\t");
    }

    #[test]
    fn no_rows_is_the_header_alone_and_nothing_is_empty() {
        assert_eq!(to_tsv(&columns(&["a", "b"]), &[]), "a\tb");
        assert_eq!(to_tsv(&[], &[]), "");
        // A row of one empty string still takes its line.
        assert_eq!(to_tsv(&columns(&["a"]), &[vec![Value::Text(String::new())]]), "a\n");
    }

    #[test]
    fn blobs_are_shown_as_the_table_shows_them() {
        let blob = Value::Blob(vec![0xCA, 0xFE]);
        let shown = blob.display();
        assert_eq!(to_tsv(&columns(&["b"]), &[vec![blob]]), format!("b\n{shown}"));
    }
}
