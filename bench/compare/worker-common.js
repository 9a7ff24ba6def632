// What sqljs-worker.js and sqlite-wasm-worker.js share: their CSV path and their message loop.
// A plain script that sets globals, so that the classic worker can importScripts it and the
// module worker can import it for its effect.

/**
 * The CSV path of an engine without a CSV import: the file's text split into lines and fields
 * (the bench data has no quotes), empty fields as NULL, numeric columns converted, one prepared
 * INSERT in one transaction. `run(stmt, fields)` and `free(stmt)` are the engine's own calls.
 */
self.importCsvWith = async (db, { file, create, table, types }, run, free) => {
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
      run(stmt, fields);
      rows++;
    }
  } finally {
    free(stmt);
  }
  db.exec('COMMIT');
  return { rows };
};

/** Answers the page's requests with `handlers[op]`, each answer with the worker's time in ms. */
self.serveRequests = (handlers) => {
  self.onmessage = async ({ data }) => {
    const started = performance.now();
    try {
      const answer = await handlers[data.op](data);
      postMessage({ id: data.id, ms: performance.now() - started, ...answer });
    } catch (err) {
      postMessage({ id: data.id, error: String(err?.message ?? err) });
    }
  };
};
