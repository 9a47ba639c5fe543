// A long incident — a security breach worked for days — has thousands of events. Its war room
// opens with the latest page of them, loads older pages as the reader goes back, and a responder
// who was away for hundreds of events opens it afresh rather than replaying them all.
import type { APIRequestContext } from "@playwright/test";
import { addManyNotes } from "./fixtures/database";
import { declareThroughApi } from "./fixtures/incidents";
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";

const LONG = 10_000;

// The scheduler passes every five seconds; a loaded machine may take a pass or two longer.
const A_FEW_SCHEDULER_PASSES = { timeout: 20_000 };

/** The plan's first escalation level falls due at declaration: once it has fired, the notes added next are the latest events. */
async function afterFirstEscalation(request: APIRequestContext, incidentId: string) {
  await expect
    .poll(async () => {
      const incident = await (await request.get(`/api/incidents/${incidentId}`)).json();
      return incident.escalations.some((escalation: { firedAt: string | null }) => escalation.firedAt);
    }, A_FEW_SCHEDULER_PASSES)
    .toBe(true);
}

test("a war room with ten thousand events opens with one page of them and loads older ones as the reader goes back", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const incident = await declareThroughApi(page.request, {
    title: `Long breach ${Date.now()}`,
    scenarioKey: "security-breach",
    services: [{ key: "authentication", impact: "degraded" }],
  });
  await afterFirstEscalation(page.request, incident.id);
  await addManyNotes(incident.id, LONG);

  // The page carries the latest 200 events and none before them.
  const html = await (await page.request.get(`/incidents/${incident.id}`)).text();
  expect(html).toContain(`Note ${LONG - 199}`);
  expect(html).not.toContain(`Note ${LONG - 200}`);

  const warRoom = new WarRoomPage(page);
  await warRoom.goto(incident.id);
  const entries = warRoom.timeline().getByRole("list").last().locator(":scope > li");
  await expect(entries).toHaveCount(20);
  await expect(entries.first()).toContainText(`Note ${LONG}`);
  await warRoom.timeline().getByRole("button", { name: "Show 180 earlier entries" }).click();
  await expect(entries).toHaveCount(200);
  await expect(entries.last()).toContainText(`Note ${LONG - 199}`);

  await warRoom.timeline().getByRole("button", { name: "Show older events" }).click();
  await expect(entries).toHaveCount(400);
  await expect(entries.last()).toContainText(`Note ${LONG - 399}`);
  // Once asked, going on down the list loads the next page.
  await warRoom.timeline().getByRole("button", { name: "Show older events" }).scrollIntoViewIfNeeded();
  await expect(entries).toHaveCount(600);
  await expect(warRoom.timeline().getByText(`Note ${LONG - 599}`, { exact: true })).toHaveCount(1);
});

test("a responder away for hundreds of events comes back to the incident as it is now, opened afresh", async ({ signedInAs }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Busy night ${Date.now()}`,
    scenarioKey: "security-breach",
    services: [{ key: "authentication", impact: "degraded" }],
  });
  await afterFirstEscalation(commanderPage.request, incident.id);
  const responder = new WarRoomPage(responderPage);
  await responder.goto(incident.id);

  await responderPage.context().setOffline(true);
  await expect(responder.connection()).not.toHaveText(/live/i);
  await addManyNotes(incident.id, 600);
  const morning = `Morning handover ${Date.now()}`;
  expect((await commanderPage.request.post(`/api/incidents/${incident.id}/notes`, { data: { body: morning } })).status()).toBe(201);
  const pages: string[] = [];
  responderPage.on("request", (request) => {
    if (request.url().includes("/events?beforeSeq=")) pages.push(request.url());
  });
  await responderPage.context().setOffline(false);

  await expect(responder.connection()).toHaveText(/live/i);
  const entries = responder.timeline().getByRole("list").last().locator(":scope > li");
  await expect(entries.first()).toContainText(morning);
  await expect(entries.nth(1)).toContainText("Note 600");
  // One page fetched to open afresh, not six hundred events replayed.
  expect(pages).toHaveLength(1);
  await responder.timeline().getByRole("button", { name: /^Show \d+ earlier entries$/ }).click();
  await expect(entries).toHaveCount(200);
  await expect(responder.timeline().getByText("Note 600", { exact: true })).toHaveCount(1);
});
