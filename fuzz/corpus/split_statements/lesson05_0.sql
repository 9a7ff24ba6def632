-- prompt: For this exercise an author with no books (Mary Shelley) has been added. Return
-- prompt: `first_name`, `last_name` and `book_count` for **every** author, including those with
-- prompt: no books (count 0). Sort by `book_count` from highest to lowest, then by `last_name`,
-- prompt: then by `first_name`.
-- hint: You need `LEFT JOIN` to keep authors without books, and `GROUP BY a.author_id`.
-- hint: Count `count(b.book_id) AS book_count`, not `count(*)`, which would give Shelley 1; then `ORDER BY book_count DESC, a.last_name, a.first_name`.
-- setup: INSERT INTO author (first_name, last_name) VALUES ('Mary', 'Shelley');
SELECT a.first_name, a.last_name, count(b.book_id) AS book_count
FROM author AS a
LEFT JOIN book AS b ON b.author_id = a.author_id
GROUP BY a.author_id
ORDER BY book_count DESC, a.last_name, a.first_name;
