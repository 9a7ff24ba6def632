-- Checker corpus for lessons/01-flat-files.md (dataset books-flat: one table author_book_publisher).

-- exercise: flat-simon-schuster-titles
-- right: order-position: sorted by column position
SELECT title FROM author_book_publisher WHERE publisher = 'Simon & Schuster' ORDER BY 1;
-- right: alias: a table alias and an explicit ASC
SELECT f.title FROM author_book_publisher AS f WHERE f.publisher = 'Simon & Schuster' ORDER BY f.title ASC;
-- right: subquery: the filter inside a subquery in FROM
SELECT title
FROM (SELECT title, publisher FROM author_book_publisher WHERE publisher = 'Simon & Schuster')
ORDER BY title;
-- right: other: IN with a single value
SELECT title FROM author_book_publisher WHERE publisher IN ('Simon & Schuster') ORDER BY title;
-- wrong: hard-coded: the four visible titles typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Into The Abyss' AS title UNION ALL SELECT 'Patriot Games' UNION ALL SELECT 'The Good Earth'
UNION ALL SELECT 'The Silent Patient';
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT title FROM author_book_publisher WHERE publisher = 'Simon & Schuster' ORDER BY title DESC;
-- wrong: wrong-order: no ORDER BY, rows come in table order
-- expect: wrong order
SELECT title FROM author_book_publisher WHERE publisher = 'Simon & Schuster';
-- wrong: error: the publisher's name not quoted, so SQLite reads Simon as a column
-- expect: no such column
SELECT title FROM author_book_publisher WHERE publisher = Simon & Schuster ORDER BY title;
-- wrong: other: the comparison is exact, so a lower-case name matches nothing
-- expect: Missing from your result
-- expect: 'Patriot Games'
SELECT title FROM author_book_publisher WHERE publisher = 'simon & schuster' ORDER BY title;
-- wrong: wrong-column: the publisher returned as well
-- expect: columns
SELECT title, publisher FROM author_book_publisher WHERE publisher = 'Simon & Schuster' ORDER BY title;

-- exercise: flat-king-row-count
-- right: other: count a column that the filter makes non-NULL
SELECT count(last_name) FROM author_book_publisher WHERE last_name = 'King';
-- right: subquery: count the rows of a filtered subquery
SELECT count(*) FROM (SELECT title FROM author_book_publisher WHERE last_name = 'King');
-- right: case: count a CASE that is NULL for the other rows
SELECT count(CASE WHEN last_name = 'King' THEN 1 END) FROM author_book_publisher;
-- right: alias: a table alias and a named count
SELECT count(*) AS king_rows FROM author_book_publisher AS f WHERE f.last_name = 'King';
-- wrong: hard-coded: the visible count typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 4;
-- wrong: no-distinct: counts his different titles, not his rows
-- expect: Missing from your result
-- expect: (4)
SELECT count(DISTINCT title) FROM author_book_publisher WHERE last_name = 'King';
-- wrong: missing-condition: no WHERE, so every row is counted
-- expect: (4)
SELECT count(*) FROM author_book_publisher;
-- wrong: wrong-column: King is a last name, not a first name
-- expect: (4)
SELECT count(*) FROM author_book_publisher WHERE first_name = 'King';
-- wrong: other: the last name shown next to the count
-- expect: columns
SELECT last_name, count(*) FROM author_book_publisher WHERE last_name = 'King';

-- exercise: flat-publisher-count
-- right: subquery: count the rows of SELECT DISTINCT, leaving NULL out
SELECT count(*) FROM (SELECT DISTINCT publisher FROM author_book_publisher WHERE publisher IS NOT NULL);
-- right: group-by: one group per publisher, then count the groups
SELECT count(*) FROM (
  SELECT publisher FROM author_book_publisher WHERE publisher IS NOT NULL GROUP BY publisher
);
-- right: cte: the different publishers in a CTE, counted with count(column)
WITH publishers AS (SELECT DISTINCT publisher FROM author_book_publisher)
SELECT count(publisher) FROM publishers;
-- right: alias: a table alias and a named column
SELECT count(DISTINCT f.publisher) AS publisher_count FROM author_book_publisher AS f;
-- wrong: no-distinct: count(publisher) counts every row that has a publisher
-- expect: (4)
SELECT count(publisher) FROM author_book_publisher;
-- wrong: count-star: count(*) counts rows
-- expect: (4)
SELECT count(*) FROM author_book_publisher;
-- wrong: hard-coded: the visible count typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 4;
-- wrong: other: lists the publishers instead of counting them
-- expect: 4 rows; the answer has 1
SELECT DISTINCT publisher FROM author_book_publisher;
-- wrong: wrong-column: counts different authors
-- expect: (4)
SELECT count(DISTINCT last_name) FROM author_book_publisher;

