-- Checker corpus for lessons/09-orm-view.md (dataset: books).

-- exercise: orm-select-like
-- right: other: SELECT * lists the three columns of book in the same order
SELECT * FROM book WHERE title LIKE 'The %' ORDER BY title, book_id;
-- right: alias: a table alias instead of fully qualified names
SELECT b.book_id, b.author_id, b.title
FROM book AS b
WHERE b.title LIKE 'The %'
ORDER BY b.title, b.book_id;
-- right: order-position: ORDER BY column positions
SELECT book_id, author_id, title FROM book WHERE title LIKE 'The %' ORDER BY 3, 1;
-- right: other: LIKE ignores case, so a lower-case pattern is the same filter
SELECT book_id, author_id, title FROM book
WHERE title LIKE 'the %' ORDER BY title, book_id;
-- right: other: the prefix compared with lower() and substr(), as case-blind as LIKE
SELECT book_id, author_id, title FROM book
WHERE lower(substr(title, 1, 4)) = 'the '
ORDER BY title, book_id;
-- right: other: GLOB with both cases of each letter
SELECT book_id, author_id, title FROM book
WHERE title GLOB '[Tt][Hh][Ee] *'
ORDER BY title, book_id;
-- wrong: like: a leading % also matches "The" in the middle of a title
-- expect: Not expected in your result
-- expect: Into The Abyss
SELECT book_id, author_id, title FROM book WHERE title LIKE '%The %' ORDER BY title, book_id;
-- wrong: tie-break: sorted by title only, without the book_id the prompt asks for
-- expect: hidden copy
-- known: no hidden copy repeats a title, so a missing tie-break on book_id goes unseen
SELECT book_id, author_id, title FROM book WHERE title LIKE 'The %' ORDER BY title;
-- wrong: wrong-order: title sorted descending
-- expect: wrong order
SELECT book_id, author_id, title FROM book WHERE title LIKE 'The %' ORDER BY title DESC, book_id;
-- wrong: wrong-column: only the title, where select(Book) asks for all three columns
-- expect: columns
SELECT book.title FROM book WHERE book.title LIKE 'The %' ORDER BY book.title, book.book_id;
-- wrong: hard-coded: the ids of the visible matches typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT book_id, author_id, title FROM book WHERE book_id IN (2, 3, 7, 9) ORDER BY title, book_id;
-- wrong: missing-condition: no WHERE at all
-- expect: 10 rows; the answer has 4
SELECT book.book_id, book.author_id, book.title FROM book ORDER BY book.title, book.book_id;
-- wrong: error: a typo in a column name
-- expect: no such column
SELECT book.book_id, book.author_id, book.titel FROM book WHERE book.title LIKE 'The %' ORDER BY book.title;

-- exercise: orm-join-simon-authors
-- right: join-style: USING on the shared column names
SELECT author.first_name, author.last_name
FROM author
JOIN author_publisher USING (author_id)
JOIN publisher USING (publisher_id)
WHERE publisher.name = 'Simon & Schuster'
ORDER BY author.last_name, author.author_id;
-- right: join-style: comma joins with the conditions in WHERE
SELECT a.first_name, a.last_name
FROM author AS a, author_publisher AS ap, publisher AS p
WHERE a.author_id = ap.author_id AND p.publisher_id = ap.publisher_id
  AND p.name = 'Simon & Schuster'
