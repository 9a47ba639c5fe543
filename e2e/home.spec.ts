import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { HomePage } from "./pages/home-page";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

test("the home page puts active incidents first: most severe, then soonest to breach, each with your role, drills apart", async ({ signedInAs }) => {
  const commanderPage = await signedInAs("commander");
  const responderPage = await signedInAs("responder");
  const run = Date.now();
  // The database's RTO is 1 h: detected 52 min ago it breaches in 8 min, 20 min ago in 40 min.
  const database = [{ key: "database" as const, impact: "down" as const }];
  const majorSoon = await declareThroughApi(commanderPage.request, { title: `Replica lag ${run}`, severity: "major", services: database, detectedAt: minutesAgo(52) });
  const majorLater = await declareThroughApi(commanderPage.request, { title: `Slow queries ${run}`, severity: "major", services: database, detectedAt: minutesAgo(20) });
  const critical = await declareThroughApi(commanderPage.request, { title: `Primary lost ${run}`, severity: "critical", services: database, detectedAt: minutesAgo(5) });
  const drill = await declareThroughApi(commanderPage.request, { title: `Failover rehearsal ${run}`, severity: "critical", services: database, isDrill: true });

  const home = new HomePage(commanderPage);
  await home.goto();
  const titles = (await home.titlesIn(home.activeIncidents())).filter((title) => title.includes(String(run)));
  expect(titles).toEqual([`#${critical.number} Primary lost ${run}`, `#${majorSoon.number} Replica lag ${run}`, `#${majorLater.number} Slow queries ${run}`]);
  // Above the plan at a glance, which still follows.
  await expect(commanderPage.getByText("The plan at a glance")).toBeVisible();
  const [incidentsTop, planTop] = await Promise.all([
    home.activeIncidents().evaluate((element) => element.getBoundingClientRect().top),
    commanderPage.getByText("The plan at a glance").evaluate((element) => element.getBoundingClientRect().top),
  ]);
  expect(incidentsTop).toBeLessThan(planTop);

  const soon = home.card(`Replica lag ${run}`);
  await expect(soon).toContainText("Major");
  await expect(soon).toContainText("You: Incident commander");
  // Under ten minutes to go, the clock shows seconds.
  await expect(soon).toContainText(/[78] min \d\d s to breach/);
  await expect(home.card(`Slow queries ${run}`)).toContainText(/(39|40) min to breach/);
  await expect(home.card(`Primary lost ${run}`)).toContainText("Critical");
  await expect(home.activeIncidents()).not.toContainText(`Failover rehearsal ${run}`);
  await expect(home.drills()).toContainText(`#${drill.number} Failover rehearsal ${run}`);
  await home.card(`Primary lost ${run}`).getByRole("link").click();
  await expect(commanderPage).toHaveURL(new RegExp(`/incidents/${critical.id}$`));

  const responderHome = new HomePage(responderPage);
  await responderHome.goto();
  await expect(responderHome.card(`Replica lag ${run}`)).toContainText("You are not in it");
});
