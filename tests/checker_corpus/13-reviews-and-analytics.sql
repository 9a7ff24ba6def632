-- Checker corpus for lesson 13, "RetroFun: reviews and analytics".

-- exercise: analytics-orders-by-hour
-- right: date-function: the hour cut out of the ISO text with substr
SELECT substr(timestamp, 12, 2) AS hour, count(*) AS orders
FROM orders
GROUP BY substr(timestamp, 12, 2)
ORDER BY hour;
-- right: order-position: GROUP BY and ORDER BY by position
SELECT strftime('%H', timestamp) AS hour, count(*) AS orders
FROM orders
GROUP BY 1
ORDER BY 1;
-- right: date-function: time() first, then the first two characters
SELECT substr(time(timestamp), 1, 2) AS hour, count(id) AS orders
FROM orders
GROUP BY hour
ORDER BY hour ASC;
-- right: subquery: the hour computed in a derived table
SELECT hour, count(*) AS orders
FROM (SELECT strftime('%H', timestamp) AS hour FROM orders) AS o
GROUP BY hour
ORDER BY hour;
-- right: cte: the hours in a CTE
WITH hours AS (SELECT strftime('%H', timestamp) AS hour FROM orders)
SELECT hour, count(*) AS orders FROM hours GROUP BY hour ORDER BY hour;
-- wrong: wrong-column: the hour as a number, where the prompt asks for the two-digit text
-- expect: Not expected in your result
-- expect: (0, 193)
SELECT CAST(strftime('%H', timestamp) AS INTEGER) AS hour, count(*) AS orders
FROM orders
GROUP BY hour
ORDER BY hour;
-- wrong: wrong-column: %M is the minute, not the hour
-- expect: 60 rows; the answer has 24
SELECT strftime('%M', timestamp) AS hour, count(*) AS orders
FROM orders
GROUP BY hour
ORDER BY hour;
-- wrong: wrong-order: sorted by the number of orders instead of the hour
-- expect: wrong order
SELECT strftime('%H', timestamp) AS hour, count(*) AS orders
FROM orders
GROUP BY hour
ORDER BY orders DESC, hour;
-- wrong: wrong-aggregate: counts customers, not orders
-- expect: Missing from your result
SELECT strftime('%H', timestamp) AS hour, count(DISTINCT customer_id) AS orders
FROM orders
GROUP BY hour
ORDER BY hour;
-- wrong: hard-coded: the visible counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS hour, column2 AS orders FROM (VALUES
  ('00', 193), ('01', 213), ('02', 193), ('03', 184), ('04', 193), ('05', 201),
  ('06', 220), ('07', 194), ('08', 217), ('09', 222), ('10', 196), ('11', 197),
  ('12', 188), ('13', 190), ('14', 183), ('15', 199), ('16', 204), ('17', 186),
  ('18', 170), ('19', 211), ('20', 182), ('21', 187), ('22', 188), ('23', 217))
ORDER BY hour;

-- exercise: analytics-product-month-sales
-- right: date-function: the month cut out with substr
SELECT substr(o.timestamp, 1, 7) AS month, sum(oi.quantity) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE p.name = 'Commodore 64'
GROUP BY month
ORDER BY month;
-- right: subquery: the product's id looked up in a subquery, no join to products
SELECT strftime('%Y-%m', o.timestamp) AS month, sum(oi.quantity) AS units
FROM orders_items AS oi
JOIN orders AS o ON o.id = oi.order_id
WHERE oi.product_id = (SELECT id FROM products WHERE name = 'Commodore 64')
GROUP BY 1
ORDER BY 1;
-- right: join-style: comma joins with the conditions in WHERE
SELECT strftime('%Y', o.timestamp) || '-' || strftime('%m', o.timestamp) AS month,
       sum(oi.quantity) AS units
