-- Checker corpus for lessons/08-erds.md (dataset: chinook).

-- exercise: erd-save-track-references
-- right: join-style: comma join with sqlite_master and a type filter
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_master m, pragma_foreign_key_list(m.name) f
WHERE m.type = 'table' AND f."table" = 'Track';
-- right: other: the filter in the join's ON, rows sorted
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f ON f."table" = 'Track'
ORDER BY from_table, from_column;
-- right: subquery: every foreign key in a subquery, filtered outside
CREATE TABLE track_refs AS
SELECT from_table, from_column
FROM (
  SELECT m.name AS from_table, f."from" AS from_column, f."table" AS to_table
  FROM sqlite_schema AS m
  JOIN pragma_foreign_key_list(m.name) AS f
  WHERE m.type = 'table'
)
WHERE to_table = 'Track';
-- right: cte: the foreign keys in a CTE inside CREATE TABLE … AS
CREATE TABLE track_refs AS
WITH fks AS (
  SELECT m.name AS from_table, f."from" AS from_column, f."table" AS to_table
  FROM sqlite_schema AS m
  JOIN pragma_foreign_key_list(m.name) AS f
)
SELECT from_table, from_column FROM fks WHERE to_table = 'Track';
-- wrong: missing-condition: every foreign key of the database saved
-- expect: track_refs
-- expect: Not expected in track_refs
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f;
-- wrong: other: 'track' in lower case matches no foreign key, the table stays empty
-- expect: Missing from track_refs
-- expect: 'PlaylistTrack'
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'track';
-- wrong: wrong-column: the table pointed at saved instead of the table pointing
-- expect: Missing from track_refs
CREATE TABLE track_refs AS
SELECT f."table" AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
-- wrong: wrong-column: the first column named table_name
-- expect: track_refs
-- expect: (from_table, from_column)
CREATE TABLE track_refs AS
SELECT m.name AS table_name, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
-- wrong: wrong-table-change: a view instead of a table
-- expect: track_refs
CREATE VIEW track_refs AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
-- wrong: wrong-table-change: the table saved under another name
-- expect: track_refs
CREATE TABLE track_references AS
SELECT m.name AS from_table, f."from" AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
-- wrong: error: the keyword column from left without double quotes
-- expect: syntax error
CREATE TABLE track_refs AS
SELECT m.name AS from_table, f.from AS from_column
FROM sqlite_schema AS m
JOIN pragma_foreign_key_list(m.name) AS f
WHERE f."table" = 'Track';
-- wrong: hard-coded: the two visible rows typed in instead of reading the catalogue
-- expect: hard-coded
-- known: hidden copies change rows, never the schema, so a typed-out copy of the catalogue matches on every copy
CREATE TABLE track_refs AS
SELECT CAST('InvoiceLine' AS TEXT) AS from_table, 'TrackId' AS from_column
UNION ALL SELECT 'PlaylistTrack', 'TrackId';

-- exercise: erd-albums-of-led-zeppelin
-- right: subquery: the artist's id from an IN subquery
SELECT Title
FROM Album
WHERE ArtistId IN (SELECT ArtistId FROM Artist WHERE Name = 'Led Zeppelin')
ORDER BY Title, AlbumId;
-- right: join-style: JOIN … USING
SELECT Title
FROM Album
JOIN Artist USING (ArtistId)
WHERE Name = 'Led Zeppelin'
ORDER BY Title;
-- right: join-style: NATURAL JOIN (ArtistId is the only shared column)
SELECT Title
FROM Artist NATURAL JOIN Album
WHERE Name = 'Led Zeppelin'
ORDER BY 1;
-- right: exists: a correlated EXISTS on Artist
SELECT al.Title
FROM Album AS al
WHERE EXISTS (SELECT 1 FROM Artist AS ar WHERE ar.ArtistId = al.ArtistId AND ar.Name = 'Led Zeppelin')
ORDER BY al.Title;
-- right: join-style: comma join written from Artist
SELECT al.Title
FROM Artist ar, Album al
WHERE ar.ArtistId = al.ArtistId AND ar.Name = 'Led Zeppelin'
ORDER BY al.Title ASC;
-- wrong: like: '%Zeppelin%' also matches Dread Zeppelin
-- expect: Not expected in your result
-- expect: 'Un-Led-Ed'
SELECT al.Title
FROM Album AS al
JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
WHERE ar.Name LIKE '%Zeppelin%'
ORDER BY al.Title;
-- wrong: hard-coded: the artist's id typed in
-- expect: hidden copy
SELECT Title FROM Album WHERE ArtistId = 22 ORDER BY Title;
-- wrong: hard-coded: the visible titles typed in
-- expect: hard-coded
SELECT Title FROM Album
WHERE Title IN ('BBC Sessions [Disc 1] [Live]', 'BBC Sessions [Disc 2] [Live]', 'Coda',
  'Houses Of The Holy', 'In Through The Out Door', 'IV', 'Led Zeppelin I', 'Led Zeppelin II',
  'Led Zeppelin III', 'Physical Graffiti [Disc 1]', 'Physical Graffiti [Disc 2]', 'Presence',
  'The Song Remains The Same (Disc 1)', 'The Song Remains The Same (Disc 2)')
