// The workload every engine runs: the SQL text (identical for all engines), the CSV files'
// contents, and the checksum of delivered rows. Imported by the page (bench/compare/page.js),
// by run.mjs (which writes the CSV files and hands the SQL to the native run) and nothing else.

export const SIZES = [10_000, 100_000, 1_000_000];
/** Runs per figure (the median is reported). 1M-row runs are done once. */
export const RUNS = { init: 5, insertSmall: 3, insertLarge: 1, normalize: 3, join: 20, scan: 5 };
export const NORMALIZE_ROWS = 100_000;

const CITIES = ['Lisbon', 'Porto', 'Zagreb', 'Leeds', 'Osaka', 'Recife', 'Sofia'];

/** Every connection gets Joinery's own setting first (Joinery enforces foreign keys). */
export const SETUP_SQL = 'PRAGMA foreign_keys = ON;';

export const VERSION_SQL = 'SELECT sqlite_version();';

/** The flat table: one row per book, 7 columns. The same shape the CSV import creates. */
export const FLAT_TABLE_SQL =
  'CREATE TABLE flat (id INTEGER, title TEXT, author TEXT, publisher TEXT, city TEXT, price REAL, published_on TEXT);';

/**
 * Dropping a table leaves its pages free inside the database (in memory too); VACUUM gives them
 * back, so that every workload starts on a compact database of only what it needs. Untimed.
 */
export const DROP_FLAT_SQL = 'DROP TABLE IF EXISTS flat;\nVACUUM;';

/** A new, empty flat table. */
export const CREATE_FLAT_SQL = `${DROP_FLAT_SQL}\n${FLAT_TABLE_SQL}`;

/**
 * `rows` generated rows in one transaction. Each publisher has one city (so the normalized
 * publisher table holds it); 1000 authors, 53 publishers, independent of each other.
 */
export function insertSql(rows) {
  const city = `CASE i % 53 % 7 ${CITIES.map((c, k) => `WHEN ${k} THEN '${c}'`).join(' ')} END`;
  return (
    'BEGIN;\n' +
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})\n` +
    'INSERT INTO flat (id, title, author, publisher, city, price, published_on)\n' +
    "SELECT i, 'Title ' || i, 'Author ' || (i * 7919 % 1000), 'Publisher ' || (i % 53),\n" +
    `  ${city},\n` +
    '  (i * 37 % 9973) / 100.0,\n' +
    "  printf('%04d-%02d-%02d', 1990 + i % 30, 1 + i % 12, 1 + i % 28)\n" +
    'FROM n;\n' +
    'COMMIT;'
  );
}

/** The same rows as `insertSql(rows)`, as CSV text with a header row (no quoting needed). */
export function csvText(rows) {
  const pad = (n, w) => String(n).padStart(w, '0');
  const lines = ['id,title,author,publisher,city,price,published_on'];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `${i},Title ${i},Author ${(i * 7919) % 1000},Publisher ${i % 53},${CITIES[(i % 53) % 7]},` +
        `${((i * 37) % 9973) / 100},${pad(1990 + (i % 30), 4)}-${pad(1 + (i % 12), 2)}-${pad(1 + (i % 28), 2)}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** One row that fingerprints the flat table, including each column's storage class. */
export const FLAT_CHECKSUM_SQL =
  'SELECT count(*), sum(id), sum(length(title) + length(author) + length(publisher) + length(city) + length(published_on)),\n' +
  '  sum(CAST(round(price * 100) AS INTEGER)), sum(typeof(id) = \'integer\'), sum(typeof(price) = \'real\'),\n' +
  "  sum(typeof(title) = 'text'), max(published_on), min(author) FROM flat;";

