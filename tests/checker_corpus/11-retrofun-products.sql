-- Checker corpus for lessons/11-retrofun-products.md (dataset: retrofun).

-- exercise: products-per-manufacturer
-- right: order-position: ORDER BY 2 DESC, 1 and HAVING on the alias
SELECT m.name, count(*) AS products
FROM manufacturers AS m
JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id
HAVING products >= 4
ORDER BY 2 DESC, 1;
-- right: subquery: counts per manufacturer_id in a derived table
SELECT m.name, c.products
FROM manufacturers AS m
JOIN (SELECT manufacturer_id, count(*) AS products FROM products GROUP BY manufacturer_id) AS c
  ON c.manufacturer_id = m.id
WHERE c.products >= 4
ORDER BY c.products DESC, m.name;
-- right: join-style: comma join, count(p.id), HAVING > 3
SELECT m.name, count(p.id) AS products
FROM manufacturers AS m, products AS p
WHERE p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING count(p.id) > 3
ORDER BY count(p.id) DESC, m.name;
-- right: subquery: a correlated count, filtered in WHERE
SELECT m.name, (SELECT count(*) FROM products AS p WHERE p.manufacturer_id = m.id) AS products
FROM manufacturers AS m
WHERE (SELECT count(*) FROM products AS p WHERE p.manufacturer_id = m.id) >= 4
ORDER BY products DESC, m.name;
-- right: cte: counts in a CTE
WITH counts AS (
  SELECT manufacturer_id, count(*) AS n FROM products GROUP BY manufacturer_id
)
SELECT m.name, counts.n AS products
FROM counts JOIN manufacturers AS m ON m.id = counts.manufacturer_id
WHERE counts.n >= 4
ORDER BY products DESC, m.name;
-- wrong: other: > 4 leaves out the manufacturers with exactly 4 products
-- expect: Missing from your result
-- expect: Sinclair Research
SELECT m.name, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING count(*) > 4
ORDER BY products DESC, m.name;
-- wrong: missing-condition: no HAVING, every manufacturer
-- expect: the answer has 8
SELECT m.name, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
ORDER BY products DESC, m.name;
-- wrong: tie-break: no sort by name, so manufacturers with the same count come in scan order
-- expect: no set order
SELECT m.name, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING count(*) >= 4
ORDER BY products DESC;
-- wrong: wrong-column: the count is not named products
-- expect: column named `products`
SELECT m.name, count(*)
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING count(*) >= 4
ORDER BY count(*) DESC, m.name;
-- wrong: hard-coded: the visible manufacturers typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT m.name, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
WHERE m.id IN (14, 2, 8, 1, 5, 52, 70, 63)
GROUP BY m.id, m.name
ORDER BY products DESC, m.name;
-- wrong: error: an aggregate condition in WHERE
-- expect: misuse of aggregate
SELECT m.name, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
WHERE count(*) >= 4
GROUP BY m.id, m.name
ORDER BY products DESC, m.name;

-- exercise: products-manufacturer-span
-- right: other: the span condition written as max(year) >= min(year) + 5
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m
JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id
HAVING max(p.year) >= min(p.year) + 5
ORDER BY min(p.year), m.name;
-- right: subquery: the aggregates in a derived table, the span filtered with WHERE
SELECT name, first_year, last_year, products
FROM (
  SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
  FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
  GROUP BY m.id, m.name
)
WHERE last_year - first_year >= 5
ORDER BY first_year, name;
-- right: order-position: ORDER BY 2, 1 and HAVING on the aliases
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM products AS p
JOIN manufacturers AS m ON m.id = p.manufacturer_id
GROUP BY m.id, m.name
HAVING last_year - first_year > 4
ORDER BY 2, 1;
-- right: cte: per-manufacturer spans in a CTE
WITH span AS (
  SELECT manufacturer_id, min(year) AS first_year, max(year) AS last_year, count(*) AS products
  FROM products GROUP BY manufacturer_id
)
SELECT m.name, s.first_year, s.last_year, s.products
FROM span AS s JOIN manufacturers AS m ON m.id = s.manufacturer_id
WHERE s.last_year - s.first_year >= 5
ORDER BY s.first_year, m.name;
-- wrong: other: > 5 leaves out the manufacturers whose span is exactly 5 years
-- expect: Missing from your result
-- expect: Philips
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) > 5
ORDER BY first_year, m.name;
-- wrong: tie-break: sorted by first year only, manufacturers of the same year in scan order
-- expect: no set order
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) >= 5
ORDER BY first_year;
-- wrong: wrong-aggregate: min and max swapped
-- expect: Missing from your result
SELECT m.name, max(p.year) AS first_year, min(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) >= 5
ORDER BY min(p.year), m.name;
-- wrong: wrong-column: the product count left out
-- expect: columns
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) >= 5
ORDER BY first_year, m.name;
-- wrong: wrong-order: sorted by name only
-- expect: wrong order
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) >= 5
ORDER BY m.name;
-- wrong: hard-coded: the visible manufacturers' names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m JOIN products AS p ON p.manufacturer_id = m.id
WHERE m.name IN ('Apple Computer', 'Commodore', 'Radio Shack', 'Sord Computer Corporation', 'Atari, Inc.',
  'Sharp', 'Acorn Computers Ltd', 'Philips', 'Pravetz', 'Fujitsu', 'Amstrad', 'IBM',
  'Atari Corporation')
