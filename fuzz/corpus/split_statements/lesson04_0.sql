-- prompt: Simon & Schuster no longer publishes *The Good Earth*. Delete just that link from
-- prompt: `book_publisher`, looking up both ids by name (`book.title` and `publisher.name`) with
-- prompt: `IN (SELECT …)` subqueries, as in the cells above. The book's link to Random House must
-- prompt: stay.
-- hint: You need two conditions joined by `AND`: one on `book_id`, one on `publisher_id`, each with a subquery such as `book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth')`.
-- hint: `DELETE FROM book_publisher WHERE book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth') AND publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster');`
DELETE FROM book_publisher
WHERE book_id IN (SELECT book_id FROM book WHERE title = 'The Good Earth')
  AND publisher_id IN (SELECT publisher_id FROM publisher WHERE name = 'Simon & Schuster');
