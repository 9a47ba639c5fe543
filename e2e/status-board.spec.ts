import { expect, test } from "./fixtures/authentication";
import { StatusBoardPage } from "./pages/status-board-page";
import { WarRoomPage } from "./pages/war-room-page";
import { declareThroughApi } from "./fixtures/incidents";

test("a service restored in the war room changes colour on the management board within 2 s, without a reload", async ({ signedInAs }) => {
  const commanderPage = await signedInAs("commander");
  const viewerPage = await signedInAs("viewer");
  // LiveKit depends on nothing, so no other incident of the run can colour it through a dependency.
  const incident = await declareThroughApi(commanderPage.request, {
    title: `Video calls failing ${Date.now()}`,
    services: [{ key: "livekit", impact: "down" }],
  });

  // Management lands on the board.
  await viewerPage.goto("/");
  await expect(viewerPage).toHaveURL(/\/status$/);
  const board = new StatusBoardPage(viewerPage);
  await expect(board.connection()).toHaveText(/live/i);
  await expect(board.service("livekit")).toHaveAttribute("data-health", "down");
  await expect(board.service("livekit")).toContainText(`Down in #${incident.number}`);
  await expect(board.incident(incident.number)).toContainText("LiveKit");
  await expect(board.writeControls()).toHaveCount(0);
  let navigations = 0;
  viewerPage.on("framenavigated", (frame) => {
    if (frame === viewerPage.mainFrame()) navigations++;
  });

  const warRoom = new WarRoomPage(commanderPage);
  await warRoom.goto(incident.id);
  await warRoom.services().getByRole("button", { name: "Mark restored" }).click();
  await warRoom.services().getByRole("button", { name: "Mark LiveKit restored" }).click();
  await expect(board.service("livekit")).toHaveAttribute("data-health", "operational", { timeout: 2_000 });
  await expect(board.incident(incident.number)).toContainText("Restored");
  expect(navigations).toBe(0);
});

test("the wall screen shows the board full screen with nothing to press", async ({ signedInAs }) => {
  const viewerPage = await signedInAs("viewer");
  const board = new StatusBoardPage(viewerPage);
  await board.goto("wall");
  await expect(viewerPage.getByRole("heading", { name: "Status board", level: 1 })).toBeVisible();
  await expect(viewerPage.getByRole("heading", { name: "Service health" })).toBeVisible();
  await expect(viewerPage.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(viewerPage.locator("main").getByRole("button")).toHaveCount(0);
  await expect(viewerPage.locator("main").getByRole("link")).toHaveCount(0);
});
