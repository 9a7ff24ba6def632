//! Schema introspection and the ER diagram layout, on the Chinook sample database and on small
//! schemas made for one question each.
//!
//! Two topics, a module each: [`introspection`] and [`erd_layout`]; the helpers and the
//! Chinook table list both use are here.

mod erd_layout;
mod introspection;

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
