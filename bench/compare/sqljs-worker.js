// sql.js 1.16.0 (npm, dist/sql-wasm.js) in a dedicated classic worker, answering the page's
// benchmark requests. The same request shapes as sqlite-wasm-worker.js:
//   { id, op: 'exec', sql }          run a script, no rows kept
//   { id, op: 'query', sql }         rows of a single statement as arrays, posted to the page
//   { id, op: 'importCsv', file, create, table, types }  the CSV path: text → split → one prepared INSERT
// Each answer carries `ms`, the time spent in the worker.
/* global initSqlJs, importCsvWith, serveRequests */
importScripts('/npm/sql.js/dist/sql-wasm.js', './worker-common.js');

let db;

const handlers = {
  exec({ sql }) {
    db.exec(sql);
    return {};
  },
  query({ sql }) {
    const stmt = db.prepare(sql);
    const rows = [];
    try {
      while (stmt.step()) rows.push(stmt.get());
    } finally {
      stmt.free();
    }
    return { rows };
  },
  importCsv(request) {
    return importCsvWith(
      db,
      request,
      (stmt, fields) => stmt.run(fields),
      (stmt) => stmt.free(),
    );
  },
};

serveRequests(handlers);

const started = performance.now();
initSqlJs({ locateFile: (file) => `/npm/sql.js/dist/${file}` }).then(
  (SQL) => {
    db = new SQL.Database();
    postMessage({ id: 0, ready: true, ms: performance.now() - started });
  },
  (err) => postMessage({ id: 0, error: String(err?.message ?? err) }),
);
