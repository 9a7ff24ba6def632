-- Checker corpus for lessons/10-chinook.md (dataset: chinook).

-- exercise: chinook-album-tracks
-- right: join-style: USING (AlbumId)
SELECT Track.Name, Track.Milliseconds / 1000 AS seconds
FROM Track JOIN Album USING (AlbumId)
WHERE Album.Title = 'Let There Be Rock'
ORDER BY Track.TrackId;
-- right: subquery: the album's id looked up with IN
SELECT Name, Milliseconds / 1000
FROM Track
WHERE AlbumId IN (SELECT AlbumId FROM Album WHERE Title = 'Let There Be Rock')
ORDER BY TrackId;
-- right: join-style: comma join with the condition in WHERE
SELECT t.Name, t.Milliseconds / 1000 AS seconds
FROM Track AS t, Album AS al
WHERE al.AlbumId = t.AlbumId AND al.Title = 'Let There Be Rock'
ORDER BY t.TrackId;
-- right: other: whole seconds by CAST of the exact division
SELECT t.Name, CAST(t.Milliseconds / 1000.0 AS INTEGER) AS seconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE al.Title = 'Let There Be Rock'
ORDER BY t.TrackId;
-- right: exists: the album matched with EXISTS
SELECT t.Name, t.Milliseconds / 1000 AS seconds
FROM Track AS t
WHERE EXISTS (SELECT 1 FROM Album AS al WHERE al.AlbumId = t.AlbumId AND al.Title = 'Let There Be Rock')
ORDER BY t.TrackId;
-- right: alias: the seconds column under another name, which the prompt does not fix
SELECT t.Name, t.Milliseconds / 1000 AS length_s
FROM Album AS al JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE al.Title = 'Let There Be Rock'
ORDER BY t.TrackId ASC;
-- wrong: other: dividing by 1000.0 keeps the fraction, not whole seconds
-- expect: Not expected in your result
-- expect: 331.18
SELECT t.Name, t.Milliseconds / 1000.0 AS seconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE al.Title = 'Let There Be Rock'
ORDER BY t.TrackId;
-- wrong: wrong-order: sorted by track name
-- expect: wrong order
SELECT t.Name, t.Milliseconds / 1000 AS seconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE al.Title = 'Let There Be Rock'
ORDER BY t.Name;
-- wrong: like: '%Rock%' matches every album with Rock in its title
-- expect: Not expected in your result
SELECT t.Name, t.Milliseconds / 1000 AS seconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE al.Title LIKE '%Rock%'
ORDER BY t.TrackId;
-- wrong: hard-coded: the visible TrackIds typed in
-- expect: hidden copy
SELECT Name, Milliseconds / 1000 AS seconds FROM Track WHERE TrackId BETWEEN 15 AND 22 ORDER BY TrackId;
-- wrong: wrong-column: milliseconds, not seconds
-- expect: Missing from your result
SELECT t.Name, t.Milliseconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE al.Title = 'Let There Be Rock'
ORDER BY t.TrackId;
-- wrong: error: an unqualified AlbumId is in both Track and Album
-- expect: ambiguous column name
SELECT t.Name, t.Milliseconds / 1000 AS seconds
FROM Track AS t JOIN Album AS al ON al.AlbumId = t.AlbumId
WHERE AlbumId = 4 AND al.Title = 'Let There Be Rock'
ORDER BY t.TrackId;

-- exercise: chinook-zeppelin-albums
-- right: subquery: the artist's id looked up with IN, no join to Artist
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Album AS al JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE al.ArtistId IN (SELECT ArtistId FROM Artist WHERE Name = 'Led Zeppelin')
GROUP BY al.AlbumId
ORDER BY al.Title, al.AlbumId;
-- right: join-style: USING and count(t.TrackId)
SELECT Album.Title, count(Track.TrackId), round(sum(Track.Milliseconds) / 60000.0, 1)
FROM Artist JOIN Album USING (ArtistId) JOIN Track USING (AlbumId)
WHERE Artist.Name = 'Led Zeppelin'
GROUP BY Album.AlbumId
ORDER BY Album.Title, Album.AlbumId;
-- right: order-position: ORDER BY 1
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Artist AS ar, Album AS al, Track AS t
WHERE al.ArtistId = ar.ArtistId AND t.AlbumId = al.AlbumId AND ar.Name = 'Led Zeppelin'
GROUP BY al.AlbumId, al.Title
ORDER BY 1, al.AlbumId;
-- right: subquery: correlated count and sum per album, albums without tracks left out
SELECT al.Title,
       (SELECT count(*) FROM Track AS t WHERE t.AlbumId = al.AlbumId) AS tracks,
       (SELECT round(sum(t.Milliseconds) / 60000.0, 1) FROM Track AS t WHERE t.AlbumId = al.AlbumId) AS minutes