ORDER BY Title;
-- wrong: wrong-order: no ORDER BY, so the albums come in id order
-- expect: wrong order
SELECT al.Title
FROM Album AS al
JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
WHERE ar.Name = 'Led Zeppelin';
-- wrong: error: the table name used after it was given an alias
-- expect: no such column: Artist.Name
SELECT al.Title
FROM Album AS al
JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
WHERE Artist.Name = 'Led Zeppelin'
ORDER BY al.Title;
-- wrong: other: the artist's name returned too
-- expect: columns
SELECT ar.Name, al.Title
FROM Album AS al
JOIN Artist AS ar ON ar.ArtistId = al.ArtistId
WHERE ar.Name = 'Led Zeppelin'
ORDER BY al.Title;

-- exercise: erd-grunge-tracks
-- right: subquery: nested IN subqueries
SELECT Name
FROM Track
WHERE TrackId IN (
  SELECT TrackId FROM PlaylistTrack
  WHERE PlaylistId IN (SELECT PlaylistId FROM Playlist WHERE Name = 'Grunge')
)
ORDER BY Name, TrackId;
-- right: join-style: JOIN … USING, with table names where Name is shared
SELECT Track.Name
FROM Playlist
JOIN PlaylistTrack USING (PlaylistId)
JOIN Track USING (TrackId)
WHERE Playlist.Name = 'Grunge'
ORDER BY Track.Name;
-- right: exists: a correlated EXISTS through the link table
SELECT t.Name
FROM Track AS t
WHERE EXISTS (
  SELECT 1
  FROM PlaylistTrack AS pt
  JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
  WHERE pt.TrackId = t.TrackId AND p.Name = 'Grunge'
)
ORDER BY 1;
-- right: join-style: comma joins written from Track
SELECT t.Name
FROM Track t, PlaylistTrack pt, Playlist p
WHERE t.TrackId = pt.TrackId AND pt.PlaylistId = p.PlaylistId AND p.Name = 'Grunge'
ORDER BY t.Name;
-- right: cte: the playlist's track ids in a CTE
WITH grunge AS (
  SELECT pt.TrackId
  FROM PlaylistTrack AS pt
  JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
  WHERE p.Name = 'Grunge'
)
SELECT t.Name FROM Track AS t JOIN grunge AS g ON g.TrackId = t.TrackId ORDER BY t.Name;
-- wrong: other: NATURAL JOIN also matches Playlist.Name with Track.Name
-- expect: Missing from your result
SELECT Name
FROM Playlist NATURAL JOIN PlaylistTrack NATURAL JOIN Track
WHERE Name = 'Grunge'
ORDER BY Name;
-- wrong: error: Name without a table, though two tables have one
-- expect: ambiguous column name: Name
SELECT Name
FROM Playlist
JOIN PlaylistTrack USING (PlaylistId)
JOIN Track USING (TrackId)
WHERE Name = 'Grunge'
ORDER BY Name;
-- wrong: wrong-column: the track matched on the playlist's id
-- expect: Not expected in your result
SELECT t.Name
FROM Playlist AS p
JOIN PlaylistTrack AS pt ON pt.PlaylistId = p.PlaylistId
JOIN Track AS t ON t.TrackId = pt.PlaylistId
WHERE p.Name = 'Grunge'
ORDER BY t.Name;
-- wrong: wrong-order: sorted by track id
-- expect: wrong order
SELECT t.Name
FROM Playlist AS p
JOIN PlaylistTrack AS pt ON pt.PlaylistId = p.PlaylistId
JOIN Track AS t ON t.TrackId = pt.TrackId
WHERE p.Name = 'Grunge'
ORDER BY t.TrackId;
-- wrong: other: the playlist's name selected instead of the track's
-- expect: Not expected in your result
-- expect: 'Grunge'
SELECT p.Name
FROM Playlist AS p
JOIN PlaylistTrack AS pt ON pt.PlaylistId = p.PlaylistId
JOIN Track AS t ON t.TrackId = pt.TrackId
WHERE p.Name = 'Grunge'
ORDER BY t.Name;
-- wrong: hard-coded: the visible track names typed in
-- expect: hard-coded
WITH grunge(Name) AS (VALUES ('Alive'), ('Black Hole Sun'), ('Come As You Are'), ('Daughter'),
  ('Drain You'), ('Evenflow'), ('Hunger Strike'), ('In Bloom'), ('Jeremy'), ('Lithium'),
  ('Man In The Box'), ('On A Plain'), ('Outshined'), ('Plush'), ('Smells Like Teen Spirit'))
