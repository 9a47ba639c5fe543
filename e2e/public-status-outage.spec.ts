// The public status page must keep answering when Muster's database is down. This spec runs a
// Muster of its own (the same production build, its own embedded database) so it can stop that
// database without disturbing the other specs.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInThroughApi } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const ORIGIN = `http://localhost:${PORT}`;
const HOME = ".muster/e2e-outage";

let server: ChildProcess;

test.beforeAll(async () => {
  rmSync(HOME, { recursive: true, force: true });
  // Its own embedded database even where the run was given a server.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  server = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/node-server-only.mjs", "server.ts"], {
    env: { ...env, NODE_ENV: "production", PORT: String(PORT), MUSTER_HOME: HOME, NEXTAUTH_URL: ORIGIN },
    // Its logs would be the expected connection errors of the outage.
    stdio: "ignore",
  });
  await expect.poll(async () => (await fetch(`${ORIGIN}/api/health`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  server.kill("SIGTERM");
  await new Promise((resolve) => server.once("exit", resolve));
});

/** Stops the embedded PostgreSQL as an outage would (fast shutdown), leaving Muster running. */
function stopDatabase() {
  const pid = Number(readFileSync(path.join(HOME, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGINT");
}

test("with the database stopped, the public page and its JSON answer with the last known state and its time", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { origin: ORIGIN } });
  await signInThroughApi(context, "commander");
  const { id } = await declareThroughApi(context.request, { title: "Storage outage", services: [{ key: "real-time-messaging", impact: "down" }] });
  const headline = "Messages are delayed";
  await context.request.post(`/api/incidents/${id}/status-updates`, { data: { audience: "public", subject: headline, body: "Messages arrive late; none are lost." } });

  const before = await (await context.request.get("/status/public.json")).json();
  expect(before).toMatchObject({ stale: false, overall: "outage" });

  stopDatabase();
  await expect.poll(async () => (await context.request.get("/api/health")).status(), { timeout: 15_000 }).toBe(503);

  // The node learns of the outage on the scheduler's next pass, within seconds.
  await expect.poll(async () => (await (await context.request.get("/status/public.json")).json()).stale, { timeout: 15_000 }).toBe(true);
  const json = await context.request.get("/status/public.json");
  expect(json.status()).toBe(200);
  const after = await json.json();
  expect(after).toMatchObject({ stale: true, asOf: before.asOf, overall: "outage", incidents: before.incidents });
  expect(Date.parse(after.unreachableSince)).toBeGreaterThanOrEqual(Date.parse(before.asOf));

  const page = await context.newPage();
  await page.goto("/status/public");
  await expect(page.getByRole("heading", { name: headline })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("We cannot reach our status data right now");
  await expect(page.getByRole("status")).toContainText(/status as of \d+ \w+, \d\d:\d\d UTC/);
  const atom = await context.request.get("/status/public.atom");
  expect(atom.status()).toBe(200);
  expect(await atom.text()).toContain(headline);
  await context.close();
});
