-- Checker corpus for lessons/05-one-to-many.md (dataset: books).

-- exercise: otm-books-with-authors
-- right: join-style: JOIN … USING, no table prefixes needed
SELECT first_name, last_name, title
FROM book
JOIN author USING (author_id)
ORDER BY last_name, first_name, title;
-- right: join-style: comma join with the condition in WHERE, aliases
SELECT a.first_name, a.last_name, b.title
FROM author AS a, book AS b
WHERE a.author_id = b.author_id
ORDER BY a.last_name, a.first_name, b.title;
-- right: join-style: NATURAL JOIN (author_id is the only shared column)
SELECT first_name, last_name, title
FROM author NATURAL JOIN book
ORDER BY last_name, first_name, title;
-- right: order-position: ORDER BY column positions, join written from author
SELECT a.first_name, a.last_name, b.title
FROM author a
INNER JOIN book b ON b.author_id = a.author_id
ORDER BY 2, 1, 3;
-- right: subquery: the names looked up by correlated subqueries
SELECT (SELECT a.first_name FROM author AS a WHERE a.author_id = b.author_id) AS first_name,
       (SELECT a.last_name FROM author AS a WHERE a.author_id = b.author_id) AS last_name,
       b.title
FROM book AS b
WHERE b.author_id IN (SELECT author_id FROM author)
ORDER BY last_name, first_name, title;
-- wrong: wrong-order: sorted by title only
-- expect: wrong order
SELECT a.first_name, a.last_name, b.title
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
ORDER BY b.title;
-- wrong: tie-break: no title tie-break, so King's three books come in table order
-- expect: wrong order
SELECT a.first_name, a.last_name, b.title
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
ORDER BY a.last_name, a.first_name;
-- wrong: missing-condition: no ON, every book paired with every author
-- expect: 70 rows; the answer has 10
SELECT author.first_name, author.last_name, book.title
FROM book
JOIN author
ORDER BY author.last_name, author.first_name, book.title;
-- wrong: error: author_id = author_id, which SQLite cannot resolve
-- expect: ambiguous column
SELECT first_name, last_name, title
FROM book
JOIN author ON author_id = author_id
ORDER BY last_name, first_name, title;
-- wrong: hard-coded: the ten visible rows typed in
-- expect: hard-coded
WITH t(first_name, last_name, title) AS (VALUES
  ('Isaac', 'Asimov', 'Foundation'),
  ('Pearl', 'Buck', 'The Good Earth'),
  ('Tom', 'Clancy', 'Patriot Games'),
  ('Tom', 'Clancy', 'The Hunt For Red October'),
  ('Stephen', 'King', 'Dead Zone'),
  ('Stephen', 'King', 'It'),
  ('Stephen', 'King', 'The Shining'),
  ('John', 'Le Carre', 'Tinker, Tailor, Solider, Spy: A George Smiley Novel'),
  ('Alex', 'Michaelides', 'The Silent Patient'),
  ('Carol', 'Shaben', 'Into The Abyss'))
SELECT * FROM t ORDER BY last_name, first_name, title;
-- wrong: wrong-column: the author's id instead of the first name
-- expect: Not expected in your result
-- expect: (1, 'Asimov', 'Foundation')
SELECT a.author_id, a.last_name, b.title
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
ORDER BY a.last_name, a.first_name, b.title;