SELECT Name FROM grunge ORDER BY Name;

-- exercise: erd-playlists-of-black-hole-sun
-- right: subquery: nested IN subqueries
SELECT PlaylistId, Name
FROM Playlist
WHERE PlaylistId IN (
  SELECT PlaylistId FROM PlaylistTrack
  WHERE TrackId IN (SELECT TrackId FROM Track WHERE Name = 'Black Hole Sun')
)
ORDER BY PlaylistId;
-- right: join-style: JOIN … USING, with table names where Name is shared
SELECT PlaylistId, Playlist.Name
FROM Track
JOIN PlaylistTrack USING (TrackId)
JOIN Playlist USING (PlaylistId)
WHERE Track.Name = 'Black Hole Sun'
ORDER BY PlaylistId;
-- right: exists: a correlated EXISTS, ORDER BY position
SELECT p.PlaylistId, p.Name
FROM Playlist AS p
WHERE EXISTS (
  SELECT 1
  FROM PlaylistTrack AS pt
  JOIN Track AS t ON t.TrackId = pt.TrackId
  WHERE pt.PlaylistId = p.PlaylistId AND t.Name = 'Black Hole Sun'
)
ORDER BY 1;
-- right: distinct: SELECT DISTINCT on id and name, the id from the link table
SELECT DISTINCT pt.PlaylistId, p.Name
FROM Playlist AS p
JOIN PlaylistTrack AS pt ON pt.PlaylistId = p.PlaylistId
JOIN Track AS t ON t.TrackId = pt.TrackId
WHERE t.Name = 'Black Hole Sun'
ORDER BY pt.PlaylistId;
-- wrong: other: grouped by name, so the two "Music" playlists merge
-- expect: 3 rows; the answer has 4
SELECT min(p.PlaylistId), p.Name
FROM Track AS t
JOIN PlaylistTrack AS pt ON pt.TrackId = t.TrackId
JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
WHERE t.Name = 'Black Hole Sun'
GROUP BY p.Name
ORDER BY min(p.PlaylistId);
-- wrong: wrong-column: the track's name next to the playlist id
-- expect: Not expected in your result
-- expect: 'Black Hole Sun'
SELECT pt.PlaylistId, t.Name
FROM Track AS t
JOIN PlaylistTrack AS pt ON pt.TrackId = t.TrackId
JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
WHERE t.Name = 'Black Hole Sun'
ORDER BY pt.PlaylistId;
-- wrong: wrong-order: sorted by playlist name
-- expect: wrong order
SELECT p.PlaylistId, p.Name
FROM Track AS t
JOIN PlaylistTrack AS pt ON pt.TrackId = t.TrackId
JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
WHERE t.Name = 'Black Hole Sun'
ORDER BY p.Name, p.PlaylistId;
-- wrong: like: '%Black%' matches many other tracks
-- expect: Not expected in your result
SELECT p.PlaylistId, p.Name
FROM Track AS t
JOIN PlaylistTrack AS pt ON pt.TrackId = t.TrackId
JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
WHERE t.Name LIKE '%Black%'
ORDER BY p.PlaylistId;
-- wrong: hard-coded: the visible playlist ids typed in
-- expect: hard-coded
SELECT PlaylistId, Name FROM Playlist WHERE PlaylistId IN (1, 5, 8, 16) ORDER BY PlaylistId;
-- wrong: other: only the names
-- expect: columns
SELECT p.Name
FROM Track AS t
JOIN PlaylistTrack AS pt ON pt.TrackId = t.TrackId
JOIN Playlist AS p ON p.PlaylistId = pt.PlaylistId
WHERE t.Name = 'Black Hole Sun'
ORDER BY p.PlaylistId;

