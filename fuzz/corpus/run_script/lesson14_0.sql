-- prompt: Store item prices as whole cents. Rebuild `orders_items` so that its columns are, in
-- prompt: this order: `order_id`, `product_id`, `unit_price_cents`, `quantity`, where
-- prompt: `unit_price_cents` is an `INTEGER NOT NULL` holding `round(unit_price * 100)`. Keep the
-- prompt: primary key `(order_id, product_id)`, both foreign keys (with `ON DELETE CASCADE` on
-- prompt: `order_id`) and the `CHECK` on `quantity`.
-- hint: `ADD COLUMN` could only put the new column last, so use the rebuild recipe: create `orders_items_new`, copy with `INSERT … SELECT`, drop, rename. No table refers to `orders_items`, so foreign keys need no switching off here.
-- hint: The copy is `INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity) SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity FROM orders_items;` — wrap everything in `BEGIN; … COMMIT;`.
BEGIN;
CREATE TABLE orders_items_new (
  order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id INTEGER NOT NULL REFERENCES products (id),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product_id)
);
INSERT INTO orders_items_new (order_id, product_id, unit_price_cents, quantity)
SELECT order_id, product_id, CAST(round(unit_price * 100) AS INTEGER), quantity
FROM orders_items;
DROP TABLE orders_items;
ALTER TABLE orders_items_new RENAME TO orders_items;
COMMIT;
