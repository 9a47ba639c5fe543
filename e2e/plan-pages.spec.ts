import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
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
    await expect(page.getByText("Edit Security Breach", { exact: true })).toHaveCount(role === "admin" ? 1 : 0);
    await expect(page.getByText("Edit the Critical tier", { exact: true })).toHaveCount(role === "admin" ? 1 : 0);

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
    await expect(escalation.getByText("Edit Level 2", { exact: true })).toHaveCount(role === "admin" ? 1 : 0);

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
    await expect(page.getByRole("cell", { name: "Full database restore" })).toBeVisible();
    await expect(page.getByText("Cross-region failover testing", { exact: false }).first()).toBeVisible();
    const backupForms = role === "admin" ? 1 : 0;
    for (const form of ["Edit Database Backups", "Edit the daily check", "Edit Database Recovery", "Edit RTO Achievement"]) {
      await expect(page.getByText(form, { exact: true })).toHaveCount(backupForms);
    }

    await page.goto("/plan");
    await expect(page.getByRole("heading", { level: 1, name: "Plan document" })).toBeVisible();
    await expect(page.getByText("CRYB Platform Engineering Team")).toBeVisible();
    // 1.0 as loaded; other specs' changes to the plan move it on, and the role matrix marks major versions.
    await expect(page.getByRole("region", { name: "Document", exact: true }).getByText(/^\d+\.\d+$/)).toBeVisible();
    await expect(page.getByText("Quarterly", { exact: true }).first()).toBeVisible();
    const recordReview = page.getByRole("button", { name: "Record review" });
    await expect(recordReview).toHaveCount(role === "admin" ? 1 : 0);
    await expect(page.getByRole("region", { name: "Plan as code" })).toHaveCount(role === "admin" ? 1 : 0);
    for (const form of ["Edit Quarterly Reviews", "Edit the agenda", "Edit Ongoing Training"]) {
      await expect(page.getByText(form, { exact: true })).toHaveCount(role === "admin" ? 1 : 0);
    }
    await expect(page.getByText("Edit the document details", { exact: true })).toHaveCount(role === "admin" ? 1 : 0);
  });
}

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
  await expect(report.getByRole("button", { name: /^Import as version \d+\.\d+$/ })).toBeVisible();
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

/** The newest entry of the plan's change record for an item; other specs change the plan meanwhile. */
async function latestChange(page: Page, kind: string, label: string) {
  const versions = await page.request.get("/api/plan/versions");
  expect(versions.status()).toBe(200);
  return ((await versions.json()) as { kind: string; label: string }[]).find((change) => change.kind === kind && change.label === label);
}

