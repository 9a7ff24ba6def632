// A JavaScript postcard codec for the few messages of Joinery's worker protocol this benchmark
// needs (src/worker/protocol.rs and the types it carries). postcard: unsigned integers as LEB128
// varints, signed ones zigzag-encoded first; enums as the varint index of the variant in
// declaration order; String and bytes as a varint length and the bytes; Vec as a varint length
// and the elements; Option as a 0/1 byte and the value; bool and u8 as one byte; f64 as 8 bytes
// little-endian; structs as their fields in order; Range<usize> as start, end.
//
// The variant indexes below must follow the declaration order of the Rust enums. A decode that
// does not consume the whole message throws, so a drift between this file and the Rust types
// fails loudly (and the checksums, compared with the other engines, catch the rest).

// enum Request
const REQUEST = { RunScript: 0, InspectCsv: 3, ImportCsv: 4 };
// enum Response
const RESPONSE = [
  'Ready', 'ScriptRan', 'DatabaseLoaded', 'DatabaseExported', 'CsvInspected', 'CsvImported',
  'Progress', 'Snapshot', 'Done', 'Schema', 'Checked', 'CsvExported', 'Failed', 'Plan', 'Traced',
  'TriedChanges',
];
// enum csv_import::ColumnType
const COLUMN_TYPES = ['Integer', 'Real', 'Text'];

const utf8 = new TextDecoder('utf-8', { fatal: true });
const toUtf8 = new TextEncoder();

class Writer {
  constructor(size = 256) {
    this.bytes = new Uint8Array(size);
    this.at = 0;
  }
  reserve(n) {
    if (this.at + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n));
    grown.set(this.bytes.subarray(0, this.at));
    this.bytes = grown;
  }
  u8(v) {
    this.reserve(1);
    this.bytes[this.at++] = v;
  }
  varint(v) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`not a u64 this codec can write: ${v}`);
    this.reserve(10);
    while (v >= 0x80) {
      this.bytes[this.at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.at++] = v;
  }
  raw(bytes) {
    this.varint(bytes.length);
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.at);
    this.at += bytes.length;
  }
  str(s) {
    this.raw(toUtf8.encode(s));
  }
  finish() {
    return this.bytes.slice(0, this.at);
  }
}

class Reader {
  constructor(bytes) {
    this.b = bytes;
    this.p = 0;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  need(n) {
    if (this.p + n > this.b.length) throw new Error(`joinery message truncated at byte ${this.p}`);
  }
  u8() {
    this.need(1);
    return this.b[this.p++];
  }
  bool() {
    const v = this.u8();
    if (v > 1) throw new Error(`bad bool ${v} at byte ${this.p - 1}`);
    return v === 1;
  }
  /** An unsigned varint as a Number (exact below 2^53; larger values become a BigInt). */
  varint() {
    const b = this.b;
    let p = this.p;
    let x = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (p >= b.length) throw new Error(`joinery message truncated in a varint at byte ${p}`);
      const byte = b[p++];
      x += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.p = p;
        if (x > Number.MAX_SAFE_INTEGER) return this.bigVarint();
        return x;
      }
      scale *= 128;
    }
    throw new Error(`varint longer than 10 bytes at byte ${this.p}`);
  }
  bigVarint() {
    // Re-read the varint exactly; only for values past 2^53.
    let p = this.p - 1;
    while (p > 0 && this.b[p - 1] & 0x80) p--;
    let x = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.b[p++];
      x |= BigInt(byte & 0x7f) << shift;
      shift += 7n;
      if (byte < 0x80) break;
    }
    return x;
  }
  /** A zigzag varint (i64). */
  signed() {
    const n = this.varint();
    if (typeof n === 'bigint') return n & 1n ? -((n + 1n) >> 1n) : n >> 1n;
    return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
  }
  f64() {
    this.need(8);
    const v = this.view.getFloat64(this.p, true);
    this.p += 8;
    return v;
  }
  bytes() {
    const n = this.varint();
    this.need(n);
    const out = this.b.subarray(this.p, this.p + n);
    this.p += n;
    return out;
  }
  str() {
    const n = this.varint();
    this.need(n);
    const b = this.b;
    const start = this.p;
    const end = start + n;
    this.p = end;
    // Short ASCII strings (most cells) are cheaper to build by hand than through TextDecoder.
    if (n < 32) {
      let s = '';
      for (let i = start; i < end; i++) {
        const c = b[i];
        if (c > 0x7f) return utf8.decode(b.subarray(start, end));
        s += String.fromCharCode(c);
      }
      return s;
    }
    return utf8.decode(b.subarray(start, end));
  }
  option(read) {
    const tag = this.u8();
    if (tag === 0) return null;
    if (tag === 1) return read();
    throw new Error(`bad Option tag ${tag} at byte ${this.p - 1}`);
  }
  vec(read) {
    const n = this.varint();
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = read();
    return out;
  }
  range() {
    return [this.varint(), this.varint()];
  }
  end() {
    if (this.p !== this.b.length) {
      throw new Error(`joinery message decoded with ${this.b.length - this.p} trailing bytes (of ${this.b.length})`);
    }
  }
}

