// A 100k-row result in the page (release build, headless Chromium), five fresh browser
// contexts, each on a clean scratch notebook:
//  - Run to first rows: from the click on "▶ Run" (SELECT * FROM big, 100k rows × 7 columns)
//    to the first data row in the cell's table, beside the engine's own time from the caption
//    and the longest main-thread task in between (the rows cross from the worker to the page).
//  - Scrolling the virtualized table top to bottom: 200 steps of 1/200 of its height, each
//    awaited a frame, then large jumps, then the mouse wheel. The longest main-thread task,
//    the slowest step (scrollTop set → next frame), steps that showed blank space instead of
//    rows, and how many rows are in the page at the end.
//  - Sorting all 100k rows: the `id` header clicked twice (ascending, then descending) until
//    the first row reads 100000; then, for a sort that really reorders, the `name` header once.
//
// Times are read in the page with performance.now(): a click listener stamps the click, a
// MutationObserver the first change that shows the outcome. Figures only, no assertions.
import { resolve } from 'node:path';
import { cell, launchBrowser, openApp, serveDist, typeSql } from '../tests/browser/harness.mjs';
import { longestTaskDuring } from './longtask.mjs';

const dist = resolve(process.argv[2] ?? 'bench/out/dist');
const RUNS = 5;
const ROWS = 100_000;
const STEPS = 200;

const BIG_TABLE =
  `CREATE TABLE big AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${ROWS}) ` +
  "SELECT x AS id, 'customer ' || x AS name, " +
  "CASE x % 7 WHEN 0 THEN 'Lisbon' WHEN 1 THEN 'Porto' WHEN 2 THEN 'Zagreb' WHEN 3 THEN 'Leeds' " +
  "WHEN 4 THEN 'Osaka' WHEN 5 THEN 'Recife' ELSE 'Sofia' END AS city, " +
  "(x * 37 % 10000) / 100.0 AS amount, x % 9 AS quantity, " +
  "date('2024-01-01', '+' || (x % 365) || ' days') AS ordered_on, x % 2 AS active FROM n;";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const max = (xs) => Math.max(...xs);


/** The engine's time in a caption such as "100,000 rows · 95.5 ms" or "… · 1.20 s", in ms. */
function engineMs(caption) {
  const [, value, unit] = caption.match(/([\d.]+) (ms|s)$/);
  return unit === 's' ? Number(value) * 1000 : Number(value);
}

/** Click on Run in cell 2 → first `tr.row` in its table (and the frame after), in the page. */
async function runToFirstRows(page) {
  const c = cell(page, 2);
  await c.root.evaluate((root) => {
    window.__run = {};
    const observer = new MutationObserver(() => {
      if (window.__run.rows === undefined && root.querySelector('.output table tr.row')) {
        window.__run.rows = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          // The rAF callback comes before that frame's paint; a task posted from it runs after.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (window.__run.frame = performance.now());
          channel.port2.postMessage(null);
        });
      }
    });
    observer.observe(root, { subtree: true, childList: true });
    const run = [...root.querySelectorAll('button')].find((b) => /Run/.test(b.textContent));
    run.addEventListener('click', () => (window.__run.click = performance.now()), { capture: true, once: true });
  });
  await c.run.click();
  await page.waitForFunction(() => window.__run.frame !== undefined, null, { timeout: 120_000 });
  const marks = await page.evaluate(() => window.__run);
  const caption = await c.output.locator('.result-meta').textContent();
  // Everything the result put in the page (the table, and whatever is built beside it).
  const elements = await c.output.evaluate((output) => output.querySelectorAll('*').length);
  return { firstRow: marks.rows - marks.click, frame: marks.frame - marks.click, caption, elements };
}

