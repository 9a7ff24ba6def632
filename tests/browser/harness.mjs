// Shared set-up for the browser tests: a static server for the built site (under a subpath, as
// a teacher's host would serve it) and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `dist` at http://127.0.0.1:<free port><prefix>. Every request is recorded.
 * `headers` (none unless given) are sent with every file, e.g. a Content-Security-Policy.
 */
export async function serveDist({ dist = resolve('dist'), prefix = '/joinery/', headers = {} } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('outside the site');
      return;
    }
    let file = normalize(join(dist, path.slice(prefix.length)));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  return { url, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/** The flags Chromium needs on this machine (as root, no network beyond loopback). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium, headless, with the flags this machine needs. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page on the app at `route` (the scratch notebook unless told), waited on until SQLite
 * and the route's database are loaded.
 * Page errors and console errors are collected in `page.problems`.
 */
export async function openApp(browser, url, { viewport = { width: 1280, height: 900 }, route = '#/scratch' } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.problems = [];
  page.dialogs = [];
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url + route);
  await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 30_000 });
  return page;
}

/** The `n`th cell (1-based) as a person sees it. */
export function cell(page, n) {
  const root = page.locator('li.cell').nth(n - 1);
  return {
    root,
    editor: root.getByRole('textbox'),
    run: root.getByRole('button', { name: /Run/ }),
    output: root.locator('.output'),
  };
}

/** Replaces a cell's SQL by typing, as a person would. */
export async function typeSql(page, n, sql) {
  await typeInto(cell(page, n).editor, sql);
}

/**
 * Replaces an editor's text by typing it, key by key. Before each Enter an open completion list
 * is closed (Enter would accept it), and the indentation the editor adds is taken out again, so
 * that the text ends up exactly as given.
 */
export async function typeInto(editor, text) {
  await editor.click();
  const page = editor.page();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) {
      if (await page.locator('.cm-tooltip-autocomplete').isVisible()) await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      if (/\n[ \t]+$/.test(await editorText(editor))) {
        await page.keyboard.press('Shift+Home');
        await page.keyboard.press('Delete');
      }
    }
    await editor.pressSequentially(line);
  }
}

// The text of a CodeMirror content element: its lines, without the placeholder shown when empty.
function readEditor(content) {
  return [...content.querySelectorAll(':scope > .cm-line')]
    .map((line) => {
      const copy = line.cloneNode(true);
      copy.querySelectorAll('.cm-placeholder, .cm-widgetBuffer').forEach((e) => e.remove());
      return copy.textContent;
    })
    .join('\n');
}

/** The text in an editor, as the person sees it. */
export function editorText(editor) {
  return editor.evaluate(readEditor);
}

/** The text of every cell's editor, in order. */
export async function cellTexts(page) {
  const editors = page.locator('li.cell .cm-content');
  const texts = [];
  for (let i = 0; i < (await editors.count()); i++) texts.push(await editorText(editors.nth(i)));
  return texts;
}

/** What is selected in an editor, and whether the editor has the focus. */
export function editorSelection(editor) {
  return editor.evaluate((content) => ({
    text: window.getSelection().toString(),
    focused: content.contains(document.activeElement),
  }));
}

/** The rows of a result table, as text, header first. */
export async function readTable(table) {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
  );
}

/**
 * Waits until the async `condition(arg)` holds in the page, checking it every 50 ms.
 * (Playwright's waitForFunction does not await a promise a condition returns.)
 */
export async function waitUntil(page, condition, arg, { timeout = 30_000 } = {}) {
  await page.evaluate(
    async ([source, arg, timeout]) => {
      const check = new Function(`return (${source});`)();
      const end = performance.now() + timeout;
      while (!(await check(arg))) {
        if (performance.now() > end) throw new Error(`condition not met within ${timeout} ms: ${source.slice(0, 120)}`);
        await new Promise((next) => setTimeout(next, 50));
      }
    },
    [condition.toString(), arg, timeout],
  );
}

/**
 * Serves the built site and starts Chromium once for a test file, closing both after it.
 * The returned object's `site` and `browser` are set before the first test runs.
 */
export function useSiteAndBrowser(options) {
  const env = { site: undefined, browser: undefined };
  before(async () => {
    env.site = await serveDist(options);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/**
 * The Content-Security-Policy the built page declares in its
 * `<meta http-equiv="Content-Security-Policy">`, for a test server to send as a header too.
 */
export async function contentSecurityPolicy(dist = resolve('dist')) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!meta) throw new Error(`${dist}/index.html declares no Content-Security-Policy`);
  return meta[1];
}
