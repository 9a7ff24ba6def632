-- prompt: Create a table `publisher` with two columns, `publisher_id` (an
-- prompt: `INTEGER PRIMARY KEY`) and `name` (`TEXT`), and fill it with one row per different
-- prompt: publisher of the flat table, inserted in alphabetical order of name so that the ids
-- prompt: follow that order.
-- hint: Two statements: `CREATE TABLE publisher (…);` then `INSERT INTO publisher (name) SELECT DISTINCT … ORDER BY …;`
-- hint: Leave `publisher_id` out of the `INSERT`, so that SQLite numbers the rows: `INSERT INTO publisher (name) SELECT DISTINCT publisher FROM author_book_publisher ORDER BY publisher;`
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (name)
SELECT DISTINCT publisher FROM author_book_publisher ORDER BY publisher;
