ATTACH ':memory:' AS other;
VACUUM INTO 'fuzz-vacuum.db';
VACUUM;