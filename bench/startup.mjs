// Release-build figures: asset sizes (raw and gzip) against the 450 KB budget, and the time from
// navigation to the first rendered result in headless Chromium (median of 5 fresh page loads).
//
// "First rendered result": the page is opened, Run is clicked on the first cell as soon as the
// engine reports ready, and the clock stops when the result table is in the DOM. The times are
// read in the page (performance.now(), origin = navigation start) by a MutationObserver.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist, typeInto } from '../tests/browser/harness.mjs';

const dist = resolve(process.argv[2] ?? 'bench/out/dist');
const RUNS = 5;
const BUDGET_GZIP = 450 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function sizes() {
  const rows = [];
  for (const name of (await readdir(dist)).sort()) {
    if (!/\.(wasm|js)$/.test(name)) continue;
    const bytes = await readFile(join(dist, name));
    rows.push({ name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return rows;
}

// A CPU-bound query for SQLite's own speed in the worker (what its C optimization level buys):
// a million-row recursive CTE aggregated, timed by the engine and reported in the result.
const SPEED_QUERY =
  'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000) ' +
  'SELECT count(*), sum(x % 7), max(length(x || \'-\')) FROM n;';

async function timeQuery(page) {
  const first = page.locator('li.cell').first();
  await typeInto(first.getByRole('textbox'), SPEED_QUERY);
  await first.getByRole('textbox').press('Control+Enter');
  const caption = first.locator('.output figcaption .result-meta');
  await caption.filter({ hasText: '1 row' }).waitFor({ timeout: 60_000 });
  const text = await caption.textContent();
  const [, value, unit] = text.match(/([\d.]+) (ms|s)$/);
  return unit === 's' ? Number(value) * 1000 : Number(value);
}

async function firstResult(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__marks = {};
    new MutationObserver(() => {
      if (!window.__marks.ready && document.querySelector('.engine[data-state="ready"]')) {
        window.__marks.ready = performance.now();
      }
      if (!window.__marks.result && document.querySelector('.output table')) {
        window.__marks.result = performance.now();
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url + '#/scratch');
  await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 60_000 });
  await page.locator('li.cell').first().getByRole('button', { name: /Run/ }).click();
  await page.locator('.output table').first().waitFor();
  const marks = await page.evaluate(() => window.__marks);
  marks.query = await timeQuery(page);
  await context.close();
  return marks;
}

const rows = await sizes();
console.log(`Release build in ${dist}\n`);
console.log('file'.padEnd(40), 'raw'.padStart(12), 'gzip'.padStart(12));
for (const r of rows) console.log(r.name.padEnd(40), kb(r.raw).padStart(12), kb(r.gzip).padStart(12));
// The rewriter worker (the SQL parser behind "Trace rows") loads only when first used.
const onDemand = (r) => r.name.startsWith('rewriter');
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
const total = sum(rows.filter((r) => !onDemand(r)));
const later = sum(rows.filter(onDemand));
console.log('total wasm + js loaded at start'.padEnd(40), kb(total.raw).padStart(12), kb(total.gzip).padStart(12));
console.log('loaded on first "Trace rows"'.padEnd(40), kb(later.raw).padStart(12), kb(later.gzip).padStart(12));
console.log(
  `budget: ${kb(BUDGET_GZIP)} gzip -> ${total.gzip <= BUDGET_GZIP ? 'within' : 'OVER'} (${kb(BUDGET_GZIP - total.gzip)} left)\n`,
);

const site = await serveDist({ dist, prefix: '/joinery/' });
const browser = await launchBrowser();
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) runs.push(await firstResult(browser, site.url));
} finally {
  await browser.close();
  await site.close();
}
const ms = (x) => `${x.toFixed(0)} ms`.padStart(14);
console.log('run'.padEnd(6), 'engine ready'.padStart(14), 'first result'.padStart(14), '1M-row CTE'.padStart(14));
runs.forEach((m, i) => console.log(String(i + 1).padEnd(6), ms(m.ready), ms(m.result), ms(m.query)));
console.log(
  'median'.padEnd(6),
  ms(median(runs.map((m) => m.ready))),
  ms(median(runs.map((m) => m.result))),
  ms(median(runs.map((m) => m.query))),
);
console.log('\nengine ready / first result: from navigation start; first result = Run clicked on cell 1 once ready.');