-- exercise: erd-employee-manager
-- right: subquery: the manager's names from correlated subqueries
SELECT e.FirstName, e.LastName,
       (SELECT m.FirstName FROM Employee AS m WHERE m.EmployeeId = e.ReportsTo) AS FirstName,
       (SELECT m.LastName FROM Employee AS m WHERE m.EmployeeId = e.ReportsTo) AS LastName
FROM Employee AS e
ORDER BY e.EmployeeId;
-- right: join-style: RIGHT JOIN with the manager table written first
SELECT e.FirstName, e.LastName, m.FirstName, m.LastName
FROM Employee AS m
RIGHT JOIN Employee AS e ON m.EmployeeId = e.ReportsTo
ORDER BY e.EmployeeId;
-- right: other: LEFT OUTER JOIN with the condition written the other way round
SELECT e.FirstName, e.LastName, m.FirstName, m.LastName
FROM Employee e
LEFT OUTER JOIN Employee m ON e.ReportsTo = m.EmployeeId
ORDER BY e.EmployeeId ASC;
-- right: alias: the manager's columns given clearer names
SELECT e.FirstName, e.LastName, m.FirstName AS ManagerFirstName, m.LastName AS ManagerLastName
FROM Employee AS e
LEFT JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
ORDER BY e.EmployeeId;
-- wrong: inner-join: an inner join drops the general manager
-- expect: 7 rows; the answer has 8
-- expect: 'Adams'
SELECT e.FirstName, e.LastName, m.FirstName, m.LastName
FROM Employee AS e
JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
ORDER BY e.EmployeeId;
-- wrong: wrong-column: the join turned around, pairing managers with their reports
-- expect: 12 rows; the answer has 8
SELECT e.FirstName, e.LastName, m.FirstName, m.LastName
FROM Employee AS e
LEFT JOIN Employee AS m ON e.EmployeeId = m.ReportsTo
ORDER BY e.EmployeeId;
-- wrong: other: only the manager's last name
-- expect: columns
SELECT e.FirstName, e.LastName, m.LastName AS manager
FROM Employee AS e
LEFT JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
ORDER BY e.EmployeeId;
-- wrong: wrong-order: sorted by last name
-- expect: wrong order
SELECT e.FirstName, e.LastName, m.FirstName, m.LastName
FROM Employee AS e
LEFT JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
ORDER BY e.LastName;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Andrew', 'Adams', NULL, NULL
UNION ALL SELECT 'Nancy', 'Edwards', 'Andrew', 'Adams'
UNION ALL SELECT 'Jane', 'Peacock', 'Nancy', 'Edwards'
UNION ALL SELECT 'Margaret', 'Park', 'Nancy', 'Edwards'
UNION ALL SELECT 'Steve', 'Johnson', 'Nancy', 'Edwards'
UNION ALL SELECT 'Michael', 'Mitchell', 'Andrew', 'Adams'
UNION ALL SELECT 'Robert', 'King', 'Michael', 'Mitchell'
UNION ALL SELECT 'Laura', 'Callahan', 'Michael', 'Mitchell';

