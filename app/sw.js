// Praxis service worker: makes the app shell load offline.
//
// - install: fetch /index.html, pull out the hashed asset URLs the build wrote into it
//   (js, wasm, css, manifest, icon, and the modules of the pages that load only when
//   opened, listed in its #lazy-modules: Phase III must open offline even if this device
//   never opened it online) and cache them together with / and /index.html;
// - fetch: page navigations network-first, falling back to the cached /index.html (the
//   app is an SPA, so /c/<id> must open offline too) when offline or after a few seconds
//   of a stalled network; static assets cache-first;
//   /sync (the WebSocket), the relay's API (/api/…, per person and live), /healthz,
//   /metrics, the archive's pages (/archive…), /oai and non-GET requests are left
//   alone, and nothing marked no-store is kept;
// - activate: delete caches of older versions and take control of open pages;
// - static routes (where the browser has them): the build's hashed files are answered
//   from this cache by the browser itself, without running this script for each. An
//   open asks for some 40 wasm modules (the engine, the page and the chunks they share);
//   through the fetch handler they arrived over about 100 ms, and opening 10 posts
//   offline took 335 ms to the thread against 273 ms now (docs/PERFORMANCE.md).
//
// Community data lives in IndexedDB, never in this cache, so an app update never loses it.
// Bump VERSION when this file's logic changes; asset changes are picked up because the
// hashed names (main-<hash>.css, pkg-<hash>/) change index.html, and a new index.html is
// fetched on every online load.

"use strict";

const VERSION = "v4";
const CACHE = "praxis-shell-" + VERSION;
const SHELL = ["/", "/index.html"];
// The relay's live routes: never answered from a cache (v1 answered an invitation list
// from its cache, so a link just made did not appear). The archive's pages and OAI-PMH
// are the relay's own HTML and XML: served as the shell they would replace it (v2).
const LIVE = ["/sync", "/api", "/healthz", "/metrics", "/archive", "/oai"];
// Asset URLs as the build writes them into index.html: quoted in the loader script and
// the lazy-module list, unquoted in minified attributes (href=/main-<hash>.css).
const ASSET_PATTERN = /(?:["'`]|=)(\/[^"'`\s>?#]+\.(?:js|wasm|css|webmanifest|svg|png|ico))/g;

self.addEventListener("install", (event) => {
  // Hashed names never change content, so the cached copy is always right; a file not
  // (yet) cached goes to the network. Browsers without static routes use `cacheFirst`.
  const routes =
    typeof event.addRoutes === "function" && typeof URLPattern === "function"
      ? event
          .addRoutes(
            ["/pkg-*", "/main-*.css"].map((pathname) => ({
              condition: { urlPattern: new URLPattern({ pathname }), requestMethod: "get" },
              source: { cacheName: CACHE },
            })),
          )
          .catch((e) => console.warn("static routes not added", e))
      : Promise.resolve();
  event.waitUntil(Promise.all([routes, precache().then(() => self.skipWaiting())]));
});

async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("/index.html", { cache: "no-cache" });
  if (!response.ok) throw new Error("index.html: HTTP " + response.status);
  const html = await response.clone().text();
  const assets = new Set();
  for (const match of html.matchAll(ASSET_PATTERN)) assets.add(match[1]);
  await cache.put("/index.html", response.clone());
  await cache.put("/", response);
  await cache.addAll([...assets]);
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("praxis-shell-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (LIVE.some((prefix) => url.pathname === prefix || url.pathname.startsWith(prefix + "/"))) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(event));
  } else {
    event.respondWith(cacheFirst(request));
  }
});

// Navigations: the newest shell when online (so updates arrive), the cached one offline.
// On a link that is up but crawling (common in the field) the cached shell is served
// after NAVIGATION_TIMEOUT_MS, and the network answer still refreshes the cache.
const NAVIGATION_TIMEOUT_MS = 4000;

function networkFirst(event) {
  let refreshed;
  const network = fetch(event.request).then((response) => {
    // The page gets the response at once; storing it (and any new assets) happens beside.
    // Only the app's own page is the shell: a navigation to anything else (say
    // /healthz typed in the address bar) must not replace it.
    if (response.ok && isHtml(response)) refreshed = storeShell(response.clone(), response.clone());
    return response;
  });
  // Keep the worker alive until the cache is refreshed, even if the cached copy won.
  event.waitUntil(network.then(() => refreshed).catch(() => undefined));
  return caches.match("/index.html").then((cached) => {
    if (!cached) return network; // first visit: nothing else to offer
    const slow = new Promise((resolve) => setTimeout(() => resolve(cached), NAVIGATION_TIMEOUT_MS));
    return Promise.race([network.catch(() => cached), slow]);
  });
}

async function storeShell(forIndex, forAssets) {
  const cache = await caches.open(CACHE);
  await cache.put("/index.html", forIndex);
  await cacheAssetsOf(cache, forAssets);
}

function isHtml(response) {
  return (response.headers.get("content-type") || "").startsWith("text/html");
}

// A fresh index.html may name new hashed assets: cache them now so the next offline load
// works, then drop the assets of older builds that no page can ask for any more.
async function cacheAssetsOf(cache, response) {
  try {
    const html = await response.text();
    const current = new Set([...html.matchAll(ASSET_PATTERN)].map((match) => match[1]));
    const missing = [];
    for (const asset of current) {
      if (!(await cache.match(asset))) missing.push(asset);
    }
    await cache.addAll(missing);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      if (!SHELL.includes(path) && !current.has(path)) await cache.delete(request);
    }
  } catch (e) {
    // Best effort: the next navigation tries again.
  }
}

// Hashed assets never change under the same name, so a cached copy is always right.
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  const noStore = /no-store/i.test(response.headers.get("cache-control") ?? "");
  if (response.ok && response.type === "basic" && !noStore) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}