ORDER BY a.last_name, a.author_id;
-- right: alias: short aliases, joins written from the publisher side
SELECT a.first_name, a.last_name
FROM publisher AS p
JOIN author_publisher AS ap ON ap.publisher_id = p.publisher_id
JOIN author AS a ON a.author_id = ap.author_id
WHERE p.name = 'Simon & Schuster'
ORDER BY a.last_name, a.author_id;
-- right: order-position: ORDER BY 2, then author_id
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher ON author.author_id = author_publisher.author_id
JOIN publisher ON publisher.publisher_id = author_publisher.publisher_id
WHERE publisher.name = 'Simon & Schuster'
ORDER BY 2, author.author_id;
-- right: other: the publisher condition moved into the join's ON
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id AND publisher.name = 'Simon & Schuster'
ORDER BY author.last_name, author.author_id;
-- wrong: hard-coded: the visible authors' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT first_name, last_name FROM author WHERE author_id IN (2, 3, 6, 7) ORDER BY last_name, author_id;
-- wrong: missing-condition: no filter on the publisher
-- expect: Not expected in your result
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
ORDER BY author.last_name, author.author_id;
-- wrong: wrong-column: the association table joined to publisher on its author_id
-- expect: Missing from your result
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.author_id
WHERE publisher.name = 'Simon & Schuster'
ORDER BY author.last_name, author.author_id;
-- wrong: wrong-order: sorted by first name
-- expect: wrong order
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
WHERE publisher.name = 'Simon & Schuster'
ORDER BY author.first_name, author.author_id;
-- wrong: error: an unqualified author_id is ambiguous once author_publisher is joined
-- expect: ambiguous column name
SELECT first_name, last_name
FROM author JOIN author_publisher ON author.author_id = author_publisher.author_id
JOIN publisher ON publisher.publisher_id = author_publisher.publisher_id
WHERE name = 'Simon & Schuster'
ORDER BY last_name, author_id;

-- exercise: orm-books-per-author
-- right: join-style: USING (author_id) and count(*)
SELECT author.last_name, count(*) AS book_count
FROM author JOIN book USING (author_id)
GROUP BY author.author_id
ORDER BY book_count DESC, author.last_name, author.author_id;
-- right: subquery: counts in a derived table, joined back to author
SELECT a.last_name, b.book_count
FROM author AS a
JOIN (SELECT author_id, count(*) AS book_count FROM book GROUP BY author_id) AS b
  ON b.author_id = a.author_id
ORDER BY b.book_count DESC, a.last_name, a.author_id;
-- right: subquery: a correlated count, keeping only authors that have books
SELECT a.last_name,
       (SELECT count(*) FROM book AS b WHERE b.author_id = a.author_id) AS book_count
FROM author AS a
WHERE EXISTS (SELECT 1 FROM book AS b WHERE b.author_id = a.author_id)
ORDER BY book_count DESC, a.last_name, a.author_id;
-- right: order-position: ORDER BY 2 DESC, 1
SELECT author.last_name, count(book.book_id) AS book_count
FROM author JOIN book ON author.author_id = book.author_id
GROUP BY author.author_id, author.last_name
ORDER BY 2 DESC, 1, author.author_id;
-- right: cte: books counted in a CTE
WITH counts AS (SELECT author_id, count(*) AS n FROM book GROUP BY author_id)
SELECT author.last_name, counts.n AS book_count
FROM author JOIN counts ON counts.author_id = author.author_id
ORDER BY counts.n DESC, author.last_name, author.author_id;
-- wrong: wrong-order: fewest books first
-- expect: wrong order
SELECT author.last_name, count(book.book_id) AS book_count
FROM author JOIN book ON author.author_id = book.author_id
GROUP BY author.author_id
ORDER BY book_count, author.last_name, author.author_id;
-- wrong: hard-coded: the visible result typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS last_name, column2 AS book_count
FROM (VALUES ('King', 3), ('Clancy', 2), ('Asimov', 1), ('Buck', 1), ('Le Carre', 1), ('Michaelides', 1), ('Shaben', 1))
ORDER BY book_count DESC, last_name;
-- wrong: missing-condition: no GROUP BY, so one row for the whole table
-- expect: 1 row
SELECT author.last_name, count(book.book_id) AS book_count
FROM author JOIN book ON author.author_id = book.author_id
ORDER BY book_count DESC;
-- wrong: wrong-column: the count is not named book_count
-- expect: column named `book_count`
SELECT author.last_name, count(book.book_id)
FROM author JOIN book ON author.author_id = book.author_id
GROUP BY author.author_id
ORDER BY count(book.book_id) DESC, author.last_name, author.author_id;
-- wrong: count-star: a LEFT JOIN with count(*) gives an author without books a count of 1
-- expect: hidden copy
-- known: no hidden copy holds an author without books
SELECT author.last_name, count(*) AS book_count
FROM author LEFT JOIN book ON author.author_id = book.author_id
GROUP BY author.author_id
ORDER BY book_count DESC, author.last_name, author.author_id;
-- wrong: wrong-aggregate: counting distinct authors per author is always 1
-- expect: Missing from your result
SELECT author.last_name, count(DISTINCT author.author_id) AS book_count
FROM author JOIN book ON author.author_id = book.author_id
GROUP BY author.author_id
ORDER BY book_count DESC, author.last_name, author.author_id;

