//! Schema introspection and the ER diagram layout, on the Chinook sample database and on small
//! schemas made for one question each.

use joinery::core::erd::{self, ErdLayout, HEADER_HEIGHT, ROW_HEIGHT, TableBox};
use joinery::core::schema::{ColumnInfo, ForeignKey, Schema, TableKind, read_schema, schema_version};
use rusqlite::{Connection, OpenFlags};

const CHINOOK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/chinook/Chinook_Sqlite.sqlite");

fn chinook() -> Schema {
    let conn = Connection::open_with_flags(CHINOOK, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("Chinook opens");
    read_schema(&conn).expect("Chinook's schema reads")
}

fn memory(sql: &str) -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(sql).unwrap();
    conn
}

fn column(name: &str, decl_type: &str, not_null: bool, primary_key: u32) -> ColumnInfo {
    ColumnInfo { name: name.into(), decl_type: decl_type.into(), not_null, primary_key, default: None }
}

fn names(items: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<String> {
    items.into_iter().map(|s| s.as_ref().to_owned()).collect()
}

const CHINOOK_TABLES: [&str; 11] = [
    "Album",
    "Artist",
    "Customer",
    "Employee",
    "Genre",
    "Invoice",
    "InvoiceLine",
    "MediaType",
    "Playlist",
    "PlaylistTrack",
    "Track",
];

// ---------------------------------------------------------------------------------------------
// Introspection

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

// ---------------------------------------------------------------------------------------------
// ER diagram layout

/// The checks every layout must pass, whatever the schema.
fn assert_sound(layout: &ErdLayout) {
    const AIR: f64 = 16.0;
    for (i, a) in layout.boxes.iter().enumerate() {
        assert!(a.x >= 0.0 && a.y >= 0.0, "{} starts outside: {a:?}", a.table);
        assert!(a.x + a.width <= layout.width && a.y + a.height <= layout.height, "{} ends outside", a.table);
        assert!(a.width > 0.0 && a.height >= HEADER_HEIGHT + a.rows.len() as f64 * ROW_HEIGHT);
        for b in &layout.boxes[i + 1..] {
            let apart = a.x + a.width + AIR <= b.x
                || b.x + b.width + AIR <= a.x
                || a.y + a.height + AIR <= b.y
                || b.y + b.height + AIR <= a.y;
            assert!(apart, "{} and {} overlap or touch:\n{a:?}\n{b:?}", a.table, b.table);
        }
    }
    for e in &layout.edges {
        for &(x, y) in &e.path {
            assert!(
                (0.0..=layout.width).contains(&x) && (0.0..=layout.height).contains(&y),
                "{e:?} leaves the drawing"
            );
        }
    }
}

fn boxed<'a>(layout: &'a ErdLayout, table: &str) -> &'a TableBox {
    layout.boxes.iter().find(|b| b.table == table).unwrap_or_else(|| panic!("no box for {table}"))
}

fn row_index(b: &TableBox, column: &str) -> usize {
    b.rows.iter().position(|r| r.name == column).unwrap_or_else(|| panic!("{} has no row {column}", b.table))
}

