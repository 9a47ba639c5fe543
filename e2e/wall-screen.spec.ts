import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";

const fontSize = (locator: Locator) => locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

test("the wall screen at 1920 × 1080 shows the incidents, their worst clock and every service in type read from across a room", async ({ signedInAs }) => {
  const page = await signedInAs("viewer");
  const commander = await signedInAs("commander");
  await page.setViewportSize({ width: 1920, height: 1080 });
  const incident = await declareThroughApi(commander.request, {
    title: `Object storage unreachable ${Date.now()}`,
    services: [{ key: "storage", impact: "down" }],
  });

  const board = new StatusBoardPage(page);
  await board.goto("wall");
  const card = board.incident(incident.number);
  await expect(card).toContainText(`#${incident.number} Object storage unreachable`);
  const worst = card.locator("[data-worst-clock]");
  await expect(worst).toContainText("Storage");
  await expect(worst).toContainText(/\d+ (h \d\d )?min left/);
  await expect(board.service("storage")).toHaveAttribute("data-health", "down");

  // The worst clock is the largest thing on the card; titles and tiles stay readable at 3 m.
  expect(await fontSize(worst.locator(".tabular-nums"))).toBeGreaterThanOrEqual(44);
  expect(await fontSize(card.getByRole("heading", { level: 3 }))).toBeGreaterThanOrEqual(36);
  expect(await fontSize(board.service("storage").locator("span").first())).toBeGreaterThanOrEqual(22);
  expect(await fontSize(page.locator("body"))).toBeGreaterThanOrEqual(20);
  // The board fills the screen's width.
  const width = await page.locator("[data-wall-screen]").evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(1900);
});
