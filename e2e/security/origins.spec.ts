// A page on another site cannot ride on a signed-in browser's cookie: cross-origin writes, whatever
// their Content-Type, are refused and change nothing; a foreign-origin WebSocket is refused at the
// handshake; a foreign server action is a 403. An API token, which no other site holds, works
// from anywhere.
import type { APIRequestContext } from "@playwright/test";
import { expect, signInThroughApi, test } from "../fixtures/authentication";
import { declareThroughApi } from "../fixtures/incidents";
import { socketAs } from "../fixtures/socket";
import { cookieHeader, handshake } from "./reach-sockets";

type Write = { method: "POST" | "PATCH"; path: string; body: Record<string, unknown>; changed: () => Promise<boolean> };

function anotherPortOf(baseURL: string): string {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + 1);
  return url.origin;
}

async function writesToTry(admin: APIRequestContext, stamp: string): Promise<Write[]> {
  const incident = await declareThroughApi(admin, { title: `Origins ${stamp}`, services: [{ key: "cdn", impact: "degraded" }] });
  const { severity } = await (await admin.get(`/api/incidents/${incident.id}`)).json();
  const eventsMention = async (text: string) => JSON.stringify(await (await admin.get(`/api/incidents/${incident.id}/events?afterSeq=0`)).json()).includes(text);
  const listMentions = async (path: string, text: string) => JSON.stringify(await (await admin.get(path)).json()).includes(text);
  return [
    { method: "POST", path: `/api/incidents/${incident.id}/notes`, body: { body: `Forged note ${stamp}` }, changed: () => eventsMention(`Forged note ${stamp}`) },
    {
      method: "POST",
      path: "/api/incidents",
      body: { title: `Forged incident ${stamp}`, services: [{ key: "cdn", impact: "degraded" }] },
      changed: () => listMentions("/api/incidents", `Forged incident ${stamp}`),
    },
    { method: "POST", path: "/api/tokens", body: { name: `Forged token ${stamp}` }, changed: () => listMentions("/api/tokens", `Forged token ${stamp}`) },
    {
      method: "POST",
      path: "/api/subscribers",
      body: { email: `forged-${stamp}@example.com`, audience: "public" },
      changed: () => listMentions("/api/subscribers", `forged-${stamp}@example.com`),
    },
    {
      method: "PATCH",
      path: `/api/incidents/${incident.id}`,
      body: { severity: severity === "critical" ? "minor" : "critical" },
      changed: async () => (await (await admin.get(`/api/incidents/${incident.id}`)).json()).severity !== severity,
    },
  ];
}

test("cookie writes from another origin are refused, JSON or text/plain, and change nothing", async ({ browser, playwright, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const adminContext = await browser.newContext();
  await signInThroughApi(adminContext, "admin");
  const cookie = await cookieHeader(adminContext, origin);
  const writes = await writesToTry(adminContext.request, String(Date.now()));
  // No Origin of Playwright's own: each attempt says where it comes from.
  const forger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: {} });
  const shapes: { name: string; headers: Record<string, string>; json: boolean }[] = [
    { name: "JSON from evil.example", headers: { origin: "http://evil.example" }, json: true },
    { name: "text/plain from evil.example", headers: { origin: "http://evil.example" }, json: false },
    { name: "JSON from another port", headers: { origin: anotherPortOf(origin) }, json: true },
    { name: "text/plain from another port", headers: { origin: anotherPortOf(origin) }, json: false },
    { name: "JSON cross-site with Muster's Origin", headers: { origin, "sec-fetch-site": "cross-site" }, json: true },
    { name: "text/plain cross-site, no Origin", headers: { "sec-fetch-site": "cross-site" }, json: false },
    { name: "JSON same-site, no Origin", headers: { "sec-fetch-site": "same-site" }, json: true },
    { name: "JSON from an opaque origin", headers: { origin: "null" }, json: true },
  ];
  const answers: string[] = [];
  for (const write of writes) {
    for (const shape of shapes) {
      const response = await forger.fetch(write.path, {
        method: write.method,
        headers: { ...shape.headers, cookie, "content-type": shape.json ? "application/json" : "text/plain" },
        data: JSON.stringify(write.body),
        maxRedirects: 0,
      });
      answers.push(`${write.method} ${write.path} ${shape.name}: ${response.status()}`);
      expect([403, 415], `${write.method} ${write.path} ${shape.name}`).toContain(response.status());
    }
    expect(await write.changed(), `${write.method} ${write.path} changed nothing`).toBe(false);
  }
  // The same cookie from Muster's own page is accepted: the refusals above were for the origin,
  // and each read-back sees a write that went through.
  for (const write of writes) {
    const own = await forger.fetch(write.path, { method: write.method, headers: { origin, cookie, "sec-fetch-site": "same-origin" }, data: write.body });
    expect(own.status(), `${write.method} ${write.path} from Muster`).toBeLessThan(300);
    expect(await write.changed(), `${write.method} ${write.path} from Muster changed`).toBe(true);
  }
  const byStatus = new Map<string, number>();
  for (const answer of answers) {
    const status = answer.slice(answer.lastIndexOf(" ") + 1);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  console.log(`Origin checks: ${answers.length} cross-origin cookie writes refused (${[...byStatus].map(([status, count]) => `${status}: ${count}`).join(", ")})`);
  await forger.dispose();
  await adminContext.close();
});

