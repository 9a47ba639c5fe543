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
    // 1.0 as loaded; other specs' changes to the plan move it on, and the role matrix marks major versions.
    await expect(page.getByRole("region", { name: "Document", exact: true }).getByText(/^\d+\.\d+$/)).toBeVisible();
    await expect(page.getByText("Quarterly", { exact: true }).first()).toBeVisible();
    const recordReview = page.getByRole("button", { name: "Record review" });
    await expect(recordReview).toHaveCount(role === "admin" ? 1 : 0);
  });
}
