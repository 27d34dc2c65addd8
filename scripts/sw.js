// ottawa-explorer service worker: after the first visit the explainer works offline.
// `cargo xtask dist` writes this file into dist/ with the build's file list and version; a new
// deploy has a new version, whose activation deletes the old caches.
'use strict';
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = 'ottawa-explorer-' + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('ottawa-explorer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: the network first, so a new deploy shows at once; offline, the cached page
    // (that edition, or the English one for an address the cache does not hold).
    const cached = () => caches.match(request, { cacheName: CACHE, ignoreSearch: true })
      .then((hit) => hit || caches.match('./', { cacheName: CACHE, ignoreSearch: true }));
    event.respondWith(fetch(request).catch(cached));
    return;
  }
  // Hashed files never change: the cache first.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit || fetch(request)));
});
