// The benchmark itself, run in the page's main thread: every workload of workload.js on each
// engine, each engine in its own dedicated worker. Times are round trips measured here (post →
// answer received and, where rows are delivered, decoded and checksummed here).
//
// The engines take turns run by run (the order rotating), rather than one engine after the
// other, so that a change in the machine's load during the run falls on all of them alike.
// bench/compare/run.mjs calls window.runComparison() and prints what it returns.
import * as W from './workload.js';
import { Joinery, SqlJs, SqliteWasm } from './engines.js';

const ENGINES = { Joinery: () => new Joinery(), 'sql.js': () => new SqlJs(), 'sqlite-wasm': () => new SqliteWasm() };
const CSV_TYPES = ['INTEGER', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'REAL', 'TEXT'];

const log = (...parts) => console.log('[compare]', ...parts);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const checksumOf = (row) => row.map(String).join('|');
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** The median round trip, the median of each numeric detail, and the samples' one checksum. */
function summarize(samples) {
  const out = { ms: median(samples.map((s) => s.ms)), samples: samples.map((s) => s.ms) };
  for (const key of Object.keys(samples[0])) {
    if (key === 'ms' || key === 'rows') continue;
    const values = samples.map((s) => s[key]);
    if (key === 'checksum') {
      if (new Set(values).size !== 1) throw new Error(`checksum changed between runs: ${[...new Set(values)].join(' / ')}`);
      out.checksum = values[0];
    } else if (values.every((v) => typeof v === 'number')) out[key] = median(values);
    else out[key] = values[0];
  }
  return out;
}

/**
 * `runs` timed runs of `timed(engine)` on every engine, taking turns; `before(engine)` runs
 * untimed ahead of each. Returns one summary per engine name.
 */
async function measure(engines, runs, timed, before = async () => {}) {
  const samples = new Map(engines.map((e) => [e, []]));
  for (let r = 0; r < runs; r++) {
    const order = engines.map((_, i) => engines[(i + r) % engines.length]);
    for (const engine of order) {
      await before(engine);
      const t0 = performance.now();
      const answer = await timed(engine);
      samples.get(engine).push({ ms: performance.now() - t0, ...answer });
    }
  }
  return new Map([...samples].map(([e, s]) => [e, summarize(s)]));
}

const csvFiles = new Map();
async function csvFile(rows) {
  if (!csvFiles.has(rows)) {
    const response = await fetch(`/csv/flat_${rows}.csv`);
    if (!response.ok) throw new Error(`no CSV file for ${rows} rows`);
    csvFiles.set(rows, new File([await response.blob()], 'flat.csv', { type: 'text/csv' }));
  }
  return csvFiles.get(rows);
}

const importCsv = (engine, file) =>
  engine.importCsv(file, { create: W.FLAT_TABLE_SQL, table: 'flat', types: CSV_TYPES });

/**
 * Every workload once on small data, untimed, then a pause: WebAssembly starts on V8's baseline
 * compiler and hot functions are recompiled optimized in the background, so without this the
 * first workloads would be timed on baseline code. (Engine init is timed cold.)
 */
async function warmUp(engine) {
  const file = await csvFile(W.SIZES[0]);
  for (let i = 0; i < 2; i++) {
    await engine.exec(W.CREATE_FLAT_SQL);
    await engine.exec(W.insertSql(W.SIZES[0]));
    await engine.query(W.SCAN_SQL);
    await engine.exec(W.NORMALIZE_SQL);
    await engine.query(W.ROUND_TRIP_SQL);
    for (let j = 0; j < 5; j++) await engine.query(W.JOIN_SQL);
    await engine.exec(W.DROP_NORMALIZED_SQL);
    await engine.exec(W.DROP_FLAT_SQL);
    await importCsv(engine, file);
    await engine.exec(W.DROP_FLAT_SQL);
  }
}

/**
 * What a request that changes the database costs Joinery beyond SQLite's own work: the worker
 * serializes the whole database and posts it (the Snapshot the app keeps so that a runaway
 * query can be stopped). A write that changes nothing against a read that returns nothing, at
 * the database size of the normalize step (flat 100k + author, publisher, book).
 */
async function joineryDiagnostics(engine) {
  const [read] = (await measure([engine], 11, (e) => e.exec('SELECT 1 WHERE 0;'))).values();
  const [write] = (await measure([engine], 11, (e) => e.exec('UPDATE flat SET id = id WHERE 0;'))).values();
  return { emptyRead: read.ms, emptyWrite: write.ms, snapshotBytes: write.snapshotBytes };
}

/**
 * `variants`: other Joinery builds ({ name, base }: where run.mjs serves each, --variant), to
 * measure a build change beside the current build under the same conditions. `engines`: the
 * names of the engines to run, when not all (Joinery and sql.js are always needed).
 */
