// Getting data in and out, in real Chromium: CSV import by picker and by drag-and-drop, opening
// a corrupt .db, export and re-open, the schema browser, the diagram and CSV downloads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cell, cellTexts, editorSelection, editorText, openApp, readTable, typeSql, useSiteAndBrowser } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const FLAT_CSV = new URL('../../data/realpython-sqlite-sqlalchemy/author_book_publisher.csv', import.meta.url).pathname;

const env = useSiteAndBrowser();

const BOOKS_PER_PUBLISHER = `SELECT publisher, count(*) AS books
FROM author_book_publisher
GROUP BY publisher
ORDER BY books DESC, publisher;`;

const EXPECTED_PER_PUBLISHER = [
  ['publisher', 'books'],
  ['Random House', '4'],
  ['Simon & Schuster', '4'],
  ['Berkley', '2'],
  ['Penguin Random House', '2'],
];

/** Runs SQL in a new cell and returns its first result table, header first. */
async function runInNewCell(page, sql) {
  await page.getByRole('button', { name: '+ SQL cell' }).click();
  const n = await page.locator('li.cell').count();
  await typeSql(page, n, sql);
  await cell(page, n).editor.press('Control+Enter');
  const output = cell(page, n).output;
  await output.locator('table, .script-error').first().waitFor();
  return readTable(output.locator('table').first());
}

async function reviewAndImport(page) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.equal(await dialog.getByLabel('Table name').inputValue(), 'author_book_publisher');
  const types = await dialog.locator('.columns-plan select').evaluateAll((s) => s.map((x) => x.value));
  assert.deepEqual(types, ['TEXT', 'TEXT', 'TEXT', 'TEXT']);
  await dialog.getByRole('button', { name: 'Import 12 rows' }).click();
  await page.locator('.notice.info', { hasText: 'Imported 12 rows into the table author_book_publisher.' }).waitFor();
}

