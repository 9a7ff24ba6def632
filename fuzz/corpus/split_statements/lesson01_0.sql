-- prompt: Return `first_name`, `last_name` and `title_count`, the number of **different**
-- prompt: titles on that author's rows. Sort by `title_count` from highest to lowest, then by
-- prompt: `last_name`, then by `first_name`.
-- hint: Group by both name columns, `GROUP BY first_name, last_name`, and count `DISTINCT title` so that *It* counts once.
-- hint: `count(DISTINCT title) AS title_count`, then `ORDER BY title_count DESC, last_name, first_name`.
SELECT first_name, last_name, count(DISTINCT title) AS title_count
FROM author_book_publisher
GROUP BY first_name, last_name
ORDER BY title_count DESC, last_name, first_name;