GROUP BY m.id, m.name
ORDER BY first_year, m.name;

-- exercise: products-made-in-japan
-- right: subquery: the country's id looked up in a subquery, one join fewer
SELECT p.name, p.year
FROM products AS p
JOIN products_countries AS pc ON pc.product_id = p.id
WHERE pc.country_id = (SELECT id FROM countries WHERE name = 'Japan')
ORDER BY p.year, p.name;
-- right: exists: EXISTS over the join table and countries
SELECT p.name, p.year
FROM products AS p
WHERE EXISTS (
  SELECT 1 FROM products_countries AS pc JOIN countries AS c ON c.id = pc.country_id
  WHERE pc.product_id = p.id AND c.name = 'Japan'
)
ORDER BY p.year, p.name;
-- right: subquery: nested IN subqueries
SELECT name, year FROM products
WHERE id IN (SELECT product_id FROM products_countries
             WHERE country_id IN (SELECT id FROM countries WHERE name = 'Japan'))
ORDER BY year, name;
-- right: order-position: comma join and ORDER BY 2, 1
SELECT p.name, p.year
FROM products AS p, products_countries AS pc, countries AS c
WHERE pc.product_id = p.id AND c.id = pc.country_id AND c.name = 'Japan'
ORDER BY 2, 1;
-- right: other: the joins written from the country side
SELECT p.name, p.year
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
WHERE c.name = 'Japan'
ORDER BY p.year ASC, p.name ASC;
-- wrong: tie-break: sorted by year only, products of the same year in join order
-- expect: no set order
SELECT p.name, p.year
FROM products AS p
JOIN products_countries AS pc ON pc.product_id = p.id
JOIN countries AS c ON c.id = pc.country_id
WHERE c.name = 'Japan'
ORDER BY p.year;
-- wrong: wrong-order: newest first
-- expect: wrong order
SELECT p.name, p.year
FROM products AS p
JOIN products_countries AS pc ON pc.product_id = p.id
JOIN countries AS c ON c.id = pc.country_id
WHERE c.name = 'Japan'
ORDER BY p.year DESC, p.name;
-- wrong: error: name is a column of both products and countries
-- expect: ambiguous column name
SELECT name, year
FROM products AS p
JOIN products_countries AS pc ON pc.product_id = p.id
JOIN countries AS c ON c.id = pc.country_id
WHERE c.name = 'Japan'
ORDER BY year, name;
-- wrong: wrong-column: the join table joined to countries on the product id
-- expect: Missing from your result
SELECT p.name, p.year
FROM products AS p
JOIN products_countries AS pc ON pc.product_id = p.id
JOIN countries AS c ON c.id = pc.product_id
WHERE c.name = 'Japan'
ORDER BY p.year, p.name;
-- wrong: hard-coded: the visible products' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT name, year FROM products
WHERE id IN (129, 122, 96, 97, 71, 123, 130, 95, 121, 144, 124, 70)
ORDER BY year, name;

