-- prompt: For every user who is **not** soft-deleted, return their `username` and their number of
-- prompt: published, not-deleted posts as `posts` — including users with 0. Sort by `posts` from
-- prompt: most to fewest, then by username.
-- hint: A `LEFT JOIN` keeps users without posts, but only if the post conditions go in the `ON` clause; in the `WHERE` they would drop those users again.
-- hint: `LEFT JOIN posts AS p ON p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL WHERE u.deleted_at IS NULL`, then `count(p.id)`.
SELECT u.username, count(p.id) AS posts
FROM users AS u
LEFT JOIN posts AS p
  ON p.user_id = u.id AND p.published_on IS NOT NULL AND p.deleted_at IS NULL
WHERE u.deleted_at IS NULL
GROUP BY u.id, u.username
ORDER BY posts DESC, u.username;
