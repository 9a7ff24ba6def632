-- Checker corpus for lessons/03-normalization.md (dataset books-flat; later exercises build the
-- normalized tables in their setup).

-- exercise: norm-distinct-publishers
-- right: group-by: GROUP BY instead of DISTINCT
SELECT publisher FROM author_book_publisher GROUP BY publisher ORDER BY publisher;
-- right: order-position: sorted by column position
SELECT DISTINCT publisher FROM author_book_publisher ORDER BY 1;
-- right: other: UNION removes the repeats
SELECT publisher FROM author_book_publisher
UNION
SELECT publisher FROM author_book_publisher
ORDER BY 1;
-- right: subquery: distinct names in a subquery, sorted outside
SELECT p.publisher FROM (SELECT DISTINCT publisher FROM author_book_publisher) AS p ORDER BY p.publisher ASC;
-- wrong: no-distinct: one row per flat row
-- expect: 12 rows; the answer has 4
SELECT publisher FROM author_book_publisher ORDER BY publisher;
-- wrong: wrong-order: no ORDER BY, so the names come in the order first seen
-- expect: wrong order
SELECT DISTINCT publisher FROM author_book_publisher;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT DISTINCT publisher FROM author_book_publisher ORDER BY publisher DESC;
-- wrong: other: counts the publishers instead of listing them
-- expect: 1 row; the answer has 4
SELECT count(DISTINCT publisher) FROM author_book_publisher;
-- wrong: hard-coded: the visible names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Berkley' AS publisher UNION ALL SELECT 'Penguin Random House' UNION ALL SELECT 'Random House'
UNION ALL SELECT 'Simon & Schuster';

-- exercise: norm-real-book-count
-- right: group-by: one group per (author, title), then count the groups
SELECT count(*) FROM (SELECT 1 FROM author_book_publisher GROUP BY first_name, last_name, title);
-- right: cte: the distinct books in a CTE
WITH books AS (SELECT DISTINCT first_name, last_name, title FROM author_book_publisher)
SELECT count(*) AS book_count FROM books;
-- right: other: UNION removes the repeated combinations
SELECT count(*) FROM (
  SELECT first_name, last_name, title FROM author_book_publisher
  UNION
  SELECT first_name, last_name, title FROM author_book_publisher
);
-- wrong: count-star: counts the flat rows
-- expect: (10)
SELECT count(*) FROM author_book_publisher;
-- wrong: wrong-column: counts the different authors
-- expect: (10)
SELECT count(DISTINCT last_name) FROM author_book_publisher;
-- wrong: hard-coded: the visible count typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 10;
-- wrong: other: lists the books instead of counting them
-- expect: columns
SELECT DISTINCT first_name, last_name, title FROM author_book_publisher;
-- wrong: error: count(DISTINCT …) takes a single argument in SQLite
-- expect: count()
SELECT count(DISTINCT first_name, last_name, title) FROM author_book_publisher;

-- exercise: norm-create-publisher
-- right: group-by: GROUP BY instead of DISTINCT
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (name)
SELECT publisher FROM author_book_publisher GROUP BY publisher ORDER BY publisher;
-- right: other: the primary key as a table constraint, sorted by position
CREATE TABLE publisher (
  publisher_id INTEGER,
  name TEXT,
  PRIMARY KEY (publisher_id)
);
INSERT INTO publisher (name) SELECT DISTINCT publisher FROM author_book_publisher ORDER BY 1;
-- right: subquery: the ids numbered explicitly with row_number()
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (publisher_id, name)
SELECT row_number() OVER (ORDER BY publisher), publisher
FROM (SELECT DISTINCT publisher FROM author_book_publisher);
-- right: cte: the names in a CTE, inserted in order
CREATE TABLE IF NOT EXISTS publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
WITH names AS (SELECT DISTINCT publisher AS name FROM author_book_publisher)
INSERT INTO publisher (name) SELECT name FROM names ORDER BY name;
-- wrong: wrong-order: no ORDER BY, so the ids follow the flat table, not the alphabet
-- expect: table `publisher`
-- expect: (1, 'Berkley')
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (name) SELECT DISTINCT publisher FROM author_book_publisher;
-- wrong: no-distinct: one publisher row per flat row
-- expect: It has 12 rows; it should have 4
-- expect: Not expected in publisher
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (name) SELECT publisher FROM author_book_publisher ORDER BY publisher;
-- wrong: hard-coded: the visible names typed in
-- expect: hidden copy
-- expect: table `publisher`
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher (name) VALUES ('Berkley'), ('Penguin Random House'), ('Random House'), ('Simon & Schuster');
-- wrong: wrong-table-change: INT PRIMARY KEY does not number the rows, so every id is NULL
-- expect: table `publisher`
-- expect: (NULL, 'Berkley')
CREATE TABLE publisher (publisher_id INT PRIMARY KEY, name TEXT);
INSERT INTO publisher (name) SELECT DISTINCT publisher FROM author_book_publisher ORDER BY publisher;
-- wrong: wrong-table-change: CREATE TABLE AS has no publisher_id column
-- expect: columns (publisher_id, name)
CREATE TABLE publisher AS SELECT DISTINCT publisher AS name FROM author_book_publisher ORDER BY publisher;
-- wrong: wrong-table-change: the table created but never filled
-- expect: It has 0 rows
-- expect: Missing from publisher
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
-- wrong: error: INSERT without a column list needs a value for publisher_id too
-- expect: 2 columns but 1 values
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO publisher SELECT DISTINCT publisher FROM author_book_publisher ORDER BY publisher;

