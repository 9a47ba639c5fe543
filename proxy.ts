// Every answer leaves with Muster's security headers, and only the methods a path serves reach
// Next: pages answer GET and HEAD and same-origin server actions; route handlers answer what
// lib/http/api-routes.ts lists. Authorisation stays with the pages and routes themselves.
import { NextResponse, type NextRequest } from "next/server";
import { isInfrastructurePath, methodNotAllowedMessage, methodVerdict, NO_SUCH_ROUTE } from "@/lib/http/method-policy";
import { CROSS_SITE_REFUSED, isSameOrigin } from "@/lib/http/same-origin";
import { contentSecurityPolicy, newNonce, NO_CONTENT_POLICY, NONCE_HEADER, securityHeaders } from "@/lib/http/security-headers";

function refusal(status: number, error: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json({ error }, { status, headers: { ...headers, ...securityHeaders(NO_CONTENT_POLICY) } });
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!isInfrastructurePath(pathname)) {
    const verdict = methodVerdict(request.method, pathname, request.headers.has("next-action"));
    if (verdict.kind === "not_allowed") return refusal(405, methodNotAllowedMessage(request.method, verdict.allow), { Allow: verdict.allow });
    if (verdict.kind === "no_such_route") return refusal(404, NO_SUCH_ROUTE);
    // Next refuses a foreign server action by throwing (a 500); the refusal belongs here, in words.
    if (verdict.kind === "server_action" && !isSameOrigin(request.headers)) return refusal(403, CROSS_SITE_REFUSED);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  // Next reads the nonce for its own scripts from the request's policy.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders(policy))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Socket.IO answers its own path before Next sees it.
  matcher: ["/((?!socket\\.io/).*)"],
};
