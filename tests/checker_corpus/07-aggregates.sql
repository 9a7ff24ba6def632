-- Checker corpus for lessons/07-aggregates.md (dataset: books).

-- exercise: agg-king-publisher-count
-- right: subquery: count the rows of a SELECT DISTINCT
SELECT count(publisher_id)
FROM (
  SELECT DISTINCT bp.publisher_id
  FROM author AS a
  JOIN book AS b ON b.author_id = a.author_id
  JOIN book_publisher AS bp ON bp.book_id = b.book_id
  WHERE a.last_name = 'King'
);
-- right: subquery: nested IN subqueries, no joins
SELECT count(DISTINCT publisher_id)
FROM book_publisher
WHERE book_id IN (
  SELECT book_id FROM book WHERE author_id IN (SELECT author_id FROM author WHERE last_name = 'King')
);
-- right: group-by: one row per publisher in a subquery, counted outside
SELECT count(*) AS publishers
FROM (
  SELECT bp.publisher_id
  FROM author AS a
  JOIN book AS b ON b.author_id = a.author_id
  JOIN book_publisher AS bp ON bp.book_id = b.book_id
  WHERE a.last_name = 'King' AND bp.publisher_id IS NOT NULL
  GROUP BY bp.publisher_id
);
-- right: join-style: JOIN … USING, filtered on the full name
SELECT count(DISTINCT publisher_id) AS king_publishers
FROM author
JOIN book USING (author_id)
JOIN book_publisher USING (book_id)
WHERE first_name = 'Stephen' AND last_name = 'King';
-- right: exists: publishers having a link row to a King book, counted
SELECT count(*)
FROM publisher AS p
WHERE EXISTS (
  SELECT 1
  FROM book_publisher AS bp
  JOIN book AS b ON b.book_id = bp.book_id
  JOIN author AS a ON a.author_id = b.author_id
  WHERE bp.publisher_id = p.publisher_id AND a.last_name = 'King'
);
-- wrong: no-distinct: count(*) counts the (book, publisher) rows
-- expect: Missing from your result
-- expect: (2)
SELECT count(*)
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE a.last_name = 'King';
-- wrong: wrong-column: distinct books counted instead of publishers
-- expect: Not expected in your result
-- expect: (3)
SELECT count(DISTINCT b.book_id)
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE a.last_name = 'King';
-- wrong: other: grouped by book, so one count per book
-- expect: 3 rows; the answer has 1
SELECT count(DISTINCT bp.publisher_id)
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE a.last_name = 'King'
GROUP BY b.book_id;
-- wrong: hard-coded: the visible number typed in
-- expect: hard-coded
SELECT 2;
-- wrong: error: DISTINCT written as a function of two columns
-- expect: row value misused
SELECT count(DISTINCT(bp.publisher_id, b.book_id))
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE a.last_name = 'King';

-- exercise: agg-king-title-lengths
-- right: subquery: King's books picked with an IN subquery, named columns
SELECT min(length(title)) AS shortest, max(length(title)) AS longest
FROM book
WHERE author_id IN (SELECT author_id FROM author WHERE last_name = 'King');
-- right: cte: the lengths computed in a CTE first
WITH lengths AS (
  SELECT length(b.title) AS n
  FROM book AS b
  JOIN author AS a ON a.author_id = b.author_id
  WHERE a.last_name = 'King'
)
SELECT min(n), max(n) FROM lengths;
-- right: join-style: JOIN … USING, filtered on the full name
SELECT min(length(title)), max(length(title))
FROM author
JOIN book USING (author_id)
WHERE first_name = 'Stephen' AND last_name = 'King';
-- right: subquery: each extreme from its own ordered subquery
SELECT
  (SELECT length(b.title) FROM book AS b JOIN author AS a ON a.author_id = b.author_id
   WHERE a.last_name = 'King' AND b.title IS NOT NULL ORDER BY length(b.title) LIMIT 1),
  (SELECT length(b.title) FROM book AS b JOIN author AS a ON a.author_id = b.author_id
   WHERE a.last_name = 'King' AND b.title IS NOT NULL ORDER BY length(b.title) DESC LIMIT 1);
-- wrong: wrong-aggregate: min and max of the titles themselves
-- expect: Not expected in your result
-- expect: 'Dead Zone'
SELECT min(b.title), max(b.title)
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE a.last_name = 'King';
-- wrong: missing-condition: every book's lengths
-- expect: Not expected in your result
-- expect: 51
SELECT min(length(b.title)), max(length(b.title))
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id;
-- wrong: wrong-order: maximum first, then minimum
-- expect: Not expected in your result
-- expect: (11, 2)
SELECT max(length(b.title)), min(length(b.title))
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE a.last_name = 'King';
-- wrong: other: the average returned as well
-- expect: columns
SELECT min(length(b.title)), max(length(b.title)), avg(length(b.title))
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE a.last_name = 'King';
-- wrong: hard-coded: the visible numbers typed in
-- expect: hard-coded
SELECT 2, 11;
-- wrong: other: one row per book instead of one summary row
-- expect: 3 rows; the answer has 1
SELECT min(length(b.title)), max(length(b.title))
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE a.last_name = 'King'
GROUP BY b.book_id;

