//! Small tables made up to reach the edges: an id column, NULLs, names that need quoting,
//! and empty, one-row and repetitive tables.

use super::*;

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
