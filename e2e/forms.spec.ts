import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

/** Every write the page sends from now on, as "METHOD /path". */
function writesOf(page: Page): string[] {
  const writes: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET" && request.url().includes("/api/") && !request.url().includes("/api/auth/")) {
      writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    }
  });
  return writes;
}

/** A form showing its refusals reads as well as it does without them, in the light and the dark. */
async function expectNoAxeViolations(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((violation) => `${colorScheme}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  }
}

test("the declaration says beside each field what is missing, in words, and declares nothing", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  await page.goto("/incidents/new");
  // Typed into before the page has hydrated, React would put its own value back.
  await page.waitForLoadState("networkidle");
  const writes = writesOf(page);

  await page.getByRole("button", { name: "Declare incident" }).click();
  const title = page.getByLabel("Title");
  await expect(page.locator("#incident-title-error")).toHaveText("Give the incident a title: what is happening, in a few words.");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAttribute("aria-describedby", "incident-title-error");
  await expect(title).toBeFocused();
  await expect(page.locator("#affected-services-error")).toHaveText("Tick at least one affected service.");

  // Too short a title is said with the field's name as the form shows it, not the API's.
  await title.fill("DB");
  await page.getByRole("checkbox", { name: "Database", exact: true }).check();
  await page.getByRole("button", { name: "Declare incident" }).click();
  await expect(page.locator("#incident-title-error")).toHaveText("Title must be at least 3 characters.");
  await expect(page.locator("#affected-services-error")).toHaveCount(0);
  await expect(page.getByRole("main")).not.toContainText("title");

  await expect(page).toHaveURL(/\/incidents\/new$/);
  expect(writes).toEqual([]);
  await expectNoAxeViolations(page);
});

test("a plan edit form refuses a value beside its field, in words, and saves nothing", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/services");
  await page.waitForLoadState("networkidle");
  const writes = writesOf(page);
  await page.getByText("Database", { exact: true }).and(page.locator("summary")).click();
  const form = page.getByRole("form", { name: "Edit Database" });
  const rto = form.getByLabel("RTO (minutes)");
  const before = await rto.inputValue();

  await rto.fill("soon");
  await form.getByRole("button", { name: "Save service" }).click();
  await expect(form.getByRole("alert")).toHaveText("The RTO must be a whole number from 0 to 525600.");
  await expect(rto).toHaveAttribute("aria-invalid", "true");
  await expect(rto).toBeFocused();
  await expect(form).not.toContainText("rtoMinutes");

  await form.getByLabel("Name").fill(" ");
  await form.getByRole("button", { name: "Save service" }).click();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Give the service a name.");

  expect(writes).toEqual([]);
  await expectNoAxeViolations(page);
  const services: { key: string; name: string; rtoMinutes: number | null }[] = await (await page.request.get("/api/services")).json();
  expect(services.find((service) => service.key === "database")).toMatchObject({ name: "Database", rtoMinutes: Number(before) });
});

test("the status update composer asks for the text beside it and posts nothing until there is one", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const { id } = await declareThroughApi(page.request, { title: `Forms in words ${Date.now()}`, services: [{ key: "web-application", impact: "degraded" }] });
  await page.goto(`/incidents/${id}`);
  await page.waitForLoadState("networkidle");
  const writes = writesOf(page);
  const composer = page.getByRole("form", { name: "Post a status update" });
  const body = composer.getByLabel("Status update", { exact: true });

  await composer.getByRole("button", { name: "Post update" }).click();
  await expect(body).toHaveAccessibleDescription("Write the update before posting.");
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await expect(body).toBeFocused();
  expect(writes).toEqual([]);
  const events: { type: string }[] = await (await page.request.get(`/api/incidents/${id}/events`)).json();
  expect(events.filter((event) => event.type === "status_update.posted")).toEqual([]);

  // Once written, the refusal goes and the update is posted.
  await body.fill("Investigating slow pages.");
  await expect(body).not.toHaveAttribute("aria-invalid", "true");
  await composer.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("region", { name: "Status updates" })).toContainText("Investigating slow pages.");
  await expect(body).toHaveValue("");
});