/** Scrolls cell 2's table in 200 frame-awaited steps, then large jumps; figures from the page. */
function scrollSteps(page, steps) {
  return cell(page, 2).output.locator('.table-scroll').evaluate(async (el, steps) => {
    const frame = () => new Promise((next) => requestAnimationFrame(() => next()));
    // Whether the rows cover the box's visible area (below the sticky header) at this frame.
    const covered = () => {
      const box = el.getBoundingClientRect();
      const head = el.querySelector('thead')?.getBoundingClientRect();
      const top = Math.max(box.top, head ? head.bottom : box.top);
      const bottom = box.top + el.clientHeight;
      const rows = el.querySelectorAll('tr.row');
      if (rows.length === 0) return false;
      return rows[0].getBoundingClientRect().top <= top + 1 && rows[rows.length - 1].getBoundingClientRect().bottom >= bottom - 1;
    };
    el.scrollTop = 0;
    await frame();
    await frame();
    let slowest = 0;
    let blank = 0;
    for (let i = 0; i < steps; i++) {
      const start = performance.now();
      el.scrollTop += el.scrollHeight / steps;
      await frame();
      slowest = Math.max(slowest, performance.now() - start);
      if (!covered()) blank++;
    }
    const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
    const lastId = [...el.querySelectorAll('tr.row')].at(-1)?.querySelector('td')?.textContent;
    for (const at of [0, 0.5, 1, 0.25, 0.75, 0.1, 0.9, 0]) {
      const start = performance.now();
      el.scrollTop = at * (el.scrollHeight - el.clientHeight);
      await frame();
      slowest = Math.max(slowest, performance.now() - start);
      if (!covered()) blank++;
    }
    return { slowest, blank, checks: steps + 8, atEnd, lastId };
  }, steps);
}

/** The mouse wheel over cell 2's table, from the top: 40 notches of 1500 px, a frame apart. */
async function wheelScroll(page) {
  const scroller = cell(page, 2).output.locator('.table-scroll');
  await scroller.evaluate((el) => (el.scrollTop = 0));
  await scroller.scrollIntoViewIfNeeded();
  const box = await scroller.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 1500);
    await page.evaluate(() => new Promise((next) => requestAnimationFrame(() => next())));
  }
  await page.waitForTimeout(300);
  return scroller.evaluate((el) => el.scrollTop);
}

/**
 * Clicks header buttons of cell 2's table in turn (real clicks), each until its column shows
 * `sort` (aria-sort) and the first row's id is `firstId`; returns the ms from each click to that.
 */
