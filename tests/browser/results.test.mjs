// Results that scale and results as charts, in real Chromium against the built site.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, openApp, readTable, typeSql, useSiteAndBrowser } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

const env = useSiteAndBrowser();

const BIG_TABLE =
  "CREATE TABLE big AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) " +
  "SELECT x AS id, 'name ' || x AS name, x * 0.5 AS half, printf('%.*c', 90, 'z') AS note FROM n;";

async function runCell(page, n, sql) {
  await typeSql(page, n, sql);
  await cell(page, n).editor.press('Control+Enter');
  await cell(page, n).output.locator('.result-meta, .statement-done, .script-error').first().waitFor({ timeout: 60_000 });
}

/** The ids in the data rows on screen (the first column), skipping the spacer rows. */
async function idsOnScreen(table) {
  return (await readTable(table)).slice(1).filter((row) => row.length > 1).map((row) => Number(row[0]));
}

describe('a 100k-row result', () => {
  test('shows its total, keeps few rows in the page, and scrolls and sorts through all of them', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, BIG_TABLE);
    await runCell(page, 2, 'SELECT * FROM big;');
    const output = cell(page, 2).output;
    assert.match(await output.locator('.result-meta').textContent(), /^100,000 rows · /);
    // Past 2,000 rows a chart would be a smear (and 800k SVG elements froze the page): none.
    assert.equal(await output.getByRole('button', { name: 'Chart' }).count(), 0);

    const table = output.locator('table');
    const rendered = await output.locator('tr.row').count();
    assert.ok(rendered > 10 && rendered < 100, `${rendered} rows in the page`);
    assert.deepEqual((await idsOnScreen(table)).slice(0, 3), [1, 2, 3]);

    // Scrolled to the end, the last rows are there.
    const scroller = output.locator('.table-scroll');
    await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.waitForFunction(
      () => [...document.querySelectorAll('li.cell')[1].querySelectorAll('tr.row td:first-child')].some((td) => td.textContent === '100000'),
    );
    const ids = await idsOnScreen(table);
    assert.equal(ids.at(-1), 100000);
    assert.ok(ids.length < 100);
    // The spacer rows stand in for the rest: the box scrolls the full height of 100k rows.
    const rowHeight = await output.locator('tbody').evaluate((tbody) => {
      const rows = tbody.querySelectorAll('tr.row');
      return (rows[rows.length - 1].getBoundingClientRect().top - rows[1].getBoundingClientRect().top) / (rows.length - 2);
    });
    const scrollHeight = await scroller.evaluate((el) => el.scrollHeight);
    assert.ok(Math.abs(scrollHeight - rowHeight * 100_000) < rowHeight * 3, `${scrollHeight} vs ${rowHeight} × 100k`);

    // Sorting works over all 100k rows, not just those on screen.
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await output.getByRole('button', { name: 'id' }).click();
    await output.getByRole('button', { name: 'id' }).click();
    await page.waitForFunction(() => document.querySelectorAll('li.cell')[1].querySelector('tr.row td')?.textContent === '100000');
    assert.deepEqual((await idsOnScreen(table)).slice(0, 2), [100000, 99999]);

    // A long value opens whole below the table, since the row keeps one line.
    await output.locator('tr.row').first().getByRole('button', { name: 'all 90 characters' }).click();
    const detail = output.getByRole('region', { name: 'Full value' });
    assert.equal(await detail.locator('pre').textContent(), 'z'.repeat(90));
    assert.match(await detail.textContent(), /note, row 100000/);
  });
});

