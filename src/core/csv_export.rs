//! Writing a query's rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
//! when they hold a comma, quote or line break, quotes doubled).

use rusqlite::Connection;

use super::value::Value;

/// Runs the read-only statement `sql` and writes its header and every row as CSV. NULL becomes
/// an empty field; BLOBs are written as hex. Statements that change data are refused: exporting
/// must never run an INSERT or UPDATE a second time.
pub fn query_to_csv(conn: &Connection, sql: &str) -> Result<Vec<u8>, String> {
    let mut statement = conn.prepare(sql.trim()).map_err(|e| e.to_string())?;
    if !statement.readonly() {
        return Err("this statement changes data, so it is not run again to export it".into());
    }
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let names: Vec<String> = statement.column_names().map(str::to_owned).collect();
    writer.write_record(&names).map_err(|e| e.to_string())?;
    let mut rows = statement.raw_query();
    while let Some(row) = rows.next().map_err(|e| e.to_string())? {
        let mut record = Vec::with_capacity(names.len());
        for i in 0..names.len() {
            let value = Value::from(row.get_ref(i).map_err(|e| e.to_string())?);
            record.push(field(value));
        }
        writer.write_record(&record).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

fn field(value: Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        // Full precision: a CSV is data for other tools, not a display.
        Value::Real(r) => r.to_string(),
        Value::Text(t) => t,
        Value::Blob(b) => b.iter().map(|byte| format!("{byte:02X}")).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_what_needs_quoting_and_ends_lines_with_crlf() {
        let conn = Connection::open_in_memory().unwrap();
        let csv = query_to_csv(
            &conn,
            "SELECT 'plain' AS a, 'with, comma' AS b, 'say \"hi\"' AS c, 'two\nlines' AS d, NULL AS e, 2.5 AS f, x'0AFF' AS g",
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(csv).unwrap(),
            "a,b,c,d,e,f,g\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,2.5,0AFF\r\n"
        );
    }

    #[test]
    fn refuses_statements_that_change_data() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let err = query_to_csv(&conn, "INSERT INTO t VALUES (1) RETURNING x").unwrap_err();
        assert!(err.contains("changes data"), "{err}");
        let count: i64 = conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(count, 0);
    }
}
