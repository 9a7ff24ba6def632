-- prompt: Some manufacturers stayed in the game for years. For each manufacturer, return its
-- prompt: `name`, the year of its first product as `first_year`, the year of its last product as
-- prompt: `last_year`, and its number of products as `products` — but only manufacturers whose
-- prompt: last product came **at least 5 years** after their first. Sort by `first_year`, then
-- prompt: by name.
-- hint: `min(p.year)` and `max(p.year)` per manufacturer give the first and last year.
-- hint: Filter the groups with `HAVING max(p.year) - min(p.year) >= 5`, then `ORDER BY first_year, m.name`.
SELECT m.name, min(p.year) AS first_year, max(p.year) AS last_year, count(*) AS products
FROM manufacturers AS m
JOIN products AS p ON p.manufacturer_id = m.id
GROUP BY m.id, m.name
HAVING max(p.year) - min(p.year) >= 5
ORDER BY first_year, m.name;