test("an admin changes a backup policy on the backups page, and the change record has it before and after", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/backups");
  // Typed into before the page has hydrated, React would put its own value back.
  await page.waitForLoadState("networkidle");
  await page.getByText("Edit Configuration Backups", { exact: true }).click();
  const form = page.getByRole("form", { name: "Edit Configuration Backups" });
  const retention = form.getByLabel("Retention");
  const before = await retention.inputValue();
  await retention.fill("120 days");
  await form.getByRole("button", { name: "Save policy" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Configuration Backups" }) });
  await expect(card.getByText("120 days", { exact: true })).toBeVisible();
  expect(await latestChange(page, "backup-policy", "Configuration Backups")).toMatchObject({ key: "configuration", before: { retention: before }, after: { retention: "120 days" } });

  // A bad value is refused beside its field, and nothing is saved.
  await retention.fill(" ");
  await form.getByRole("button", { name: "Save policy" }).click();
  await expect(form.getByRole("alert")).toHaveText("Retention must not be empty.");
  const restored = await page.request.patch("/api/backup-policies/configuration", { data: { retention: before } });
  expect(restored.status()).toBe(200);
});

test("an admin moves an item of the review agenda by keyboard, and adds and removes one", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/plan");
  await page.waitForLoadState("networkidle");
  const title = `Customer impact ${Date.now()}`;
  await page.getByText("Edit the agenda", { exact: true }).click();
  const adding = page.getByRole("form", { name: "Add an agenda item" });
  await adding.getByLabel("New item").fill(title);
  await adding.getByLabel("New item").press("Enter");
  const agenda = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Review agenda" }) }).locator("ol").first();
  await expect(agenda.locator(":scope > li").last()).toHaveText(title);

  const up = page.getByRole("button", { name: `Move “${title}” up` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(agenda.locator(":scope > li").nth(-2)).toHaveText(title);
  // The focus stays on the button, so the next press moves the item on.
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(agenda.locator(":scope > li").nth(-3)).toHaveText(title);

  await page.getByRole("button", { name: `Remove “${title}”` }).press("Enter");
  await expect(agenda).not.toContainText(title);
  expect(await latestChange(page, "review-agenda-item", title)).toMatchObject({ after: {} });
});

test("a list of the plan refuses an empty item beside it, in words, and keeps what it holds", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  type PlanList = { key: string; title: string; items: unknown[] };
  // Not the appendices: the role matrix writes those while this runs.
  const lists = ((await (await page.request.get("/api/plan/lists")).json()) as PlanList[]).filter((list) => list.key !== "appendices");
  const list = lists[0];
  await page.goto("/plan");
  await page.waitForLoadState("networkidle");
  await page.getByText(`Edit ${list.title}`, { exact: true }).click();
  const form = page.getByRole("form", { name: `Edit ${list.title}` });
  await form.getByRole("button", { name: "Add an item" }).click();
  const added = form.getByLabel(`Item ${list.items.length + 1}`, { exact: true });
  await added.fill("   ");
  await form.getByRole("button", { name: "Save list" }).click();
  await expect(added).toHaveAttribute("aria-invalid", "true");
  await expect(added).toHaveAccessibleDescription(`Item ${list.items.length + 1} must not be empty.`);
  await expect(form.getByRole("status")).toHaveCount(0);
  const after = ((await (await page.request.get("/api/plan/lists")).json()) as PlanList[]).find((other) => other.key === list.key);
  expect(after?.items).toEqual(list.items);
});

test("an admin adds a communication template in Settings and removes it", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/settings");
  await page.waitForLoadState("networkidle");
  const name = `Board briefing ${Date.now()}`;
  await page.getByText("Add a template", { exact: true }).click();
  const adding = page.getByRole("form", { name: "Add a template" });
  await adding.getByLabel("Name").fill(name);
  await adding.getByLabel("For").selectOption("stakeholders");
  await adding.getByLabel("Headline").fill("{{incident.number}}: {{incident.title}}");
  await adding.getByLabel("Text").fill("Now {{incident.state}}. Dear {{customer}}");
  await adding.getByRole("button", { name: "Add template" }).click();
  await expect(adding.getByRole("alert")).toContainText("{{customer}}");
  await adding.getByLabel("Text").fill("Now {{incident.state}}.");
  await adding.getByRole("button", { name: "Add template" }).click();

  const template = page.getByRole("form", { name, exact: true });
  await expect(template.getByLabel("Text")).toHaveValue("Now {{incident.state}}.");
  await expect(template).toContainText("For stakeholders");
  expect(await latestChange(page, "communication-template", name)).toMatchObject({ before: {}, after: { name, audience: "stakeholders" } });

  // An edit with a placeholder Muster does not know is refused beside its field, and not saved.
  await template.getByLabel("Headline").fill("{{incident.number}} for {{customer}}");
  await template.getByRole("button", { name: "Save template" }).click();
  await expect(template.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
  await expect(template.getByLabel("Headline")).toHaveAccessibleDescription(/^Headline must use only the placeholders .*, not \{\{customer\}\}\.$/);
  await page.reload();
  await expect(page.getByRole("form", { name, exact: true }).getByLabel("Headline")).toHaveValue("{{incident.number}}: {{incident.title}}");

  await template.getByRole("button", { name: "Remove…" }).click();
  await template.getByRole("button", { name: "Remove template" }).click();
  await expect(template).toHaveCount(0);
  expect(await latestChange(page, "communication-template", name)).toMatchObject({ after: {} });
});

// A scenario no other spec reads: the admin gives it one more example and a runbook, in order.
test("an admin edits a scenario on the scenarios page, and the plan's record shows the change", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/scenarios");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Third-Party Service Outage" }) });
  await card.getByText("Edit Third-Party Service Outage", { exact: true }).click();
  const form = card.getByRole("form", { name: "Edit Third-Party Service Outage" });
  const example = `SMS gateway outage ${Date.now()}`;
  const examples = form.getByLabel("Examples");
  await examples.fill(`${await examples.inputValue()}\n${example}`);
  await form.getByLabel("Add to runbooks it brings in").selectOption({ label: "Database Recovery" });
  await form.getByRole("button", { name: "Add", exact: true }).click();
  await form.getByRole("button", { name: "Save scenario" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved");
  await expect(card.getByRole("link", { name: "Database Recovery" })).toBeVisible();
  await expect(card.getByText(example, { exact: true })).toBeVisible();

  const changes: { kind: string; key: string; after: { examples: string[] } }[] = await (await page.request.get("/api/plan/versions")).json();
  const change = changes.find((candidate) => candidate.kind === "scenario" && candidate.key === "third-party-service-outage");
  expect(change).toMatchObject({ kind: "scenario", key: "third-party-service-outage", after: { runbooks: ["database-failure"] } });
  expect(change?.after.examples).toContain(example);
});