-- exercise: agg-books-per-publisher
-- right: order-position: ORDER BY positions
SELECT p.name, count(*)
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id
ORDER BY 2 DESC, 1;
-- right: distinct: count(DISTINCT bp.book_id) counts books
SELECT p.name, count(DISTINCT bp.book_id) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY books DESC, p.name;
-- right: subquery: a correlated count, publishers without books left out
SELECT p.name,
       (SELECT count(*) FROM book_publisher AS bp WHERE bp.publisher_id = p.publisher_id) AS books
FROM publisher AS p
WHERE p.publisher_id IN (SELECT publisher_id FROM book_publisher)
ORDER BY books DESC, p.name, p.publisher_id;
-- right: cte: count the link table in a CTE, then join the names
WITH counts AS (
  SELECT publisher_id, count(*) AS n FROM book_publisher GROUP BY publisher_id
)
SELECT p.name, c.n
FROM counts AS c
JOIN publisher AS p ON p.publisher_id = c.publisher_id
ORDER BY c.n DESC, p.name;
-- right: join-style: JOIN … USING, sorting by the count expression
SELECT name, count(book_id) AS number_of_books
FROM publisher
JOIN book_publisher USING (publisher_id)
GROUP BY publisher_id
ORDER BY count(book_id) DESC, name;
-- right: other: a LEFT JOIN so that a publisher with no book shows 0 ("for every publisher")
SELECT p.name, count(bp.book_id) AS books
FROM publisher AS p
LEFT JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY books DESC, p.name, p.publisher_id;
-- wrong: tie-break: only the count sorted; two pairs of publishers tie
-- expect: no set order
-- expect: ORDER BY books DESC, p.name, p.publisher_id
SELECT p.name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY books DESC;
-- wrong: wrong-order: sorted by name only
-- expect: wrong order
SELECT p.name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: other: authors counted through author_publisher instead of books
-- expect: Missing from your result
-- expect: 'Random House', 4
SELECT p.name, count(*) AS books
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY books DESC, p.name;
-- wrong: error: sorted by an alias never given
-- expect: no such column: books
SELECT p.name, count(*)
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
ORDER BY books DESC, p.name;
-- wrong: missing-condition: no GROUP BY, one row for everything
-- expect: 1 row; the answer has 4
SELECT p.name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
ORDER BY books DESC, p.name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Random House' AS name, 4 AS books
UNION ALL SELECT 'Simon & Schuster', 4
UNION ALL SELECT 'Berkley', 2
UNION ALL SELECT 'Penguin Random House', 2;

-- exercise: agg-busy-publishers
-- right: distinct: count(DISTINCT ap.author_id) in HAVING
SELECT p.name, count(DISTINCT ap.author_id) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
HAVING count(DISTINCT ap.author_id) >= 3
ORDER BY p.name;
-- right: other: HAVING count(*) > 2, ORDER BY position
SELECT p.name, count(*)
FROM publisher p
JOIN author_publisher ap ON p.publisher_id = ap.publisher_id
GROUP BY p.publisher_id
HAVING count(*) > 2
ORDER BY 1, p.publisher_id;
-- right: subquery: the grouped query wrapped, filtered with WHERE outside
SELECT name, authors
FROM (
  SELECT p.publisher_id, p.name, count(*) AS authors
  FROM publisher AS p
  JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
  GROUP BY p.publisher_id, p.name
)
WHERE authors >= 3
ORDER BY name, publisher_id;
-- right: subquery: correlated counts, no GROUP BY
SELECT p.name,
       (SELECT count(*) FROM author_publisher AS ap WHERE ap.publisher_id = p.publisher_id) AS authors