FROM Album AS al JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
WHERE ar.Name = 'Led Zeppelin'
  AND EXISTS (SELECT 1 FROM Track AS t WHERE t.AlbumId = al.AlbumId)
ORDER BY al.Title, al.AlbumId;
-- right: other: sorted by title only, as the prompt says
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name = 'Led Zeppelin'
GROUP BY al.AlbumId
ORDER BY al.Title;
-- wrong: like: '%Zeppelin%' also matches Dread Zeppelin
-- expect: Not expected in your result
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name LIKE '%Zeppelin%'
GROUP BY al.AlbumId, al.Title
ORDER BY al.Title, al.AlbumId;
-- wrong: other: integer division by 60000 drops the fraction
-- expect: Missing from your result
-- expect: 74.8
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000, 1) AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name = 'Led Zeppelin'
GROUP BY al.AlbumId, al.Title
ORDER BY al.Title, al.AlbumId;
-- wrong: other: not rounded to one decimal
-- expect: rounding
SELECT al.Title, count(*) AS tracks, sum(t.Milliseconds) / 60000.0 AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name = 'Led Zeppelin'
GROUP BY al.AlbumId, al.Title
ORDER BY al.Title, al.AlbumId;
-- wrong: wrong-order: longest album first
-- expect: wrong order
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name = 'Led Zeppelin'
GROUP BY al.AlbumId, al.Title
ORDER BY minutes DESC;
-- wrong: wrong-aggregate: grouped by artist, one row for the whole career
-- expect: 1 row
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE ar.Name = 'Led Zeppelin'
GROUP BY ar.ArtistId
ORDER BY al.Title;
-- wrong: hard-coded: the visible AlbumIds typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT al.Title, count(*) AS tracks, round(sum(t.Milliseconds) / 60000.0, 1) AS minutes
FROM Album AS al JOIN Track AS t ON t.AlbumId = al.AlbumId
WHERE al.AlbumId IN (30, 44, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138)
GROUP BY al.AlbumId, al.Title
ORDER BY al.Title, al.AlbumId;

-- exercise: chinook-top-artists
-- right: limit-offset: LIMIT 0, 5
SELECT ar.Name, count(*) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC, ar.Name, ar.ArtistId
LIMIT 0, 5;
-- right: order-position: ORDER BY 2 DESC, 1
SELECT ar.Name, count(t.TrackId)
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId, ar.Name
ORDER BY 2 DESC, 1, ar.ArtistId
LIMIT 5;
-- right: cte: tracks per artist in a CTE
WITH per_artist AS (
  SELECT al.ArtistId, count(*) AS tracks
  FROM Album AS al JOIN Track AS t ON t.AlbumId = al.AlbumId
  GROUP BY al.ArtistId
)
SELECT ar.Name, pa.tracks
FROM per_artist AS pa JOIN Artist AS ar ON ar.ArtistId = pa.ArtistId
ORDER BY pa.tracks DESC, ar.Name, ar.ArtistId
LIMIT 5;
-- right: join-style: USING, and LIMIT 5 OFFSET 0
SELECT Artist.Name, count(*) AS tracks
FROM Artist JOIN Album USING (ArtistId) JOIN Track USING (AlbumId)
GROUP BY Artist.ArtistId
ORDER BY count(*) DESC, Artist.Name, Artist.ArtistId
LIMIT 5 OFFSET 0;
-- wrong: tie-break: no tie-break, so Lost can take fifth place from Deep Purple
-- expect: Deep Purple
SELECT ar.Name, count(*) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC
LIMIT 5;
-- wrong: tie-break: ties broken by name the wrong way round
-- expect: Missing from your result
-- expect: Deep Purple
SELECT ar.Name, count(*) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC, ar.Name DESC
LIMIT 5;
-- wrong: offset: only four artists
-- expect: 4 rows; the answer has 5
SELECT ar.Name, count(*) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC, ar.Name
LIMIT 4;
-- wrong: offset: OFFSET 1 skips the top artist
-- expect: Iron Maiden
SELECT ar.Name, count(*) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC, ar.Name
LIMIT 5 OFFSET 1;
-- wrong: wrong-aggregate: counts albums, not tracks
-- expect: Missing from your result
SELECT ar.Name, count(DISTINCT al.AlbumId) AS tracks
FROM Artist AS ar
JOIN Album AS al ON al.ArtistId = ar.ArtistId
JOIN Track AS t ON t.AlbumId = al.AlbumId
GROUP BY ar.ArtistId
ORDER BY tracks DESC, ar.Name
LIMIT 5;
-- wrong: hard-coded: the visible top five typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 'Iron Maiden' AS Name, 213 AS tracks
UNION ALL SELECT 'U2', 135
UNION ALL SELECT 'Led Zeppelin', 114
UNION ALL SELECT 'Metallica', 112
UNION ALL SELECT 'Deep Purple', 92;

