// The service worker: keeps every file of one build in a cache so the checker
// works offline. scripts/post-build.mjs fills in the version and the file list.
// It sends nothing anywhere: it only stores and serves the app's own files.

const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `spasm-triage-${VERSION}`;

// Install: fetch the whole new build into its own cache. If any file fails, the
// install fails and the old version stays in charge.
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

// Activate: only now, with the new cache complete, delete older versions.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("spasm-triage-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Serve from the cache first. A page address with options (?lang=...) is the same
// page, and any other page address gets the app. A request the cache cannot answer
// (a language pack not used before, or a file the browser dropped) goes on to the
// network unchanged; a language pack is then kept for offline use.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = (await cache.match(request, { ignoreSearch: true })) ?? (request.mode === "navigate" ? await cache.match("/") : undefined);
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok && /^\/lang-[a-z]+\.js$/.test(url.pathname)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