FROM publisher AS p
WHERE (SELECT count(*) FROM author_publisher AS ap WHERE ap.publisher_id = p.publisher_id) >= 3
ORDER BY p.name, p.publisher_id;
-- right: cte: counts per publisher id in a CTE
WITH counts AS (
  SELECT publisher_id, count(author_id) AS n FROM author_publisher GROUP BY publisher_id
)
SELECT p.name, c.n
FROM publisher AS p
JOIN counts AS c USING (publisher_id)
WHERE c.n >= 3
ORDER BY p.name;
-- wrong: other: more than three instead of at least three
-- expect: 1 row; the answer has 2
-- expect: 'Random House'
SELECT p.name, count(*) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
HAVING count(*) > 3
ORDER BY p.name;
-- wrong: other: book_publisher counted instead of author_publisher
-- expect: Missing from your result
-- expect: 'Random House', 3
SELECT p.name, count(*) AS authors
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
HAVING count(*) >= 3
ORDER BY p.name;
-- wrong: error: the count tested in WHERE
-- expect: misuse of aggregate
SELECT p.name, count(*) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
WHERE count(*) >= 3
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: other: only the names
-- expect: columns
SELECT p.name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
HAVING count(*) >= 3
ORDER BY p.name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Random House' AS name, 3 AS authors UNION ALL SELECT 'Simon & Schuster', 4;
-- wrong: wrong-order: sorted by the count, highest first
-- expect: wrong order
SELECT p.name, count(*) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
GROUP BY p.publisher_id, p.name
HAVING count(*) >= 3
ORDER BY authors DESC;

-- exercise: agg-most-prolific-author
-- right: limit-offset: LIMIT 0, 1 and ORDER BY positions
SELECT a.first_name, a.last_name, count(*)
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY 3 DESC, 2, 1, a.author_id
LIMIT 0, 1;
-- right: cte: counts in a CTE, the maximum picked with a subquery
WITH counts AS (
  SELECT author_id, count(*) AS n FROM book GROUP BY author_id
)
SELECT a.first_name, a.last_name, c.n AS books
FROM counts AS c
JOIN author AS a ON a.author_id = c.author_id
WHERE c.n = (SELECT max(n) FROM counts)
ORDER BY a.last_name, a.first_name, a.author_id
LIMIT 1;
-- right: subquery: a correlated count, only authors with a book
SELECT a.first_name, a.last_name,
       (SELECT count(*) FROM book AS b WHERE b.author_id = a.author_id) AS books
FROM author AS a
WHERE a.author_id IN (SELECT author_id FROM book)
ORDER BY books DESC, a.last_name, a.first_name, a.author_id
LIMIT 1;
-- right: join-style: JOIN … USING, sorted by the count expression
SELECT first_name, last_name, count(book_id) AS number_of_books
FROM author
JOIN book USING (author_id)
GROUP BY author_id
ORDER BY count(book_id) DESC, last_name, first_name, author_id
LIMIT 1 OFFSET 0;
-- right: other: exactly the tie-break the prompt names (count, then last name)
SELECT a.first_name, a.last_name, count(b.book_id) AS books
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY books DESC, a.last_name
LIMIT 1;
-- wrong: wrong-order: ascending, so the least prolific author
-- expect: Missing from your result
-- expect: 'King'
SELECT a.first_name, a.last_name, count(*) AS books
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY books, a.last_name
LIMIT 1;
-- wrong: offset: LIMIT 1 OFFSET 1 skips the winner
-- expect: Missing from your result
-- expect: 'Clancy'
SELECT a.first_name, a.last_name, count(*) AS books
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY books DESC, a.last_name
LIMIT 1 OFFSET 1;
-- wrong: missing-condition: no LIMIT, every author
-- expect: 7 rows; the answer has 1
SELECT a.first_name, a.last_name, count(*) AS books
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY books DESC, a.last_name;
-- wrong: other: the count left out
-- expect: columns
SELECT a.first_name, a.last_name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY count(*) DESC, a.last_name
LIMIT 1;
-- wrong: hard-coded: the visible answer typed in
-- expect: hard-coded
SELECT 'Stephen', 'King', 3;
-- wrong: wrong-aggregate: no GROUP BY, so one row counting every book
-- expect: Not expected in your result
-- expect: 10
SELECT a.first_name, a.last_name, count(*) AS books
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
ORDER BY books DESC, a.last_name
LIMIT 1;

