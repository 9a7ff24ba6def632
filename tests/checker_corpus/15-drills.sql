-- Checker corpus for lesson 15, "Drills: CRUD and many-to-many".

-- exercise: drills-insert-user
-- right: other: the columns in another order
INSERT INTO users (email, joined_on, username) VALUES ('gus@example.com', '2024-01-05', 'gus');
-- right: other: every column named, NULL for the id and deleted_at
INSERT INTO users (id, username, email, joined_on, deleted_at)
VALUES (NULL, 'gus', 'gus@example.com', '2024-01-05', NULL);
-- right: other: no column list, NULL for the id
INSERT INTO users VALUES (NULL, 'gus', 'gus@example.com', '2024-01-05', NULL);
-- right: subquery: INSERT … SELECT of literals
INSERT INTO users (username, email, joined_on) SELECT 'gus', 'gus@example.com', '2024-01-05';
-- right: date-function: the date produced with date()
INSERT INTO users (username, email, joined_on) VALUES ('gus', 'gus@example.com', date('2024-01-05'));
-- wrong: hard-coded: the next id typed in
-- expect: hidden copy
-- expect: Not expected in users on the hidden copy (1 row): (7, 'gus'
INSERT INTO users (id, username, email, joined_on) VALUES (7, 'gus', 'gus@example.com', '2024-01-05');
-- wrong: wrong-table-change: the date in another format
-- expect: The table `users` does not hold what it should
-- expect: 05/01/2024
INSERT INTO users (username, email, joined_on) VALUES ('gus', 'gus@example.com', '05/01/2024');
-- wrong: wrong-table-change: an empty string instead of NULL in deleted_at
-- expect: The table `users` does not hold what it should
-- expect: (7, 'gus', 'gus@example.com', '2024-01-05', '')
INSERT INTO users (username, email, joined_on, deleted_at) VALUES ('gus', 'gus@example.com', '2024-01-05', '');
-- wrong: error: joined_on left out, which is NOT NULL
-- expect: NOT NULL constraint failed: users.joined_on
INSERT INTO users (username, email) VALUES ('gus', 'gus@example.com');
-- wrong: wrong-column: username and email swapped
-- expect: Not expected in users (1 row): (7, 'gus@example.com', 'gus', '2024-01-05', NULL)
INSERT INTO users (username, email, joined_on) VALUES ('gus@example.com', 'gus', '2024-01-05');

-- exercise: drills-insert-post
-- right: subquery: VALUES with the id looked up in a scalar subquery
INSERT INTO posts (user_id, title, published_on)
VALUES ((SELECT id FROM users WHERE username = 'brian'), 'Rye experiments', '2024-01-08');
-- right: other: INSERT … SELECT with likes and deleted_at given their default values explicitly
INSERT INTO posts (title, published_on, user_id, likes, deleted_at)
SELECT 'Rye experiments', '2024-01-08', u.id, 0, NULL FROM users AS u WHERE u.username = 'brian';
-- right: subquery: the lookup by email, which is unique too
INSERT INTO posts (user_id, title, published_on)
SELECT id, 'Rye experiments', '2024-01-08' FROM users WHERE email = 'brian@example.com';
-- wrong: hard-coded: brian's id typed in
-- expect: hidden copy
-- expect: hard-coded
INSERT INTO posts (user_id, title, published_on) VALUES (2, 'Rye experiments', '2024-01-08');
-- wrong: missing-condition: one post for every user
-- expect: It has 18 rows; it should have 13
-- expect: Not expected in posts (6 rows)
INSERT INTO posts (user_id, title, published_on)
SELECT id, 'Rye experiments', '2024-01-08' FROM users;
-- wrong: missing-condition: the publication date left out, so the post is a draft
-- expect: The table `posts` does not hold what it should
-- expect: (13, 2, 'Rye experiments', NULL, 0, NULL)
INSERT INTO posts (user_id, title)
SELECT id, 'Rye experiments' FROM users WHERE username = 'brian';
-- wrong: error: the subquery written without its parentheses
-- expect: near "SELECT": syntax error
INSERT INTO posts (user_id, title, published_on)
VALUES (SELECT id FROM users WHERE username = 'brian', 'Rye experiments', '2024-01-08');
-- wrong: wrong-table-change: a typo in the title
-- expect: Rye Experiments
INSERT INTO posts (user_id, title, published_on)
SELECT id, 'Rye Experiments', '2024-01-08' FROM users WHERE username = 'brian';

-- exercise: drills-add-likes
-- right: subquery: IN instead of =
UPDATE posts SET likes = 10 + likes
WHERE user_id IN (SELECT id FROM users WHERE username = 'chen');
-- right: exists: a correlated EXISTS
UPDATE posts SET likes = likes + 10
WHERE EXISTS (SELECT 1 FROM users AS u WHERE u.id = posts.user_id AND u.username = 'chen');
-- right: join-style: UPDATE … FROM users
UPDATE posts SET likes = posts.likes + 10
FROM users
WHERE users.id = posts.user_id AND users.username = 'chen';
-- wrong: wrong-table-change: likes set to 10 instead of increased by 10
-- expect: The table `posts` does not hold what it should
-- expect: (6, 3, 'Trail running basics', '2023-03-20', 10, NULL)
UPDATE posts SET likes = 10 WHERE user_id = (SELECT id FROM users WHERE username = 'chen');
-- wrong: missing-condition: every post gets 10 more likes
-- expect: Not expected in posts (9 rows)
-- expect: (1, 1, 'Hello, world', '2023-01-11', 15, NULL)
UPDATE posts SET likes = likes + 10;
-- wrong: other: the soft-deleted post left out, though the prompt says every post
-- expect: Missing from posts (1 row): (7, 3, 'Shoes that last', '2023-04-02', 13, '2023-06-01')
UPDATE posts SET likes = likes + 10
WHERE deleted_at IS NULL AND user_id = (SELECT id FROM users WHERE username = 'chen');
-- wrong: hard-coded: chen's post ids typed in
-- expect: hidden copy
-- expect: hard-coded
UPDATE posts SET likes = likes + 10 WHERE id IN (6, 7, 8);
-- wrong: error: the username compared on posts, which has no such column
-- expect: no such column: username
UPDATE posts SET likes = likes + 10 WHERE username = 'chen';

-- exercise: drills-publish-drafts
-- right: subquery: IN for dana's id
UPDATE posts SET published_on = '2024-01-15'
WHERE user_id IN (SELECT id FROM users WHERE username = 'dana') AND published_on IS NULL;
-- right: other: coalesce keeps the published dates of dana's other posts
UPDATE posts SET published_on = coalesce(published_on, '2024-01-15')
WHERE user_id = (SELECT id FROM users WHERE username = 'dana');
-- right: exists: a correlated EXISTS
UPDATE posts SET published_on = '2024-01-15'
WHERE published_on IS NULL
  AND EXISTS (SELECT 1 FROM users WHERE users.id = posts.user_id AND users.username = 'dana');
-- right: case: a CASE that leaves published posts as they are
UPDATE posts
SET published_on = CASE WHEN published_on IS NULL THEN '2024-01-15' ELSE published_on END
WHERE user_id = (SELECT id FROM users WHERE username = 'dana');
-- wrong: missing-condition: = NULL is never true, so nothing changes
-- expect: The table `posts` does not hold what it should
-- expect: Missing from posts (1 row): (10, 4, 'Verb tables', '2024-01-15', 0, NULL)
UPDATE posts SET published_on = '2024-01-15'
WHERE published_on = NULL AND user_id = (SELECT id FROM users WHERE username = 'dana');
-- wrong: missing-condition: every draft is published, ada's too
-- expect: Not expected in posts (1 row): (3, 1, 'Indexes explained', '2024-01-15', 0, NULL)
UPDATE posts SET published_on = '2024-01-15' WHERE published_on IS NULL;
-- wrong: missing-condition: all of dana's posts get the new date
-- expect: Not expected in posts (1 row): (9, 4, 'Learning Portuguese', '2024-01-15', 4, NULL)
UPDATE posts SET published_on = '2024-01-15'
WHERE user_id = (SELECT id FROM users WHERE username = 'dana');
-- wrong: hard-coded: the draft's id typed in
-- expect: hidden copy
-- expect: hard-coded
UPDATE posts SET published_on = '2024-01-15' WHERE id = 10;

-- exercise: drills-delete-unloved-drafts
-- right: other: likes <= 0 (the CHECK keeps likes from going below 0)
DELETE FROM posts WHERE likes <= 0 AND published_on IS NULL;
-- right: subquery: the ids chosen in a subquery
DELETE FROM posts WHERE id IN (SELECT id FROM posts WHERE published_on IS NULL AND likes = 0);
-- right: other: the condition written with NOT and OR
DELETE FROM posts WHERE NOT (published_on IS NOT NULL OR likes <> 0);
-- wrong: wrong-table-change: OR deletes every draft and every unliked post (here the drafts are exactly the unliked posts)
-- expect: hidden copy
DELETE FROM posts WHERE published_on IS NULL OR likes = 0;
-- wrong: missing-condition: = NULL deletes nothing
-- expect: It has 12 rows; it should have 10
-- expect: Not expected in posts (2 rows): (3, 1, 'Indexes explained', NULL, 0, NULL)
DELETE FROM posts WHERE published_on = NULL AND likes = 0;
-- wrong: hard-coded: the two drafts' ids typed in
-- expect: hidden copy
-- expect: hard-coded
DELETE FROM posts WHERE id IN (3, 10);
-- wrong: missing-condition: every draft, liked or not (right here only because both drafts have 0 likes)
-- expect: hidden copy
DELETE FROM posts WHERE published_on IS NULL;

-- exercise: drills-soft-delete-user
-- right: other: the posts first, then the user
UPDATE posts SET deleted_at = '2024-02-15'
WHERE deleted_at IS NULL AND user_id = (SELECT id FROM users WHERE username = 'brian');
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
-- right: subquery: IN for the posts, and coalesce keeps earlier deletion dates
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
UPDATE posts SET deleted_at = coalesce(deleted_at, '2024-02-15')
WHERE user_id IN (SELECT id FROM users WHERE username = 'brian');
-- right: join-style: UPDATE … FROM users for the posts
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
UPDATE posts SET deleted_at = '2024-02-15'
FROM users AS u
WHERE u.id = posts.user_id AND u.username = 'brian' AND posts.deleted_at IS NULL;
-- wrong: missing-condition: only the user row
-- expect: The table `posts` does not hold what it should
-- expect: Missing from posts (2 rows): (4, 2, 'My first loaf', '2023-02-10', 7, '2024-02-15')
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
-- wrong: missing-condition: only the posts
-- expect: The table `users` does not hold what it should
-- expect: Missing from users (1 row): (2, 'brian', 'brian@example.com', '2023-02-02', '2024-02-15')
UPDATE posts SET deleted_at = '2024-02-15'
WHERE deleted_at IS NULL AND user_id = (SELECT id FROM users WHERE username = 'brian');
-- wrong: missing-condition: every post that is not deleted yet, not only brian's
-- expect: The table `posts` does not hold what it should
-- expect: Missing from posts (9 rows): (1, 1, 'Hello, world', '2023-01-11', 5, NULL)
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
UPDATE posts SET deleted_at = '2024-02-15' WHERE deleted_at IS NULL;
-- wrong: hard-coded: brian's post ids typed in
-- expect: hidden copy
-- expect: hard-coded
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
UPDATE posts SET deleted_at = '2024-02-15' WHERE id IN (4, 5);
-- wrong: missing-condition: posts already deleted get a new date (right here only because brian has none)
-- expect: hidden copy
-- expect: Not expected in posts on the hidden copy
UPDATE users SET deleted_at = '2024-02-15' WHERE username = 'brian';
UPDATE posts SET deleted_at = '2024-02-15' WHERE user_id = (SELECT id FROM users WHERE username = 'brian');

-- exercise: drills-visible-posts
-- right: join-style: a comma join with every condition in WHERE
SELECT u.username, p.title
FROM posts p, users u
WHERE u.id = p.user_id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL AND u.deleted_at IS NULL
ORDER BY p.published_on, p.id;
-- right: join-style: the conditions in the ON clause of an inner join
SELECT u.username, p.title
FROM users AS u
JOIN posts AS p ON p.user_id = u.id AND p.deleted_at IS NULL AND p.published_on IS NOT NULL
WHERE u.deleted_at IS NULL
ORDER BY p.published_on ASC, p.id ASC;
-- right: subquery: the username from a correlated subquery, the active users from IN
SELECT (SELECT username FROM users WHERE users.id = p.user_id) AS username, p.title
FROM posts AS p
WHERE p.published_on IS NOT NULL AND p.deleted_at IS NULL
  AND p.user_id IN (SELECT id FROM users WHERE deleted_at IS NULL)
ORDER BY p.published_on, p.id;
-- right: cte: the visible rows in a CTE, ordered outside
WITH visible AS (
  SELECT u.username, p.title, p.published_on, p.id
  FROM posts AS p JOIN users AS u ON u.id = p.user_id
  WHERE p.published_on IS NOT NULL AND p.deleted_at IS NULL AND u.deleted_at IS NULL
)
SELECT username, title FROM visible ORDER BY published_on, id;
-- wrong: missing-condition: the posts of soft-deleted users are shown
-- expect: Not expected in your result (2 rows): ('farid', 'Film photography')
SELECT u.username, p.title
FROM posts AS p
JOIN users AS u ON u.id = p.user_id
WHERE p.published_on IS NOT NULL AND p.deleted_at IS NULL
ORDER BY p.published_on, p.id;
-- wrong: missing-condition: drafts are shown
-- expect: Not expected in your result (2 rows): ('ada', 'Indexes explained'), ('dana', 'Verb tables')
SELECT u.username, p.title
FROM posts AS p
JOIN users AS u ON u.id = p.user_id
WHERE p.deleted_at IS NULL AND u.deleted_at IS NULL
ORDER BY p.published_on, p.id;
-- wrong: wrong-order: sorted by title
-- expect: wrong order
SELECT u.username, p.title
FROM posts AS p
JOIN users AS u ON u.id = p.user_id
WHERE p.published_on IS NOT NULL AND p.deleted_at IS NULL AND u.deleted_at IS NULL
ORDER BY p.title;
-- wrong: missing-condition: soft-deleted posts are shown
-- expect: Not expected in your result (1 row): ('chen', 'Shoes that last')
SELECT u.username, p.title
FROM posts AS p
JOIN users AS u ON u.id = p.user_id
WHERE p.published_on IS NOT NULL AND u.deleted_at IS NULL
ORDER BY p.published_on, p.id;
-- wrong: hard-coded: the visible posts' ids typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT u.username, p.title
FROM posts AS p
JOIN users AS u ON u.id = p.user_id
WHERE p.id IN (1, 2, 4, 5, 6, 8, 9)
ORDER BY p.published_on, p.id;

-- exercise: drills-active-user-counts
-- right: subquery: a correlated count for each active user
SELECT u.username,
       (SELECT count(*) FROM posts AS p
        WHERE p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL) AS posts
FROM users AS u
WHERE u.deleted_at IS NULL
ORDER BY posts DESC, u.username;
-- right: case: a LEFT JOIN on the user alone, the post conditions in a sum(CASE …)
SELECT u.username,
       sum(CASE WHEN p.published_on IS NOT NULL AND p.deleted_at IS NULL THEN 1 ELSE 0 END) AS posts
FROM users AS u
LEFT JOIN posts AS p ON p.user_id = u.id
WHERE u.deleted_at IS NULL
GROUP BY u.id
ORDER BY 2 DESC, 1;
-- right: cte: the visible posts filtered first, then left-joined
WITH live AS (
  SELECT id, user_id FROM posts WHERE published_on IS NOT NULL AND deleted_at IS NULL
)
SELECT u.username, count(live.id) AS posts
FROM users AS u
LEFT JOIN live ON live.user_id = u.id
WHERE u.deleted_at IS NULL
GROUP BY u.username
ORDER BY posts DESC, u.username;
-- right: other: count(*) FILTER over a left join
SELECT u.username,
       count(*) FILTER (WHERE p.published_on IS NOT NULL AND p.deleted_at IS NULL) AS posts
FROM users AS u
LEFT OUTER JOIN posts AS p ON p.user_id = u.id
WHERE u.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: missing-condition: the post conditions in WHERE drop eve, who has no posts
-- expect: 4 rows; the answer has 5
-- expect: Missing from your result (1 row): ('eve', 0)
SELECT u.username, count(p.id) AS posts
FROM users AS u
LEFT JOIN posts AS p ON p.user_id = u.id
WHERE u.deleted_at IS NULL AND p.published_on IS NOT NULL AND p.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: count-star: count(*) counts 1 for eve
-- expect: ('eve', 1)
SELECT u.username, count(*) AS posts
FROM users AS u
LEFT JOIN posts AS p
  ON p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL
WHERE u.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: inner-join: an inner join drops eve
-- expect: Missing from your result (1 row): ('eve', 0)
SELECT u.username, count(p.id) AS posts
FROM users AS u
JOIN posts AS p
  ON p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL
WHERE u.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: missing-condition: farid, who is soft-deleted, is counted
-- expect: Not expected in your result (1 row): ('farid', 2)
SELECT u.username, count(p.id) AS posts
FROM users AS u
LEFT JOIN posts AS p
  ON p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: missing-condition: drafts and deleted posts counted too
-- expect: Missing from your result
-- expect: ('ada', 3)
SELECT u.username, count(p.id) AS posts
FROM users AS u
LEFT JOIN posts AS p ON p.user_id = u.id
WHERE u.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
-- wrong: hard-coded: the visible counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS username, column2 AS posts
FROM (VALUES ('ada', 2), ('brian', 2), ('chen', 2), ('dana', 1), ('eve', 0))
ORDER BY posts DESC, username;

-- exercise: drills-purge-deleted-posts
-- right: other: NOT … IS NULL
DELETE FROM posts WHERE NOT deleted_at IS NULL;
-- right: subquery: the ids chosen in a subquery
DELETE FROM posts WHERE id IN (SELECT id FROM posts WHERE deleted_at IS NOT NULL);
-- right: other: SQLite's NOTNULL operator
DELETE FROM posts WHERE deleted_at NOTNULL;
-- wrong: wrong-table-change: the posts of soft-deleted users are purged too
-- expect: The table `posts` does not hold what it should
-- expect: Missing from posts (2 rows): (11, 6, 'Film photography'
DELETE FROM posts
WHERE deleted_at IS NOT NULL OR user_id IN (SELECT id FROM users WHERE deleted_at IS NOT NULL);
-- wrong: wrong-table-change: the soft-deleted users are deleted as well (their posts go with them by cascade)
-- expect: The table `posts` does not hold what it should
-- expect: Missing from posts (2 rows): (11, 6, 'Film photography'
DELETE FROM posts WHERE deleted_at IS NOT NULL;
DELETE FROM users WHERE deleted_at IS NOT NULL;
-- wrong: missing-condition: <> NULL is never true, so nothing is deleted
-- expect: Not expected in posts (1 row): (7, 3, 'Shoes that last', '2023-04-02', 3, '2023-06-01')
DELETE FROM posts WHERE deleted_at <> NULL;
-- wrong: hard-coded: the deleted post's id typed in
-- expect: hidden copy
-- expect: hard-coded
DELETE FROM posts WHERE id = 7;

-- exercise: drills-cast-list
-- right: subquery: the film's id in a subquery, one join
SELECT a.name, c.role
FROM film_cast AS c
JOIN actors AS a ON a.id = c.actor_id
WHERE c.film_id = (SELECT id FROM films WHERE title = 'Salt and Thunder')
ORDER BY a.name;
-- right: join-style: comma joins
SELECT a.name, c.role
FROM films f, film_cast c, actors a
WHERE c.film_id = f.id AND a.id = c.actor_id AND f.title = 'Salt and Thunder'
ORDER BY 1;
-- right: exists: EXISTS for the film
SELECT a.name, c.role
FROM actors AS a
JOIN film_cast AS c ON c.actor_id = a.id
WHERE EXISTS (SELECT 1 FROM films AS f WHERE f.id = c.film_id AND f.title = 'Salt and Thunder')
ORDER BY a.name ASC;
-- right: join-style: the title condition in the ON clause
SELECT a.name, c.role
FROM film_cast AS c
JOIN films AS f ON f.id = c.film_id AND f.title = 'Salt and Thunder'
JOIN actors AS a ON a.id = c.actor_id
ORDER BY a.name;
-- wrong: wrong-order: sorted by role
-- expect: wrong order
SELECT a.name, c.role
FROM films AS f
JOIN film_cast AS c ON c.film_id = f.id
JOIN actors AS a ON a.id = c.actor_id
WHERE f.title = 'Salt and Thunder'
ORDER BY c.role;
-- wrong: wrong-column: the film's title instead of the role
-- expect: Not expected in your result (3 rows): ('Jonah Webb', 'Salt and Thunder')
SELECT a.name, f.title
FROM films AS f
JOIN film_cast AS c ON c.film_id = f.id
JOIN actors AS a ON a.id = c.actor_id
WHERE f.title = 'Salt and Thunder'
ORDER BY a.name;
-- wrong: like: LIKE '%and%' matches any title containing "and" (here only on the hidden copy)
-- expect: hidden copy
-- expect: Not expected in your result on the hidden copy
SELECT a.name, c.role
FROM films AS f
JOIN film_cast AS c ON c.film_id = f.id
JOIN actors AS a ON a.id = c.actor_id
WHERE f.title LIKE '%and%'
ORDER BY a.name;
-- wrong: hard-coded: the visible cast typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS name, column2 AS role
FROM (VALUES ('Jonah Webb', 'Fisherman'), ('Oskar Lind', 'Smuggler'), ('Priya Kapoor', 'Detective'))
ORDER BY name;

-- exercise: drills-film-counts
-- right: subquery: a correlated count
SELECT a.name, (SELECT count(*) FROM film_cast AS c WHERE c.actor_id = a.id) AS films
FROM actors AS a
ORDER BY films DESC, a.name;
-- right: other: count of another column of film_cast, grouped by the unique name
SELECT a.name, count(c.actor_id) AS films
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.name
ORDER BY 2 DESC, 1;
-- right: cte: counts per actor in a CTE, coalesce for actors in none
WITH counts AS (SELECT actor_id, count(*) AS n FROM film_cast GROUP BY actor_id)
SELECT a.name, coalesce(counts.n, 0) AS films
FROM actors AS a
LEFT JOIN counts ON counts.actor_id = a.id
ORDER BY films DESC, a.name;
-- right: case: sum(CASE …) over the left join
SELECT a.name, sum(CASE WHEN c.film_id IS NULL THEN 0 ELSE 1 END) AS films
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.id
ORDER BY films DESC, a.name;
-- wrong: count-star: count(*) counts 1 for actors in no film
-- expect: Not expected in your result (2 rows): ('Maya Okafor', 1), ('Rufus Dane', 1)
SELECT a.name, count(*) AS films
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.id, a.name
ORDER BY films DESC, a.name;
-- wrong: inner-join: an inner join drops the actors in no film
-- expect: 6 rows; the answer has 8
-- expect: Missing from your result (2 rows): ('Maya Okafor', 0), ('Rufus Dane', 0)
SELECT a.name, count(c.film_id) AS films
FROM actors AS a
JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.id, a.name
ORDER BY films DESC, a.name;
-- wrong: tie-break: sorted by the count only, names in reverse among ties
-- expect: wrong order
SELECT a.name, count(c.film_id) AS films
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.id, a.name
ORDER BY films DESC, a.name DESC;
-- wrong: hard-coded: the visible counts typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT column1 AS name, column2 AS films FROM (VALUES
  ('Ines Marlowe', 3), ('Tomas Reyes', 3), ('Jonah Webb', 2), ('Lena Hart', 2),
  ('Oskar Lind', 2), ('Priya Kapoor', 2), ('Maya Okafor', 0), ('Rufus Dane', 0))
ORDER BY films DESC, name;

-- exercise: drills-actors-without-films
-- right: exists: NOT EXISTS
SELECT name FROM actors AS a
WHERE NOT EXISTS (SELECT 1 FROM film_cast AS c WHERE c.actor_id = a.id)
ORDER BY name;
-- right: subquery: NOT IN
SELECT name FROM actors WHERE id NOT IN (SELECT actor_id FROM film_cast) ORDER BY name;
-- right: other: EXCEPT the actors who appear in the cast table (names are unique)
SELECT name FROM actors
EXCEPT
SELECT a.name FROM actors AS a JOIN film_cast AS c ON c.actor_id = a.id
ORDER BY name;
-- right: other: the left join tested on film_id, which is never NULL in a real cast row
SELECT a.name
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
WHERE c.film_id IS NULL
ORDER BY 1;
-- right: group-by: a left join grouped, keeping the actors with no cast rows
SELECT a.name
FROM actors AS a
LEFT JOIN film_cast AS c ON c.actor_id = a.id
GROUP BY a.id, a.name
HAVING count(c.film_id) = 0
ORDER BY a.name;
-- wrong: inner-join: an inner join never has NULL in the cast row
-- expect: 0 rows; the answer has 2
-- expect: Missing from your result (2 rows): ('Maya Okafor'), ('Rufus Dane')
SELECT a.name
FROM actors AS a
JOIN film_cast AS c ON c.actor_id = a.id
WHERE c.actor_id IS NULL
ORDER BY a.name;
-- wrong: wrong-column: NOT IN on the film ids compares actor ids with film ids (right here by chance)
-- expect: hidden copy
SELECT name FROM actors WHERE id NOT IN (SELECT film_id FROM film_cast) ORDER BY name;
-- wrong: hard-coded: the visible names typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT name FROM actors WHERE name IN ('Maya Okafor', 'Rufus Dane') ORDER BY name;
-- wrong: missing-condition: every actor
-- expect: 8 rows; the answer has 2
SELECT name FROM actors ORDER BY name;

-- exercise: drills-costars
-- right: subquery: the actors of Tomas's films, via two IN subqueries
SELECT name FROM actors
WHERE id IN (
  SELECT actor_id FROM film_cast
  WHERE film_id IN (SELECT film_id FROM film_cast
                    WHERE actor_id = (SELECT id FROM actors WHERE name = 'Tomas Reyes'))
)
AND name <> 'Tomas Reyes'
ORDER BY name;
-- right: group-by: GROUP BY instead of DISTINCT, Tomas looked up by a join
SELECT a.name
FROM actors AS tomas
JOIN film_cast AS mine ON mine.actor_id = tomas.id
JOIN film_cast AS theirs ON theirs.film_id = mine.film_id
JOIN actors AS a ON a.id = theirs.actor_id
WHERE tomas.name = 'Tomas Reyes' AND a.id <> tomas.id
GROUP BY a.id, a.name
ORDER BY a.name;
-- right: exists: EXISTS a film shared with Tomas
SELECT a.name FROM actors AS a
WHERE a.name <> 'Tomas Reyes'
  AND EXISTS (
    SELECT 1 FROM film_cast AS theirs
    JOIN film_cast AS mine ON mine.film_id = theirs.film_id
    JOIN actors AS t ON t.id = mine.actor_id
    WHERE theirs.actor_id = a.id AND t.name = 'Tomas Reyes'
  )
ORDER BY a.name;
-- right: distinct: DISTINCT with the filter in a CTE
WITH tomas_films AS (
  SELECT c.film_id, c.actor_id FROM film_cast AS c JOIN actors AS a ON a.id = c.actor_id
  WHERE a.name = 'Tomas Reyes'
)
SELECT DISTINCT a.name
FROM tomas_films AS t
JOIN film_cast AS c ON c.film_id = t.film_id AND c.actor_id <> t.actor_id
JOIN actors AS a ON a.id = c.actor_id
ORDER BY a.name;
-- wrong: missing-condition: Tomas counted as his own co-star
-- expect: Not expected in your result (1 row): ('Tomas Reyes')
SELECT DISTINCT a.name
FROM film_cast AS mine
JOIN film_cast AS theirs ON theirs.film_id = mine.film_id
JOIN actors AS a ON a.id = theirs.actor_id
WHERE mine.actor_id = (SELECT id FROM actors WHERE name = 'Tomas Reyes')
ORDER BY a.name;
-- wrong: no-distinct: a co-star in two of Tomas's films would appear twice (none does here)
-- expect: hidden copy
SELECT a.name
FROM film_cast AS mine
JOIN film_cast AS theirs ON theirs.film_id = mine.film_id AND theirs.actor_id <> mine.actor_id
JOIN actors AS a ON a.id = theirs.actor_id
WHERE mine.actor_id = (SELECT id FROM actors WHERE name = 'Tomas Reyes')
ORDER BY a.name;
-- wrong: wrong-column: the films' titles instead of the co-stars' names
-- expect: Not expected in your result (3 rows): ('Northern Static')
SELECT DISTINCT f.title
FROM film_cast AS mine
JOIN films AS f ON f.id = mine.film_id
WHERE mine.actor_id = (SELECT id FROM actors WHERE name = 'Tomas Reyes')
ORDER BY f.title;
-- wrong: hard-coded: the visible co-stars typed in
-- expect: hidden copy
-- expect: hard-coded
SELECT name FROM actors WHERE name IN ('Ines Marlowe', 'Jonah Webb', 'Lena Hart') ORDER BY name;

-- exercise: drills-films-sharing-actors
-- right: cte: the pairs of film ids in a CTE, titles joined afterwards
WITH pairs AS (
  SELECT c1.film_id AS a_id, c2.film_id AS b_id, count(*) AS shared
  FROM film_cast AS c1
  JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id AND c2.film_id > c1.film_id
  GROUP BY c1.film_id, c2.film_id
)
SELECT fa.title AS film_a, fb.title AS film_b, p.shared
FROM pairs AS p
JOIN films AS fa ON fa.id = p.a_id
JOIN films AS fb ON fb.id = p.b_id
ORDER BY film_a, film_b;
-- right: join-style: comma joins, grouped by the (unique) titles
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM films f1, films f2, film_cast c1, film_cast c2
WHERE c1.film_id = f1.id AND c2.film_id = f2.id AND c1.actor_id = c2.actor_id AND f1.id < f2.id
GROUP BY f1.title, f2.title
ORDER BY 1, 2;
-- right: subquery: every pair of films, the shared actors counted in a correlated subquery
SELECT * FROM (
  SELECT f1.title AS film_a, f2.title AS film_b,
         (SELECT count(*) FROM film_cast AS c1 JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id
          WHERE c1.film_id = f1.id AND c2.film_id = f2.id) AS shared
  FROM films AS f1 JOIN films AS f2 ON f1.id < f2.id
) AS pairs
WHERE shared > 0
ORDER BY film_a, film_b;
-- wrong: other: <> instead of <, so every pair appears twice
-- expect: 18 rows; the answer has 9
-- expect: ('Midnight Ferry', 'Northern Static', 1)
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM film_cast AS c1
JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id AND c1.film_id <> c2.film_id
JOIN films AS f1 ON f1.id = c1.film_id
JOIN films AS f2 ON f2.id = c2.film_id
GROUP BY c1.film_id, c2.film_id
ORDER BY film_a, film_b;
-- wrong: other: the smaller title first instead of the smaller id
-- expect: Missing from your result (4 rows): ('Northern Static', 'Midnight Ferry', 1)
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM film_cast AS c1
JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id
JOIN films AS f1 ON f1.id = c1.film_id
JOIN films AS f2 ON f2.id = c2.film_id
WHERE f1.title < f2.title
GROUP BY f1.id, f2.id
ORDER BY film_a, film_b;
-- wrong: missing-condition: every film paired with itself as well
-- expect: 15 rows; the answer has 9
-- expect: ('Midnight Ferry', 'Midnight Ferry', 2)
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM film_cast AS c1
JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id AND c1.film_id <= c2.film_id
JOIN films AS f1 ON f1.id = c1.film_id
JOIN films AS f2 ON f2.id = c2.film_id
GROUP BY c1.film_id, c2.film_id
ORDER BY film_a, film_b;
-- wrong: wrong-order: sorted by the number shared
-- expect: wrong order
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM film_cast AS c1
JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id AND c1.film_id < c2.film_id
JOIN films AS f1 ON f1.id = c1.film_id
JOIN films AS f2 ON f2.id = c2.film_id
GROUP BY c1.film_id, c2.film_id
ORDER BY shared DESC, film_a, film_b;

-- exercise: drills-add-to-cast
-- right: subquery: VALUES with both ids looked up in scalar subqueries
INSERT INTO film_cast (film_id, actor_id, role)
VALUES ((SELECT id FROM films WHERE title = 'Paper Moons'),
        (SELECT id FROM actors WHERE name = 'Maya Okafor'),
        'Stage manager');
-- right: join-style: a CROSS JOIN, the columns in another order
INSERT INTO film_cast (role, actor_id, film_id)
SELECT 'Stage manager', a.id, f.id
FROM actors AS a CROSS JOIN films AS f
WHERE a.name = 'Maya Okafor' AND f.title = 'Paper Moons';
-- right: subquery: INSERT … SELECT from one table, the other id in a subquery
INSERT INTO film_cast (film_id, actor_id, role)
SELECT id, (SELECT id FROM actors WHERE name = 'Maya Okafor'), 'Stage manager'
FROM films WHERE title = 'Paper Moons';
-- wrong: hard-coded: both ids typed in
-- expect: hidden copy
-- expect: hard-coded
INSERT INTO film_cast (film_id, actor_id, role) VALUES (3, 7, 'Stage manager');
-- wrong: error: the two ids swapped, so the film id does not exist
-- expect: FOREIGN KEY constraint failed
INSERT INTO film_cast (film_id, actor_id, role)
VALUES ((SELECT id FROM actors WHERE name = 'Maya Okafor'),
        (SELECT id FROM films WHERE title = 'Paper Moons'),
        'Stage manager');
-- wrong: wrong-table-change: the role in lower case
-- expect: Not expected in film_cast (1 row): (3, 7, 'stage manager')
INSERT INTO film_cast (film_id, actor_id, role)
SELECT f.id, a.id, 'stage manager'
FROM films AS f, actors AS a
WHERE f.title = 'Paper Moons' AND a.name = 'Maya Okafor';
-- wrong: missing-condition: the film's title condition left out, Maya added to every film
-- expect: It has 20 rows; it should have 15
-- expect: Not expected in film_cast (5 rows)
INSERT INTO film_cast (film_id, actor_id, role)
SELECT f.id, a.id, 'Stage manager'
FROM films AS f, actors AS a
WHERE a.name = 'Maya Okafor';

-- exercise: drills-recast-role
-- right: subquery: IN instead of =
UPDATE film_cast SET role = 'The Great Marvello'
WHERE film_id IN (SELECT id FROM films WHERE title = 'Paper Moons')
  AND actor_id IN (SELECT id FROM actors WHERE name = 'Tomas Reyes');
-- right: exists: the film and the actor checked with EXISTS
UPDATE film_cast SET role = 'The Great Marvello'
WHERE EXISTS (SELECT 1 FROM films AS f WHERE f.id = film_cast.film_id AND f.title = 'Paper Moons')
  AND EXISTS (SELECT 1 FROM actors AS a WHERE a.id = film_cast.actor_id AND a.name = 'Tomas Reyes');
-- right: join-style: UPDATE … FROM both tables
UPDATE film_cast SET role = 'The Great Marvello'
FROM films AS f, actors AS a
WHERE f.id = film_cast.film_id AND a.id = film_cast.actor_id
  AND f.title = 'Paper Moons' AND a.name = 'Tomas Reyes';
-- right: subquery: the (film_id, actor_id) pair matched with a row value
UPDATE film_cast SET role = 'The Great Marvello'
WHERE (film_id, actor_id) = ((SELECT id FROM films WHERE title = 'Paper Moons'),
                             (SELECT id FROM actors WHERE name = 'Tomas Reyes'));
-- wrong: missing-condition: every role in Paper Moons renamed
-- expect: The table `film_cast` does not hold what it should
-- expect: Missing from film_cast (1 row): (3, 5, 'Apprentice')
UPDATE film_cast SET role = 'The Great Marvello'
WHERE film_id = (SELECT id FROM films WHERE title = 'Paper Moons');
-- wrong: missing-condition: every role of Tomas Reyes renamed
-- expect: The table `film_cast` does not hold what it should
-- expect: Missing from film_cast (2 rows): (1, 2, 'Radio operator'), (6, 2, 'Inventor')
UPDATE film_cast SET role = 'The Great Marvello'
WHERE actor_id = (SELECT id FROM actors WHERE name = 'Tomas Reyes');
-- wrong: hard-coded: both ids typed in
-- expect: hidden copy
-- expect: hard-coded
UPDATE film_cast SET role = 'The Great Marvello' WHERE film_id = 3 AND actor_id = 2;
-- wrong: error: the title compared on film_cast, which has no such column
-- expect: no such column: title
UPDATE film_cast SET role = 'The Great Marvello' WHERE title = 'Paper Moons' AND actor_id = 2;

-- exercise: drills-delete-film
-- right: subquery: the id looked up in a subquery
DELETE FROM films WHERE id = (SELECT id FROM films WHERE title = 'The Quiet Engine');
-- right: other: the cast rows deleted by hand first, then the film
DELETE FROM film_cast WHERE film_id IN (SELECT id FROM films WHERE title = 'The Quiet Engine');
DELETE FROM films WHERE title = 'The Quiet Engine';
-- right: other: inside a transaction, with IN
BEGIN;
DELETE FROM films WHERE title IN ('The Quiet Engine');
COMMIT;
-- wrong: missing-condition: only the cast rows are deleted
-- expect: The table `films` does not hold what it should
-- expect: Not expected in films (1 row): (6, 'The Quiet Engine', 2021)
DELETE FROM film_cast WHERE film_id = (SELECT id FROM films WHERE title = 'The Quiet Engine');
-- wrong: like: LIKE 'The %' also deletes The Glass Orchard (and its cast, by cascade)
-- expect: Missing from film_cast (3 rows): (2, 1, 'Botanist')
DELETE FROM films WHERE title LIKE 'The %';
-- wrong: hard-coded: the film's id typed in
-- expect: hidden copy
-- expect: hard-coded
DELETE FROM films WHERE id = 6;
-- wrong: error: DELETE with a column list
-- expect: near "title": syntax error
DELETE title FROM films WHERE title = 'The Quiet Engine';
