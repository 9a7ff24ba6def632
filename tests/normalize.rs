//! Normalizing a flat table: dependencies found in real CSV files, the proposed decomposition,
//! its SQL run step by step, and the lossless check, also on edited (lossy or invalid)
//! decompositions and on 100,000 generated rows.

use joinery::core::Database;
use joinery::core::Value;
use joinery::core::csv_import::{ImportPlan, import_into, inspect};
use joinery::core::normalize::{
    Decomposition, Discovery, ProposedTable, Step, check_lossless, discover, discover_rows, generate_sql,
    propose,
};
use web_time::Instant;

const BOOKS: &str = "data/realpython-sqlite-sqlalchemy/author_book_publisher.csv";

/// Imports CSV bytes as `table` with the inferred types, columns renamed by `names` if given.
fn import_bytes(db: &Database, bytes: &[u8], table: &str, names: Option<&[&str]>) {
    let preview = inspect(bytes, "data.csv").unwrap();
    let mut plan = ImportPlan::from_preview(&preview);
    plan.table = table.into();
    if let Some(names) = names {
        for (column, name) in plan.columns.iter_mut().zip(names) {
            column.name = (*name).into();
        }
    }
    import_into(db.connection(), bytes, &plan, &mut |_| {}).unwrap();
}

fn import(db: &Database, path: &str, table: &str) {
    import_bytes(db, &std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}")), table, None);
}

fn count(db: &Database, sql: &str) -> i64 {
    db.connection().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Runs every step as the notebook would, failing on the first error.
fn run(db: &mut Database, steps: &[Step]) {
    for step in steps {
        let outcome = db.run_script(&step.sql, 10);
        assert!(outcome.is_ok(), "{}: {:?}\n{}", step.title, outcome.error, step.sql);
    }
}

/// The last step's two counts, as the learner would see them.
fn last_step_counts(db: &mut Database, steps: &[Step]) -> Vec<Value> {
    let outcome = db.run_script(&steps.last().unwrap().sql, 10);
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    outcome.results[0].rows[0].clone()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn dependents<'d>(found: &'d Discovery, column: &str) -> Vec<&'d str> {
    found.dependents_of(column).iter().map(String::as_str).collect()
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
fn retrofun_orders_have_customers_told_apart_by_address_and_phone() {
    let mut db = Database::open_in_memory().unwrap();
    import(&db, "data/retrofun/orders.csv", "raw_orders");
    let started = Instant::now();
    let found = discover(db.connection(), "raw_orders").unwrap();
    eprintln!("orders: discovery in {:?}: {:#?}", started.elapsed(), found.dependencies);
    assert_eq!(found.row_count, 4728);
    assert_eq!(found.keys, vec![strings(&["timestamp"])]);
    // Several customers share a name, so the name determines nothing; the address and the
    // phone number each identify a customer and determine the name.
    assert!(dependents(&found, "name").is_empty());
    assert_eq!(dependents(&found, "address"), ["name", "phone"]);
    assert_eq!(dependents(&found, "phone"), ["name", "address"]);
    // An accident of the data: the third item's price is unique to its product.
    assert_eq!(dependents(&found, "unit_price3"), ["product3"]);
    assert_eq!(found.dependencies.len(), 3);

    let proposal = propose(&found);
    eprintln!("{proposal:#?}");
    let customer = proposal.table("address").unwrap();
    assert_eq!(customer.key_columns, ["address", "phone"]);
    assert_eq!(customer.columns, ["name"]);
    // Products repeat, so each product column gets a lookup table; prices, being REAL, never
    // identify anything.
    for product in ["product1", "product2", "product3"] {
        assert_eq!(proposal.table(product).unwrap().key_columns, [product]);
    }
    assert_eq!(proposal.tables.len(), 4);
    let link = &proposal.link_table;
    assert_eq!(link.name, "orders", "the raw_ prefix is dropped");
    assert_eq!(
        link.columns,
        ["timestamp", "unit_price1", "quantity1", "unit_price2", "quantity2", "unit_price3", "quantity3"]
    );
    assert_eq!(link.references, ["address", "product1", "product2", "product3"]);
    assert_eq!(link.primary_key, ["timestamp"]);

    let steps = generate_sql(&proposal).unwrap();
    // NULL products (orders of one or two items) are matched with IS.
    assert!(steps.iter().any(|s| s.sql.contains("\"product2\".\"product2\" IS \"raw_orders\".\"product2\"")));
    let started = Instant::now();
    run(&mut db, &steps);
    eprintln!("orders: steps in {:?}", started.elapsed());
    assert_eq!(count(&db, "SELECT count(*) FROM address"), 2800);
    assert_eq!(count(&db, "SELECT count(*) FROM orders"), 4728);
    assert_eq!(count(&db, "SELECT count(*) FROM product2 WHERE product2 IS NULL"), 1);
    assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)));
}

