-- RetroFun: from the four flat CSV files to normalized tables.
--
-- Joinery imports each CSV as it is into a staging table (raw_products, raw_orders,
-- raw_reviews, raw_articles, column types inferred), then runs this script, which builds the
-- schema of "SQLAlchemy 2 In Practice" and drops the staging tables. Every table gets a
-- surrogate integer key; names that repeat in the CSVs (countries, manufacturers, customers,
-- languages, blog authors) become rows of their own tables, referenced by id.

PRAGMA foreign_keys = ON;

-- Products, their manufacturers, and the countries they were made in. A product can be made
-- in several countries ("USA/UK/Portugal"), so products and countries are many-to-many.
CREATE TABLE manufacturers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE countries (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE products (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  manufacturer_id INTEGER NOT NULL REFERENCES manufacturers (id),
  year INTEGER NOT NULL,
  cpu TEXT
);
CREATE INDEX ix_products_manufacturer_id ON products (manufacturer_id);
CREATE TABLE products_countries (
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  country_id INTEGER NOT NULL REFERENCES countries (id),
  PRIMARY KEY (product_id, country_id)
);

INSERT INTO manufacturers (name)
SELECT manufacturer FROM raw_products GROUP BY manufacturer ORDER BY min(rowid);

INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT p.name, m.id, CAST(p.year AS INTEGER), NULLIF(p.cpu, '')
FROM raw_products AS p JOIN manufacturers AS m ON m.name = p.manufacturer
ORDER BY p.rowid;

-- Split "USA/UK/Portugal" into one row per country; `first_seen` orders countries by where
-- they first appear in the CSV (product row, then position in its list).
WITH RECURSIVE split (product, country, rest, first_seen) AS (
  SELECT name, NULL, country || '/', rowid * 100 FROM raw_products
  UNION ALL
  SELECT product, trim(substr(rest, 1, instr(rest, '/') - 1)), substr(rest, instr(rest, '/') + 1), first_seen + 1
  FROM split WHERE rest <> ''
)
INSERT INTO countries (name)
SELECT country FROM split WHERE country IS NOT NULL AND country <> ''
GROUP BY country ORDER BY min(first_seen);

WITH RECURSIVE split (product, country, rest, first_seen) AS (
  SELECT name, NULL, country || '/', rowid * 100 FROM raw_products
  UNION ALL
  SELECT product, trim(substr(rest, 1, instr(rest, '/') - 1)), substr(rest, instr(rest, '/') + 1), first_seen + 1
  FROM split WHERE rest <> ''
)
INSERT INTO products_countries (product_id, country_id)
SELECT DISTINCT p.id, c.id
FROM split AS s
JOIN products AS p ON p.name = s.product
JOIN countries AS c ON c.name = s.country;

-- Customers, orders and the items of each order. An order row of the CSV lists up to three
-- products with their price and quantity; each listed product becomes an order item.
-- Customers are told apart by name, as the reviews name them; the first order gives the
-- address and phone.
CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  address TEXT,
  phone TEXT
);
CREATE INDEX ix_customers_name ON customers (name);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  timestamp TEXT NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_orders_customer_id ON orders (customer_id);
CREATE INDEX ix_orders_timestamp ON orders (timestamp);
CREATE TABLE orders_items (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price REAL NOT NULL CHECK (unit_price >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);

INSERT INTO customers (name, address, phone)
SELECT name, address, CAST(phone AS TEXT)
FROM raw_orders
WHERE rowid IN (SELECT min(rowid) FROM raw_orders GROUP BY name)
ORDER BY rowid;

INSERT INTO orders (id, timestamp, customer_id)
SELECT o.rowid, o.timestamp, c.id
FROM raw_orders AS o JOIN customers AS c ON c.name = o.name
ORDER BY o.rowid;

INSERT INTO orders_items (order_id, product_id, unit_price, quantity)
SELECT o.rowid, p.id, item.unit_price, item.quantity
FROM raw_orders AS o
JOIN (
  SELECT rowid AS order_rowid, product1 AS product, unit_price1 AS unit_price, quantity1 AS quantity FROM raw_orders
  UNION ALL
  SELECT rowid, product2, unit_price2, quantity2 FROM raw_orders
  UNION ALL
  SELECT rowid, product3, unit_price3, quantity3 FROM raw_orders
) AS item ON item.order_rowid = o.rowid
JOIN products AS p ON p.name = item.product
ORDER BY o.rowid, p.id;

-- Product reviews: one per customer and product, rated 1 to 5.
CREATE TABLE product_reviews (
  product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  timestamp TEXT NOT NULL,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  comment TEXT,
  PRIMARY KEY (product_id, customer_id)
);

INSERT INTO product_reviews (product_id, customer_id, timestamp, rating, comment)
SELECT p.id, c.id, r.timestamp, r.rating, NULLIF(r.comment, '')
FROM raw_reviews AS r
JOIN products AS p ON p.name = r.product
JOIN customers AS c ON c.name = r.customer
ORDER BY r.rowid;

-- The blog: articles with their authors and languages, an article optionally about a product
-- and optionally a translation of another article.
CREATE TABLE languages (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE blog_authors (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE blog_articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES blog_authors (id),
  product_id INTEGER REFERENCES products (id),
  language_id INTEGER NOT NULL REFERENCES languages (id),
  translation_of_id INTEGER REFERENCES blog_articles (id),
  timestamp TEXT NOT NULL
);
CREATE INDEX ix_blog_articles_timestamp ON blog_articles (timestamp);

INSERT INTO languages (name)
SELECT language FROM raw_articles GROUP BY language ORDER BY min(rowid);
INSERT INTO blog_authors (name)
SELECT author FROM raw_articles GROUP BY author ORDER BY min(rowid);

INSERT INTO blog_articles (id, title, author_id, product_id, language_id, timestamp)
SELECT a.rowid, a.title, au.id, p.id, l.id, a.timestamp
FROM raw_articles AS a
JOIN blog_authors AS au ON au.name = a.author
JOIN languages AS l ON l.name = a.language
LEFT JOIN products AS p ON p.name = a.product
ORDER BY a.rowid;

-- A translation names the original by title; titles are unique in the CSV.
UPDATE blog_articles
SET translation_of_id = (
  SELECT original.rowid FROM raw_articles AS original
  WHERE original.title = (SELECT translation_of FROM raw_articles WHERE rowid = blog_articles.id)
)
WHERE id IN (SELECT rowid FROM raw_articles WHERE translation_of IS NOT NULL AND translation_of <> '');

DROP TABLE raw_products;
DROP TABLE raw_orders;
DROP TABLE raw_reviews;
DROP TABLE raw_articles;
