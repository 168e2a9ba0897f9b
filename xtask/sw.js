// missiekaart's service worker, written by `cargo xtask build`, which fills in the version (a
// hash of every file's content) and the list of files. It precaches the whole built site on
// install, removes caches of older versions on activate, and answers from the cache first, so
// that after one visit every page works offline, deep links included.
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

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('missiekaart-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const page = await cache.match(pageFile(url));
        if (page) return page;
        try {
          return await fetch(request);
        } catch {
          // Offline at a path the site does not have: the not-found page, as the host would.
          return (await cache.match(new URL('404.html', scope).href)) ?? Response.error();
        }
      }),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
