-- Checker corpus for lessons/12-retrofun-orders.md (dataset: retrofun).

-- exercise: orders-amiga-prices
-- right: join-style: products joined instead of a subquery
SELECT count(*) AS orders, min(oi.unit_price) AS lowest, max(oi.unit_price) AS highest,
       round(avg(oi.unit_price), 2) AS average
FROM orders_items AS oi JOIN products AS p ON p.id = oi.product_id
WHERE p.name = 'Amiga';
-- right: distinct: count(DISTINCT order_id), the same since an order lists a product once
SELECT count(DISTINCT order_id) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(avg(unit_price), 2) AS average
FROM orders_items
WHERE product_id IN (SELECT id FROM products WHERE name = 'Amiga');
-- right: other: the average as sum / count
SELECT count(order_id) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(sum(unit_price) / count(*), 2) AS average
FROM orders_items
WHERE product_id = (SELECT id FROM products WHERE name = 'Amiga');
-- right: exists: the product matched with EXISTS
SELECT count(*) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(avg(unit_price), 2) AS average
FROM orders_items AS oi
WHERE EXISTS (SELECT 1 FROM products AS p WHERE p.id = oi.product_id AND p.name = 'Amiga');
-- wrong: other: the average not rounded
-- expect: rounding
SELECT count(*) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       avg(unit_price) AS average
FROM orders_items
WHERE product_id = (SELECT id FROM products WHERE name = 'Amiga');
-- wrong: wrong-aggregate: sum(quantity) counts units, not orders
-- expect: Missing from your result
SELECT sum(quantity) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(avg(unit_price), 2) AS average
FROM orders_items
WHERE product_id = (SELECT id FROM products WHERE name = 'Amiga');
-- wrong: wrong-column: the average of the line totals, not of the unit price
-- expect: Missing from your result
SELECT count(*) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(avg(unit_price * quantity), 2) AS average
FROM orders_items
WHERE product_id = (SELECT id FROM products WHERE name = 'Amiga');
-- wrong: missing-condition: every product's items
-- expect: Missing from your result
SELECT count(*) AS orders, min(unit_price) AS lowest, max(unit_price) AS highest,
       round(avg(unit_price), 2) AS average
FROM orders_items;
-- wrong: hard-coded: the visible numbers typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 1502 AS orders, 67.47 AS lowest, 101.0 AS highest, 84.28 AS average;
-- wrong: wrong-column: the columns not named as the prompt asks
-- expect: column named `orders`
SELECT count(*), min(unit_price), max(unit_price), round(avg(unit_price), 2)
FROM orders_items
WHERE product_id = (SELECT id FROM products WHERE name = 'Amiga');

-- exercise: orders-largest
-- right: order-position: ORDER BY 3 DESC, 1
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id
ORDER BY 3 DESC, 1
LIMIT 5;
-- right: limit-offset: LIMIT 0, 5
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders_items AS oi
JOIN orders AS o ON o.id = oi.order_id
JOIN customers AS c ON c.id = o.customer_id
GROUP BY o.id, c.name
ORDER BY total DESC, o.id
LIMIT 0, 5;
-- right: cte: order totals in a CTE, the customer joined afterwards
WITH totals AS (
  SELECT order_id, round(sum(unit_price * quantity), 2) AS total
  FROM orders_items GROUP BY order_id
)
SELECT o.id, c.name, t.total
FROM totals AS t
JOIN orders AS o ON o.id = t.order_id
JOIN customers AS c ON c.id = o.customer_id
ORDER BY t.total DESC, o.id
LIMIT 5;
-- right: subquery: the customer's name from a correlated subquery
SELECT o.id,
       (SELECT c.name FROM customers AS c WHERE c.id = o.customer_id) AS name,
       round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id