-- exercise: erd-direct-reports
-- right: subquery: correlated counts for the employees someone reports to
SELECT m.FirstName, m.LastName,
       (SELECT count(*) FROM Employee AS e WHERE e.ReportsTo = m.EmployeeId) AS reports
FROM Employee AS m
WHERE m.EmployeeId IN (SELECT ReportsTo FROM Employee)
ORDER BY reports DESC, m.LastName, m.FirstName, m.EmployeeId;
-- right: cte: reports counted per ReportsTo value in a CTE
WITH counts AS (
  SELECT ReportsTo AS manager_id, count(*) AS n
  FROM Employee
  WHERE ReportsTo IS NOT NULL
  GROUP BY ReportsTo
)
SELECT m.FirstName, m.LastName, c.n
FROM counts AS c
JOIN Employee AS m ON m.EmployeeId = c.manager_id
ORDER BY c.n DESC, m.LastName, m.FirstName, m.EmployeeId;
-- right: order-position: ORDER BY positions, counting the report's id
SELECT m.FirstName, m.LastName, count(e.EmployeeId)
FROM Employee m
JOIN Employee e ON e.ReportsTo = m.EmployeeId
GROUP BY m.EmployeeId
ORDER BY 3 DESC, 2, 1, m.EmployeeId;
-- right: other: a LEFT JOIN with count of the report side, empty groups dropped by HAVING
SELECT m.FirstName, m.LastName, count(e.EmployeeId) AS reports
FROM Employee AS m
LEFT JOIN Employee AS e ON e.ReportsTo = m.EmployeeId
GROUP BY m.EmployeeId
HAVING count(e.EmployeeId) > 0
ORDER BY reports DESC, m.LastName, m.FirstName, m.EmployeeId;
-- wrong: tie-break: only the count sorted; Adams and Mitchell both have two reports
-- expect: no set order
SELECT m.FirstName, m.LastName, count(*) AS reports
FROM Employee AS e
JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
GROUP BY m.EmployeeId
ORDER BY reports DESC;
-- wrong: count-star: a LEFT JOIN with count(*) gives everyone at least one report
-- expect: 8 rows; the answer has 3
SELECT m.FirstName, m.LastName, count(*) AS reports
FROM Employee AS m
LEFT JOIN Employee AS e ON e.ReportsTo = m.EmployeeId
GROUP BY m.EmployeeId
ORDER BY reports DESC, m.LastName;
-- wrong: wrong-column: joined the wrong way round, so each employee counts their manager
-- expect: 7 rows; the answer has 3
SELECT m.FirstName, m.LastName, count(*) AS reports
FROM Employee AS e
JOIN Employee AS m ON e.EmployeeId = m.ReportsTo
GROUP BY m.EmployeeId
ORDER BY reports DESC, m.LastName;
-- wrong: other: grouped by the manager's id but the report's names selected
-- expect: Not expected in your result
SELECT e.FirstName, e.LastName, count(*) AS reports
FROM Employee AS e
JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
GROUP BY m.EmployeeId
ORDER BY reports DESC, e.LastName;
-- wrong: hard-coded: the visible rows typed in
-- expect: hard-coded
SELECT 'Nancy', 'Edwards', 3 UNION ALL SELECT 'Andrew', 'Adams', 2 UNION ALL SELECT 'Michael', 'Mitchell', 2;
-- wrong: wrong-order: sorted from lowest count up
-- expect: wrong order
SELECT m.FirstName, m.LastName, count(*) AS reports
FROM Employee AS e
JOIN Employee AS m ON m.EmployeeId = e.ReportsTo
GROUP BY m.EmployeeId
ORDER BY reports, m.LastName;

