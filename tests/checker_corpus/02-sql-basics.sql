-- Checker corpus for lessons/02-sql-basics.md (dataset books).

-- exercise: basics-publisher-names
-- right: order-position: sorted by column position
SELECT name FROM publisher ORDER BY 1;
-- right: alias: a table alias and an explicit ASC
SELECT p.name FROM publisher AS p ORDER BY p.name ASC;
-- right: subquery: read from a subquery, sorted outside
SELECT name FROM (SELECT publisher_id, name FROM publisher) ORDER BY name;
-- right: other: the sort column named by its alias
SELECT name AS name FROM publisher ORDER BY name COLLATE BINARY;
-- wrong: wrong-column: SELECT * returns the id too
-- expect: columns
SELECT * FROM publisher ORDER BY name;
-- wrong: wrong-order: no ORDER BY, rows come in id order
-- expect: wrong order
SELECT name FROM publisher;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT name FROM publisher ORDER BY name DESC;
-- wrong: wrong-order: sorted by id, not by name
-- expect: wrong order
SELECT name FROM publisher ORDER BY publisher_id;
-- wrong: hard-coded: the visible names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Berkley' AS name UNION ALL SELECT 'Penguin Random House' UNION ALL SELECT 'Random House'
UNION ALL SELECT 'Simon & Schuster';

-- exercise: basics-titles-the
-- right: order-position: sorted by column position
SELECT title FROM book WHERE title LIKE 'The %' ORDER BY 1;
-- right: other: the first four characters compared, ignoring case like LIKE does
SELECT title FROM book WHERE lower(substr(title, 1, 4)) = 'the ' ORDER BY title;
-- right: other: LIKE on the lower-cased title
SELECT b.title FROM book AS b WHERE lower(b.title) LIKE 'the %' ORDER BY b.title ASC;
-- right: other: instr finds "the " at position 1
SELECT title FROM book WHERE instr(upper(title), 'THE ') = 1 ORDER BY title;
-- wrong: like: '%The %' also matches "The" in the middle of a title
-- expect: Not expected in your result
-- expect: 'Into The Abyss'
SELECT title FROM book WHERE title LIKE '%The %' ORDER BY title;
-- wrong: other: = compares the whole title, so nothing matches
-- expect: Missing from your result
SELECT title FROM book WHERE title = 'The %' ORDER BY title;
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title FROM book WHERE book_id IN (2, 3, 7, 9) ORDER BY title;
-- wrong: wrong-order: sorted Z to A
-- expect: wrong order
SELECT title FROM book WHERE title LIKE 'The %' ORDER BY title DESC;
-- wrong: wrong-order: no ORDER BY; the id order happens to be alphabetical here
-- expect: hidden copy
SELECT title FROM book WHERE title LIKE 'The %';

-- exercise: basics-books-of-two-authors
-- right: other: two comparisons joined by OR
SELECT book_id, title FROM book WHERE author_id = 3 OR author_id = 4 ORDER BY book_id;
-- right: order-position: the list in the other order, sorted by position
SELECT book_id, title FROM book WHERE author_id IN (4, 3) ORDER BY 1;
-- right: other: two queries joined by UNION
SELECT book_id, title FROM book WHERE author_id = 3
UNION
SELECT book_id, title FROM book WHERE author_id = 4
ORDER BY book_id;
-- right: alias: a table alias and an explicit ASC
SELECT b.book_id, b.title FROM book AS b WHERE (b.author_id = 3 OR b.author_id = 4) ORDER BY b.book_id ASC;
-- wrong: other: AND can never hold for two different ids
-- expect: Missing from your result
SELECT book_id, title FROM book WHERE author_id = 3 AND author_id = 4 ORDER BY book_id;
-- wrong: other: "= 3 OR 4" is "(= 3) OR 4", and 4 is always true
-- expect: Not expected in your result
-- expect: 10 rows; the answer has 5
SELECT book_id, title FROM book WHERE author_id = 3 OR 4 ORDER BY book_id;
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT book_id, title FROM book WHERE book_id BETWEEN 3 AND 7 ORDER BY book_id;
-- wrong: wrong-order: sorted by title instead of book_id
-- expect: wrong order
SELECT book_id, title FROM book WHERE author_id IN (3, 4) ORDER BY title;
-- wrong: wrong-column: the author_id returned as well
-- expect: columns
SELECT book_id, title, author_id FROM book WHERE author_id IN (3, 4) ORDER BY book_id;