-- exercise: chinook-artists-without-albums
-- right: exists: NOT EXISTS
SELECT count(*) FROM Artist AS ar
WHERE NOT EXISTS (SELECT 1 FROM Album AS al WHERE al.ArtistId = ar.ArtistId);
-- right: subquery: NOT IN over Album.ArtistId (a NOT NULL column)
SELECT count(*) FROM Artist WHERE ArtistId NOT IN (SELECT ArtistId FROM Album);
-- right: other: EXCEPT, then count
SELECT count(*) FROM (SELECT ArtistId FROM Artist EXCEPT SELECT ArtistId FROM Album);
-- right: join-style: LEFT JOIN ... USING, counting the artist ids
SELECT count(Artist.ArtistId) AS artists_without_albums
FROM Artist LEFT JOIN Album USING (ArtistId)
WHERE Album.AlbumId IS NULL;
-- right: other: the album side's ArtistId tested for NULL (it is NOT NULL in Album)
SELECT count(*) FROM Artist AS ar LEFT JOIN Album AS al ON al.ArtistId = ar.ArtistId
WHERE al.ArtistId IS NULL;
-- wrong: hard-coded: the visible count typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT 71;
-- wrong: wrong-aggregate: count(al.AlbumId) counts only the NULLs the filter keeps, so 0
-- expect: Missing from your result
SELECT count(al.AlbumId) FROM Artist AS ar LEFT JOIN Album AS al ON al.ArtistId = ar.ArtistId
WHERE al.AlbumId IS NULL;
-- wrong: inner-join: an inner join has no rows without an album
-- expect: Missing from your result
SELECT count(*) FROM Artist AS ar JOIN Album AS al ON al.ArtistId = ar.ArtistId
WHERE al.AlbumId IS NULL;
-- wrong: missing-condition: no IS NULL filter counts every artist-album pair
-- expect: Missing from your result
SELECT count(*) FROM Artist AS ar LEFT JOIN Album AS al ON al.ArtistId = ar.ArtistId;
-- wrong: other: the artists listed instead of counted
-- expect: 71 rows; the answer has 1
SELECT ar.ArtistId FROM Artist AS ar LEFT JOIN Album AS al ON al.ArtistId = ar.ArtistId
WHERE al.AlbumId IS NULL;

-- exercise: chinook-insert-or-ignore
-- right: other: INSERT OR IGNORE ... SELECT with UNION ALL, one statement
INSERT OR IGNORE INTO Artist (Name)
SELECT 'Zeta Strings' UNION ALL SELECT 'AC/DC' UNION ALL SELECT 'Harbour Lights';
-- right: other: NULL for the INTEGER PRIMARY KEY lets SQLite choose the ids
INSERT OR IGNORE INTO Artist (ArtistId, Name) VALUES (NULL, 'Zeta Strings'), (NULL, 'AC/DC'), (NULL, 'Harbour Lights');
-- right: other: the keyword spelled in lower case and no column list
insert or ignore into Artist values (null, 'Zeta Strings'), (null, 'AC/DC'), (null, 'Harbour Lights');
-- wrong: error: a plain INSERT stops at the duplicate
-- expect: UNIQUE constraint failed
INSERT INTO Artist (Name) VALUES ('Zeta Strings'), ('AC/DC'), ('Harbour Lights');
-- wrong: wrong-order: the names in another order get each other's ids
-- expect: Artist
-- expect: Harbour Lights
INSERT OR IGNORE INTO Artist (Name) VALUES ('Harbour Lights'), ('AC/DC'), ('Zeta Strings');
-- wrong: error: OR REPLACE deletes AC/DC (to add it back under a new id), which its albums still reference
-- expect: FOREIGN KEY constraint failed
INSERT OR REPLACE INTO Artist (Name) VALUES ('Zeta Strings'), ('AC/DC'), ('Harbour Lights');
-- wrong: hard-coded: the new ids typed in, which a bigger table already uses
-- expect: hidden copy
-- expect: Missing from artist
INSERT OR IGNORE INTO Artist (ArtistId, Name) VALUES (276, 'Zeta Strings'), (1, 'AC/DC'), (277, 'Harbour Lights');
-- wrong: wrong-table-change: a typo in AC/DC adds a near-duplicate
-- expect: Not expected in Artist
INSERT OR IGNORE INTO Artist (Name) VALUES ('Zeta Strings'), ('AC-DC'), ('Harbour Lights');

