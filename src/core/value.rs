//! SQLite's five storage classes as a Rust value, and how each is shown to a person.

use serde::{Deserialize, Serialize};

/// One cell of a result row, typed as SQLite stored it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Null,
    Integer(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

/// How many bytes of a BLOB are spelled out in hex before it is abbreviated.
const BLOB_PREVIEW_BYTES: usize = 16;

impl Value {
    /// SQLite's order for sorting a column: NULL, then numbers (numerically), then text, then
    /// BLOBs (bytewise).
    pub fn compare(&self, other: &Value) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Null => 0,
                Value::Integer(_) | Value::Real(_) => 1,
                Value::Text(_) => 2,
                Value::Blob(_) => 3,
            }
        }
        match (self, other) {
            (Value::Integer(a), Value::Integer(b)) => a.cmp(b),
            (Value::Integer(a), Value::Real(b)) => (*a as f64).partial_cmp(b).unwrap_or(Ordering::Equal),
            (Value::Real(a), Value::Integer(b)) => a.partial_cmp(&(*b as f64)).unwrap_or(Ordering::Equal),
            (Value::Real(a), Value::Real(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
            (Value::Text(a), Value::Text(b)) => a.cmp(b),
            (Value::Blob(a), Value::Blob(b)) => a.cmp(b),
            (a, b) => rank(a).cmp(&rank(b)),
        }
    }

    /// The value as one field of tab-separated text: NULL is empty; tabs and line breaks
    /// become spaces so that the row stays one line.
    pub fn tsv_field(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(t) => t.replace(['\t', '\n', '\r'], " "),
            other => other.display(),
        }
    }

    /// True for INTEGER and REAL, which tables align to the right.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Value::Integer(_) | Value::Real(_))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The storage class name, as `typeof()` would say it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Integer(_) => "integer",
            Value::Real(_) => "real",
            Value::Text(_) => "text",
            Value::Blob(_) => "blob",
        }
    }

    /// The text a result table shows for this value. NULL is shown as `NULL`; the table marks it
    /// with its own style so that it never reads like the four-letter text 'NULL'.
    pub fn display(&self) -> String {
        match self {
            Value::Null => "NULL".to_owned(),
            Value::Integer(i) => i.to_string(),
            Value::Real(r) => format_real(*r),
            Value::Text(t) => t.clone(),
            Value::Blob(b) => format_blob(b),
        }
    }

    /// The value as a SQL literal: `NULL`, `42`, `2.5`, `'O''Brien'`, `X'CAFE'`.
    pub fn literal(&self) -> String {
        match self {
            Value::Null => "NULL".into(),
            Value::Integer(i) => i.to_string(),
            Value::Real(r) if r.is_finite() => format!("{r:?}"),
            Value::Real(r) => {
                if *r > 0.0 {
                    "9e999".into()
                } else if *r < 0.0 {
                    "-9e999".into()
                } else {
                    "NULL".into()
                }
            }
            Value::Text(t) => format!("'{}'", t.replace('\'', "''")),
            Value::Blob(b) => format!("X'{}'", b.iter().map(|x| format!("{x:02X}")).collect::<String>()),
        }
    }
}

impl Value {
    /// The values of a result row's `columns`, in order.
    #[cfg(feature = "engine")]
    pub fn row(row: &rusqlite::Row<'_>, columns: std::ops::Range<usize>) -> rusqlite::Result<Vec<Value>> {
        columns.map(|i| row.get_ref(i).map(Value::from)).collect()
    }
}

/// A value bound as a statement's parameter, as SQLite would store it.
#[cfg(feature = "engine")]
impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Integer(i) => ValueRef::Integer(*i),
            Value::Real(r) => ValueRef::Real(*r),
            Value::Text(t) => ValueRef::Text(t.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

#[cfg(feature = "engine")]
impl From<rusqlite::types::ValueRef<'_>> for Value {
    fn from(value: rusqlite::types::ValueRef<'_>) -> Self {
        use rusqlite::types::ValueRef;
        match value {
            ValueRef::Null => Value::Null,
            ValueRef::Integer(i) => Value::Integer(i),
            ValueRef::Real(r) => Value::Real(r),
            // SQLite may hold invalid UTF-8 in TEXT (from a loaded file); show it lossily rather
            // than failing the whole query.
            ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
            ValueRef::Blob(b) => Value::Blob(b.to_vec()),
        }
    }
}

/// REAL values keep a decimal point when whole (`2.0`, not `2`), as the sqlite3 shell does, so a
/// learner can tell `1` from `1.0`. Very large and very small magnitudes use an exponent.
fn format_real(r: f64) -> String {
    let magnitude = r.abs();
    if !r.is_finite() {
        r.to_string()
    } else if magnitude >= 1e15 || (magnitude != 0.0 && magnitude < 1e-6) {
        format!("{r:e}")
    } else if r.fract() == 0.0 {
        format!("{r:.1}")
    } else {
        r.to_string()
    }
}

/// BLOBs read as SQL hex literals, shortened past a few bytes with their full size.
fn format_blob(bytes: &[u8]) -> String {
    let shown = &bytes[..bytes.len().min(BLOB_PREVIEW_BYTES)];
    let hex: String = shown.iter().map(|b| format!("{b:02X}")).collect();
    if bytes.len() > BLOB_PREVIEW_BYTES {
        format!("x'{hex}…' ({} bytes)", bytes.len())
    } else {
        format!("x'{hex}'")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reals_keep_their_decimal_point() {
        assert_eq!(Value::Real(2.0).display(), "2.0");
        assert_eq!(Value::Real(2.5).display(), "2.5");
        assert_eq!(Value::Real(-0.125).display(), "-0.125");
        assert_eq!(Value::Real(1e300).display(), "1e300");
        assert_eq!(Value::Real(1.5e-9).display(), "1.5e-9");
        assert_eq!(Value::Real(0.0).display(), "0.0");
    }

    #[test]
    fn blobs_are_hex_literals_and_long_ones_are_shortened() {
        assert_eq!(Value::Blob(vec![0xCA, 0xFE]).display(), "x'CAFE'");
        let long = Value::Blob(vec![0xAB; 40]).display();
        assert!(long.starts_with("x'ABABABABABABABABABABABABABABABAB…'"), "{long}");
        assert!(long.ends_with("(40 bytes)"), "{long}");
    }

    #[test]
    fn values_sort_as_sqlite_orders_them() {
        let mut values = vec![
            Value::Text("b".into()),
            Value::Blob(vec![1]),
            Value::Real(2.5),
            Value::Null,
            Value::Integer(3),
            Value::Text("a".into()),
            Value::Integer(-1),
        ];
        values.sort_by(Value::compare);
        assert_eq!(
            values,
            vec![
                Value::Null,
                Value::Integer(-1),
                Value::Real(2.5),
                Value::Integer(3),
                Value::Text("a".into()),
                Value::Text("b".into()),
                Value::Blob(vec![1]),
            ]
        );
    }

    #[test]
    fn tsv_fields_stay_on_one_line() {
        assert_eq!(Value::Text("a\tb\nc".into()).tsv_field(), "a b c");
        assert_eq!(Value::Null.tsv_field(), "");
        assert_eq!(Value::Real(1.0).tsv_field(), "1.0");
    }

    #[test]
    fn null_and_the_text_null_differ_in_type_not_in_spelling() {
        let null = Value::Null;
        let text = Value::Text("NULL".into());
        assert_eq!(null.display(), text.display());
        assert!(null.is_null());
        assert!(!text.is_null());
        assert_ne!(null, text);
    }
}