-- exercise: orm-having-publishers
-- right: join-style: USING and count(*)
SELECT author.first_name, author.last_name, count(*) AS publisher_count
FROM author
JOIN author_publisher USING (author_id)
JOIN publisher USING (publisher_id)
GROUP BY author.author_id
HAVING count(*) > 1
ORDER BY author.last_name, author.author_id;
-- right: alias: the HAVING refers to the column alias, >= 2
SELECT a.first_name, a.last_name, count(p.publisher_id) AS publisher_count
FROM author AS a
JOIN author_publisher AS ap ON ap.author_id = a.author_id
JOIN publisher AS p ON p.publisher_id = ap.publisher_id
GROUP BY a.author_id
HAVING publisher_count >= 2
ORDER BY a.last_name, a.author_id;
-- right: subquery: the counting done in a derived table, filtered with WHERE
SELECT first_name, last_name, publisher_count
FROM (
  SELECT a.author_id, a.first_name, a.last_name, count(p.publisher_id) AS publisher_count
  FROM author AS a, author_publisher AS ap, publisher AS p
  WHERE a.author_id = ap.author_id AND p.publisher_id = ap.publisher_id
  GROUP BY a.author_id
)
WHERE publisher_count > 1
ORDER BY last_name, author_id;
-- right: cte: the counts in a CTE
WITH pc AS (
  SELECT ap.author_id, count(*) AS n
  FROM author_publisher AS ap JOIN publisher AS p ON p.publisher_id = ap.publisher_id
  GROUP BY ap.author_id
)
SELECT author.first_name, author.last_name, pc.n AS publisher_count
FROM author JOIN pc ON pc.author_id = author.author_id
WHERE pc.n > 1
ORDER BY author.last_name, author.author_id;
-- wrong: other: >= 1 keeps every author with a publisher
-- expect: Not expected in your result
SELECT author.first_name, author.last_name, count(publisher.publisher_id) AS publisher_count
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
GROUP BY author.author_id
HAVING count(publisher.publisher_id) >= 1
ORDER BY author.last_name, author.author_id;
-- wrong: error: an aggregate in WHERE
-- expect: misuse of aggregate
SELECT author.first_name, author.last_name, count(publisher.publisher_id) AS publisher_count
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
WHERE count(publisher.publisher_id) > 1
GROUP BY author.author_id
ORDER BY author.last_name, author.author_id;
-- wrong: wrong-column: the count left out of the result
-- expect: columns
SELECT author.first_name, author.last_name
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
GROUP BY author.author_id
HAVING count(publisher.publisher_id) > 1
ORDER BY author.last_name, author.author_id;
-- wrong: hard-coded: the visible authors' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT author.first_name, author.last_name, count(*) AS publisher_count
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
WHERE author.author_id IN (2, 3, 4)
GROUP BY author.author_id
ORDER BY author.last_name, author.author_id;
-- wrong: wrong-order: sorted by first name
-- expect: wrong order
SELECT author.first_name, author.last_name, count(publisher.publisher_id) AS publisher_count
FROM author JOIN author_publisher AS ap ON author.author_id = ap.author_id
JOIN publisher ON publisher.publisher_id = ap.publisher_id
GROUP BY author.author_id
HAVING count(publisher.publisher_id) > 1
ORDER BY author.first_name, author.author_id;

