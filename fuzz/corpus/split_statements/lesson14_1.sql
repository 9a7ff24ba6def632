-- prompt: Move phone numbers into a table of their own. Create `customer_phones` with columns
-- prompt: `customer_id INTEGER PRIMARY KEY` (referencing `customers (id)` with `ON DELETE
-- prompt: CASCADE`) and `phone TEXT NOT NULL`; copy every customer's phone into it; then drop the
-- prompt: `phone` column from `customers`.
-- hint: Create the table, copy with `INSERT INTO customer_phones (customer_id, phone) SELECT …`, and only then drop the column: the other order would lose the data.
-- hint: `INSERT INTO customer_phones (customer_id, phone) SELECT id, phone FROM customers;` then `ALTER TABLE customers DROP COLUMN phone;`
CREATE TABLE customer_phones (
  customer_id INTEGER PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
  phone TEXT NOT NULL
);
INSERT INTO customer_phones (customer_id, phone)
SELECT id, phone FROM customers;
ALTER TABLE customers DROP COLUMN phone;
