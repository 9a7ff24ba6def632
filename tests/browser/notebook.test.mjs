// The notebook in real Chromium against the built site, driven as a person would.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, cellTexts, editorSelection, editorText, openApp, readTable, typeSql, useSiteAndBrowser } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;

const env = useSiteAndBrowser();

// Real Python's query: each author's full name with their book titles, ordered by last name.
const AUTHOR_BOOKS = `SELECT
  a.first_name || ' ' || a.last_name AS author_name,
  b.title AS book_title
FROM author a
JOIN book b ON b.author_id = a.author_id
ORDER BY a.last_name ASC;`;

const EXPECTED_AUTHOR_BOOKS = [
  ['Isaac Asimov', 'Foundation'],
  ['Pearl Buck', 'The Good Earth'],
  ['Tom Clancy', 'The Hunt For Red October'],
  ['Tom Clancy', 'Patriot Games'],
  ['Stephen King', 'It'],
  ['Stephen King', 'Dead Zone'],
  ['Stephen King', 'The Shining'],
  ['John Le Carre', 'Tinker, Tailor, Solider, Spy: A George Smiley Novel'],
  ['Alex Michaelides', 'The Silent Patient'],
  ['Carol Shaben', 'Into The Abyss'],
];

const byText = (a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('notebook', () => {
  test('typing the author/book query and pressing Ctrl+Enter shows its exact rows', async () => {
    const page = await openApp(env.browser, env.site.url);
    assert.match(await page.locator('.engine').textContent(), /author_book_publisher\.db/);

    await typeSql(page, 1, AUTHOR_BOOKS);
    await cell(page, 1).editor.press('Control+Enter');
    const table = cell(page, 1).output.locator('table');
    await table.waitFor();

    const [header, ...rows] = await readTable(table);
    assert.deepEqual(header, ['author_name', 'book_title']);
    // ORDER BY last name fixes the order of authors; titles of one author may come in any order.
    assert.deepEqual(rows.map((r) => r[0]), EXPECTED_AUTHOR_BOOKS.map((r) => r[0]));
    assert.deepEqual([...rows].sort(byText), [...EXPECTED_AUTHOR_BOOKS].sort(byText));
    assert.match(await cell(page, 1).output.locator('figcaption .result-meta').textContent(), /^10 rows · [\d.]+ m?s$/);
    assert.equal(await table.locator('th').count(), 2, 'column names are <th> cells');

    await page.screenshot({ path: `${SHOTS}notebook.png`, fullPage: true });
    assert.deepEqual(page.problems, []);
  });

  test('an invalid statement shows SQLite\'s message and marks the failing token', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 2, 'SELECT 1 AS one;\nSELECT first_name FRM author;\nSELECT 3;');
    await cell(page, 2).run.click();
    const error = cell(page, 2).output.locator('.script-error');
    await error.waitFor();

    assert.equal(await error.locator('.message').textContent(), 'near "author": syntax error');
    assert.equal(await error.locator('.where').textContent(), 'Statement 2 failed at line 2, column 23');
    assert.equal(await error.locator('mark').textContent(), 'author');
    assert.equal(await error.locator('.excerpt').textContent(), '  2 │ SELECT first_name FRM author;');
    // The statement before the error keeps its result; the one after never ran.
    const tables = cell(page, 2).output.locator('table');
    assert.equal(await tables.count(), 1);
    assert.deepEqual(await readTable(tables.first()), [['one'], ['1']]);

    // "Show in editor" puts the editor's selection on the offending token.
    await error.getByRole('button', { name: 'Show in editor' }).click();
    assert.deepEqual(await editorSelection(cell(page, 2).editor), { text: 'author', focused: true });
    // The editor underlines the same token.
    assert.equal(await cell(page, 2).root.locator('.cm-lintRange-error').textContent(), 'author');
    await error.screenshot({ path: `${SHOTS}error.png` });
  });

  test('a stored script payload renders as text and runs nothing', async () => {
    const page = await openApp(env.browser, env.site.url);
    const payload = '<img src=x onerror=alert(1)>';
    await typeSql(
      page,
      1,
      `CREATE TABLE note (body TEXT);\nINSERT INTO note VALUES ('${payload}');\nSELECT body AS "<b>col</b>" FROM note;`,
    );
    await cell(page, 1).editor.press('Control+Enter');
    const table = cell(page, 1).output.locator('figure.result table');
    await table.waitFor();

    assert.deepEqual(await readTable(table), [['<b>col</b>'], [payload]]);
    assert.equal(await page.locator('.output img, .output b').count(), 0, 'no element was made from the value');
    // Give an injected onerror handler the chance to fire: wait for the next two frames.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.deepEqual(page.dialogs, []);
    // The two statements without rows report what they did.
    const done = await cell(page, 1).output.locator('.statement-done').allTextContents();
    assert.equal(done.length, 2);
    assert.match(done[1], /INSERT INTO note .*1 row changed · /);
  });

  test('NULL looks different from the text NULL, and numbers align right', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, "SELECT NULL AS missing, 'NULL' AS word, 42 AS answer, 2.0 AS ratio");
    await cell(page, 1).editor.press('Control+Enter');
    const cells = cell(page, 1).output.locator('tbody td');
    await cells.first().waitFor();

    const seen = await cells.evaluateAll((tds) =>
      tds.map((td) => ({
        text: td.textContent,
        type: td.dataset.type,
        align: getComputedStyle(td).textAlign,
        style: getComputedStyle(td).fontStyle,
      })),
    );
    assert.deepEqual(seen.map((s) => [s.text, s.type]), [
      ['NULL', 'null'],
      ['NULL', 'text'],
      ['42', 'integer'],
      ['2.0', 'real'],
    ]);
    assert.notEqual(seen[0].style, seen[1].style, 'NULL is styled apart from the text');
    assert.equal(seen[2].align, 'right');
    assert.equal(seen[3].align, 'right');
    assert.equal(seen[1].align, 'left');
  });

  test('cells can be added and deleted', async () => {
    const page = await openApp(env.browser, env.site.url);
    const cells = page.locator('li.cell');
    const before = await cells.count();

    await page.getByRole('button', { name: '+ SQL cell' }).click();
    assert.equal(await cells.count(), before + 1);
    const added = before + 1;
    await typeSql(page, added, 'SELECT count(*) AS books FROM book;');
    await cell(page, added).editor.press('Control+Enter');
    await cell(page, added).output.locator('table').waitFor();
    assert.deepEqual(await readTable(cell(page, added).output.locator('table')), [['books'], ['10']]);

    const secondText = await editorText(cell(page, 2).editor);
    await page.getByRole('button', { name: 'Delete cell 1' }).click();
    assert.equal(await cells.count(), before);
    assert.equal(await editorText(cell(page, 1).editor), secondText, 'the old second cell is now first');
    assert.equal(await page.locator('.cell-number').first().textContent(), '[1]');
  });

  test('the page stays responsive while a long query runs in the worker', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(
      page,
      1,
      'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 30000000) SELECT count(*) AS total FROM n;',
    );
    await cell(page, 1).run.click();
    await page.locator('li.cell.running').waitFor();

    // While the query runs, a person can still type into another cell and see the text.
    await typeSql(page, 2, 'SELECT 2;');
    const typedWhileRunning = await editorText(cell(page, 2).editor);
    const stillRunning = await page.locator('li.cell.running').count();
    assert.equal(typedWhileRunning, 'SELECT 2;');
    assert.equal(stillRunning, 1, 'the query was still running while the page took input');

    const table = cell(page, 1).output.locator('table');
    await table.waitFor({ timeout: 60_000 });
    assert.deepEqual(await readTable(table), [['total'], ['30000000']]);
  });

  test('changes persist across cells of one session', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, "INSERT INTO publisher (name) VALUES ('Joinery Press');");
    await cell(page, 1).editor.press('Control+Enter');
    await cell(page, 1).output.locator('.statement-done').waitFor();
    await typeSql(page, 2, "SELECT count(*) FROM publisher WHERE name = 'Joinery Press';");
    await cell(page, 2).editor.press('Control+Enter');
    await cell(page, 2).output.locator('table').waitFor();
    assert.deepEqual((await readTable(cell(page, 2).output.locator('table')))[1], ['1']);
  });

  test('the site loads only from its own origin and subpath', async () => {
    const page = await openApp(env.browser, env.site.url);
    const foreign = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(env.site.url)) foreign.push(r.url());
    });
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    assert.deepEqual(foreign, []);
    assert.ok(env.site.requests.some((u) => u.endsWith('worker_bg.wasm')), 'the worker wasm came from the subpath');
  });
});

