// The page's side of each engine, all with one interface:
//   start()            new worker, resolved when the engine can take requests
//   exec(sql)          a script whose rows are not needed
//   query(sql)         the rows of a single-statement query, delivered to this (main) thread
//   importCsv(file)    the CSV file as a new table `flat`
//   close()
// Every call resolves to { ...answer, workerMs } where workerMs is the engine's own account of
// the time it spent, when it gives one; callers time the round trip themselves.
// The protocol's codec is Joinery's own Rust types compiled for this page (src/bin/protocol_codec.rs,
// built by bench/run.sh into bench/out/codec), so the bench cannot drift from the worker.
import initCodec, { decodePosted, encodeRequest, planFromPreview } from '/codec/protocol_codec.js';

/** Joinery's protocol default (DEFAULT_ROW_LIMIT): a 100k-row result comes back whole. */
const ROW_LIMIT = 100_000;

/** A `core::Value` as serde tags it (`{ Integer: 1 }`, `'Null'`) as a plain JavaScript value. */
const plain = (value) => (value === 'Null' ? null : Object.values(value)[0]);

/**
 * Joinery's real worker, started as the app starts it (src/worker/channel.rs): the Trunk
 * loader shim, requests as postcard bytes in a transferred Uint8Array, nothing sent before the
 * worker's unasked Ready.
 */
export class Joinery {
  /** `base`: where the built site is served; a second build (a variant) may be served too. */
  constructor(name = 'Joinery', base = '/') {
    this.name = name;
    this.base = base;
  }

  async start() {
    await initCodec();
    this.nextId = 1;
    this.waiting = new Map();
    return new Promise((resolve, reject) => {
      // Any failure ends the benchmark loudly: the start and every request waiting reject.
      const fail = (error) => {
        reject(error);
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      };
      this.worker = new Worker(`${this.base}worker_loader.js`);
      this.worker.onerror = (e) => fail(new Error(`${this.name} worker failed: ${e.message}`));
      this.worker.onmessage = (event) => {
        let message;
        const t0 = performance.now();
        try {
          message = decodePosted(new Uint8Array(event.data));
        } catch (error) {
          fail(new Error(`${this.name}: ${error.message ?? error}`));
          return;
        }
        const decodeMs = performance.now() - t0;
        const { id, body } = message;
        if (body === 'Ready') {
          resolve({});
          return;
        }
        const waiter = this.waiting.get(id);
        if (!waiter) {
          fail(new Error(`${this.name} answered request ${id}, which nobody asked`));
          return;
        }
        if (body.Progress) return;
        if (body.Event) {
          // The app keeps this snapshot to restore the database if a runaway query is stopped.
          waiter.snapshot = { bytes: body.Event.bytes.length, at: performance.now() };
          return;
        }
        this.waiting.delete(id);
        if (body.Answer.Err !== undefined) {
          waiter.reject(new Error(`${this.name}: ${body.Answer.Err}`));
          return;
        }
        waiter.resolve({ response: body.Answer.Ok, decodeMs, snapshot: waiter.snapshot, at: performance.now() });
      };
    });
  }

  /** Sends a `Request` (serde's form, e.g. `{ RunScript: { sql, row_limit } }`). */
  send(request) {
    const id = this.nextId++;
    const bytes = encodeRequest(id, request);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage(bytes, [bytes.buffer]);
    });
  }

  async script(sql) {
    const { response, decodeMs, snapshot } = await this.send({ RunScript: { sql, row_limit: ROW_LIMIT } });
    const outcome = response.ScriptRan;
    if (outcome.error) throw new Error(`Joinery: ${outcome.error.message} in ${outcome.error.sql.slice(0, 80)}`);
    return {
      outcome,
      workerMs: outcome.results.reduce((t, r) => t + r.elapsed_ms, 0),
      decodeMs,
      snapshotBytes: snapshot?.bytes ?? 0,
    };
  }

  async exec(sql) {
    const { outcome, ...rest } = await this.script(sql);
    return rest;
  }

  async query(sql) {
    const { outcome, ...rest } = await this.script(sql);
    const last = outcome.results.at(-1);
    if (last.total_rows !== last.rows.length) throw new Error(`Joinery truncated ${last.total_rows} rows`);
    return { rows: last.rows.map((row) => row.map(plain)), ...rest };
  }

  /**
   * Inspect (the import dialog's review pass over the whole file), then import with the plan
   * the dialog proposes unchanged (`ImportPlan::from_preview`), as the app does. The table is
   * named after the file: flat.csv → flat.
   */
  async importCsv(file) {
    const started = performance.now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    const inspected = await this.send({ InspectCsv: { file_name: file.name, bytes } });
    const preview = inspected.response.CsvInspected;
    const importStart = performance.now();
    const imported = await this.send({ ImportCsv: { plan: planFromPreview(preview) } });
    const report = imported.response.CsvImported;
    return {
      rows: report.rows,
      table: report.table,
      columns: preview.columns.map((c) => `${c.name} ${c.inferred}`).join(', '),
      inspectMs: inspected.at - started,
      importMs: imported.at - importStart,
      snapshotBytes: imported.snapshot?.bytes ?? 0,
    };
  }

  close() {
    this.worker.terminate();
  }
}

/** sql.js or sqlite-wasm in its own dedicated worker (sqljs-worker.js, sqlite-wasm-worker.js). */
class JsEngine {
  start() {
    this.nextId = 1;
    this.waiting = new Map();
    return new Promise((resolve, reject) => {
      this.worker = new Worker(this.url, this.options);
      this.worker.onerror = (e) => {
        const error = new Error(`${this.name} worker failed: ${e.message}`);
        reject(error);
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      };
      this.worker.onmessage = ({ data }) => {
        if (data.id === 0) {
          if (data.error) reject(new Error(`${this.name}: ${data.error}`));
          else resolve({ workerMs: data.ms });
          return;
        }
        const waiter = this.waiting.get(data.id);
        this.waiting.delete(data.id);
        if (data.error) waiter.reject(new Error(`${this.name}: ${data.error}`));
        else waiter.resolve(data);
      };
    });
  }

  send(request) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...request });
    }).then(({ ms, id, ...answer }) => ({ ...answer, workerMs: ms }));
  }

  exec(sql) {
    return this.send({ op: 'exec', sql });
  }

  query(sql) {
    return this.send({ op: 'query', sql });
  }

  /** No CSV import in either library: the file's text split in JS, one prepared INSERT, one transaction. */
  importCsv(file, { create, table, types }) {
    return this.send({ op: 'importCsv', file, create, table, types });
  }

  close() {
    this.worker.terminate();
  }
}

export class SqlJs extends JsEngine {
  name = 'sql.js';
  url = '/bench/sqljs-worker.js';
  options = {};
}

export class SqliteWasm extends JsEngine {
  name = 'sqlite-wasm';
  url = '/bench/sqlite-wasm-worker.js';
  options = { type: 'module' };
}
