SELECT a.name, count(b.id) AS books, avg(b.price)
FROM author a LEFT JOIN book b ON b.author_id = a.id
GROUP BY a.id HAVING count(*) > 0
ORDER BY books DESC, a.name;