FROM orders o, orders_items oi, products p
WHERE oi.order_id = o.id AND p.id = oi.product_id AND p.name = 'Commodore 64'
GROUP BY month
ORDER BY month;
-- right: date-function: date() first, then the first seven characters
SELECT substr(date(o.timestamp), 1, 7) AS month, sum(oi.quantity) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
WHERE EXISTS (SELECT 1 FROM products AS p WHERE p.id = oi.product_id AND p.name = 'Commodore 64')
GROUP BY month
ORDER BY month;
-- right: cte: the Commodore 64 items in a CTE
WITH c64 AS (
  SELECT oi.order_id, oi.quantity
  FROM orders_items AS oi JOIN products AS p ON p.id = oi.product_id
  WHERE p.name = 'Commodore 64'
)
SELECT strftime('%Y-%m', o.timestamp) AS month, sum(c64.quantity) AS units
FROM c64 JOIN orders AS o ON o.id = c64.order_id
GROUP BY month
ORDER BY month;
-- wrong: wrong-aggregate: count(*) counts order lines, not units
-- expect: Missing from your result
-- expect: ('2022-01', 157)
SELECT strftime('%Y-%m', o.timestamp) AS month, count(*) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE p.name = 'Commodore 64'
GROUP BY month
ORDER BY month;
-- wrong: like: the pattern also matches the Commodore Executive 64
-- expect: Not expected in your result
-- expect: ('2022-02', 142)
SELECT strftime('%Y-%m', o.timestamp) AS month, sum(oi.quantity) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE p.name LIKE 'Commodore%64'
GROUP BY month
ORDER BY month;
-- wrong: wrong-column: the month alone (01, 02 …) instead of YYYY-MM
-- expect: Missing from your result
SELECT strftime('%m', o.timestamp) AS month, sum(oi.quantity) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
JOIN products AS p ON p.id = oi.product_id
WHERE p.name = 'Commodore 64'
GROUP BY month
ORDER BY month;
-- wrong: missing-condition: the units of every product
-- expect: Missing from your result
SELECT strftime('%Y-%m', o.timestamp) AS month, sum(oi.quantity) AS units
FROM orders AS o
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY month
ORDER BY month;
-- wrong: hard-coded: the visible monthly units typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS month, column2 AS units FROM (VALUES
  ('2022-01', 157), ('2022-02', 140), ('2022-03', 180), ('2022-04', 169),
  ('2022-05', 193), ('2022-06', 177), ('2022-07', 174), ('2022-08', 160),
  ('2022-09', 157), ('2022-10', 180), ('2022-11', 157), ('2022-12', 179))
ORDER BY month;