-- exercise: products-per-country
-- right: join-style: through products as well, count(p.id)
SELECT c.name, count(p.id) AS products
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
GROUP BY c.id
HAVING count(p.id) >= 4
ORDER BY products DESC, c.name;
-- right: order-position: ORDER BY 2 DESC, 1 and HAVING on the alias
SELECT c.name, count(*) AS products
FROM countries AS c, products_countries AS pc
WHERE pc.country_id = c.id
GROUP BY c.id, c.name
HAVING products > 3
ORDER BY 2 DESC, 1;
-- right: subquery: counts per country_id in a derived table
SELECT c.name, x.products
FROM (SELECT country_id, count(*) AS products FROM products_countries GROUP BY country_id) AS x
JOIN countries AS c ON c.id = x.country_id
WHERE x.products >= 4
ORDER BY x.products DESC, c.name;
-- right: subquery: a correlated count
SELECT c.name, (SELECT count(*) FROM products_countries AS pc WHERE pc.country_id = c.id) AS products
FROM countries AS c
WHERE (SELECT count(*) FROM products_countries AS pc WHERE pc.country_id = c.id) >= 4
ORDER BY products DESC, c.name;
-- wrong: other: > 4 leaves out the countries with exactly 4 products
-- expect: Missing from your result
-- expect: Netherlands
SELECT c.name, count(*) AS products
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
GROUP BY c.id, c.name
HAVING count(*) > 4
ORDER BY products DESC, c.name;
-- wrong: tie-break: no sort by name, so Hong Kong, USSR and Portugal come in id order
-- expect: wrong order
SELECT c.name, count(*) AS products
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
GROUP BY c.id, c.name
HAVING count(*) >= 4
ORDER BY products DESC;
-- wrong: missing-condition: no HAVING
-- expect: the answer has 10
SELECT c.name, count(*) AS products
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
GROUP BY c.id, c.name
ORDER BY products DESC, c.name;
-- wrong: wrong-column: the count is not named products
-- expect: column named `products`
SELECT c.name, count(*) AS n
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
GROUP BY c.id, c.name
HAVING count(*) >= 4
ORDER BY n DESC, c.name;
-- wrong: hard-coded: the visible counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT name, CASE name WHEN 'USA' THEN 51 WHEN 'UK' THEN 36 WHEN 'Japan' THEN 12
  WHEN 'Czechoslovakia' THEN 5 WHEN 'Brazil' THEN 4 WHEN 'Croatia' THEN 4 WHEN 'Netherlands' THEN 4
  ELSE 6 END AS products
FROM countries
WHERE name IN ('USA', 'UK', 'Japan', 'Hong Kong', 'Portugal', 'USSR', 'Czechoslovakia', 'Brazil', 'Croatia', 'Netherlands')
ORDER BY products DESC, name;

-- exercise: products-asian-makers
-- right: other: OR instead of IN, joins starting from products
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM products AS p
JOIN manufacturers AS m ON m.id = p.manufacturer_id
JOIN products_countries AS pc ON pc.product_id = p.id
JOIN countries AS c ON c.id = pc.country_id
WHERE c.name = 'Hong Kong' OR c.name = 'Taiwan'
ORDER BY c.name, p.name;
-- right: order-position: ORDER BY 1, 2 and comma joins
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c, products_countries AS pc, products AS p, manufacturers AS m
WHERE pc.country_id = c.id AND p.id = pc.product_id AND m.id = p.manufacturer_id
  AND c.name IN ('Taiwan', 'Hong Kong')
ORDER BY 1, 2;
-- right: subquery: the manufacturer's name from a correlated subquery
SELECT c.name AS country, p.name AS product,
       (SELECT m.name FROM manufacturers AS m WHERE m.id = p.manufacturer_id) AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
WHERE c.name IN ('Hong Kong', 'Taiwan')
ORDER BY country, product;
-- right: other: UNION ALL of the two countries, then sorted
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name = 'Hong Kong'
UNION ALL
SELECT c.name, p.name, m.name
FROM countries AS c JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name = 'Taiwan'
ORDER BY country, product;
-- wrong: missing-condition: Taiwan forgotten
-- expect: Missing from your result
-- expect: Microprofessor III
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name = 'Hong Kong'
ORDER BY country, product;
-- wrong: other: AND where the prompt means either country
-- expect: 0 rows; the answer has 7
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name = 'Hong Kong' AND c.name = 'Taiwan'
ORDER BY country, product;
-- wrong: wrong-order: sorted by product only
-- expect: wrong order
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name IN ('Hong Kong', 'Taiwan')
ORDER BY product;
-- wrong: wrong-column: no column aliases, so three columns called name
-- expect: column named `country`
SELECT c.name, p.name, m.name
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE c.name IN ('Hong Kong', 'Taiwan')
ORDER BY c.name, p.name;
-- wrong: wrong-column: the manufacturer's id instead of its name
-- expect: Missing from your result
SELECT c.name AS country, p.name AS product, p.manufacturer_id AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
WHERE c.name IN ('Hong Kong', 'Taiwan')
ORDER BY country, product;
-- wrong: hard-coded: the visible products' names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT c.name AS country, p.name AS product, m.name AS manufacturer
FROM countries AS c
JOIN products_countries AS pc ON pc.country_id = c.id
JOIN products AS p ON p.id = pc.product_id
JOIN manufacturers AS m ON m.id = p.manufacturer_id
WHERE p.name IN ('Colour Genie', 'Comx-35', 'Lambda 8300', 'Rabbit RX83', 'VTech Laser 200', 'Video Genie', 'Microprofessor III')
  AND c.name IN ('Hong Kong', 'Taiwan')
