-- prompt: A new maker joins the catalogue. Insert a manufacturer named `Byte Forge`, then a
-- prompt: product named `Forge 64` from 1985 with cpu `6510` made by it, then record that the
-- prompt: product was made in both `Germany` and `USA`. Look ids up by name rather than typing
-- prompt: numbers.
-- hint: Three inserts: into `manufacturers`, into `products`, and into `products_countries` (one row per country).
-- hint: Use `INSERT INTO … SELECT`: for the product, `SELECT 'Forge 64', id, 1985, '6510' FROM manufacturers WHERE name = 'Byte Forge'`; for the countries, select `p.id, c.id FROM products AS p, countries AS c` with `p.name = 'Forge 64' AND c.name IN ('Germany', 'USA')`.
INSERT INTO manufacturers (name) VALUES ('Byte Forge');
INSERT INTO products (name, manufacturer_id, year, cpu)
SELECT 'Forge 64', id, 1985, '6510' FROM manufacturers WHERE name = 'Byte Forge';
INSERT INTO products_countries (product_id, country_id)
SELECT p.id, c.id
FROM products AS p, countries AS c
WHERE p.name = 'Forge 64' AND c.name IN ('Germany', 'USA');