-- exercise: otm-king-titles
-- right: subquery: the author's id looked up in a subquery
SELECT title
FROM book
WHERE author_id IN (SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King')
ORDER BY title;
-- right: exists: a correlated EXISTS on author
SELECT b.title
FROM book AS b
WHERE EXISTS (
  SELECT 1 FROM author AS a
  WHERE a.author_id = b.author_id AND a.first_name = 'Stephen' AND a.last_name = 'King'
)
ORDER BY 1;
-- right: join-style: JOIN … USING without aliases
SELECT title
FROM book
JOIN author USING (author_id)
WHERE last_name = 'King' AND first_name = 'Stephen'
ORDER BY title ASC;
-- right: cte: the author filtered in a CTE first
WITH king AS (
  SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'
)
SELECT b.title
FROM king AS k
JOIN book AS b ON b.author_id = k.author_id
ORDER BY b.title;
-- right: other: the name filter moved into the ON clause
SELECT b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id AND a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY b.title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hard-coded
SELECT 'Dead Zone' AS title UNION ALL SELECT 'It' UNION ALL SELECT 'The Shining';
-- wrong: hard-coded: King's id typed in, which the prompt forbids
-- expect: hidden copy
SELECT title FROM book WHERE author_id = 4 ORDER BY title;
-- wrong: wrong-order: no ORDER BY, so the books come in id order
-- expect: wrong order
SELECT b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King';
-- wrong: like: a LIKE on the last name that matches Buck too
-- expect: Not expected in your result
-- expect: 'The Good Earth'
SELECT b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE a.last_name LIKE '%k%'
ORDER BY b.title;
-- wrong: error: a `name` column that author does not have
-- expect: no such column: name
SELECT b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE name = 'Stephen King'
ORDER BY b.title;
-- wrong: wrong-column: the id returned next to the title
-- expect: columns
SELECT a.author_id, b.title
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE a.first_name = 'Stephen' AND a.last_name = 'King'
ORDER BY b.title;

-- exercise: otm-the-titles-with-author
-- right: join-style: JOIN … USING, no prefixes
SELECT title, first_name || ' ' || last_name AS author
FROM book
JOIN author USING (author_id)
WHERE title LIKE 'The %'
ORDER BY title;
-- right: subquery: the author's name from a correlated subquery
SELECT b.title,
       (SELECT a.first_name || ' ' || a.last_name FROM author AS a WHERE a.author_id = b.author_id) AS author
FROM book AS b
WHERE b.title LIKE 'The %' AND b.author_id IN (SELECT author_id FROM author)
ORDER BY b.title;
-- right: other: the prefix tested with substr, case-sensitively
SELECT b.title, a.first_name || ' ' || a.last_name AS author
FROM book AS b, author AS a
WHERE a.author_id = b.author_id AND substr(b.title, 1, 4) = 'The '
ORDER BY 1;
-- right: cte: filter the books first, then join
WITH the_books AS (SELECT title, author_id FROM book WHERE title GLOB 'The *')
SELECT t.title, a.first_name || ' ' || a.last_name AS author
FROM the_books AS t
JOIN author AS a ON a.author_id = t.author_id
ORDER BY t.title;
-- wrong: like: '%The %' also matches "Into The Abyss"
-- expect: Not expected in your result
-- expect: 'Into The Abyss'
SELECT b.title, a.first_name || ' ' || a.last_name AS author
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE b.title LIKE '%The %'
ORDER BY b.title;
-- wrong: wrong-column: the names glued together without the space
-- expect: PearlBuck
SELECT b.title, a.first_name || a.last_name AS author
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE b.title LIKE 'The %'
ORDER BY b.title;
-- wrong: wrong-column: the name column left without its alias `author`
-- expect: column named
SELECT b.title, a.first_name || ' ' || a.last_name
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE b.title LIKE 'The %'
ORDER BY b.title;
-- wrong: other: first and last name as two columns
-- expect: columns
SELECT b.title, a.first_name, a.last_name
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE b.title LIKE 'The %'
ORDER BY b.title;
-- wrong: wrong-order: sorted by author instead of title
-- expect: wrong order
SELECT b.title, a.first_name || ' ' || a.last_name AS author
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
WHERE b.title LIKE 'The %'
ORDER BY author, b.title;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'The Good Earth' AS title, 'Pearl Buck' AS author
UNION ALL SELECT 'The Hunt For Red October', 'Tom Clancy'
UNION ALL SELECT 'The Shining', 'Stephen King'
UNION ALL SELECT 'The Silent Patient', 'Alex Michaelides';

-- exercise: otm-authors-without-books
-- right: exists: NOT EXISTS on book
SELECT a.first_name, a.last_name
FROM author AS a
WHERE NOT EXISTS (SELECT 1 FROM book AS b WHERE b.author_id = a.author_id)
ORDER BY a.last_name, a.first_name;
-- right: subquery: NOT IN, with NULL author ids excluded from the subquery
SELECT first_name, last_name
FROM author
WHERE author_id NOT IN (SELECT author_id FROM book WHERE author_id IS NOT NULL)
ORDER BY last_name, first_name;
-- right: group-by: LEFT JOIN, group, and keep the groups that count no book
SELECT a.first_name, a.last_name
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
HAVING count(b.book_id) = 0
ORDER BY a.last_name, a.first_name;
-- right: other: a correlated count equal to zero, sorted by position
SELECT a.first_name, a.last_name
FROM author a
WHERE (SELECT count(*) FROM book b WHERE b.author_id = a.author_id) = 0
ORDER BY 2, 1;
-- right: other: LEFT OUTER JOIN tested on the joined foreign key
SELECT a.first_name, a.last_name
FROM author a
LEFT OUTER JOIN book b ON a.author_id = b.author_id
WHERE b.author_id IS NULL
ORDER BY a.last_name, a.first_name;
-- wrong: inner-join: an inner join has no row with a NULL book
-- expect: Missing from your result
-- expect: 'Shelley'
SELECT a.first_name, a.last_name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE b.book_id IS NULL
ORDER BY a.last_name, a.first_name;
-- wrong: count-star: count(*) is never 0 on a left join
-- expect: Missing from your result
-- expect: 'Stoker'
SELECT a.first_name, a.last_name
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
HAVING count(*) = 0
ORDER BY a.last_name, a.first_name;
-- wrong: hard-coded: the two added authors typed in (the setup names them, so not called hard-coded)
-- expect: hidden copy
-- expect: 'Shelley II'
SELECT 'Mary' AS first_name, 'Shelley' AS last_name
UNION ALL SELECT 'Bram', 'Stoker';
-- wrong: wrong-order: sorted by first name
-- expect: wrong order
SELECT a.first_name, a.last_name
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
WHERE b.book_id IS NULL
ORDER BY a.first_name, a.last_name;
-- wrong: other: every column of author
-- expect: columns
SELECT a.*
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
WHERE b.book_id IS NULL
ORDER BY a.last_name, a.first_name;
-- wrong: missing-condition: the LEFT JOIN without the IS NULL filter
-- expect: 12 rows; the answer has 2
SELECT a.first_name, a.last_name
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
ORDER BY a.last_name, a.first_name;

-- exercise: otm-books-per-author
-- right: subquery: a correlated count per author, no join
SELECT a.first_name, a.last_name,
       (SELECT count(*) FROM book AS b WHERE b.author_id = a.author_id) AS book_count
FROM author AS a
ORDER BY book_count DESC, a.last_name, a.first_name;
-- right: case: sum of a CASE over the left join
SELECT a.first_name, a.last_name,
       sum(CASE WHEN b.book_id IS NULL THEN 0 ELSE 1 END) AS book_count
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- right: cte: counts per author id in a CTE, then a LEFT JOIN and coalesce
WITH counts AS (SELECT author_id, count(*) AS n FROM book GROUP BY author_id)
SELECT a.first_name, a.last_name, coalesce(c.n, 0) AS book_count
FROM author AS a
LEFT JOIN counts AS c ON c.author_id = a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- right: order-position: count of the joined foreign key, ORDER BY positions
SELECT a.first_name, a.last_name, count(b.author_id) AS book_count
FROM author a
LEFT OUTER JOIN book b ON a.author_id = b.author_id
GROUP BY a.author_id, a.first_name, a.last_name
ORDER BY 3 DESC, 2, 1;
-- wrong: count-star: count(*) gives Shelley 1
-- expect: Missing from your result
-- expect: 'Shelley', 0
SELECT a.first_name, a.last_name, count(*) AS book_count
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: inner-join: an inner join drops Shelley
-- expect: 7 rows; the answer has 8
-- expect: 'Shelley'
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: wrong-column: the count left without its alias
-- expect: column named
SELECT a.first_name, a.last_name, count(b.book_id)
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY count(b.book_id) DESC, a.last_name, a.first_name;
-- wrong: tie-break: only the count sorted; the five authors with one book tie
-- expect: no set order
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC;
-- wrong: wrong-order: sorted from lowest to highest
-- expect: wrong order
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count, a.last_name, a.first_name;
-- wrong: hard-coded: the visible counts typed in
-- expect: hard-coded
WITH t(first_name, last_name, book_count) AS (VALUES ('Stephen', 'King', 3), ('Tom', 'Clancy', 2),
  ('Isaac', 'Asimov', 1), ('Pearl', 'Buck', 1), ('John', 'Le Carre', 1), ('Alex', 'Michaelides', 1),
  ('Carol', 'Shaben', 1), ('Mary', 'Shelley', 0))
SELECT * FROM t;

-- exercise: otm-prolific-authors
-- right: other: HAVING count(*) > 1 on the inner join
SELECT a.first_name, a.last_name, count(*) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
HAVING count(*) > 1
ORDER BY book_count DESC, a.last_name, a.first_name;
-- right: subquery: the grouped query wrapped, filtered with WHERE outside
SELECT first_name, last_name, book_count
FROM (
  SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
  FROM author AS a
  JOIN book AS b ON b.author_id = a.author_id
  GROUP BY a.author_id
)
WHERE book_count >= 2
ORDER BY book_count DESC, last_name, first_name;
-- right: cte: counts per author id in a CTE, joined to author
WITH counts AS (
  SELECT author_id, count(*) AS book_count FROM book GROUP BY author_id HAVING count(*) >= 2
)
SELECT a.first_name, a.last_name, c.book_count
FROM counts AS c
JOIN author AS a ON a.author_id = c.author_id
ORDER BY c.book_count DESC, a.last_name, a.first_name;
-- right: order-position: HAVING on the alias, ORDER BY positions, USING
SELECT first_name, last_name, count(book_id) AS book_count
FROM author
JOIN book USING (author_id)
GROUP BY author_id
HAVING book_count >= 2
ORDER BY 3 DESC, 2, 1;
-- right: subquery: a correlated count in SELECT and WHERE
SELECT a.first_name, a.last_name,
       (SELECT count(*) FROM book AS b WHERE b.author_id = a.author_id) AS book_count
FROM author AS a
WHERE (SELECT count(*) FROM book AS b WHERE b.author_id = a.author_id) >= 2
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: other: more than two instead of at least two
-- expect: 1 row; the answer has 2
-- expect: 'Clancy'
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
HAVING count(b.book_id) > 2
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: error: the count tested in WHERE
-- expect: misuse of aggregate
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE count(b.book_id) >= 2
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: hard-coded: the two visible authors picked by name
-- expect: hard-coded
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
WHERE a.last_name IN ('King', 'Clancy')
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Stephen' AS first_name, 'King' AS last_name, 3 AS book_count
UNION ALL SELECT 'Tom', 'Clancy', 2;
-- wrong: wrong-order: sorted from lowest count up
-- expect: wrong order
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
HAVING count(b.book_id) >= 2
ORDER BY book_count, a.last_name, a.first_name;
-- wrong: missing-condition: no HAVING, every author with a book
-- expect: 7 rows; the answer has 2
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