ORDER BY country, product;

-- exercise: products-add-with-relations
-- right: subquery: VALUES with the ids looked up in subqueries, as lesson 04 teaches
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
VALUES ('Forge 64', (SELECT id FROM manufacturers WHERE name = 'Byte Forge'), 1985, '6510');
INSERT INTO products_countries (product_id, country_id)
VALUES ((SELECT id FROM products WHERE name = 'Forge 64'), (SELECT id FROM countries WHERE name = 'Germany')),
       ((SELECT id FROM products WHERE name = 'Forge 64'), (SELECT id FROM countries WHERE name = 'USA'));
-- right: other: last_insert_rowid() for the new manufacturer and product
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu) VALUES ('Forge 64', last_insert_rowid(), 1985, '6510');
INSERT INTO products_countries (product_id, country_id)
SELECT last_insert_rowid(), id FROM countries WHERE name = 'Germany';
INSERT INTO products_countries (product_id, country_id)
SELECT (SELECT id FROM products WHERE name = 'Forge 64'), id FROM countries WHERE name = 'USA';
-- right: other: a join between products and countries with JOIN ... ON 1, inside a transaction
BEGIN;
INSERT INTO manufacturers (name) SELECT 'Byte Forge';
INSERT INTO products (manufacturer_id, name, cpu, year)
SELECT m.id, 'Forge 64', '6510', 1985 FROM manufacturers AS m WHERE m.name = 'Byte Forge';
INSERT INTO products_countries (country_id, product_id)
SELECT c.id, p.id FROM countries AS c JOIN products AS p ON p.name = 'Forge 64'
WHERE c.name = 'Germany' OR c.name = 'USA';
COMMIT;
-- right: other: number literals for year and cpu, which the column types turn into 1985 and '6510'
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, '1985', 6510 FROM manufacturers WHERE name = 'Byte Forge';
INSERT INTO products_countries (product_id, country_id)
SELECT p.id, c.id FROM products AS p CROSS JOIN countries AS c
WHERE p.name = 'Forge 64' AND c.name IN ('USA', 'Germany');
-- wrong: hard-coded: the new ids and the countries' ids typed in
-- expect: hidden copy
-- expect: hard-coded
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu) VALUES ('Forge 64', 77, 1985, '6510');
INSERT INTO products_countries (product_id, country_id) VALUES (150, 18), (150, 3);
-- wrong: like: LIKE '%Germany' also matches East Germany
-- expect: Not expected in products_countries
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, 1985, '6510' FROM manufacturers WHERE name = 'Byte Forge';
INSERT INTO products_countries (product_id, country_id)
SELECT p.id, c.id FROM products AS p, countries AS c
WHERE p.name = 'Forge 64' AND (c.name LIKE '%Germany' OR c.name = 'USA');
-- wrong: missing-condition: only one of the two countries
-- expect: Missing from products_countries
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, 1985, '6510' FROM manufacturers WHERE name = 'Byte Forge';
INSERT INTO products_countries (product_id, country_id)
SELECT p.id, c.id FROM products AS p, countries AS c
WHERE p.name = 'Forge 64' AND c.name = 'USA';
-- wrong: error: the product first, so its manufacturer lookup finds nothing
-- expect: NOT NULL constraint failed
INSERT INTO products (name, manufacturer_id, year, cpu)
VALUES ('Forge 64', (SELECT id FROM manufacturers WHERE name = 'Byte Forge'), 1985, '6510');
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
-- wrong: missing-condition: the countries cross-joined with every product
-- expect: Not expected in products_countries
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, 1985, '6510' FROM manufacturers WHERE name = 'Byte Forge';
INSERT OR IGNORE INTO products_countries (product_id, country_id)
SELECT p.id, c.id FROM products AS p, countries AS c
WHERE c.name IN ('Germany', 'USA');
-- wrong: wrong-table-change: the year typed wrong
-- expect: products
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, 1984, '6510' FROM manufacturers WHERE name = 'Byte Forge';
INSERT INTO products_countries (product_id, country_id)
SELECT p.id, c.id FROM products AS p, countries AS c
WHERE p.name = 'Forge 64' AND c.name IN ('Germany', 'USA');
