-- prompt: Which pairs of films share at least one actor? Return the titles as `film_a` and
-- prompt: `film_b` (each pair once, the film with the smaller `id` as `film_a`) and the number of
-- prompt: actors they share as `shared`. Sort by `film_a`, then `film_b`.
-- hint: Self-join `film_cast` on the same `actor_id`, keeping `c1.film_id < c2.film_id` so that each pair appears once.
-- hint: Join both sides to `films` for the titles, `GROUP BY c1.film_id, c2.film_id`, and `count(*) AS shared`.
SELECT f1.title AS film_a, f2.title AS film_b, count(*) AS shared
FROM film_cast AS c1
JOIN film_cast AS c2 ON c2.actor_id = c1.actor_id AND c1.film_id < c2.film_id
JOIN films AS f1 ON f1.id = c1.film_id
JOIN films AS f2 ON f2.id = c2.film_id
GROUP BY c1.film_id, c2.film_id, f1.title, f2.title
ORDER BY film_a, film_b;