describe('charts', () => {
  test('a result with labels and numbers switches to a bar chart, a line chart, and saves as SVG', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(
      page,
      1,
      'SELECT p.name AS publisher, count(*) AS books FROM publisher p JOIN book_publisher bp USING (publisher_id) GROUP BY p.name ORDER BY p.name;',
    );
    const output = cell(page, 1).output;
    const rows = (await readTable(output.locator('table'))).slice(1);
    await output.getByRole('button', { name: 'Chart' }).click();
    const chart = output.getByRole('img', { name: /chart of books by publisher/i });
    await chart.waitFor();
    assert.equal(await output.locator('table').isVisible(), false, 'the table gives way to the chart');
    assert.equal(await chart.locator('.chart-bar').count(), rows.length, 'one bar per row');
    // Bar heights follow the counts.
    const heights = await chart.locator('.chart-bar').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('height'))));
    const counts = rows.map((r) => Number(r[1]));
    for (let i = 1; i < rows.length; i++) {
      assert.ok(Math.abs(heights[i] / heights[0] - counts[i] / counts[0]) < 0.01, `${heights} vs ${counts}`);
    }
    await cell(page, 1).root.screenshot({ path: `${SHOTS}chart.png` });

    await output.getByRole('button', { name: 'Line' }).click();
    assert.equal(await output.locator('.chart-line').count(), 1);

    const [download] = await Promise.all([page.waitForEvent('download'), output.getByRole('button', { name: 'Save SVG' }).click()]);
    assert.equal(download.suggestedFilename(), 'chart.svg');
    const svg = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    assert.match(svg, /^(<\?xml[^>]*\?>\s*)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes('Penguin Random House'));

    await output.getByRole('button', { name: 'Table' }).click();
    assert.equal(await output.locator('table').isVisible(), true);
  });

  test('a result with nothing to plot offers no chart', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, 'SELECT first_name, last_name FROM author;');
    assert.equal(await cell(page, 1).output.getByRole('button', { name: 'Chart' }).count(), 0);
  });
});

describe('query plans', () => {
  test('Plan shows a full scan, and after an index is made, the scan beside the index search', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, "SELECT title FROM book WHERE title = 'It';");
    await cell(page, 1).output.getByRole('button', { name: 'Plan' }).click();
    const plan = cell(page, 1).output.getByRole('region', { name: 'Query plan' });
    assert.equal(await plan.locator('.plan-step.scan .plan-detail').textContent(), 'SCAN book');
    assert.match(await plan.textContent(), /One table is read row by row/);

    await runCell(page, 2, 'CREATE INDEX book_title ON book (title);');
    await cell(page, 1).editor.press('Control+Enter');
    await cell(page, 1).output.getByRole('button', { name: 'Plan' }).waitFor();
    await cell(page, 1).output.getByRole('button', { name: 'Plan' }).click();
    const compare = cell(page, 1).output.getByRole('region', { name: 'Query plan, before and now' });
    await compare.waitFor();
    assert.equal(await compare.locator('[aria-label="Before"] .plan-step.scan .plan-detail').textContent(), 'SCAN book');
    assert.match(
      await compare.locator('[aria-label="Now"] .plan-step.search .plan-detail').textContent(),
      /^SEARCH book USING (COVERING )?INDEX book_title \(title=\?\)$/,
    );
    assert.equal(await compare.locator('[aria-label="Now"] .plan-step.scan').count(), 0);
    await cell(page, 1).root.screenshot({ path: `${SHOTS}plan.png` });
  });
});

describe('change diffs', () => {
  test('an UPDATE shows each changed value old → new, an INSERT and a DELETE their rows', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, "UPDATE author SET first_name = 'Richard', last_name = 'Bachman' WHERE last_name = 'King';");
    const changes = cell(page, 1).output.getByRole('figure', { name: 'Changes to author' });
    assert.equal(await changes.locator('figcaption').textContent(), 'author: 0 inserted, 1 updated, 0 deleted, 6 unchanged');
    const changed = changes.locator('tr.updated td.changed');
    assert.deepEqual(await changed.locator('del').allTextContents(), ['Stephen', 'King']);
    assert.deepEqual(await changed.locator('ins').allTextContents(), ['Richard', 'Bachman']);

    await runCell(page, 2, "INSERT INTO author (first_name, last_name) VALUES ('Ursula', 'Le Guin');\nDELETE FROM author WHERE last_name = 'Le Guin';");
    const output = cell(page, 2).output;
    await output.locator('.statement-done').nth(1).waitFor();
    const [inserted, deleted] = [output.locator('figure.changes').nth(0), output.locator('figure.changes').nth(1)];
    assert.deepEqual((await inserted.locator('tr.inserted td').allTextContents()).slice(2), ['Ursula', 'Le Guin']);
    assert.deepEqual((await deleted.locator('tr.deleted td').allTextContents()).slice(2), ['Ursula', 'Le Guin']);
    await cell(page, 1).root.screenshot({ path: `${SHOTS}changes.png` });
  });
});