-- exercise: orm-lazy-publishers
-- right: other: the two conditions in the other order, author id on the right
SELECT publisher.publisher_id, publisher.name
FROM publisher, author_publisher
WHERE publisher.publisher_id = author_publisher.publisher_id AND author_publisher.author_id = 2;
-- right: alias: aliased tables
SELECT p.publisher_id, p.name
FROM publisher AS p, author_publisher AS ap
WHERE ap.author_id = 2 AND p.publisher_id = ap.publisher_id;
-- right: other: the id taken from the association table, which equals publisher's
SELECT author_publisher.publisher_id, publisher.name
FROM publisher, author_publisher
WHERE 2 = author_publisher.author_id AND publisher.publisher_id = author_publisher.publisher_id;
-- right: join-style: an explicit JOIN ... ON instead of the comma
SELECT publisher.publisher_id, publisher.name
FROM publisher JOIN author_publisher ON publisher.publisher_id = author_publisher.publisher_id
WHERE author_publisher.author_id = 2;
-- right: other: an ORDER BY the prompt does not ask for is harmless
SELECT publisher.publisher_id, publisher.name
FROM publisher, author_publisher
WHERE 2 = author_publisher.author_id AND publisher.publisher_id = author_publisher.publisher_id
ORDER BY publisher.publisher_id;
-- wrong: missing-condition: no join condition, so every publisher pairs with both of her rows
-- expect: 8 rows; the answer has 2
SELECT publisher.publisher_id, publisher.name
FROM publisher, author_publisher
WHERE 2 = author_publisher.author_id;
-- wrong: wrong-column: the author id compared with the publisher id
-- expect: Missing from your result
SELECT publisher.publisher_id, publisher.name
FROM publisher, author_publisher
WHERE 2 = author_publisher.publisher_id AND publisher.publisher_id = author_publisher.publisher_id;
-- wrong: hard-coded: her publishers' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT publisher_id, name FROM publisher WHERE publisher_id IN (1, 2);
-- wrong: wrong-column: the author's id instead of the publisher's
-- expect: Missing from your result
SELECT author_publisher.author_id, publisher.name
FROM publisher, author_publisher
WHERE 2 = author_publisher.author_id AND publisher.publisher_id = author_publisher.publisher_id;
-- wrong: error: publisher_id is in both tables
-- expect: ambiguous column name
SELECT publisher_id, name
FROM publisher, author_publisher
WHERE 2 = author_id AND publisher.publisher_id = author_publisher.publisher_id;

-- exercise: orm-joinedload-author
-- right: alias: a short alias for book
SELECT b.book_id, b.author_id, b.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book AS b LEFT JOIN author AS author_1 ON author_1.author_id = b.author_id
WHERE b.title LIKE 'The %'
ORDER BY b.book_id;
-- right: join-style: LEFT JOIN ... USING, the qualified columns still reachable
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT JOIN author AS author_1 USING (author_id)
WHERE book.title LIKE 'The %'
ORDER BY book.book_id;
-- right: order-position: ORDER BY 1
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON book.author_id = author_1.author_id
WHERE book.title LIKE 'The %'
ORDER BY 1;
-- right: subquery: each author column looked up by a correlated subquery (the key is unique)
SELECT book.book_id, book.author_id, book.title,
       (SELECT a.author_id FROM author AS a WHERE a.author_id = book.author_id) AS author_id_1,
       (SELECT a.first_name FROM author AS a WHERE a.author_id = book.author_id) AS first_name,
       (SELECT a.last_name FROM author AS a WHERE a.author_id = book.author_id) AS last_name
