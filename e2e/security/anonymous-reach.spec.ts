// No request shape reaches signed-in data without a session: every page (plain, and as a React
// Server Components request naming each other page, the way the client router asks for a sibling
// segment without its layout) and every GET route, answered with no demo user's name and no
// contact's phone in the body.
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { RECOVERY_RUNBOOKS } from "../../prisma/seed-data/recovery-runbooks";
import { SCENARIOS } from "../../prisma/seed-data/scenarios";
import { expect, signInThroughApi, test } from "../fixtures/authentication";
import { declareThroughApi } from "../fixtures/incidents";
import {
  APP_DIRECTORY,
  getRouteTargets,
  VENDOR_PHONE,
  pageTargets,
  PUBLIC_PAGES,
  PUBLIC_ROUTES,
  SERVER_PAGES,
  SIGNED_IN_SECRETS,
  type SegmentValues,
} from "./reach-targets";

// next-auth's own GET endpoints under /api/auth/.
const AUTH_ENDPOINTS = ["session", "csrf", "providers", "signin", "signout", "error"];

type Probe = { label: string; path: string; headers: Record<string, string>; isPublic: boolean; isPage: boolean };

/** Real ids an anonymous caller could know or guess, made and read as the admin. */
async function realSegmentValues(admin: APIRequestContext): Promise<SegmentValues> {
  const incident = await declareThroughApi(admin, { title: `Reach ${Date.now()}`, services: [{ key: "cdn", impact: "degraded" }] });
  expect((await admin.post(`/api/incidents/${incident.id}/escalation/escalate`, { data: { reason: "Reach suite" } })).status()).toBe(201);
  const events: { type: string; data: Record<string, unknown> }[] = await (await admin.get(`/api/incidents/${incident.id}/events?afterSeq=0`)).json();
  const escalationId = events.map((event) => event.data.escalationId).find((id): id is string => typeof id === "string");
  expect(escalationId, "escalate now records its escalation's id").toBeTruthy();
  const webhook = await admin.post("/api/webhooks", { data: { name: `Reach ${Date.now()}`, url: "http://127.0.0.1:9/reach" } });
  expect(webhook.status()).toBe(201);
  return {
    incidents: [incident.id],
    runbooks: RECOVERY_RUNBOOKS.map((runbook) => runbook.key),
    "quick-reference": SCENARIOS.map((scenario) => scenario.key),
    escalations: [escalationId as string],
    webhooks: [(await webhook.json()).id],
    auth: AUTH_ENDPOINTS,
    // A diff's two versions: the plan's first, which every plan has.
    versions: ["1.0"],
    diff: ["1.0"],
    serwist: ["sw.js"],
  };
}

function probes(values: SegmentValues): Probe[] {
  const pages = pageTargets(APP_DIRECTORY, values);
  const pageProbes = pages.flatMap((target) => {
    const base = { path: target.path, isPublic: PUBLIC_PAGES.has(target.path), isPage: true };
    const others = pages.filter((other) => other.file !== target.file);
    return [
      { ...base, label: `GET ${target.path}`, headers: {} },
      ...others.map((other) => ({
        ...base,
        label: `RSC ${target.path} from ${other.path}`,
        headers: { RSC: "1", "Next-Router-State-Tree": other.routerStateTree, "Next-Url": other.path },
      })),
      ...["1", "2"].map((prefetch) => ({
        ...base,
        label: `RSC prefetch ${prefetch} ${target.path}`,
        headers: { RSC: "1", "Next-Router-Prefetch": prefetch, "Next-Router-State-Tree": target.routerStateTree },
      })),
      {
        ...base,
        label: `RSC segment prefetch ${target.path}`,
        headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/_tree", "Next-Router-State-Tree": target.routerStateTree },
      },
    ];
  });
  const home = pages.find((page) => page.path === "/");
  const routeProbes = getRouteTargets(values).flatMap(({ template, path }) => {
    const base = { path, isPublic: PUBLIC_ROUTES.has(template), isPage: false };
    return [
      { ...base, label: `GET ${path}`, headers: {} },
      { ...base, label: `RSC ${path}`, headers: { RSC: "1", ...(home && { "Next-Router-State-Tree": home.routerStateTree }) } },
    ];
  });
  const serverPageProbes = SERVER_PAGES.flatMap((path) => {
    const base = { path, isPublic: true, isPage: true };
    return [
      { ...base, label: `GET ${path}`, headers: {} },
      { ...base, label: `RSC ${path}`, headers: { RSC: "1", ...(home && { "Next-Router-State-Tree": home.routerStateTree }) } },
    ];
  });
  return [...pageProbes, ...serverPageProbes, ...routeProbes];
}

