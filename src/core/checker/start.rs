//! An exercise's starting point: the lesson's data after the exercise's setup, which hidden
//! copies are made of. A database's bytes hold only its `main` schema, so what the setup made in
//! `temp` (lesson 14's migration guard: a table and a trigger) is kept beside them as the SQL
//! that makes it again, to be run on each copy when it is opened.

use rusqlite::Connection;

use crate::core::database::Database;
use crate::core::script::quote_identifier;
use crate::core::value::Value;

pub struct Start {
    /// The `main` database after the setup.
    pub main: Vec<u8>,
    /// SQL that makes the setup's temporary tables (with their rows), indexes, views and
    /// triggers again; empty when there are none.
    pub temp: String,
}

impl Start {
    /// The starting point of `db`, on which the setup has run.
    pub fn of(db: &mut Database) -> Result<Self, String> {
        let temp = temp_script(db.connection())?;
        let main = db.to_bytes().map_err(|e| e.to_string())?;
        Ok(Self { main, temp })
    }
}

fn temp_script(conn: &Connection) -> Result<String, String> {
    // Tables (and their rows) before what refers to them.
    let objects: Vec<(String, String, String)> = conn
        .prepare(
            "SELECT type, name, sql FROM sqlite_temp_schema WHERE sql IS NOT NULL \
             ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END",
        )
        .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect())
        .map_err(|e| e.to_string())?;
    let mut script = String::new();
    for (kind, name, sql) in objects {
        // SQLite keeps `CREATE TEMP TABLE t …` as `CREATE TABLE t …`; an index goes where its
        // table is.
        let sql = match (kind.as_str(), sql.strip_prefix("CREATE ")) {
            ("table" | "view" | "trigger", Some(rest)) => format!("CREATE TEMP {rest}"),
            _ => sql,
        };
        script.push_str(&sql);
        script.push_str(";\n");
        if kind == "table" {
            let table = format!("temp.{}", quote_identifier(&name));
            let mut statement = conn.prepare(&format!("SELECT * FROM {table}")).map_err(|e| e.to_string())?;
            let width = statement.column_count();
            let rows: Vec<Vec<Value>> = statement
                .query_map([], |row| Value::row(row, 0..width))
                .and_then(|rows| rows.collect())
                .map_err(|e| e.to_string())?;
            for row in rows {
                let values: Vec<String> = row.iter().map(Value::literal).collect();
                script.push_str(&format!("INSERT INTO {table} VALUES ({});\n", values.join(", ")));
            }
        }
    }
    Ok(script)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_objects_and_their_rows_are_made_again() {
        let mut db = Database::open_in_memory().unwrap();
        let setup = "CREATE TABLE t (x INTEGER);
                     CREATE TEMP TABLE guard (v INTEGER NOT NULL);
                     INSERT INTO guard VALUES (3);
                     CREATE TEMP TRIGGER g BEFORE INSERT ON guard WHEN NEW.v > 9 BEGIN SELECT raise(ABORT, 'too big'); END;";
        assert!(db.run_script(setup, 0).is_ok());
        let start = Start::of(&mut db).unwrap();
        let mut copy = Database::copy_of(&start.main).unwrap();
        assert!(copy.run_script(&start.temp, 0).is_ok(), "{}", start.temp);
        let outcome = copy.run_script("SELECT v FROM temp.guard; INSERT INTO guard VALUES (10);", 10);
        assert_eq!(outcome.results[0].rows, vec![vec![Value::Integer(3)]]);
        assert!(outcome.error.unwrap().message.contains("too big"));
        assert_eq!(Start::of(&mut Database::open_in_memory().unwrap()).unwrap().temp, "");
    }
}
