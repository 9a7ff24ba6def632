-- prompt: Stephen King has a new book, *Carrie*, published by Random House. In one transaction
-- prompt: (`BEGIN; … COMMIT;`), insert the book into `book` and its link into `book_publisher`.
-- prompt: Don't type ids: look up the author and the publisher by name with subqueries, and use
-- prompt: `last_insert_rowid()` for the new book's id.
-- hint: `INSERT INTO book (author_id, title) VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');`
-- hint: Then `INSERT INTO book_publisher (book_id, publisher_id) VALUES (last_insert_rowid(), (SELECT publisher_id FROM publisher WHERE name = 'Random House'));` and `COMMIT;`
BEGIN;
INSERT INTO book (author_id, title)
VALUES ((SELECT author_id FROM author WHERE first_name = 'Stephen' AND last_name = 'King'), 'Carrie');
INSERT INTO book_publisher (book_id, publisher_id)
VALUES (last_insert_rowid(), (SELECT publisher_id FROM publisher WHERE name = 'Random House'));
COMMIT;
