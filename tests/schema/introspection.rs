//! Schema introspection: Chinook's tables, columns, keys, indexes and counts, and small
//! schemas with views, odd names, hidden and generated columns, and virtual tables.

use super::*;

fn column(name: &str, decl_type: &str, not_null: bool, primary_key: u32) -> ColumnInfo {
    ColumnInfo { name: name.into(), decl_type: decl_type.into(), not_null, primary_key, default: None }
}

#[test]
fn chinook_has_its_eleven_tables_in_name_order() {
    let schema = chinook();
    assert_eq!(names(schema.tables.iter().map(|t| &t.name)), names(CHINOOK_TABLES));
    assert!(schema.tables.iter().all(|t| t.kind == TableKind::Table));
    assert!(schema.table("track").is_some(), "lookup ignores case");
    assert!(schema.table("sqlite_master").is_none());
}

#[test]
fn track_columns_carry_type_not_null_and_key() {
    let schema = chinook();
    let track = schema.table("Track").unwrap();
    assert_eq!(
        track.columns,
        vec![
            column("TrackId", "INTEGER", true, 1),
            column("Name", "NVARCHAR(200)", true, 0),
            column("AlbumId", "INTEGER", false, 0),
            column("MediaTypeId", "INTEGER", true, 0),
            column("GenreId", "INTEGER", false, 0),
            column("Composer", "NVARCHAR(220)", false, 0),
            column("Milliseconds", "INTEGER", true, 0),
            column("Bytes", "INTEGER", false, 0),
            column("UnitPrice", "NUMERIC(10,2)", true, 0),
        ]
    );
    assert_eq!(track.column("unitprice").unwrap().decl_type, "NUMERIC(10,2)");
    assert!(track.column("Nope").is_none());
}

#[test]
fn track_has_three_foreign_keys_in_column_order() {
    let schema = chinook();
    let track = schema.table("Track").unwrap();
    let fk = |col: &str, table: &str| ForeignKey {
        columns: vec![col.into()],
        ref_table: table.into(),
        ref_columns: vec![col.into()],
        on_delete: "NO ACTION".into(),
        on_update: "NO ACTION".into(),
    };
    assert_eq!(
        track.foreign_keys,
        vec![fk("AlbumId", "Album"), fk("MediaTypeId", "MediaType"), fk("GenreId", "Genre")]
    );
    assert!(track.is_foreign_key("AlbumId") && track.is_foreign_key("genreid"));
    assert!(!track.is_foreign_key("TrackId") && !track.is_foreign_key("Name"));
}

#[test]
fn employee_references_itself_and_chinook_has_eleven_relations() {
    let schema = chinook();
    let employee = schema.table("Employee").unwrap();
    assert_eq!(employee.foreign_keys.len(), 1);
    let fk = &employee.foreign_keys[0];
    assert_eq!(
        (fk.columns.clone(), fk.ref_table.as_str(), fk.ref_columns.clone()),
        (names(["ReportsTo"]), "Employee", names(["EmployeeId"]))
    );
    let mut relations: Vec<String> = schema
        .tables
        .iter()
        .flat_map(|t| {
            t.foreign_keys.iter().map(move |fk| {
                format!("{}.{}->{}.{}", t.name, fk.columns[0], fk.ref_table, fk.ref_columns[0])
            })
        })
        .collect();
    relations.sort();
    assert_eq!(
        relations,
        names([
            "Album.ArtistId->Artist.ArtistId",
            "Customer.SupportRepId->Employee.EmployeeId",
            "Employee.ReportsTo->Employee.EmployeeId",
            "Invoice.CustomerId->Customer.CustomerId",
            "InvoiceLine.InvoiceId->Invoice.InvoiceId",
            "InvoiceLine.TrackId->Track.TrackId",
            "PlaylistTrack.PlaylistId->Playlist.PlaylistId",
            "PlaylistTrack.TrackId->Track.TrackId",
            "Track.AlbumId->Album.AlbumId",
            "Track.GenreId->Genre.GenreId",
            "Track.MediaTypeId->MediaType.MediaTypeId",
        ])
    );
}