#[test]
fn the_other_retrofun_files_split_losslessly_too() {
    for (file, table) in
        [("products", "raw_products"), ("reviews", "raw_reviews"), ("articles", "raw_articles")]
    {
        let mut db = Database::open_in_memory().unwrap();
        import(&db, &format!("data/retrofun/{file}.csv"), table);
        let found = discover(db.connection(), table).unwrap();
        let proposal = propose(&found);
        eprintln!("{file}: keys {:?}, {:#?}\n{proposal:#?}", found.keys, found.dependencies);
        let lookups: Vec<&str> = proposal.tables.iter().map(|t| t.name.as_str()).collect();
        let expected: &[&str] = match file {
            "products" => &["country", "manufacturer", "cpu"],
            // Comments are mostly NULL and otherwise all different: no lookup table for them.
            "reviews" => &["customer", "product"],
            _ => &["author", "product", "language", "translation_of"],
        };
        assert_eq!(lookups, expected, "{file}");
        assert!(found.dependencies.is_empty(), "{file}");
        let steps = generate_sql(&proposal).unwrap();
        run(&mut db, &steps);
        assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)), "{file}");
    }
}

#[test]
fn an_id_column_is_its_table_primary_key_and_nulls_survive() {
    let csv = "order_id,customer_id,customer_name,city,product,price,quantity\n\
               1,10,Ann,Oslo,pen,1.5,2\n\
               1,10,Ann,Oslo,ink,4.25,1\n\
               2,11,Bob,,pen,1.5,5\n\
               3,10,Ann,Oslo,pad,,1\n\
               3,10,Ann,Oslo,ink,4.25,3\n\
               4,12,Cy,,pad,,2\n\
               5,11,Bob,,pen,1.5,1\n";
    let mut db = Database::open_in_memory().unwrap();
    import_bytes(&db, csv.as_bytes(), "sales", None);
    let found = discover(db.connection(), "sales").unwrap();
    assert!(found.determines("order_id", "customer_id"));
    assert!(
        found.determines("customer_id", "customer_name") && found.determines("customer_name", "customer_id")
    );
    assert!(found.determines("customer_id", "city"));
    assert!(found.determines("product", "price"));
    // Few rows make many pairs unique by chance; the first is the real key.
    assert_eq!(found.keys[0], strings(&["order_id", "product"]));
    let proposal = propose(&found);
    eprintln!("{proposal:#?}");
    let customer = proposal.table("customer").unwrap();
    assert_eq!(customer.key_columns, ["customer_id"]);
    assert_eq!(customer.columns, ["customer_name", "city"]);
    assert_eq!(customer.id_column(), "customer_id");
    assert_eq!(proposal.table("order").unwrap().references, ["customer"]);
    assert_eq!(proposal.table("product").unwrap().columns, ["price"]);
    assert_eq!(proposal.link_table.name, "sales_facts");
    assert_eq!(proposal.link_table.columns, ["quantity"]);
    assert_eq!(proposal.link_table.primary_key, ["order_id", "product"]);
    let steps = generate_sql(&proposal).unwrap();
    for step in &steps {
        eprintln!("-- {}\n-- {}\n{}\n", step.title, step.explanation, step.sql);
    }
    assert!(steps[0].sql.contains("\"customer_id\" INTEGER PRIMARY KEY"), "{}", steps[0].sql);
    run(&mut db, &steps);
    assert_eq!(count(&db, "SELECT count(*) FROM customer WHERE city IS NULL"), 2);
    assert_eq!(count(&db, "SELECT count(*) FROM product WHERE price IS NULL"), 1);
    assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)));

    // With a two-column key the table is numbered by its own customer_id, which clashes.
    let mut edited = proposal.clone();
    let customer = edited.tables.iter_mut().find(|t| t.name == "customer").unwrap();
    customer.key_columns.push(customer.columns.remove(0));
    assert_eq!(
        generate_sql(&edited).unwrap_err(),
        "\"customer\" would have two columns named \"customer_id\"; rename the table or the column"
    );
}

