// The built site runs under a strict Content-Security-Policy and talks to no other origin.
//
// The policy is the <meta http-equiv="Content-Security-Policy"> of index.html (no inline script,
// no eval, 'wasm-unsafe-eval' for WebAssembly, requests to 'self' only); Trunk's inline start-up
// script is moved into a file by scripts/externalize-scripts.mjs. Each build is visited twice:
// with the policy in the page only (any static host), and also sent as an HTTP header on every
// file, as a host that can set headers would; the header is what puts the app's Web Worker and
// service worker under the policy too, since a meta element reaches only the page.
//
// Every request of the page, its worker and its service worker is recorded, and every policy
// violation (securitypolicyviolation events in the page and both workers, and the browser's
// console reports of them) fails the test. A last test proves the policy is enforced at all.
//
// The debug build is dist/ (or $JOINERY_DIST); the release build is $JOINERY_RELEASE_DIST when
// set (scripts/test.sh builds it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cell, contentSecurityPolicy, launchBrowser, serveDist, typeSql, waitUntil } from './harness.mjs';

const LESSONS = new URL('../../lessons/', import.meta.url).pathname;
const builds = [
  { name: 'debug', dist: resolve(process.env.JOINERY_DIST ?? 'dist') },
  { name: 'release', dist: process.env.JOINERY_RELEASE_DIST && resolve(process.env.JOINERY_RELEASE_DIST) },
];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The directives of a policy: name → list of sources. */
function directives(policy) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The slug of the first lesson, read from the source. */
async function firstLesson() {
  const file = (await readdir(LESSONS)).filter((f) => /^\d+-.*\.md$/.test(f)).sort()[0];
  return file.replace(/^\d+-/, '').replace(/\.md$/, '');
}

// Collects policy violations in the page (they are kept on window, which the routes' hash
// changes keep) and in a worker (the same, on its global scope).
function listenForViolations() {
  const scope = globalThis;
  scope.__cspViolations = [];
  scope.addEventListener('securitypolicyviolation', (e) =>
    scope.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
  );
}

/**
 * A fresh context on `site` with everything recorded: `requests` (every request of the page,
 * its dedicated worker and its service worker, as Request objects), `violations()` (all seen so
 * far), `errors` (uncaught page errors).
 */
async function recordedPage(site) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const consoleReports = [];
  const errors = [];
  const workers = [];
  context.on('request', (request) => requests.push(request));
  await context.addInitScript(listenForViolations);
  const watchWorker = (worker) => {
    workers.push(worker);
    worker.evaluate(listenForViolations).catch(() => undefined);
    worker.on('console', (msg) => {
      if (/Content.Security.Policy/i.test(msg.text())) consoleReports.push(`${worker.url()}: ${msg.text()}`);
    });
  };
  context.on('serviceworker', watchWorker);
  const page = await context.newPage();
  page.on('worker', watchWorker);
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) consoleReports.push(msg.text());
  });
  const violations = async () => {
    const seen = [...consoleReports, ...(await page.evaluate(() => window.__cspViolations))];
    for (const worker of workers) {
      const inWorker = await worker.evaluate(() => self.__cspViolations ?? []).catch(() => []);
      seen.push(...inWorker.map((v) => `${worker.url()}: ${v}`));
    }
    return seen;
  };
  return { context, page, requests, errors, violations };
}

