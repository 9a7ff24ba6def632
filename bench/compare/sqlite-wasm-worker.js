// @sqlite.org/sqlite-wasm 3.54.1-build1 (npm, the ESM build dist/index.mjs) in a dedicated
// module worker, on an in-memory database through the oo1 API (no OPFS). The same requests as
// sqljs-worker.js.
import sqlite3InitModule from '/npm/@sqlite.org/sqlite-wasm/dist/index.mjs';

let db;

const handlers = {
  exec({ sql }) {
    db.exec(sql);
    return {};
  },
  query({ sql }) {
    return { rows: db.exec({ sql, rowMode: 'array', returnValue: 'resultRows' }) };
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
        stmt.bind(fields).stepReset();
        rows++;
      }
    } finally {
      stmt.finalize();
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
sqlite3InitModule().then(
  (sqlite3) => {
    db = new sqlite3.oo1.DB(':memory:', 'c');
    postMessage({ id: 0, ready: true, ms: performance.now() - started });
  },
  (err) => postMessage({ id: 0, error: String(err?.message ?? err) }),
);
