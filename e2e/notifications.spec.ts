import { expect, test } from "./fixtures/authentication";
import { MINUTE_MS } from "../lib/format";
import { declareThroughApi } from "./fixtures/incidents";

test("an escalation that brings the commander in shows up in their notifications, without a reload", async ({ signedInAs }) => {
  // The badge refreshes every 30 s: give it one full round.
  test.setTimeout(75_000);
  const commander = await signedInAs("commander");
  await commander.goto("/notifications");
  await expect(commander.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // Start from nothing unread: the scheduler's own notices (drills falling due) may be there already.
  expect((await commander.request.post("/api/notifications/read")).ok()).toBe(true);
  await commander.reload();
  await expect(commander.getByRole("link", { name: /Notifications/ })).not.toContainText(/\d/);
  const title = `Paging ${Date.now()}`;
  await declareThroughApi(commander.request, {
    title,
    services: [{ key: "core-api", impact: "down" }],
    detectedAt: new Date(Date.now() - 45 * MINUTE_MS).toISOString(),
  });
  // Level 2 (technical lead + incident commander) has fallen due: the scheduler fires it within seconds.
  await expect(commander.getByRole("link", { name: /Notifications/ })).toContainText(/\d/, { timeout: 50_000 });
  // A drill's due notice may be what lit the badge: the escalation's own notice follows within the wait.
  await expect(async () => {
    await commander.reload();
    await expect(commander.getByRole("main")).toContainText("Level 2", { timeout: 1_000 });
  }).toPass({ timeout: 50_000 });
  await commander.getByRole("button", { name: "Mark all read" }).click();
  await expect(commander.getByRole("link", { name: /Notifications/ })).not.toContainText(/\d/);
});

test("an admin adds a webhook in Settings and sees its secret once; others see no webhooks", async ({ signedInAs }) => {
  const admin = await signedInAs("admin");
  await admin.goto("/settings");
  await admin.getByLabel("Destination name").fill("Pager bridge");
  await admin.getByLabel("URL").fill("http://127.0.0.1:9/muster");
  await admin.getByRole("button", { name: "Add webhook" }).click();
  await expect(admin.getByTestId("new-webhook-secret")).toHaveText(/^whsec_/);
  await admin.reload();
  await expect(admin.getByTestId("new-webhook-secret")).toHaveCount(0);
  await expect(admin.getByText("Pager bridge").first()).toBeVisible();

  const viewer = await signedInAs("viewer");
  await viewer.goto("/settings");
  await expect(viewer.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(viewer.getByText("Destination name")).toHaveCount(0);
  expect((await viewer.request.post("/api/webhooks", { data: { name: "Mine", url: "http://127.0.0.1:9/x" } })).status()).toBe(403);
});
