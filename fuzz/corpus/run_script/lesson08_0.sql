-- prompt: Which foreign keys point *at* `Track`? Save them in a new table `track_refs` with two
-- prompt: columns: `from_table` (the table the key belongs to) and `from_column` (its column).
-- prompt: Create it with `CREATE TABLE track_refs AS SELECT …`, reading the catalogue with
-- prompt: `sqlite_schema` and `pragma_foreign_key_list`.
-- hint: Start from the "every foreign key" query above and keep only the rows whose `"table"` is `'Track'`.
-- hint: `CREATE TABLE track_refs AS SELECT m.name AS from_table, f."from" AS from_column FROM sqlite_schema AS m JOIN pragma_foreign_key_list(m.name) AS f WHERE f."table" = 'Track';`
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