-- exercise: erd-customers-of-jane
-- right: subquery: Jane's id from an IN subquery
SELECT FirstName, LastName
FROM Customer
WHERE SupportRepId IN (SELECT EmployeeId FROM Employee WHERE FirstName = 'Jane' AND LastName = 'Peacock')
ORDER BY LastName, FirstName, CustomerId;
-- right: exists: a correlated EXISTS on Employee
SELECT c.FirstName, c.LastName
FROM Customer AS c
WHERE EXISTS (
  SELECT 1 FROM Employee AS e
  WHERE e.EmployeeId = c.SupportRepId AND e.FirstName = 'Jane' AND e.LastName = 'Peacock'
)
ORDER BY c.LastName, c.FirstName;
-- right: join-style: comma join from Employee, ORDER BY positions
SELECT c.FirstName, c.LastName
FROM Employee e, Customer c
WHERE c.SupportRepId = e.EmployeeId AND e.LastName = 'Peacock' AND e.FirstName = 'Jane'
ORDER BY 2, 1;
-- right: cte: the employee in a CTE
WITH jane AS (SELECT EmployeeId FROM Employee WHERE FirstName = 'Jane' AND LastName = 'Peacock')
SELECT c.FirstName, c.LastName
FROM Customer AS c
JOIN jane AS j ON j.EmployeeId = c.SupportRepId
ORDER BY c.LastName, c.FirstName;
-- wrong: hard-coded: Jane's id typed in
-- expect: hidden copy
SELECT FirstName, LastName FROM Customer WHERE SupportRepId = 3 ORDER BY LastName, FirstName;
-- wrong: hard-coded: the visible names typed in
-- expect: hard-coded
WITH t(FirstName, LastName) AS (VALUES
  ('Roberto', 'Almeida'),
  ('Michelle', 'Brooks'),
  ('Robert', 'Brown'),
  ('Edward', 'Francis'),
  ('Wyatt', 'Girard'),
  ('Luís', 'Gonçalves'),
  ('Tim', 'Goyer'),
  ('Phil', 'Hughes'),
  ('Terhi', 'Hämäläinen'),
  ('Emma', 'Jones'),
  ('Ladislav', 'Kovács'),
  ('Isabelle', 'Mercier'),
  ('Hugh', 'O''Reilly'),
  ('Manoj', 'Pareek'),
  ('Jennifer', 'Peterson'),
  ('Frank', 'Ralston'),
  ('Niklas', 'Schröder'),
  ('Puja', 'Srivastava'),
  ('Ellie', 'Sullivan'),
  ('François', 'Tremblay'),
  ('Fynn', 'Zimmermann'))
SELECT * FROM t ORDER BY LastName, FirstName;
-- wrong: wrong-column: the employee matched on the customer's id
-- expect: 1 row; the answer has 21
SELECT c.FirstName, c.LastName
FROM Customer AS c
JOIN Employee AS e ON e.EmployeeId = c.CustomerId
WHERE e.FirstName = 'Jane' AND e.LastName = 'Peacock'
ORDER BY c.LastName, c.FirstName;
-- wrong: wrong-order: sorted by first name
-- expect: wrong order
SELECT c.FirstName, c.LastName
FROM Customer AS c
JOIN Employee AS e ON e.EmployeeId = c.SupportRepId
WHERE e.FirstName = 'Jane' AND e.LastName = 'Peacock'
ORDER BY c.FirstName, c.LastName;
-- wrong: error: a Name column that Employee does not have
-- expect: no such column: e.Name
SELECT c.FirstName, c.LastName
FROM Customer AS c
JOIN Employee AS e ON e.EmployeeId = c.SupportRepId
WHERE e.Name = 'Jane Peacock'
ORDER BY c.LastName, c.FirstName;
-- wrong: other: the employee's names selected instead of the customer's
-- expect: Not expected in your result
-- expect: 'Peacock'
SELECT e.FirstName, e.LastName
FROM Customer AS c
JOIN Employee AS e ON e.EmployeeId = c.SupportRepId
WHERE e.FirstName = 'Jane' AND e.LastName = 'Peacock'
ORDER BY c.LastName, c.FirstName;
-- wrong: other: the customer's country returned too
-- expect: columns
SELECT c.FirstName, c.LastName, c.Country
FROM Customer AS c
JOIN Employee AS e ON e.EmployeeId = c.SupportRepId
WHERE e.FirstName = 'Jane' AND e.LastName = 'Peacock'
ORDER BY c.LastName, c.FirstName;
