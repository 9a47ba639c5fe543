// A plan admin adds items of the plan in the browser and removes them, and a removal the plan cannot
// take is refused in words beside the button. Against a server and database of their own (the
// plan-editing project): other specs read the services, contacts and escalation levels.
import { expect, test } from "./fixtures/authentication";

test("an admin adds a service with its dependency, removes it, and is told why Database cannot go", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/services");

  await page.getByText("Add a service", { exact: true }).click();
  const adding = page.getByRole("form", { name: "Add a service" });
  await adding.getByLabel("Name").fill("Billing");
  await adding.getByLabel("Priority").fill("3");
  await adding.getByLabel("RTO (minutes)").fill("120");
  await adding.getByLabel("RPO (minutes)").fill("30");
  await adding.getByRole("checkbox", { name: "Database" }).check();
  await adding.getByRole("button", { name: "Add service" }).click();

  const matrix = page.locator("#priority-matrix");
  await expect(matrix.getByRole("row").filter({ hasText: "Billing" })).toContainText("2 h");
  // Emptied for the next one.
  await expect(adding.getByLabel("Name")).toHaveValue("");
  expect((await (await page.request.get("/api/services")).json()).find((service: { key: string }) => service.key === "billing")).toMatchObject({ rtoMinutes: 120, rpoMinutes: 30, dependsOn: ["database"] });

  const editing = (name: string) => page.locator("#edit-services details").filter({ has: page.locator("summary").getByText(name, { exact: true }) });
  const billing = editing("Billing");
  await billing.locator("summary").click();
  await billing.getByRole("button", { name: "Remove from the plan…" }).click();
  await expect(billing.getByRole("button", { name: "Remove Billing" })).toBeFocused();
  await billing.getByRole("button", { name: "Remove Billing" }).click();
  await expect(matrix.getByRole("row").filter({ hasText: "Billing" })).toHaveCount(0);

  const database = editing("Database");
  await database.locator("summary").click();
  await database.getByRole("button", { name: "Remove from the plan…" }).click();
  await database.getByRole("button", { name: "Remove Database" }).click();
  await expect(database.getByRole("alert")).toContainText(/^Database cannot be removed from the plan: .*Core API.* depend on it: take it out of their dependencies first\.$/);
  await expect(matrix.getByRole("row").filter({ hasText: "Database" })).not.toHaveCount(0);
});

test("an admin adds a vendor contact and removes it; an escalation level after the open last one is refused beside its field", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  await page.goto("/contacts");

  await page.getByText("Add a contact", { exact: true }).click();
  const adding = page.getByRole("form", { name: "Add a contact" });
  await adding.getByLabel("Kind").selectOption("external");
  await adding.getByLabel("Role").fill("Payments provider");
  await adding.getByLabel("Name").fill("Pat Payne");
  await adding.getByLabel("Phone").fill("+44 20 7946 0002");
  await adding.getByLabel("E-mail").fill("pat@payco.example");
  await adding.getByRole("button", { name: "Add contact" }).click();

  const card = page.locator("#external-contacts li").filter({ hasText: "Pat Payne" });
  await expect(card).toContainText("Payments provider");
  await expect(card.getByText("Demo value")).toHaveCount(0);

  await card.getByText("Edit Payments provider").click();
  await card.getByRole("button", { name: "Remove from the plan…" }).click();
  await card.getByRole("button", { name: "Remove Pat Payne" }).click();
  await expect(page.locator("#external-contacts li").filter({ hasText: "Pat Payne" })).toHaveCount(0);

  const versionBefore = (await (await page.request.get("/api/plan")).json()).version;
  await page.getByText("Add an escalation level", { exact: true }).click();
  const level = page.getByRole("form", { name: "Add an escalation level" });
  await level.getByLabel("Name").fill("Board");
  await level.getByLabel("Fires after (minutes)").fill("300");
  await level.getByLabel("Audience").fill("The board");
  // The first contact the picker offers, brought in.
  await level.getByRole("button", { name: "Add", exact: true }).click();
  await level.getByRole("button", { name: "Add level" }).click();
  const afterField = level.getByLabel("Fires after (minutes)");
  await expect(afterField).toHaveAttribute("aria-invalid", "true");
  await expect(level.getByRole("alert")).toContainText(/is open-ended: give it an end no later than 300 minutes first, so this level can take over\./);
  expect((await (await page.request.get("/api/plan")).json()).version).toBe(versionBefore);
});
