// The release build (wasm-opt'd, as a teacher would publish it) works from a plain static server
// under a deep subpath. Built by scripts/test.sh into $JOINERY_RELEASE_DIST.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
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