#[test]
fn chinook_indexes_include_the_ifk_ones_and_the_composite_key() {
    let schema = chinook();
    let track = schema.table("Track").unwrap();
    let track_indexes: Vec<(&str, bool, &str, Vec<String>)> = track
        .indexes
        .iter()
        .map(|i| (i.name.as_str(), i.unique, i.origin.as_str(), i.columns.clone()))
        .collect();
    assert_eq!(
        track_indexes,
        vec![
            ("IFK_TrackAlbumId", false, "c", names(["AlbumId"])),
            ("IFK_TrackGenreId", false, "c", names(["GenreId"])),
            ("IFK_TrackMediaTypeId", false, "c", names(["MediaTypeId"])),
        ]
    );
    let playlist_track = schema.table("PlaylistTrack").unwrap();
    let pk =
        playlist_track.indexes.iter().find(|i| i.origin == "pk").expect("the composite key has an autoindex");
    assert!(pk.unique);
    assert_eq!(pk.columns, names(["PlaylistId", "TrackId"]));
    assert!(
        playlist_track
            .indexes
            .iter()
            .any(|i| i.name == "IFK_PlaylistTrackTrackId" && i.columns == names(["TrackId"]))
    );
    // An INTEGER PRIMARY KEY is the rowid itself and needs no index.
    assert!(schema.table("Artist").unwrap().indexes.is_empty());
}

#[test]
fn chinook_row_counts() {
    // Counted with the sqlite3 CLI on this file.
    let expected = [
        ("Album", 347),
        ("Artist", 275),
        ("Customer", 59),
        ("Employee", 8),
        ("Genre", 25),
        ("Invoice", 412),
        ("InvoiceLine", 2240),
        ("MediaType", 5),
        ("Playlist", 18),
        ("PlaylistTrack", 8715),
        ("Track", 3503),
    ];
    let schema = chinook();
    let counts: Vec<(&str, u64)> =
        schema.tables.iter().map(|t| (t.name.as_str(), t.row_count.unwrap())).collect();
    assert_eq!(counts, expected.to_vec());
}

#[test]
fn views_follow_tables_without_counts_keys_or_indexes() {
    let conn = memory(
        "CREATE TABLE zebra (id INTEGER PRIMARY KEY, name TEXT);
         CREATE VIEW aardvark AS SELECT id, upper(name) AS loud FROM zebra;
         CREATE TABLE Beta (x);
         INSERT INTO zebra (name) VALUES ('a'), ('b');",
    );
    let schema = read_schema(&conn).unwrap();
    let listed: Vec<(&str, TableKind)> = schema.tables.iter().map(|t| (t.name.as_str(), t.kind)).collect();
    assert_eq!(
        listed,
        vec![("Beta", TableKind::Table), ("zebra", TableKind::Table), ("aardvark", TableKind::View)]
    );
    let view = schema.table("aardvark").unwrap();
    assert_eq!(view.row_count, None);
    assert_eq!(names(view.columns.iter().map(|c| &c.name)), names(["id", "loud"]));
    assert!(view.foreign_keys.is_empty() && view.indexes.is_empty());
    assert_eq!(schema.table("zebra").unwrap().row_count, Some(2));
    // A column declared without a type has an empty one.
    assert_eq!(schema.table("Beta").unwrap().columns[0].decl_type, "");
}

#[test]
fn a_foreign_key_naming_no_columns_resolves_to_the_primary_key() {
    let conn = memory(
        "CREATE TABLE pair (a TEXT, b TEXT, PRIMARY KEY (b, a));
         CREATE TABLE single (code TEXT PRIMARY KEY);
         CREATE TABLE child (
             x TEXT, y TEXT, s TEXT REFERENCES SINGLE ON DELETE CASCADE,
             FOREIGN KEY (x, y) REFERENCES pair ON UPDATE SET NULL
         );",
    );
    let schema = read_schema(&conn).unwrap();
    let child = schema.table("child").unwrap();
    assert_eq!(
        child.foreign_keys,
        vec![
            ForeignKey {
                columns: names(["x", "y"]),
                ref_table: "pair".into(),
                ref_columns: names(["b", "a"]),
                on_delete: "NO ACTION".into(),
                on_update: "SET NULL".into(),
            },
            ForeignKey {
                columns: names(["s"]),
                ref_table: "single".into(),
                ref_columns: names(["code"]),
                on_delete: "CASCADE".into(),
                on_update: "NO ACTION".into(),
            },
        ]
    );
    // Composite key positions follow the PRIMARY KEY clause, not the column order.
    let pair = schema.table("pair").unwrap();
    assert_eq!((pair.column("a").unwrap().primary_key, pair.column("b").unwrap().primary_key), (2, 1));
    assert_eq!(pair.primary_key_columns(), vec!["b", "a"]);
    let pk = pair.indexes.iter().find(|i| i.origin == "pk").unwrap();
    assert_eq!(pk.columns, names(["b", "a"]));
}