// enum Value { Null, Integer(i64), Real(f64), Text(String), Blob(Vec<u8>) } → JS values.
function value(r) {
  const tag = r.u8(); // a varint, but every index < 128 is one byte
  switch (tag) {
    case 0:
      return null;
    case 1:
      return r.signed();
    case 2:
      return r.f64();
    case 3:
      return r.str();
    case 4:
      return r.bytes().slice();
    default:
      throw new Error(`bad Value variant ${tag} at byte ${r.p - 1}`);
  }
}

function row(r) {
  const n = r.varint();
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = value(r);
  return out;
}

// core::changes::TableChanges: what a write did to a small table, row by row.
function tableChanges(r) {
  return {
    table: r.str(),
    columns: r.vec(() => r.str()),
    inserted: r.vec(() => row(r)),
    updated: r.vec(() => [row(r), row(r)]),
    deleted: r.vec(() => row(r)),
    unchanged: r.varint(),
  };
}

function statementResult(r) {
  return {
    sql: r.str(),
    span: r.range(),
    columns: r.vec(() => ({ name: r.str(), declType: r.option(() => r.str()) })),
    rows: r.vec(() => row(r)),
    totalRows: r.varint(),
    rowsChanged: r.varint(),
    readOnly: r.bool(),
    elapsedMs: r.f64(),
    changes: r.vec(() => tableChanges(r)),
  };
}

function scriptOutcome(r) {
  return {
    results: r.vec(() => statementResult(r)),
    error: r.option(() => ({
      statementIndex: r.varint(),
      sql: r.str(),
      span: r.range(),
      message: r.str(),
      offset: r.option(() => r.varint()),
    })),
    schemaChanged: r.bool(),
  };
}

function columnType(r) {
  const t = r.varint();
  if (t >= COLUMN_TYPES.length) throw new Error(`bad ColumnType ${t}`);
  return COLUMN_TYPES[t];
}

function csvPreview(r) {
  return {
    table: r.str(),
    delimiter: r.u8(),
    columns: r.vec(() => ({ name: r.str(), header: r.str(), inferred: columnType(r) })),
    sample: r.vec(() => r.vec(() => r.str())),
    rowCount: r.varint(),
  };
}

/** Decodes an `Envelope<Response>`: `{ id, kind, ...fields }`. */
export function decodeResponse(bytes) {
  const r = new Reader(bytes);
  const id = r.varint();
  const index = r.varint();
  const kind = RESPONSE[index];
  let body;
  switch (kind) {
    case 'Ready':
    case 'DatabaseLoaded':
    case 'Done':
      body = {};
      break;
    case 'ScriptRan':
      body = { outcome: scriptOutcome(r) };
      break;
    case 'CsvInspected':
      body = { preview: csvPreview(r) };
      break;
    case 'CsvImported':
      body = { report: { table: r.str(), rows: r.varint() } };
      break;
    case 'Progress':
      body = { done: r.varint() };
      break;
    case 'Snapshot':
      body = { bytes: r.bytes(), baseline: r.bool() };
      break;
    case 'Failed':
      body = { message: r.str() };
      break;
    default:
      throw new Error(`response ${kind ?? index} is not decoded by this benchmark`);
  }
  r.end();
  return { id, kind, ...body };
}

/** `Envelope { id, body: Request::RunScript { sql, row_limit } }`. */
export function encodeRunScript(id, sql, rowLimit) {
  const w = new Writer(sql.length * 3 + 32);
  w.varint(id);
  w.varint(REQUEST.RunScript);
  w.str(sql);
  w.varint(rowLimit);
  return w.finish();
}

/** `Envelope { id, body: Request::InspectCsv { file_name, bytes } }`. */
export function encodeInspectCsv(id, fileName, bytes) {
  const w = new Writer(bytes.length + fileName.length * 3 + 32);
  w.varint(id);
  w.varint(REQUEST.InspectCsv);
  w.str(fileName);
  w.raw(bytes);
  return w.finish();
}

/**
 * `Envelope { id, body: Request::ImportCsv { plan } }` with the plan the import dialog starts
 * from: the preview's table, delimiter, column names and inferred types
 * (`ImportPlan::from_preview`).
 */
export function encodeImportCsv(id, preview) {
  const w = new Writer();
  w.varint(id);
  w.varint(REQUEST.ImportCsv);
  w.str(preview.table);
  w.u8(preview.delimiter);
  w.varint(preview.columns.length);
  for (const c of preview.columns) {
    w.str(c.name);
    w.varint(COLUMN_TYPES.indexOf(c.inferred));
  }
  return w.finish();
}
