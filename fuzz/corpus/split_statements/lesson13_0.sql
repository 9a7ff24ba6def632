-- prompt: Rank the products that have **at least 3 reviews** by average rating. Return `name`,
-- prompt: the average rounded to 2 decimals as `avg_rating`, and as `rating_rank` the `rank()` of the
-- prompt: product by that rounded average, highest first, so that products with the same rounded
-- prompt: average share a rank. Sort by `rating_rank`, then by name.
-- hint: Start from the query of the previous exercise and add a window function to the select list. A window's `ORDER BY` cannot use the alias `avg_rating`: repeat the expression.
-- hint: `rank() OVER (ORDER BY round(avg(r.rating), 2) DESC) AS rating_rank`, then `ORDER BY rating_rank, p.name`.
SELECT p.name, round(avg(r.rating), 2) AS avg_rating,
       rank() OVER (ORDER BY round(avg(r.rating), 2) DESC) AS rating_rank
FROM products AS p
JOIN product_reviews AS r ON r.product_id = p.id
GROUP BY p.id, p.name
HAVING count(*) >= 3
ORDER BY rating_rank, p.name;
