// The headers every answer leaves with (proxy.ts for what Next serves, server.ts for what it
// answers itself), and the page's Content-Security-Policy with a per-request nonce, as in Next's
// CSP guide: the proxy puts the nonce in the request, Next and app/layout.tsx read it from there.
// The public status page, one body for everyone, allows its one script by hash instead.

/** The request header the root layout reads this request's nonce from. */
export const NONCE_HEADER = "x-nonce";

// HSTS for a year once Muster is served over https (RFC 6797).
const HSTS = "max-age=31536000; includeSubDomains";

function servedOverHttps(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts run only from Muster's origin or with this request's nonce ('strict-dynamic' lets Next's
 * nonced loader add its chunks). Inline style attributes stay allowed: React sets them and they
 * cannot carry a nonce. Development needs eval for React's error overlays.
 */
export function contentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  return pagePolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`);
}

/**
 * A page rendered once and served to everyone (the public status page): only the inline scripts
 * with these hashes run, and no other script at all, not even Muster's own.
 */
export function hashedPagePolicy(scriptHashes: readonly string[]): string {
  return pagePolicy(scriptHashes.join(" "));
}

function pagePolicy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Named, not left to script-src: 'strict-dynamic' there would refuse the service worker.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(servedOverHttps() ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** An answer that is not a page (JSON, a refusal) needs no scripts at all. */
export const NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(policy: string): Record<string, string> {
  return {
    "Content-Security-Policy": policy,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // For browsers older than frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(servedOverHttps() ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
