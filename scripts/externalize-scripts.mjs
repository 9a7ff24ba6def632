// Moves every inline <script> of the built page into a file of its own, so that the site runs
// under a Content-Security-Policy without 'unsafe-inline' in script-src (see the policy in
// index.html). Trunk runs this after each build (see Trunk.toml).
//
// Trunk writes the code that starts the app (import the wasm-bindgen glue, fetch and
// instantiate the wasm, fire TrunkApplicationStarted) inline into index.html, and `trunk serve`
// adds its auto-reload client inline too. Each becomes boot-<hash>.js beside the page, named by
// its content (a new build is a new name, as with Trunk's own files), referenced with the same
// attributes plus `src` and an SRI `integrity` like the ones Trunk puts on its links. Scripts
// keep their kind and order: a module stays a deferred module, a classic script still runs
// where it stood.
//
// An inline event handler (onclick="…") cannot be moved this way and would be blocked by the
// policy, so it fails the build instead.
//
//   node scripts/externalize-scripts.mjs [page.html]   (default: $TRUNK_STAGING_DIR/index.html)
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const page = process.argv[2] ?? (process.env.TRUNK_STAGING_DIR && join(process.env.TRUNK_STAGING_DIR, 'index.html'));
if (!page) {
  console.error('usage: node scripts/externalize-scripts.mjs <page.html> (or run it as a Trunk hook)');
  process.exit(2);
}
// Where the page refers to its files from: Trunk's public_url ("./" here), as its own links do.
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? './';

// The WebSocket path of `trunk serve`'s reload client: Trunk's server fills it in only in HTML
// answers, so a moved client gets it from here (what Trunk derives from public_url).
function trunkWsBase() {
  let base = publicUrl;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) base = new URL(base).pathname;
  else if (base.startsWith('.')) base = base.slice(1);
  if (!base.startsWith('/')) base = '/' + base;
  return base.endsWith('/') ? base : base + '/';
}

const html = await readFile(page, 'utf8');
const moved = [];
const out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, body) => {
  if (/\ssrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  // Not code (JSON data, templates): no policy applies to it, leave it where it is.
  const type = attrs.match(/\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
  const kind = type ? (type[1] ?? type[2] ?? type[3]).trim().toLowerCase() : '';
  if (kind && kind !== 'module' && !/^(text|application)\/(java|ecma)script$/.test(kind)) return whole;

  const code = body
    // trunk serve's reload client: what Trunk's server would have put in the page.
    .replace(/(['"`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
    .replaceAll('{{__TRUNK_WS_BASE__}}', trunkWsBase())
    .trim() + '\n';
  const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  moved.push({ name, code });
  const kept = attrs.replace(/\s(?:integrity|nonce)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '').replace(/\s*\/?\s*$/, '');
  return `<script${kept} src="${publicUrl}${name}" integrity="${integrity}"></script>`;
});

// Inline event handlers on any element: blocked by the policy, and not movable.
const handler = out.match(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/i);
if (handler) {
  console.error(`${page}: an inline event handler cannot run under the Content-Security-Policy: ${handler[0]}`);
  process.exit(1);
}

await Promise.all(moved.map(({ name, code }) => writeFile(join(dirname(page), name), code)));
if (moved.length > 0) await writeFile(page, out);