-- exercise: basics-books-without-author
-- right: other: ISNULL, SQLite's one-word spelling of IS NULL
SELECT title FROM book WHERE author_id ISNULL ORDER BY 1;
-- right: other: typeof() names the NULL type
SELECT title FROM book WHERE typeof(author_id) = 'null' ORDER BY title;
-- right: alias: a table alias and an explicit ASC
SELECT b.title FROM book AS b WHERE b.author_id IS NULL ORDER BY b.title ASC;
-- right: exists: no author row matches the book (a NULL id matches none)
SELECT title FROM book
WHERE NOT EXISTS (SELECT 1 FROM author AS a WHERE a.author_id = book.author_id)
ORDER BY title;
-- wrong: other: = NULL is never true
-- expect: Missing from your result
-- expect: 'Dead Zone'
SELECT title FROM book WHERE author_id = NULL ORDER BY title;
-- wrong: other: IS NOT NULL returns the opposite rows
-- expect: Missing from your result
SELECT title FROM book WHERE author_id IS NOT NULL ORDER BY title;
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title FROM book WHERE book_id IN (5, 6, 7) ORDER BY title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title FROM book WHERE title IN ('It', 'Dead Zone', 'The Shining') ORDER BY title;
-- wrong: wrong-order: no ORDER BY, rows come in id order
-- expect: wrong order
SELECT title FROM book WHERE author_id IS NULL;

-- exercise: basics-books-by-author-desc
-- right: order-position: sorted by column positions
SELECT author_id, title FROM book ORDER BY 1 DESC, 2;
-- right: alias: a table alias and an explicit ASC
SELECT b.author_id, b.title FROM book AS b ORDER BY b.author_id DESC, b.title ASC;
-- right: subquery: read from a subquery, sorted outside
SELECT author_id, title FROM (SELECT book_id, author_id, title FROM book) ORDER BY author_id DESC, title;
-- wrong: tie-break: no second key, so the books of one author come in id order
-- expect: wrong order
SELECT author_id, title FROM book ORDER BY author_id DESC;
-- wrong: wrong-order: author_id from lowest to highest
-- expect: wrong order
SELECT author_id, title FROM book ORDER BY author_id, title;
-- wrong: wrong-order: DESC applied to the title too
-- expect: wrong order
SELECT author_id, title FROM book ORDER BY author_id DESC, title DESC;
-- wrong: wrong-order: the two sort keys swapped
-- expect: wrong order
SELECT author_id, title FROM book ORDER BY title, author_id DESC;
-- wrong: wrong-column: SELECT * returns book_id too
-- expect: columns
SELECT * FROM book ORDER BY author_id DESC, title;
-- wrong: hard-coded: the visible result typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 7 AS author_id, 'Into The Abyss' AS title
UNION ALL SELECT 6, 'The Silent Patient'
UNION ALL SELECT 5, 'Tinker, Tailor, Solider, Spy: A George Smiley Novel'
UNION ALL SELECT 4, 'Dead Zone'
UNION ALL SELECT 4, 'It'
UNION ALL SELECT 4, 'The Shining'
UNION ALL SELECT 3, 'Patriot Games'
UNION ALL SELECT 3, 'The Hunt For Red October'
UNION ALL SELECT 2, 'The Good Earth'
UNION ALL SELECT 1, 'Foundation';

-- exercise: basics-title-page-two
-- right: limit-offset: LIMIT offset, count
SELECT title FROM book ORDER BY title LIMIT 3, 3;
-- right: order-position: sorted by column position
SELECT title FROM book ORDER BY 1 LIMIT 3 OFFSET 3;
-- right: subquery: row numbers 4 to 6 of the sorted titles
SELECT title
FROM (SELECT title, row_number() OVER (ORDER BY title) AS n FROM book)
WHERE n BETWEEN 4 AND 6
ORDER BY title;
-- right: cte: the first six sorted titles, then skip three of them
WITH first_six AS (SELECT title FROM book ORDER BY title LIMIT 6)
SELECT title FROM first_six ORDER BY title LIMIT 3 OFFSET 3;
-- wrong: offset: OFFSET 4 skips one row too many
-- expect: Missing from your result
-- expect: 'It'
SELECT title FROM book ORDER BY title LIMIT 3 OFFSET 4;
-- wrong: offset: OFFSET 2 starts at the third title
-- expect: Missing from your result
-- expect: 'The Good Earth'
SELECT title FROM book ORDER BY title LIMIT 3 OFFSET 2;
-- wrong: offset: "LIMIT 4, 6" read as "rows 4 to 6" takes six rows from the fifth
-- expect: 6 rows; the answer has 3
SELECT title FROM book ORDER BY title LIMIT 4, 6;
-- wrong: missing-condition: no ORDER BY, so the slice is taken in id order
-- expect: Missing from your result
SELECT title FROM book LIMIT 3 OFFSET 3;
-- wrong: hard-coded: the visible titles typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title FROM book WHERE title IN ('It', 'Patriot Games', 'The Good Earth') ORDER BY title;

