import "server-only";
// GET and HEAD of the public status page, its JSON and its feed, answered by server.ts from the
// in-memory snapshot before Next sees the request: no rendering, no compressing, no database, and
// a 304 to a client or cache that already holds the current bytes.
import { routeMethods } from "@/lib/http/method-policy";
import { hashedPagePolicy, NO_CONTENT_POLICY, securityHeaders } from "@/lib/http/security-headers";
import { PAGE_SCRIPT_SOURCES } from "@/lib/public-status/html";
import { publicSnapshot, type PublicBody, type PublicSnapshot } from "@/lib/public-status/snapshot";

/** A status page a few seconds old is still right; within this, browsers and caches ask nobody. */
const FRESH_SECONDS = 10;
/** Then a cache answers from what it holds while it asks Muster once: a crowd never waits on it. */
const REVALIDATE_SECONDS = 30;
/** And for a day if Muster stops answering (RFC 5861): the page matters most in an outage. */
const STALE_IF_ERROR_SECONDS = 86_400;
export const PUBLIC_STATUS_CACHE_CONTROL = `public, max-age=${FRESH_SECONDS}, stale-while-revalidate=${REVALIDATE_SECONDS}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
/** When there is nothing to show yet, ask again after this long. */
const RETRY_AFTER_SECONDS = 30;

const SERVED: Record<string, { body: keyof Omit<PublicSnapshot, "version" | "view">; policy: () => string; route: boolean }> = {
  "/status/public": { body: "html", policy: () => hashedPagePolicy(PAGE_SCRIPT_SOURCES), route: false },
  "/status/public.json": { body: "json", policy: () => NO_CONTENT_POLICY, route: true },
  "/status/public.atom": { body: "atom", policy: () => NO_CONTENT_POLICY, route: true },
};

export function isPublicStatusPath(pathname: string): boolean {
  return Object.hasOwn(SERVED, pathname);
}

export type PublicAnswer = { status: number; headers: Record<string, string>; body: Buffer | null };

/** Whether an If-None-Match header names one of these tags (weakly, as RFC 9110 compares for it). */
function matches(ifNoneMatch: string | undefined, etags: string[]): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const candidate = tag.trim();
    return candidate === "*" || etags.includes(candidate.replace(/^W\//, ""));
  });
}

/** Whether Accept-Encoding takes gzip (named without q=0). */
function takesGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((entry) => {
    const [coding, ...parameters] = entry.split(";").map((part) => part.trim().toLowerCase());
    return coding === "gzip" && !parameters.some((parameter) => /^q=0(\.0*)?$/.test(parameter));
  });
}

export type PublicRequestHeaders = { "if-none-match"?: string; "accept-encoding"?: string };

function answerWith(body: PublicBody, method: string, request: PublicRequestHeaders, policy: string): PublicAnswer {
  const headers: Record<string, string> = { ...securityHeaders(policy), "Content-Type": body.contentType };
  const bytesOf = (bytes: Buffer) => (method === "HEAD" ? null : bytes);
  if (body.status !== 200) {
    return { status: body.status, headers: { ...headers, "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" }, body: bytesOf(body.bytes) };
  }
  const gzip = takesGzip(request["accept-encoding"]);
  const chosen = gzip ? body.gzip : body;
  Object.assign(headers, { ETag: chosen.etag, "Cache-Control": PUBLIC_STATUS_CACHE_CONTROL, Vary: "Accept-Encoding" });
  // Either encoding's tag is the same state: whoever holds one holds the current page.
  if (matches(request["if-none-match"], [body.etag, body.gzip.etag])) return { status: 304, headers, body: null };
  if (gzip) headers["Content-Encoding"] = "gzip";
  return { status: 200, headers: { ...headers, "Content-Length": String(chosen.bytes.length) }, body: bytesOf(chosen.bytes) };
}

/**
 * The answer for one of the public status addresses, or null for any other path or a method Next
 * should refuse (it says 405 with what is allowed). OPTIONS of the JSON and the feed says what
 * they answer, as Next does for a route.
 */
export async function answerPublicStatus(pathname: string, method: string, request: PublicRequestHeaders = {}): Promise<PublicAnswer | null> {
  if (!isPublicStatusPath(pathname)) return null;
  const served = SERVED[pathname];
  if (method === "OPTIONS" && served.route) {
    return { status: 204, headers: { ...securityHeaders(NO_CONTENT_POLICY), Allow: routeMethods(pathname).join(", ") }, body: null };
  }
  if (method !== "GET" && method !== "HEAD") return null;
  const snapshot = await publicSnapshot();
  return answerWith(snapshot[served.body], method, request, served.policy());
}