#[test]
fn names_with_quotes_and_spaces_are_read_safely() {
    let conn = memory(
        r#"CREATE TABLE "odd ""name"" [x]" ("my col" TEXT NOT NULL DEFAULT 'it''s', "q""c" INTEGER UNIQUE);
           CREATE INDEX "idx ""q""" ON "odd ""name"" [x]" ("my col", lower("q""c"));
           CREATE TABLE "o'k" (id INTEGER PRIMARY KEY, ref INTEGER REFERENCES "odd ""name"" [x]" ("q""c"));
           INSERT INTO "odd ""name"" [x]" VALUES ('a', 1), ('b', 2), ('c', 3);"#,
    );
    let schema = read_schema(&conn).unwrap();
    let odd = schema.table(r#"odd "name" [x]"#).expect("found by its real name");
    assert_eq!(odd.row_count, Some(3));
    assert_eq!(
        odd.columns,
        vec![
            ColumnInfo {
                name: "my col".into(),
                decl_type: "TEXT".into(),
                not_null: true,
                primary_key: 0,
                default: Some("'it''s'".into()),
            },
            column(r#"q"c"#, "INTEGER", false, 0),
        ]
    );
    let indexes: Vec<(&str, &str, Vec<String>)> =
        odd.indexes.iter().map(|i| (i.name.as_str(), i.origin.as_str(), i.columns.clone())).collect();
    assert_eq!(
        indexes,
        vec![
            (r#"idx "q""#, "c", names(["my col", "<expression>"])),
            (r#"sqlite_autoindex_odd "name" [x]_1"#, "u", names([r#"q"c"#])),
        ]
    );
    let ok = schema.table("o'k").unwrap();
    assert_eq!(ok.foreign_keys[0].ref_table, r#"odd "name" [x]"#);
    assert_eq!(ok.foreign_keys[0].ref_columns, names([r#"q"c"#]));
    assert_eq!(ok.row_count, Some(0));
}

#[test]
fn hidden_columns_are_skipped_and_generated_ones_kept() {
    // The native build has FTS5, whose tables carry two hidden columns (the table's own name
    // and `rank`).
    let conn = memory(
        "CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL);
         CREATE VIRTUAL TABLE docs USING fts5(title, body);
         INSERT INTO docs VALUES ('x', 'y');",
    );
    let schema = read_schema(&conn).unwrap();
    assert_eq!(names(schema.table("g").unwrap().columns.iter().map(|c| &c.name)), names(["a", "b"]));
    let docs = schema.table("docs").unwrap();
    assert_eq!(names(docs.columns.iter().map(|c| &c.name)), names(["title", "body"]));
    assert_eq!(docs.row_count, Some(1));
}

#[test]
fn a_virtual_table_of_a_missing_module_is_listed_bare() {
    // The browser's SQLite lacks FTS5 and R*Tree; simulate such a table with a module no
    // SQLite has, written straight into the catalogue.
    let conn = memory("CREATE TABLE t (x);");
    let version = schema_version(&conn).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA writable_schema = ON;
         INSERT INTO sqlite_master VALUES
             ('table', 'ghost', 'ghost', 0, 'CREATE VIRTUAL TABLE ghost USING no_such_module(a)');
         PRAGMA schema_version = {};
         PRAGMA writable_schema = OFF;",
        version + 1
    ))
    .unwrap();
    assert!(conn.prepare("SELECT count(*) FROM ghost").is_err(), "the module really is missing");
    let schema = read_schema(&conn).unwrap();
    assert_eq!(names(schema.tables.iter().map(|t| &t.name)), names(["ghost", "t"]));
    let ghost = schema.table("ghost").unwrap();
    assert!(ghost.columns.is_empty());
    assert_eq!(ghost.row_count, None);
    assert_eq!(schema.table("t").unwrap().row_count, Some(0));
}

#[test]
fn schema_version_changes_with_the_schema_only() {
    let conn = memory("CREATE TABLE t (x);");
    let before = schema_version(&conn).unwrap();
    conn.execute("INSERT INTO t VALUES (1)", []).unwrap();
    assert_eq!(schema_version(&conn).unwrap(), before, "a data change is not a schema change");
    conn.execute("CREATE TABLE u (y)", []).unwrap();
    assert_ne!(schema_version(&conn).unwrap(), before);
}

#[test]
fn an_empty_database_has_an_empty_schema() {
    assert_eq!(read_schema(&memory("")).unwrap(), Schema { tables: Vec::new() });
}
