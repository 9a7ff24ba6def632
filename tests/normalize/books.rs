//! The books CSV (authors, titles, publishers): its dependencies, its split, and edits of the
//! split that rename, lose a link or cannot be built.

use super::*;

const BOOKS: &str = "data/realpython-sqlite-sqlalchemy/author_book_publisher.csv";

/// The last step's two counts, as the learner would see them.
fn last_step_counts(db: &mut Database, steps: &[Step]) -> Vec<Value> {
    let outcome = db.run_script(&steps.last().unwrap().sql, 10);
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    outcome.results[0].rows[0].clone()
}

fn title(d: &mut Decomposition) -> &mut ProposedTable {
    d.tables.iter_mut().find(|t| t.name == "title").unwrap()
}

fn books() -> (Database, Discovery) {
    let db = Database::open_in_memory().unwrap();
    import(&db, BOOKS, "author_book_publisher");
    let found = discover(db.connection(), "author_book_publisher").unwrap();
    (db, found)
}

#[test]
fn the_books_csv_has_authors_determined_by_titles() {
    let (_db, found) = books();
    assert_eq!(found.row_count, 12);
    // No author shares a first name with another, so first and last name determine each
    // other; a title has one author but may have several publishers.
    assert_eq!(dependents(&found, "first_name"), ["last_name"]);
    assert_eq!(dependents(&found, "last_name"), ["first_name"]);
    assert_eq!(dependents(&found, "title"), ["first_name", "last_name"]);
    assert!(dependents(&found, "publisher").is_empty());
    assert!(!found.determines("title", "publisher"));
    assert_eq!(found.keys, vec![strings(&["title", "publisher"])]);
    assert!(found.constants.is_empty());
    let distinct: Vec<u64> = found.columns.iter().map(|c| c.distinct).collect();
    assert_eq!(distinct, [7, 7, 10, 4]);
}

#[test]
fn the_books_csv_splits_into_person_title_publisher_and_a_link_losslessly() {
    let (mut db, found) = books();
    let proposal = propose(&found);
    let table = |name: &str| proposal.table(name).unwrap_or_else(|| panic!("{name}: {proposal:#?}"));
    assert_eq!(proposal.tables.len(), 3, "{proposal:#?}");
    assert_eq!(table("person").key_columns, ["first_name", "last_name"]);
    assert!(table("person").columns.is_empty() && table("person").references.is_empty());
    assert_eq!(table("title").key_columns, ["title"]);
    assert_eq!(table("title").references, ["person"]);
    assert_eq!(table("publisher").key_columns, ["publisher"]);
    let link = &proposal.link_table;
    assert_eq!(link.name, "title_publisher");
    assert!(link.columns.is_empty());
    assert_eq!(link.references, ["title", "publisher"]);
    assert_eq!(link.primary_key, ["title", "publisher"]);

    let steps = generate_sql(&proposal).unwrap();
    let titles: Vec<&str> = steps.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Create person",
            "Create title",
            "Create publisher",
            "Create title_publisher",
            "Check that nothing was lost"
        ]
    );
    for step in &steps {
        eprintln!("-- {}\n-- {}\n{}\n", step.title, step.explanation, step.sql);
    }
    assert!(steps[1].sql.contains("\"person_id\" INTEGER NOT NULL REFERENCES \"person\" (\"person_id\")"));
    assert!(steps[3].sql.contains("PRIMARY KEY (\"title_id\", \"publisher_id\")"));
    run(&mut db, &steps);
    for (table, rows) in [("person", 7), ("title", 10), ("publisher", 4), ("title_publisher", 12)] {
        assert_eq!(count(&db, &format!("SELECT count(*) FROM {table}")), rows, "{table}");
    }
    assert_eq!(count(&db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)));
    assert_eq!(last_step_counts(&mut db, &steps), [Value::Integer(0), Value::Integer(0)]);
}

#[test]
fn renamed_tables_keep_their_references() {
    let (mut db, found) = books();
    let mut edited = propose(&found);
    assert!(edited.rename_table("person", "author"));
    assert!(edited.rename_table("title", "book"));
    assert!(edited.rename_table("title_publisher", "book_publisher"));
    assert!(!edited.rename_table("nothing", "x"));
    assert_eq!(edited.table("book").unwrap().references, ["author"]);
    assert_eq!(edited.link_table.references, ["book", "publisher"]);
    let steps = generate_sql(&edited).unwrap();
    let built: Vec<Option<&str>> = steps.iter().map(|s| s.builds.as_deref()).collect();
    assert_eq!(built, [Some("author"), Some("book"), Some("publisher"), Some("book_publisher"), None]);
    run(&mut db, &steps);
    assert_eq!(
        count(&db, "SELECT count(*) FROM book JOIN author USING (author_id) WHERE last_name = 'King'"),
        3
    );
    assert_eq!(check_lossless(db.connection(), &edited), Ok((0, 0)));
}

