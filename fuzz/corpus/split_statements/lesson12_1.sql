-- prompt: For every customer with **at least 6 orders**, return their `name`, their number of
-- prompt: orders as `orders`, and the total they spent, rounded to 2 decimals, as `spent`. Sort by
-- prompt: `spent` from most to least, then by name.
-- hint: Join customers → orders → orders_items and group by the customer. Careful: each order appears once per item.
-- hint: Use `count(DISTINCT o.id)` for the orders, both in the select list and in `HAVING count(DISTINCT o.id) >= 6`.
SELECT c.name, count(DISTINCT o.id) AS orders,
       round(sum(oi.unit_price * oi.quantity), 2) AS spent
FROM customers AS c
JOIN orders AS o ON o.customer_id = c.id
JOIN orders_items AS oi ON oi.order_id = o.id
GROUP BY c.id, c.name
HAVING count(DISTINCT o.id) >= 6
ORDER BY spent DESC, c.name;
