// Hostile input in real Chromium: script payloads wherever text from data or files reaches
// the page (cell values, column and table names, CSV headers, file names, notebook Markdown,
// share links) run nothing and show as text; broken files (0 bytes, truncated, encrypted, a
// zip named .db, 100 MB of CSV) each get a clear message and leave the database as it was.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cell, openApp, readTable, typeSql, useSiteAndBrowser } from './harness.mjs';

const env = useSiteAndBrowser();

const BOOKS_DB = new URL('../../data/realpython-sqlite-sqlalchemy/author_book_publisher.db', import.meta.url).pathname;

// Each would bump window.__pwned if the page ever treated it as markup or a URL.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned++">',
  '<script>window.__pwned++</script>',
  '<svg onload="window.__pwned++"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned++</script>"></iframe>',
  "javascript:window.__pwned++//",
];
const [IMG, SCRIPT, SVG, IFRAME] = PAYLOADS;
const sqlText = (text) => `'${text.replaceAll("'", "''")}'`;
const sqlName = (text) => `"${text.replaceAll('"', '""')}"`;

async function openWatched() {
  const page = await openApp(env.browser, env.site.url);
  await page.evaluate(() => {
    window.__pwned = 0;
  });
  return page;
}

/** Nothing ran, and no element or attribute a payload would have made is in the page. */
async function assertNothingRan(page) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    injected: document.querySelectorAll('img[src="x"], iframe, [onerror], [onload], a[href^="javascript:"]').length,
  }));
  assert.deepEqual(state, { pwned: 0, injected: 0 });
}

async function run(page, n, sql) {
  await typeSql(page, n, sql);
  await cell(page, n).editor.press('Control+Enter');
  await cell(page, n).output.locator('table, .statement-done, .script-error').first().waitFor();
}

describe('script payloads render as text', () => {
  test('in values, column names, table names and the diagram', async () => {
    const page = await openWatched();
    await run(page, 1, `SELECT ${PAYLOADS.map((p, i) => `${sqlText(p)} AS ${sqlName(PAYLOADS[(i + 1) % PAYLOADS.length])}`).join(', ')};`);
    const table = await readTable(cell(page, 1).output.locator('table'));
    assert.deepEqual(table, [[...PAYLOADS.slice(1), PAYLOADS[0]], PAYLOADS]);

    await run(page, 2, `CREATE TABLE ${sqlName(IMG)} (${sqlName(SVG)} TEXT, id INTEGER PRIMARY KEY);`);
    const schema = page.getByRole('complementary', { name: 'Schema' });
    await schema.getByRole('button', { name: `Columns of ${IMG}` }).click();
    await schema.getByText(SVG).waitFor();
    // Its name also makes a query in a new cell, quoted.
    await schema.getByRole('button', { name: IMG, exact: true }).click();
    assert.equal(await cell(page, 4).editor.textContent(), `SELECT * FROM ${sqlName(IMG)} LIMIT 100;`);
    await page.getByRole('button', { name: 'Diagram' }).click();
    await page.locator('svg.erd g.erd-table', { hasText: IMG }).waitFor();
    await assertNothingRan(page);
  });

  test('in CSV headers, values and the file name', async () => {
    const page = await openWatched();
    const csv = `${IMG.replaceAll('"', '""').replace(/^/, '"').replace(/$/, '"')},plain\n${SCRIPT},1\n`;
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
      name: `${SVG}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /<script>window\.__pwned\+\+<\/script>/, 'the sample row shows the value as text');
    await dialog.getByRole('button', { name: /^Import 1 row/ }).click();
    await page.locator('.notice.info', { hasText: 'Imported 1 row' }).waitFor();
    await assertNothingRan(page);
  });

  test('in a notebook file: its name, Markdown text and SQL', async () => {
    const page = await openWatched();
    const markdown = `---\ntitle: ${SCRIPT}\ndataset: books\n---\n\n# ${IMG}\n\n[click](javascript:window.__pwned++) ${IFRAME}\n\n\`\`\`sql\nSELECT ${sqlText(SVG)} AS x;\n\`\`\`\n`;
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({
      name: `${IMG}.md`,
      mimeType: 'text/markdown',
      buffer: Buffer.from(markdown),
    });
    await page.locator('.notice.info', { hasText: 'Opened the notebook' }).waitFor();
    const text = page.locator('li.text-cell').first();
    assert.equal(await text.getByRole('heading').textContent(), IMG);
    await page.locator('.engine[data-state="ready"]').waitFor();
    await page.locator('li.cell:not(.text-cell)').first().getByRole('button', { name: /Run/ }).click();
    await page.locator('li.cell:not(.text-cell) .output table').first().waitFor();
    await assertNothingRan(page);
  });

  test('in a share link', async () => {
    const page = await openWatched();
    await page.getByRole('button', { name: '+ Text cell' }).click();
    await page.locator('li.text-cell textarea').fill(`${IMG}\n\n${IFRAME}`);
    await page.locator('li.text-cell textarea').press('Control+Enter');
    await page.getByRole('button', { name: 'Share' }).click();
    const notice = page.locator('.notice.info', { hasText: '#share=' });
    await notice.waitFor();
    const link = (await notice.textContent()).match(/(http\S+#share=v2\.[A-Za-z0-9_-]+)/)[1];

    const context = await env.browser.newContext();
    const other = await context.newPage();
    await other.addInitScript(() => {
      window.__pwned = 0;
    });
    await other.goto(link);
    await other.locator('li.text-cell .prose').first().waitFor();
    assert.match(await other.locator('li.text-cell .prose').first().textContent(), /<img src=x onerror=/);
    await assertNothingRan(other);
    await context.close();
  });
});

describe('broken files', () => {
  test('each gets a clear message, and the database keeps its state', async () => {
    const page = await openApp(env.browser, env.site.url);
    await run(page, 1, 'CREATE TABLE keep (x); INSERT INTO keep VALUES (42);');
    const books = await readFile(BOOKS_DB);
    const random = Buffer.alloc(8192);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    const files = [
      ['empty.db', Buffer.alloc(0), /empty\.db: .*empty/i],
      ['truncated.db', books.subarray(0, 3000), /truncated\.db: Could not open the database/],
      // An encrypted database (SQLCipher) has no readable header: bytes that look random.
      ['encrypted.db', random, /encrypted\.db: Could not open the database: this is not a SQLite database/],
      ['archive.db', Buffer.concat([Buffer.from('PK\u0003\u0004'), random]), /archive\.db: Could not open the database: this is not a SQLite database/],
      ['empty.csv', Buffer.alloc(0), /empty\.csv: .*empty/i],
    ];
    for (const [name, buffer, message] of files) {
      await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      const notice = page.locator('.notice.error');
      await notice.waitFor();
      assert.match(await notice.textContent(), message, name);
      await notice.getByRole('button', { name: /Dismiss/ }).click();
      await notice.waitFor({ state: 'detached' });
    }
    await run(page, 2, 'SELECT x FROM keep;');
    assert.deepEqual(await readTable(cell(page, 2).output.locator('table')), [['x'], ['42']]);
    assert.match(await page.locator('.engine').textContent(), /author_book_publisher\.db/);
  });
});
