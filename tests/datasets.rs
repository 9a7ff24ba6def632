//! The sample datasets as the worker builds them: RetroFun from its four CSV files and the
//! checked-in normalization script, the flat Real Python CSV, and Chinook.

use joinery::core::Database;
use joinery::worker::{BuildDatabase, CsvSource, ExportCsv, Session};

fn source(table: &str, path: &str) -> CsvSource {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let file_name = path.rsplit('/').next().unwrap().to_owned();
    CsvSource { table: table.into(), file_name, bytes }
}

fn count(db: &Database, sql: &str) -> i64 {
    db.connection().query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn build(sources: Vec<CsvSource>, script: &str) -> Session {
    let mut session = Session::new().unwrap();
    let mut last_progress = 0;
    let response = session.ask_with_progress(BuildDatabase { sources, script: script.into() }, &mut |done| {
        assert!(done >= last_progress, "progress never goes back");
        last_progress = done;
    });
    assert_eq!(response, Ok(()));
    session
}

fn retrofun() -> Session {
    build(
        vec![
            source("raw_products", "data/retrofun/products.csv"),
            source("raw_orders", "data/retrofun/orders.csv"),
            source("raw_reviews", "data/retrofun/reviews.csv"),
            source("raw_articles", "data/retrofun/articles.csv"),
        ],
        &std::fs::read_to_string("data/retrofun/normalize.sql").unwrap(),
    )
}

/// Distinct manufacturers and countries in products.csv (countries split on '/').
const MANUFACTURERS: i64 = 76;
const COUNTRIES: i64 = 25;

#[test]
fn retrofun_is_normalized_with_every_row_accounted_for() {
    let session = retrofun();
    let db = session.database();
    // Figures from the CSV files: 149 products, 4,728 orders holding 5,907 items (up to three
    // per order row), 1,437 reviews, 209 articles in 6 languages by 16 authors, 2,754 distinct
    // customer names; the country column lists 'USA/UK/Portugal' style multi-country values.
    for (table, expected) in [
        ("products", 149),
        ("orders", 4728),
        ("orders_items", 5907),
        ("product_reviews", 1437),
        ("blog_articles", 209),
        ("languages", 6),
        ("blog_authors", 16),
        ("customers", 2754),
    ] {
        assert_eq!(count(db, &format!("SELECT count(*) FROM {table}")), expected, "{table}");
    }
    assert_eq!(count(db, "SELECT count(*) FROM manufacturers"), MANUFACTURERS);
    assert_eq!(count(db, "SELECT count(*) FROM countries"), COUNTRIES);
    // Every product has at least one country; multi-country products have several.
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM products WHERE id NOT IN (SELECT product_id FROM products_countries)"
        ),
        0
    );
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM products_countries pc JOIN products p ON p.id = pc.product_id JOIN countries c ON c.id = pc.country_id WHERE c.name IN ('USA', 'UK', 'Portugal') AND p.id IN (SELECT product_id FROM products_countries GROUP BY product_id HAVING count(*) = 3)"
        ),
        12,
        "the four USA/UK/Portugal products link to all three countries"
    );
    // No staging tables are left behind, and the foreign keys hold.
    assert_eq!(count(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'raw_%'"), 0);
    assert_eq!(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
    // Order totals survive normalization: the CSV's first order is one Amiga at 84.24.
    assert_eq!(
        count(
            db,
            "SELECT count(*) FROM orders_items WHERE order_id = 1 AND quantity = 1 AND unit_price = 84.24"
        ),
        1
    );
    // 66 articles are translations of another article.
    assert_eq!(count(db, "SELECT count(*) FROM blog_articles WHERE translation_of_id IS NOT NULL"), 66);
}

#[test]
fn a_failing_build_leaves_the_database_as_it_was() {
    let mut session = retrofun();
    let response = session.ask(BuildDatabase {
        sources: vec![source("raw_products", "data/retrofun/products.csv")],
        script: "CREATE TABLE x (a); INSERT INTO nowhere VALUES (1);".into(),
    });
    let Err(message) = response else { panic!("expected a failure") };
    assert!(message.contains("no such table: nowhere"), "{message}");
    assert_eq!(count(session.database(), "SELECT count(*) FROM products"), 149);
}

#[test]
fn the_flat_csv_becomes_one_table() {
    let session = build(
        vec![source("author_book_publisher", "data/realpython-sqlite-sqlalchemy/author_book_publisher.csv")],
        "",
    );
    let db = session.database();
    assert_eq!(count(db, "SELECT count(*) FROM author_book_publisher"), 12);
    assert_eq!(count(db, "SELECT count(*) FROM author_book_publisher WHERE last_name = 'King'"), 4);
}

#[test]
fn rows_export_as_csv_through_the_session() {
    let mut session = retrofun();
    let response = session.ask(ExportCsv {
        sql: "SELECT name, year FROM products WHERE name LIKE 'ZX%' ORDER BY name;".into(),
    });
    let Ok(bytes) = response else { panic!("{response:?}") };
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with("name,year\r\nZX Spectrum,1982\r\n"), "{text}");
}
