-- prompt: The `author` table from this lesson has been created for you. Return each different
-- prompt: book of the flat table once, as two columns: `title`, and the `author_id` of its
-- prompt: author, looked up in `author` by first and last name. Sort by `title`, then
-- prompt: `author_id`.
-- hint: Join the flat table to `author` on both name columns: `JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name`.
-- hint: `SELECT DISTINCT f.title, a.author_id FROM author_book_publisher AS f JOIN author AS a ON … ORDER BY f.title, a.author_id;`
-- setup: CREATE TABLE author (author_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT);
-- setup: INSERT INTO author (first_name, last_name) SELECT DISTINCT first_name, last_name FROM author_book_publisher ORDER BY last_name, first_name;
SELECT DISTINCT f.title, a.author_id
FROM author_book_publisher AS f
JOIN author AS a ON a.first_name = f.first_name AND a.last_name = f.last_name
ORDER BY f.title, a.author_id;
