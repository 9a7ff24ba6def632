// Never losing work, in real Chromium: a reload and a browser restart keep the cells and the
// data; a lesson's Reset brings its starting data back; the site works offline after a visit.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, cell, editorText, openApp, readTable, typeSql, useSiteAndBrowser, waitUntil } from './harness.mjs';

const LESSONS = new URL('../../lessons/', import.meta.url).pathname;

const env = useSiteAndBrowser();

async function runCell(page, n, sql) {
  await typeSql(page, n, sql);
  await cell(page, n).editor.press('Control+Enter');
  await cell(page, n).output.locator('table, .statement-done, .script-error').first().waitFor();
}

/** Waits until the latest change is saved, as the top bar says. */
async function saved(page) {
  await page.locator('.engine [data-save="saved"]').waitFor();
}

async function publishers(page, n) {
  await runCell(page, n, "SELECT name FROM publisher WHERE name LIKE '%Kept%' ORDER BY name;");
  return readTable(cell(page, n).output.locator('table'));
}

describe('keeping work', () => {
  test('a reload keeps the cells and the data', async () => {
    const page = await openApp(env.browser, env.site.url);
    await runCell(page, 1, "INSERT INTO publisher (name) VALUES ('Kept Press');");
    await typeSql(page, 2, "SELECT 'an edited cell';");
    await saved(page);
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    assert.equal(await editorText(cell(page, 2).editor), "SELECT 'an edited cell';");
    assert.deepEqual(await publishers(page, 3), [['name'], ['Kept Press']]);
  });

  test('a browser restart on the same profile keeps them too', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'joinery-profile-'));
    const launch = () =>
      chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    try {
      let context = await launch();
      let page = await context.newPage();
      await page.goto(env.site.url + '#/scratch');
      await page.locator('.engine[data-state="ready"]').waitFor();
      await runCell(page, 1, "INSERT INTO publisher (name) VALUES ('Kept After Restart');");
      await typeSql(page, 3, '-- still here');
      // Saving is asynchronous: wait for the cells to be stored before closing the browser.
      await page.waitForFunction(() => (localStorage.getItem('joinery.cells.scratch') ?? '').includes('-- still here'));
      await waitUntil(page, async () => {
        const db = await new Promise((ok) => { const r = indexedDB.open('joinery', 1); r.onsuccess = () => ok(r.result); });
        const saved = await new Promise((ok) => {
          const r = db.transaction('databases').objectStore('databases').get('scratch');
          r.onsuccess = () => ok(r.result);
        });
        db.close();
        return Boolean(saved) && new TextDecoder().decode(saved.latest).includes('Kept After Restart');
      });
      await context.close();

      context = await launch();
      page = await context.newPage();
      await page.goto(env.site.url + '#/scratch');
      await page.locator('.engine[data-state="ready"]').waitFor();
      assert.equal(await editorText(cell(page, 3).editor), '-- still here');
      assert.deepEqual(await publishers(page, 2), [['name'], ['Kept After Restart']]);
      await context.close();
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
  });

  test('a lesson keeps its own data, and Reset brings back its starting data', async () => {
    const page = await openApp(env.browser, env.site.url, { route: '#/lesson/crud' });
    await page.locator('article.lesson li.cell').first().waitFor();
    await page.getByRole('button', { name: '+ SQL cell' }).click();
    const n = await page.locator('li.cell').count();
    await runCell(page, n, "INSERT INTO publisher (name) VALUES ('Lesson Kept');");
    await saved(page);
    await page.reload();
    await page.locator('.engine[data-state="ready"]').waitFor();
    assert.equal(await page.locator('li.cell').count(), n, 'the added cell is still there');
    await runCell(page, n, "SELECT count(*) AS kept FROM publisher WHERE name = 'Lesson Kept';");
    assert.deepEqual(await readTable(cell(page, n).output.locator('table')), [['kept'], ['1']]);

    await page.getByRole('button', { name: 'Reset data' }).click();
    await page.locator('.notice.info', { hasText: 'back to how it started' }).waitFor();
    await runCell(page, n, "SELECT count(*) AS kept FROM publisher WHERE name = 'Lesson Kept';");
    assert.deepEqual(await readTable(cell(page, n).output.locator('table')), [['kept'], ['0']]);
  });

  test('after one visit the site works offline', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.site.url + '#/');
    await page.locator('.engine[data-state="ready"]').waitFor();
    // The contents page has fetched every lesson ...
    const lessons = (await readdir(LESSONS)).filter((f) => /^\d+-.*\.md$/.test(f));
    await page.locator('.lesson-entry').nth(lessons.length - 1).waitFor();
    // ... and the service worker has kept the page and everything it loaded.
    await waitUntil(page, async () => {
      const keys = await caches.keys();
      if (!keys.length) return false;
      const kept = new Set((await (await caches.open(keys[0])).keys()).map((r) => r.url.split('#')[0]));
      const loaded = performance.getEntriesByType('resource').map((e) => e.name).filter((u) => u.startsWith(location.origin));
      const needed = [location.href.split('#')[0], ...loaded, new URL('worker.js', location.href).href, new URL('worker_bg.wasm', location.href).href];
      return needed.every((u) => kept.has(u));
    });
    await context.setOffline(true);
    await page.reload();
    await page.locator('.lesson-entry').nth(lessons.length - 1).waitFor();
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Scratch notebook' }).click();
    await page.locator('.engine[data-state="ready"]').waitFor();
    await runCell(page, 1, 'SELECT count(*) AS authors FROM author;');
    assert.deepEqual(await readTable(cell(page, 1).output.locator('table')), [['authors'], ['7']]);
    await context.close();
  });
});
