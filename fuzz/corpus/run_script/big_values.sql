SELECT zeroblob(1000000000);
SELECT printf('%.*c', 100000000, 'x');