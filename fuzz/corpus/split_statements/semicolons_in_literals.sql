SELECT 'a;b';
-- c;d
SELECT "x;y" FROM t /* ; */;SELECT 3