//! The RetroFun CSV files: customers told apart by address and phone, and every file split
//! losslessly.

use super::*;

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