-- exercise: basics-full-names
-- right: alias: a table alias and explicit ASC
SELECT a.first_name || ' ' || a.last_name AS full_name FROM author AS a ORDER BY a.last_name ASC, a.first_name ASC;
-- right: subquery: the name built in a subquery, sorted outside by the name columns
SELECT full_name
FROM (SELECT first_name || ' ' || last_name AS full_name, first_name, last_name FROM author)
ORDER BY last_name, first_name;
-- right: cte: the name built in a CTE, with AS full_name in quotes
WITH named AS (SELECT author_id, first_name || ' ' || last_name AS "full_name" FROM author)
SELECT n.full_name FROM named AS n JOIN author AS a ON a.author_id = n.author_id
ORDER BY a.last_name, a.first_name;
-- wrong: other: no space between the names
-- expect: Missing from your result
-- expect: 'Pearl Buck'
SELECT first_name || last_name AS full_name FROM author ORDER BY last_name, first_name;
-- wrong: other: the column is not named full_name
-- expect: column named
-- expect: full_name
SELECT first_name || ' ' || last_name FROM author ORDER BY last_name, first_name;
-- wrong: wrong-order: sorted by the full name, that is by first name
-- expect: wrong order
SELECT first_name || ' ' || last_name AS full_name FROM author ORDER BY full_name;
-- wrong: other: + adds numbers in SQL, it does not join text
-- expect: Missing from your result
SELECT first_name + ' ' + last_name AS full_name FROM author ORDER BY last_name, first_name;
-- wrong: other: the column names quoted as text
-- expect: Missing from your result
SELECT 'first_name' || ' ' || 'last_name' AS full_name FROM author ORDER BY last_name, first_name;
-- wrong: hard-coded: the visible names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Isaac Asimov' AS full_name UNION ALL SELECT 'Pearl Buck' UNION ALL SELECT 'Tom Clancy'
UNION ALL SELECT 'Stephen King' UNION ALL SELECT 'John Le Carre' UNION ALL SELECT 'Alex Michaelides'
UNION ALL SELECT 'Carol Shaben';

-- exercise: basics-longest-titles
-- right: order-position: sorted by column positions
SELECT title, length(title) AS letters FROM book ORDER BY 2 DESC, 1 LIMIT 3;
-- right: limit-offset: LIMIT 0, 3
SELECT title, length(title) AS letters FROM book ORDER BY letters DESC, title LIMIT 0, 3;
-- right: cte: lengths in a CTE, sorted and cut outside
WITH t AS (SELECT title, length(title) AS letters FROM book)
SELECT title, letters FROM t ORDER BY letters DESC, title LIMIT 3;
-- right: other: the expression repeated in ORDER BY
SELECT b.title, length(b.title) AS letters FROM book AS b ORDER BY length(b.title) DESC, b.title ASC LIMIT 3;
-- wrong: wrong-order: shortest titles first
-- expect: Missing from your result
-- expect: 'The Hunt For Red October'
SELECT title, length(title) AS letters FROM book ORDER BY letters, title LIMIT 3;
-- wrong: offset: LIMIT 4 keeps one title too many
-- expect: 4 rows; the answer has 3
SELECT title, length(title) AS letters FROM book ORDER BY letters DESC, title LIMIT 4;
-- wrong: wrong-column: the length not returned
-- expect: columns
SELECT title FROM book ORDER BY length(title) DESC, title LIMIT 3;
-- wrong: other: the length named length instead of letters
-- expect: column named
-- expect: letters
SELECT title, length(title) AS length FROM book ORDER BY length DESC, title LIMIT 3;
-- wrong: hard-coded: the visible book ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT title, length(title) AS letters FROM book WHERE book_id IN (8, 3, 9) ORDER BY letters DESC;

-- exercise: basics-initials
-- right: other: each letter capitalized on its own
SELECT last_name, upper(substr(first_name, 1, 1)) || upper(substr(last_name, 1, 1)) AS initials
FROM author
ORDER BY last_name, first_name;
-- right: other: capitalize the names first, then cut
SELECT last_name, substr(upper(first_name), 1, 1) || substr(upper(last_name), 1, 1) AS initials
FROM author
ORDER BY 1, first_name;
-- right: cte: initials in a CTE, sorted outside
WITH i AS (
  SELECT first_name, last_name, upper(substr(first_name, 1, 1) || substr(last_name, 1, 1)) AS initials FROM author
)
SELECT last_name, initials FROM i ORDER BY last_name, first_name;
-- wrong: other: dots between the letters
-- expect: Missing from your result
-- expect: 'SK'
SELECT last_name, upper(substr(first_name, 1, 1) || '.' || substr(last_name, 1, 1)) AS initials
FROM author
ORDER BY last_name, first_name;
-- wrong: other: substr counts from 1, so substr(x, 0, 1) is empty
-- expect: Missing from your result
SELECT last_name, upper(substr(first_name, 0, 1) || substr(last_name, 0, 1)) AS initials
FROM author
ORDER BY last_name, first_name;
-- wrong: wrong-order: sorted by the initials
-- expect: wrong order
SELECT last_name, upper(substr(first_name, 1, 1) || substr(last_name, 1, 1)) AS initials
FROM author
ORDER BY initials;
-- wrong: other: the column not named initials
-- expect: column named
-- expect: initials
SELECT last_name, upper(substr(first_name, 1, 1) || substr(last_name, 1, 1))
FROM author
ORDER BY last_name, first_name;
-- wrong: hard-coded: the visible result typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Asimov' AS last_name, 'IA' AS initials UNION ALL SELECT 'Buck', 'PB' UNION ALL SELECT 'Clancy', 'TC'
UNION ALL SELECT 'King', 'SK' UNION ALL SELECT 'Le Carre', 'JL' UNION ALL SELECT 'Michaelides', 'AM'
UNION ALL SELECT 'Shaben', 'CS';
