-- Checker corpus for lesson 14, "RetroFun: changing the schema with migrations".

-- exercise: migrations-add-discontinued
-- right: other: INT instead of INTEGER, the constraints in another order
ALTER TABLE products ADD COLUMN discontinued INT DEFAULT 0 NOT NULL;
UPDATE products SET discontinued = 1 WHERE year < 1980;
-- right: case: every row set with a CASE
ALTER TABLE products ADD discontinued INTEGER NOT NULL DEFAULT 0;
UPDATE products SET discontinued = CASE WHEN year < 1980 THEN 1 ELSE 0 END;
-- right: subquery: the products to mark chosen in a subquery
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
UPDATE products SET discontinued = 1 WHERE id IN (SELECT id FROM products WHERE year < 1980);
-- right: other: the default written as a parenthesized expression, the condition negated
ALTER TABLE "products" ADD COLUMN "discontinued" INTEGER NOT NULL DEFAULT (0);
UPDATE products SET discontinued = 1 WHERE NOT (year >= 1980);
-- right: other: the UPDATE as the boolean of the condition
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
UPDATE products SET discontinued = (year < 1980);
-- wrong: wrong-table-change: NOT NULL left out
-- expect: `products.discontinued` should be NOT NULL
ALTER TABLE products ADD COLUMN discontinued INTEGER DEFAULT 0;
UPDATE products SET discontinued = 1 WHERE year < 1980;
-- wrong: error: NOT NULL without a default cannot be added
-- expect: Cannot add a NOT NULL column with default value NULL
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL;
UPDATE products SET discontinued = 1 WHERE year < 1980;
-- wrong: wrong-table-change: the default is 1
-- expect: `products.discontinued` should default to 0
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 1;
UPDATE products SET discontinued = 0 WHERE year >= 1980;
-- wrong: wrong-table-change: 1980 is included, marking too many products
-- expect: The table `products` does not hold what it should
-- expect: (1, 'Acorn Atom', 1, 1980, '6502', 0)
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
UPDATE products SET discontinued = 1 WHERE year <= 1980;
-- wrong: missing-condition: the column is added but nothing is marked
-- expect: The table `products` does not hold what it should
-- expect: (16, 'Apple II', 5, 1977, '6502', 1)
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
-- wrong: wrong-table-change: a TEXT column instead of an INTEGER
-- expect: `products.discontinued` should hold INTEGER values
ALTER TABLE products ADD COLUMN discontinued TEXT NOT NULL DEFAULT 0;
UPDATE products SET discontinued = 1 WHERE year < 1980;
-- wrong: hard-coded: the ids of the visible old products typed in
-- expect: hidden copy
-- expect: hard-coded
ALTER TABLE products ADD COLUMN discontinued INTEGER NOT NULL DEFAULT 0;
UPDATE products SET discontinued = 1
WHERE id IN (15, 16, 20, 24, 25, 34, 35, 39, 65, 74, 77, 78, 84, 101, 122, 129, 132, 133, 146);

-- exercise: migrations-rename-writers
-- right: other: the column renamed first, while the table still has its old name
ALTER TABLE blog_authors RENAME COLUMN name TO pen_name;
ALTER TABLE blog_authors RENAME TO writers;
-- right: other: quoted identifiers, and RENAME without the word COLUMN
ALTER TABLE "blog_authors" RENAME TO "writers";
ALTER TABLE "writers" RENAME "name" TO "pen_name";
-- right: other: inside a transaction
BEGIN;
ALTER TABLE blog_authors RENAME TO writers;
ALTER TABLE writers RENAME COLUMN name TO pen_name;
COMMIT;
-- wrong: wrong-table-change: only the table is renamed
-- expect: `writers` should have the columns (id, pen_name)
-- expect: yours has (id, name)
ALTER TABLE blog_authors RENAME TO writers;
-- wrong: wrong-table-change: only the column is renamed
-- expect: The table `writers` should exist after your SQL, but it does not.
ALTER TABLE blog_authors RENAME COLUMN name TO pen_name;
-- wrong: error: the column renamed on `writers` before the table has that name
-- expect: no such table: writers
ALTER TABLE writers RENAME COLUMN name TO pen_name;
ALTER TABLE blog_authors RENAME TO writers;
-- wrong: wrong-table-change: a copy made with CREATE TABLE … AS, the old table left in place
-- expect: Your SQL leaves a table `blog_authors` that should not be there.
CREATE TABLE writers AS SELECT id, name AS pen_name FROM blog_authors;
-- wrong: error: the copy made, then the old table dropped while blog_articles still refers to it
-- expect: FOREIGN KEY constraint failed
CREATE TABLE writers (id INTEGER PRIMARY KEY, pen_name TEXT NOT NULL UNIQUE);
INSERT INTO writers (id, pen_name) SELECT id, name FROM blog_authors;
DROP TABLE blog_authors;
-- wrong: wrong-table-change: a typo in the new column name
-- expect: `writers` should have the columns (id, pen_name)
-- expect: yours has (id, penname)
ALTER TABLE blog_authors RENAME TO writers;
ALTER TABLE writers RENAME COLUMN name TO penname;