describe('stopping a runaway query', () => {
  const RUNAWAY = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;';

  for (const how of ['the Stop button', 'Esc']) {
    test(`${how} stops it and the database keeps what the finished cells did`, async () => {
      const page = await openApp(env.browser, env.site.url);
      await typeSql(page, 1, "INSERT INTO publisher (name) VALUES ('Before Press');");
      await cell(page, 1).editor.press('Control+Enter');
      await cell(page, 1).output.locator('.statement-done').waitFor();

      await typeSql(page, 2, `INSERT INTO publisher (name) VALUES ('During Press');\n${RUNAWAY}`);
      await cell(page, 2).run.click();
      await page.locator('li.cell.running').waitFor();
      if (how === 'Esc') {
        await page.keyboard.press('Escape');
      } else {
        await cell(page, 2).root.getByRole('button', { name: '■ Stop' }).click();
      }
      await cell(page, 2).output.locator('.stopped').waitFor();
      assert.match(await cell(page, 2).output.textContent(), /^Stopped\./);

      await typeSql(page, 3, "SELECT name FROM publisher WHERE name LIKE '% Press' ORDER BY name;");
      await cell(page, 3).editor.press('Control+Enter');
      const table = cell(page, 3).output.locator('table');
      await table.waitFor();
      assert.deepEqual(await readTable(table), [['name'], ['Before Press']]);
      assert.deepEqual(page.problems, []);
    });
  }
});

