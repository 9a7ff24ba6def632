-- Checker corpus for lessons/04-crud.md (dataset books, plus the table flat from the lesson's setup).

-- exercise: crud-insert-author
-- right: other: the columns listed in the other order
INSERT INTO author (last_name, first_name) VALUES ('Butler', 'Octavia');
-- right: other: NULL for the INTEGER PRIMARY KEY lets SQLite pick the id
INSERT INTO author VALUES (NULL, 'Octavia', 'Butler');
-- right: other: INSERT … SELECT of two literals
INSERT INTO author (first_name, last_name) SELECT 'Octavia', 'Butler';
-- right: subquery: the next id computed as max + 1, which is what SQLite would pick
INSERT INTO author (author_id, first_name, last_name)
SELECT max(author_id) + 1, 'Octavia', 'Butler' FROM author;
-- wrong: hard-coded: the next visible id typed in
-- expect: hidden copy
INSERT INTO author (author_id, first_name, last_name) VALUES (8, 'Octavia', 'Butler');
-- wrong: wrong-table-change: first and last name swapped
-- expect: table `author`
-- expect: Missing from author
INSERT INTO author (first_name, last_name) VALUES ('Butler', 'Octavia');
-- wrong: wrong-table-change: the names in lower case
-- expect: table `author`
-- expect: 'Octavia'
INSERT INTO author (first_name, last_name) VALUES ('octavia', 'butler');
-- wrong: error: three columns but only two values, with no column list
-- expect: 3 columns but 2 values
INSERT INTO author VALUES ('Octavia', 'Butler');
-- wrong: wrong-table-change: an UPDATE overwrites an existing author instead of adding one
-- expect: Missing from author
-- expect: 'Shaben'
UPDATE author SET first_name = 'Octavia', last_name = 'Butler' WHERE author_id = 7;

-- exercise: crud-insert-book
-- right: subquery: a scalar subquery inside VALUES, as in the lesson's cells
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Octavia' AND last_name = 'Butler'), 'Kindred');
-- right: other: the columns in the other order
INSERT INTO book (title, author_id)
SELECT 'Kindred', author_id FROM author WHERE last_name = 'Butler' AND first_name = 'Octavia';
-- right: cte: her id found in a CTE
WITH octavia AS (SELECT author_id FROM author WHERE first_name = 'Octavia' AND last_name = 'Butler')
INSERT INTO book (author_id, title) SELECT author_id, 'Kindred' FROM octavia;
-- wrong: hard-coded: her visible id typed in
-- expect: hidden copy
-- expect: hard-coded
INSERT INTO book (author_id, title) VALUES (8, 'Kindred');
-- wrong: error: a subquery used as a value needs its own parentheses
-- expect: syntax error
INSERT INTO book (author_id, title) VALUES (SELECT author_id FROM author WHERE last_name = 'Butler', 'Kindred');
-- wrong: error: the title not quoted
-- expect: no such column
INSERT INTO book (author_id, title) VALUES ((SELECT author_id FROM author WHERE last_name = 'Butler'), Kindred);
-- wrong: wrong-table-change: the author added a second time
-- expect: table `author`
-- expect: Not expected in author
INSERT INTO author (first_name, last_name) VALUES ('Octavia', 'Butler');
INSERT INTO book (author_id, title) VALUES ((SELECT author_id FROM author WHERE last_name = 'Butler'), 'Kindred');
-- wrong: wrong-table-change: the book added with no author
-- expect: table `book`
-- expect: Not expected in book
INSERT INTO book (title) VALUES ('Kindred');

-- exercise: crud-rename-king
-- right: other: the two conditions in the other order
UPDATE author SET last_name = 'Bachman', first_name = 'Richard'
WHERE last_name = 'King' AND first_name = 'Stephen';
-- right: other: row values on both sides
UPDATE author SET (first_name, last_name) = ('Richard', 'Bachman')
WHERE (first_name, last_name) = ('Stephen', 'King');
-- right: subquery: the row picked by its id, found by name in a subquery
UPDATE author SET first_name = 'Richard', last_name = 'Bachman'
WHERE author_id IN (SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King');
-- wrong: hard-coded: his visible id typed in
-- expect: hidden copy
UPDATE author SET first_name = 'Richard', last_name = 'Bachman' WHERE author_id = 4;
-- wrong: wrong-table-change: AND instead of a comma sets first_name to a truth value
-- expect: table `author`
-- expect: 'Richard'
UPDATE author SET first_name = 'Richard' AND last_name = 'Bachman'
WHERE first_name = 'Stephen' AND last_name = 'King';
-- wrong: missing-condition: no WHERE renames every author
-- expect: table `author`
-- expect: Not expected in author
UPDATE author SET first_name = 'Richard', last_name = 'Bachman';
-- wrong: wrong-table-change: only the first name changed
-- expect: Missing from author
-- expect: 'Bachman'
UPDATE author SET first_name = 'Richard' WHERE first_name = 'Stephen' AND last_name = 'King';
-- wrong: wrong-table-change: a new author inserted, Stephen King left in place
-- expect: table `author`
INSERT INTO author (first_name, last_name) VALUES ('Richard', 'Bachman');
-- wrong: error: there is no single name column
-- expect: no such column: name
UPDATE author SET first_name = 'Richard', last_name = 'Bachman' WHERE name = 'Stephen King';

-- exercise: crud-rename-king-flat
-- right: other: row values on both sides
UPDATE flat SET (first_name, last_name) = ('Richard', 'Bachman')
WHERE (first_name, last_name) = ('Stephen', 'King');
-- right: subquery: the rows picked by rowid in a subquery
UPDATE flat SET first_name = 'Richard', last_name = 'Bachman'
WHERE rowid IN (SELECT rowid FROM flat WHERE last_name = 'King' AND first_name = 'Stephen');
-- right: case: CASE on every row; SET expressions all see the old values
UPDATE flat
SET first_name = CASE WHEN first_name = 'Stephen' AND last_name = 'King' THEN 'Richard' ELSE first_name END,
    last_name = CASE WHEN first_name = 'Stephen' AND last_name = 'King' THEN 'Bachman' ELSE last_name END;
-- wrong: wrong-table-change: the author table changed instead of flat
-- expect: table `author`
UPDATE author SET first_name = 'Richard', last_name = 'Bachman'
WHERE first_name = 'Stephen' AND last_name = 'King';
-- wrong: missing-condition: only the rows for It changed
-- expect: table `flat`
-- expect: Missing from flat
UPDATE flat SET first_name = 'Richard', last_name = 'Bachman' WHERE title = 'It';
-- wrong: hard-coded: the visible rows picked by rowid
-- expect: hidden copy
-- expect: hard-coded
UPDATE flat SET first_name = 'Richard', last_name = 'Bachman' WHERE rowid IN (6, 7, 8, 9);
-- wrong: missing-condition: no WHERE renames every row
-- expect: table `flat`
-- expect: Not expected in flat
UPDATE flat SET first_name = 'Richard', last_name = 'Bachman';
-- wrong: wrong-table-change: AND instead of a comma in SET
-- expect: table `flat`
UPDATE flat SET first_name = 'Richard' AND last_name = 'Bachman'
WHERE first_name = 'Stephen' AND last_name = 'King';

-- exercise: crud-unlink-good-earth
-- right: subquery: the pair matched with a row-value IN over a join
DELETE FROM book_publisher
WHERE (book_id, publisher_id) IN (
  SELECT b.book_id, p.publisher_id FROM book AS b, publisher AS p
  WHERE b.title = 'The Good Earth' AND p.name = 'Simon & Schuster'
);
-- right: subquery: the two IN conditions in the other order
DELETE FROM book_publisher
WHERE publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster')
  AND book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth');
-- right: subquery: the link rows picked by rowid through a join
DELETE FROM book_publisher
WHERE rowid IN (
  SELECT bp.rowid FROM book_publisher AS bp
  JOIN book AS b ON b.book_id = bp.book_id
  JOIN publisher AS p ON p.publisher_id = bp.publisher_id
  WHERE b.title = 'The Good Earth' AND p.name = 'Simon & Schuster'
);
-- right: exists: a correlated EXISTS naming both the book and the publisher
DELETE FROM book_publisher
WHERE EXISTS (
  SELECT 1 FROM book AS b, publisher AS p
  WHERE b.book_id = book_publisher.book_id AND p.publisher_id = book_publisher.publisher_id
    AND b.title = 'The Good Earth' AND p.name = 'Simon & Schuster'
);
-- wrong: missing-condition: the publisher not checked, so the Random House link goes too
-- expect: Missing from book_publisher
DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth');
-- wrong: other: OR instead of AND removes every Simon & Schuster link
-- expect: table `book_publisher`
DELETE FROM book_publisher
WHERE book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth')
   OR publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster');
-- wrong: hard-coded: the visible ids typed in
-- expect: hidden copy
DELETE FROM book_publisher WHERE book_id = 2 AND publisher_id = 2;
-- wrong: error: deleting the book itself is refused while links point at it
-- expect: FOREIGN KEY constraint failed
DELETE FROM book WHERE title = 'The Good Earth';

-- exercise: crud-delete-book
-- right: exists: the links found with a correlated EXISTS
DELETE FROM book_publisher
WHERE EXISTS (SELECT 1 FROM book AS b WHERE b.book_id = book_publisher.book_id AND b.title = 'Patriot Games');
DELETE FROM book WHERE title = 'Patriot Games';
-- right: subquery: the book found by an IN subquery too
DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games');
DELETE FROM book WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games');
-- right: other: the links removed through a join on the title, then the book with IN
DELETE FROM book_publisher
WHERE rowid IN (SELECT bp.rowid FROM book_publisher AS bp JOIN book AS b USING (book_id) WHERE b.title = 'Patriot Games');
DELETE FROM book WHERE title IN ('Patriot Games');
-- wrong: error: the book deleted first, while its links still point at it
-- expect: FOREIGN KEY constraint failed
DELETE FROM book WHERE title = 'Patriot Games';
DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games');
-- wrong: wrong-table-change: only the links removed, the book stays
-- expect: Not expected in book
-- expect: 'Patriot Games'
DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games');
-- wrong: hard-coded: the visible book id typed in
-- expect: hidden copy
DELETE FROM book_publisher WHERE book_id = 4;
DELETE FROM book WHERE book_id = 4;
-- wrong: wrong-table-change: the author's link to the publisher removed as well
-- expect: table `author_publisher`
-- expect: Missing from author_publisher
DELETE FROM author_publisher
WHERE author_id IN (SELECT author_id FROM book WHERE title = 'Patriot Games')
  AND publisher_id IN (SELECT publisher_id FROM book_publisher
                       WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games'));
DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'Patriot Games');
DELETE FROM book WHERE title = 'Patriot Games';

-- exercise: crud-soft-delete
-- right: other: ADD without COLUMN, constraints in the other order, row values in WHERE
ALTER TABLE author ADD active INTEGER DEFAULT 1 NOT NULL;
UPDATE author SET active = 0 WHERE (first_name, last_name) = ('John', 'Le Carre');
-- right: subquery: the row picked by id, found by name in a subquery
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE author SET active = 0
WHERE author_id IN (SELECT author_id FROM author WHERE last_name = 'Le Carre' AND first_name = 'John');
-- right: case: a CASE over every row, keeping the others as they are
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE author SET active = CASE WHEN first_name = 'John' AND last_name = 'Le Carre' THEN 0 ELSE active END;
-- right: other: FALSE is SQLite's keyword for 0
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE author SET active = FALSE WHERE last_name = 'Le Carre' AND first_name = 'John';
-- wrong: error: NOT NULL without a DEFAULT cannot be added to a table that has rows
-- expect: Cannot add a NOT NULL column
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL;
UPDATE author SET active = 0 WHERE first_name = 'John' AND last_name = 'Le Carre';
-- wrong: wrong-table-change: the column may hold NULL
-- expect: author.active
-- expect: NOT NULL
ALTER TABLE author ADD COLUMN active INTEGER DEFAULT 1;
UPDATE author SET active = 0 WHERE first_name = 'John' AND last_name = 'Le Carre';
-- wrong: wrong-table-change: the column added with the wrong type
-- expect: `author.active` should hold INTEGER
ALTER TABLE author ADD COLUMN active BOOLEAN NOT NULL DEFAULT 1;
UPDATE author SET active = 0 WHERE first_name = 'John' AND last_name = 'Le Carre';
-- wrong: hard-coded: his visible id typed in
-- expect: hidden copy
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
UPDATE author SET active = 0 WHERE author_id = 5;
-- wrong: error: the column was never added
-- expect: no such column: active
UPDATE author SET active = 0 WHERE first_name = 'John' AND last_name = 'Le Carre';
-- wrong: wrong-table-change: DEFAULT 0 leaves every author inactive
-- expect: `author.active` should default to 1
ALTER TABLE author ADD COLUMN active INTEGER NOT NULL DEFAULT 0;
UPDATE author SET active = 0 WHERE first_name = 'John' AND last_name = 'Le Carre';

-- exercise: crud-active-authors
-- right: order-position: sorted by column positions
SELECT first_name, last_name FROM author WHERE active = 1 ORDER BY 2, 1;
-- right: subquery: the active ids in an IN subquery
SELECT first_name, last_name FROM author
WHERE author_id IN (SELECT author_id FROM author WHERE active = 1)
ORDER BY last_name, first_name;
-- right: other: IN with a single value, a table alias and explicit ASC
SELECT a.first_name, a.last_name FROM author AS a WHERE a.active IN (1) ORDER BY a.last_name ASC, a.first_name ASC;
-- wrong: other: active = 0 returns the soft-deleted authors
-- expect: Missing from your result
SELECT first_name, last_name FROM author WHERE active = 0 ORDER BY last_name, first_name;
-- wrong: missing-condition: no filter on active
-- expect: 7 rows; the answer has 5
SELECT first_name, last_name FROM author ORDER BY last_name, first_name;
-- wrong: hard-coded: the visible active authors' last names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT first_name, last_name FROM author
WHERE last_name IN ('Asimov', 'Buck', 'Clancy', 'King', 'Shaben')
ORDER BY last_name, first_name;
-- wrong: wrong-order: sorted by first name first
-- expect: wrong order
SELECT first_name, last_name FROM author WHERE active = 1 ORDER BY first_name, last_name;
-- wrong: wrong-column: SELECT * returns the id and the flag too
-- expect: columns
SELECT * FROM author WHERE active = 1 ORDER BY last_name, first_name;

-- exercise: crud-active-titles
-- right: join-style: JOIN … ON with the flag in WHERE
SELECT b.title FROM book AS b JOIN author AS a ON a.author_id = b.author_id WHERE a.active = 1 ORDER BY b.title;
-- right: join-style: JOIN … USING, sorted by position
SELECT title FROM book JOIN author USING (author_id) WHERE active = 1 ORDER BY 1;
-- right: exists: a correlated EXISTS
SELECT title FROM book AS b
WHERE EXISTS (SELECT 1 FROM author AS a WHERE a.author_id = b.author_id AND a.active = 1)
ORDER BY title;
-- wrong: missing-condition: every book, active author or not
-- expect: 10 rows; the answer has 8
SELECT title FROM book ORDER BY title;
-- wrong: other: active = 0 returns the books of the soft-deleted authors
-- expect: Missing from your result
SELECT title FROM book WHERE author_id IN (SELECT author_id FROM author WHERE active = 0) ORDER BY title;
-- wrong: hard-coded: the visible ids of the active authors typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title FROM book WHERE author_id IN (1, 2, 3, 4, 7) ORDER BY title;
-- wrong: wrong-order: no ORDER BY, rows come in id order
-- expect: wrong order
SELECT title FROM book WHERE author_id IN (SELECT author_id FROM author WHERE active = 1);
-- wrong: wrong-column: book ids compared with author ids
-- expect: Missing from your result
SELECT title FROM book WHERE book_id IN (SELECT author_id FROM author WHERE active = 1) ORDER BY title;
