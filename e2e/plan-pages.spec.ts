import { readFile } from "node:fs/promises";
import { parse, stringify } from "yaml";
import { expect, test } from "./fixtures/authentication";
import { ROLES } from "./fixtures/users";

// Each signed-in role reads every plan page; each check names data that comes from the plan.
for (const role of ROLES) {
  test(`the ${role} reads every plan page`, async ({ signedInAs }) => {
    const page = await signedInAs(role);

    await page.goto("/services");
    await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
    const authentication = page.getByRole("row").filter({ hasText: "Authentication" }).first();
    await expect(authentication).toContainText("1 h");
    await expect(authentication).toContainText("15 min");
    await expect(authentication).toContainText("Database");
    await expect(authentication).toContainText("Redis");
    const order = page.getByRole("list", { name: "Recovery order" });
    const stages = await order.locator(":scope > li").allTextContents();
    const stageOf = (name: string) => stages.findIndex((stage) => stage.includes(name));
    expect(stageOf("Database")).toBeGreaterThanOrEqual(0);
    expect(stageOf("Database")).toBeLessThan(stageOf("Core API"));
    expect(stageOf("Core API")).toBeLessThan(stageOf("Web Application"));
    await expect(page.getByRole("img", { name: /dependency graph/i })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Edit services" })).toHaveCount(role === "admin" ? 1 : 0);

    await page.goto("/scenarios");
    await expect(page.getByRole("heading", { level: 1, name: "Scenarios" })).toBeVisible();
    const critical = page.getByRole("region", { name: /critical/i });
    await expect(critical).toContainText("Database Corruption/Loss");
    await expect(critical).toContainText("Ransomware attack");
    await expect(page.getByRole("region", { name: /minor/i })).toContainText("Certificate expiration");

    await page.goto("/contacts");
    await expect(page.getByRole("heading", { level: 1, name: "Contacts & escalation" })).toBeVisible();
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
    await expect(page.locator('a[href="mailto:aws-support@cryb.ai"]')).toBeVisible();
    await expect(page.getByText("Edit Incident Commander", { exact: true })).toHaveCount(role === "admin" ? 1 : 0);
    const escalation = page.getByRole("list", { name: "Escalation levels" });
    const levels = escalation.locator(":scope > li");
    await expect(levels).toHaveCount(4);
    await expect(levels.nth(1)).toContainText(/30[–-]60 min/);
    await expect(escalation).toContainText("Technical lead");
    await expect(escalation).toContainText("Legal");

    await page.goto("/runbooks");
    await expect(page.getByRole("heading", { level: 1, name: "Runbooks" })).toBeVisible();
    await page.getByRole("link", { name: /Database Recovery/ }).first().click();
    await expect(page).toHaveURL(/\/runbooks\/database-failure$/);
    await expect(page.getByText("./disaster-recovery/scripts/stop-all-services.sh")).toBeVisible();
    await expect(page.getByText("./disaster-recovery/scripts/gradual-service-start.sh")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy command" }).first()).toBeVisible();
    await expect(page.getByText(/15[–-]60 min/)).toBeVisible();

    await page.goto("/backups");
    await expect(page.getByRole("heading", { level: 1, name: "Backups & testing" })).toBeVisible();
    await expect(page.getByText("Every 15 minutes (streaming replication)")).toBeVisible();
    await expect(page.getByText("Full database restore")).toBeVisible();
    await expect(page.getByText("Cross-region failover testing", { exact: false }).first()).toBeVisible();

    await page.goto("/plan");
    await expect(page.getByRole("heading", { level: 1, name: "Plan document" })).toBeVisible();
    await expect(page.getByText("CRYB Platform Engineering Team")).toBeVisible();
    // 1.0 as loaded; other specs' changes to the plan move it on.
    await expect(page.getByRole("region", { name: "Document", exact: true }).getByText(/^1\.\d+$/)).toBeVisible();
    await expect(page.getByText("Quarterly", { exact: true }).first()).toBeVisible();
    const recordReview = page.getByRole("button", { name: "Record review" });
    await expect(recordReview).toHaveCount(role === "admin" ? 1 : 0);
    await expect(page.getByRole("region", { name: "Plan as code" })).toHaveCount(role === "admin" ? 1 : 0);
  });
}

test("the plan reads as one document, prints without the navigation and downloads as Markdown", async ({ signedInAs }) => {
  const viewer = await signedInAs("viewer");
  await viewer.goto("/plan/document");
  await expect(viewer.getByRole("heading", { level: 1, name: "CRYB Platform Disaster Recovery Plan" })).toBeVisible();
  // The download puts every contact's details in one file: a plan admin's, as the plan as code is.
  await expect(viewer.getByRole("link", { name: "Download Markdown" })).toHaveCount(0);
  expect((await viewer.request.get("/api/plan/export?format=markdown")).status()).toBe(403);

  const page = await signedInAs("admin");
  await page.goto("/plan/document");
  await expect(page.getByRole("heading", { level: 1, name: "CRYB Platform Disaster Recovery Plan" })).toBeVisible();
  const objectives = page.getByRole("region", { name: "Recovery Objectives" });
  const coreApi = objectives.getByRole("row").filter({ hasText: "Core API" }).first();
  await expect(coreApi).toContainText("1 hour");
  await expect(coreApi).toContainText("Database, Redis");
  await expect(page.getByRole("region", { name: "Recovery Procedures" }).getByText("./disaster-recovery/scripts/stop-all-services.sh")).toBeVisible();
  await expect(page.getByRole("region", { name: "Continuous Improvement" })).toContainText("Quarterly Reviews");

  const download = page.getByRole("link", { name: "Download Markdown" });
  const markdown = await page.request.get((await download.getAttribute("href")) ?? "");
  expect(markdown.headers()["content-type"]).toContain("text/markdown");
  const text = await markdown.text();
  expect(text).toMatch(/^# CRYB Platform Disaster Recovery Plan\n/);
  expect(text).toContain("### Service Priority Matrix");

  await page.emulateMedia({ media: "print" });
  await expect(download).toBeHidden();
  await expect(page.getByRole("link", { name: "Muster", exact: true })).toBeHidden();
  await expect(coreApi).toBeVisible();
});

type PlanFile = { services: { key: string; rto: string | null }[]; contacts: { email: string }[]; runbooks: { phases: Record<string, unknown>[] }[] };

// The import is only ever checked here, never applied: the file is the plan as downloaded, and
// applying it would put back what other specs change meanwhile. Applying is tested against the
// database in lib/plan/code/import.test.ts.
test("an admin downloads the plan as YAML, and an upload shows what it would change or every problem, changing nothing", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/plan");
  const panel = page.getByRole("region", { name: "Plan as code" });
  const download = page.waitForEvent("download");
  await panel.getByRole("link", { name: "Download YAML" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("muster-plan.yaml");
  const text = await readFile((await file.path())!, "utf8");
  expect(text.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=http:\/\/localhost:\d+\/api\/plan\/schema\.json$/);
  const plan = parse(text) as PlanFile;
  // Monitoring: the role matrix only ever writes it back as it stands.
  const monitoringRto = async () => (await (await page.request.get("/api/services")).json()).find((service: { key: string }) => service.key === "monitoring").rtoMinutes;
  const rtoBefore = await monitoringRto();

  const changed = structuredClone(plan);
  changed.services.find((service) => service.key === "monitoring")!.rto = "13h";
  await panel.getByLabel("Plan file (YAML or JSON)").setInputFiles({ name: "plan.yaml", mimeType: "application/yaml", buffer: Buffer.from(stringify(changed)) });
  const report = panel.getByRole("region", { name: "Import report" });
  await expect(report).toContainText("Service: Monitoring");
  await expect(report).toContainText(`rtoMinutes: ${rtoBefore} → 780`);
  await expect(report.getByRole("button", { name: /^Import as version 1\.\d+$/ })).toBeVisible();
  await report.getByRole("button", { name: "Cancel" }).click();
  await expect(report).toHaveCount(0);

  const broken = structuredClone(plan);
  broken.services[3].rto = "four hours";
  broken.contacts[1].email = "not an address";
  broken.runbooks[1].phases[0].colour = "red";
  await panel.getByLabel("Plan file (YAML or JSON)").setInputFiles({ name: "plan.yaml", mimeType: "application/yaml", buffer: Buffer.from(stringify(broken)) });
  const refusal = panel.getByRole("alert");
  await expect(refusal).toContainText("The plan was not imported (3 problems; nothing changed):");
  await expect(refusal.getByRole("listitem")).toHaveText([
    'services[3].rto: must be a duration such as "1h"',
    "runbooks[1].phases[0].colour: is not a field of the plan",
    "contacts[1].email: must be an e-mail address",
  ]);
  expect(await monitoringRto()).toBe(rtoBefore);
});
