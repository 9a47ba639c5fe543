// Readiness end to end: a drill restores a service within its RTO and both the readiness page and
// the services page show it proven; an admin changes its RTO in the plan, and both show the proof
// lapsed, saying what changed, when and by whom.
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";
import { demoUser } from "./fixtures/users";
import { ReadinessPage } from "./pages/readiness-page";
import { formatDate, MINUTE_MS } from "../lib/format";

// No other spec declares, restores or edits this service.
const SERVICE = { key: "voice-video", name: "Voice/Video Services" };

test("a drill proves a service's recovery, and an edit to its RTO lapses the proof on both pages", async ({ signedInAs }) => {
  const [commander, viewer, admin] = await Promise.all([signedInAs("commander"), signedInAs("viewer"), signedInAs("admin")]);
  const detectedAt = Date.now() - 30 * MINUTE_MS;
  const drill = await declareThroughApi(commander.request, {
    title: `Voice recovery drill ${Date.now()}`,
    services: [{ key: SERVICE.key, impact: "down" }],
    detectedAt: new Date(detectedAt).toISOString(),
    isDrill: true,
  });
  const restoredAt = new Date(detectedAt + 25 * MINUTE_MS);
  const restored = await commander.request.post(`/api/incidents/${drill.id}/services/${SERVICE.key}/restored`, { data: { restoredAt: restoredAt.toISOString() } });
  expect(restored.status(), "restore the service").toBe(200);
  await resolveThroughApi(commander.request, drill.id);

  const readiness = new ReadinessPage(viewer);
  await readiness.goto();
  const row = readiness.row(SERVICE.name);
  await expect(row.getByText("Proven", { exact: true })).toBeVisible();
  await expect(row.getByRole("link", { name: `Drill #${drill.number}: ${drill.title}` })).toBeVisible();
  await expect(row).toContainText("Back in 25 min (RTO 4 h)");
  await expect(row).toContainText("RTO met");
  await readiness.gotoServices();
  await expect(readiness.serviceLine(SERVICE.name)).toContainText("Proven");
  await expect(readiness.serviceLine(SERVICE.name)).toContainText(`Drill #${drill.number} on ${formatDate(restoredAt)}`);

  // The admin changes the service's RTO through the plan's own edit form.
  await admin.goto("/services");
  await admin.waitForLoadState("networkidle");
  await admin.locator("summary").filter({ hasText: SERVICE.name }).click();
  const form = admin.getByRole("form", { name: `Edit ${SERVICE.name}` });
  await form.getByLabel("RTO (minutes)").fill("180");
  await form.getByRole("button", { name: "Save service" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");

  const reason = `RTO minutes changed on ${formatDate(new Date())} by ${demoUser("admin").name}`;
  await readiness.goto();
  await expect(row.getByText("Lapsed", { exact: true })).toBeVisible();
  await expect(row).toContainText(reason);
  await expect(row).toContainText(/Overdue since/);
  await readiness.gotoServices();
  await expect(readiness.serviceLine(SERVICE.name)).toContainText("Lapsed");
  await expect(readiness.serviceLine(SERVICE.name)).toContainText(reason);
});