-- exercise: migrations-drop-indexed-column
-- right: other: DROP INDEX IF EXISTS, qualified with the schema
DROP INDEX IF EXISTS main.ix_products_cpu;
ALTER TABLE products DROP cpu;
-- right: other: inside a transaction, with quoted names
BEGIN;
DROP INDEX "ix_products_cpu";
ALTER TABLE "products" DROP COLUMN "cpu";
COMMIT;
-- right: other: the table rebuild recipe, without the cpu column
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE products_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  manufacturer_id INTEGER NOT NULL REFERENCES manufacturers (id),
  year INTEGER NOT NULL
);
INSERT INTO products_new (id, name, manufacturer_id, year)
SELECT id, name, manufacturer_id, year FROM products;
DROP TABLE products;
ALTER TABLE products_new RENAME TO products;
CREATE INDEX ix_products_manufacturer_id ON products (manufacturer_id);
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
-- wrong: error: the column dropped while the index still uses it
-- expect: error in index ix_products_cpu after drop column
ALTER TABLE products DROP COLUMN cpu;
-- wrong: wrong-table-change: only the index is dropped
-- expect: `products` should have the columns (id, name, manufacturer_id, year)
-- expect: yours has (id, name, manufacturer_id, year, cpu)
DROP INDEX ix_products_cpu;
-- wrong: error: the wrong index dropped first
-- expect: statement 2: error in index ix_products_cpu
DROP INDEX ix_products_manufacturer_id;
ALTER TABLE products DROP COLUMN cpu;
-- wrong: wrong-table-change: a rebuild that forgets to recreate the manufacturer index
-- expect: `products` should have an index on (manufacturer_id)
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE products_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  manufacturer_id INTEGER NOT NULL REFERENCES manufacturers (id),
  year INTEGER NOT NULL
);
INSERT INTO products_new (id, name, manufacturer_id, year)
SELECT id, name, manufacturer_id, year FROM products;
DROP TABLE products;
ALTER TABLE products_new RENAME TO products;
COMMIT;
PRAGMA foreign_keys = ON;
-- wrong: wrong-table-change: a rebuild that loses UNIQUE and the foreign key
-- expect: `products.manufacturer_id` should reference `manufacturers (id)`
-- expect: `products.name` should be UNIQUE
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE products_new (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  manufacturer_id INTEGER NOT NULL,
  year INTEGER NOT NULL
);
INSERT INTO products_new (id, name, manufacturer_id, year)
SELECT id, name, manufacturer_id, year FROM products;
DROP TABLE products;
ALTER TABLE products_new RENAME TO products;
CREATE INDEX ix_products_manufacturer_id ON products (manufacturer_id);
COMMIT;
PRAGMA foreign_keys = ON;