-- exercise: norm-book-author-ids
-- right: join-style: JOIN … USING on both name columns
SELECT DISTINCT title, author_id
FROM author_book_publisher
JOIN author USING (first_name, last_name)
ORDER BY title, author_id;
-- right: join-style: NATURAL JOIN matches the two name columns
SELECT DISTINCT title, author_id FROM author_book_publisher NATURAL JOIN author ORDER BY 1, 2;
-- right: join-style: comma join with the conditions in WHERE
SELECT DISTINCT f.title, a.author_id
FROM author_book_publisher f, author a
WHERE f.first_name = a.first_name AND f.last_name = a.last_name
ORDER BY f.title, a.author_id;
-- right: group-by: GROUP BY instead of DISTINCT, joined from the author side
SELECT f.title, a.author_id
FROM author AS a
JOIN author_book_publisher AS f ON f.last_name = a.last_name AND f.first_name = a.first_name
GROUP BY f.title, a.author_id
ORDER BY f.title, a.author_id;
-- wrong: no-distinct: one row per flat row, so It and The Good Earth appear twice
-- expect: 12 rows; the answer has 10
SELECT f.title, a.author_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
ORDER BY f.title, a.author_id;
-- wrong: wrong-order: sorted by author_id first
-- expect: wrong order
SELECT DISTINCT f.title, a.author_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
ORDER BY a.author_id, f.title;
-- wrong: wrong-column: the columns in the other order
-- expect: right number of rows (10), but not the right rows
SELECT DISTINCT a.author_id, f.title
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
ORDER BY f.title, a.author_id;
-- wrong: hard-coded: the visible ids typed in by last name
-- expect: hidden copy
-- expect: hard-coded
SELECT DISTINCT title,
  CASE last_name WHEN 'Asimov' THEN 1 WHEN 'Buck' THEN 2 WHEN 'Clancy' THEN 3 WHEN 'King' THEN 4
    WHEN 'Le Carre' THEN 5 WHEN 'Michaelides' THEN 6 WHEN 'Shaben' THEN 7 END AS author_id
FROM author_book_publisher
ORDER BY title, author_id;
-- wrong: error: without table names, first_name = first_name is ambiguous
-- expect: ambiguous column name
SELECT DISTINCT title, author_id
FROM author_book_publisher
JOIN author ON first_name = first_name AND last_name = last_name
ORDER BY title, author_id;

-- exercise: norm-fill-book-publisher
-- right: join-style: JOIN … USING for the author and the book
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author USING (first_name, last_name)
JOIN book USING (author_id, title)
JOIN publisher AS p ON p.name = f.publisher;
-- right: join-style: comma joins, conditions in WHERE, no column list in INSERT
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher f, author a, book b, publisher p
WHERE a.first_name = f.first_name AND a.last_name = f.last_name
  AND b.author_id = a.author_id AND b.title = f.title
  AND p.name = f.publisher;
