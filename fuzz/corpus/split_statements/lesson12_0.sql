-- prompt: Which products end up in the same order as a `ZX Spectrum`? For each other product,
-- prompt: return its `name` and the number of orders containing both it and a ZX Spectrum as
-- prompt: `together`, keeping only products with `together` of **at least 2**. Sort by
-- prompt: `together` from most to fewest, then by name.
-- hint: Join `orders_items` to itself on the same `order_id`: one side is the Spectrum's item, the other side any other product's item.
-- hint: `FROM orders_items AS a JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id`, keep `a.product_id` = the Spectrum's id, join `b` to `products`, group, and add `HAVING count(*) >= 2`.
SELECT p.name, count(*) AS together
FROM orders_items AS a
JOIN orders_items AS b ON b.order_id = a.order_id AND b.product_id <> a.product_id
JOIN products AS p ON p.id = b.product_id
WHERE a.product_id = (SELECT id FROM products WHERE name = 'ZX Spectrum')
GROUP BY p.id, p.name
HAVING count(*) >= 2
ORDER BY together DESC, p.name;