window.runComparison = async function runComparison({ variants = [], engines: only } = {}) {
  const names = Object.keys(ENGINES).filter((name) => !only || only.includes(name));
  for (const [i, { name, base }] of variants.entries()) {
    ENGINES[name] = () => new Joinery(name, base);
    names.splice(1 + i, 0, name);
  }
  for (const n of W.SIZES) await csvFile(n);
  const results = new Map(names.map((name) => [name, { engine: name }]));
  const put = (key, figures, sub) => {
    for (const [engine, figure] of figures) {
      const result = results.get(engine.name);
      if (sub === undefined) result[key] = figure;
      else (result[key] ??= {})[sub] = figure;
    }
  };
  const say = (label, figures) =>
    log(label, [...figures].map(([e, f]) => `${e.name} ${f.ms.toFixed(1)} ms`).join(', '));

  // Engine init: a fresh worker each time, to the first moment it takes requests. The last
  // one of each engine is kept.
  const live = new Map();
  const init = await measure(
    names.map((name) => ({ name })),
    W.RUNS.init,
    async (slot) => {
      live.get(slot.name)?.close();
      const engine = ENGINES[slot.name]();
      live.set(slot.name, engine);
      return engine.start();
    },
  );
  const engines = names.map((name) => live.get(name));
  put('init', new Map([...init].map(([slot, f]) => [live.get(slot.name), f])));
  for (const engine of engines) {
    await engine.exec(W.SETUP_SQL);
    results.get(engine.name).version = String((await engine.query(W.VERSION_SQL)).rows[0][0]);
    await warmUp(engine);
  }
  await pause(2000);
  log('engines ready and warmed up');

  const flatChecksums = async (figures) => {
    for (const [engine, figure] of figures) {
      figure.checksum = checksumOf((await engine.query(W.FLAT_CHECKSUM_SQL)).rows[0]);
      await engine.exec(W.DROP_FLAT_SQL);
    }
  };

  for (const n of W.SIZES) {
    const runs = n >= 1_000_000 ? W.RUNS.insertLarge : W.RUNS.insertSmall;
    const figures = await measure(engines, runs, (e) => e.exec(W.insertSql(n)), (e) => e.exec(W.CREATE_FLAT_SQL));
    await flatChecksums(figures);
    put('insert', figures, n);
    say(`insert ${n}`, figures);
  }

  for (const n of W.SIZES) {
    const file = await csvFile(n);
    const runs = n >= 1_000_000 ? W.RUNS.insertLarge : W.RUNS.insertSmall;
    const figures = await measure(
      engines,
      runs,
      async (e) => {
        const answer = await importCsv(e, file);
        if (answer.rows !== n) throw new Error(`${e.name} imported ${answer.rows} of ${n} rows`);
        return answer;
      },
      (e) => e.exec(W.DROP_FLAT_SQL),
    );
    await flatChecksums(figures);
    put('csv', figures, n);
    say(`csv ${n}`, figures);
  }

  // Normalization of the 100k-row flat table, then the round trip back to it.
  for (const engine of engines) {
    await engine.exec(W.CREATE_FLAT_SQL);
    await engine.exec(W.insertSql(W.NORMALIZE_ROWS));
  }
  const normalize = await measure(
    engines,
    W.RUNS.normalize,
    (e) => e.exec(W.NORMALIZE_SQL),
    (e) => e.exec(W.DROP_NORMALIZED_SQL),
  );
  const roundTrip = await measure(engines, W.RUNS.normalize, async (e) => {
    const { rows, ...answer } = await e.query(W.ROUND_TRIP_SQL);
    return { checksum: checksumOf(rows[0]), ...answer };
  });
  for (const [engine, figure] of normalize) figure.checksum = roundTrip.get(engine).checksum;
  put('normalize', normalize);
  put('roundTrip', roundTrip);
  say('normalize', normalize);
  say('round trip', roundTrip);

  // Rows delivered to this thread and checksummed here.
  const delivered = (sql) => async (e) => {
    const { rows, ...answer } = await e.query(sql);
    return { checksum: W.rowsChecksum(rows), ...answer };
  };
  const join = await measure(engines, W.RUNS.join, delivered(W.JOIN_SQL));
  put('join', join);
  say('join', join);
  const scan = await measure(engines, W.RUNS.scan, delivered(W.SCAN_SQL));
  put('scan', scan);
  say('scan', scan);

  for (const engine of engines) {
    if (engine instanceof Joinery) results.get(engine.name).diagnostics = await joineryDiagnostics(engine);
    engine.close();
  }
  return [...results.values()];
};
log('page ready');
