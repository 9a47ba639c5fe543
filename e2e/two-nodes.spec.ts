// Two Muster nodes on one PostgreSQL behind nginx (`npm run cluster`, deploy/nginx.conf): a change
// made on either node reaches every war room whichever node its live connection landed on, and a
// node killed mid-incident loses nobody — its clients reconnect through nginx to the other node
// and replay what they missed. Each node is killed in turn (the cluster starts it again), so every
// war room goes through a kill whichever node it was on.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInThroughApi } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import type { Role } from "./fixtures/users";
import { WarRoomPage } from "./pages/war-room-page";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const ORIGIN = `http://localhost:${PORT}`;
const HOME = ".muster/e2e-cluster";
const WAR_ROOMS = 4;
/** deploy/nginx.conf's fail_timeout: how long nginx leaves out a node that failed before trying it again. */
const NGINX_FAIL_TIMEOUT_MS = 3_000;

type ClusterState = { nodes: { name: string; port: number; pid: number }[] };
const clusterState = (): ClusterState => JSON.parse(readFileSync(path.join(HOME, "cluster.json"), "utf8"));

let cluster: ChildProcess;

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test.beforeAll(async () => {
  rmSync(HOME, { recursive: true, force: true });
  // Its own embedded database even where the run was given a server.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), MUSTER_HOME: HOME, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  cluster = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/node-server-only.mjs", "scripts/cluster.ts"], { env, stdio: "ignore" });
  await expect.poll(async () => (await fetch(`${ORIGIN}/api/health`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => cluster.once("exit", resolve));
  cluster.kill("SIGTERM");
  await exited;
});

async function signedIn(browser: Browser, role: Role) {
  const context = await browser.newContext({ baseURL: ORIGIN, extraHTTPHeaders: { origin: ORIGIN } });
  await signInThroughApi(context, role);
  return context;
}

test("through nginx, a change on either node reaches every war room, and a killed node's clients reconnect to the other and replay what they missed", async ({ browser }) => {
  test.setTimeout(240_000);
  const commander = await signedIn(browser, "commander");
  const responder = await signedIn(browser, "responder");
  const incident = await declareThroughApi(commander.request, {
    title: `Two nodes ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  // Several live connections, so they spread across both nodes.
  const pages: Page[] = [];
  for (let n = 0; n < WAR_ROOMS; n++) {
    const page = await (n % 2 ? responder : commander).newPage();
    await new WarRoomPage(page).goto(incident.id);
    pages.push(page);
  }
  const notes: string[] = [];
  const everyPageShows = async (note: string) => {
    for (const page of pages) {
      const warRoom = new WarRoomPage(page);
      await expect(warRoom.connection()).toHaveText(/live/i, { timeout: 30_000 });
      await expect(warRoom.timeline().getByText(note, { exact: true })).toHaveCount(1, { timeout: 30_000 });
    }
  };

  // A note written straight to each node, not through nginx.
  for (const node of clusterState().nodes) {
    const note = `Written on node ${node.name} ${Date.now()}`;
    const written = await commander.request.post(`http://localhost:${node.port}/api/incidents/${incident.id}/notes`, { data: { body: note } });
    expect(written.status(), `note on node ${node.name}`).toBe(201);
    notes.push(note);
    await everyPageShows(note);
  }

  for (const name of ["a", "b"]) {
    const killed = clusterState().nodes.find((node) => node.name === name)!;
    process.kill(killed.pid, "SIGKILL");
    await expect.poll(() => isRunning(killed.pid)).toBe(false);
    // Written while the killed node's clients are reconnecting: they get it by replay.
    const note = `While node ${name} was down ${Date.now()}`;
    expect((await commander.request.post(`/api/incidents/${incident.id}/notes`, { data: { body: note } })).status()).toBe(201);
    notes.push(note);
    await everyPageShows(note);
    // The cluster starts the node again before the other one is killed.
    await expect
      .poll(async () => {
        const restarted = clusterState().nodes.find((node) => node.name === name)!;
        if (restarted.pid === killed.pid) return null;
        return (await fetch(`http://127.0.0.1:${restarted.port}/api/health`).catch(() => null))?.status;
      }, { timeout: 60_000 })
      .toBe(200);
    await new Promise((resolve) => setTimeout(resolve, NGINX_FAIL_TIMEOUT_MS + 500));
  }

  // Every war room holds each note once, and the schedulers of both nodes fired each escalation once.
  for (const note of notes) await everyPageShows(note);
  const events: { type: string; data: { escalationId?: string } }[] = await (await commander.request.get(`/api/incidents/${incident.id}/events`)).json();
  const fired = events.filter((event) => event.type === "escalation.fired").map((event) => event.data.escalationId);
  expect(fired.length).toBeGreaterThan(0);
  expect(new Set(fired).size).toBe(fired.length);
  await commander.close();
  await responder.close();
});