FROM book
WHERE book.title LIKE 'The %'
ORDER BY book.book_id;
-- right: cte: the filtered books first, then the outer join
WITH the_books AS (SELECT * FROM book WHERE title LIKE 'The %')
SELECT the_books.book_id, the_books.author_id, the_books.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM the_books LEFT JOIN author AS author_1 ON author_1.author_id = the_books.author_id
ORDER BY the_books.book_id;
-- wrong: wrong-column: the author_id_1 column left out
-- expect: columns
SELECT book.book_id, book.author_id, book.title, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.title LIKE 'The %' ORDER BY book.book_id;
-- wrong: alias: author_1.author_id without AS author_id_1, so two columns are called author_id
-- expect: column named `author_id_1`
SELECT book.book_id, book.author_id, book.title, author_1.author_id, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.title LIKE 'The %' ORDER BY book.book_id;
-- wrong: wrong-order: newest book first
-- expect: wrong order
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.title LIKE 'The %' ORDER BY book.book_id DESC;
-- wrong: hard-coded: the visible books' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.book_id IN (2, 3, 7, 9) ORDER BY book.book_id;
-- wrong: wrong-column: the author joined on the book's id
-- expect: Missing from your result
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.book_id
WHERE book.title LIKE 'The %' ORDER BY book.book_id;
-- wrong: like: '%The %' also matches Into The Abyss
-- expect: Into The Abyss
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book LEFT OUTER JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.title LIKE '%The %' ORDER BY book.book_id;
-- wrong: inner-join: an inner join drops books whose author_id is NULL
-- expect: hidden copy
-- known: no hidden copy holds a book whose author_id is NULL (book.author_id is nullable)
SELECT book.book_id, book.author_id, book.title, author_1.author_id AS author_id_1, author_1.first_name, author_1.last_name
FROM book JOIN author AS author_1 ON author_1.author_id = book.author_id
WHERE book.title LIKE 'The %' ORDER BY book.book_id;

-- exercise: orm-add-book-transaction
-- right: other: BEGIN TRANSACTION ... END, and the columns listed in another order
BEGIN TRANSACTION;
INSERT INTO book (title, author_id)
VALUES ('Carrie', (SELECT author_id FROM author WHERE last_name = 'King' AND first_name = 'Stephen'));
INSERT INTO book_publisher (publisher_id, book_id)
VALUES ((SELECT publisher_id FROM publisher WHERE name = 'Random House'), last_insert_rowid());
END TRANSACTION;
-- right: other: INSERT ... SELECT for both rows
BEGIN;
INSERT INTO book (author_id, title)
SELECT author_id, 'Carrie' FROM author WHERE first_name = 'Stephen' AND last_name = 'King';
INSERT INTO book_publisher (book_id, publisher_id)
SELECT last_insert_rowid(), publisher_id FROM publisher WHERE name = 'Random House';
COMMIT;
-- right: subquery: the new book looked up by title and author instead of last_insert_rowid()
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
SELECT b.book_id, p.publisher_id
FROM book AS b JOIN author AS a ON a.author_id = b.author_id, publisher AS p
WHERE b.title = 'Carrie' AND a.first_name = 'Stephen' AND a.last_name = 'King' AND p.name = 'Random House';
COMMIT;
-- right: other: the new book is the one with the largest id
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
VALUES ((SELECT max(book_id) FROM book), (SELECT publisher_id FROM publisher WHERE name = 'Random House'));
COMMIT;
-- wrong: hard-coded: author 4, book 11 and publisher 1 typed in
-- expect: hidden copy
-- expect: hard-coded
BEGIN;
INSERT INTO book (author_id, title) VALUES (4, 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id) VALUES (11, 1);
COMMIT;
-- wrong: missing-condition: the book without its link to the publisher
-- expect: book_publisher
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
COMMIT;
-- wrong: like: '%Random House%' also matches Penguin Random House
-- expect: Not expected in book_publisher
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
SELECT b.book_id, p.publisher_id FROM book AS b, publisher AS p
WHERE b.title = 'Carrie' AND p.name LIKE '%Random House%';
COMMIT;
-- wrong: wrong-table-change: ROLLBACK instead of COMMIT throws both rows away
-- expect: Missing from book
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
VALUES (last_insert_rowid(), (SELECT publisher_id FROM publisher WHERE name = 'Random House'));
ROLLBACK;
-- wrong: wrong-table-change: the wrong publisher
-- expect: book_publisher
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
VALUES (last_insert_rowid(), (SELECT publisher_id FROM publisher WHERE name = 'Penguin Random House'));
COMMIT;
-- wrong: error: no column list, so two values for a three-column table
-- expect: 3 columns but 2 values were supplied
BEGIN;
INSERT INTO book VALUES ((SELECT author_id FROM author WHERE last_name = 'King'), 'Carrie');
INSERT INTO book_publisher VALUES (last_insert_rowid(), (SELECT publisher_id FROM publisher WHERE name = 'Random House'));
COMMIT;
