// A plan admin edits the database runbook by keyboard alone: Tab to "Add step", type the step,
// Enter; then "Move up" twice, focus staying on the moved step and a live region saying where it
// now stands. The step is there, in its place, after a reload. It runs against a server and
// database of its own (the plan-editing project): other specs read the database runbook.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInThroughApi } from "./fixtures/authentication";

const TITLE = "Page the database administrator";
const COMMAND = "./disaster-recovery/scripts/page-dba.sh";

/** Presses Tab until `target` has the focus, as a keyboard user would; fails if it never comes. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 150; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("Tab never reached the control");
}

test("an admin adds a step to the database runbook and moves it up, by keyboard only", async ({ browser }) => {
  const context = await browser.newContext();
  await signInThroughApi(context, "admin");
  const page = await context.newPage();
  await page.goto("/runbooks/database-failure");
  const recovery = page.getByRole("region", { name: "Recovery Steps" });
  const steps = recovery.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Edit step/ }) });
  const before = await steps.count();
  const status = page.locator("#runbook-edit-announcement");

  await tabTo(page, recovery.getByRole("button", { name: "+ Add step to Recovery Steps" }));
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "New step in Recovery Steps" });
  await expect(form.getByLabel("Title")).toBeFocused();
  await page.keyboard.type(TITLE);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Details")).toBeFocused();
  await page.keyboard.type("By phone first, then by e-mail");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Script command")).toBeFocused();
  await page.keyboard.type(COMMAND);
  await page.keyboard.press("Enter");

  const added = recovery.getByRole("button", { name: `Edit step ${TITLE}` });
  await expect(added).toBeFocused();
  await expect(status).toHaveText(`Step “${TITLE}” added as step ${before + 1} of ${before + 1} in Recovery Steps.`);
  await expect(steps).toHaveCount(before + 1);
  await expect(steps.last()).toContainText(COMMAND);

  // Tab from the step's Edit button to its Move up, and press it twice.
  await page.keyboard.press("Tab");
  const moveUp = recovery.getByRole("button", { name: `Move step ${TITLE} up` });
  await expect(moveUp).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(`Step “${TITLE}” moved to position ${before} of ${before + 1} in Recovery Steps.`);
  await expect(moveUp).toBeFocused();
  await expect(moveUp).toBeEnabled();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText(`Step “${TITLE}” moved to position ${before - 1} of ${before + 1} in Recovery Steps.`);
  await expect(moveUp).toBeFocused();
  await expect(steps.nth(before - 2)).toContainText(TITLE);

  await page.reload();
  await expect(steps).toHaveCount(before + 1);
  await expect(steps.nth(before - 2)).toContainText(TITLE);
  await expect(steps.nth(before - 2)).toContainText(COMMAND);
  await expect(steps.last()).not.toContainText(TITLE);

  // The API reads the same, and the plan's change record names the step list.
  const runbook = await (await context.request.get("/api/runbooks/database-failure")).json();
  const step = runbook.phases.find((phase: { key: string }) => phase.key === "recovery").steps[before - 2];
  expect(step).toMatchObject({ title: TITLE, command: COMMAND, details: ["By phone first, then by e-mail"], position: before - 1 });
  const [latest] = await (await context.request.get("/api/plan/versions")).json();
  expect(latest).toMatchObject({ kind: "runbook", key: "database-failure" });
  expect(latest.after["Recovery Steps: steps"][before - 2]).toBe(TITLE);
  await context.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds nothing on the runbook's open edit forms, ${colorScheme}`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    await signInThroughApi(context, "admin");
    const page = await context.newPage();
    await page.goto("/runbooks/database-failure");
    const axe = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map((violation) => violation.id);
    await page.getByRole("button", { name: "Edit phase Immediate Actions" }).click();
    await expect(page.getByRole("form", { name: "Edit phase Immediate Actions" })).toBeVisible();
    expect(await axe()).toEqual([]);
    // One form at a time: opening a step's closes the phase's.
    await page.getByRole("button", { name: "Edit step Restore from backup" }).click();
    await expect(page.getByRole("form", { name: "Edit step Restore from backup" })).toBeVisible();
    await expect(page.getByRole("form")).toHaveCount(1);
    await page.getByRole("button", { name: "Save step" }).click();
    await expect(page.getByRole("form")).toHaveCount(0);
    // The save refreshes the page, its title with it, and a plan change made meanwhile on this
    // server (the plan-items spec) refreshes it again: axe reads the page once it has settled.
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveTitle(/Database Recovery/);
    await expect.poll(axe).toEqual([]);
    await context.close();
  });
}