-- exercise: migrations-prices-in-cents
-- right: other: table-level foreign keys, INT types, no CAST (INTEGER affinity stores 8424.0 as 8424)
BEGIN;
CREATE TABLE orders_items_new (
  order_id INT NOT NULL,
  product_id INT NOT NULL,
  unit_price_cents INT NOT NULL CHECK (unit_price_cents >= 0),
  quantity INT NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id),
  FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
  FOREIGN KEY (product_id) REFERENCES products (id)
);
INSERT INTO orders_items_new
SELECT order_id, product_id, round(unit_price * 100), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- right: other: the old table renamed away first, the new one created under the final name
BEGIN;
ALTER TABLE orders_items RENAME TO orders_items_old;
CREATE TABLE orders_items (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INT), quantity FROM orders_items_old;
DROP TABLE orders_items_old;
COMMIT;
-- right: other: rounding half up by adding 0.5 and truncating (prices are never negative)
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(unit_price * 100 + 0.5 AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: missing-constraint: no CHECK on the cents, which the prompt asks for
-- expect: `orders_items.unit_price_cents` should refuse
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: ON DELETE CASCADE left out on order_id
-- expect: `orders_items.order_id` should reference `orders (id)` ON DELETE CASCADE
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id),
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: the foreign key to products left out
-- expect: `orders_items.product_id` should reference `products (id)`
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL,
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: the CHECK on quantity left out
-- expect: `orders_items.quantity` should refuse
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL,
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: unit_price_cents may be NULL
-- expect: `orders_items.unit_price_cents` should be NOT NULL
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: the primary key left out
-- expect: primary key of `orders_items` should be (order_id, product_id)
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: CAST truncates, so 74.35 becomes 7434 cents
-- expect: The table `orders_items` does not hold what it should
-- expect: Not expected in orders_items (137 rows): (7, 41, 7434, 1)
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(unit_price * 100 AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: no rounding, so some prices keep a fraction of a cent
-- expect: The table `orders_items` does not hold what it should
-- expect: 7434.999999999999
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, unit_price * 100, quantity FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
-- wrong: wrong-table-change: ADD COLUMN puts unit_price_cents last, with a default
-- expect: `orders_items` should have the columns (order_id, product_id, unit_price_cents, quantity) in this order
ALTER TABLE orders_items ADD COLUMN unit_price_cents INTEGER NOT NULL DEFAULT 0;
UPDATE orders_items SET unit_price_cents = round(unit_price * 100);
ALTER TABLE orders_items DROP COLUMN unit_price;
-- wrong: wrong-table-change: the new table never renamed
-- expect: The table `orders_items` should exist after your SQL, but it does not.
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;
DROP TABLE orders_items;
COMMIT;
-- wrong: error: the new table created under the old name while the old one still exists
-- expect: table orders_items already exists
BEGIN;
CREATE TABLE orders_items (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
COMMIT;

-- exercise: migrations-split-phones
-- right: other: table constraints for the key and the foreign key, VARCHAR for the phone
CREATE TABLE customer_phones (
  customer_id INTEGER,
  phone VARCHAR(30) NOT NULL,
  PRIMARY KEY (customer_id),
  FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO customer_phones SELECT id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
-- right: other: only the customers that have a phone copied, inside a transaction
BEGIN;
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers ON DELETE CASCADE,
  phone TEXT NOT NULL
);
INSERT INTO customer_phones (customer_id, phone)
SELECT id, phone FROM customers WHERE phone IS NOT NULL;
ALTER TABLE customers DROP phone;
COMMIT;
-- right: other: the copy sorted, NOT NULL before the type's other words, quoted names
CREATE TABLE "customer_phones" (
  "customer_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "customers" ("id") ON DELETE CASCADE,
  "phone" TEXT NOT NULL
);
INSERT INTO customer_phones (phone, customer_id)
SELECT phone, id FROM customers ORDER BY id;
ALTER TABLE customers DROP COLUMN phone;
-- right: other: IF NOT EXISTS, CHARACTER(20) for the phone (TEXT affinity), the copy joined to nothing else
CREATE TABLE IF NOT EXISTS customer_phones (
  customer_id INTEGER PRIMARY KEY,
  phone CHARACTER(20) NOT NULL,
  CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
INSERT INTO customer_phones (customer_id, phone)
SELECT c.id, c.phone FROM customers AS c;
ALTER TABLE customers DROP COLUMN phone;
-- wrong: error: the column dropped before it is copied
-- expect: no such column: phone
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  phone TEXT NOT NULL
);
ALTER TABLE customers DROP COLUMN phone;
INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;
-- wrong: wrong-table-change: ON DELETE CASCADE left out
-- expect: `customer_phones.customer_id` should reference `customers (id)` ON DELETE CASCADE; yours has ON DELETE NO ACTION
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
  phone TEXT NOT NULL
);
INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
-- wrong: wrong-table-change: no foreign key at all
-- expect: `customer_phones.customer_id` should reference `customers (id)`
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY,
  phone TEXT NOT NULL
);
INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
-- wrong: wrong-table-change: phone may be NULL
-- expect: `customer_phones.phone` should be NOT NULL
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  phone TEXT
);
INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
-- wrong: wrong-table-change: the phone column stays in customers
-- expect: `customers` should have the columns (id, name, address) in this order
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  phone TEXT NOT NULL
);
INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;
-- wrong: wrong-table-change: CREATE TABLE … AS copies the data but no key, no foreign key, no NOT NULL
-- expect: primary key of `customer_phones` should be (customer_id)
-- expect: `customer_phones.customer_id` should reference `customers (id)`
CREATE TABLE customer_phones AS SELECT id AS customer_id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
-- wrong: wrong-table-change: the table created but the phones never copied
-- expect: The table `customer_phones` does not hold what it should
-- expect: It has 0 rows; it should have 2754
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  phone TEXT NOT NULL
);
ALTER TABLE customers DROP COLUMN phone;

