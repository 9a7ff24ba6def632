// Joinery's worker engine beside sql.js, @sqlite.org/sqlite-wasm (both from npm, pinned in
// package.json) and native rusqlite, on one workload (bench/compare/workload.js):
//   engine init; INSERT … SELECT of 10k/100k/1M generated rows in one transaction; CSV import
//   of the same rows as a file; normalizing the 100k-row flat table into three tables with
//   INSERT … SELECT DISTINCT, and the round trip back; a 3-table join + GROUP BY (1000 rows,
//   median of 20); a full scan of 100k rows delivered to the page's main thread.
// Every browser engine runs in its own dedicated worker in one headless Chromium page
// (bench/compare/page.js); the native figures come from `cargo run --release --example
// bench_native`. Prints one table with the ratios and a checksum line per workload; exits
// non-zero when any engine's checksum differs.
//
//   node bench/compare/run.mjs [dist]     (bash bench/run.sh compare builds dist first)
//   JOINERY_NATIVE_OPT=z node …           native at the release profile's own opt-level
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/browser/harness.mjs';
import * as W from './workload.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'bench/out/dist'));
const out = join(root, 'bench/out/compare');
const benchDir = join(root, 'bench/compare');
// Other builds of the site to measure beside the first under the same conditions (say, with
// another opt-level): --variant=NAME=DIR, any number. --native-json=FILE reuses an earlier
// native run (bench/out/compare/native.json is the last one). --engines=Joinery,sql.js runs only
// those (sqlite-wasm's CSV path alone takes half a minute).
const variants = args
  .filter((a) => a.startsWith('--variant='))
  .map((a, i) => {
    const [name, dir] = a.slice(10).split('=');
    if (!dir) throw new Error(`--variant=NAME=DIR, not ${a}`);
    return { name, dir: resolve(dir), base: `/variant/${i}/` };
  });

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

// Only the engines' own files are served from node_modules.
const NPM_FILES = new Set([
  'sql.js/dist/sql-wasm.js',
  'sql.js/dist/sql-wasm.wasm',
  '@sqlite.org/sqlite-wasm/dist/index.mjs',
  '@sqlite.org/sqlite-wasm/dist/sqlite3.wasm',
]);

/**
 * One origin: /bench/ = bench/compare, /codec/ = Joinery's protocol codec (bench/out/codec), /npm/ =
 * the engines, /csv/ = the files, / = the site.
 */
function serve() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let base;
    let rest;
    if (path.startsWith('/bench/')) [base, rest] = [benchDir, path.slice(7)];
    else if (path.startsWith('/csv/')) [base, rest] = [out, path.slice(5)];
    else if (path.startsWith('/codec/')) [base, rest] = [join(root, 'bench/out/codec'), path.slice(7)];
    else if (path.startsWith('/variant/')) {
      const [, , i, ...file] = path.split('/');
      if (!variants[i]) return res.writeHead(404).end('no such variant');
      [base, rest] = [variants[i].dir, file.join('/')];
    }
    else if (path.startsWith('/npm/')) {
      rest = path.slice(5);
      if (!NPM_FILES.has(rest)) return res.writeHead(404).end('not an engine file');
      base = join(root, 'node_modules');
    } else [base, rest] = [dist, path.slice(1) || 'index.html'];
    const file = normalize(join(base, rest));
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

async function writeInputs() {
  await mkdir(out, { recursive: true });
  for (const n of W.SIZES) await writeFile(join(out, `flat_${n}.csv`), W.csvText(n));
  const workload = join(out, 'workload.sql');
  await writeFile(workload, W.sqlSections());
  return workload;
}

function runNative(workload) {
  const opt = process.env.JOINERY_NATIVE_OPT ?? '3';
  console.error(`== native: cargo run --release --example bench_native (opt-level ${opt})`);
  const result = spawnSync(
    'cargo',
    ['run', '--quiet', '--release', '--example', 'bench_native', '--', workload, out],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        CARGO_PROFILE_RELEASE_OPT_LEVEL: opt,
        // Its own target dir: a different opt-level must not invalidate the release build.
        CARGO_TARGET_DIR: join(root, `target/bench-native-O${opt}`),
      },
    },
  );
  if (result.status !== 0) throw new Error(`bench_native failed (${result.status})`);
  return { ...JSON.parse(result.stdout), optLevel: opt };
}

