-- prompt: This exercise's setup creates a table `new_artist` with one column, `Name`, holding
-- prompt: four names to import: *AC/DC*, *Aerosmith*, *Velvet Index* and *Zeta Strings*.
-- prompt: Two of them are already in `Artist`. Copy into `Artist` only the names that are not
-- prompt: there yet, in alphabetical order, using `INSERT INTO … SELECT … WHERE NOT EXISTS`.
-- hint: `INSERT INTO Artist (Name) SELECT n.Name FROM new_artist AS n WHERE NOT EXISTS (…)`
-- hint: The subquery is `SELECT 1 FROM Artist AS a WHERE a.Name = n.Name`; end with `ORDER BY n.Name` so the new ids follow the alphabet.
-- setup: DELETE FROM Artist WHERE ArtistId > (SELECT min(a.ArtistId) FROM Artist AS a WHERE a.Name = Artist.Name);
-- setup: CREATE UNIQUE INDEX ux_artist_name ON Artist (Name);
-- setup: CREATE TABLE new_artist (Name TEXT);
-- setup: INSERT INTO new_artist (Name) VALUES ('Zeta Strings'), ('AC/DC'), ('Velvet Index'), ('Aerosmith');
INSERT INTO Artist (Name)
SELECT n.Name
FROM new_artist AS n
WHERE NOT EXISTS (SELECT 1 FROM Artist AS a WHERE a.Name = n.Name)
ORDER BY n.Name;