-- right: exists: every (book, publisher) pair that some flat row mentions
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT b.book_id, p.publisher_id
FROM book AS b, publisher AS p
WHERE EXISTS (
  SELECT 1 FROM author_book_publisher AS f
  JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
  WHERE a.author_id = b.author_id AND f.title = b.title AND f.publisher = p.name
);
-- right: distinct: INSERT OR IGNORE lets the primary key drop the repeated pairs
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT OR IGNORE INTO book_publisher (book_id, publisher_id)
SELECT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id AND b.title = f.title
JOIN publisher AS p ON p.name = f.publisher;
-- right: other: the key's columns in the other order
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (publisher_id, book_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id AND b.title = f.title
JOIN publisher AS p ON p.name = f.publisher;
-- wrong: missing-constraint: no REFERENCES clauses, though the prompt asks for each column to reference its table
-- expect: `book_publisher.book_id` should reference `book (book_id)`
CREATE TABLE book_publisher (book_id INTEGER, publisher_id INTEGER, PRIMARY KEY (book_id, publisher_id));
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id AND b.title = f.title
JOIN publisher AS p ON p.name = f.publisher;
-- wrong: wrong-table-change: no primary key on the pair
-- expect: primary key of `book_publisher`
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id AND b.title = f.title
JOIN publisher AS p ON p.name = f.publisher;
-- wrong: wrong-column: the author's id stored where the book's id belongs
-- expect: table `book_publisher`
-- expect: Missing from book_publisher
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT a.author_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN publisher AS p ON p.name = f.publisher;
-- wrong: error: filled before it is created
-- expect: no such table: book_publisher
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id AND b.title = f.title
JOIN publisher AS p ON p.name = f.publisher;
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
-- wrong: hard-coded: the visible id pairs typed in
-- expect: hidden copy
-- expect: Missing from book_publisher on the hidden copy
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id) VALUES
  (1, 3), (2, 3), (3, 4), (4, 2), (4, 3), (5, 4), (6, 3), (6, 4), (7, 1), (8, 2), (9, 4), (10, 1);
-- wrong: missing-condition: the book matched on its author only, so each book gets all its author's publishers
-- expect: Not expected in book_publisher
CREATE TABLE book_publisher (
  book_id INTEGER REFERENCES book (book_id),
  publisher_id INTEGER REFERENCES publisher (publisher_id),
  PRIMARY KEY (book_id, publisher_id)
);
INSERT INTO book_publisher (book_id, publisher_id)
SELECT DISTINCT b.book_id, p.publisher_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
JOIN book AS b ON b.author_id = a.author_id
JOIN publisher AS p ON p.name = f.publisher;

-- exercise: norm-simon-schuster-titles
-- right: join-style: JOIN … USING
SELECT title
FROM book
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
WHERE name = 'Simon & Schuster'
ORDER BY title;
-- right: join-style: comma joins with the conditions in WHERE
SELECT b.title
FROM book b, book_publisher bp, publisher p
WHERE bp.book_id = b.book_id AND p.publisher_id = bp.publisher_id AND p.name = 'Simon & Schuster'
ORDER BY 1;
-- right: subquery: the ids looked up with nested IN subqueries
SELECT title FROM book
WHERE book_id IN (
  SELECT book_id FROM book_publisher
  WHERE publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster')
)
ORDER BY title;
-- right: exists: a correlated EXISTS over the link table
SELECT b.title FROM book AS b
WHERE EXISTS (
  SELECT 1 FROM book_publisher AS bp JOIN publisher AS p ON p.publisher_id = bp.publisher_id
  WHERE bp.book_id = b.book_id AND p.name = 'Simon & Schuster'
)
ORDER BY b.title;
-- wrong: missing-condition: book_publisher never tied to book, so every title comes back
-- expect: rows; the answer has 4
SELECT b.title
FROM book b, book_publisher bp, publisher p
WHERE p.publisher_id = bp.publisher_id AND p.name = 'Simon & Schuster'
ORDER BY b.title;
-- wrong: wrong-column: publisher joined on the book's id
-- expect: Missing from your result
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.book_id
WHERE p.name = 'Simon & Schuster'
ORDER BY b.title;
-- wrong: hard-coded: the visible publisher id typed in
-- expect: hidden copy
SELECT b.title FROM book AS b JOIN book_publisher AS bp ON bp.book_id = b.book_id
WHERE bp.publisher_id = 4
ORDER BY b.title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Into The Abyss' AS title UNION ALL SELECT 'Patriot Games' UNION ALL SELECT 'The Good Earth'
UNION ALL SELECT 'The Silent Patient';
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT b.title
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE p.name = 'Simon & Schuster'
ORDER BY b.title DESC;
-- wrong: wrong-column: the publisher's name returned too
-- expect: columns
SELECT b.title, p.name
FROM book AS b
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE p.name = 'Simon & Schuster'
ORDER BY b.title;