describe('data in and out', () => {
  test('a CSV imported with the file picker answers a GROUP BY', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles(FLAT_CSV);
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `${SHOTS}import-review.png` });
    await reviewAndImport(page);

    // The import added a cell that queries the new table, and the schema lists it.
    const last = await page.locator('li.cell').count();
    assert.equal(await editorText(cell(page, last).editor), 'SELECT * FROM "author_book_publisher" LIMIT 100;');
    await page.locator('.schema-panel .table-name', { hasText: /^author_book_publisher$/ }).waitFor();

    assert.deepEqual(await runInNewCell(page, BOOKS_PER_PUBLISHER), EXPECTED_PER_PUBLISHER);
    assert.deepEqual(page.problems, []);
  });

  test('a CSV dropped on the page imports the same way', async () => {
    const page = await openApp(env.browser, env.site.url);
    const text = await readFile(FLAT_CSV, 'utf8');
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'author_book_publisher.csv', { type: 'text/csv' }));
      return dt;
    }, text);
    await page.locator('.dropzone').dispatchEvent('dragover', { dataTransfer });
    assert.equal(await page.locator('.drop-overlay').count(), 1, 'the drop target shows while dragging');
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer });
    await reviewAndImport(page);
    assert.deepEqual(await runInNewCell(page, BOOKS_PER_PUBLISHER), EXPECTED_PER_PUBLISHER);
  });

  test('a bad CSV is refused with its line number and imports nothing', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
      name: 'ragged.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('a,b,c\n1,2,3\n4,5\n'),
    });
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    assert.match(await notice.textContent(), /ragged\.csv.*line 3/);
    assert.deepEqual(await runInNewCell(page, "SELECT count(*) AS n FROM sqlite_schema WHERE name = 'ragged'"), [['n'], ['0']]);
  });

  test('a corrupt .db shows a clear message and the database is untouched', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
      name: 'broken.db',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\u0003\u0004 this is a zip archive, not a database'.repeat(50)),
    });
    const notice = page.locator('.notice.error');
    await notice.waitFor();
    assert.match(await notice.textContent(), /broken\.db: Could not open the database: this is not a SQLite database/);
    assert.match(await notice.textContent(), /The current database is unchanged\./);
    assert.match(await page.locator('.engine').textContent(), /author_book_publisher\.db/);
    assert.deepEqual(await runInNewCell(page, 'SELECT count(*) AS authors FROM author;'), [['authors'], ['7']]);
  });

  test('export the database, reopen it in a new page, and the change is there', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runInNewCell(page, "INSERT INTO author (first_name, last_name) VALUES ('Ursula', 'Le Guin'); SELECT count(*) FROM author;");
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export .db' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'author_book_publisher.db');
    const bytes = await readFile(await download.path());
    assert.equal(bytes.subarray(0, 15).toString(), 'SQLite format 3');

    const fresh = await openApp(env.browser, env.site.url);
    await fresh.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({ name: 'mine.db', mimeType: 'application/octet-stream', buffer: bytes });
    await fresh.locator('.notice.info', { hasText: 'Opened mine.db.' }).waitFor();
    assert.match(await fresh.locator('.engine').textContent(), /mine\.db/);
    assert.deepEqual(
      await runInNewCell(fresh, "SELECT first_name || ' ' || last_name AS who FROM author WHERE last_name = 'Le Guin';"),
      [['who'], ['Ursula Le Guin']],
    );
  });

  test('the schema browser follows DDL and puts a query for a table in a new cell', async () => {
    const page = await openApp(env.browser, env.site.url);
    const names = page.locator('.schema-panel .table-name');
    await names.first().waitFor();
    assert.deepEqual(await names.allTextContents(), ['author', 'author_publisher', 'book', 'book_publisher', 'publisher']);

    await runInNewCell(page, 'CREATE TABLE genre (genre_id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE); SELECT 1;');
    await page.locator('.schema-panel .table-name', { hasText: /^genre$/ }).waitFor();

    // Expanding a table shows its columns with key marks.
    await page.getByRole('button', { name: 'Columns of book', exact: true }).click();
    const bookColumns = page.locator('.schema-panel li.table', { has: page.getByRole('button', { name: 'book', exact: true }) }).locator('.column');
    assert.deepEqual(await bookColumns.allTextContents(), ['book_idINTEGERPKNN', 'author_idINTEGERFK', 'titleVARCHAR']);

    const before = await page.locator('li.cell').count();
    await page.getByRole('button', { name: 'publisher', exact: true }).click();
    assert.equal(await page.locator('li.cell').count(), before + 1);
    assert.equal(await editorText(cell(page, before + 1).editor), 'SELECT * FROM "publisher" LIMIT 100;');
  });

  test('Chinook loads in one click and its diagram draws every table and updates with DDL', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Dataset').selectOption('chinook');
    await page.locator('.engine', { hasText: 'Chinook' }).waitFor();
    await page.locator('.schema-panel .table-name', { hasText: /^Track$/ }).waitFor();
    await page.getByRole('button', { name: 'Diagram' }).click();
    const tables = page.locator('svg.erd g.erd-table');
    await tables.first().waitFor();
    assert.equal(await tables.count(), 11);
    assert.equal(await page.locator('svg.erd g.erd-edge').count(), 11);
    // No two table boxes overlap on screen.
    const boxes = await tables.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().toJSON()));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        assert.ok(apart, `boxes ${i} and ${j} overlap`);
      }
    }
    await page.locator('.erd-panel').screenshot({ path: `${SHOTS}erd-chinook.png` });

    await runInNewCell(page, 'CREATE TABLE Review (ReviewId INTEGER PRIMARY KEY, TrackId INTEGER REFERENCES Track (TrackId), Stars INTEGER); SELECT 1;');
    await page.locator('svg.erd g.erd-table', { hasText: 'Review' }).waitFor();
    assert.equal(await tables.count(), 12);
    assert.equal(await page.locator('svg.erd g.erd-edge').count(), 12);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save SVG' }).click(),
    ]);
    const svg = await readFile(await download.path(), 'utf8');
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, />Review</);
  });

  test('RetroFun loads in one click as normalized tables', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Dataset').selectOption('retrofun');
    await page.locator('.engine', { hasText: 'RetroFun' }).waitFor({ timeout: 60_000 });
    const rows = await runInNewCell(
      page,
      `SELECT m.name AS manufacturer, count(*) AS products
FROM products p JOIN manufacturers m ON m.id = p.manufacturer_id
GROUP BY m.id ORDER BY products DESC, manufacturer LIMIT 3;`,
    );
    assert.equal(rows.length, 4);
    assert.deepEqual(rows[0], ['manufacturer', 'products']);
    assert.deepEqual(await runInNewCell(page, 'SELECT count(*) AS n FROM orders_items;'), [['n'], ['5907']]);
  });

  test('a notebook saves as Markdown and opens again with its cells and dataset', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Dataset').selectOption('chinook');
    await page.locator('.engine', { hasText: 'Chinook' }).waitFor();
    await runInNewCell(page, 'SELECT count(*) AS tracks FROM Track;');
    const sources = await cellTexts(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save .md' }).click(),
    ]);
    const markdown = await readFile(await download.path(), 'utf8');
    assert.match(markdown, /^---\ntitle: .*\ndataset: chinook\n---\n/);

    const fresh = await openApp(env.browser, env.site.url);
    await fresh.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
      name: 'notes.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdown),
    });
    await fresh.locator('.notice.info', { hasText: 'Opened the notebook notes.md.' }).waitFor();
    await fresh.locator('.engine[data-state="ready"]', { hasText: 'Chinook' }).waitFor();
    assert.deepEqual(await cellTexts(fresh), sources);
    const last = sources.length;
    await cell(fresh, last).editor.press('Control+Enter');
    await cell(fresh, last).output.locator('table').waitFor();
    assert.deepEqual(await readTable(cell(fresh, last).output.locator('table')), [['tracks'], ['3503']]);
  });

  test('a notebook file keeps its setup and a text cell that shows SQL, through a reload and a save', async () => {
    const file = [
      '---',
      'title: Wishlist',
      'dataset: books',
      'setup: |',
      '  CREATE TABLE wishlist (title TEXT);',
      "  INSERT INTO wishlist VALUES ('Dune'), ('Emma');",
      '---',
      '',
      '<!-- text -->',
      '',
      'Try this in a cell of your own:',
      '',
      '```sql',
      'SELECT * FROM wishlist;',
      '```',
      '',
      '<!-- cell -->',
      '',
      '```sql',
      'SELECT count(*) AS wishes FROM wishlist;',
      '```',
      '',
    ].join('\n');
    const open = async (page, name, text) => {
      await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
        name,
        mimeType: 'text/markdown',
        buffer: Buffer.from(text),
      });
      await page.locator('.notice.info', { hasText: `Opened the notebook ${name}.` }).waitFor();
      await page.locator('.engine[data-state="ready"]').waitFor();
    };
    const wishes = async (page) => {
      assert.equal(await page.locator('li.text-cell').count(), 1, 'the sample stays inside its text cell');
      const text = page.locator('li.text-cell');
      assert.match(await text.locator('p').first().textContent(), /^Try this in a cell of your own:/);
      assert.equal((await text.locator('pre code').textContent()).trim(), 'SELECT * FROM wishlist;');
      // Drawn as a block on the sample's dark panel, not as an inline code chip.
      const chip = await text.locator('pre code').evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.equal(chip, 'rgba(0, 0, 0, 0)');
      assert.deepEqual(await cellTexts(page), ['SELECT count(*) AS wishes FROM wishlist;']);
      await cell(page, 2).editor.press('Control+Enter');
      await cell(page, 2).output.locator('table').waitFor();
      return readTable(cell(page, 2).output.locator('table'));
    };

    const page = await openApp(env.browser, env.site.url);
    await open(page, 'wishlist.md', file);
    assert.deepEqual(await wishes(page), [['wishes'], ['2']], 'the setup ran');

    // After a reload the notebook still knows its setup, and saves it.
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save .md' }).click(),
    ]);
    const saved = await readFile(await download.path(), 'utf8');
    assert.match(saved, /\nsetup: \|\n  CREATE TABLE wishlist \(title TEXT\);\n  INSERT INTO wishlist VALUES \('Dune'\), \('Emma'\);\n---\n/);

    const fresh = await openApp(env.browser, env.site.url);
    await open(fresh, 'saved.md', saved);
    assert.deepEqual(await wishes(fresh), [['wishes'], ['2']], 'the saved file makes the same starting state');
  });

  test('a result downloads as RFC 4180 CSV with every row', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runInNewCell(page, "SELECT title, 'said \"hi\", twice' AS note FROM book WHERE book_id IN (8, 1) ORDER BY book_id;");
    const last = await page.locator('li.cell').count();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      cell(page, last).output.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    assert.equal(
      csv,
      'title,note\r\nFoundation,"said ""hi"", twice"\r\n"Tinker, Tailor, Solider, Spy: A George Smiley Novel","said ""hi"", twice"\r\n',
    );
  });
});
