-- prompt: In one transaction (`BEGIN; … COMMIT;`), add the artist *Harbour Lights* and an album
-- prompt: titled *First Light* by that artist. Use `last_insert_rowid()` (or a subquery) for the
-- prompt: new artist's id rather than typing a number.
-- hint: First `INSERT INTO Artist (Name) VALUES ('Harbour Lights');`, then insert into `Album (Title, ArtistId)`.
-- hint: `INSERT INTO Album (Title, ArtistId) VALUES ('First Light', last_insert_rowid());` then `COMMIT;`
-- setup: DELETE FROM Artist WHERE ArtistId > (SELECT min(a.ArtistId) FROM Artist AS a WHERE a.Name = Artist.Name);
-- setup: CREATE UNIQUE INDEX ux_artist_name ON Artist (Name);
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId) VALUES ('First Light', last_insert_rowid());
COMMIT;