-- exercise: norm-rebuild-flat
-- right: join-style: JOIN … USING, sorted by column positions
SELECT first_name, last_name, title, name AS publisher
FROM book
JOIN author USING (author_id)
JOIN book_publisher USING (book_id)
JOIN publisher USING (publisher_id)
ORDER BY 2, 1, 3, 4;
-- right: join-style: NATURAL JOINs along the keys
SELECT first_name, last_name, title, name AS publisher
FROM author NATURAL JOIN book NATURAL JOIN book_publisher NATURAL JOIN publisher
ORDER BY last_name, first_name, title, publisher;
-- right: join-style: comma joins with the conditions in WHERE
SELECT a.first_name, a.last_name, b.title, p.name AS publisher
FROM author a, book b, book_publisher bp, publisher p
WHERE b.author_id = a.author_id AND bp.book_id = b.book_id AND p.publisher_id = bp.publisher_id
ORDER BY a.last_name, a.first_name, b.title, p.name;
-- right: cte: the joined rows in a CTE, sorted outside
WITH rebuilt AS (
  SELECT a.first_name, a.last_name, b.title, p.name AS publisher
  FROM author AS a
  JOIN book AS b ON b.author_id = a.author_id
  JOIN book_publisher AS bp ON bp.book_id = b.book_id
  JOIN publisher AS p ON p.publisher_id = bp.publisher_id
)
SELECT * FROM rebuilt ORDER BY last_name, first_name, title, publisher;
-- wrong: other: the publisher's column left as name
-- expect: column named
-- expect: publisher
SELECT a.first_name, a.last_name, b.title, p.name
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
ORDER BY a.last_name, a.first_name, b.title, p.name;
-- wrong: other: author_publisher pairs every book with all of its author's publishers
-- expect: 16 rows; the answer has 12
SELECT a.first_name, a.last_name, b.title, p.name AS publisher
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
ORDER BY a.last_name, a.first_name, b.title, p.name;
-- wrong: wrong-order: sorted by first name first
-- expect: wrong order
SELECT a.first_name, a.last_name, b.title, p.name AS publisher
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
ORDER BY a.first_name, a.last_name, b.title, p.name;
-- wrong: wrong-column: every author column returned, ids included
-- expect: columns
SELECT a.*, b.title, p.name AS publisher
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
ORDER BY a.last_name, a.first_name, b.title, p.name;
-- wrong: hard-coded: the visible rows typed in
-- expect: hidden copy
-- expect: hard-coded
WITH t (first_name, last_name, title, publisher) AS (VALUES
  ('Isaac', 'Asimov', 'Foundation', 'Random House'),
  ('Pearl', 'Buck', 'The Good Earth', 'Random House'),
  ('Pearl', 'Buck', 'The Good Earth', 'Simon & Schuster'),
  ('Tom', 'Clancy', 'Patriot Games', 'Simon & Schuster'),
  ('Tom', 'Clancy', 'The Hunt For Red October', 'Berkley'),
  ('Stephen', 'King', 'Dead Zone', 'Random House'),
  ('Stephen', 'King', 'It', 'Penguin Random House'),
  ('Stephen', 'King', 'It', 'Random House'),
  ('Stephen', 'King', 'The Shining', 'Penguin Random House'),
  ('John', 'Le Carre', 'Tinker, Tailor, Solider, Spy: A George Smiley Novel', 'Berkley'),
  ('Alex', 'Michaelides', 'The Silent Patient', 'Simon & Schuster'),
  ('Carol', 'Shaben', 'Into The Abyss', 'Simon & Schuster')
)
SELECT * FROM t ORDER BY last_name, first_name, title, publisher;
