// missiekaart's service worker, written by `cargo xtask build`, which fills in the version (a
// hash of every built file's content) and the list of files to precache: the files the app
// itself uses (each page, so that deep links work offline, the scripts, the wasm, the
// stylesheet, the icons, the basemap). The preview cards, for link-preview crawlers, and the
// exports, which a reader asks for, are not among them: they come from the network the first
// time, and from the cache after that. It precaches on install, removes caches of versions
// before the previous one on activate, and answers from the cache first, so that after one
// visit every page works offline, deep links included.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `missiekaart-${VERSION}`;
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, scope).href)))
      .then(() => self.skipWaiting()),
  );
});

// A page opened before a deploy still runs the version it loaded, and the host no longer has
// that version's chunks: so the previous version's cache stays, and answers that page (see the
// fetch handler). Versions before it go. `missiekaart-meta` remembers which cache was current.
const META = 'missiekaart-meta';
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(META);
      const current = await meta.match('current');
      const previous = current ? await current.text() : null;
      if (previous !== CACHE) {
        await meta.put('current', new Response(CACHE));
        await meta.put('previous', new Response(previous ?? ''));
      }
      const kept = await meta.match('previous');
      const keep = new Set([CACHE, META, kept ? await kept.text() : '']);
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith('missiekaart-') && !keep.has(k)).map((k) => caches.delete(k)));
      await self.clients.claim();
    })(),
  );
});

// The file a static host would answer a page's path with: `missions/minusma/` and
// `missions/minusma` are `missions/minusma/index.html`.
function pageFile(url) {
  const file = new URL(url.href);
  file.search = '';
  file.hash = '';
  if (file.pathname.endsWith('/')) file.pathname += 'index.html';
  else if (!file.pathname.split('/').pop().includes('.')) file.pathname += '/index.html';
  return file.href;
}

// From the network, keeping a copy of a whole, successful answer for next time (a file that
// is not precached: a preview card, an export, a chunk no page has run before).
// The copy is written while the answer streams to the page, with the worker kept alive until
// it is done.
async function fetchAndKeep(event, cache, request, key) {
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') {
    event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const file = pageFile(url);
        const page = await cache.match(file);
        if (page) return page;
        try {
          // A page is precached, so this is a file opened directly (a card, an export) or a
          // path the site does not have, which stays uncached.
          return file.endsWith('/index.html') ? await fetch(request) : await fetchAndKeep(event, cache, request, file);
        } catch {
          // Offline at a path the site does not have: the not-found page, as the host would.
          return (await cache.match(new URL('404.html', scope).href)) ?? Response.error();
        }
      }),
    );
    return;
  }
  // This version's file, or the previous version's (a page opened before the deploy), or the
  // network.
  event.respondWith(
    caches
      .open(CACHE)
      .then(async (cache) => (await cache.match(request)) ?? (await caches.match(request)) ?? fetchAndKeep(event, cache, request, request)),
  );
});
