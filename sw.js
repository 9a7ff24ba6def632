// Joinery's service worker: the site keeps working offline after a first visit.
//
// Network first, cache as the fallback: while online every request goes to the server (so a
// new build is picked up on the next load) and a copy of each same-origin answer is kept;
// offline, the kept copy answers. The page also sends the list of everything it loaded
// before this worker took control, so that the first visit is covered too.
const CACHE = 'joinery-v1';

// Before taking over, keep the page and both programs (the app's hashed files are read off
// the page; the worker's files have fixed names), all or nothing.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const page = await (await fetch('./', { cache: 'no-cache' })).text();
      const assets = [...page.matchAll(/(?:href|src|from|module_or_path:)\s*=?\s*["']\.\/([^"'#?]+)["']/g)].map((m) => './' + m[1]);
      await cache.addAll(['./', './sql-editor.js', './worker_loader.js', './worker.js', './worker_bg.wasm', './rewriter_loader.js', './rewriter.js', './rewriter_bg.wasm', ...new Set(assets)]);
      await self.skipWaiting();
    })(),
  );
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function sameOrigin(url) {
  return new URL(url).origin === self.location.origin;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          // A put that fails (the page went away mid-download) keeps nothing; it is no error.
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => undefined));
        }
        return response;
      })
      .catch(() =>
        caches.match(request, { ignoreSearch: true }).then((hit) => hit || Response.error()),
      ),
  );
});

self.addEventListener('message', (event) => {
  const urls = (event.data && event.data.cache) || [];
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        // Only what is not kept yet: fetching again what the fetch handler already keeps
        // would race with it.
        urls.filter(sameOrigin).map((url) =>
          cache.match(url).then((hit) =>
            hit || fetch(url).then((response) => (response.ok ? cache.put(url, response) : undefined), () => undefined),
          ),
        ),
      ),
    ),
  );
});
