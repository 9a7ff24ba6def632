// The course in real Chromium: the contents, a lesson, solving an exercise by typing, and the
// progress surviving a reload.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { cell, openApp, readTable, typeInto, useSiteAndBrowser, waitUntil } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const LESSONS = new URL('../../lessons/', import.meta.url).pathname;

const env = useSiteAndBrowser();

/** The first lesson file and its first exercise's reference solution, read from the source. */
async function firstExercise() {
  const file = (await readdir(LESSONS)).filter((f) => /^\d+-.*\.md$/.test(f)).sort()[0];
  const text = await readFile(LESSONS + file, 'utf8');
  const fence = text.match(/```sql exercise id=(\S+)\n([\s\S]*?)```/);
  const solution = fence[2]
    .split('\n')
    .filter((line) => !/^\s*--\s*(prompt|hint|starter|setup):/.test(line))
    .join('\n')
    .trim();
  const slug = file.replace(/^\d+-/, '').replace(/\.md$/, '');
  return { slug, id: fence[1], solution };
}

describe('course', () => {
  test('the contents list every lesson with its progress', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/' });
    const entries = page.locator('.lesson-entry');
    await entries.first().waitFor();
    const files = (await readdir(LESSONS)).filter((f) => /^\d+-.*\.md$/.test(f));
    assert.equal(await entries.count(), files.length);
    assert.match(await page.locator('.course-summary').textContent(), /lessons · 0 of \d+ exercises solved/);
    await page.screenshot({ path: `${SHOTS}contents.png`, fullPage: true });
  });

  test('an exercise runs and is checked in its own sandbox, with a diff for a wrong answer', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/lesson/chinook' });
    const exercise = page.locator('.exercise', { hasText: 'with one column' });
    await exercise.waitFor();
    const editor = exercise.getByRole('textbox');
    const run = exercise.getByRole('button', { name: 'Run' });
    const check = exercise.getByRole('button', { name: 'Check answer' });

    // Run sees the table the exercise's setup made.
    await typeInto(editor, 'SELECT Name FROM new_artist ORDER BY Name;');
    await run.click();
    const table = exercise.locator('.output table');
    await table.waitFor();
    assert.deepEqual((await readTable(table)).slice(1).map((r) => r[0]), ['AC/DC', 'Aerosmith', 'Velvet Index', 'Zeta Strings']);
    // What is asked of that result afterwards is answered on the same data.
    await exercise.getByRole('button', { name: 'Plan' }).click();
    await exercise.locator('section.plan').waitFor();
    assert.match(await exercise.locator('section.plan').textContent(), /new_artist/);

    // A wrong answer: the rows missing are shown as a table.
    await typeInto(editor, "INSERT INTO Artist (Name) SELECT Name FROM new_artist WHERE Name LIKE 'V%';");
    await check.click();
    await exercise.locator('.verdict.wrong').waitFor();
    const missing = exercise.locator('.diff-missing');
    await missing.waitFor();
    assert.match(await missing.locator('figcaption').textContent(), /Missing from Artist \(1 row\)/);
    assert.ok((await readTable(missing.locator('table'))).some((row) => row.includes('Zeta Strings')));

    // A right answer written differently from the reference passes; running it changes only
    // the sandbox.
    const right = 'INSERT INTO Artist (Name)\nSELECT n.Name FROM new_artist n LEFT JOIN Artist a ON a.Name = n.Name\nWHERE a.ArtistId IS NULL ORDER BY 1;';
    await typeInto(editor, right);
    await check.click();
    await exercise.locator('.verdict.right').waitFor();
    await run.click();
    await exercise.locator('.output .statement-done').waitFor();
    await typeInto(editor, "SELECT count(*) FROM Artist WHERE Name = 'Velvet Index';");
    await run.click();
    await waitUntil(page, async (ex) => document.querySelectorAll('.exercise')[ex]?.querySelector('.output td')?.textContent === '1',
      await exercise.evaluate((e) => [...document.querySelectorAll('.exercise')].indexOf(e)));
    await exercise.screenshot({ path: `${SHOTS}exercise-sandbox.png` });

    // Reset gives the exercise its starting data again ...
    await exercise.getByRole('button', { name: 'Reset' }).click();
    await typeInto(editor, "SELECT count(*) FROM Artist WHERE Name = 'Velvet Index';");
    await run.click();
    await waitUntil(page, async (ex) => document.querySelectorAll('.exercise')[ex]?.querySelector('.output td')?.textContent === '0',
      await exercise.evaluate((e) => [...document.querySelectorAll('.exercise')].indexOf(e)));

    // ... and the lesson's own database never had the exercise's table.
    const first = cell(page, 1);
    await typeInto(first.editor, 'SELECT count(*) FROM new_artist;');
    await first.run.click();
    await first.output.locator('.error, [role=alert]').first().waitFor();
    assert.match(await first.output.textContent(), /no such table: new_artist/);
    await typeInto(first.editor, "SELECT count(*) FROM Artist WHERE Name = 'Velvet Index';");
    await first.run.click();
    await waitUntil(page, async () => document.querySelector('li.cell .output td')?.textContent === '0', null);
  });

  test('an exercise solved by typing stays solved after a reload', async () => {
    const { slug, solution } = await firstExercise();
    const page = await openApp(env.browser, env.site.url, { route: `#/lesson/${slug}` });
    const exercise = page.locator('.exercise').first();
    await exercise.waitFor();
    assert.equal(await exercise.locator('.solved-badge').count(), 0);

    // A wrong answer first: the feedback says what is off.
    const editor = exercise.getByRole('textbox');
    await typeInto(editor, 'SELECT 1;');
    await exercise.getByRole('button', { name: 'Check answer' }).click();
    await exercise.locator('.verdict.wrong').waitFor();
    assert.match(await exercise.locator('.verdict').textContent(), /the answer has|columns|not the right rows/);

    await typeInto(editor, solution);
    await exercise.getByRole('button', { name: 'Check answer' }).click();
    await exercise.locator('.verdict.right').waitFor();
    assert.match(await exercise.locator('.verdict').textContent(), /^Correct/);
    await exercise.locator('.solved-badge').waitFor();
    await exercise.screenshot({ path: `${SHOTS}exercise-solved.png` });
    await page.screenshot({ path: `${SHOTS}lesson.png` });

    await page.reload();
    await page.locator('.exercise').first().locator('.solved-badge').waitFor();
    await page.goto(env.site.url + '#/');
    await page.locator('.resume').waitFor();
    assert.match(await page.locator('.course-summary').textContent(), /1 of \d+ exercises solved/);
    assert.equal(await page.locator('.lesson-entry').first().locator('.count').textContent().then((t) => t.startsWith('1/')), true);
  });

  test('moving on before a lesson has loaded leaves the next lesson on its own data', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/' });
    await page.locator('.lesson-entry').first().waitFor();
    // Lesson 11 (RetroFun, built from four CSV files) and, at once, lesson 2 (the books).
    await page.evaluate(() => {
      location.hash = '#/lesson/retrofun-products';
      setTimeout(() => (location.hash = '#/lesson/sql-basics'), 0);
    });
    await page.locator('article.lesson h1', { hasText: 'SQL basics' }).waitFor();
    await page.locator('.engine[data-state="ready"]').waitFor();
    await page.getByRole('button', { name: '+ SQL cell' }).click();
    const cells = page.locator('li.cell');
    const n = await cells.count();
    const last = cells.nth(n - 1);
    await typeInto(last.getByRole('textbox'), "SELECT count(*) AS n FROM sqlite_schema WHERE name IN ('author', 'author_book_publisher');");
    await last.getByRole('textbox').press('Control+Enter');
    await last.locator('.output table').waitFor();
    // Only the normalized database has an author table, and it has no flat table.
    const [, [count]] = await last.locator('.output table tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(count, '1');
    assert.match(await page.locator('.engine').textContent(), /author_book_publisher\.db/);
  });

  test('hints come one at a time and the solution on request', async () => {
    const { slug } = await firstExercise();
    const page = await openApp(env.browser, env.site.url, { route: `#/lesson/${slug}` });
    const exercise = page.locator('.exercise').first();
    await exercise.waitFor();
    assert.equal(await exercise.locator('.hints li').count(), 0);
    await exercise.getByRole('button', { name: 'Hint' }).click();
    assert.equal(await exercise.locator('.hints li').count(), 1);
    assert.equal(await exercise.locator('.solution').count(), 0);
    await exercise.getByRole('button', { name: 'Show solution' }).click();
    assert.equal(await exercise.locator('.solution').count(), 1);
  });
});

