// Shared by the service worker and the page (which empties these caches on sign-out).

/** Pages as of their last visit, and the payloads Next moves between them with. */
export const PAGES_CACHE = "muster-pages";
/** The API reads the war room and the plan pages make. */
export const READS_CACHE = "muster-reads";
/** What a page never visited shows offline. */
export const OFFLINE_PAGE = "/offline";
/** Where the worker is served, with its scope the whole app. */
export const WORKER_URL = "/serwist/sw.js";
