-- prompt: Return, for each month, `month` (as `YYYY-MM`), that month's revenue rounded to 2
-- prompt: decimals as `revenue`, and the difference from the previous month's revenue as `change`
-- prompt: (`NULL` for the first month): subtract the unrounded revenues, then round to 2 decimals.
-- prompt: Sort by month.
-- hint: Compute unrounded revenue per month in a `WITH`, then use `lag(revenue) OVER (ORDER BY month)`.
-- hint: `round(revenue - lag(revenue) OVER (ORDER BY month), 2) AS change`; round only at the end.
WITH monthly AS (
  SELECT strftime('%Y-%m', o.timestamp) AS month,
         sum(oi.unit_price * oi.quantity) AS revenue
  FROM orders AS o
  JOIN orders_items AS oi ON oi.order_id = o.id
  GROUP BY month
)
SELECT month, round(revenue, 2) AS revenue,
       round(revenue - lag(revenue) OVER (ORDER BY month), 2) AS change
FROM monthly
ORDER BY month;
