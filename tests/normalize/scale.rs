//! Generated rows at scale: 100,000 rows analysed and split, each stage's time printed.

use super::*;

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
