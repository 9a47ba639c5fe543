import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";
import { MINUTE_MS } from "../lib/format";
import { declareThroughApi } from "./fixtures/incidents";

test("the level-2 banner appears live when the level fires, without a reload", async ({ signedInAs }) => {
  const commanderPage = await signedInAs("commander");
  // Detected just under 30 minutes ago: level 2 falls due a few seconds after the page is open.
  const detectedAt = new Date(Date.now() - 30 * MINUTE_MS + 8_000).toISOString();
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Escalating ${Date.now()}`,
    services: [{ key: "core-api", impact: "down" }],
    detectedAt,
  });

  const warRoom = new WarRoomPage(commanderPage);
  await warRoom.goto(incident.id);
  let reloads = 0;
  commanderPage.on("framenavigated", (frame) => {
    if (frame === commanderPage.mainFrame()) reloads++;
  });
  const banner = commanderPage.getByRole("region", { name: "Escalation" });
  await expect(banner).toContainText("Escalated to Level 1", { timeout: 10_000 });
  await expect(banner).toContainText("Escalated to Level 2", { timeout: 25_000 });
  await expect(banner.locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(banner).toContainText("Riley Responder");
  expect(reloads).toBe(0);
});

test("pausing, resuming and escalating now are on the timeline with their reasons; a viewer can do none", async ({ signedInAs }) => {
  const [commanderPage, viewerPage] = await Promise.all([signedInAs("commander"), signedInAs("viewer")]);
  const incident = await declareThroughApi(commanderPage.request, { title: `Controls ${Date.now()}`, services: [{ key: "cdn", impact: "degraded" }] });
  const base = `/api/incidents/${incident.id}/escalation`;
  for (const action of ["pause", "resume", "escalate"]) {
    const refused = await viewerPage.request.post(`${base}/${action}`, { data: { reason: "Management trying" } });
    expect(refused.status(), `viewer ${action}`).toBe(403);
  }
  for (const [action, reason] of [
    ["pause", "Vendor already engaged"],
    ["resume", "Vendor went quiet"],
    ["escalate", "Customer data at risk"],
  ]) {
    expect((await commanderPage.request.post(`${base}/${action}`, { data: { reason } })).status(), action).toBe(201);
  }
  const warRoom = new WarRoomPage(viewerPage);
  await warRoom.goto(incident.id);
  for (const text of ["paused escalation", "Vendor already engaged", "resumed escalation", "Vendor went quiet", "Customer data at risk"]) {
    await expect(warRoom.timeline()).toContainText(text);
  }
  const events = await (await viewerPage.request.get(`/api/incidents/${incident.id}/events?afterSeq=0`)).json();
  expect(events.filter((event: { actor: { name: string } | null }) => event.actor?.name === "Morgan Management")).toEqual([]);
});
