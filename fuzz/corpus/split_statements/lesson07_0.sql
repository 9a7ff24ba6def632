-- prompt: Build the middle level of the tree: for each publisher and each author it publishes
-- prompt: books by, return the publisher `name`, the author's `last_name`, and how many of that
-- prompt: author's books the publisher publishes. Sort by publisher name, then last name.
-- hint: Join `publisher → book_publisher → book → author` and group by both the publisher and the author.
-- hint: `GROUP BY p.publisher_id, p.name, a.author_id, a.last_name ORDER BY p.name, a.last_name`
SELECT p.name, a.last_name, count(*) AS books
FROM publisher AS p
JOIN book_publisher AS bp ON bp.publisher_id = p.publisher_id
JOIN book AS b ON b.book_id = bp.book_id
JOIN author AS a ON a.author_id = b.author_id
GROUP BY p.publisher_id, p.name, a.author_id, a.last_name
ORDER BY p.name, a.last_name, p.publisher_id, a.author_id;
