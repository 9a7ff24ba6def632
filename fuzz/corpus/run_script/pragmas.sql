PRAGMA table_info(book);
PRAGMA foreign_key_list(book);
PRAGMA index_list(book);
PRAGMA foreign_keys = OFF;
PRAGMA integrity_check;