#[test]
fn chinook_diagram_is_sound_and_reads_left_to_right() {
    let schema = chinook();
    let layout = erd::layout(&schema);
    assert_eq!(names(layout.boxes.iter().map(|b| &b.table)), names(CHINOOK_TABLES));
    assert_sound(&layout);

    let mut edges: Vec<String> = layout
        .edges
        .iter()
        .map(|e| format!("{}.{}->{}.{}", e.from_table, e.from_column, e.to_table, e.to_column))
        .collect();
    edges.sort();
    assert_eq!(edges.len(), 11);
    assert!(edges.contains(&"Employee.ReportsTo->Employee.EmployeeId".to_owned()));
    assert!(edges.contains(&"PlaylistTrack.TrackId->Track.TrackId".to_owned()));

    for e in &layout.edges {
        let (from, to) = (boxed(&layout, &e.from_table), boxed(&layout, &e.to_table));
        let (start, end) = (e.path[0], e.path[3]);
        assert_eq!(start.1, from.row_y(row_index(from, &e.from_column)), "{e:?} starts off its row");
        assert_eq!(end.1, to.row_y(row_index(to, &e.to_column)), "{e:?} ends off its row");
        if e.from_table == e.to_table {
            // The self-reference loops out of the box's right side and back.
            let right = from.x + from.width;
            assert_eq!((start.0, end.0), (right, right));
            assert!(e.path[1].0 > right && e.path[2].0 > right);
        } else {
            assert!(to.x + to.width < from.x, "{} is not left of {}", e.to_table, e.from_table);
            // Out of the referencing box's left side, into the referenced box's right side.
            assert_eq!((start.0, end.0), (from.x, to.x + to.width));
        }
    }
    // Keys are marked on their rows.
    let track = boxed(&layout, "Track");
    assert!(track.rows[row_index(track, "TrackId")].primary_key);
    assert!(track.rows[row_index(track, "AlbumId")].foreign_key);
    assert!(!track.rows[row_index(track, "Name")].foreign_key);
    let playlist_track = boxed(&layout, "PlaylistTrack");
    assert!(playlist_track.rows.iter().all(|r| r.primary_key && r.foreign_key));
    // Every box is wide enough for its longest "name  TYPE" at the estimated char width.
    assert!(track.width >= "UnitPrice  NUMERIC(10,2)".len() as f64 * erd::CHAR_WIDTH);

    assert_eq!(erd::layout(&schema), layout, "the layout is deterministic");
}

#[test]
fn an_empty_schema_gives_an_empty_layout() {
    let layout = erd::layout(&Schema { tables: Vec::new() });
    assert!(layout.boxes.is_empty() && layout.edges.is_empty());
    assert!(layout.width >= 0.0 && layout.height >= 0.0);
}

#[test]
fn a_reference_cycle_terminates_without_overlap() {
    let conn = memory(
        "CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id));
         CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));
         CREATE TABLE c (id INTEGER PRIMARY KEY, c_id INTEGER REFERENCES c, a_id INTEGER REFERENCES a);",
    );
    let layout = erd::layout(&read_schema(&conn).unwrap());
    assert_sound(&layout);
    assert_eq!(layout.boxes.len(), 3);
    assert_eq!(layout.edges.len(), 4);
    let (a, b) = (boxed(&layout, "a"), boxed(&layout, "b"));
    assert!(a.x + a.width < b.x || b.x + b.width < a.x, "a and b share a column");
    // Each cycle edge leaves the side of its box that faces the other box.
    for e in layout.edges.iter().filter(|e| e.from_table != e.to_table) {
        let (from, to) = (boxed(&layout, &e.from_table), boxed(&layout, &e.to_table));
        let expected = if to.x < from.x { (from.x, to.x + to.width) } else { (from.x + from.width, to.x) };
        assert_eq!((e.path[0].0, e.path[3].0), expected, "{e:?}");
    }
}

#[test]
fn unrelated_tables_and_views_go_in_a_grid_after_the_layers() {
    let conn = memory(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);
         CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent);
         CREATE TABLE loner1 (x); CREATE TABLE loner2 (x); CREATE TABLE loner3 (x);
         CREATE TABLE lonely_self (id INTEGER PRIMARY KEY, up INTEGER REFERENCES lonely_self);
         CREATE VIEW v AS SELECT * FROM child;",
    );
    let layout = erd::layout(&read_schema(&conn).unwrap());
    assert_sound(&layout);
    let child = boxed(&layout, "child");
    for loner in ["loner1", "loner2", "loner3", "lonely_self", "v"] {
        assert!(boxed(&layout, loner).x > child.x + child.width, "{loner} is not after the layers");
    }
    assert!(boxed(&layout, "v").is_view);
    assert_eq!(layout.edges.len(), 2, "child->parent and the self-reference; the view has none");
}

#[test]
fn a_schema_without_relations_is_a_compact_grid() {
    let sql: String = (0..9).map(|i| format!("CREATE TABLE t{i} (a, b);")).collect();
    let layout = erd::layout(&read_schema(&memory(&sql)).unwrap());
    assert_sound(&layout);
    let mut xs: Vec<u64> = layout.boxes.iter().map(|b| b.x as u64).collect();
    xs.sort_unstable();
    xs.dedup();
    assert_eq!(xs.len(), 3, "nine tables in three columns");
}
