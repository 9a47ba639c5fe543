// A drill run from the recovery testing schedule, end to end: started by the commander from the
// schedule, worked by a responder live, ended, and the schedule moved on a month; all the while
// apart from the real incident declared meanwhile.
import { addMonths } from "../lib/plan/calendar";
import { formatDate } from "../lib/format";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";
import { DrillsPage } from "./pages/drills-page";
import { ReviewPage } from "./pages/review-page";
import { WarRoomPage } from "./pages/war-room-page";

const LIVE_WITHIN = { timeout: 2_000 };
const PATH_TO_RESOLVED = ["Assessing", "DR plan activated", "Recovering", "Monitoring", "Validating", "Resolved"];

test("a commander runs the monthly database recovery drill from the schedule, apart from a real incident", async ({ signedInAs }) => {
  test.setTimeout(180_000);
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);

  // One drill of a test runs at a time: one left under way by an earlier run on a reused server ends first.
  const before = (await (await commanderPage.request.get("/api/drills")).json()).find((test: { key: string }) => test.key === "database-recovery");
  if (before.running) await resolveThroughApi(commanderPage.request, before.running.id);

  // Started from the schedule: the war room opens under the drill banner.
  const schedule = new DrillsPage(commanderPage);
  await schedule.goto();
  const incidentId = await schedule.start("database-recovery", "Database Recovery");
  const commander = new WarRoomPage(commanderPage);
  await expect(commander.connection()).toHaveText(/live/i, { timeout: 20_000 });
  await expect(commanderPage.getByRole("note", { name: "Drill" })).toContainText("Drill — this is an exercise: Database Recovery");

  // Its checklist is the test's procedure; the responder ticks every step and the commander sees each live.
  const drill = await (await commanderPage.request.get(`/api/incidents/${incidentId}`)).json();
  const steps: string[] = drill.checklist.map((item: { title: string }) => item.title);
  expect(new Set(drill.checklist.map((item: { runbookTitle: string }) => item.runbookTitle))).toEqual(new Set(["Monthly Database Recovery Test"]));
  expect(drill.services.map((service: { key: string }) => service.key)).toEqual(["database"]);
  expect(steps).toContain("Compare data consistency");
  const responder = new WarRoomPage(responderPage);
  await responder.goto(incidentId);
  await expect(responderPage.getByRole("note", { name: "Drill" })).toBeVisible();
  await responder.join();
  for (const step of steps) {
    await responder.tick(step);
    await expect(commander.step(step)).toBeChecked(LIVE_WITHIN);
  }

  // Meanwhile a real incident: the board lists it above the Drills section, which lists the drill.
  const real = await declareThroughApi(commanderPage.request, { title: `Real CDN outage ${Date.now()}`, services: [{ key: "cdn", impact: "degraded" }], severity: "minor" });
  const boardPage = await commanderPage.context().newPage();
  // The board as rendered: its live connection is not what is checked here.
  await boardPage.goto("/status");
  const active = boardPage.locator("section#active");
  const drills = boardPage.locator("section#drills");
  await expect(active.locator(`[data-incident="${real.number}"]`)).toBeVisible();
  await expect(drills.locator(`[data-incident="${drill.number}"]`)).toBeVisible();
  await expect(active.locator(`[data-incident="${drill.number}"]`)).toHaveCount(0);
  const [activeBox, drillsBox] = [await active.boundingBox(), await drills.boundingBox()];
  expect(activeBox!.y + activeBox!.height).toBeLessThanOrEqual(drillsBox!.y);
  await boardPage.close();

  // The database is back, with 5 minutes of data lost: the figures the report measures against the RTO and RPO.
  const restored = await commanderPage.request.post(`/api/incidents/${incidentId}/services/database/restored`, { data: { dataLossMinutes: 5 } });
  expect(restored.ok(), "restore the database").toBe(true);

  // The commander ends the drill. On a loaded machine a move can take seconds: what is checked is that it lands.
  for (const state of PATH_TO_RESOLVED) {
    if (state === "Resolved") await commander.resolve();
    else await commanderPage.getByRole("button", { name: `Move to ${state}`, exact: true }).click();
    await expect(commanderPage.getByRole("button", { name: `Move to ${state}`, exact: true })).toHaveCount(0, { timeout: 20_000 });
  }
  await expect(commander.timeline()).toContainText("moved the incident to Resolved");

  // The drill report downloads with its scope, the figures against the targets and who took part.
  const review = new ReviewPage(commanderPage);
  await review.goto(incidentId);
  const { name, text } = await review.downloadMarkdown("Download drill report");
  expect(name).toBe(`drill-${drill.number}-report.md`);
  expect(text).toContain("Database Recovery");
  expect(text).toMatch(/- Database: RTO target [^,]+, recovered in [^;]+; RPO target 15 min, 5 min of data lost \(met\)/);
  expect(text).toMatch(/## Who took part\n\n[^#]*Riley Responder/);

  // The schedule moves on: next due a month after this run, and nothing under way.
  const resolved = await (await commanderPage.request.get(`/api/incidents/${incidentId}`)).json();
  await schedule.goto();
  await expect(schedule.nextDue("database-recovery")).toContainText(formatDate(addMonths(new Date(resolved.declaredAt), 1)));
  await expect(schedule.card("database-recovery")).toContainText(formatDate(new Date(resolved.declaredAt)));
  await expect(schedule.card("database-recovery").getByRole("button", { name: "Start drill: Database Recovery" })).toBeVisible();
});