for (const { name, dist } of builds) {
  describe(`the ${name} build under its Content-Security-Policy`, { skip: !dist && 'JOINERY_RELEASE_DIST not set' }, () => {
    test('index.html declares a strict policy and has no inline script', async () => {
      // The markup, without comments.
      const html = (await readFile(join(dist, 'index.html'), 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
      const policy = directives(await contentSecurityPolicy(dist));
      assert.deepEqual(policy.get('default-src'), ["'self'"]);
      assert.deepEqual(policy.get('script-src'), ["'self'", "'wasm-unsafe-eval'"], 'scripts: this site only, no inline, no eval');
      assert.deepEqual(policy.get('connect-src'), ["'self'"]);
      assert.deepEqual(policy.get('object-src'), ["'none'"]);
      assert.deepEqual(policy.get('base-uri'), ["'self'"]);
      for (const [directive, sources] of policy) {
        assert.ok(!sources.some((s) => /^(\*|https?:|wss?:)/.test(s)), `${directive} names no other origin: ${sources}`);
      }

      // The policy comes before anything it governs.
      const meta = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
      assert.ok(meta < html.search(/<(script|link|base|style)\b/i), 'the policy comes first in <head>');

      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)];
      assert.ok(scripts.length > 0);
      for (const [whole, attrs, body] of scripts) {
        assert.equal(body.trim(), '', `no inline script: ${whole.slice(0, 200)}`);
        const src = attrs.match(/\ssrc="\.\/([^"]+)"/);
        assert.ok(src, `a script from this site: ${whole}`);
        // The moved start-up script keeps Subresource Integrity, as Trunk's own links have it.
        const integrity = attrs.match(/\sintegrity="sha384-([^"]+)"/);
        assert.ok(integrity, `with integrity: ${whole}`);
        const file = await readFile(join(dist, src[1]));
        assert.equal(createHash('sha384').update(file).digest('base64'), integrity[1], `integrity of ${src[1]}`);
      }
      assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+\s*=/i, 'no inline event handler');
      assert.doesNotMatch(html, /javascript:/i);
    });

    for (const delivery of ['meta', 'meta and header']) {
      describe(`policy in the ${delivery}`, () => {
        let site;
        before(async () => {
          const headers = delivery === 'meta' ? {} : { 'content-security-policy': await contentSecurityPolicy(dist) };
          site = await serveDist({ dist, headers, prefix: '/courses/joinery/' });
        });
        after(async () => {
          await site?.close();
        });

        test('runs a query, opens the course and a lesson: no violation, no other origin', async () => {
          const { context, page, requests, errors, violations } = await recordedPage(site);
          const origin = new URL(site.url).origin;
          try {
            await page.goto(site.url + '#/scratch');
            await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 30_000 });

            await typeSql(page, 1, 'SELECT count(*) AS books FROM book;');
            await cell(page, 1).editor.press('Control+Enter');
            await cell(page, 1).output.locator('table').waitFor();
            // A failing statement: the editor's error underline is a data: image.
            await typeSql(page, 2, 'SELECT titel FROM book;');
            await cell(page, 2).editor.press('Control+Enter');
            await cell(page, 2).root.locator('.cm-lintRange-error').waitFor();

            await page.goto(site.url + '#/');
            await page.locator('.lesson-entry').first().waitFor();
            await page.goto(site.url + `#/lesson/${await firstLesson()}`);
            await page.locator('.exercise').first().waitFor();
            await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 30_000 });

            // The service worker has installed (fetching the whole site) and taken over.
            await waitUntil(page, () => navigator.serviceWorker.controller !== null);
            await page.waitForTimeout(300);

            assert.deepEqual(await violations(), []);
            assert.deepEqual(errors, []);

            const elsewhere = requests
              .map((r) => r.url())
              .filter((url) => !['data:', 'blob:'].includes(new URL(url).protocol) && new URL(url).origin !== origin);
            assert.deepEqual(elsewhere, [], 'requests to another origin');
            // The record covers the page, the Web Worker and the service worker.
            const urls = requests.map((r) => r.url());
            assert.ok(urls.some((u) => /\/boot-[0-9a-f]+\.js$/.test(u)), 'the start-up script');
            assert.ok(requests.some((r) => r.url().endsWith('/worker_bg.wasm') && !r.serviceWorker()), "the Web Worker's SQLite");
            assert.ok(requests.some((r) => r.serviceWorker()), "the service worker's requests");
            // And the server saw nothing outside the site.
            assert.ok(site.requests.every((u) => u.startsWith('/courses/joinery/')), site.requests.join('\n'));
          } finally {
            await context.close();
          }
        });

        test('the policy is enforced: no eval, no inline script or handler, no other origin', async () => {
          // Code of the page's own, from a script of this site (code Playwright evaluates is
          // exempt from the policy): the service worker is blocked so that the route serves it.
          const context = await browser.newContext({ serviceWorkers: 'block' });
          const probe = `${site.url}csp-probe.js`;
          await context.route(probe, (route) =>
            route.fulfill({
              contentType: 'text/javascript',
              body: `
                const outcome = (f) => { try { f(); return 'ran'; } catch (e) { return e.name; } };
                window.__probe = {
                  eval: outcome(() => eval('1')),
                  newFunction: outcome(() => new Function('return 1')()),
                };`,
            }),
          );
          await context.addInitScript(listenForViolations);
          const page = await context.newPage();
          try {
            await page.goto(site.url + '#/scratch');
            await page.locator('.engine[data-state="ready"]').waitFor({ timeout: 30_000 });
            assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'the app itself needs no exception');

            await page.evaluate(async (src) => {
              const loaded = new Promise((ok, fail) => {
                const script = Object.assign(document.createElement('script'), { src, onload: ok, onerror: fail });
                document.head.append(script);
              });
              await loaded;
              const inline = document.createElement('script');
              inline.textContent = 'window.__inlineRan = true;';
              document.head.append(inline);
              const button = document.createElement('button');
              button.setAttribute('onclick', 'window.__handlerRan = true;');
              document.body.append(button);
              button.click();
              button.remove();
              // (Refused either way; the connect-src violation below is what shows the policy.)
              window.__fetchElsewhere = await fetch('http://localhost:9/').then(() => 'fetched', (e) => e.name);
            }, probe);
            const outcome = await page.evaluate(() => ({
              probe: window.__probe,
              inline: window.__inlineRan ?? false,
              handler: window.__handlerRan ?? false,
              fetchElsewhere: window.__fetchElsewhere,
            }));
            assert.deepEqual(outcome, {
              probe: { eval: 'EvalError', newFunction: 'EvalError' },
              inline: false,
              handler: false,
              fetchElsewhere: 'TypeError',
            });
            const blocked = new Set((await page.evaluate(() => window.__cspViolations)).map((v) => v.split(' ')[0]));
            for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'connect-src']) {
              assert.ok(blocked.has(directive), `a ${directive} violation is reported: ${[...blocked]}`);
            }
          } finally {
            await context.close();
          }
        });
      });
    }
  });
}
