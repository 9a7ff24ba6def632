// CSV import throughput in the worker, in headless Chromium on the release build: rows/s for
// generated 100k- and 1M-row files (7 columns), beside the plain INSERT … SELECT rate of the
// same engine, and the longest main-thread task while each import runs (the page must not
// freeze): reading the file and handing it to the worker happen on the main thread.
//
// "Import" is timed from the click on "Import N rows" in the review dialog to the notice that
// the rows are in (parse + type conversion + insert, one transaction, in the worker). The
// review step's own pass over the file (delimiter sniffing, type inference) is timed apart,
// from choosing the file to the dialog showing.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser, serveDist, openApp, cell, typeSql } from '../tests/browser/harness.mjs';
import { longestTaskDuring } from './longtask.mjs';

const dist = resolve(process.argv[2] ?? 'bench/out/dist');
const SIZES = [100_000, 1_000_000];
const CITIES = ['Lisbon', 'Porto', 'Zagreb', 'Leeds', 'Osaka', 'Recife', 'Sofia'];

function generateCsv(rows) {
  const lines = ['id,name,city,amount,quantity,ordered_on,active'];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      `${i},customer ${i},${CITIES[i % CITIES.length]},${((i * 37) % 10000) / 100},${i % 9},2024-03-${day},${i % 2}`,
    );
  }
  return lines.join('\n') + '\n';
}

const rate = (rows, ms) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');


async function importOnce(browser, url, path, rows) {
  const page = await openApp(browser, url);
  const dialog = page.getByRole('dialog');
  const { result: inspectMs, longest: longestReview } = await longestTaskDuring(page, async () => {
    const t0 = Date.now();
    await page.getByLabel('Open a CSV, SQLite or notebook file').setInputFiles(path);
    await dialog.waitFor({ timeout: 300_000 });
    return Date.now() - t0;
  });
  const label = `Import ${rows.toLocaleString('en-US')} rows`;
  const { result: importMs, longest } = await longestTaskDuring(page, async () => {
    const start = Date.now();
    await dialog.getByRole('button', { name: label }).click();
    await page.locator('.notice.info', { hasText: 'Imported' }).waitFor({ timeout: 600_000 });
    return Date.now() - start;
  });
  await page.context().close();
  return { inspectMs, importMs, longest: Math.max(longest, longestReview) };
}

async function plainInsert(browser, url, rows) {
  const page = await openApp(browser, url);
  await typeSql(
    page,
    1,
    `CREATE TABLE plain (id INTEGER, name TEXT, city TEXT, amount REAL, quantity INTEGER, ordered_on TEXT, active INTEGER);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${rows})
INSERT INTO plain SELECT i, 'customer ' || i, 'Lisbon', (i * 37 % 10000) / 100.0, i % 9, '2024-03-01', i % 2 FROM n;`,
  );
  await cell(page, 1).editor.press('Control+Enter');
  const done = cell(page, 1).output.locator('.statement-done').nth(1);
  await done.waitFor({ timeout: 600_000 });
  const text = await done.locator('.meta').textContent();
  const [, value, unit] = text.match(/([\d.]+) (ms|s)$/);
  await page.context().close();
  return unit === 's' ? Number(value) * 1000 : Number(value);
}

const dir = await mkdtemp(join(tmpdir(), 'joinery-bench-'));
const site = await serveDist({ dist, prefix: '/joinery/' });
const browser = await launchBrowser();
const lines = [];
try {
  for (const rows of SIZES) {
    const path = join(dir, `generated_${rows}.csv`);
    const csv = generateCsv(rows);
    await writeFile(path, csv);
    const sizeMb = (Buffer.byteLength(csv) / 1e6).toFixed(1);
    const imported = await importOnce(browser, site.url, path, rows);
    const plainMs = await plainInsert(browser, site.url, rows);
    lines.push({ rows, sizeMb, ...imported, plainMs });
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(`CSV import in the worker (release build ${dist}), 7 columns\n`);
console.log(
  'rows'.padStart(10),
  'file'.padStart(9),
  'review pass'.padStart(12),
  'import'.padStart(9),
  'import rows/s'.padStart(14),
  'plain INSERT rows/s'.padStart(20),
  'longest main task'.padStart(18),
);
for (const l of lines) {
  console.log(
    l.rows.toLocaleString('en-US').padStart(10),
    `${l.sizeMb} MB`.padStart(9),
    `${l.inspectMs} ms`.padStart(12),
    `${l.importMs} ms`.padStart(9),
    rate(l.rows, l.importMs).padStart(14),
    rate(l.rows, l.plainMs).padStart(20),
    `${l.longest.toFixed(0)} ms`.padStart(18),
  );
}
console.log('\nplain INSERT: INSERT … SELECT from a recursive CTE of the same shape, timed by the engine.');
