//! The ER diagram layout: sound on every schema, left to right along references, and a grid
//! where there are none.

use super::*;

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