ORDER BY total DESC, o.id
LIMIT 5 OFFSET 0;
-- wrong: wrong-aggregate: the quantity left out of the total
-- expect: Missing from your result
SELECT o.id, c.name, round(sum(oi.unit_price), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id, c.name
ORDER BY total DESC, o.id
LIMIT 5;
-- wrong: offset: OFFSET 1 skips the largest order
-- expect: Missing from your result
-- expect: 3507
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id, c.name
ORDER BY total DESC, o.id
LIMIT 5 OFFSET 1;
-- wrong: wrong-order: the smallest orders
-- expect: Missing from your result
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id, c.name
ORDER BY total, o.id
LIMIT 5;
-- wrong: other: grouped by customer, so the totals are customers' spending
-- expect: Missing from your result
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id
ORDER BY total DESC, o.id
LIMIT 5;
-- wrong: hard-coded: the visible orders' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2) AS total
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE o.id IN (3507, 1897, 3737, 792, 2772)
GROUP BY o.id, c.name
ORDER BY total DESC, o.id;
-- wrong: wrong-column: the total not named total
-- expect: column named `total`
SELECT o.id, c.name, round(sum(oi.unit_price * oi.quantity), 2)
FROM orders AS o
JOIN customers AS c ON c.id = o.customer_id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY o.id, c.name
ORDER BY 3 DESC, o.id
LIMIT 5;

-- exercise: orders-loyal-customers
-- right: subquery: orders counted from orders directly, the spending from a second subquery
SELECT c.name,
       (SELECT count(*) FROM orders AS o WHERE o.customer_id = c.id) AS orders,
       (SELECT round(sum(oi.unit_price * oi.quantity), 2)
          FROM orders AS o JOIN orders_items AS oi ON oi.order_id = o.id
         WHERE o.customer_id = c.id) AS spent
FROM customers AS c
WHERE (SELECT count(*) FROM orders AS o WHERE o.customer_id = c.id) >= 6
ORDER BY spent DESC, c.name;
-- right: cte: order totals first, then one row per order when counting
WITH order_totals AS (
  SELECT o.id, o.customer_id, sum(oi.unit_price * oi.quantity) AS total
  FROM orders AS o JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY o.id
)
SELECT c.name, count(*) AS orders, round(sum(t.total), 2) AS spent
FROM customers AS c JOIN order_totals AS t ON t.customer_id = c.id
GROUP BY c.id
HAVING count(*) >= 6
ORDER BY spent DESC, c.name;
-- right: order-position: ORDER BY 3 DESC, 1 and HAVING on the alias
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM orders_items AS oi
JOIN orders AS o ON o.id = oi.order_id
JOIN customers AS c ON c.id = o.customer_id
GROUP BY c.id
HAVING orders > 5
ORDER BY 3 DESC, 1;
-- right: subquery: the loyal customers' ids chosen by a grouped count on orders
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE c.id IN (SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) >= 6)
GROUP BY c.id, c.name
ORDER BY spent DESC, c.name;
-- wrong: count-star: count(*) counts items, not orders
-- expect: Not expected in your result
SELECT c.name, count(*) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(*) >= 6
ORDER BY spent DESC, c.name;
-- wrong: count-star: the right filter, but count(*) still shown as the number of orders
-- expect: Missing from your result
SELECT c.name, count(*) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(DISTINCT o.id) >= 6
ORDER BY spent DESC, c.name;
-- wrong: other: > 6 leaves out the customers with exactly 6 orders
-- expect: Missing from your result
-- expect: Jason Davis
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(DISTINCT o.id) > 6
ORDER BY spent DESC, c.name;
-- wrong: wrong-aggregate: the quantity left out of the spending (these customers bought one of each)
-- expect: hidden copy
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(DISTINCT o.id) >= 6
ORDER BY spent DESC, c.name;
-- wrong: wrong-order: sorted by the number of orders
-- expect: wrong order
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(DISTINCT o.id) >= 6
ORDER BY orders DESC, c.name;
-- wrong: hard-coded: the visible customers typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT c.name, count(DISTINCT o.id) AS orders, round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE c.id IN (490, 226, 779, 1442, 59, 879, 428, 297, 1029, 1965)
GROUP BY c.id, c.name
ORDER BY spent DESC, c.name;

-- exercise: orders-best-sellers
-- right: order-position: ORDER BY 2 DESC, 1
SELECT p.name, sum(oi.quantity) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
GROUP BY p.id
ORDER BY 2 DESC, 1
LIMIT 10;
-- right: cte: units per product_id in a CTE
WITH sold AS (SELECT product_id, sum(quantity) AS units FROM orders_items GROUP BY product_id)
SELECT p.name, s.units
FROM sold AS s JOIN products AS p ON p.id = s.product_id
ORDER BY s.units DESC, p.name
LIMIT 10;
-- right: subquery: a correlated sum, products never sold left out
SELECT p.name, (SELECT sum(oi.quantity) FROM orders_items AS oi WHERE oi.product_id = p.id) AS units
FROM products AS p
WHERE EXISTS (SELECT 1 FROM orders_items AS oi WHERE oi.product_id = p.id)
ORDER BY units DESC, p.name
LIMIT 10;
-- right: limit-offset: LIMIT 0, 10 and comma join
SELECT p.name, sum(oi.quantity) AS units
FROM products AS p, orders_items AS oi
WHERE oi.product_id = p.id
GROUP BY p.id, p.name
ORDER BY units DESC, p.name
LIMIT 0, 10;
-- wrong: wrong-aggregate: count(*) counts order lines, not units
-- expect: Missing from your result
SELECT p.name, count(*) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
GROUP BY p.id, p.name
ORDER BY units DESC, p.name
LIMIT 10;
-- wrong: tie-break: no sort by name, so the tie at 10 units is cut in scan order
-- expect: Euro PC
SELECT p.name, sum(oi.quantity) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
GROUP BY p.id, p.name
ORDER BY units DESC
LIMIT 10;
-- wrong: offset: eleven rows
-- expect: 11 rows; the answer has 10
SELECT p.name, sum(oi.quantity) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
GROUP BY p.id, p.name
ORDER BY units DESC, p.name
LIMIT 11;
-- wrong: wrong-column: revenue instead of units
-- expect: Missing from your result
SELECT p.name, round(sum(oi.unit_price * oi.quantity), 2) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
GROUP BY p.id, p.name
ORDER BY units DESC, p.name
LIMIT 10;
-- wrong: hard-coded: the visible products' names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT p.name, sum(oi.quantity) AS units
FROM products AS p
JOIN orders_items AS oi ON oi.product_id = p.id
WHERE p.name IN ('Commodore 64', 'Amiga', 'ZX Spectrum', 'Apple II', 'BBC Micro', 'Imagination Machine',
  'Apple IIc', 'CEC-I Zhonghua', 'Apple IIGS', 'Euro PC')