/** Normalization: flat → author, publisher, book with INSERT … SELECT DISTINCT. */
export const NORMALIZE_SQL = `BEGIN;
CREATE TABLE author (author_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE publisher (publisher_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, city TEXT NOT NULL);
CREATE TABLE book (
  book_id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  author_id INTEGER NOT NULL REFERENCES author (author_id),
  publisher_id INTEGER NOT NULL REFERENCES publisher (publisher_id),
  price REAL,
  published_on TEXT
);
INSERT INTO author (name) SELECT DISTINCT author FROM flat ORDER BY author;
INSERT INTO publisher (name, city) SELECT DISTINCT publisher, city FROM flat ORDER BY publisher;
INSERT INTO book (book_id, title, author_id, publisher_id, price, published_on)
SELECT DISTINCT f.id, f.title, a.author_id, p.publisher_id, f.price, f.published_on
FROM flat AS f JOIN author AS a ON a.name = f.author JOIN publisher AS p ON p.name = f.publisher;
COMMIT;`;

export const DROP_NORMALIZED_SQL =
  'DROP TABLE IF EXISTS book;\nDROP TABLE IF EXISTS author;\nDROP TABLE IF EXISTS publisher;\nVACUUM;';

const REJOINED =
  'SELECT b.book_id, b.title, a.name, p.name, p.city, b.price, b.published_on\n' +
  '  FROM book AS b JOIN author AS a USING (author_id) JOIN publisher AS p USING (publisher_id)';
const FLAT_ROWS = 'SELECT id, title, author, publisher, city, price, published_on FROM flat';

/** The round trip: rows lost and rows invented by normalizing; both must be 0. */
export const ROUND_TRIP_SQL =
  `SELECT (SELECT count(*) FROM (${FLAT_ROWS}\n  EXCEPT ${REJOINED})) AS lost,\n` +
  `  (SELECT count(*) FROM (${REJOINED}\n  EXCEPT ${FLAT_ROWS})) AS invented,\n` +
  '  (SELECT count(*) FROM author) AS authors, (SELECT count(*) FROM publisher) AS publishers,\n' +
  '  (SELECT count(*) FROM book) AS books;';

/** A 3-table join with GROUP BY: one row per author (1000 rows). */
export const JOIN_SQL = `SELECT a.name AS author, count(*) AS books, count(DISTINCT p.publisher_id) AS publishers,
  round(sum(b.price), 2) AS revenue, min(b.published_on) AS first_published, max(p.city) AS last_city
FROM book AS b
JOIN author AS a ON a.author_id = b.author_id
JOIN publisher AS p ON p.publisher_id = b.publisher_id
WHERE p.city <> 'Sofia'
GROUP BY a.author_id
ORDER BY revenue DESC, author;`;

/** The full scan delivered to the page. */
export const SCAN_SQL = 'SELECT * FROM flat;';

/**
 * The checksum of delivered rows, computed where they are delivered (the page's main thread):
 * rows, cells, the sum of integers, the sum of reals (to cents), total text length.
 * Rows are arrays of JS values (null, number, string).
 */
export function rowsChecksum(rows) {
  let cells = 0;
  let ints = 0;
  let cents = 0;
  let text = 0;
  for (const row of rows) {
    for (const v of row) {
      cells++;
      if (typeof v === 'string') text += v.length;
      else if (typeof v === 'number') {
        if (Number.isInteger(v)) ints += v;
        else cents += Math.round(v * 100);
      } else if (typeof v === 'bigint') ints += Number(v);
    }
  }
  return `rows=${rows.length} cells=${cells} ints=${ints} cents=${cents} text=${text}`;
}

/**
 * Every SQL text the native run needs, for run.mjs to hand over as sections
 * ("-- @@ name" on a line of its own, then the SQL).
 */
export function sqlSections() {
  const sections = {
    setup: SETUP_SQL,
    version: VERSION_SQL,
    create_flat: CREATE_FLAT_SQL,
    drop_flat: DROP_FLAT_SQL,
    flat_checksum: FLAT_CHECKSUM_SQL,
    normalize: NORMALIZE_SQL,
    drop_normalized: DROP_NORMALIZED_SQL,
    round_trip: ROUND_TRIP_SQL,
    join: JOIN_SQL,
    scan: SCAN_SQL,
  };
  for (const n of SIZES) sections[`insert_${n}`] = insertSql(n);
  sections.sizes = SIZES.join(' ');
  sections.normalize_rows = String(NORMALIZE_ROWS);
  sections.runs = Object.entries(RUNS)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return Object.entries(sections)
    .map(([name, sql]) => `-- @@ ${name}\n${sql}\n`)
    .join('');
}
