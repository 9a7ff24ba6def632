SELECT 'é', 'Brontë' AS "naïve", '😀' || x'f09f9880';
SELECT length('日本語'), upper('straße');