GROUP BY p.id, p.name
ORDER BY units DESC, p.name;

-- exercise: orders-bought-with-spectrum
-- right: subquery: the other items of the orders that hold a Spectrum, counted by distinct order
SELECT p.name, count(DISTINCT oi.order_id) AS together
FROM orders_items AS oi
JOIN products AS p ON p.id = oi.product_id
WHERE oi.order_id IN (SELECT order_id FROM orders_items
                      WHERE product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum'))
  AND p.name <> 'ZX Spectrum'
GROUP BY p.id, p.name
HAVING count(DISTINCT oi.order_id) >= 2
ORDER BY together DESC, p.name;
-- right: exists: EXISTS a Spectrum item in the same order
SELECT p.name, count(*) AS together
FROM orders_items AS b
JOIN products AS p ON p.id = b.product_id
WHERE p.name <> 'ZX Spectrum'
  AND EXISTS (SELECT 1 FROM orders_items AS a JOIN products AS s ON s.id = a.product_id
              WHERE a.order_id = b.order_id AND s.name = 'ZX Spectrum')
GROUP BY p.id
HAVING together >= 2
ORDER BY together DESC, p.name;
-- right: join-style: the Spectrum found by a join on its name, the condition in WHERE
SELECT p.name, count(*) AS together
FROM products AS s
JOIN orders_items AS a ON a.product_id = s.id
JOIN orders_items AS b ON b.order_id = a.order_id
JOIN products AS p ON p.id = b.product_id
WHERE s.name = 'ZX Spectrum' AND p.id <> s.id
GROUP BY p.id, p.name
HAVING count(*) > 1
ORDER BY 2 DESC, 1;
-- right: cte: the Spectrum's orders in a CTE
WITH spectrum_orders AS (
  SELECT oi.order_id FROM orders_items AS oi JOIN products AS p ON p.id = oi.product_id
  WHERE p.name = 'ZX Spectrum'
)
SELECT p.name, count(*) AS together
FROM orders_items AS oi
JOIN spectrum_orders AS so ON so.order_id = oi.order_id
JOIN products AS p ON p.id = oi.product_id
WHERE p.name <> 'ZX Spectrum'
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC, p.name;
-- wrong: missing-condition: no <> test, so the Spectrum is paired with itself
-- expect: Not expected in your result
-- expect: ZX Spectrum
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN orders_items AS b ON b.order_id = a.order_id
JOIN products AS p ON p.id = b.product_id
WHERE a.product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum')
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC, p.name;
-- wrong: like: 'ZX%' also takes the ZX80 and ZX81 as Spectrums
-- expect: Not expected in your result
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN products AS s ON s.id = a.product_id
JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id
JOIN products AS p ON p.id = b.product_id
WHERE s.name LIKE 'ZX%'
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC, p.name;
-- wrong: other: > 2 leaves out the products bought with it exactly twice
-- expect: 6 rows; the answer has 22
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id
JOIN products AS p ON p.id = b.product_id
WHERE a.product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum')
GROUP BY p.id, p.name
HAVING count(*) > 2
ORDER BY together DESC, p.name;
-- wrong: tie-break: no sort by name among equal counts
-- expect: wrong order
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id
JOIN products AS p ON p.id = b.product_id
WHERE a.product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum')
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC;
-- wrong: wrong-column: grouped by the Spectrum's side, so one row for the Spectrum
-- expect: Missing from your result
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id
JOIN products AS p ON p.id = a.product_id
WHERE a.product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum')
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC, p.name;
-- wrong: hard-coded: the top of the visible list typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS name, column2 AS together FROM (VALUES
  ('Commodore 64', 147), ('Amiga', 119), ('Apple II', 47), ('BBC Micro', 19), ('MAX Machine', 3),
  ('Timex Sinclair 2048', 3), ('Aamber Pegasus', 2), ('Apple IIc', 2), ('CoBra', 2), ('Compucolor II', 2),
  ('Electron', 2), ('Euro PC', 2), ('Exidy Sorcerer', 2), ('FM Towns', 2), ('Grundy NewBrain', 2),
  ('IBM PS/1', 2), ('Orao', 2), ('P2000', 2), ('PMD 85', 2), ('Pecom 32', 2), ('Sord M5', 2), ('Video Genie', 2))
ORDER BY together DESC, name;

-- exercise: orders-eager-items
-- right: subquery: the customer's id looked up with IN, no join to customers
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE o.customer_id IN (SELECT id FROM customers WHERE name = 'Todd Sharp')
ORDER BY o.id, p.name;
-- right: order-position: ORDER BY 1, 3 and comma joins
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM customers AS c, orders AS o, orders_items AS oi, products AS p
WHERE o.customer_id = c.id AND oi.order_id = o.id AND p.id = oi.product_id
  AND c.name = 'Todd Sharp'
ORDER BY 1, 3;
-- right: other: the joins written from the items' side
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM orders_items AS oi
JOIN products AS p ON p.id = oi.product_id
JOIN orders AS o ON o.id = oi.order_id
JOIN customers AS c ON c.id = o.customer_id
WHERE c.name = 'Todd Sharp'
ORDER BY oi.order_id, p.name;
-- right: subquery: the product's name from a correlated subquery
SELECT o.id, o.timestamp,
       (SELECT p.name FROM products AS p WHERE p.id = oi.product_id) AS name,
       oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id, name;
-- wrong: tie-break: sorted by order only, the items of one order in scan order
-- expect: wrong order
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id;
-- wrong: wrong-column: the product's id instead of its name
-- expect: Missing from your result
SELECT o.id, o.timestamp, oi.product_id, oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id, oi.product_id;
-- wrong: wrong-column: the customer's name where the product's name belongs
-- expect: Missing from your result
SELECT o.id, o.timestamp, c.name, oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id, p.name;
-- wrong: hard-coded: his customer id and order ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE o.id IN (100, 4359, 4688)
ORDER BY o.id, p.name;
-- wrong: error: name is a column of both customers and products
-- expect: ambiguous column name
SELECT o.id, o.timestamp, name, oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id, p.name;
-- wrong: wrong-order: the order's items sorted by name descending
-- expect: wrong order
SELECT o.id, o.timestamp, p.name, oi.quantity, oi.unit_price
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE c.name = 'Todd Sharp'
ORDER BY o.id, p.name DESC;

-- exercise: orders-delete-customer
-- right: subquery: the customer picked by an IN subquery
DELETE FROM customers WHERE id IN (SELECT id FROM customers WHERE name = 'Nicholas Barnes');
-- right: other: every dependent row deleted by hand, children first
DELETE FROM orders_items
WHERE order_id IN (SELECT o.id FROM orders AS o JOIN customers AS c ON c.id = o.customer_id
                   WHERE c.name = 'Nicholas Barnes');
DELETE FROM orders
WHERE customer_id IN (SELECT id FROM customers WHERE name = 'Nicholas Barnes');
DELETE FROM product_reviews
WHERE customer_id IN (SELECT id FROM customers WHERE name = 'Nicholas Barnes');
DELETE FROM customers WHERE name = 'Nicholas Barnes';
-- right: other: inside a transaction
BEGIN;
DELETE FROM customers WHERE customers.name = 'Nicholas Barnes';
COMMIT;
-- right: exists: the customer picked by EXISTS on his own row
DELETE FROM customers
WHERE EXISTS (SELECT 1 FROM customers AS c WHERE c.id = customers.id AND c.name = 'Nicholas Barnes');
-- wrong: hard-coded: his id typed in
-- expect: hidden copy
-- expect: hard-coded
DELETE FROM customers WHERE id = 226;
-- wrong: like: 'Nicholas%' deletes every Nicholas
-- expect: Missing from customers
-- expect: Nicholas Lee
DELETE FROM customers WHERE name LIKE 'Nicholas%';
-- wrong: missing-condition: his orders deleted but the customer and his reviews kept
-- expect: customers
DELETE FROM orders WHERE customer_id = (SELECT id FROM customers WHERE name = 'Nicholas Barnes');
-- wrong: wrong-table-change: the wrong customer
-- expect: customers
DELETE FROM customers WHERE name = 'Nicholas Lee';
-- wrong: error: DELETE takes a single table
-- expect: syntax error
DELETE FROM customers, orders WHERE customers.name = 'Nicholas Barnes';