#[test]
fn names_with_quotes_spaces_and_keywords_are_quoted() {
    let csv = "a,b,c,d\nx,1,p,5\nx,1,q,6\ny,2,p,7\ny,2,q,8\nz,1,p,9\nz,1,p,10\n";
    let names = ["select", "first \"name\"", "group by", "order"];
    let mut db = Database::open_in_memory().unwrap();
    import_bytes(&db, csv.as_bytes(), "my \"table\"", Some(&names));
    let found = discover(db.connection(), "my \"table\"").unwrap();
    assert_eq!(dependents(&found, "select"), ["first \"name\""]);
    assert_eq!(found.keys, vec![strings(&["order"])]);
    let proposal = propose(&found);
    eprintln!("{proposal:#?}");
    assert_eq!(proposal.table("select").unwrap().columns, ["first \"name\""]);
    assert_eq!(proposal.table("group by").unwrap().key_columns, ["group by"]);
    assert_eq!(proposal.link_table.name, "my \"table\"_facts");
    let steps = generate_sql(&proposal).unwrap();
    let all: String = steps.iter().map(|s| s.sql.as_str()).collect();
    assert!(all.contains("\"first \"\"name\"\"\""), "{all}");
    assert!(all.contains("FROM \"my \"\"table\"\"\""), "{all}");
    run(&mut db, &steps);
    assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)));

    // Hostile table names are only ever names.
    let mut edited = proposal.clone();
    let hostile = "x\"; DROP TABLE \"my \"\"table\"\"\"; --";
    edited.rename_table("select", hostile);
    let mut db = Database::open_in_memory().unwrap();
    import_bytes(&db, csv.as_bytes(), "my \"table\"", Some(&names));
    let steps = generate_sql(&edited).unwrap();
    assert!(steps.iter().any(|s| s.builds.as_deref() == Some(hostile)));
    run(&mut db, &steps);
    assert_eq!(check_lossless(db.connection(), &edited), Ok((0, 0)));
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