test("a form on another port of Muster's host, which the browser counts as the same site, cannot post a note", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "admin");
  const [note] = await writesToTry(context.request, `form-${Date.now()}`);
  const forgedBody = JSON.stringify(note.body);
  // The attacker's page: a text/plain form whose one field spells the JSON, and a no-cors fetch.
  const attacker = `${anotherPortOf(origin)}/attack`;
  const split = forgedBody.lastIndexOf('"');
  const html = `<!doctype html><form id="forge" method="post" enctype="text/plain" action="${origin}${note.path}">
<input type="hidden" name='${forgedBody.slice(0, split)}' value='${forgedBody.slice(split)}'></form>
<script>fetch(${JSON.stringify(origin + note.path)}, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(forgedBody)} })
  .finally(() => document.getElementById("forge").submit());</script>`;
  await context.route(attacker, (route) => route.fulfill({ contentType: "text/html", body: html }));
  const page = await context.newPage();
  const submitted = page.waitForResponse((response) => response.url() === `${origin}${note.path}` && response.request().resourceType() === "document");
  await page.goto(attacker);
  const answer = await submitted;
  expect(answer.status()).toBe(403);
  expect(await answer.request().headerValue("cookie"), "the browser did send the session cookie").toContain("session-token");
  expect(await note.changed()).toBe(false);
  await context.close();
});

test("the same write with an API token is accepted from another origin", async ({ browser, playwright, baseURL }) => {
  const adminContext = await browser.newContext();
  await signInThroughApi(adminContext, "admin");
  const created = await adminContext.request.post("/api/tokens", { data: { name: `Automation ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { token } = await created.json();
  const [note] = await writesToTry(adminContext.request, `token-${Date.now()}`);
  const automation = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { origin: "http://evil.example", "sec-fetch-site": "cross-site", authorization: `Bearer ${token}` },
  });
  const response = await automation.post(note.path, { data: note.body });
  expect(response.status()).toBe(201);
  expect(await note.changed()).toBe(true);
  await automation.dispose();
  await adminContext.close();
});

test("a cookie WebSocket from another origin is refused at the handshake; from Muster's own, accepted", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "responder");
  const cookie = await cookieHeader(context, origin);
  for (const foreign of ["http://evil.example", anotherPortOf(origin)]) {
    const { outcome, socket } = await handshake(origin, { extraHeaders: { cookie, origin: foreign } });
    socket.close();
    expect(outcome, `a socket from ${foreign}`).toMatch(/^refused: .*another site/);
  }
  const own = await socketAs(context, origin);
  expect(own.connected).toBe(true);
  expect((await own.emitWithAck("session:whoami")).role).toBe("responder");
  own.close();
  await context.close();
});

test("a token WebSocket from another origin is accepted: automation holds no ambient credential", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "responder");
  const { token } = await (await context.request.post("/api/tokens", { data: { name: `Socket ${Date.now()}` } })).json();
  const { outcome, socket } = await handshake(origin, { auth: { token }, extraHeaders: { origin: "http://evil.example" } });
  expect(outcome).toBe("connected");
  expect((await socket.emitWithAck("session:whoami")).role).toBe("responder");
  socket.close();
  await context.close();
});

test("a signed-in browser's server action from another origin is refused with 403 in words", async ({ browser, playwright, baseURL }) => {
  const origin = new URL(baseURL as string).origin;
  const context = await browser.newContext();
  await signInThroughApi(context, "admin");
  const cookie = await cookieHeader(context, origin);
  const forger = await playwright.request.newContext({ baseURL, extraHTTPHeaders: {} });
  for (const page of ["/settings", "/plan", "/incidents/new", "/contacts"]) {
    for (const foreign of ["http://evil.example", anotherPortOf(origin)]) {
      for (const contentType of ["text/plain;charset=UTF-8", "multipart/form-data; boundary=x"]) {
        const response = await forger.post(page, {
          headers: { cookie, origin: foreign, "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": contentType },
          data: contentType.startsWith("text") ? "[]" : "--x--\r\n",
        });
        expect(response.status(), `${page} from ${foreign} as ${contentType}`).toBe(403);
        expect((await response.json()).error).toContain("came from another site");
      }
    }
  }
  await forger.dispose();
  await context.close();
});
