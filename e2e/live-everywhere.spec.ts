// The screens people keep open follow what happens elsewhere without a reload: the incident list,
// the navigation's count of active incidents and the notification bell.
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

// The signal arrives at once; the list it asks for again is the heaviest read in the shell, and on
// a loaded machine takes seconds. What is asserted is that it comes without a reload.
const LIVE_WITHIN = { timeout: 10_000 };

const activeCount = (page: import("@playwright/test").Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Incidents/ });

async function realActiveIncidents(page: import("@playwright/test").Page): Promise<number> {
  const list: { state: string; isDrill: boolean }[] = await (await page.request.get("/api/incidents?drills=exclude")).json();
  const finished = ["resolved", "in_review", "closed", "declared_in_error"];
  return list.filter((incident) => !finished.includes(incident.state)).length;
}

test("a declaration and a tick in one context update another's incident list and navigation count, without a reload", async ({ signedInAs }) => {
  const [commander, responder, viewer] = await Promise.all([signedInAs("commander"), signedInAs("responder"), signedInAs("viewer")]);
  await viewer.goto("/incidents");
  await expect(viewer.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  // The shell's socket is up once the page has settled; the declaration is what is followed.
  await viewer.waitForLoadState("networkidle");
  const marker = await viewer.evaluate(() => (window as unknown as { liveMarker: number }).liveMarker = Date.now());

  const title = `Live list ${Date.now()}`;
  const incident = await declareThroughApi(commander.request, { title, services: [{ key: "database", impact: "down" }] });
  const active = viewer.getByRole("region", { name: "Active" });
  const entry = active.getByRole("listitem").filter({ hasText: title });
  await expect(entry).toBeVisible(LIVE_WITHIN);
  await expect(entry).toContainText("0 of");
  await expect.poll(async () => Number((await activeCount(viewer).textContent())?.match(/\d+/)?.[0]), LIVE_WITHIN).toBe(await realActiveIncidents(viewer));

  // The responder joins and ticks the first step: the viewer's list shows the progress.
  expect((await responder.request.post(`/api/incidents/${incident.id}/join`)).ok()).toBe(true);
  const { checklist } = await (await responder.request.get(`/api/incidents/${incident.id}`)).json();
  const [first] = checklist;
  const tickedAt = Date.now();
  const ticked = await responder.request.patch(`/api/incidents/${incident.id}/checklist/${first.id}`, { data: { done: true, version: first.version } });
  expect(ticked.ok()).toBe(true);
  await expect(entry).toContainText(`1 of ${checklist.length} done`, LIVE_WITHIN);
  test.info().annotations.push({ type: "tick to incident list", description: `${Date.now() - tickedAt} ms` });

  // Moving it to resolved takes it out of the count.
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating", "resolved"]) {
    expect((await commander.request.post(`/api/incidents/${incident.id}/transitions`, { data: { to } })).ok()).toBe(true);
  }
  await expect(viewer.getByRole("region", { name: "Resolved and closed" }).getByRole("listitem").filter({ hasText: title })).toBeVisible(LIVE_WITHIN);
  await expect(active.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await expect.poll(async () => Number((await activeCount(viewer).textContent())?.match(/\d+/)?.[0] ?? 0), LIVE_WITHIN).toBe(await realActiveIncidents(viewer));
  // Nothing reloaded the page: what was set on it at the start is still there.
  expect(await viewer.evaluate(() => (window as unknown as { liveMarker: number }).liveMarker)).toBe(marker);
});

test("an escalation that pages the commander lights their bell at once, without a reload", async ({ signedInAs }) => {
  const [commander, admin] = await Promise.all([signedInAs("commander"), signedInAs("admin")]);
  // Start from nothing unread: the scheduler's own notices (drills falling due) may be there already.
  expect((await commander.request.post("/api/notifications/read")).ok()).toBe(true);
  await commander.goto("/status");
  const bell = commander.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Notifications/ });
  await expect(bell).not.toContainText(/\d/);
  await commander.waitForLoadState("networkidle");
  const marker = await commander.evaluate(() => (window as unknown as { liveMarker: number }).liveMarker = Date.now());

  const incident = await declareThroughApi(admin.request, { title: `Paging live ${Date.now()}`, services: [{ key: "core-api", impact: "down" }] });
  // Level 1 (on call, at detection) fires on the scheduler's next pass; level 2, escalated now,
  // brings in the technical lead and the incident commander.
  await expect
    .poll(async () => {
      const { escalations } = await (await admin.request.get(`/api/incidents/${incident.id}`)).json();
      return escalations.filter((escalation: { firedAt: string | null }) => escalation.firedAt).length;
    }, { timeout: 20_000 })
    .toBe(1);
  await expect(bell).not.toContainText(/\d/);
  const escalatedAt = Date.now();
  expect((await admin.request.post(`/api/incidents/${incident.id}/escalation/escalate`, { data: { reason: "Still down after the first page" } })).ok()).toBe(true);
  await expect(bell).toContainText(/[1-9]/, LIVE_WITHIN);
  test.info().annotations.push({ type: "escalation to bell", description: `${Date.now() - escalatedAt} ms` });
  await commander.getByRole("link", { name: /^Notifications/ }).first().click();
  await expect(commander.getByRole("main")).toContainText(`incident #${incident.number} needs you`);
  await commander.getByRole("button", { name: "Mark all read" }).click();
  await expect(bell).not.toContainText(/\d/);
  expect(await commander.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(marker);
});
