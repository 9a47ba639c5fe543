import type { Browser, Page } from "@playwright/test";
import { expect, signInThroughApi, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";
import { WarRoomMend } from "./pages/war-room-mend";

const HOUR_MS = 60 * 60_000;

/** A responder on a phone: the war room at 390 px, as a phone opens it. */
async function responderOnPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signInThroughApi(context, "responder");
  return context.newPage();
}

/** Counts the page's own navigations: a live change must arrive without a reload. */
function countNavigations(page: Page) {
  const counter = { count: 0 };
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) counter.count++;
  });
  return counter;
}

test("the commander mends an incident mid-flight and every other screen follows without a reload", async ({ browser, signedInAs }) => {
  const commanderPage = await signedInAs("commander");
  const viewerPage = await signedInAs("viewer");
  const phonePage = await responderOnPhone(browser);
  const stamp = Date.now();
  const incident = await declareThroughApi(commanderPage.request, { title: `Sign-in failing ${stamp}`, services: [{ key: "database", impact: "down" }, { key: "cdn", impact: "degraded" }] });

  const [commander, responder, viewer] = [commanderPage, phonePage, viewerPage].map((page) => new WarRoomMend(page));
  for (const room of [commander, responder, viewer]) await room.goto(incident.id);
  const [responderNavigations, viewerNavigations] = [countNavigations(phonePage), countNavigations(viewerPage)];
  // Only the commander sees the controls.
  await expect(responder.services().getByRole("button", { name: "Add a service" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Edit details" })).toHaveCount(0);

  await commander.addService("Authentication", "Down");
  const authentication = responder.service("Authentication");
  await expect(authentication).toBeVisible();
  await expect(authentication).toContainText("Down");
  // Authentication's own RTO is 60 min from detection: the clock counts down from under an hour.
  await expect(authentication).toContainText(/\d+ min left/);
  await expect(authentication).toContainText("RPO 15 min");
  await expect(responder.timeline()).toContainText("added Authentication, down");

  // Wrong details are refused beside their fields, in words, and nothing is written.
  const before = await (await commanderPage.request.get(`/api/incidents/${incident.id}`)).json();
  await commanderPage.getByRole("button", { name: "Edit details" }).click();
  const details = commanderPage.getByRole("form", { name: "Edit the incident's details" });
  await details.getByLabel("Title").fill("  ");
  await details.getByLabel("Detected at (UTC)").fill("2099-01-01T09:30");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(details.getByLabel("Title")).toHaveAccessibleDescription("Give the incident a title.");
  await expect(details.getByLabel("Detected at (UTC)")).toHaveAccessibleDescription(/The detection time cannot be in the future\.$/);
  await details.getByRole("button", { name: "Cancel" }).click();
  const unchanged = await (await commanderPage.request.get(`/api/incidents/${incident.id}`)).json();
  expect({ title: unchanged.title, detectedAt: unchanged.detectedAt }).toEqual({ title: `Sign-in failing ${stamp}`, detectedAt: before.detectedAt });

  const mended = `Authentication down behind the database ${stamp}`;
  await commander.editTitle(mended);
  await expect(viewerPage.getByRole("heading", { level: 1 })).toHaveText(mended);
  await expect(viewer.timeline()).toContainText(`Title was “Sign-in failing ${stamp}”, now “${mended}”`);

  // 20 min of data lost against Database's RPO of 15 min: the miss reads red, live, on the phone too.
  await commander.markRestored("Database", 20);
  const database = responder.service("Database");
  const miss = database.getByText("20 min of data lost (RPO 15 min, missed)");
  await expect(miss).toBeVisible();
  await expect(miss).toHaveClass(/text-critical/);
  await expect(database.getByText(/Restored in \d+ min \(within RTO\)/)).toHaveClass(/text-ok/);
  await expect(responder.service("Database").getByRole("button", { name: /Undo restore/ })).toHaveCount(0);

  await commander.service("Database").getByRole("button", { name: "Undo restore of Database" }).click();
  await expect(database).toContainText(/\d+ min left/);
  await expect(database).not.toContainText("data lost");
  await expect(viewer.service("Database")).toContainText("Down");
  await expect(viewer.timeline()).toContainText("undid the restore of Database");

  expect(responderNavigations.count).toBe(0);
  expect(viewerNavigations.count).toBe(0);

  // Management's board carries the mended title too.
  const board = new StatusBoardPage(viewerPage);
  await board.goto();
  await expect(board.incident(incident.number)).toContainText(mended);
  await expect(board.incident(incident.number)).toContainText("Authentication");
  await phonePage.context().close();
});

test("an incident declared in error leaves the metrics and the board, and stays in the list under its state", async ({ browser, signedInAs }) => {
  const commanderPage = await signedInAs("commander");
  const viewerPage = await signedInAs("viewer");
  const phonePage = await responderOnPhone(browser);
  const timeToDetect = viewerPage
    .getByRole("region", { name: "Overall" })
    .locator("div")
    .filter({ has: viewerPage.getByText("Time to detect", { exact: true }) })
    .locator("dd")
    .first();

  await viewerPage.goto("/metrics");
  const before = await timeToDetect.textContent();
  // A test declared as if its impact began three weeks before detection: it drags the mean time to detect.
  const detectedAt = new Date(Date.now() - 60_000);
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Test incident on live ${Date.now()}`,
    services: [{ key: "livekit", impact: "degraded" }],
    detectedAt: detectedAt.toISOString(),
    impactStartedAt: new Date(detectedAt.getTime() - 500 * HOUR_MS).toISOString(),
  });
  await viewerPage.reload();
  await expect(timeToDetect).not.toHaveText(before ?? "");
  const board = new StatusBoardPage(viewerPage);
  await board.goto();
  await expect(board.incident(incident.number)).toBeVisible();

  const commander = new WarRoomMend(commanderPage);
  await commander.goto(incident.id);
  const responder = new WarRoomMend(phonePage);
  await responder.goto(incident.id);
  // Too short a reason is refused beside it, and the incident goes on.
  await commander.declareInError("no");
  const reason = commanderPage.getByLabel("Why should it never have been declared?");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription("The reason must be at least 3 characters.");
  expect((await (await commanderPage.request.get(`/api/incidents/${incident.id}`)).json()).declaredInErrorAt).toBeNull();
  await reason.fill("A test declared on the live system");
  await commanderPage.getByRole("button", { name: "Declare in error" }).click();
  await expect(commanderPage.getByText(/Declared in error on/)).toBeVisible();
  await expect(commanderPage.getByRole("button", { name: "Declared in error…" })).toHaveCount(0);
  await expect(commanderPage.getByRole("button", { name: "Edit details" })).toHaveCount(0);
  // The responder's phone shows it read-only, with the reason, live.
  await expect(phonePage.getByRole("note")).toContainText("A test declared on the live system");
  await expect(responder.services().getByRole("button", { name: "Mark restored" })).toHaveCount(0);

  await expect(board.incident(incident.number)).toHaveCount(0);
  await viewerPage.goto("/metrics");
  await expect(timeToDetect).toHaveText(before ?? "");
  await viewerPage.goto("/incidents");
  const listed = viewerPage.getByRole("main").getByRole("listitem").filter({ hasText: incident.title });
  await expect(listed).toContainText("Declared in error");
  await phonePage.context().close();
});