async function runBrowser() {
  const site = await serve();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
      if (msg.text().startsWith('[compare]')) console.error(msg.text());
    });
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(`${site.url}/bench/index.html`);
    await page.waitForFunction(() => typeof window.runComparison === 'function');
    const results = await page.evaluate(
      (options) => window.runComparison(options),
      {
        variants: variants.map(({ name, base }) => ({ name, base })),
        engines: option('engines')?.split(',') ?? undefined,
      },
    );
    const version = browser.version();
    if (problems.length) console.error('page problems:\n  ' + problems.join('\n  '));
    return { results, version };
  } finally {
    await browser.close();
    site.close();
  }
}

// --- the report -----------------------------------------------------------------------------

const fmtMs = (ms) =>
  ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);
const rate = (rows, ms) => Math.round(rows / (ms / 1000)).toLocaleString('en-US');
const k = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

function rowsOf(engines) {
  const rows = [{ label: 'engine init (median of 5)', get: (e) => e.init }];
  for (const n of W.SIZES) rows.push({ label: `insert ${k(n)} rows, 1 transaction`, get: (e) => e.insert[n], rows: n });
  for (const n of W.SIZES) rows.push({ label: `CSV import ${k(n)} rows (file)`, get: (e) => e.csv[n], rows: n });
  rows.push({ label: 'normalize 100k → 3 tables', get: (e) => e.normalize });
  rows.push({ label: 'round-trip check (EXCEPT ×2)', get: (e) => e.roundTrip });
  rows.push({ label: 'join + GROUP BY, 1000 rows (median 20)', get: (e) => e.join });
  rows.push({ label: 'scan 100k rows to main thread (median 5)', get: (e) => e.scan });
  return rows.map((r) => ({ ...r, figures: engines.map((e) => r.get(e)) }));
}