describe('the update anomaly, side by side', () => {
  test('the same rename touches four flat rows and one normalized row, and is undone', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/lesson/crud' });
    await page.locator('.engine[data-state="ready"]').waitFor();
    const widget = page.getByRole('region', { name: 'The same change, side by side' });
    await widget.getByRole('button', { name: /Make both changes/ }).click();
    const flat = widget.getByLabel('The flat copy');
    const normalized = widget.getByLabel('The normalized tables');
    await flat.locator('.anomaly-count').waitFor();
    assert.equal(await flat.locator('.anomaly-count').textContent(), '4 rows touched');
    assert.equal(await normalized.locator('.anomaly-count').textContent(), '1 row touched');
    assert.equal(await flat.locator('tr.updated').count(), 4);
    assert.deepEqual(await normalized.locator('td.changed ins').allTextContents(), ['Richard', 'Bachman']);
    await widget.screenshot({ path: `${SHOTS}anomaly.png` });

    // Both were undone: the lesson's data still has Stephen King.
    const first = page.locator('li.cell').first();
    await typeInto(first.getByRole('textbox'), "SELECT count(*) AS kings FROM flat WHERE last_name = 'King';");
    await first.getByRole('textbox').press('Control+Enter');
    await first.locator('.output table').waitFor();
    assert.equal(await first.locator('.output td').first().textContent(), '4');
  });
});

