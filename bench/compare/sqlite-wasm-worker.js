// @sqlite.org/sqlite-wasm 3.54.1-build1 (npm, the ESM build dist/index.mjs) in a dedicated
// module worker, on an in-memory database through the oo1 API (no OPFS). The same requests as
// sqljs-worker.js.
/* global importCsvWith, serveRequests */
import sqlite3InitModule from '/npm/@sqlite.org/sqlite-wasm/dist/index.mjs';
import './worker-common.js';

let db;

const handlers = {
  exec({ sql }) {
    db.exec(sql);
    return {};
  },
  query({ sql }) {
    return { rows: db.exec({ sql, rowMode: 'array', returnValue: 'resultRows' }) };
  },
  importCsv(request) {
    return importCsvWith(
      db,
      request,
      (stmt, fields) => stmt.bind(fields).stepReset(),
      (stmt) => stmt.finalize(),
    );
  },
};

serveRequests(handlers);

const started = performance.now();
sqlite3InitModule().then(
  (sqlite3) => {
    db = new sqlite3.oo1.DB(':memory:', 'c');
    postMessage({ id: 0, ready: true, ms: performance.now() - started });
  },
  (err) => postMessage({ id: 0, error: String(err?.message ?? err) }),
);
