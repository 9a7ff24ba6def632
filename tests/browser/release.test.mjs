// The release build (wasm-opt'd, as a teacher would publish it) works from a plain static server
// under a deep subpath. Built by scripts/test.sh into $JOINERY_RELEASE_DIST.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cell, launchBrowser, openApp, readTable, serveDist } from './harness.mjs';

const dist = process.env.JOINERY_RELEASE_DIST;
let site;
let browser;

before(async () => {
  if (!dist) return;
  site = await serveDist({ dist: resolve(dist), prefix: '/courses/sql/joinery/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the release build runs a GROUP BY cell under a subpath', { skip: !dist && 'JOINERY_RELEASE_DIST not set' }, async () => {
  const page = await openApp(browser, site.url);
  await cell(page, 3).run.click();
  const table = cell(page, 3).output.locator('table');
  await table.waitFor();
  assert.deepEqual(await readTable(table), [
    ['publisher', 'books'],
    ['Random House', '4'],
    ['Simon & Schuster', '4'],
    ['Berkley', '2'],
    ['Penguin Random House', '2'],
  ]);
  assert.deepEqual(page.problems, []);
  assert.ok(site.requests.every((u) => u.startsWith('/courses/sql/joinery/')), site.requests.join('\n'));
});

test(
  'a 100 MB CSV with a bad row near its end is refused with its line number, and nothing is imported',
  { skip: !dist && 'JOINERY_RELEASE_DIST not set' },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'joinery-big-'));
    const path = join(dir, 'huge.csv');
    // About 100 MB: 1.6M rows of 64 bytes, then a ragged row, then a few more.
    const row = (i) => `${i},customer number ${String(i).padStart(8, '0')},Lisbon,${(i % 997) / 10},2024-03-01\n`;
    const chunks = ['id,name,city,amount,ordered_on\n'];
    let rows = 0;
    let bytes = chunks[0].length;
    while (bytes < 100 * 1024 * 1024) {
      const line = row(++rows);
      chunks.push(line);
      bytes += line.length;
    }
    chunks.push('oops,only three,fields\n', row(rows + 1));
    await writeFile(path, chunks.join(''));
    // Line 1 is the header, lines 2 … rows + 1 the good rows.
    const badLine = rows + 2;

    const page = await openApp(browser, site.url);
    await cell(page, 1).run.click();
    await cell(page, 1).output.locator('table').waitFor();
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles(path);
    const notice = page.locator('.notice.error');
    await notice.waitFor({ timeout: 120_000 });
    assert.match(await notice.textContent(), new RegExp(`huge\\.csv.*line ${badLine}\\b`), await notice.textContent());
    assert.equal(await page.getByRole('dialog').count(), 0);
    // The database is as it was: the same tables, the same rows.
    await cell(page, 1).run.click();
    await cell(page, 1).output.locator('table').waitFor();
    assert.equal((await readTable(cell(page, 1).output.locator('table'))).length, 8, 'the 7 authors and the header');
    assert.equal(await page.getByRole('complementary', { name: 'Schema' }).getByText('huge').count(), 0);
    await rm(dir, { recursive: true, force: true });
  },
);
