// A drill is scored and reported: the figures suggest each success criterion, the commander
// confirms them, records a finding that becomes an action item, and downloads the drill report.
import { ReviewPage } from "./pages/review-page";
import { expect, test } from "./fixtures/authentication";
import { MINUTE_MS } from "../lib/format";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";

test("the commander confirms a drill's suggested scores, adds a finding and its action item, and downloads the report with the figures", async ({
  signedInAs,
}) => {
  const page = await signedInAs("commander");
  const stamp = Date.now();
  // Detected 2 hours ago: the database back after 42 min (5 min of data lost), the core API after
  // 70 min (30 min lost), against RTOs of 1 h and RPOs of 15 min.
  const detectedAt = Date.now() - 120 * MINUTE_MS;
  const drill = await declareThroughApi(page.request, {
    title: `Database recovery drill ${stamp}`,
    isDrill: true,
    services: [
      { key: "database", impact: "down" },
      { key: "core-api", impact: "down" },
    ],
    detectedAt: new Date(detectedAt).toISOString(),
  });
  for (const [key, minutes, dataLossMinutes] of [["database", 42, 5], ["core-api", 70, 30]] as const) {
    const restored = await page.request.post(`/api/incidents/${drill.id}/services/${key}/restored`, {
      data: { restoredAt: new Date(detectedAt + minutes * MINUTE_MS).toISOString(), dataLossMinutes },
    });
    expect(restored.ok(), `restore ${key}`).toBe(true);
  }
  await resolveThroughApi(page.request, drill.id);

  const review = new ReviewPage(page);
  await review.goto(drill.id);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Drill report");

  const rto = review.criterion("RTO Achievement");
  await expect(rto).toContainText("Suggested: not met, because Core API was restored in 1 h 10 min against a 1 h RTO");
  await expect(rto).toContainText("Not confirmed yet");
  await rto.getByRole("button", { name: "Confirm: not met for RTO Achievement" }).click();
  await expect(rto).toContainText("Confirmed by Casey Commander");
  await expect(rto.getByText("Not met", { exact: true })).toBeVisible();

  const rpo = review.criterion("RPO Achievement");
  await expect(rpo).toContainText("Suggested: not met, because Core API lost 30 min of data against a 15 min RPO");
  await rpo.getByRole("button", { name: "Confirm: not met for RPO Achievement" }).click();
  await expect(rpo).toContainText("Confirmed by Casey Commander");

  // Performance has no measure in Muster: the commander decides.
  const performance = review.criterion("Performance");
  await expect(performance).toContainText("No suggestion");
  await performance.getByRole("button", { name: "Decide Performance" }).click();
  await performance.getByLabel("Met", { exact: true }).check();
  await performance.getByRole("button", { name: "Confirm score" }).click();
  await expect(performance).toContainText("Confirmed by Casey Commander");

  // Overriding a suggestion takes a note: without one, the commander is told why in words.
  const communication = review.criterion("Communication");
  await expect(communication).toContainText("Suggested: not met, because no status update was posted to stakeholders or the public");
  await communication.getByRole("button", { name: "Score differently Communication" }).click();
  await communication.getByLabel("Met", { exact: true }).check();
  await communication.getByRole("button", { name: "Confirm score" }).click();
  await expect(communication.getByText(/The note must say why the score differs from what the figures suggest/)).toBeVisible();
  await communication.getByLabel(/Why the figures do not settle it/).fill("Stakeholders were told by phone, as the drill plan says");
  await communication.getByRole("button", { name: "Confirm score" }).click();
  await expect(communication).toContainText("Overridden by Casey Commander");

  const finding = `Replica promotion took 20 minutes ${stamp}`;
  await review.findings().getByLabel("Add a finding").fill(finding);
  await review.findings().getByRole("button", { name: "Add finding" }).click();
  await expect(review.findings().getByRole("listitem").filter({ hasText: finding })).toBeVisible();
  await review.findings().getByRole("button", { name: "Make an action item of finding 1" }).click();
  const itemTitle = `Script the replica promotion ${stamp}`;
  await review.findings().getByLabel("Action item", { exact: true }).fill(itemTitle);
  await review.findings().getByLabel("Owner", { exact: true }).selectOption({ label: "Riley Responder" });
  await review.findings().getByLabel("Priority").selectOption({ label: "High" });
  await review.findings().getByRole("button", { name: "Add action item" }).click();
  await expect(review.findings().getByRole("listitem").filter({ hasText: finding })).toContainText(`Action item${itemTitle}Riley ResponderOpen`);
  await expect(review.actionItem(itemTitle)).toContainText("Riley Responder");

  const { name, text } = await review.downloadMarkdown("Download drill report");
  expect(name).toBe(`drill-${drill.number}-report.md`);
  expect(text).toContain(`# Drill report: #${drill.number} Database recovery drill ${stamp}`);
  expect(text).toContain("- Database: RTO target 1 h, recovered in 42 min (met); RPO target 15 min, 5 min of data lost (met)");
  expect(text).toContain("- Core API: RTO target 1 h, recovered in 1 h 10 min (missed); RPO target 15 min, 30 min of data lost (missed)");
  expect(text).toMatch(/- RTO Achievement \(.*\): Not met\. Suggested: not met, because Core API was restored in 1 h 10 min against a 1 h RTO\. Confirmed by Casey Commander/);
  expect(text).toMatch(/- Performance \(.*\): Met\. No suggestion: the figures do not measure this\. Confirmed by Casey Commander/);
  expect(text).toMatch(/- Communication \(.*\): Met\. .*Overridden by Casey Commander.*Stakeholders were told by phone/);
  expect(text).toContain(`1. Replica promotion took 20 minutes ${stamp} (action item: Script the replica promotion ${stamp}, Riley Responder, open)`);
  expect(text).toContain(`| Script the replica promotion ${stamp} | Riley Responder |`);
  expect(text).toMatch(/## Who took part\n\n- Casey Commander: Incident commander/);
});