-- exercise: chinook-import-new-artists
-- right: join-style: LEFT JOIN ... IS NULL as the anti-join
INSERT INTO Artist (Name)
SELECT n.Name
FROM new_artist AS n LEFT JOIN Artist AS a ON a.Name = n.Name
WHERE a.ArtistId IS NULL
ORDER BY n.Name;
-- right: subquery: NOT IN, with NULL names kept out of the list
INSERT INTO Artist (Name)
SELECT Name FROM new_artist
WHERE Name NOT IN (SELECT Name FROM Artist WHERE Name IS NOT NULL)
ORDER BY Name;
-- right: exists: NOT EXISTS without aliases on the outer table
INSERT INTO Artist (Name)
SELECT new_artist.Name FROM new_artist
WHERE NOT EXISTS (SELECT * FROM Artist WHERE Artist.Name = new_artist.Name)
ORDER BY 1;
-- right: other: INSERT OR IGNORE ... SELECT, sorted
INSERT OR IGNORE INTO Artist (Name)
SELECT Name FROM new_artist ORDER BY Name;
-- right: cte: the missing names in a CTE
WITH missing AS (
  SELECT n.Name FROM new_artist AS n
  WHERE NOT EXISTS (SELECT 1 FROM Artist AS a WHERE a.Name = n.Name)
)
INSERT INTO Artist (Name) SELECT Name FROM missing ORDER BY Name;
-- wrong: wrong-order: no ORDER BY, so the names go in in the table's order
-- expect: Artist
INSERT INTO Artist (Name)
SELECT n.Name FROM new_artist AS n
WHERE NOT EXISTS (SELECT 1 FROM Artist AS a WHERE a.Name = n.Name);
-- wrong: wrong-order: reverse alphabetical order
-- expect: Artist
INSERT INTO Artist (Name)
SELECT n.Name FROM new_artist AS n
WHERE NOT EXISTS (SELECT 1 FROM Artist AS a WHERE a.Name = n.Name)
ORDER BY n.Name DESC;
-- wrong: error: without the NOT EXISTS the existing names break the unique index
-- expect: UNIQUE constraint failed
INSERT INTO Artist (Name) SELECT Name FROM new_artist ORDER BY Name;
-- wrong: other: an unqualified Name in the subquery means a.Name, so nothing is ever missing
-- expect: Missing from Artist
-- expect: Velvet Index
INSERT INTO Artist (Name)
SELECT n.Name FROM new_artist AS n
WHERE NOT EXISTS (SELECT 1 FROM Artist AS a WHERE a.Name = Name)
ORDER BY n.Name;
-- wrong: hard-coded: the two new names typed in
-- expect: hidden copy
-- expect: Missing from artist
-- expect: hard-coded
INSERT INTO Artist (Name) VALUES ('Velvet Index'), ('Zeta Strings');
-- wrong: other: NOT IN over a column that may hold NULL inserts nothing once one name is NULL
-- expect: hidden copy
-- known: no hidden copy holds an artist whose Name is NULL (Artist.Name is nullable)
INSERT INTO Artist (Name)
SELECT Name FROM new_artist WHERE Name NOT IN (SELECT Name FROM Artist) ORDER BY Name;

-- exercise: chinook-new-artist-album
-- right: subquery: the artist's id looked up by name (the name is unique)
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId)
VALUES ('First Light', (SELECT ArtistId FROM Artist WHERE Name = 'Harbour Lights'));
COMMIT;
-- right: other: INSERT ... SELECT for the album
BEGIN TRANSACTION;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId)
SELECT 'First Light', ArtistId FROM Artist WHERE Name = 'Harbour Lights';
END TRANSACTION;
-- right: other: columns in the other order
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (ArtistId, Title) VALUES (last_insert_rowid(), 'First Light');
COMMIT;
-- right: other: the new artist is the one with the largest id
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId) VALUES ('First Light', (SELECT max(ArtistId) FROM Artist));
COMMIT;
-- wrong: hard-coded: the new artist's id typed in
-- expect: hidden copy
-- expect: FOREIGN KEY constraint failed
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId) VALUES ('First Light', 276);
COMMIT;
-- wrong: wrong-order: the album inserted first, so it goes to the previous last artist
-- expect: Album
BEGIN;
INSERT INTO Album (Title, ArtistId) VALUES ('First Light', (SELECT max(ArtistId) FROM Artist));
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
COMMIT;
-- wrong: error: no ArtistId for the album
-- expect: NOT NULL constraint failed
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title) VALUES ('First Light');
COMMIT;
-- wrong: missing-condition: the artist without the album
-- expect: Album
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
COMMIT;
-- wrong: wrong-table-change: the album's title with a different case
-- expect: Album
BEGIN;
INSERT INTO Artist (Name) VALUES ('Harbour Lights');
INSERT INTO Album (Title, ArtistId) VALUES ('First light', last_insert_rowid());
COMMIT;