-- exercise: flat-authors-per-publisher
-- right: order-position: sorted by column positions
SELECT publisher, count(DISTINCT last_name) AS author_count
FROM author_book_publisher
GROUP BY publisher
ORDER BY 2 DESC, 1;
-- right: alias: the aggregate repeated in ORDER BY, with a table alias
SELECT f.publisher AS publisher, count(DISTINCT f.last_name) AS author_count
FROM author_book_publisher AS f
GROUP BY f.publisher
ORDER BY count(DISTINCT f.last_name) DESC, f.publisher ASC;
-- right: subquery: counts in a subquery, sorted outside
SELECT publisher, author_count
FROM (SELECT publisher, count(DISTINCT last_name) AS author_count FROM author_book_publisher GROUP BY 1)
ORDER BY author_count DESC, publisher;
-- right: cte: distinct (publisher, last name) pairs first, then a plain count
WITH pairs AS (SELECT DISTINCT publisher, last_name FROM author_book_publisher)
SELECT publisher, count(last_name) AS author_count
FROM pairs
GROUP BY publisher
ORDER BY author_count DESC, publisher;
-- wrong: no-distinct: count(last_name) counts rows, so King is counted twice at Random House
-- expect: Missing from your result
-- expect: 'Random House', 3
SELECT publisher, count(last_name) AS author_count
FROM author_book_publisher
GROUP BY publisher
ORDER BY author_count DESC, publisher;
-- wrong: count-star: count(*) counts rows
-- expect: Missing from your result
SELECT publisher, count(*) AS author_count
FROM author_book_publisher
GROUP BY publisher
ORDER BY author_count DESC, publisher;
-- wrong: wrong-order: lowest count first
-- expect: wrong order
SELECT publisher, count(DISTINCT last_name) AS author_count
FROM author_book_publisher
GROUP BY publisher
ORDER BY author_count, publisher;
-- wrong: wrong-order: sorted by name only
-- expect: wrong order
SELECT publisher, count(DISTINCT last_name) AS author_count
FROM author_book_publisher
GROUP BY publisher
ORDER BY publisher;
-- wrong: other: the count not named author_count
-- expect: column named
-- expect: author_count
SELECT publisher, count(DISTINCT last_name) AS authors
FROM author_book_publisher
GROUP BY publisher
ORDER BY authors DESC, publisher;
-- wrong: hard-coded: the visible result typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Simon & Schuster' AS publisher, 4 AS author_count
UNION ALL SELECT 'Random House', 3
UNION ALL SELECT 'Berkley', 2
UNION ALL SELECT 'Penguin Random House', 1;

-- exercise: flat-titles-per-author
-- right: order-position: sorted by column positions
SELECT first_name, last_name, count(DISTINCT title) AS title_count
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY 3 DESC, 2, 1;
-- right: group-by: the grouping columns in the other order
SELECT first_name, last_name, count(DISTINCT title) AS title_count
FROM author_book_publisher
GROUP BY last_name, first_name
ORDER BY title_count DESC, last_name ASC, first_name ASC;
-- right: subquery: distinct (author, title) rows first, then count(title)
SELECT first_name, last_name, count(title) AS title_count
FROM (SELECT DISTINCT first_name, last_name, title FROM author_book_publisher)
GROUP BY first_name, last_name
ORDER BY title_count DESC, last_name, first_name;
-- right: cte: the counts in a CTE, sorted outside
WITH counts AS (
  SELECT first_name, last_name, count(DISTINCT title) AS title_count
  FROM author_book_publisher
  GROUP BY first_name, last_name
)
SELECT first_name, last_name, title_count FROM counts ORDER BY title_count DESC, last_name, first_name;
-- wrong: count-star: count(*) counts It twice
-- expect: Missing from your result
-- expect: 'King', 3
SELECT first_name, last_name, count(*) AS title_count
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY title_count DESC, last_name, first_name;
-- wrong: tie-break: only the count sorted, so the authors with one title come in any order
-- expect: wrong order
SELECT first_name, last_name, count(DISTINCT title) AS title_count
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY title_count DESC;
-- wrong: wrong-order: fewest titles first
-- expect: wrong order
SELECT first_name, last_name, count(DISTINCT title) AS title_count
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY title_count, last_name, first_name;
-- wrong: other: the count not named title_count
-- expect: column named
-- expect: title_count
SELECT first_name, last_name, count(DISTINCT title)
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY 3 DESC, last_name, first_name;
-- wrong: hard-coded: the visible result typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Stephen' AS first_name, 'King' AS last_name, 3 AS title_count
UNION ALL SELECT 'Tom', 'Clancy', 2
UNION ALL SELECT 'Isaac', 'Asimov', 1
UNION ALL SELECT 'Pearl', 'Buck', 1
UNION ALL SELECT 'John', 'Le Carre', 1
UNION ALL SELECT 'Alex', 'Michaelides', 1
UNION ALL SELECT 'Carol', 'Shaben', 1;

