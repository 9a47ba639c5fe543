import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";
import { WarRoomPage } from "./pages/war-room-page";

const DORA = "DORA major ICT incident reporting";
const DORA_KEY = "dora-major-ict-incident";

test("DORA's deadlines run as clocks once a major incident is classified, live on the board, each done as its report is recorded", async ({ signedInAs }) => {
  const adminPage = await signedInAs("admin");
  // The contract pass may have added the preset on this shared server: the admin adds it afresh.
  const existing = await adminPage.request.get("/api/reporting-obligations");
  if ((await existing.json()).some((obligation: { key: string }) => obligation.key === DORA_KEY)) {
    expect((await adminPage.request.delete(`/api/reporting-obligations/${DORA_KEY}`)).status()).toBe(204);
  }

  await adminPage.goto("/plan/obligations");
  await adminPage.getByRole("button", { name: "Add the DORA preset" }).click();
  const card = adminPage.locator(`[data-obligation="${DORA_KEY}"]`);
  await expect(card.getByRole("heading", { name: DORA })).toBeVisible();
  await expect(card).toContainText("Initial notification");
  await expect(card).toContainText("Within 4 h of the clock start, at most 24 h after detection");
  await expect(card).toContainText("Within 1 month of the previous report");
  await expect(adminPage.getByRole("button", { name: "Add the DORA preset" })).toHaveCount(0);

  const commanderPage = await signedInAs("commander");
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Payments API down ${Date.now()}`,
    severity: "major",
    services: [{ key: "core-api", impact: "down" }],
  });

  const viewerPage = await signedInAs("viewer");
  const board = new StatusBoardPage(viewerPage);
  await viewerPage.goto("/status");
  // Opening is not what is timed: on a loaded machine the socket's first connection takes seconds.
  await expect(board.connection()).toHaveText(/live/i, { timeout: 20_000 });
  await expect(board.incident(incident.number)).toBeVisible();
  let navigations = 0;
  viewerPage.on("framenavigated", (frame) => {
    if (frame === viewerPage.mainFrame()) navigations++;
  });

  const warRoom = new WarRoomPage(commanderPage);
  await warRoom.goto(incident.id);
  const deadlines = commanderPage.getByRole("region", { name: "Reporting deadlines" });
  await deadlines.getByLabel("Classify under a reporting obligation").selectOption({ label: DORA });
  await deadlines.getByRole("button", { name: "Classify" }).click();

  const initial = deadlines.locator(`[data-obligation="${DORA_KEY}"] [data-deadline="initial-notification"]`);
  const intermediate = deadlines.locator(`[data-obligation="${DORA_KEY}"] [data-deadline="intermediate-report"]`);
  await expect(initial).toContainText(/Due in (4 h|3 h 59 min)/);
  await expect(intermediate).toContainText("Starts when the initial notification is recorded");
  await expect(warRoom.timeline()).toContainText(`classified the incident under ${DORA}`);

  // The viewer's board shows the clock without a reload.
  const boardCard = board.incident(incident.number);
  await expect(boardCard.locator('[data-deadline="initial-notification"]')).toContainText(/Due in (4 h|3 h 59 min)/);
  await expect(boardCard.locator('[data-deadline="intermediate-report"]')).toHaveCount(0);

  await initial.getByRole("button", { name: "Record the initial notification" }).click();
  await initial.getByLabel("Reference (optional)").fill("EBA-2026-0042");
  await initial.getByRole("button", { name: "Record report" }).click();

  await expect(initial.locator("[data-deadline-state]")).toHaveAttribute("data-deadline-state", "done");
  await expect(initial).toContainText("reference EBA-2026-0042");
  await expect(intermediate.locator("[data-deadline-state]")).toHaveAttribute("data-deadline-state", "due");
  await expect(intermediate).toContainText(/Due in 2 days 23 h|Due in 3 days/);
  await expect(warRoom.timeline()).toContainText("recorded the initial notification");

  await expect(boardCard.locator('[data-deadline="initial-notification"] [data-deadline-state]')).toHaveAttribute("data-deadline-state", "done");
  await expect(boardCard.locator('[data-deadline="intermediate-report"]')).toContainText(/Due in/);
  expect(navigations).toBe(0);
});

test("an obligation written by hand with a deadline Muster cannot read is refused beside it, in words, and nothing is sent", async ({ signedInAs }) => {
  const page = await signedInAs("admin");
  const name = `Regulator notice ${Date.now()}`;
  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/reporting-obligations")) sent.push(request.url());
  });
  await page.goto("/plan/obligations");
  await page.waitForLoadState("networkidle");
  await page.getByText("Write one by hand", { exact: true }).click();
  const form = page.getByRole("form", { name: "New reporting obligation" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Deadline 1").fill("Initial notice");
  await form.getByLabel("Within").fill("soon");
  await form.getByRole("button", { name: "Add obligation" }).click();
  const within = form.getByLabel("Within");
  await expect(within).toHaveAttribute("aria-invalid", "true");
  await expect(within).toHaveAccessibleDescription(/The time deadline 1 allows must be a length of time such as "4h", "72h", "3d" or "1mo"\.$/);
  expect(sent).toEqual([]);
  const obligations = (await (await page.request.get("/api/reporting-obligations")).json()) as { name: string }[];
  expect(obligations.map((obligation) => obligation.name)).not.toContain(name);
});
