// Which HTTP methods each path answers, for the proxy and the server alike: a page answers GET and
// HEAD (and POST only as a server action); a route handler answers what API_ROUTES lists, plus HEAD
// beside GET and OPTIONS (which Next answers itself). Anything else is a 405 that says what is allowed.
import { API_ROUTES, routeTemplate } from "@/lib/http/api-routes";

export const PAGE_METHODS = ["GET", "HEAD"] as const;

export type MethodVerdict =
  | { kind: "allowed" }
  | { kind: "server_action" }
  | { kind: "not_allowed"; allow: string }
  | { kind: "no_such_route" };

/** Paths Next serves as files or Socket.IO answers itself: the policy leaves them alone. */
export function isInfrastructurePath(pathname: string): boolean {
  return pathname.startsWith("/_next/") || pathname.startsWith("/socket.io/") || pathname === "/socket.io";
}

function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** The methods a route handler answers, in the order an Allow header lists them. */
export function routeMethods(template: string): string[] {
  const methods: string[] = [...API_ROUTES[template]];
  if (methods.includes("GET")) methods.splice(methods.indexOf("GET") + 1, 0, "HEAD");
  return [...methods, "OPTIONS"];
}

/** Whether this method may reach Next for this path, and if not, what to answer instead. */
export function methodVerdict(method: string, pathname: string, hasActionHeader: boolean): MethodVerdict {
  const verb = method.toUpperCase();
  const template = routeTemplate(pathname);
  if (template) {
    const allowed = routeMethods(template);
    return allowed.includes(verb) ? { kind: "allowed" } : { kind: "not_allowed", allow: allowed.join(", ") };
  }
  if (isApiPath(pathname)) return { kind: "no_such_route" };
  if ((PAGE_METHODS as readonly string[]).includes(verb)) return { kind: "allowed" };
  if (verb === "POST" && hasActionHeader) return { kind: "server_action" };
  return { kind: "not_allowed", allow: PAGE_METHODS.join(", ") };
}

export function methodNotAllowedMessage(method: string, allow: string): string {
  return `${method.toUpperCase()} is not allowed here; this address answers ${allow}.`;
}

export const NO_SUCH_ROUTE = "There is no API route at this address. The routes are listed at /api/openapi.json.";
