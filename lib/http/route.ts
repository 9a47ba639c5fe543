// Route handlers stay thin: they say who may call them, parse the request, call one domain function,
// and let this module turn its errors into a status code and a JSON message. Every API route is
// wrapped in authenticatedRoute (the default) or publicRoute (said out loud), so no route can forget
// to check its caller; lib/http/api-routes.test.ts fails when one is neither.
import { getCaller } from "@/lib/auth/session";
import { asDomainError } from "@/lib/database/errors";
import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { CROSS_SITE_REFUSED, isSameOrigin } from "@/lib/http/same-origin";
import type { SignedInUser } from "@/lib/users/data";

/** The largest request body Muster reads; anything larger is refused before it is held in memory. */
export const MAX_BODY_BYTES = 1024 * 1024;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type RouteAccess = "signed-in" | "public";
type Context<Params> = { params: Promise<Params> };
type NextHandler<Params> = ((request: Request, context: Context<Params>) => Promise<Response>) & { access: RouteAccess };

export function errorResponse(error: unknown): Response {
  const known = asDomainError(error);
  if (known) {
    const headers: HeadersInit = known.retryAfterSeconds ? { "retry-after": String(known.retryAfterSeconds) } : {};
    return Response.json(
      { error: known.message, field: known.field, current: known.current },
      { status: HTTP_STATUS[known.kind], headers },
    );
  }
  console.error(error);
  return Response.json({ error: "Something went wrong on the server." }, { status: 500 });
}

function wrap<Params>(access: RouteAccess, run: (request: Request, params: Params) => Promise<Response>): NextHandler<Params> {
  const handler = async (request: Request, context: Context<Params>) => {
    try {
      return await run(request, await context.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(handler, { access });
}

/**
 * A route for signed-in callers (session cookie or API token). A write riding on the cookie must
 * come from Muster's own pages; the handler gets the caller.
 */
export function authenticatedRoute<Params = Record<string, never>>(
  handler: (input: { request: Request; params: Params; user: SignedInUser }) => Promise<Response>,
): NextHandler<Params> {
  return wrap<Params>("signed-in", async (request, params) => {
    const { user, via } = await getCaller();
    if (via !== "token" && !SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) {
      throw new DomainError("forbidden", CROSS_SITE_REFUSED);
    }
    if (!user) throw new DomainError("unauthenticated", "Sign in to continue.");
    return handler({ request, params, user });
  });
}

/** A route anyone may call, with no session: the public status page, health, signed links. */
export function publicRoute<Params = Record<string, never>>(
  handler: (input: { request: Request; params: Params }) => Promise<Response>,
): NextHandler<Params> {
  return wrap<Params>("public", (request, params) => handler({ request, params }));
}

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(";")[0].trim().toLowerCase() ?? "";
  return type === "application/json" || type.endsWith("+json");
}

/** The request's body as text, at most 1 MiB; for bodies that are not JSON (the plan as YAML). */
export async function readLimited(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge() {
  return new DomainError("too_large", `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
}

/** The request's JSON body (at most 1 MiB, sent as application/json); an empty body is `{}`. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await readLimited(request);
  if (!text) return {};
  if (!isJson(request.headers.get("content-type"))) {
    throw new DomainError("unsupported_media_type", "Send the request body as JSON, with Content-Type: application/json.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("invalid", "The request body is not valid JSON.");
  }
}