#[test]
fn a_hundred_thousand_rows_are_analysed_and_split() {
    const ROWS: i64 = 100_000;
    let mut db = Database::open_in_memory().unwrap();
    db.connection()
        .execute_batch(
            "CREATE TABLE big (line INTEGER, order_no INTEGER, customer_no INTEGER, customer TEXT,
               city TEXT, country TEXT, product TEXT, price REAL, quantity INTEGER, note TEXT)",
        )
        .unwrap();
    let started = Instant::now();
    {
        let conn = db.connection();
        conn.execute_batch("BEGIN").unwrap();
        let mut insert = conn.prepare("INSERT INTO big VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").unwrap();
        // A small deterministic generator, so that the data is the same on every run.
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = |below: i64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as i64
        };
        for line in 0..ROWS {
            let order = line / 5;
            let customer = (order * 7919) % 5_000;
            let city = customer % 200;
            let product = next(1_000);
            insert
                .execute(rusqlite::params![
                    line,
                    order,
                    customer,
                    format!("Customer {customer}"),
                    format!("City {city}"),
                    format!("Country {}", city % 20),
                    format!("Product {product}"),
                    product as f64 * 0.25 + 1.0,
                    next(10) + 1,
                    if next(4) == 0 { None } else { Some("gift") },
                ])
                .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
    }
    eprintln!("100k rows: generated in {:?}", started.elapsed());

    let started = Instant::now();
    let found = discover(db.connection(), "big").unwrap();
    eprintln!("100k rows: discovery in {:?}", started.elapsed());
    assert_eq!(found.keys, vec![strings(&["line"])]);
    assert_eq!(dependents(&found, "order_no"), ["customer_no", "customer", "city", "country"]);
    assert_eq!(dependents(&found, "customer_no"), ["customer", "city", "country"]);
    assert_eq!(dependents(&found, "city"), ["country"]);
    assert_eq!(dependents(&found, "product"), ["price"]);
    assert_eq!(dependents(&found, "price"), ["product"]);
    assert!(dependents(&found, "note").is_empty() && dependents(&found, "quantity").is_empty());

    let started = Instant::now();
    let proposal = propose(&found);
    let steps = generate_sql(&proposal).unwrap();
    eprintln!("100k rows: proposal and SQL in {:?}: {proposal:#?}", started.elapsed());
    let customer = proposal.table("customer").unwrap();
    assert_eq!(customer.key_columns, ["customer_no"]);
    assert_eq!(customer.columns, ["customer"]);
    assert_eq!(customer.references, ["city"]);
    assert_eq!(proposal.table("city").unwrap().columns, ["country"]);
    assert_eq!(proposal.table("order").unwrap().references, ["customer"]);
    assert_eq!(proposal.table("product").unwrap().columns, ["price"]);
    // Two values repeated all over: a lookup table, like publisher.
    assert_eq!(proposal.table("note").unwrap().key_columns, ["note"]);
    assert_eq!(proposal.link_table.columns, ["line", "quantity"]);
    assert_eq!(proposal.link_table.references, ["order", "product", "note"]);

    let started = Instant::now();
    run(&mut db, &steps);
    eprintln!("100k rows: steps in {:?}", started.elapsed());
    let started = Instant::now();
    assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)));
    eprintln!("100k rows: lossless check in {:?}", started.elapsed());
    assert_eq!(count(&db, "SELECT count(*) FROM customer"), 5_000);
    assert_eq!(count(&db, "SELECT count(*) FROM big_facts"), ROWS);
}

#[test]
fn empty_tiny_and_repetitive_tables_split_losslessly() {
    for (table, rows, expected_tables) in [
        ("empty", "", 0),
        ("one_row", "('x', 1)", 0),
        // a and b determine each other; every row appears twice.
        ("twice", "('x', 1), ('x', 1), ('y', 2), ('y', 2), ('z', 3), ('z', 3)", 1),
    ] {
        let mut db = Database::open_in_memory().unwrap();
        let mut sql = format!("CREATE TABLE {table} (a TEXT, b INTEGER);");
        if !rows.is_empty() {
            sql.push_str(&format!("INSERT INTO {table} VALUES {rows};"));
        }
        db.connection().execute_batch(&sql).unwrap();
        let found = discover(db.connection(), table).unwrap();
        let proposal = propose(&found);
        assert_eq!(proposal.tables.len(), expected_tables, "{table}: {proposal:#?}");
        assert_eq!(proposal.link_table.name, format!("{table}_facts"));
        run(&mut db, &generate_sql(&proposal).unwrap());
        assert_eq!(check_lossless(db.connection(), &proposal), Ok((0, 0)), "{table}");
    }
    let db = Database::open_in_memory().unwrap();
    db.connection()
        .execute_batch("CREATE TABLE twice (a TEXT, b INTEGER); INSERT INTO twice VALUES ('x', 1), ('x', 1);")
        .unwrap();
    let found = discover(db.connection(), "twice").unwrap();
    assert_eq!(found.constants, ["a", "b"]);
    assert!(found.keys.is_empty());
    assert_eq!(discover(db.connection(), "nowhere").unwrap_err(), "no such table: nowhere");
}
