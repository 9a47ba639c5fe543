// The war room's timeline under a run of ticks: one entry per person and phase, opened to its
// steps; filters keep to one kind of event and hold while live events arrive.
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";

const LIVE_WITHIN = { timeout: 2_000 };

type Step = { id: string; title: string; version: number; phaseName: string; runbookTitle: string };

test("ticks in one phase are one entry for everyone watching, and filters keep to their kind as events arrive", async ({ signedInAs }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Grouped ticks ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  await commander.goto(incident.id);
  await responder.goto(incident.id);
  await responder.join();

  const { checklist }: { checklist: Step[] } = await (await responderPage.request.get(`/api/incidents/${incident.id}`)).json();
  const phase = checklist.filter((step) => step.runbookTitle === checklist[0].runbookTitle && step.phaseName === checklist[0].phaseName);
  expect(phase.length).toBeGreaterThanOrEqual(3);
  for (const step of phase.slice(0, 3)) await responder.tick(step.title);

  const summary = `Riley Responder ticked 3 steps in ${phase[0].phaseName}`;
  for (const watcher of [commander, responder]) {
    await expect(watcher.timeline()).toContainText(summary, LIVE_WITHIN);
    await expect(watcher.timeline()).not.toContainText(`ticked “${phase[0].title}”`);
  }
  // Opened from the keyboard, the entry lists its steps.
  const group = commander.timeline().getByRole("button", { name: summary });
  await group.focus();
  await commanderPage.keyboard.press("Enter");
  await expect(group).toHaveAttribute("aria-expanded", "true");
  for (const step of phase.slice(0, 3)) await expect(commander.timeline()).toContainText(`Ticked “${step.title}”`);

  const choose = async (filter: string) => {
    await commander.timeline().getByText(filter, { exact: true }).click();
    await expect(commander.timeline().getByRole("radio", { name: filter })).toBeChecked();
  };
  // A note ends the run; under "Decisions and notes" only the note and the declaration remain.
  await responder.addNote("Replica is six minutes behind");
  await expect(commander.timeline()).toContainText("Replica is six minutes behind", LIVE_WITHIN);
  await choose("Decisions and notes");
  await expect(commander.timeline()).toContainText("Replica is six minutes behind");
  await expect(commander.timeline()).toContainText("declared the incident");
  await expect(commander.timeline()).not.toContainText(summary);

  // Under "Checklist", a tick that arrives live joins the run, and the filter stays as chosen.
  await choose("Checklist");
  await expect(commander.timeline()).not.toContainText("Replica is six minutes behind");
  if (phase[3]) {
    await responder.tick(phase[3].title);
    await expect(commander.timeline()).toContainText(`Riley Responder ticked 4 steps in ${phase[0].phaseName}`, LIVE_WITHIN);
  }
  await expect(commander.timeline().getByRole("radio", { name: "Checklist" })).toBeChecked();
  // On the responder's screen, where no filter was chosen, the note stands between the runs.
  await expect(responder.timeline()).toContainText("Replica is six minutes behind");
  await expect(responder.timeline()).toContainText(summary);
});

test("an event is pinned from its menu and shows first, for everyone", async ({ signedInAs }) => {
  const [commanderPage, viewerPage] = await Promise.all([signedInAs("commander"), signedInAs("viewer")]);
  const incident = await declareThroughApi(commanderPage.request, { title: `Pinned ${Date.now()}`, services: [{ key: "database", impact: "down" }] });
  const commander = new WarRoomPage(commanderPage);
  const viewer = new WarRoomPage(viewerPage);
  await commander.goto(incident.id);
  await viewer.goto(incident.id);
  await commander.addNote("Failover decided: promote the replica");
  const actions = commander.timeline().getByRole("button", { name: "Actions for: Casey Commander added a note" });
  await actions.click();
  await commanderPage.getByRole("button", { name: "Pin to the top" }).click();
  const pinnedHeading = (watcher: WarRoomPage) => watcher.timeline().getByRole("heading", { name: "Pinned", exact: true });
  await expect(pinnedHeading(commander)).toBeVisible({ timeout: 10_000 });
  await expect(pinnedHeading(viewer)).toBeVisible(LIVE_WITHIN);
  await expect(viewer.timeline().getByRole("list").first()).toContainText("Failover decided: promote the replica");
  // Management reads the timeline but has no pin menu.
  await expect(viewer.timeline().getByRole("button", { name: /^Actions for/ })).toHaveCount(0);
});