function report({ results, version, load }, native) {
  const engines = [...results, native];
  const names = engines.map((e) => e.engine);
  const [joinery, sqljs] = [results.find((e) => e.engine === 'Joinery'), results.find((e) => e.engine === 'sql.js')];
  const rows = rowsOf(engines);
  const si = names.indexOf('sql.js');
  const ni = names.indexOf('native');

  // Joinery/sql.js and Joinery/native for Joinery and for every variant build beside it.
  const joineries = names.filter((n) => n.startsWith('Joinery'));
  const ratioHeads = joineries.flatMap((n) => [`${n}/sql.js`, `${n}/native`]);
  const lines = [];
  const W0 = Math.max(...rows.map((r) => r.label.length)) + 2;
  const widths = names.map((n) => Math.max(11, n.length + 2));
  const ratioWidths = ratioHeads.map((h) => Math.max(10, h.length + 2));
  lines.push(
    'workload'.padEnd(W0) +
      names.map((n, i) => n.padStart(widths[i])).join('') +
      ratioHeads.map((h, i) => h.padStart(ratioWidths[i])).join(''),
  );
  lines.push('-'.repeat(W0 + [...widths, ...ratioWidths].reduce((a, b) => a + b, 0)));
  for (const r of rows) {
    const ms = r.figures.map((f) => f?.ms);
    const ratios = joineries.flatMap((n) => {
      const j = ms[names.indexOf(n)];
      return [ratio(j, ms[si]), ratio(j, ms[ni])];
    });
    lines.push(
      r.label.padEnd(W0) +
        ms.map((m, i) => fmtMs(m).padStart(widths[i])).join('') +
        ratios.map((x, i) => x.padStart(ratioWidths[i])).join(''),
    );
  }
  lines.push('Times are medians of round trips from the page (post → answer, rows decoded and checksummed');
  lines.push('on the main thread); 1M-row runs once, 10k and 100k three times. Ratios below 1 favour Joinery.');

  lines.push('', 'checksums (every engine must agree):');
  let failed = 0;
  for (const r of rows) {
    const sums = r.figures.map((f) => f?.checksum);
    if (sums.every((s) => s === undefined)) continue;
    const agree = new Set(sums).size === 1;
    if (!agree) failed++;
    lines.push(`  ${agree ? 'ok  ' : 'FAIL'} ${r.label}: ${agree ? sums[0] : names.map((n, i) => `${n}=${sums[i]}`).join('  ')}`);
  }

  // The targets and rates compare Joinery with sql.js: with --engines leaving either out, the
  // table above is the report.
  if (joinery && sqljs) {
    const jm = (f) => f(joinery).ms;
    const target = (label, value, limit, better) => {
      const met = better === 'lower' ? value <= limit : value >= limit;
      return `  ${met ? 'met   ' : 'MISSED'} ${label}: ${value.toFixed(2)}× (target ${better === 'lower' ? '≤' : '≥'} ${limit.toFixed(1)}×)`;
    };
    lines.push('', 'targets:');
    lines.push(target('join, Joinery/sql.js', jm((e) => e.join) / sqljs.join.ms, 1, 'lower'));
    lines.push(target('normalize, Joinery/sql.js', jm((e) => e.normalize) / sqljs.normalize.ms, 1, 'lower'));
    lines.push(target('scan, Joinery/sql.js', jm((e) => e.scan) / sqljs.scan.ms, 1, 'lower'));
    lines.push(target('join, Joinery/native', jm((e) => e.join) / native.join.ms, 1.3, 'lower'));
    for (const n of W.SIZES) {
      const f = joinery.csv[n];
      lines.push(
        target(`CSV import ${k(n)} rows/s ÷ sql.js INSERT … SELECT rows/s, file to table`, sqljs.insert[n].ms / f.ms, 1, 'higher') +
          `; the import step alone (after the review pass) ${(sqljs.insert[n].ms / f.importMs).toFixed(2)}×`,
      );
    }

    lines.push('', 'rates (rows/s):');
    for (const n of W.SIZES) {
      const f = joinery.csv[n];
      lines.push(
        `  ${k(n).padStart(3)}: Joinery CSV file to table ${rate(n, f.ms)} (import step alone ${rate(n, f.importMs)}); ` +
          `sql.js INSERT … SELECT ${rate(n, sqljs.insert[n].ms)}, sql.js CSV path ${rate(n, sqljs.csv[n].ms)}`,
      );
    }
  }

  for (const j of results.filter((e) => e.engine.startsWith('Joinery'))) {
    lines.push('', `${j.engine}, where the time goes (engine = SQLite time the worker reports; snapshot = the`);
    lines.push('whole database serialized and posted back after every request that changed it):');
    const detail = (label, f) =>
      `  ${label.padEnd(20)} round trip ${fmtMs(f.ms).padStart(9)}, engine ${fmtMs(f.workerMs).padStart(9)}, ` +
      `main-thread decode ${fmtMs(f.decodeMs).padStart(8)}, snapshot ${(f.snapshotBytes / 1e6).toFixed(1)} MB`;
    for (const n of W.SIZES) lines.push(detail(`insert ${k(n)}`, j.insert[n]));
    for (const n of W.SIZES) {
      const f = j.csv[n];
      lines.push(
        `  ${`CSV import ${k(n)}`.padEnd(20)} round trip ${fmtMs(f.ms).padStart(9)}: file read + InspectCsv ${fmtMs(f.inspectMs)}, ` +
          `ImportCsv ${fmtMs(f.importMs)} (snapshot ${(f.snapshotBytes / 1e6).toFixed(1)} MB)`,
      );
    }
    lines.push(detail('normalize', j.normalize));
    lines.push(detail('round-trip check', j.roundTrip));
    lines.push(detail('join', j.join));
    lines.push(detail('scan', j.scan));
    const d = j.diagnostics;
    lines.push(
      `  snapshot cost at the normalize step's size (${(d.snapshotBytes / 1e6).toFixed(1)} MB): a write that changes ` +
        `nothing ${fmtMs(d.emptyWrite)}, a read that returns nothing ${fmtMs(d.emptyRead)}`,
    );
  }
  lines.push('');
  for (const e of results.filter((e) => !e.engine.startsWith('Joinery'))) {
    lines.push(`  ${e.engine}: join engine ${fmtMs(e.join.workerMs)}, scan engine ${fmtMs(e.scan.workerMs)} (in its worker)`);
  }

  lines.push('', 'versions:');
  for (const e of engines) lines.push(`  ${e.engine.padEnd(Math.max(...names.map((n) => n.length)) + 1)} SQLite ${e.version}`);
  lines.push(`  Chromium ${version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; native: opt-level ${native.optLevel}`);
  lines.push(`  ${load}`);
  lines.push('  sql.js 1.16.0 (dist/sql-wasm.js), @sqlite.org/sqlite-wasm 3.54.1-build1 (dist/index.mjs, oo1, :memory:)');
  return { text: lines.join('\n'), failed };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const loadBefore = load();
const workload = await writeInputs();
const native = option('native-json')
  ? JSON.parse(await readFile(option('native-json'), 'utf8'))
  : runNative(workload);
await writeFile(join(out, 'native.json'), JSON.stringify(native));
console.error('== browser: headless Chromium');
const browserResults = await runBrowser();
browserResults.load = `load average ${loadBefore} before, ${load()} after`;
await writeFile(join(out, 'results.json'), JSON.stringify({ browser: browserResults, native }, null, 1));
const { text, failed } = report(browserResults, native);
console.log(text);
if (failed) {
  console.error(`\nFAIL: ${failed} workload(s) with differing checksums`);
  process.exit(1);
}
