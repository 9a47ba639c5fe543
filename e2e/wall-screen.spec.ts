import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";

/** The tile naming the incidents the wall has no card for. */
const moreTile = (page: Page, number: number) => page.locator("[data-more-incidents]").filter({ hasText: new RegExp(`#${number}\\b`) });

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
  await expect(board.service("storage")).toHaveAttribute("data-health", "down");
  // Past six incidents under way (other specs' among them), the wall names the rest on a tile.
  const card = board.incident(incident.number);
  await expect(card.or(moreTile(page, incident.number))).toBeVisible();
  if (await card.isVisible()) {
    await expect(card).toContainText(`#${incident.number} Object storage unreachable`);
    const worst = card.locator("[data-worst-clock]");
    await expect(worst).toContainText("Storage");
    await expect(worst).toContainText(/\d+ (h \d\d )?min left/);
  }

  // The worst clock is the largest thing on a card; titles and tiles stay readable at 3 m, also on
  // the denser cards of a board many incidents share.
  expect(await fontSize(page.locator("[data-worst-clock] .tabular-nums").first())).toBeGreaterThanOrEqual(44);
  expect(await fontSize(page.locator("[data-incident] h3").first())).toBeGreaterThanOrEqual(30);
  expect(await fontSize(board.service("storage").locator("span").first())).toBeGreaterThanOrEqual(22);
  expect(await fontSize(page.locator("body"))).toBeGreaterThanOrEqual(20);
  // The board fills the screen's width.
  const width = await page.locator("[data-wall-screen]").evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(1900);
});

test("the wall screen fits a 1080p and a 4K television without scrolling while six incidents are under way", async ({ signedInAs }) => {
  const page = await signedInAs("viewer");
  // Declared by the admin, so no page of theirs reaches the commander other specs watch.
  const admin = await signedInAs("admin");
  const declared = [];
  for (const key of ["storage", "database", "cdn", "redis", "analytics", "monitoring"]) {
    declared.push(await declareThroughApi(admin.request, { title: `Wall fit: ${key} unreachable after the storm ${Date.now()}`, services: [{ key, impact: "down" }] }));
  }
  try {
    const board = new StatusBoardPage(page);
    for (const [width, height] of [
      [1920, 1080],
      [3840, 2160],
    ]) {
      await page.setViewportSize({ width, height });
      await board.goto("wall");
      // However many others share the board, each of these is a card or named on the tile of the rest.
      for (const incident of declared) {
        await expect(board.incident(incident.number).or(moreTile(page, incident.number))).toBeVisible();
      }
      // Measured once the board has settled: a live change may refit it a frame later.
      await expect
        .poll(() => page.evaluate(() => ({ down: document.documentElement.scrollHeight - innerHeight, across: document.documentElement.scrollWidth - innerWidth })), {
          message: `${width} × ${height}`,
        })
        .toEqual({ down: 0, across: 0 });
    }
  } finally {
    for (const incident of declared) await resolveThroughApi(admin.request, incident.id);
  }
});
