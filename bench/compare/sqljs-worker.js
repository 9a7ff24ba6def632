// sql.js 1.16.0 (npm, dist/sql-wasm.js) in a dedicated classic worker, answering the page's
// benchmark requests. The same request shapes as sqlite-wasm-worker.js:
//   { id, op: 'exec', sql }          run a script, no rows kept
//   { id, op: 'query', sql }         rows of a single statement as arrays, posted to the page
//   { id, op: 'importCsv', file, create, table, types }  the CSV path: text → split → one prepared INSERT
// Each answer carries `ms`, the time spent in the worker.
/* global initSqlJs */
importScripts('/npm/sql.js/dist/sql-wasm.js');

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
  async importCsv({ file, create, table, types }) {
    const text = await file.text();
    const lines = text.split('\n');
    const width = lines[0].split(',').length;
    const numeric = types.map((t) => t !== 'TEXT');
    db.exec(create);
    db.exec('BEGIN');
    const stmt = db.prepare(`INSERT INTO ${table} VALUES (${new Array(width).fill('?').join(', ')})`);
    let rows = 0;
    try {
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        if (line === '') continue;
        const fields = line.split(',');
        if (fields.length !== width) throw new Error(`line ${i + 1} has ${fields.length} fields`);
        for (let c = 0; c < width; c++) {
          const f = fields[c];
          fields[c] = f === '' ? null : numeric[c] ? Number(f) : f;
        }
        stmt.run(fields);
        rows++;
      }
    } finally {
      stmt.free();
    }
    db.exec('COMMIT');
    return { rows };
  },
};

onmessage = async ({ data }) => {
  const started = performance.now();
  try {
    const answer = await handlers[data.op](data);
    postMessage({ id: data.id, ms: performance.now() - started, ...answer });
  } catch (err) {
    postMessage({ id: data.id, error: String(err?.message ?? err) });
  }
};

const started = performance.now();
initSqlJs({ locateFile: (file) => `/npm/sql.js/dist/${file}` }).then(
  (SQL) => {
    db = new SQL.Database();
    postMessage({ id: 0, ready: true, ms: performance.now() - started });
  },
  (err) => postMessage({ id: 0, error: String(err?.message ?? err) }),
);
