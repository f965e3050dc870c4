// Coroscope's service worker: after the first visit the playground loads and runs with the network
// off. Hashed assets (assets/*) never change, so they come from the cache first; the pages and
// everything else come from the network when it answers (a new version shows at once) and from
// the cache when it does not. The page sends the files it loaded before this worker took control
// (see main.ts), so those are cached too.
const CACHE = 'coroscope-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache') return;
  const urls = event.data.urls.filter((u) => new URL(u).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((u) => cache.add(u).catch(() => {})))));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const immutable = url.pathname.includes('/assets/');
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const key = request.mode === 'navigate' ? new URL('./', self.location.href).href : request;
      const cached = await cache.match(key, { ignoreSearch: true, ignoreVary: true });
      if (immutable && cached) return cached;
      try {
        const response = await fetch(request);
        if (response.ok) cache.put(key, response.clone());
        return response;
      } catch (error) {
        if (cached) return cached;
        throw error;
      }
    }),
  );
});
