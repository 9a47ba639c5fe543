// Resolving shows what is still open and asks first; the public resolution notice is one step of
// it, and the public page says the incident is over as soon as it is resolved.
import AxeBuilder from "@axe-core/playwright";
import { expect, signInThroughApi, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { WarRoomPage } from "./pages/war-room-page";

const LIVE_WITHIN = { timeout: 5_000 };
const TICKED = ["Execute database health check", "Stop all application services", "Assess database state"];

test("resolving lists the open steps, services, escalations and public notice, and posts the resolution from the dialog", async ({ signedInAs, browser }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const publicContext = await browser.newContext();
  const publicPage = await publicContext.newPage();
  const stamp = Date.now();
  const investigating = `Web app trouble ${stamp}`;
  const { id } = await declareThroughApi(commanderPage.request, {
    title: `Replica corruption ${stamp}`,
    scenarioKey: "database-corruption-loss",
    services: [
      { key: "database", impact: "down" },
      { key: "web-application", impact: "degraded" },
    ],
  });
  const posted = await commanderPage.request.post(`/api/incidents/${id}/status-updates`, {
    data: { audience: "public", subject: investigating, body: "Some pages load slowly; we are on it." },
  });
  expect(posted.status()).toBe(201);
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating"]) {
    expect((await commanderPage.request.post(`/api/incidents/${id}/transitions`, { data: { to } })).ok(), `move to ${to}`).toBe(true);
  }

  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  await Promise.all([commander.goto(id), responder.goto(id)]);
  await responder.join();
  for (const step of TICKED) await responder.tick(step);
  const { checklist } = await (await commanderPage.request.get(`/api/incidents/${id}`)).json();
  const open = checklist.length - TICKED.length;
  await expect(commander.step(TICKED[2])).toBeChecked(LIVE_WITHIN);

  // The dialog lists what is still open, in words, and asks.
  await commander.openResolve();
  const dialog = commander.resolveDialog();
  // Focus is inside the dialog.
  await expect(dialog.locator(":focus")).toHaveCount(1);
  const stillOpen = dialog.getByRole("list", { name: "Still open" });
  await expect(stillOpen).toContainText(`${open} of ${checklist.length} checklist steps not ticked`);
  await expect(stillOpen).toContainText("2 services not restored");
  await expect(stillOpen).toContainText("Database");
  await expect(stillOpen).toContainText(/escalations? not acknowledged/, { timeout: 20_000 });
  await expect(dialog).toContainText(`The public page still shows this incident as ongoing: “${investigating}”`);
  await expect(dialog.getByRole("button", { name: "Resolve anyway" })).toBeVisible();

  // Cancel leaves it unresolved for everyone, and focus back on the button that opened the dialog.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  const resolveButton = commanderPage.getByRole("button", { name: "Move to Resolved", exact: true });
  await expect(resolveButton).toBeFocused();
  expect((await (await commanderPage.request.get(`/api/incidents/${id}`)).json()).state).toBe("validating");
  await expect(responder.checklist().getByRole("checkbox").first()).toBeVisible();

  // By keyboard: Enter opens it, Escape closes it.
  await resolveButton.press("Enter");
  await expect(dialog).toBeVisible();
  await commanderPage.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(resolveButton).toBeFocused();

  // The resolution notice from the plan's template, edited, posted from the dialog.
  await resolveButton.press("Enter");
  await dialog.getByRole("button", { name: "Write the resolution notice" }).click();
  const headline = dialog.getByLabel("Headline", { exact: true });
  await expect(headline).toHaveValue(/^Resolved: the issue affecting Web Application/);
  await expect(dialog.getByLabel("Notice", { exact: true })).toHaveValue(/was resolved at \d/);
  const resolvedHeadline = `All clear for the web app ${stamp}`;
  await headline.fill(resolvedHeadline);
  await dialog.getByRole("button", { name: "Post to the public page" }).click();
  await expect(dialog).toContainText("The resolution notice is the latest update on the public page.");
  await dialog.getByRole("button", { name: "Resolve anyway" }).click();
  await expect(dialog).toHaveCount(0);

  // The responder sees it resolved live: no more steps to tick.
  await expect(responder.timeline()).toContainText("moved the incident to Resolved", LIVE_WITHIN);
  await expect(responder.checklist().getByRole("checkbox")).toHaveCount(0, LIVE_WITHIN);

  // Someone with no session reads it on the public page at once: resolved, with the notice.
  await publicPage.goto("/status/public");
  const history = publicPage.getByRole("region", { name: "Past incidents" });
  const resolved = history.getByRole("listitem").filter({ hasText: resolvedHeadline });
  await expect(resolved).toContainText("Resolved");
  await resolved.getByText(resolvedHeadline).click();
  await expect(resolved).toContainText("All services are operating normally.");
  await expect(resolved).toContainText("Some pages load slowly; we are on it.");
  await expect(publicPage.getByRole("region", { name: "Ongoing incidents" }).filter({ hasText: investigating })).toHaveCount(0);
  await publicContext.close();
});