-- exercise: analytics-rated-products
-- right: group-by: grouped by the (unique) name only, HAVING with > 2
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.name
HAVING count(*) > 2
ORDER BY avg_rating DESC, p.name;
-- right: subquery: the groups in a derived table, filtered with WHERE outside
SELECT name, reviews, avg_rating
FROM (
  SELECT p.name, count(r.rating) AS reviews, round(avg(r.rating), 2) AS avg_rating
  FROM products AS p
  JOIN product_reviews AS r ON r.product_id = p.id
  GROUP BY p.id
) AS g
WHERE reviews >= 3
ORDER BY avg_rating DESC, name;
-- right: cte: aggregates per product id in a CTE, names joined afterwards
WITH stats AS (
  SELECT product_id, count(*) AS reviews, avg(rating) AS average
  FROM product_reviews
  GROUP BY product_id
  HAVING count(*) >= 3
)
SELECT p.name, s.reviews, round(s.average, 2) AS avg_rating
FROM stats AS s JOIN products AS p ON p.id = s.product_id
ORDER BY avg_rating DESC, p.name;
-- right: order-position: comma join, ORDER BY positions
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products p, product_reviews r
WHERE r.product_id = p.id
GROUP BY p.id, p.name
HAVING reviews >= 3
ORDER BY 3 DESC, 1;
-- wrong: offset: more than 3 reviews drops the products with exactly 3
-- expect: 9 rows; the answer has 28
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) > 3
ORDER BY avg_rating DESC, p.name;
-- wrong: error: an aggregate in WHERE
-- expect: misuse of aggregate
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
WHERE count(*) >= 3
GROUP BY p.id, p.name
ORDER BY avg_rating DESC, p.name;
-- wrong: other: the average not rounded
-- expect: rounding
SELECT p.name, count(*) AS reviews, avg(r.rating) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY avg_rating DESC, p.name;
-- wrong: tie-break: ties broken by the number of reviews instead of the name
-- expect: wrong order
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY avg_rating DESC, reviews DESC;
-- wrong: other: the average rounded to 1 decimal
-- expect: rounding
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 1) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY avg_rating DESC, p.name;
-- wrong: wrong-order: lowest average first
-- expect: wrong order
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY avg_rating, p.name;
-- wrong: hard-coded: the visible products listed by name instead of the HAVING
-- expect: hidden copy
-- expect: hard-coded
SELECT p.name, count(*) AS reviews, round(avg(r.rating), 2) AS avg_rating
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
WHERE p.name IN ('Aamber Pegasus', 'Acorn Atom', 'Amiga', 'Apple II', 'Apple II Plus',
  'Apple IIGS', 'Apple IIc', 'Atari 600XL', 'Atari 800XL', 'Atari ST', 'BBC Micro',
  'CEC-I Zhonghua', 'CPC 464', 'Commodore 16', 'Commodore 64', 'Compucolor II',
  'Imagination Machine', 'Iskra-1030', 'Komputer 2086', 'Lambda 8300', 'MAX Machine',
  'PC-1512', 'Pecom 32', 'Sharp X68000', 'Timex Computer 2068', 'Vector-06C', 'West PC-800',
  'ZX Spectrum')
GROUP BY p.id, p.name
ORDER BY avg_rating DESC, p.name;

-- exercise: analytics-rating-rank
-- right: cte: the averages in a CTE, ranked outside it by the alias
WITH rated AS (
  SELECT p.name, round(avg(r.rating), 2) AS avg_rating
  FROM products AS p
  JOIN product_reviews AS r ON r.product_id = p.id
  GROUP BY p.id, p.name
  HAVING count(*) >= 3
)
SELECT name, avg_rating, rank() OVER (ORDER BY avg_rating DESC) AS rating_rank
FROM rated
ORDER BY rating_rank, name;
-- right: subquery: the rank as 1 + the number of products with a higher rounded average
WITH rated AS (
  SELECT p.name, round(avg(r.rating), 2) AS avg_rating
  FROM products AS p
  JOIN product_reviews AS r ON r.product_id = p.id
  GROUP BY p.id
  HAVING count(*) >= 3
)
SELECT name, avg_rating,
       1 + (SELECT count(*) FROM rated AS better WHERE better.avg_rating > rated.avg_rating) AS rating_rank
FROM rated
ORDER BY rating_rank, name;
-- right: other: a named window
SELECT p.name, round(avg(r.rating), 2) AS avg_rating, rank() OVER w AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(r.rating) >= 3
WINDOW w AS (ORDER BY round(avg(r.rating), 2) DESC)
ORDER BY 3, 1;
-- right: subquery: a derived table, ranked outside
SELECT name, avg_rating, rank() OVER (ORDER BY avg_rating DESC) AS rating_rank
FROM (
  SELECT product_id, round(avg(rating), 2) AS avg_rating
  FROM product_reviews
  GROUP BY product_id
  HAVING count(*) >= 3
) AS g
JOIN products AS p ON p.id = g.product_id
ORDER BY rating_rank, name;
-- wrong: wrong-aggregate: dense_rank does not skip after ties
-- expect: Missing from your result
-- expect: ('Atari 600XL', 4.33, 6)
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       dense_rank() OVER (ORDER BY round(avg(r.rating), 2) DESC) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;
-- wrong: wrong-aggregate: row_number gives tied products different ranks
-- expect: Missing from your result
-- expect: ('Apple II Plus', 4.67, 1)
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       row_number() OVER (ORDER BY round(avg(r.rating), 2) DESC, p.name) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;
-- wrong: other: ranked by the unrounded average, so Amiga and Atari 800XL do not tie
-- expect: Missing from your result (1 row): ('Amiga', 3.75, 17)
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       rank() OVER (ORDER BY avg(r.rating) DESC) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;
-- wrong: wrong-order: ranked from the lowest average up
-- expect: Missing from your result
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       rank() OVER (ORDER BY round(avg(r.rating), 2)) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;
-- wrong: missing-condition: products with fewer than 3 reviews are ranked too
-- expect: 125 rows; the answer has 28
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       rank() OVER (ORDER BY round(avg(r.rating), 2) DESC) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
ORDER BY rating_rank, p.name;
-- wrong: error: the alias used inside the window's ORDER BY
-- expect: no such column: avg_rating
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       rank() OVER (ORDER BY avg_rating DESC) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;

