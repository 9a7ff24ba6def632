-- prompt: For every book written by Tom Clancy, return the book `title` and the publisher
-- prompt: `name`, one row per book and publisher, sorted by title, then publisher name.
-- hint: Chain three joins: `author` → `book` → `book_publisher` → `publisher`.
-- hint: `WHERE a.last_name = 'Clancy' ORDER BY b.title, p.name`
SELECT b.title, p.name
FROM author AS a
JOIN book AS b ON b.author_id = a.author_id
JOIN book_publisher AS bp ON bp.book_id = b.book_id
JOIN publisher AS p ON p.publisher_id = bp.publisher_id
WHERE a.last_name = 'Clancy'
ORDER BY b.title, p.name;
