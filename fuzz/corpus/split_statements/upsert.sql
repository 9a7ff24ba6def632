INSERT INTO author (id, name) VALUES (1, 'Ada') ON CONFLICT (id) DO UPDATE SET name = excluded.name || '!';
INSERT OR REPLACE INTO author VALUES (2, 'B');
REPLACE INTO log VALUES (1, NULL);
SELECT * FROM author;