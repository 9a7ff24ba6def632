//! Results read as trees: Real Python's authors → books → publishers.

use joinery::core::Database;
use joinery::core::tree::{MAX_TREE_ROWS, TreeNode, tree_of};

const BOOKS_DB: &[u8] = include_bytes!("../data/realpython-sqlite-sqlalchemy/author_book_publisher.db");

fn result(sql: &str) -> joinery::core::StatementResult {
    let mut db = Database::from_bytes(BOOKS_DB).unwrap();
    let mut outcome = db.run_script(sql, 10_000);
    assert!(outcome.is_ok(), "{:?}", outcome.error);
    outcome.results.pop().unwrap()
}

fn labels(nodes: &[TreeNode]) -> Vec<&str> {
    nodes.iter().map(|n| n.label.as_str()).collect()
}

#[test]
fn authors_hold_their_books_and_books_their_publishers() {
    let tree = tree_of(&result(
        "SELECT a.first_name || ' ' || a.last_name AS author, b.title, p.name AS publisher
         FROM author a JOIN book b ON b.author_id = a.author_id
         JOIN book_publisher bp ON bp.book_id = b.book_id JOIN publisher p ON p.publisher_id = bp.publisher_id
         ORDER BY a.last_name, b.title, p.name;",
    ))
    .expect("a tree");
    assert_eq!(tree.len(), 7, "{:?}", labels(&tree));
    let king = tree.iter().find(|n| n.label == "Stephen King").unwrap();
    assert_eq!(labels(&king.children), vec!["Dead Zone", "It", "The Shining"]);
    let it = &king.children[1];
    assert_eq!(labels(&it.children), vec!["Penguin Random House", "Random House"]);
    assert!(it.children.iter().all(|leaf| leaf.children.is_empty()));
}

#[test]
fn results_that_are_not_hierarchies_get_no_tree() {
    assert!(
        tree_of(&result("SELECT first_name, last_name FROM author;")).is_none(),
        "no repeated first value"
    );
    assert!(tree_of(&result("SELECT title FROM book;")).is_none(), "one column");
    assert!(tree_of(&result("SELECT title, 1 FROM book WHERE 0;")).is_none(), "no rows");
    let many = format!(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < {}) SELECT x % 2, x FROM n;",
        MAX_TREE_ROWS + 1
    );
    assert!(tree_of(&result(&many)).is_none(), "too many rows");
}
