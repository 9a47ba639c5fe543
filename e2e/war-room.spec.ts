import { DeclarePage } from "./pages/declare-page";
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";
import { socketAs } from "./fixtures/socket";

const LIVE_WITHIN = { timeout: 2_000 };

test("a tick reaches the commander and management live, and management cannot tick", async ({ signedInAs, baseURL }) => {
  const [commanderPage, responderPage, viewerPage] = await Promise.all([
    signedInAs("commander"),
    signedInAs("responder"),
    signedInAs("viewer"),
  ]);
  const title = `Database corruption ${Date.now()}`;
  const incidentId = await new DeclarePage(commanderPage).declare({
    title,
    scenario: "Database Corruption/Loss",
    services: [
      { name: "Database", impact: "Down" },
      { name: "Core API", impact: "Down" },
    ],
  });
  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  const viewer = new WarRoomPage(viewerPage);
  await commander.goto(incidentId);
  await responder.goto(incidentId);
  await viewer.goto(incidentId);

  await responder.join();
  const step = "Stop all application services";
  await responder.tick(step);

  await expect(commander.step(step)).toBeChecked(LIVE_WITHIN);
  await expect(commander.timeline()).toContainText(`Riley Responder ticked “${step}”`, LIVE_WITHIN);
  await expect(viewer.checklist()).toContainText(`${step}`);
  await expect(viewer.timeline()).toContainText(`Riley Responder ticked “${step}”`, LIVE_WITHIN);
  await expect(viewer.checklist().getByText("Done by Riley Responder").first()).toBeVisible(LIVE_WITHIN);

  // Management has no control that ticks, and a forged tick is refused and changes nothing.
  await expect(viewer.checklist().getByRole("checkbox")).toHaveCount(0);
  const incident = await (await viewerPage.request.get(`/api/incidents/${incidentId}`)).json();
  const item = incident.checklist.find((candidate: { title: string }) => candidate.title === "Assess database state");
  const forged = await viewerPage.request.patch(`/api/incidents/${incidentId}/checklist/${item.id}`, {
    data: { done: true, version: item.version },
  });
  expect(forged.status()).toBe(403);
  const socket = await socketAs(viewerPage.context(), baseURL!);
  const overSocket = await new Promise((resolve) =>
    socket.emit("checklist:set", { incidentId, itemId: item.id, done: true, version: item.version }, resolve),
  );
  socket.close();
  expect(overSocket).toMatchObject({ ok: false, status: 403 });
  const after = await (await viewerPage.request.get(`/api/incidents/${incidentId}`)).json();
  expect(after.checklist.find((candidate: { id: string }) => candidate.id === item.id)).toMatchObject({ done: false, version: item.version });
  expect(after.lastSeq).toBe(incident.lastSeq);
});

test("a responder who was offline comes back to all five missed changes, in order, once each", async ({ signedInAs }) => {
  const [commanderPage, responderPage] = await Promise.all([signedInAs("commander"), signedInAs("responder")]);
  const title = `Cluster failure ${Date.now()}`;
  const incidentId = await new DeclarePage(commanderPage).declare({
    title,
    scenario: "Application Server Failure",
    services: [{ name: "Core API", impact: "Down" }],
  });
  const commander = new WarRoomPage(commanderPage);
  const responder = new WarRoomPage(responderPage);
  await commander.goto(incidentId);
  await responder.goto(incidentId);

  await responderPage.context().setOffline(true);
  await expect(responder.connection()).not.toHaveText(/live/i);
  const notes = Array.from({ length: 5 }, (_, index) => `Missed change ${index + 1} ${Date.now()}`);
  for (const note of notes) {
    await commander.addNote(note);
    await expect(commander.timeline()).toContainText(note);
  }
  await responderPage.context().setOffline(false);
  await expect(responder.connection()).toHaveText(/live/i);

  const shown = responder.timeline().getByText(/^Missed change \d/);
  await expect(shown).toHaveCount(5);
  const texts = await shown.allTextContents();
  // The timeline lists newest first or oldest first; either way the five are in order.
  const order = texts.map((text) => notes.indexOf(text.trim()));
  expect(order.every((position) => position >= 0)).toBe(true);
  const ascending = [...order].sort((a, b) => a - b);
  expect([ascending, [...ascending].reverse()]).toContainEqual(order);
});
