// The service worker: keeps every file of one build in a cache so the checker
// works offline. scripts/post-build.mjs fills in the version and the file list.
// It sends nothing anywhere: it only stores and serves the app's own files.
//
// It stays in its lane: it answers only for the app's own page (/ and
// /index.html, with any query) and the app's own files (the list below, and
// the language packs). Every other request on the origin (the embedding guide,
// questionnaire.json, any page of a site that shares the origin) goes to the
// network untouched.
//
// A page open across an update keeps its own build: each page is marked, in
// the cache it was served from, by its client id, and its later requests (a
// language pack, say) are served from that cache. An older cache is deleted
// once no open page was served from it.

const VERSION = "__VERSION__";
const FILES = __FILES__;
const PREFIX = "spasm-triage-";
const CACHE = `${PREFIX}${VERSION}`;
/** The app's page, stored once as "/"; its addresses. */
const PAGE = "/";
const PAGES = new Set(["/", "/index.html"]);
const OWN_FILES = new Set(FILES);
const isLanguagePack = (path) => /^\/lang-[a-z]+\.js$/.test(path);
/** The key, in a build's cache, that marks a page as served from that build. */
const MARK = "/.spasm-triage-page/";
const markOf = (clientId) => `${MARK}${encodeURIComponent(clientId)}`;

/** This worker's caches: its own and older builds'. */
const ourCaches = async () => (await caches.keys()).filter((key) => key.startsWith(PREFIX));

/** The cache the page `clientId` was served from, if it is still here. */
async function cacheOf(clientId) {
  if (clientId) {
    for (const key of await ourCaches()) {
      const cache = await caches.open(key);
      if (await cache.match(markOf(clientId))) return key;
    }
  }
  return undefined;
}

/** Marks the page `clientId` as served from the cache `key`. */
async function mark(key, clientId) {
  if (clientId) await (await caches.open(key)).put(markOf(clientId), new Response(""));
}

// Whether older caches may be waiting to be deleted.
let tidy = false;
let tidying;

/** Deletes each older cache that no open page was served from. Runs one at a
 * time, and only while there may be something to delete. (A build's marks stay
 * in its cache, a few bytes each, and go with it: a mark is written while its
 * page is still being loaded, before the page is listed as open.) */
function tidyUp() {
  if (tidy) return Promise.resolve();
  tidying ??= (async () => {
    const open = new Set((await self.clients.matchAll({ type: "window", includeUncontrolled: true })).map((client) => markOf(client.id)));
    let kept = 0;
    for (const key of await ourCaches()) {
      if (key === CACHE) continue;
      const marks = (await (await caches.open(key)).keys()).map((request) => new URL(request.url).pathname);
      if (marks.some((path) => open.has(path))) kept += 1;
      else await caches.delete(key);
    }
    tidy = kept === 0;
  })().finally(() => {
    tidying = undefined;
  });
  return tidying;
}

// Install: fetch the whole new build into its own cache. If any file fails, the
// install fails and the old version stays in charge (or, on a first visit, the
// next visit tries again).
self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

// Activate: only now, with the new cache complete, take charge. A page already
// open that no build has marked (the first visit, loaded from the network before
// any worker) is this build's. Older caches stay while a page served from them
// is open.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const pages = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      for (const page of pages) if (!(await cacheOf(page.id))) await mark(CACHE, page.id);
      tidy = false;
      await tidyUp();
      await self.clients.claim();
    })(),
  );
});

/** The response to a request for the app's page or one of its files: the page
 * from the newest build, a file from the cache of the build the page asking for
 * it was served from. */
async function respond(event, path) {
  const request = event.request;
  const page = PAGES.has(path);
  const key = page ? CACHE : ((await cacheOf(event.clientId)) ?? CACHE);
  const cache = await caches.open(key);
  const cached = await cache.match(page ? PAGE : request, { ignoreSearch: true });
  if (cached) {
    if (page && event.resultingClientId) event.waitUntil(mark(CACHE, event.resultingClientId));
    return cached;
  }
  // Not here (a language pack not used before, or a file the browser dropped):
  // from the network. A language pack is then kept for offline use, but only
  // for the newest build: an older page must not keep a newer build's pack.
  const response = await fetch(request);
  if (response.ok && key === CACHE && isLanguagePack(path)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const path = url.pathname;
  const ours = PAGES.has(path) || OWN_FILES.has(path) || isLanguagePack(path);
  // Anything else on this origin is none of the checker's business.
  if (!ours) return;
  event.respondWith(respond(event, path));
  event.waitUntil(tidyUp());
});