/**
 * The probe's answer. Next answers a router request without its cache-busting `_rsc` parameter
 * with a redirect to the same address carrying it (the hash of the router headers); that one hop
 * is taken with the same headers, as the client router would.
 */
async function send(client: APIRequestContext, probe: Probe, count: (status: number) => void): Promise<APIResponse> {
  const first = await client.get(probe.path, { headers: probe.headers, maxRedirects: 0 });
  count(first.status());
  const location = first.headers()["location"];
  if (!location || !probe.headers.RSC) return first;
  const target = new URL(location, "http://muster.invalid");
  if (target.pathname !== probe.path || !target.searchParams.has("_rsc")) return first;
  const second = await client.get(`${target.pathname}${target.search}`, { headers: probe.headers, maxRedirects: 0 });
  count(second.status());
  return second;
}

function refusalProblem(probe: Probe, response: APIResponse): string | null {
  const status = response.status();
  if (status >= 500) return `${probe.label}: answered ${status}`;
  if (probe.isPublic) return null;
  if (!probe.isPage) return status === 401 ? null : `${probe.label}: answered ${status}, not 401`;
  // A page sends the anonymous caller to sign in: a redirect, or (for a router request) a 200 whose
  // flight payload carries only that redirect, which the secrets check below holds to.
  const location = response.headers()["location"];
  if (status >= 300 && status < 400 && !location?.startsWith("/sign-in")) return `${probe.label}: redirected to ${location}`;
  return null;
}

test("nobody without a session reads signed-in data from any page or GET route, however the request is shaped", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const adminContext = await browser.newContext();
  await signInThroughApi(adminContext, "admin");
  const values = await realSegmentValues(adminContext.request);

  const anonymous = await playwright.request.newContext({ baseURL });
  const all = probes(values);
  const statusCounts = new Map<number, number>();
  const problems: string[] = [];
  // A few at a time: enough to be quick, few enough for a shared two-core machine.
  for (let start = 0; start < all.length; start += 8) {
    await Promise.all(
      all.slice(start, start + 8).map(async (probe) => {
        const response = await send(anonymous, probe, (status) => statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1));
        const body = await response.text();
        const leaked = SIGNED_IN_SECRETS.filter((secret) => body.includes(secret));
        if (leaked.length) problems.push(`${probe.label}: ${response.status()} with ${leaked.join(", ")}`);
        const refusal = refusalProblem(probe, response);
        if (refusal) problems.push(refusal);
      }),
    );
  }
  await anonymous.dispose();

  // The control: the same shapes with a session do reach the contacts, so the absences above are
  // the server's refusals and not requests Next could not read.
  const contactProbes = all.filter((probe) => probe.path === "/contacts" && !probe.headers["Next-Router-Prefetch"]);
  for (const probe of contactProbes) {
    const body = await (await send(adminContext.request, probe, () => {})).text();
    expect(body, `${probe.label} with a session`).toContain(VENDOR_PHONE);
  }
  await adminContext.close();

  const counts = [...statusCounts].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`);
  const requests = [...statusCounts.values()].reduce((sum, count) => sum + count, 0);
  console.log(`Anonymous reach: ${all.length} probes, ${requests} requests (${counts.join(", ")})`);
  expect(problems).toEqual([]);
});

test("the suite covers every page file and every GET route, and the public ones are named", async () => {
  const values: SegmentValues = { incidents: ["an-incident"], runbooks: ["a-runbook"], "quick-reference": ["a-scenario"], escalations: ["an-escalation"], webhooks: ["a-webhook"], auth: ["session"], versions: ["1.0"], diff: ["1.1"], serwist: ["sw.js"] };
  const pages = pageTargets(APP_DIRECTORY, values);
  expect(pages.map((page) => page.file)).toContain("app/(app)/incidents/[id]/review/page.tsx");
  expect(pages.find((page) => page.file === "app/(app)/contacts/page.tsx")?.routerStateTree).toBe(
    encodeURIComponent(JSON.stringify(["", { children: ["(app)", { children: ["contacts", { children: ["__PAGE__", {}] }] }] }])),
  );
  for (const publicPage of PUBLIC_PAGES) expect(pages.map((page) => page.path)).toContain(publicPage);
  const routes = getRouteTargets(values).map((route) => route.template);
  for (const publicRoute of PUBLIC_ROUTES) expect(routes).toContain(publicRoute);
  // A segment the suite has no real value for is a failure, not a skipped page.
  expect(() => pageTargets(APP_DIRECTORY, { ...values, runbooks: [] })).toThrow(/No real value for \[key\]/);
});