-- exercise: analytics-running-reviews
-- right: subquery: the running total as a correlated count
WITH monthly AS (
  SELECT substr(timestamp, 1, 7) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY month
)
SELECT month, reviews,
       (SELECT sum(m2.reviews) FROM monthly AS m2 WHERE m2.month <= monthly.month) AS total_so_far
FROM monthly
ORDER BY month;
-- right: group-by: the window sum over count(*) in one query, no CTE
SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews,
       sum(count(*)) OVER (ORDER BY strftime('%Y-%m', timestamp)) AS total_so_far
FROM product_reviews
GROUP BY month
ORDER BY month;
-- right: other: an explicit window frame
WITH monthly AS (
  SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY 1
)
SELECT month, reviews,
       sum(reviews) OVER (ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS total_so_far
FROM monthly
ORDER BY 1;
-- right: date-function: the month from date(), the total from the reviews table itself
SELECT substr(date(r.timestamp), 1, 7) AS month, count(*) AS reviews,
       (SELECT count(*) FROM product_reviews AS r2
        WHERE substr(date(r2.timestamp), 1, 7) <= substr(date(r.timestamp), 1, 7)) AS total_so_far
FROM product_reviews AS r
GROUP BY month
ORDER BY month;
-- wrong: other: OVER () sums every month, not a running total
-- expect: Missing from your result
-- expect: ('2022-01', 140, 1437)
WITH monthly AS (
  SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY month
)
SELECT month, reviews, sum(reviews) OVER () AS total_so_far
FROM monthly
ORDER BY month;
-- wrong: wrong-order: the window runs from the last month backwards
-- expect: Missing from your result
-- expect: Not expected in your result (12 rows): ('2022-01', 140, 1437)
WITH monthly AS (
  SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY month
)
SELECT month, reviews, sum(reviews) OVER (ORDER BY month DESC) AS total_so_far
FROM monthly
ORDER BY month;
-- wrong: offset: the correlated total leaves out the month itself
-- expect: Missing from your result
-- expect: ('2022-01', 140, 0)
WITH monthly AS (
  SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY month
)
SELECT month, reviews,
       (SELECT coalesce(sum(m2.reviews), 0) FROM monthly AS m2 WHERE m2.month < monthly.month) AS total_so_far
FROM monthly
ORDER BY month;
-- wrong: hard-coded: the visible figures typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS month, column2 AS reviews, column3 AS total_so_far FROM (VALUES
  ('2022-01', 140, 140), ('2022-02', 91, 231), ('2022-03', 128, 359), ('2022-04', 115, 474),
  ('2022-05', 119, 593), ('2022-06', 112, 705), ('2022-07', 121, 826), ('2022-08', 116, 942),
  ('2022-09', 111, 1053), ('2022-10', 114, 1167), ('2022-11', 135, 1302), ('2022-12', 135, 1437))
ORDER BY month;
-- wrong: other: the running total without the monthly count
-- expect: Your result has 2 columns; the answer has 3
WITH monthly AS (
  SELECT strftime('%Y-%m', timestamp) AS month, count(*) AS reviews
  FROM product_reviews
  GROUP BY month
)
SELECT month, sum(reviews) OVER (ORDER BY month) AS total_so_far
FROM monthly
ORDER BY month;

-- exercise: analytics-revenue-change
-- right: subquery: the previous month's revenue looked up with a correlated subquery
WITH monthly AS (
  SELECT substr(o.timestamp, 1, 7) AS month, sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT m.month, round(m.revenue, 2) AS revenue,
       round(m.revenue - (SELECT p.revenue FROM monthly AS p WHERE p.month < m.month
                          ORDER BY p.month DESC LIMIT 1), 2) AS change
FROM monthly AS m
ORDER BY m.month;
-- right: join-style: a self-join of the CTE on the previous month
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month, sum(oi.quantity * oi.unit_price) AS revenue
  FROM orders o, orders_items oi
  WHERE oi.order_id = o.id
  GROUP BY 1
)
SELECT cur.month, round(cur.revenue, 2) AS revenue, round(cur.revenue - prev.revenue, 2) AS change
FROM monthly AS cur
LEFT JOIN monthly AS prev
  ON prev.month = (SELECT max(month) FROM monthly WHERE month < cur.month)
ORDER BY cur.month;
-- right: other: lag with its offset and default spelled out, and a named window
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(revenue - lag(revenue, 1, NULL) OVER w, 2) AS change
FROM monthly
WINDOW w AS (ORDER BY month)
ORDER BY month;
-- right: date-function: month from strftime('%Y') and strftime('%m'), the lag in a second CTE
WITH monthly AS (
  SELECT strftime('%Y', o.timestamp) || '-' || strftime('%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
), compared AS (
  SELECT month, revenue, lag(revenue) OVER (ORDER BY month) AS previous FROM monthly
)
SELECT month, round(revenue, 2) AS revenue, round(revenue - previous, 2) AS change
FROM compared
ORDER BY month;
-- wrong: other: the difference rounded to 1 decimal
-- expect: rounding
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(revenue - lag(revenue) OVER (ORDER BY month), 1) AS change
FROM monthly
ORDER BY month;
-- wrong: wrong-column: lead compares with the next month
-- expect: Missing from your result
-- expect: ('2022-01', 41918.56, 7121.14)
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(revenue - lead(revenue) OVER (ORDER BY month), 2) AS change
FROM monthly
ORDER BY month;
-- wrong: wrong-column: previous minus current, the sign reversed
-- expect: Missing from your result
-- expect: 7121.14
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(lag(revenue) OVER (ORDER BY month) - revenue, 2) AS change
FROM monthly
ORDER BY month;
-- wrong: inner-join: an inner self-join drops the first month
-- expect: 11 rows; the answer has 12
-- expect: ('2022-01', 41918.56, NULL)
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT cur.month, round(cur.revenue, 2) AS revenue, round(cur.revenue - prev.revenue, 2) AS change
FROM monthly AS cur
JOIN monthly AS prev ON prev.month = (SELECT max(month) FROM monthly WHERE month < cur.month)
ORDER BY cur.month;
-- wrong: wrong-aggregate: revenue without the quantity
-- expect: Missing from your result
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month, sum(oi.unit_price) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(revenue - lag(revenue) OVER (ORDER BY month), 2) AS change
FROM monthly
ORDER BY month;
-- exercise: analytics-articles-per-author
-- right: group-by: grouped by the (unique) author name, count of article ids
SELECT au.name, count(a.id) AS articles, count(DISTINCT a.language_id) AS languages
FROM blog_authors AS au
JOIN blog_articles AS a ON a.author_id = au.id
GROUP BY au.name
ORDER BY articles DESC, au.name;
-- right: subquery: correlated counts, authors without articles left out with EXISTS
SELECT au.name,
       (SELECT count(*) FROM blog_articles AS a WHERE a.author_id = au.id) AS articles,
       (SELECT count(DISTINCT a.language_id) FROM blog_articles AS a WHERE a.author_id = au.id) AS languages
FROM blog_authors AS au
WHERE EXISTS (SELECT 1 FROM blog_articles AS a WHERE a.author_id = au.id)
ORDER BY articles DESC, au.name;
-- right: cte: counts per author id, names joined afterwards
WITH per_author AS (
  SELECT author_id, count(*) AS articles, count(DISTINCT language_id) AS languages
  FROM blog_articles
  GROUP BY author_id
)
SELECT au.name, pa.articles, pa.languages
FROM per_author AS pa JOIN blog_authors AS au ON au.id = pa.author_id
ORDER BY 2 DESC, 1;
-- right: join-style: a comma join, languages counted through the languages table
SELECT au.name, count(*) AS articles, count(DISTINCT l.name) AS languages
FROM blog_authors au, blog_articles a, languages l
WHERE a.author_id = au.id AND l.id = a.language_id
GROUP BY au.id, au.name
ORDER BY articles DESC, au.name;
-- wrong: no-distinct: count(language_id) counts articles again
-- expect: Missing from your result
-- expect: ('Elizabeth Keller', 26, 26)
SELECT au.name, count(*) AS articles, count(a.language_id) AS languages
FROM blog_authors AS au
JOIN blog_articles AS a ON a.author_id = au.id
GROUP BY au.id, au.name
ORDER BY articles DESC, au.name;
-- wrong: tie-break: no tie-break by name for authors with as many articles
-- expect: wrong order
SELECT au.name, count(*) AS articles, count(DISTINCT a.language_id) AS languages
FROM blog_authors AS au
JOIN blog_articles AS a ON a.author_id = au.id
GROUP BY au.id, au.name
ORDER BY articles DESC;
-- wrong: wrong-column: the languages column missing
-- expect: Your result has 2 columns; the answer has 3
SELECT au.name, count(*) AS articles
FROM blog_authors AS au
JOIN blog_articles AS a ON a.author_id = au.id
GROUP BY au.id, au.name
ORDER BY articles DESC, au.name;
-- wrong: group-by: grouped by author and language, one row per pair
-- expect: 65 rows; the answer has 16
SELECT au.name, count(*) AS articles, count(DISTINCT a.language_id) AS languages
FROM blog_authors AS au
JOIN blog_articles AS a ON a.author_id = au.id
GROUP BY au.id, a.language_id
ORDER BY articles DESC, au.name;
-- wrong: hard-coded: the visible counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS name, column2 AS articles, column3 AS languages FROM (VALUES
  ('Elizabeth Keller', 26, 6), ('Cynthia Sharp', 24, 6), ('Robert Aguilar', 21, 6),
  ('Valerie Howard MD', 21, 5), ('Robert Bauer', 19, 6), ('David Contreras', 18, 6),
  ('Tammie Valdez', 17, 4), ('Samantha Fernandez', 14, 4), ('Katrina Cox', 13, 5),
  ('John Duffy', 11, 4), ('Taylor Castaneda', 8, 2), ('Dr. Vincent Mccullough', 7, 3),
  ('Amber Golden', 4, 2), ('Travis Rodriguez', 3, 3), ('Kim Hill', 2, 2), ('Mr. Terry Parker', 1, 1))
ORDER BY articles DESC, name;

-- exercise: analytics-most-translated
-- right: subquery: a correlated count, only for articles that have a translation
SELECT a.title,
       (SELECT count(*) FROM blog_articles AS t WHERE t.translation_of_id = a.id) AS translations
FROM blog_articles AS a
WHERE EXISTS (SELECT 1 FROM blog_articles AS t WHERE t.translation_of_id = a.id)
ORDER BY translations DESC, a.title;
-- right: cte: translations counted per original id, titles joined afterwards
WITH counts AS (
  SELECT translation_of_id AS id, count(*) AS translations
  FROM blog_articles
  WHERE translation_of_id IS NOT NULL
  GROUP BY translation_of_id
)
SELECT a.title, c.translations
FROM counts AS c JOIN blog_articles AS a ON a.id = c.id
ORDER BY 2 DESC, 1;
-- right: join-style: left join from the originals, keeping the groups that found a translation
SELECT orig.title, count(t.id) AS translations
FROM blog_articles AS orig
LEFT JOIN blog_articles AS t ON t.translation_of_id = orig.id
GROUP BY orig.id
HAVING count(t.id) > 0
ORDER BY translations DESC, orig.title;
-- right: group-by: grouped by the translation's pointer, comma self-join
SELECT orig.title, count(*) AS translations
FROM blog_articles t, blog_articles orig
WHERE orig.id = t.translation_of_id
GROUP BY t.translation_of_id
ORDER BY translations DESC, orig.title;
-- wrong: wrong-column: the translation's own title instead of the original's
-- expect: 66 rows; the answer has 29
-- expect: Not expected in your result
SELECT t.title, count(*) AS translations
FROM blog_articles AS t
JOIN blog_articles AS orig ON orig.id = t.translation_of_id
GROUP BY t.id, t.title
ORDER BY translations DESC, t.title;
-- wrong: count-star: a left join counts 1 for articles without translations
-- expect: 209 rows; the answer has 29
-- expect: Not expected in your result (180 rows)
SELECT orig.title, count(*) AS translations
FROM blog_articles AS orig
LEFT JOIN blog_articles AS t ON t.translation_of_id = orig.id
GROUP BY orig.id, orig.title
ORDER BY translations DESC, orig.title;
-- wrong: tie-break: no tie-break by title
-- expect: wrong order
SELECT orig.title, count(*) AS translations
FROM blog_articles AS t
JOIN blog_articles AS orig ON orig.id = t.translation_of_id
GROUP BY orig.id, orig.title
ORDER BY translations DESC;
-- wrong: offset: HAVING count(*) > 1 drops articles with a single translation
-- expect: 25 rows; the answer has 29
-- expect: ('Within across act song', 1)
SELECT orig.title, count(*) AS translations
FROM blog_articles AS t
JOIN blog_articles AS orig ON orig.id = t.translation_of_id
GROUP BY orig.id, orig.title
HAVING count(*) > 1
ORDER BY translations DESC, orig.title;
-- wrong: hard-coded: the visible titles and counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS title, column2 AS translations FROM (VALUES
  ('Business seven ability cup church similar itself', 3),
  ('Dark its near his president yes become', 3),
  ('Either company why once statement hair employee fill', 3),
  ('House yard social organization together', 3),
  ('Hundred music morning', 3),
  ('Land hand whatever art end', 3),
  ('Our activity public responsibility represent', 3),
  ('Personal expert though pass guy fill goal', 3),
  ('Political issue through American network for', 3),
  ('Show hit live they door', 3),
  ('Suggest garden recognize get focus most music', 3),
  ('Through quality former two adult represent direction', 3),
  ('Act call herself hear imagine Democrat', 2),
  ('Follow nice including wide chance', 2),
  ('Indeed address cover affect interest rule', 2),
  ('Management serve office idea', 2),
  ('Memory television cup guess wait sister including', 2),
  ('On administration top game special development', 2),
  ('On challenge nature eight mind box dinner language', 2),
  ('Organization type participant trial that movie along', 2),
  ('Pass outside consider citizen identify order find', 2),
  ('Range time market everyone window', 2),
  ('Record gun in', 2),
  ('Smile rise develop fire seek sure society do', 2),
  ('Stop poor important her author beat', 2),
  ('Avoid of series eye', 1),
  ('Reduce hope technology similar spend', 1),
  ('Whole series design', 1),
  ('Within across act song', 1))
ORDER BY translations DESC, title;

-- exercise: analytics-product-coverage
-- right: case: translations counted with sum(CASE …)
SELECT p.name, count(*) AS articles,
       sum(CASE WHEN a.translation_of_id IS NOT NULL THEN 1 ELSE 0 END) AS translations
FROM products AS p
JOIN blog_articles AS a ON a.product_id = p.id
GROUP BY p.id, p.name
ORDER BY articles DESC, p.name;
-- right: other: count(*) FILTER for the translations
SELECT p.name, count(*) AS articles, count(*) FILTER (WHERE a.translation_of_id IS NOT NULL) AS translations
FROM products p, blog_articles a
WHERE a.product_id = p.id
GROUP BY p.name
ORDER BY 2 DESC, 1;
-- right: join-style: left join, then HAVING drops products without articles
SELECT p.name, count(a.id) AS articles, count(a.translation_of_id) AS translations
FROM products AS p
LEFT JOIN blog_articles AS a ON a.product_id = p.id
GROUP BY p.id, p.name
HAVING count(a.id) >= 1
ORDER BY articles DESC, p.name;
-- right: subquery: correlated counts for the products that appear in blog_articles
SELECT p.name,
       (SELECT count(*) FROM blog_articles AS a WHERE a.product_id = p.id) AS articles,
       (SELECT count(*) FROM blog_articles AS a WHERE a.product_id = p.id AND a.translation_of_id IS NOT NULL) AS translations
FROM products AS p
WHERE p.id IN (SELECT product_id FROM blog_articles)
ORDER BY articles DESC, p.name;
-- right: case: sum of a boolean expression
SELECT p.name, count(*) AS articles, sum(a.translation_of_id IS NOT NULL) AS translations
FROM blog_articles AS a
JOIN products AS p ON p.id = a.product_id
GROUP BY a.product_id
ORDER BY articles DESC, p.name;
-- wrong: count-star: count(*) counts every article as a translation
-- expect: Missing from your result
-- expect: ('ZX Spectrum', 66, 66)
SELECT p.name, count(*) AS articles, count(*) AS translations
FROM products AS p
JOIN blog_articles AS a ON a.product_id = p.id
GROUP BY p.id, p.name
ORDER BY articles DESC, p.name;
-- wrong: count-star: a left join without HAVING keeps every product, with count(*) = 1
-- expect: 149 rows; the answer has 8
-- expect: ('464 Plus', 1, 0)
SELECT p.name, count(*) AS articles, count(a.translation_of_id) AS translations
FROM products AS p
LEFT JOIN blog_articles AS a ON a.product_id = p.id
GROUP BY p.id, p.name
ORDER BY articles DESC, p.name;
-- wrong: missing-condition: only the translations are counted as articles
-- expect: 6 rows; the answer has 8
-- expect: ('BBC Micro', 8, 0)
SELECT p.name, count(*) AS articles, count(*) AS translations
FROM products AS p
JOIN blog_articles AS a ON a.product_id = p.id
WHERE a.translation_of_id IS NOT NULL
GROUP BY p.id, p.name
ORDER BY articles DESC, p.name;
-- wrong: wrong-order: sorted by name only
-- expect: wrong order
SELECT p.name, count(*) AS articles, count(a.translation_of_id) AS translations
FROM products AS p
JOIN blog_articles AS a ON a.product_id = p.id
GROUP BY p.id, p.name
ORDER BY p.name;
-- wrong: hard-coded: the visible figures typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS name, column2 AS articles, column3 AS translations FROM (VALUES
  ('ZX Spectrum', 66, 17), ('Commodore 64', 49, 16), ('TRS-80 Color Computer', 21, 8),
  ('Amiga', 18, 8), ('Apple II', 13, 5), ('BBC Micro', 8, 0), ('TI-99/4A', 7, 2),
  ('Commodore 128', 2, 0))
ORDER BY articles DESC, name;