-- exercise: migrations-versioned-step
-- wrong: hard-coded: the products with 5 on hand picked by their visible ids (checked on hidden copies only since their guard table is made again there)
-- expect: hidden copy
-- expect: hard-coded
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = 3 WHERE product_id IN (2, 16, 41, 48, 127);
PRAGMA user_version = 4;
COMMIT;
-- right: other: the UPDATE before the ALTER, BEGIN TRANSACTION … END
BEGIN TRANSACTION;
INSERT INTO expect_version (version) VALUES (3);
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
ALTER TABLE stock ADD COLUMN shelf TEXT;
PRAGMA user_version = 4;
END;
-- right: other: VARCHAR for shelf, the version read with SELECT, the pragma qualified
BEGIN IMMEDIATE;
INSERT INTO expect_version SELECT 3;
ALTER TABLE stock ADD shelf VARCHAR(20);
UPDATE stock SET reorder_at = 3 WHERE product_id IN (SELECT product_id FROM stock WHERE on_hand = 5);
PRAGMA main.user_version = 4;
COMMIT TRANSACTION;
-- right: case: every row's reorder_at set with a CASE
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = CASE WHEN on_hand = 5 THEN 3 ELSE reorder_at END;
PRAGMA user_version = 4;
COMMIT;
-- wrong: wrong-table-change: the version is not bumped
-- expect: PRAGMA user_version should be 4 afterwards, but it is 3
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
COMMIT;
-- wrong: error: the guard checks for version 4, the one the migration is about to set
-- expect: wrong schema version
BEGIN;
INSERT INTO expect_version VALUES (4);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
PRAGMA user_version = 4;
COMMIT;
-- wrong: wrong-table-change: the guard insert left out (the prompt asks to check for version 3)
-- expect: expect_version
BEGIN;
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
PRAGMA user_version = 4;
COMMIT;
-- wrong: missing-condition: reorder_at set to 3 for every row
-- expect: The table `stock` does not hold what it should
-- expect: Not expected in stock (144 rows): (1, 1, 3, NULL)
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET reorder_at = 3;
PRAGMA user_version = 4;
COMMIT;
-- wrong: wrong-table-change: shelf added as an INTEGER
-- expect: `stock.shelf` should hold TEXT values
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf INTEGER;
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
PRAGMA user_version = 4;
COMMIT;
-- wrong: wrong-table-change: shelf made NOT NULL with an empty default
-- expect: `stock.shelf` should allow NULL
-- expect: `stock.shelf` should have no default
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT NOT NULL DEFAULT '';
UPDATE stock SET reorder_at = 3 WHERE on_hand = 5;
PRAGMA user_version = 4;
COMMIT;
-- wrong: wrong-column: on_hand and reorder_at swapped in the UPDATE
-- expect: The table `stock` does not hold what it should
-- expect: Missing from stock (5 rows): (2, 5, 3, NULL)
BEGIN;
INSERT INTO expect_version VALUES (3);
ALTER TABLE stock ADD COLUMN shelf TEXT;
UPDATE stock SET on_hand = 3 WHERE reorder_at = 5;
PRAGMA user_version = 4;
COMMIT;
