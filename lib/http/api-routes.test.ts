import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, routeTemplate, SERVED_BY_SERVER } from "@/lib/http/api-routes";
import type { RouteAccess } from "@/lib/http/route";

const APP = path.resolve(import.meta.dirname, "../../app");
const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];
// next-auth answers its own sign-in, callback and session requests.
const NEXT_AUTH = "/api/auth/{nextauth*}";
const PUBLIC_ROUTES = [
  "/api/calendar.ics",
  "/api/health",
  "/api/openapi.json",
  "/api/plan/schema.json",
  "/status/public.json",
  "/status/public.atom",
  "/api/escalations/{id}/email-acknowledgement",
  "/api/invitations/accept",
  "/serwist/{path}",
];

/** app/(public)/status/public.json/route.ts → /status/public.json; [id] → {id}; [...x] → {x*}. */
function templateOf(file: string): string {
  const segments = path
    .dirname(path.relative(APP, file))
    .split(path.sep)
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) => segment.replace(/^\[\.\.\.(\w+)\]$/, "{$1*}").replace(/^\[(\w+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}

const routeFiles = readdirSync(APP, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => path.join(APP, file));

type Handler = ((...args: unknown[]) => unknown) & { access?: RouteAccess };

async function servedRoutes() {
  const served: Record<string, { methods: string[]; handlers: Record<string, Handler> }> = {};
  for (const file of routeFiles) {
    const exported: Record<string, unknown> = await import(file);
    const handlers = Object.fromEntries(
      HTTP_METHODS.filter((method) => typeof exported[method] === "function").map((method) => [method, exported[method] as Handler]),
    );
    served[templateOf(file)] = { methods: Object.keys(handlers).sort(), handlers };
  }
  return served;
}

describe("API_ROUTES", () => {
  it("lists every route handler in app/ with exactly the methods it exports, and the routes server.ts answers", async () => {
    const served = await servedRoutes();
    const listed = Object.fromEntries(Object.entries(API_ROUTES).map(([template, methods]) => [template, [...methods].sort()]));
    const byServer = Object.fromEntries(SERVED_BY_SERVER.map((template) => [template, ["GET"]]));
    expect({ ...Object.fromEntries(Object.entries(served).map(([template, { methods }]) => [template, methods])), ...byServer }).toEqual(listed);
  });

  it("says who may call every handler, and only the allow-list is public", async () => {
    const served = await servedRoutes();
    const publicOnes = new Set<string>();
    for (const [template, { handlers }] of Object.entries(served)) {
      if (template === NEXT_AUTH) continue;
      for (const [method, handler] of Object.entries(handlers)) {
        expect(handler.access, `${method} ${template}`).toMatch(/^(signed-in|public)$/);
        if (handler.access === "public") publicOnes.add(template);
      }
    }
    expect([...publicOnes, ...SERVED_BY_SERVER].sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it("finds the template a request path belongs to", () => {
    expect(routeTemplate("/api/incidents/abc/review/services/core-api/data-loss")).toBe("/api/incidents/{id}/review/services/{key}/data-loss");
    expect(routeTemplate("/api/auth/callback/credentials")).toBe(NEXT_AUTH);
    expect(routeTemplate("/status/public.json")).toBe("/status/public.json");
    expect(routeTemplate("/status/publicXjson")).toBeNull();
    expect(routeTemplate("/api/incidents/abc/unknown")).toBeNull();
  });
});