async function sortBy(page, clicks) {
  const c = cell(page, 2);
  await c.output.locator('.table-scroll').evaluate(async (el) => {
    el.scrollTop = 0;
    await new Promise((next) => requestAnimationFrame(() => next()));
  });
  const times = [];
  for (const { column, sort, firstId } of clicks) {
    await c.root.evaluate(
      (root, [column, sort, firstId]) => {
        window.__sort = {};
        const th = [...root.querySelectorAll('.output thead th')].find(
          (t) => t.querySelector('button.sort')?.textContent.replace(/ [▲▼]$/, '') === column,
        );
        const check = () => {
          if (window.__sort.done === undefined && th.getAttribute('aria-sort') === sort && root.querySelector('tr.row td')?.textContent === firstId) {
            window.__sort.done = performance.now();
            observer.disconnect();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        th.querySelector('button').addEventListener('click', () => (window.__sort.click = performance.now()), { capture: true, once: true });
      },
      [column, sort, firstId],
    );
    await c.output.locator('thead th button.sort').filter({ hasText: new RegExp(`^${column}( [▲▼])?$`) }).click();
    await page.waitForFunction(() => window.__sort.done !== undefined, null, { timeout: 120_000 });
    times.push(await page.evaluate(() => window.__sort.done - window.__sort.click));
  }
  return times;
}

async function once(browser, url) {
  const page = await openApp(browser, url);
  await typeSql(page, 1, BIG_TABLE);
  await cell(page, 1).editor.press('Control+Enter');
  await cell(page, 1).output.locator('.statement-done').waitFor({ timeout: 120_000 });
  await typeSql(page, 2, 'SELECT * FROM big;');

  const { result: run, longest: runLongest } = await longestTaskDuring(page, () => runToFirstRows(page));
  const { result: steps, longest: stepLongest } = await longestTaskDuring(page, () => scrollSteps(page, STEPS));
  const { result: wheeled, longest: wheelLongest } = await longestTaskDuring(page, () => wheelScroll(page));
  const domRows = await cell(page, 2).output.locator('tr.row').count();
  const { result: idSort, longest: idSortLongest } = await longestTaskDuring(page, () =>
    sortBy(page, [
      { column: 'id', sort: 'ascending', firstId: '1' },
      { column: 'id', sort: 'descending', firstId: String(ROWS) },
    ]),
  );
  const { result: nameSort, longest: nameSortLongest } = await longestTaskDuring(page, () =>
    sortBy(page, [{ column: 'name', sort: 'ascending', firstId: '1' }]),
  );
  const problems = page.problems;
  await page.context().close();
  return {
    caption: run.caption,
    firstRow: run.firstRow,
    frame: run.frame,
    engine: engineMs(run.caption),
    runLongest,
    elements: run.elements,
    scrollLongest: Math.max(stepLongest, wheelLongest),
    slowestStep: steps.slowest,
    blank: steps.blank,
    checks: steps.checks,
    reachedEnd: steps.atEnd && steps.lastId === String(ROWS),
    wheeled,
    domRows,
    sortAsc: idSort[0],
    sortDesc: idSort[1],
    idSortLongest,
    nameSort: nameSort[0],
    nameSortLongest,
    problems,
  };
}

const site = await serveDist({ dist, prefix: '/joinery/' });
const browser = await launchBrowser();
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    runs.push(await once(browser, site.url));
    process.stderr.write(`run ${i + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await site.close();
}

console.log(`A ${ROWS.toLocaleString('en-US')}-row result (release build ${dist}), 7 columns, ${RUNS} fresh contexts`);
console.log(`caption of the last run: "${runs.at(-1).caption}"\n`);

const f = (x) => `${x.toFixed(0)} ms`;
const figures = [
  ['Run → first rows in the DOM', 'firstRow', f],
  ['Run → the frame after them', 'frame', f],
  ['engine query time (caption)', 'engine', (x) => `${x.toFixed(1)} ms`],
  ['longest task, Run → rows', 'runLongest', f],
  ['elements in the cell output', 'elements', String],
  ['longest task, scrolling', 'scrollLongest', f],
  [`slowest scroll step (of ${runs[0].checks})`, 'slowestStep', f],
  ['scroll steps showing blank space', 'blank', String],
  ['wheel: 40 × 1500 px scrolled', 'wheeled', (x) => `${x.toFixed(0)} px`],
  ['tr.row in the DOM after scrolling', 'domRows', String],
  ['sort id ▲ (click → rendered)', 'sortAsc', f],
  ['sort id ▼ (click → 100000 first)', 'sortDesc', f],
  ['longest task, id sorts', 'idSortLongest', f],
  ['sort name ▲ (a real reorder)', 'nameSort', f],
  ['longest task, name sort', 'nameSortLongest', f],
];
console.log(
  'figure'.padEnd(36),
  ...runs.map((_, i) => `run ${i + 1}`.padStart(9)),
  'median'.padStart(9),
  'min'.padStart(9),
  'max'.padStart(9),
);
for (const [label, key, fmt] of figures) {
  const xs = runs.map((r) => r[key]);
  console.log(
    label.padEnd(36),
    ...xs.map((x) => fmt(x).padStart(9)),
    fmt(median(xs)).padStart(9),
    fmt(min(xs)).padStart(9),
    fmt(max(xs)).padStart(9),
  );
}
console.log(`\nscrolled to row ${ROWS.toLocaleString('en-US')} in every run: ${runs.every((r) => r.reachedEnd) ? 'yes' : 'NO'}`);
const problems = runs.flatMap((r) => r.problems);
if (problems.length) console.log(`page problems: ${problems.join(' | ')}`);
console.log(
  '\nTimes from the click (a listener in the page) to a MutationObserver seeing the outcome, performance.now().' +
    '\nlongest task: PerformanceObserver "longtask"; 0 ms means no main-thread task of 50 ms or more was seen.' +
    `\nscroll steps: ${STEPS} steps of scrollHeight/${STEPS} then 8 jumps, each awaited one frame; "blank" = the rows did` +
    '\nnot cover the visible box at that frame. Wheel: page.mouse.wheel over the table, a frame apart (not asserted).',
);