-- exercise: flat-good-earth-publishers
-- right: order-position: sorted by column position
SELECT publisher FROM author_book_publisher WHERE title = 'The Good Earth' ORDER BY 1;
-- right: alias: a table alias
SELECT f.publisher AS publisher FROM author_book_publisher AS f WHERE f.title = 'The Good Earth' ORDER BY f.publisher;
-- right: subquery: the filter in a subquery in FROM
SELECT publisher
FROM (SELECT title, publisher FROM author_book_publisher) AS t
WHERE t.title = 'The Good Earth'
ORDER BY publisher ASC;
-- wrong: hard-coded: the two visible publishers typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Random House' AS publisher UNION ALL SELECT 'Simon & Schuster';
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT publisher FROM author_book_publisher WHERE title = 'The Good Earth' ORDER BY publisher DESC;
-- wrong: wrong-order: no ORDER BY; the table order happens to be alphabetical here
-- expect: hidden copy
SELECT publisher FROM author_book_publisher WHERE title = 'The Good Earth';
-- wrong: wrong-column: the title returned too
-- expect: columns
SELECT title, publisher FROM author_book_publisher WHERE title = 'The Good Earth' ORDER BY publisher;
-- wrong: other: a title typed differently matches no row
-- expect: Missing from your result
-- expect: 'Simon & Schuster'
SELECT publisher FROM author_book_publisher WHERE title = 'Good Earth' ORDER BY publisher;

-- exercise: flat-rename-random-house
-- right: other: append " Books" to the old name
UPDATE author_book_publisher SET publisher = publisher || ' Books' WHERE publisher = 'Random House';
-- right: other: GLOB without wildcards is an exact, case-sensitive match
UPDATE author_book_publisher SET publisher = 'Random House Books' WHERE publisher GLOB 'Random House';
-- right: case: a CASE that keeps every other publisher as it is
UPDATE author_book_publisher
SET publisher = CASE WHEN publisher = 'Random House' THEN 'Random House Books' ELSE publisher END;
-- right: subquery: the rows picked by rowid in a subquery
UPDATE author_book_publisher SET publisher = 'Random House Books'
WHERE rowid IN (SELECT rowid FROM author_book_publisher WHERE publisher = 'Random House');
-- wrong: like: LIKE '%Random House%' also renames Penguin Random House
-- expect: table `author_book_publisher`
-- expect: Penguin Random House
UPDATE author_book_publisher SET publisher = 'Random House Books' WHERE publisher LIKE '%Random House%';
-- wrong: missing-condition: no WHERE renames every publisher
-- expect: table `author_book_publisher`
-- expect: Not expected in author_book_publisher
UPDATE author_book_publisher SET publisher = 'Random House Books';
-- wrong: hard-coded: the visible rows picked by rowid
-- expect: hidden copy
UPDATE author_book_publisher SET publisher = 'Random House Books' WHERE rowid IN (1, 2, 6, 8);
-- wrong: wrong-table-change: the new name with a lower-case b
-- expect: table `author_book_publisher`
-- expect: Random House Books
UPDATE author_book_publisher SET publisher = 'Random House books' WHERE publisher = 'Random House';
-- wrong: error: the new name not quoted
-- expect: syntax error
UPDATE author_book_publisher SET publisher = Random House Books WHERE publisher = 'Random House';
-- wrong: wrong-table-change: new rows inserted, the old ones left in place
-- expect: Not expected in author_book_publisher
INSERT INTO author_book_publisher (first_name, last_name, title, publisher)
SELECT first_name, last_name, title, 'Random House Books' FROM author_book_publisher WHERE publisher = 'Random House';

-- exercise: flat-spot-the-anomaly
-- right: group-by: GROUP BY instead of DISTINCT
SELECT first_name, last_name
FROM author_book_publisher
WHERE last_name = 'King'
GROUP BY first_name, last_name
ORDER BY first_name;
-- right: order-position: DISTINCT sorted by position
SELECT DISTINCT first_name, last_name FROM author_book_publisher WHERE last_name = 'King' ORDER BY 1;
-- right: subquery: filter the distinct pairs of every author
SELECT first_name, last_name
FROM (SELECT DISTINCT first_name, last_name FROM author_book_publisher)
WHERE last_name = 'King'
ORDER BY first_name;
-- right: group-by: grouping by first_name alone, since the WHERE fixes the last name
SELECT first_name, last_name FROM author_book_publisher WHERE last_name = 'King' GROUP BY first_name ORDER BY first_name;
-- wrong: no-distinct: one row per flat row
-- expect: 4 rows; the answer has 2
SELECT first_name, last_name FROM author_book_publisher WHERE last_name = 'King' ORDER BY first_name;
-- wrong: hard-coded: the two visible names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Stephen' AS first_name, 'King' AS last_name UNION ALL SELECT 'Steven', 'King';
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT DISTINCT first_name, last_name FROM author_book_publisher WHERE last_name = 'King' ORDER BY first_name DESC;
-- wrong: wrong-column: only the first names
-- expect: columns
SELECT DISTINCT first_name FROM author_book_publisher WHERE last_name = 'King' ORDER BY first_name;
