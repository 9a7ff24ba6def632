// Never losing work, measured (release build, headless Chromium):
//  - Stop: from the click on Stop to the cell saying so, and to the next query's answer
//    (a new worker restored on the last finished state), with the longest main-thread task
//    while a runaway query runs.
//  - Saving a 50 MB database: from Run to the state being in IndexedDB; restoring it on a
//    reload (navigation to engine ready).
//  - The two storage choices on the same 50 MB: IndexedDB put/get of one buffer (our path)
//    and OPFS through a synchronous access handle in a worker (what sahpool does underneath,
//    so the floor of any OPFS VFS).
import { resolve } from 'node:path';
import { cell, launchBrowser, openApp, serveDist, typeSql, waitUntil } from '../tests/browser/harness.mjs';

const dist = resolve(process.argv[2] ?? 'bench/out/dist');
const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

async function stopOnce(browser, url) {
  const page = await openApp(browser, url);
  await typeSql(page, 1, 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({ type: 'longtask' });
  });
  await cell(page, 1).run.click();
  await page.locator('li.cell.running').waitFor();
  // Let it run a while, typing meanwhile, to see whether the page stutters.
  await typeSql(page, 2, 'SELECT count(*) AS authors FROM author;');
  const stopped = await page.evaluate(
    () =>
      new Promise((done) => {
        const button = document.querySelector('li.cell button.stop');
        const start = performance.now();
        new MutationObserver((_, observer) => {
          if (document.querySelector('li.cell .stopped')) {
            observer.disconnect();
            done(performance.now() - start);
          }
        }).observe(document.body, { subtree: true, childList: true });
        button.click();
      }),
  );
  const t0 = Date.now();
  await cell(page, 2).editor.press('Control+Enter');
  await cell(page, 2).output.locator('table').waitFor();
  const nextAnswer = Date.now() - t0;
  const longest = await page.evaluate(() => window.__longest);
  await page.context().close();
  return { stopped, nextAnswer, longest };
}

async function bigDatabase(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + '#/scratch');
  await page.locator('.engine[data-state="ready"]').waitFor();
  await typeSql(
    page,
    1,
    'CREATE TABLE big (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) INSERT INTO big SELECT randomblob(1000000) FROM n;',
  );
  const t0 = Date.now();
  await cell(page, 1).editor.press('Control+Enter');
  await waitUntil(
    page,
    async () => {
      const db = await new Promise((ok) => { const r = indexedDB.open('joinery', 1); r.onsuccess = () => ok(r.result); });
      const saved = await new Promise((ok) => { const r = db.transaction('databases').objectStore('databases').get('scratch'); r.onsuccess = () => ok(r.result); });
      db.close();
      return Boolean(saved) && saved.latest.length > 50e6;
    },
    null,
    { timeout: 120_000 },
  );
  const save = Date.now() - t0;
  const t1 = Date.now();
  await page.reload();
  await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 120_000 });
  const restore = Date.now() - t1;
  const raw = await page.evaluate(async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).map((_, i) => i % 251);
    const idb = await new Promise((ok) => { const r = indexedDB.open('bench', 1); r.onupgradeneeded = () => r.result.createObjectStore('s'); r.onsuccess = () => ok(r.result); });
    let t = performance.now();
    await new Promise((ok, fail) => { const tx = idb.transaction('s', 'readwrite'); tx.objectStore('s').put(bytes, 'k'); tx.oncomplete = ok; tx.onerror = fail; });
    const idbWrite = performance.now() - t;
    t = performance.now();
    const back = await new Promise((ok) => { const r = idb.transaction('s').objectStore('s').get('k'); r.onsuccess = () => ok(r.result); });
    const idbRead = performance.now() - t;
    const opfsWorker = `onmessage = async (e) => {
      const root = await navigator.storage.getDirectory();
      const file = await root.getFileHandle('bench.bin', { create: true });
      const handle = await file.createSyncAccessHandle();
      let t = performance.now();
      handle.truncate(0); handle.write(e.data, { at: 0 }); handle.flush();
      const write = performance.now() - t;
      t = performance.now();
      const out = new Uint8Array(handle.getSize()); handle.read(out, { at: 0 });
      const read = performance.now() - t;
      handle.close();
      postMessage({ write, read, size: out.length });
    };`;
    const worker = new Worker(URL.createObjectURL(new Blob([opfsWorker], { type: 'text/javascript' })));
    const opfs = await new Promise((ok) => { worker.onmessage = (e) => ok(e.data); worker.postMessage(bytes); });
    worker.terminate();
    return { idbWrite, idbRead, ok: back.length === bytes.length, opfsWrite: opfs.write, opfsRead: opfs.read, opfsSize: opfs.size };
  });
  await context.close();
  return { save, restore, ...raw };
}

const site = await serveDist({ dist, prefix: '/joinery/' });
const browser = await launchBrowser();
try {
  const stops = [];
  for (let i = 0; i < RUNS; i++) stops.push(await stopOnce(browser, site.url));
  console.log(`Stop (median of ${RUNS}):`);
  console.log(`  click -> cell says stopped           ${ms(median(stops.map((s) => s.stopped)))}  (runs: ${stops.map((s) => s.stopped.toFixed(0)).join(', ')})`);
  console.log(`  click -> next query answered          ${ms(median(stops.map((s) => s.nextAnswer)))}  (new worker, state restored)`);
  console.log(`  longest main-thread task while running ${ms(Math.max(...stops.map((s) => s.longest)))}  (max over runs; 0 = none over 50 ms)`);
  const big = await bigDatabase(browser, site.url);
  console.log('\n50 MB database:');
  console.log(`  Run -> saved in IndexedDB             ${ms(big.save)}  (query, serialize, hand to page, put)`);
  console.log(`  reload -> restored and ready          ${ms(big.restore)}`);
  console.log('  raw storage of one 50 MiB buffer:');
  console.log(`    IndexedDB  put ${ms(big.idbWrite)}  get ${ms(big.idbRead)}`);
  console.log(`    OPFS sync access handle (worker)  write+flush ${ms(big.opfsWrite)}  read ${ms(big.opfsRead)}`);
} finally {
  await browser.close();
  await site.close();
}
