-- Checker corpus for lessons/06-many-to-many.md (dataset: books).
-- The link tables book_publisher and author_publisher declare no primary key but hold sets
-- of pairs, so IN (SELECT …), DISTINCT and count(DISTINCT …) answers are right too.

-- exercise: m2m-publishers-of-good-earth
-- right: subquery: nested IN subqueries instead of joins
SELECT name
FROM publisher
WHERE publisher_id IN (
  SELECT publisher_id FROM book_publisher
  WHERE book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth')
)
ORDER BY name;
-- right: distinct: the two joins with SELECT DISTINCT
SELECT DISTINCT p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE b.title = 'The Good Earth'
ORDER BY p.name;
-- right: join-style: JOIN … USING for both hops
SELECT name
FROM book
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
WHERE title = 'The Good Earth'
ORDER BY name;
-- right: join-style: NATURAL JOINs (each hop shares exactly one column)
SELECT name
FROM book NATURAL JOIN book_publisher NATURAL JOIN publisher
WHERE title = 'The Good Earth'
ORDER BY 1;
-- right: exists: publishers with a link row to the book
SELECT p.name
FROM publisher AS p
WHERE EXISTS (
  SELECT 1
  FROM book_publisher AS bp
  JOIN book AS b ON b.book_id = bp.book_id
  WHERE bp.publisher_id = p.publisher_id AND b.title = 'The Good Earth'
)
ORDER BY p.name;
-- right: join-style: comma joins, conditions in WHERE, written from publisher
SELECT p.name
FROM publisher p, book_publisher bp, book b
WHERE p.publisher_id = bp.publisher_id AND bp.book_id = b.book_id AND b.title = 'The Good Earth'
ORDER BY p.name;
-- wrong: hard-coded: the visible names typed in
-- expect: hard-coded
SELECT 'Random House' AS name UNION ALL SELECT 'Simon & Schuster';
-- wrong: hard-coded: the visible publisher ids typed in
-- expect: hidden copy
SELECT name FROM publisher WHERE publisher_id IN (1, 2) ORDER BY name;
-- wrong: wrong-column: the second hop matches publisher_id to book_id
-- expect: Missing from your result
-- expect: 'Random House'
SELECT p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.book_id
WHERE b.title = 'The Good Earth'
ORDER BY p.name;
-- wrong: like: 'The%' matches four titles
-- expect: Not expected in your result
-- expect: 'Berkley'
SELECT p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE b.title LIKE 'The%'
ORDER BY p.name;
-- wrong: other: the title returned too
-- expect: columns
SELECT b.title, p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE b.title = 'The Good Earth'
ORDER BY p.name;
-- wrong: error: the alias b used but never given
-- expect: no such column: b.book_id
SELECT p.name
FROM book
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE title = 'The Good Earth'
ORDER BY p.name;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE b.title = 'The Good Earth'
ORDER BY p.name DESC;

