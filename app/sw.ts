/// <reference lib="webworker" />
// Muster's service worker (bundled by app/serwist/[path]/route.ts): the build's scripts and styles
// precached; pages and the reads the war room and the plan pages make kept as of their last visit,
// answered from the network first and from that copy when it is out of reach. Writes and sign-in
// always go to the network; the page queues writes made offline (components/offline/).
import type { PrecacheEntry, SerwistGlobalConfig } from "serwist";
import { CacheableResponsePlugin, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist } from "serwist";
import { OFFLINE_PAGE, PAGES_CACHE, READS_CACHE } from "@/components/offline/cache-names";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}

declare const self: ServiceWorkerGlobalScope;

// Past this the copy is what counts: a phone on one bar of signal should not wait on it.
const NETWORK_TIMEOUT_SECONDS = 3;
const DAY_SECONDS = 24 * 60 * 60;

// Signing in needs the network, and a copy of the form would hold a spent CSRF token.
const NEVER_KEPT_PAGES = ["/sign-in", "/invitation"];

// The reads a war room and the plan pages make; every other API answer stays uncached.
const OFFLINE_READS = [
  /^\/api\/incidents\/[^/]+$/,
  /^\/api\/incidents\/[^/]+\/events$/,
  /^\/api\/contacts$/,
  /^\/api\/escalation-levels$/,
  /^\/api\/runbooks(\/[^/]+)?$/,
  /^\/api\/services$/,
];

const keptOk = () => [new CacheableResponsePlugin({ statuses: [200] })];

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ url }) => url.pathname.startsWith("/api/auth/"), handler: new NetworkOnly() },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && OFFLINE_READS.some((read) => read.test(url.pathname)),
      method: "GET",
      handler: new NetworkFirst({
        cacheName: READS_CACHE,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [...keptOk(), new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 7 * DAY_SECONDS })],
      }),
    },
    { matcher: ({ url }) => url.pathname.startsWith("/api/"), handler: new NetworkOnly() },
    {
      // Pages, and the payloads Next fetches to move between them (not its prefetches: a page is
      // kept once it has been opened).
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin &&
        !url.pathname.startsWith("/_next/") &&
        !NEVER_KEPT_PAGES.includes(url.pathname) &&
        (request.mode === "navigate" || (request.headers.get("RSC") === "1" && !request.headers.has("Next-Router-Prefetch"))),
      method: "GET",
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
        plugins: [...keptOk(), new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 7 * DAY_SECONDS })],
      }),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }] },
});

serwist.addEventListeners();