-- exercise: agg-tree-counts
-- right: order-position: ORDER BY positions with ids as tie-breaks
SELECT p.name, a.last_name, count(*)
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, a.author_id
ORDER BY 1, 2, p.publisher_id, a.author_id;
-- right: distinct: count(DISTINCT b.book_id) per pair
SELECT p.name, a.last_name, count(DISTINCT b.book_id) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name, a.author_id, a.last_name
ORDER BY p.name, a.last_name, p.publisher_id, a.author_id;
-- right: join-style: JOIN … USING along the chain, written from author
SELECT name, last_name, count(book_id) AS books
FROM author
JOIN book USING (author_id)
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
GROUP BY publisher_id, author_id
ORDER BY name, last_name, publisher_id, author_id;
-- right: cte: counts per (publisher_id, author_id) first, names joined after
WITH pairs AS (
  SELECT bp.publisher_id, b.author_id, count(*) AS n
  FROM book_publisher AS bp
  JOIN book AS b ON b.book_id = bp.book_id
  GROUP BY bp.publisher_id, b.author_id
)
SELECT p.name, a.last_name, x.n
FROM pairs AS x
JOIN publisher AS p ON p.publisher_id = x.publisher_id
JOIN author AS a ON a.author_id = x.author_id
ORDER BY p.name, a.last_name, p.publisher_id, a.author_id;
-- wrong: tie-break: sorted by publisher only
-- expect: no set order
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name, a.author_id, a.last_name
ORDER BY p.name;
-- wrong: other: grouped by publisher only
-- expect: 4 rows; the answer has 10
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name, a.last_name;
-- wrong: other: through author_publisher, which knows nothing of books
-- expect: Missing from your result
-- expect: 'King', 2
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
GROUP BY p.publisher_id, a.author_id
ORDER BY p.name, a.last_name;
-- wrong: wrong-order: sorted by author first
-- expect: wrong order
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name, a.author_id, a.last_name
ORDER BY a.last_name, p.name;
-- wrong: error: a GROUP BY on an alias that does not exist
-- expect: no such column: author
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, author
ORDER BY p.name, a.last_name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
WITH t(name, last_name, books) AS (VALUES
  ('Berkley', 'Clancy', 1), ('Berkley', 'Le Carre', 1), ('Penguin Random House', 'King', 2),
  ('Random House', 'Asimov', 1), ('Random House', 'Buck', 1), ('Random House', 'King', 2),
  ('Simon & Schuster', 'Buck', 1), ('Simon & Schuster', 'Clancy', 1),
  ('Simon & Schuster', 'Michaelides', 1), ('Simon & Schuster', 'Shaben', 1))
SELECT * FROM t;

-- exercise: agg-publisher-author-list
-- right: other: string_agg, SQLite's other name for group_concat with a separator
SELECT p.name, string_agg(a.last_name, ', ' ORDER BY a.last_name) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
GROUP BY p.publisher_id
ORDER BY p.name, p.publisher_id;
-- right: order-position: JOIN … USING and ORDER BY position
SELECT name, group_concat(last_name, ', ' ORDER BY last_name)
FROM publisher
JOIN author_publisher USING (publisher_id)
JOIN author USING (author_id)
GROUP BY publisher_id
ORDER BY 1, publisher_id;
-- right: subquery: the list built in a correlated subquery
SELECT p.name,
       (SELECT group_concat(a.last_name, ', ' ORDER BY a.last_name)
        FROM author_publisher AS ap
        JOIN author AS a ON a.author_id = ap.author_id
        WHERE ap.publisher_id = p.publisher_id) AS authors
FROM publisher AS p
WHERE EXISTS (
  SELECT 1 FROM author_publisher AS ap JOIN author AS a ON a.author_id = ap.author_id
  WHERE ap.publisher_id = p.publisher_id
)
ORDER BY p.name, p.publisher_id;
-- right: cte: the joined pairs in a CTE, folded outside
WITH pairs AS (
  SELECT p.publisher_id, p.name, a.last_name
  FROM publisher AS p
  JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
  JOIN author AS a ON a.author_id = ap.author_id
)
SELECT name, group_concat(last_name, ', ' ORDER BY last_name) AS authors
FROM pairs
GROUP BY publisher_id, name
ORDER BY name, publisher_id;
-- wrong: other: no ORDER BY inside group_concat, so the list follows the table's order
-- expect: hidden copy
SELECT p.name, group_concat(a.last_name, ', ') AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: other: the separator without its space
-- expect: Asimov,Buck,King
SELECT p.name, group_concat(a.last_name, ',' ORDER BY a.last_name) AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: other: through the books, so King is listed once per book
-- expect: King, King
SELECT p.name, group_concat(a.last_name, ', ' ORDER BY a.last_name) AS authors
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: error: DISTINCT with a separator argument
-- expect: DISTINCT aggregates must have exactly one argument
SELECT p.name, group_concat(DISTINCT a.last_name, ', ') AS authors
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
GROUP BY p.publisher_id, p.name
ORDER BY p.name;
-- wrong: other: one row per publisher and author, not folded
-- expect: 10 rows; the answer has 4
SELECT p.name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
ORDER BY p.name, a.last_name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Berkley' AS name, 'Clancy, Le Carre' AS authors
UNION ALL SELECT 'Penguin Random House', 'King'
UNION ALL SELECT 'Random House', 'Asimov, Buck, King'
UNION ALL SELECT 'Simon & Schuster', 'Buck, Clancy, Michaelides, Shaben';