-- exercise: m2m-books-of-berkley
-- right: subquery: nested IN subqueries
SELECT title
FROM book
WHERE book_id IN (
  SELECT book_id FROM book_publisher
  WHERE publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Berkley')
)
ORDER BY title;
-- right: exists: books with a link row to Berkley
SELECT b.title
FROM book AS b
WHERE EXISTS (
  SELECT 1
  FROM book_publisher AS bp
  JOIN publisher AS p ON p.publisher_id = bp.publisher_id
  WHERE bp.book_id = b.book_id AND p.name = 'Berkley'
)
ORDER BY b.title;
-- right: join-style: JOIN … USING, starting from book
SELECT title
FROM book
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
WHERE name = 'Berkley'
ORDER BY title;
-- right: distinct: SELECT DISTINCT with ORDER BY position
SELECT DISTINCT b.title
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
WHERE p.name = 'Berkley'
ORDER BY 1;
-- right: cte: Berkley's book ids collected in a CTE
WITH berkley_books AS (
  SELECT bp.book_id
  FROM book_publisher AS bp
  JOIN publisher AS p ON p.publisher_id = bp.publisher_id
  WHERE p.name = 'Berkley'
)
SELECT b.title FROM book AS b JOIN berkley_books AS x ON x.book_id = b.book_id ORDER BY b.title;
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
SELECT title FROM book WHERE book_id IN (3, 8) ORDER BY title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hard-coded
SELECT 'The Hunt For Red October' AS title
UNION ALL SELECT 'Tinker, Tailor, Solider, Spy: A George Smiley Novel';
-- wrong: other: through author_publisher, so every book of Berkley's authors
-- expect: Not expected in your result
-- expect: 'Patriot Games'
SELECT b.title
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN book AS b ON b.author_id = ap.author_id
WHERE p.name = 'Berkley'
ORDER BY b.title;
-- wrong: wrong-column: book_id matched to the link's publisher_id
-- expect: Missing from your result
-- expect: Tinker
SELECT b.title
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.publisher_id
WHERE p.name = 'Berkley'
ORDER BY b.title;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT b.title
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
WHERE p.name = 'Berkley'
ORDER BY b.title DESC;
-- wrong: other: the publisher's name returned with the title
-- expect: columns
SELECT p.name, b.title
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
WHERE p.name = 'Berkley'
ORDER BY b.title;

