import type { Page } from "@playwright/test";
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

// Opening a page is not what is timed: on a loaded machine a page from the device's copy can take
// seconds to come alive.
const OPENING = { timeout: 20_000 };

type Step = { id: string; title: string; done: boolean; version: number };
type Event = { seq: number; type: string; actor: { name: string } | null; data: { itemId?: string; body?: string; done?: boolean } };

/** Once the service worker is active and controls the page: the page is reloaded under it, so the worker keeps a copy. */
async function underServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function declareWithSteps(page: Page) {
  const incident = await declareThroughApi(page.request, {
    title: `Offline war room ${Date.now()}`,
    scenarioKey: "application-server-failure",
    services: [{ key: "core-api", impact: "down" }],
  });
  const detail = await (await page.request.get(`/api/incidents/${incident.id}`)).json();
  return { id: incident.id, steps: detail.checklist as Step[] };
}

test("Muster is installable: a valid manifest, a worker that controls the page, and pages that answer from its cache offline", async ({ signedInAs, request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const app = await manifest.json();
  expect(app).toMatchObject({ short_name: "Muster", start_url: "/", display: "standalone" });
  expect(app.name).toMatch(/Muster/);
  expect(app.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  for (const [sizes, purpose] of [["192x192", "any"], ["512x512", "any"], ["192x192", "maskable"], ["512x512", "maskable"]]) {
    const icon = app.icons.find((candidate: { sizes: string; purpose: string }) => candidate.sizes === sizes && candidate.purpose === purpose);
    expect(icon, `a ${purpose} icon of ${sizes}`).toBeTruthy();
    const image = await request.get(icon.src);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  }
  // The worker is reachable without a session, with the whole app as its scope.
  const worker = await request.get("/serwist/sw.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toMatch(/javascript/);
  expect(worker.headers()["service-worker-allowed"]).toBe("/");

  const page = await signedInAs("responder");
  const opened = await page.goto("/services");
  expect(opened?.headers()["content-security-policy"]).toContain("worker-src 'self'");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await underServiceWorker(page);
  for (const path of ["/contacts", "/runbooks"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  await page.context().setOffline(true);
  for (const [path, heading] of [["/services", "Services"], ["/contacts", "Contacts & escalation"], ["/runbooks", "Runbooks"]]) {
    const fromCache = await page.goto(path);
    expect(fromCache?.fromServiceWorker(), `${path} from the worker`).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByRole("status").filter({ hasText: /^Offline — as of .+ UTC/ })).toBeVisible(OPENING);
  }
  // A page never opened here has no copy: the offline page says so.
  await page.goto("/metrics");
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible(OPENING);

  // Signing out leaves nothing of this person's on the device.
  await page.context().setOffline(false);
  await page.goto("/services");
  expect(await page.evaluate(() => caches.keys())).toContain("muster-pages");
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await page.waitForURL(/\/sign-in/);
  const kept = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith("muster-"));
    const requests = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return requests.flat().map((cached) => new URL(cached.url).pathname);
  });
  expect(kept).toEqual([]);
});

test("ticks and a note made offline wait on the device, then arrive in order, once, and a stale tick is shown as a conflict", async ({ signedInAs }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const { id: incidentId, steps } = await declareWithSteps(commanderPage);
  const [contested, kept] = steps;
  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  await commander.goto(incidentId);
  await responder.goto(incidentId);
  await responder.join();
  await underServiceWorker(responderPage);
  await expect(responder.connection()).toHaveText(/live/i, { timeout: 20_000 });
  const eventsBefore: Event[] = await (await commanderPage.request.get(`/api/incidents/${incidentId}/events?afterSeq=0`)).json();
  const lastSeqBefore = eventsBefore.at(-1)!.seq;

  // Offline, the war room opens from the device's copy: checklist and contacts.
  await responderPage.context().setOffline(true);
  const reloaded = await responderPage.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(responder.step(contested.title)).toBeVisible(OPENING);
  await expect(responder.step(kept.title)).toBeVisible();
  await expect(responderPage.getByRole("region", { name: "Contacts" })).toContainText(/\S/);
  await expect(responderPage.getByRole("region", { name: "Contacts" }).getByRole("link").first()).toBeVisible();
  await expect(responder.connection()).toHaveText("Offline", OPENING);

  for (const step of [contested, kept]) {
    await responder.step(step.title).click();
    await expect(responder.step(step.title)).toBeChecked();
  }
  const note = `Rebooted the app tier from the phone ${Date.now()}`;
  await responder.addNote(note);
  const waitingNotes = responderPage.getByRole("list", { name: "Notes waiting to send" });
  await expect(waitingNotes).toContainText(note);
  await expect(waitingNotes).toContainText("waiting to send");
  await expect(responder.checklist().getByText("Ticked on this device · waiting to send")).toHaveCount(2);
  await expect(responder.connection()).toHaveText("Offline — 3 changes waiting to send");

  // The queue is on the device: a reload, still offline, keeps all three.
  await responderPage.reload();
  await expect(responder.connection()).toHaveText("Offline — 3 changes waiting to send", OPENING);
  await expect(responder.step(contested.title)).toBeChecked();
  await expect(waitingNotes).toContainText(note);

  // Nothing has left the device: both steps are on the server as they were.
  const onServer = await (await commanderPage.request.get(`/api/incidents/${incidentId}`)).json();
  for (const step of [contested, kept]) {
    expect(onServer.checklist.find((item: Step) => item.id === step.id)).toMatchObject({ done: false, version: step.version });
  }
  await expect(commander.step(contested.title)).not.toBeChecked();

  // Meanwhile the commander ticks the contested step and takes the tick back: the version the
  // responder saw is stale.
  await commander.tick(contested.title);
  // The first tick's answer is in before the second is made.
  await expect(commander.step(contested.title)).toHaveAttribute("aria-busy", "false");
  await commander.step(contested.title).uncheck();
  await expect(commander.step(contested.title)).toHaveAttribute("aria-busy", "false");
  await expect(commander.step(contested.title)).not.toBeChecked();

  await responderPage.context().setOffline(false);
  await expect(commander.step(kept.title)).toBeChecked({ timeout: 20_000 });
  await expect(commander.timeline()).toContainText(note);
  await expect(commander.step(contested.title)).not.toBeChecked();

  // The responder is told, in words, and the commander's state stands there too.
  const conflict = responder.checklist().getByRole("alert");
  await expect(conflict).toHaveText(
    new RegExp(`^Riley Responder's tick was not sent: Casey Commander unticked this step at \\d\\d:\\d\\d — the step stays unticked\\.`),
    { timeout: 20_000 },
  );
  await expect(responder.step(contested.title)).not.toBeChecked();
  await expect(responder.connection()).toHaveText(/live/i, { timeout: 20_000 });
  await expect(waitingNotes).toHaveCount(0);

  // On the record: the other tick, then the note, each once; the contested step as the commander left it.
  const after: Event[] = await (await commanderPage.request.get(`/api/incidents/${incidentId}/events?afterSeq=${lastSeqBefore}`)).json();
  const byResponder = after.filter((event) => event.actor?.name === "Riley Responder");
  expect(byResponder.map((event) => [event.type, event.data.itemId ?? event.data.body])).toEqual([
    ["checklist.item_updated", kept.id],
    ["note.added", note],
  ]);
  const detail = await (await commanderPage.request.get(`/api/incidents/${incidentId}`)).json();
  expect(detail.checklist.find((item: Step) => item.id === contested.id)).toMatchObject({ done: false, version: contested.version + 2 });

  await conflict.getByRole("button", { name: "Dismiss" }).click();
  await expect(conflict).toHaveCount(0);
});
