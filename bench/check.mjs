// How long Check takes, as a learner meets it (release build, headless Chromium): from the click
// on "Check answer" to the verdict on screen, for a reference answer typed into the exercise, on
// each of the course's datasets. A Check runs the answer and the reference on the visible data
// and on two hidden copies made from it (the larger the dataset, the longer that takes), so the
// figure per dataset is what to watch. Five checks per exercise in one page; the first one also
// makes the exercise's data. Figures only, no assertions.
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchBrowser, openApp, serveDist, typeInto } from '../tests/browser/harness.mjs';

const dist = resolve(process.argv[2] ?? 'bench/out/dist');
const RUNS = 5;
const LESSONS = new URL('../lessons/', import.meta.url).pathname;
// One exercise per dataset: (lesson slug, exercise id).
const EXERCISES = [
  ['flat-files', 'flat-king-row-count'],
  ['many-to-many', 'm2m-books-of-berkley'],
  ['chinook', 'chinook-import-new-artists'],
  ['retrofun-orders', 'orders-loyal-customers'],
  ['reviews-and-analytics', 'analytics-orders-by-hour'],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The reference solution of exercise `id`, read from the lesson files. */
async function solution(id) {
  for (const file of await readdir(LESSONS)) {
    if (!/^\d+-.*\.md$/.test(file)) continue;
    const text = await readFile(LESSONS + file, 'utf8');
    const fence = text.match(new RegExp('```sql exercise id=' + id + '\\n([\\s\\S]*?)```'));
    if (fence) {
      return fence[1].split('\n').filter((l) => !/^\s*--\s*(prompt|hint|starter|setup):/.test(l)).join('\n').trim();
    }
  }
  throw new Error(`no exercise ${id}`);
}

const site = await serveDist({ dist });
const browser = await launchBrowser();
console.log('| dataset (lesson) | exercise | first Check | median of the next | slowest |');
console.log('| --- | --- | --- | --- | --- |');
for (const [slug, id] of EXERCISES) {
  const page = await openApp(browser, site.url, { route: `#/lesson/${slug}` });
  const sql = await solution(id);
  const exercise = page.locator(`.exercise[data-exercise="${id}"]`);
  await exercise.waitFor();
  await typeInto(exercise.getByRole('textbox'), sql);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ms = await exercise.evaluate(async (root) => {
      // The verdict on screen is replaced by a new element when the new one arrives.
      const old = root.querySelector('.verdict');
      const start = performance.now();
      root.querySelector('button.check').click();
      const fresh = () => [...root.querySelectorAll('.verdict.right, .verdict.wrong')].find((v) => v !== old);
      while (!fresh()) await new Promise((r) => setTimeout(r, 5));
      const ms = performance.now() - start;
      if (!fresh().classList.contains('right')) throw new Error(fresh().textContent);
      return ms;
    });
    times.push(ms);
  }
  const [first, ...rest] = times;
  console.log(`| ${slug} | ${id} | ${first.toFixed(0)} ms | ${median(rest).toFixed(0)} ms | ${Math.max(...times).toFixed(0)} ms |`);
  await page.context().close();
}
await browser.close();
await site.close();
