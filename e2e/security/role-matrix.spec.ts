// The role matrix: every write route, server action and socket command, tried as each caller —
// anonymous, management (viewer), a responder outside the incident and one inside it, its
// commander, an admin — each in a scene of its own. An allowed attempt answers 2xx; a refused one
// answers 401 or 403 (404 where the row is not the caller's to know of) and leaves what it aimed at
// as it was. A write without an entry fails the first test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { API_ROUTES } from "../../lib/http/api-routes";
import { socketAs } from "../fixtures/socket";
import { handshake } from "./reach-sockets";
import { CALLERS, type Caller, World } from "./world";
import { expectationFor, PUBLIC_WRITES, SERVER_ACTIONS, SOCKET_COMMANDS, WRITE_ROUTES, type Expectation, type WriteCase } from "./write-routes";

const test = base.extend<object, { world: World }>({
  world: [
    async ({ browser, playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL as string;
      const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
      const world = await World.open(browser, baseURL, anonymous);
      await use(world);
      await world.close();
      await anonymous.dispose();
    },
    { scope: "worker" },
  ],
});

const routeOf = (key: string) => key.split(": ")[0];

function verdict(expected: Expectation, status: number): boolean {
  return expected === "allowed" ? status >= 200 && status < 300 : status === expected;
}

/** One cell: the caller's attempt in a scene of its own, and what it left behind when refused. */
async function tryCell(world: World, key: string, entry: WriteCase, caller: Caller): Promise<string | null> {
  const [method] = key.split(" ");
  const expected = expectationFor(entry, caller);
  const scene = await world.scene(caller, entry.scene);
  const attempt = await entry.attempt(world, scene, caller);
  const observe = () => (entry.observe ?? ((w, s) => w.incidentState(s.incidentId)))(world, scene);
  const before = expected === "allowed" ? null : await observe();
  const client: APIRequestContext = world.request(caller);
  const answer = await client.fetch(attempt.path, { method, ...(attempt.body !== undefined && { data: attempt.body }), maxRedirects: 0 });
  const status = answer.status();
  if (!verdict(expected, status)) return `${key} as ${caller}: expected ${expected}, got ${status} ${(await answer.text()).slice(0, 200)}`;
  if (expected !== "allowed" && JSON.stringify(await observe()) !== JSON.stringify(before)) return `${key} as ${caller}: refused with ${status} but changed what it aimed at`;
  if (expected === "allowed") await entry.cleanUp?.(world, scene, status === 204 ? null : await answer.json());
  return null;
}

test("every write route, server action and socket command has an entry in the matrix", async ({ world }) => {
  const writes = Object.entries(API_ROUTES).flatMap(([template, methods]) => methods.filter((method) => method !== "GET").map((method) => `${method} ${template}`));
  const covered = new Set([...Object.keys(WRITE_ROUTES).map(routeOf), ...Object.keys(PUBLIC_WRITES)]);
  expect(writes.filter((write) => !covered.has(write)), "writes without an entry").toEqual([]);
  expect([...covered].filter((write) => !writes.includes(write)), "entries for no route").toEqual([]);

  const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
  const actions = Object.values(manifest.node as Record<string, { exportedName: string }>).map((action) => action.exportedName).sort();
  expect(actions, "server actions").toEqual(Object.keys(SERVER_ACTIONS).sort());
  expect(world).toBeTruthy();
});

for (const [key, entry] of Object.entries(WRITE_ROUTES)) {
  test(`role matrix: ${key}`, async ({ world }) => {
    test.setTimeout(120_000);
    // Cells in incidents of their own run side by side; writes outside incidents share one row, one at a time.
    const wrong =
      entry.scene === "none"
        ? await CALLERS.reduce<Promise<(string | null)[]>>(async (done, caller) => [...(await done), await tryCell(world, key, entry, caller)], Promise.resolve([]))
        : await Promise.all(CALLERS.map((caller) => tryCell(world, key, entry, caller)));
    console.log(`role matrix: ${key}: ${CALLERS.length} cells, ${wrong.filter(Boolean).length} wrong`);
    expect(wrong.filter(Boolean)).toEqual([]);
  });
}

for (const [name, action] of Object.entries(SERVER_ACTIONS)) {
  test(`role matrix: server action ${name}`, async ({ world, baseURL }) => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"));
    const [actionId] = Object.entries(manifest.node as Record<string, { exportedName: string }>).find(([, found]) => found.exportedName === name) ?? [];
    const wrong: string[] = [];
    for (const caller of CALLERS) {
      const before = await action.observe(world);
      // As the page's own form sends it: the action's id, its arguments as JSON, from Muster's origin.
      const answer = await world.request(caller).post(action.page, {
        headers: { "next-action": actionId as string, "content-type": "text/plain;charset=UTF-8", origin: new URL(baseURL as string).origin },
        data: JSON.stringify(action.args),
      });
      const text = await answer.text();
      const allowed = action.allowed.includes(caller);
      const outcome = text.includes('"ok":true') ? "allowed" : text.includes('"ok":false') ? "refused" : `answered ${answer.status()}`;
      if (outcome !== (allowed ? "allowed" : "refused")) wrong.push(`${name} as ${caller}: expected ${allowed ? "allowed" : "refused"}, ${outcome}`);
      if (!allowed && JSON.stringify(await action.observe(world)) !== JSON.stringify(before)) wrong.push(`${name} as ${caller}: refused but changed the plan`);
    }
    console.log(`role matrix: server action ${name}: ${CALLERS.length} cells, ${wrong.length} wrong`);
    expect(wrong).toEqual([]);
  });
}

test("role matrix: a socket without a session is refused at the handshake", async ({ baseURL }) => {
  const { outcome, socket } = await handshake(new URL(baseURL as string).origin, { extraHeaders: { origin: new URL(baseURL as string).origin } });
  socket.close();
  expect(outcome).toMatch(/^refused/);
});

for (const [command, entry] of Object.entries(SOCKET_COMMANDS)) {
  test(`role matrix: socket command ${command}`, async ({ world, baseURL }) => {
    const signedIn = CALLERS.filter((caller) => caller !== "anonymous");
    const wrong = await Promise.all(
      signedIn.map(async (caller) => {
        const scene = await world.scene(caller, entry.scene);
        const before = entry.scene === "active" ? await world.incidentState(scene.incidentId) : null;
        const socket = await socketAs(world.context(caller), baseURL as string);
        const answer = await entry.send(socket, world, scene);
        const connected = socket.connected;
        socket.close();
        const allowed = entry.allowed.includes(caller);
        if (answer === null) return connected ? null : `${command} as ${caller}: the socket was closed`;
        if (answer.ok !== allowed) return `${command} as ${caller}: expected ${allowed ? "allowed" : "refused"}, got ${JSON.stringify(answer)}`;
        if (!answer.ok && answer.status !== 403) return `${command} as ${caller}: refused with ${answer.status}, not 403`;
        if (!allowed && before && JSON.stringify(await world.incidentState(scene.incidentId)) !== JSON.stringify(before)) return `${command} as ${caller}: refused but changed the incident`;
        return null;
      }),
    );
    console.log(`role matrix: socket command ${command}: ${signedIn.length} signed-in cells, ${wrong.filter(Boolean).length} wrong`);
    expect(wrong.filter(Boolean)).toEqual([]);
  });
}
