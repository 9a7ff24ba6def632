INSERT INTO author (name) VALUES ('Zed') RETURNING id, name;
UPDATE book SET price = price * 2 WHERE price IS NOT NULL RETURNING *;
DELETE FROM author WHERE id = 1;
SELECT count(*) FROM book;
SELECT * FROM log;