describe('row lineage', () => {
  test('pointing at a join result row lights its source rows; fan-out and LEFT JOIN gaps show', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, "INSERT INTO author (first_name, last_name) VALUES ('Ursula', 'Le Guin');");
    await runCell(page, 2, 'SELECT a.last_name, b.title FROM author a LEFT JOIN book b ON b.author_id = a.author_id ORDER BY a.last_name, b.title;');
    await cell(page, 2).output.getByRole('button', { name: 'Trace rows' }).click();
    const lineage = cell(page, 2).output.getByRole('region', { name: 'Where the rows come from' });
    const result = lineage.locator('.lineage-result tbody tr');
    await result.first().waitFor();
    const authors = lineage.getByRole('figure', { name: 'Source table a' });
    const books = lineage.getByRole('figure', { name: 'Source table b' });

    const itRow = result.filter({ hasText: 'The Shining' });
    await itRow.hover();
    assert.deepEqual(await authors.locator('tr.source td').allTextContents(), ['4', 'Stephen', 'King', '×3']);
    assert.match(await books.locator('tr.source').textContent(), /The Shining/);
    assert.equal(await books.locator('tr.source').count(), 1);

    // Le Guin has no book: her row says so, and no book row lights up.
    const leGuin = result.filter({ hasText: 'Le Guin' });
    assert.match(await leGuin.textContent(), /no match in b/);
    await leGuin.hover();
    assert.equal(await books.locator('tr.source').count(), 0);
    assert.match(await authors.locator('tr.source').textContent(), /Le Guin/);
    await cell(page, 2).root.screenshot({ path: `${SHOTS}lineage-join.png` });
  });

  test('an aggregate opens each group to the rows it summarises; a plain query is declined', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, 'SELECT p.name AS publisher, count(*) AS books FROM publisher p JOIN book_publisher bp ON bp.publisher_id = p.publisher_id GROUP BY publisher ORDER BY publisher;');
    await cell(page, 1).output.getByRole('button', { name: 'Trace rows' }).click();
    const lineage = cell(page, 1).output.getByRole('region', { name: 'The rows each group summarises' });
    const group = lineage.locator('tr.group', { hasText: 'Random House' }).filter({ hasNotText: 'Penguin' });
    await group.getByRole('button', { name: '4 input rows summarised' }).click();
    const inputs = lineage.getByRole('table', { name: /^Input rows of group/ });
    assert.equal(await inputs.locator('tbody tr').count(), 4);
    // Clicking an aggregate value opens its group too.
    await lineage.locator('tr.group', { hasText: 'Berkley' }).locator('td').nth(1).click();
    assert.equal(await lineage.getByRole('table', { name: /^Input rows of group/ }).locator('tbody tr').count(), 2);
    await cell(page, 1).root.screenshot({ path: `${SHOTS}lineage-groups.png` });

    await runCell(page, 2, 'SELECT * FROM author;');
    await cell(page, 2).output.getByRole('button', { name: 'Trace rows' }).click();
    await cell(page, 2).output.locator('.lineage-declined', { hasText: 'there is no JOIN or GROUP BY here to show' }).waitFor();
  });
});

describe('tree view', () => {
  test('authors → books → publishers draws as a tree', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(
      page,
      1,
      "SELECT a.first_name || ' ' || a.last_name AS author, b.title, p.name AS publisher\nFROM author a JOIN book b ON b.author_id = a.author_id\nJOIN book_publisher bp ON bp.book_id = b.book_id JOIN publisher p ON p.publisher_id = bp.publisher_id\nORDER BY a.last_name, b.title, p.name;",
    );
    const output = cell(page, 1).output;
    await output.getByRole('button', { name: 'Tree' }).click();
    const tree = output.getByRole('figure', { name: 'The rows as a tree' });
    assert.equal(await tree.locator('figcaption').textContent(), 'author → title → publisher');
    assert.equal(await tree.locator(':scope > ul > li').count(), 7, 'one branch per author');
    const king = tree.locator(':scope > ul > li', { has: page.locator('.depth-0', { hasText: 'Stephen King' }) });
    assert.deepEqual(await king.locator(':scope > ul > li > .tree-label').allTextContents(), ['Dead Zone', 'It', 'The Shining']);
    const it = king.locator(':scope > ul > li', { has: page.locator('.depth-1', { hasText: /^It$/ }) });
    assert.deepEqual(await it.locator('.depth-2').allTextContents(), ['Penguin Random House', 'Random House']);
    assert.equal(await output.locator('table').isVisible(), false);
    await tree.screenshot({ path: `${SHOTS}tree.png` });
  });
});