test("with nothing left open the dialog still asks, briefly", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const { id } = await declareThroughApi(page.request, { title: `CDN scare ${Date.now()}`, services: [{ key: "cdn", impact: "at_risk" }] });
  expect((await page.request.post(`/api/incidents/${id}/services/cdn/restored`, { data: {} })).ok()).toBe(true);
  for (const to of ["assessing", "standard_response", "recovering", "monitoring", "validating"]) {
    expect((await page.request.post(`/api/incidents/${id}/transitions`, { data: { to } })).ok(), `move to ${to}`).toBe(true);
  }
  const { checklist } = await (await page.request.get(`/api/incidents/${id}`)).json();
  for (const item of checklist as { id: string; version: number }[]) {
    expect((await page.request.patch(`/api/incidents/${id}/checklist/${item.id}`, { data: { done: true, version: item.version } })).ok()).toBe(true);
  }
  // Level 1 is due at detection: once it has fired, it is acknowledged.
  const fired = async () =>
    ((await (await page.request.get(`/api/incidents/${id}`)).json()).escalations as { id: string; firedAt: string | null }[]).filter((escalation) => escalation.firedAt);
  await expect.poll(async () => (await fired()).length, { timeout: 20_000 }).toBeGreaterThan(0);
  for (const escalation of await fired()) {
    expect((await page.request.post(`/api/escalations/${escalation.id}/acknowledge`)).ok()).toBe(true);
  }
  const warRoom = new WarRoomPage(page);
  await warRoom.goto(id);
  await warRoom.openResolve();
  const dialog = warRoom.resolveDialog();
  await expect(dialog).toContainText("Nothing is left open");
  await expect(dialog).toContainText("Nothing about this incident has been posted to the public page.");
  await dialog.getByRole("button", { name: "Resolve", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(warRoom.timeline()).toContainText("moved the incident to Resolved");
});

test("axe finds nothing in the resolve dialog or the roles panel with a plan contact, light and dark, at 1280 and 390 px", async ({ browser, signedInAs }) => {
  // Four pages read one after another, each in full.
  test.setTimeout(240_000);
  const setup = await signedInAs("commander");
  const { id } = await declareThroughApi(setup.request, {
    title: `Accessible resolve ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating"]) {
    expect((await setup.request.post(`/api/incidents/${id}/transitions`, { data: { to } })).ok(), `move to ${to}`).toBe(true);
  }
  const contacts: { id: string; key: string }[] = await (await setup.request.get("/api/contacts")).json();
  const comms = contacts.find((contact) => contact.key === "communications-lead");
  expect((await setup.request.post(`/api/incidents/${id}/roles`, { data: { contactId: comms?.id, role: "communications_lead" } })).status()).toBe(201);
  const found: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
      await signInThroughApi(context, "commander");
      const warRoom = new WarRoomPage(await context.newPage());
      // What axe reads is the page itself, live connection or not.
      await warRoom.page.goto(`/incidents/${id}`);
      await expect(warRoom.roles()).toContainText("Plan contact", { timeout: 20_000 });
      await warRoom.openResolve();
      await warRoom.resolveDialog().getByRole("button", { name: "Write the resolution notice" }).click();
      const { violations } = await new AxeBuilder({ page: warRoom.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      found.push(...violations.map((violation) => `${colorScheme} ${width}: ${violation.id} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`));
      await context.close();
    }
  }
  expect(found).toEqual([]);
});
