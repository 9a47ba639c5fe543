// What an anonymous caller can aim at: every page under app/ (read from the file system) and every
// GET route of API_ROUTES, each with its dynamic segments filled from real ids, and the signed-in
// data that must never reach such a caller. A page or route whose segment has no real value here
// makes the suite fail, so nothing new goes uncovered.
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { API_ROUTES } from "../../lib/http/api-routes";
import { DEMO_USERS } from "../../lib/users/demo-users";
import { CONTACTS } from "../../prisma/seed-data/contacts";

/** Pages anyone may open; every other page answers an anonymous caller with the way to sign in. */
export const PUBLIC_PAGES = new Set(["/invitation", "/offline", "/sign-in"]);

/** Public pages with no page file under app/: server.ts answers them itself (lib/public-status/serve.ts). */
export const SERVER_PAGES = ["/status/public"];

/** Routes anyone may call (their own check is a signature, or there is nothing private in them). */
export const PUBLIC_ROUTES = new Set([
  "/api/auth/{nextauth*}",
  "/api/calendar.ics",
  "/api/escalations/{id}/email-acknowledgement",
  "/api/health",
  "/api/openapi.json",
  "/api/plan/schema.json",
  "/status/public.atom",
  "/status/public.json",
  "/serwist/{path}",
]);

/** Text that only a signed-in caller may read: every demo user's name and every contact's phone. */
export const SIGNED_IN_SECRETS: readonly string[] = [
  ...DEMO_USERS.map((user) => user.name),
  ...CONTACTS.flatMap((contact) => (contact.phone ? [contact.phone] : [])),
];

/**
 * One secret the contacts page shows every signed-in caller: a vendor's line, which no spec edits
 * (e2e/plan-history.spec.ts replaces the incident commander's number).
 */
export const VENDOR_PHONE = CONTACTS.find((contact) => contact.key === "aws-support")?.phone ?? "no such contact";

/** Real values for a dynamic segment, by the segment before it (`incidents/[id]`, `runbooks/[key]`). */
export type SegmentValues = Record<string, readonly string[]>;

type Segment = { kind: "static"; name: string } | { kind: "dynamic"; param: string; collection: string };

export type PageTarget = {
  /** The route file's folders under app/, groups included: what Next's router state tree names. */
  file: string;
  group: string;
  path: string;
  /** The page as Next's client names it in `Next-Router-State-Tree`. */
  routerStateTree: string;
};

export type RouteTarget = { template: string; path: string };

function dynamicValues(values: SegmentValues, collection: string, param: string, where: string): readonly string[] {
  const found = values[collection];
  if (!found?.length) throw new Error(`No real value for [${param}] after "${collection}" in ${where}: give the reach suite one.`);
  return found;
}

function pageFolders(appDirectory: string): string[][] {
  return readdirSync(appDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => file === "page.tsx" || file.endsWith(`${sep}page.tsx`))
    .map((file) => file.split(sep).slice(0, -1))
    .sort((a, b) => a.join("/").localeCompare(b.join("/")));
}

function segmentsOf(folders: string[]): Segment[] {
  return folders.map((folder, index) => {
    const dynamic = folder.match(/^\[(\w+)\]$/);
    if (folder.startsWith("[") && !dynamic) throw new Error(`The reach suite does not know the segment ${folder}: teach it.`);
    return dynamic ? { kind: "dynamic", param: dynamic[1], collection: folders[index - 1] ?? "" } : { kind: "static", name: folder };
  });
}

// The client's FlightRouterState, as next/dist/client/flight-data-helpers.js sends it: a tuple
// [segment, { children: child }] per level, dynamic segments as [param, value, "d", null], the page
// as "__PAGE__", the root as "".
type RouterSegment = string | [string, string, "d", null];
type RouterState = [RouterSegment, Record<string, RouterState>];

function routerStateTree(levels: RouterSegment[]): string {
  const page: RouterState = ["__PAGE__", {}];
  const tree = levels.reduceRight<RouterState>((child, segment) => [segment, { children: child }], page);
  return encodeURIComponent(JSON.stringify(["", { children: tree }]));
}

/** Every page under app/, once for each real value of its dynamic segments. */
export function pageTargets(appDirectory: string, values: SegmentValues): PageTarget[] {
  return pageFolders(appDirectory).flatMap((folders) => {
    const file = ["app", ...folders, "page.tsx"].join("/");
    const filled = segmentsOf(folders).reduce<{ path: string[]; tree: RouterSegment[] }[]>(
      (variants, segment) => {
        if (segment.kind === "static") {
          const inPath = /^\(.*\)$/.test(segment.name) ? [] : [segment.name];
          return variants.map(({ path, tree }) => ({ path: [...path, ...inPath], tree: [...tree, segment.name] }));
        }
        const options = dynamicValues(values, segment.collection, segment.param, file);
        return variants.flatMap(({ path, tree }) =>
          options.map((value) => ({ path: [...path, encodeURIComponent(value)], tree: [...tree, [segment.param, value, "d", null] as RouterSegment] })),
        );
      },
      [{ path: [], tree: [] }],
    );
    return filled.map(({ path, tree }) => ({
      file,
      group: folders[0]?.startsWith("(") ? folders[0] : "(root)",
      path: `/${path.join("/")}`,
      routerStateTree: routerStateTree(tree),
    }));
  });
}

/** Every GET route of API_ROUTES, once for each real value of its parameters. */
export function getRouteTargets(values: SegmentValues): RouteTarget[] {
  return Object.entries(API_ROUTES)
    .filter(([, methods]) => methods.includes("GET"))
    .flatMap(([template]) => {
      const parts = template.split("/");
      return parts
        .reduce<string[][]>((variants, part, index) => {
          const param = part.match(/^\{(\w+)\*?\}$/)?.[1];
          if (!param) return variants.map((variant) => [...variant, part]);
          const options = dynamicValues(values, parts[index - 1], param, template);
          return variants.flatMap((variant) => options.map((value) => [...variant, ...value.split("/").map(encodeURIComponent)]));
        }, [[]])
        .map((path) => ({ template, path: path.join("/") }));
    });
}

export const APP_DIRECTORY = join(process.cwd(), "app");