-- exercise: m2m-publishers-of-king
-- right: subquery: nested IN subqueries through author_publisher
SELECT name
FROM publisher
WHERE publisher_id IN (
  SELECT publisher_id FROM author_publisher
  WHERE author_id IN (SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King')
)
ORDER BY name;
-- right: distinct: the joins with SELECT DISTINCT
SELECT DISTINCT p.name
FROM author AS a
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY p.name;
-- right: exists: publishers with a link row to King
SELECT p.name
FROM publisher AS p
WHERE EXISTS (
  SELECT 1
  FROM author_publisher AS ap
  JOIN author AS a ON a.author_id = ap.author_id
  WHERE ap.publisher_id = p.publisher_id AND a.first_name = 'Stephen' AND a.last_name = 'King'
)
ORDER BY 1;
-- right: join-style: JOIN … USING, written from publisher
SELECT name
FROM publisher
JOIN author_publisher USING (publisher_id)
JOIN author USING (author_id)
WHERE last_name = 'King' AND first_name = 'Stephen'
ORDER BY name ASC;
-- right: join-style: comma joins with conditions in WHERE
SELECT p.name
FROM author a, author_publisher ap, publisher p
WHERE ap.author_id = a.author_id AND p.publisher_id = ap.publisher_id
  AND a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY p.name;
-- wrong: other: through King's books and book_publisher, one row per book and publisher
-- expect: 4 rows; the answer has 2
SELECT p.name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY p.name;
-- wrong: hard-coded: the visible names typed in
-- expect: hard-coded
SELECT 'Penguin Random House' AS name UNION ALL SELECT 'Random House';
-- wrong: hard-coded: the visible publisher ids typed in
-- expect: hidden copy
SELECT name FROM publisher WHERE publisher_id IN (1, 4) ORDER BY name;
-- wrong: error: a `name` column that author does not have
-- expect: no such column: a.name
SELECT p.name
FROM author AS a
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
WHERE a.name = 'Stephen King'
ORDER BY p.name;
-- wrong: other: the author's last name returned too
-- expect: columns
SELECT a.last_name, p.name
FROM author AS a
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY p.name;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT p.name
FROM author AS a
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY p.name DESC;

-- exercise: m2m-authors-of-simon
-- right: subquery: nested IN subqueries
SELECT first_name, last_name
FROM author
WHERE author_id IN (
  SELECT author_id FROM author_publisher
  WHERE publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster')
)
ORDER BY last_name, first_name;
-- right: distinct: SELECT DISTINCT, ORDER BY positions
SELECT DISTINCT a.first_name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
WHERE p.name = 'Simon & Schuster'
ORDER BY 2, 1;
-- right: exists: authors with a link row to Simon & Schuster
SELECT a.first_name, a.last_name
FROM author AS a
WHERE EXISTS (
  SELECT 1
  FROM author_publisher AS ap
  JOIN publisher AS p ON p.publisher_id = ap.publisher_id
  WHERE ap.author_id = a.author_id AND p.name = 'Simon & Schuster'
)
ORDER BY a.last_name, a.first_name;
-- right: join-style: JOIN … USING, written from author
SELECT first_name, last_name
FROM author
JOIN author_publisher USING (author_id)
JOIN publisher USING (publisher_id)
WHERE name = 'Simon & Schuster'
ORDER BY last_name, first_name;
-- right: cte: the publisher's author ids in a CTE
WITH simon AS (
  SELECT ap.author_id
  FROM author_publisher AS ap
  JOIN publisher AS p ON p.publisher_id = ap.publisher_id
  WHERE p.name = 'Simon & Schuster'
)
SELECT a.first_name, a.last_name
FROM author AS a
JOIN simon AS s ON s.author_id = a.author_id
ORDER BY a.last_name, a.first_name;
-- wrong: other: the publisher's name spelled with "and"
-- expect: Missing from your result
-- expect: 'Buck'
SELECT a.first_name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
WHERE p.name = 'Simon and Schuster'
ORDER BY a.last_name, a.first_name;
-- wrong: hard-coded: the visible author ids typed in
-- expect: hidden copy
SELECT first_name, last_name FROM author WHERE author_id IN (2, 3, 6, 7) ORDER BY last_name, first_name;
-- wrong: hard-coded: the visible names typed in
-- expect: hard-coded
SELECT 'Pearl' AS first_name, 'Buck' AS last_name
UNION ALL SELECT 'Tom', 'Clancy'
UNION ALL SELECT 'Alex', 'Michaelides'
UNION ALL SELECT 'Carol', 'Shaben';
-- wrong: wrong-order: sorted by first name
-- expect: wrong order
SELECT a.first_name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
WHERE p.name = 'Simon & Schuster'
ORDER BY a.first_name, a.last_name;
-- wrong: other: the full name as one column
-- expect: columns
SELECT a.first_name || ' ' || a.last_name AS author
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
WHERE p.name = 'Simon & Schuster'
ORDER BY a.last_name, a.first_name;
-- wrong: missing-condition: the publisher filter forgotten
-- expect: 10 rows; the answer has 4
SELECT a.first_name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
ORDER BY a.last_name, a.first_name;

-- exercise: m2m-publishers-of-clancy-books
-- right: join-style: JOIN … USING for all three hops
SELECT title, name
FROM author
JOIN book USING (author_id)
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
WHERE last_name = 'Clancy'
ORDER BY title, name;
-- right: subquery: the author looked up in an IN subquery, ORDER BY positions
SELECT b.title, p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE b.author_id IN (SELECT author_id FROM author WHERE first_name = 'Tom' AND last_name = 'Clancy')
ORDER BY 1, 2;
-- right: join-style: NATURAL JOINs along the chain
SELECT title, name
FROM author NATURAL JOIN book NATURAL JOIN book_publisher NATURAL JOIN publisher
WHERE first_name = 'Tom' AND last_name = 'Clancy'
ORDER BY title, name;
-- right: cte: Clancy's books in a CTE, then the many-to-many hop
WITH clancy_books AS (
  SELECT b.book_id, b.title
  FROM book AS b
  JOIN author AS a ON a.author_id = b.author_id
  WHERE a.last_name = 'Clancy'
)
SELECT cb.title, p.name
FROM clancy_books AS cb, book_publisher AS bp, publisher AS p
WHERE bp.book_id = cb.book_id AND p.publisher_id = bp.publisher_id
ORDER BY cb.title, p.name;
-- right: join-style: the joins written from publisher back to author
SELECT b.title, p.name
FROM publisher AS p
JOIN book_publisher AS bp ON p.publisher_id = bp.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
WHERE a.last_name = 'Clancy'
ORDER BY b.title ASC, p.name ASC;
-- wrong: other: publishers taken from author_publisher, so every book gets every publisher of Clancy
-- expect: 4 rows; the answer has 2
SELECT b.title, p.name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
WHERE a.last_name = 'Clancy'
ORDER BY b.title, p.name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Patriot Games' AS title, 'Simon & Schuster' AS name
UNION ALL SELECT 'The Hunt For Red October', 'Berkley';
-- wrong: wrong-order: sorted by publisher first
-- expect: wrong order
SELECT b.title, p.name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE a.last_name = 'Clancy'
ORDER BY p.name, b.title;
-- wrong: other: only the titles
-- expect: columns
SELECT b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE a.last_name = 'Clancy'
ORDER BY b.title;
-- wrong: error: USING (author_id) between book_publisher and publisher
-- expect: author_id
SELECT title, name
FROM author
JOIN book USING (author_id)
JOIN book_publisher USING (book_id)
JOIN publisher USING (author_id)
WHERE last_name = 'Clancy'
ORDER BY title, name;

-- exercise: m2m-books-with-two-publishers
-- right: subquery: a self-join on book_publisher inside IN
SELECT title
FROM book
WHERE book_id IN (
  SELECT bp1.book_id
  FROM book_publisher AS bp1
  JOIN book_publisher AS bp2 ON bp2.book_id = bp1.book_id AND bp2.publisher_id <> bp1.publisher_id
)
ORDER BY title;
-- right: distinct: the lesson's self-join with SELECT DISTINCT
SELECT DISTINCT b.title
FROM book AS b
JOIN book_publisher AS bp1 ON bp1.book_id = b.book_id
JOIN book_publisher AS bp2 ON bp2.book_id = b.book_id
WHERE bp1.publisher_id < bp2.publisher_id
ORDER BY b.title;
-- right: group-by: count(DISTINCT publisher_id) > 1
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
GROUP BY b.book_id
HAVING count(DISTINCT bp.publisher_id) > 1
ORDER BY b.title;
-- right: subquery: a correlated count of link rows
SELECT b.title
FROM book AS b
WHERE (SELECT count(*) FROM book_publisher AS bp WHERE bp.book_id = b.book_id) >= 2
ORDER BY 1;
-- right: exists: a self-join of the link table inside EXISTS
SELECT b.title
FROM book AS b
WHERE EXISTS (
  SELECT 1
  FROM book_publisher AS x
  JOIN book_publisher AS y ON y.book_id = x.book_id AND y.publisher_id > x.publisher_id
  WHERE x.book_id = b.book_id
)
ORDER BY b.title;
-- right: cte: book ids with several publishers from the link table alone
WITH shared AS (
  SELECT book_id FROM book_publisher GROUP BY book_id HAVING count(*) > 1
)
SELECT b.title FROM book AS b JOIN shared USING (book_id) ORDER BY b.title;
-- wrong: no-distinct: the self-join with <> and no DISTINCT gives each book twice
-- expect: 4 rows; the answer has 2
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp1 ON bp1.book_id = b.book_id
JOIN book_publisher AS bp2 ON bp2.book_id = b.book_id
WHERE bp1.publisher_id <> bp2.publisher_id
ORDER BY b.title;
-- wrong: other: HAVING count(*) >= 1 keeps every book
-- expect: 10 rows; the answer has 2
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
GROUP BY b.book_id, b.title
HAVING count(*) >= 1
ORDER BY b.title;
-- wrong: error: the count tested in WHERE
-- expect: misuse of aggregate
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE count(*) > 1
GROUP BY b.book_id
ORDER BY b.title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hard-coded
SELECT 'It' AS title UNION ALL SELECT 'The Good Earth';
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
SELECT title FROM book WHERE book_id IN (2, 5) ORDER BY title;
-- wrong: wrong-order: no ORDER BY, so the books come in id order
-- expect: wrong order
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
GROUP BY b.book_id, b.title
HAVING count(*) > 1;