describe('the normalization lab', () => {
  test('finds the dependencies, splits the flat table step by step, and proves it lossless', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/lesson/normalization' });
    await page.locator('.engine[data-state="ready"]').waitFor();
    const lab = page.getByRole('region', { name: 'Normalization lab: author_book_publisher' });
    await lab.locator('.dependencies li').first().waitFor();
    assert.ok((await lab.locator('.dependencies').textContent()).includes('title → first_name, last_name'));

    // A proposed table renamed to what a person would call it.
    const person = lab.getByRole('textbox', { name: 'Name of the table for first_name, last_name' });
    await person.fill('writer');
    await person.press('Tab');
    await lab.locator('.anomaly-sql', { hasText: 'CREATE TABLE "writer"' }).waitFor();

    const steps = lab.locator('.lab-step');
    const count = await steps.count();
    assert.ok(count >= 4, `${count} steps`);
    for (let i = 0; i < count; i++) {
      await steps.nth(i).getByRole('button', { name: '▶ Run step' }).click();
      await steps.nth(i).getByRole('button', { name: '✓ Done' }).waitFor();
    }
    assert.match(await steps.nth(0).locator('.lab-collapse').textContent(), /^12 rows of the flat table became \d+ rows/);
    assert.match(await lab.locator('.lab-verdict.ok').textContent(), /^Lossless: the join makes up 0 rows and misses 0\./);
    // The diagram grew the new tables.
    await lab.locator('svg.erd g.erd-table', { hasText: 'writer (3 columns)' }).waitFor();
    await lab.screenshot({ path: `${SHOTS}normalize-lab.png` });
  });

  test('any table of the scratch notebook opens in the lab from the schema browser', async () => {
    const page = await openApp(env.browser, env.site.url);
    await page.getByLabel('Dataset').selectOption('books-flat');
    await page.locator('.engine', { hasText: /author_book_publisher\.csv/ }).waitFor();
    const schema = page.getByRole('complementary', { name: 'Schema' });
    await schema.getByRole('button', { name: 'Columns of author_book_publisher' }).click();
    await schema.getByRole('button', { name: 'Normalize this table…' }).click();
    const lab = page.getByRole('region', { name: 'Normalization lab: author_book_publisher' });
    await lab.locator('.proposed').first().waitFor();
    assert.ok((await lab.locator('.proposed').count()) >= 3);
  });
});