describe('text cells', () => {
  test('a Markdown text cell renders, edits, and survives a reload and a saved .md', async () => {
    const page = await openApp(env.browser, env.site.url);
    const before = await page.locator('li.cell').count();
    await page.getByRole('button', { name: '+ Text cell' }).click();
    const editor = page.getByRole('textbox', { name: `Text cell ${before + 1} (Markdown)` });
    await assert.doesNotReject(editor.waitFor());
    assert.equal(await editor.evaluate((t) => document.activeElement === t), true, 'a new text cell opens for writing');
    await editor.pressSequentially('# Findings');
    await editor.press('Enter');
    await editor.press('Enter');
    await editor.pressSequentially('Books per *publisher*, with <script>alert(1)</script> as text.');
    await editor.press('Control+Enter');

    const text = page.locator('li.text-cell').last();
    assert.equal(await text.getByRole('heading', { level: 2 }).textContent(), 'Findings');
    assert.equal(await text.locator('em').textContent(), 'publisher');
    assert.match(await text.locator('p').textContent(), /<script>alert\(1\)<\/script> as text/);
    assert.equal(await text.locator('script').count(), 0);

    // It moves like any cell, and comes back after a reload in its new place.
    await page.getByRole('button', { name: `Move cell ${before + 1} up` }).click();
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    const moved = page.locator('li.cell').nth(before - 1);
    assert.equal(await moved.getByRole('heading', { level: 2 }).textContent(), 'Findings');

    // Double-click edits it again.
    await moved.locator('.text-rendered').dblclick();
    assert.match(await page.getByRole('textbox', { name: `Text cell ${before} (Markdown)` }).inputValue(), /^# Findings\n\nBooks per/);

    // Saved as Markdown, the text sits between the SQL fences.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save .md' }).click()]);
    const saved = await (await download.createReadStream()).toArray();
    const markdown = Buffer.concat(saved).toString('utf8');
    assert.match(markdown, /```\n\n# Findings\n\nBooks per \*publisher\*/);
  });
});

describe('sharing', () => {
  test('a share link opens the same cells on the same dataset', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Dataset').selectOption('chinook');
    await page.locator('.engine', { hasText: 'Chinook' }).waitFor();
    await typeSql(page, 1, "SELECT Name FROM Artist WHERE Name LIKE 'AC/DC';");
    const sources = await cellTexts(page);
    await page.getByRole('button', { name: '+ Text cell' }).click();
    await page.getByRole('textbox', { name: 'Text cell 4 (Markdown)' }).fill('Rock **bands** first.');
    await page.getByRole('button', { name: 'Share' }).click();
    const notice = page.locator('.notice.info', { hasText: '#share=v2.' });
    await notice.waitFor();
    const link = (await notice.textContent()).match(/(http\S+#share=v2\.[A-Za-z0-9_-]+)/)[1];
    assert.ok(link.startsWith(env.site.url), link);

    const context = await env.browser.newContext();
    const other = await context.newPage();
    await other.goto(link);
    await other.locator('.engine[data-state="ready"]', { hasText: 'Chinook' }).waitFor();
    assert.equal(new URL(other.url()).hash, '#/scratch');
    assert.deepEqual(await cellTexts(other), sources);
    assert.equal(await other.locator('li.text-cell .prose strong').textContent(), 'bands', 'the text cell came along');
    await other.locator('li.cell').first().getByRole('button', { name: /Run/ }).click();
    const table = other.locator('li.cell').first().locator('.output table');
    await table.waitFor();
    assert.deepEqual(await readTable(table), [['Name'], ['AC/DC']]);
    await context.close();
  });

  test('a damaged share link says so and opens the scratch notebook as usual', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#share=v1.AAAAbroken' });
    await page.locator('.notice.error', { hasText: 'this link is damaged or incomplete' }).waitFor();
    assert.equal(await page.locator('li.cell').count(), 3);
  });
});

describe('theme', () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const isDark = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return (r + g + b) / 3 < 60;
  };

  test('follows a dark system preference, and the toggle is remembered', async () => {
    const context = await env.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(env.site.url + '#/scratch');
    await page.locator('.engine[data-state="ready"]').waitFor();
    assert.ok(isDark(await background(page)), 'dark when the system is dark');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');

    await toggle.click();
    assert.ok(!isDark(await background(page)), 'light after the toggle');
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    assert.ok(!isDark(await background(page)), 'the choice survives a reload');
    await page.screenshot({ path: `${SHOTS}light-after-toggle.png` });
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.screenshot({ path: `${SHOTS}dark.png`, fullPage: false });
    await context.close();
  });
});

describe('editing the notebook from the keyboard', () => {
  test('cells move up and down', async () => {
    const page = await openApp(env.browser, env.site.url);
    const texts = async () => (await cellTexts(page)).map((text) => text.split('\n')[0]);
    const [first, second, third] = await texts();
    await page.getByRole('button', { name: 'Move cell 3 up' }).click();
    assert.deepEqual(await texts(), [first, third, second]);
    await page.getByRole('button', { name: 'Move cell 1 down' }).click();
    assert.deepEqual(await texts(), [third, first, second]);
    assert.equal(await page.getByRole('button', { name: 'Move cell 1 up' }).isDisabled(), true);
    assert.equal(await page.getByRole('button', { name: 'Move cell 3 down' }).isDisabled(), true);
  });

  test('Shift+Enter runs a cell and moves to the next, adding one after the last', async () => {
    const page = await openApp(env.browser, env.site.url);
    const before = await page.locator('li.cell').count();
    await typeSql(page, before, 'SELECT 40 + 2 AS answer;');
    await cell(page, before).editor.press('Shift+Enter');
    await cell(page, before).output.locator('table').waitFor();
    assert.deepEqual(await readTable(cell(page, before).output.locator('table')), [['answer'], ['42']]);
    assert.equal(await page.locator('li.cell').count(), before + 1);
    const focused = await page.evaluate(() => document.activeElement?.closest('li.cell') === document.querySelectorAll('li.cell')[document.querySelectorAll('li.cell').length - 1]);
    assert.equal(focused, true, 'the new last cell has the focus');
    await page.keyboard.type('SELECT 7 AS typed;');
    assert.equal(await editorText(cell(page, before + 1).editor), 'SELECT 7 AS typed;');
  });

  test('with text selected, only the selection runs, and its error points into the editor', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, "SELECT 'all' AS which;\nSELECT 'part' AS which, nme FROM author;");
    // Select the second line only, from its end back to its start.
    await cell(page, 1).editor.press('ControlOrMeta+End');
    await cell(page, 1).editor.press('Shift+Home');
    await cell(page, 1).editor.press('Control+Enter');
    const error = cell(page, 1).output.locator('.script-error');
    await error.waitFor();
    assert.equal(await cell(page, 1).output.locator('table').count(), 0, 'the first statement did not run');
    assert.equal(await error.locator('.message').textContent(), 'no such column: nme');
    await error.getByRole('button', { name: 'Show in editor' }).click();
    assert.deepEqual(await editorSelection(cell(page, 1).editor), { text: 'nme', focused: true });
  });
});

describe('working with a result', () => {
  test('clicking a column header sorts the rows on screen, and again reverses them', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, 'SELECT last_name, author_id FROM author;');
    await cell(page, 1).editor.press('Control+Enter');
    const table = cell(page, 1).output.locator('table');
    await table.waitFor();
    const column = async () => (await readTable(table)).slice(1).map((r) => r[0]);
    const unsorted = await column();
    await table.getByRole('button', { name: 'last_name' }).click();
    assert.deepEqual(await column(), [...unsorted].sort());
    assert.equal(await table.locator('th').first().getAttribute('aria-sort'), 'ascending');
    await table.getByRole('button', { name: /last_name/ }).click();
    assert.deepEqual(await column(), [...unsorted].sort().reverse());
    assert.equal(await table.locator('th').first().getAttribute('aria-sort'), 'descending');
  });

  test('Copy TSV puts the rows on the clipboard as tab-separated text', async () => {
    const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(env.site.url + '#/scratch');
    await page.locator('.engine[data-state="ready"]').waitFor();
    await typeSql(page, 1, "SELECT 'a\tb' AS tricky, NULL AS nothing_here, 2.0 AS two;");
    await cell(page, 1).editor.press('Control+Enter');
    await cell(page, 1).output.locator('table').waitFor();
    await cell(page, 1).output.getByRole('button', { name: 'Copy TSV' }).click();
    await page.locator('.notice.info', { hasText: 'tab-separated' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'tricky\tnothing_here\ttwo\na b\t\t2.0');
    await context.close();
  });

  test('a long text value is cut, and expands on request', async () => {
    const page = await openApp(env.browser, env.site.url);
    await typeSql(page, 1, "SELECT printf('%.500c', 'x') AS long_text;");
    await cell(page, 1).editor.press('Control+Enter');
    const value = cell(page, 1).output.locator('tbody td').first();
    await value.waitFor();
    assert.match(await value.textContent(), /^x{200}…all 500 characters$/);
    await value.getByRole('button', { name: 'all 500 characters' }).click();
    assert.match(await value.textContent(), /^x{500}less$/);
  });
});