#[test]
fn a_dropped_link_makes_the_split_lossy_and_the_check_says_so() {
    let (mut db, found) = books();
    let mut lossy = propose(&found);
    // Titles no longer say who wrote them: the check has to pair every title with every author.
    lossy.tables.iter_mut().find(|t| t.name == "title").unwrap().references.clear();
    let steps = generate_sql(&lossy).unwrap();
    let check = steps.last().unwrap();
    assert!(check.sql.contains("CROSS JOIN \"person\""), "{}", check.sql);
    assert!(check.explanation.contains("CROSS JOIN"), "{}", check.explanation);
    run(&mut db, &steps);
    let (made_up, missed) = check_lossless(db.connection(), &lossy).unwrap();
    // 12 distinct (title, publisher) rows × 7 authors, 12 of which are the original rows.
    assert_eq!((made_up, missed), (12 * 7 - 12, 0));
    assert_eq!(last_step_counts(&mut db, &steps), [Value::Integer(72), Value::Integer(0)]);

    // Without the publisher reference the link table no longer says who published what.
    let (mut db, _) = books();
    let mut lossy = propose(&found);
    lossy.link_table.references.retain(|r| r != "publisher");
    lossy.link_table.primary_key.clear();
    run(&mut db, &generate_sql(&lossy).unwrap());
    let (made_up, missed) = check_lossless(db.connection(), &lossy).unwrap();
    assert!(made_up > 0, "{made_up}");
    assert_eq!(missed, 0);
}

#[test]
fn decompositions_that_cannot_be_built_are_refused_with_a_reason() {
    let (_db, found) = books();
    let proposal = propose(&found);
    let refused = |edit: &dyn Fn(&mut Decomposition)| {
        let mut edited = proposal.clone();
        edit(&mut edited);
        assert!(edited.validate().is_err());
        generate_sql(&edited).unwrap_err()
    };
    assert_eq!(
        refused(&|d| title(d).columns.push("publisher".into())),
        "\"publisher\" is in both \"title\" and \"publisher\"; each column is stored in one table only"
    );
    assert_eq!(
        refused(&|d| d.link_table.references.push("books".into())),
        "\"title_publisher\" refers to \"books\", which is not one of the new tables"
    );
    assert_eq!(
        refused(&|d| d.link_table.references.push("title".into())),
        "\"title_publisher\" refers to \"title\" twice"
    );
    assert_eq!(
        refused(&|d| {
            d.tables.retain(|t| t.name != "publisher");
            d.link_table.references.retain(|r| r != "publisher");
        }),
        "\"publisher\" is in none of the new tables; every column of \"author_book_publisher\" must be kept"
    );
    assert_eq!(
        refused(&|d| d.tables[0].references.push("title".into())),
        "\"person\" and \"title\" refer to each other in a circle; one of them must not"
    );
    assert_eq!(
        refused(&|d| d.tables[0].name = "AUTHOR_book_publisher".into()),
        "\"AUTHOR_book_publisher\" is the original table's name; choose another"
    );
    assert_eq!(
        refused(&|d| d.link_table.name = "Title".into()),
        "two new tables are named \"Title\"; table names must differ"
    );
    assert_eq!(
        refused(&|d| title(d).columns.push("nope".into())),
        "\"title\" lists \"nope\", which is not a column of \"author_book_publisher\""
    );
    assert_eq!(refused(&|d| title(d).references.push("title".into())), "\"title\" refers to itself");
}

#[test]
fn discovery_from_values_matches_discovery_from_sqlite() {
    let (db, found) = books();
    let mut statement = db.connection().prepare("SELECT * FROM author_book_publisher").unwrap();
    let rows: Vec<Vec<Value>> = statement
        .query_map([], |row| (0..4).map(|i| row.get_ref(i).map(Value::from)).collect())
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let columns: Vec<(String, String)> =
        found.columns.iter().map(|c| (c.name.clone(), c.decl_type.clone())).collect();
    let from_values = discover_rows("author_book_publisher", &columns, &rows);
    assert_eq!(from_values, Discovery { taken_names: Vec::new(), ..found });
}
