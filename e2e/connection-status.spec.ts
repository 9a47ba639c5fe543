import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi } from "./fixtures/incidents";
import { StatusBoardPage } from "./pages/status-board-page";

// Watches the page from its first byte: whether "Reconnecting" was ever on screen, however briefly.
async function watchForReconnecting(page: Page) {
  await page.addInitScript(() => {
    const seen = () => document.body?.textContent?.includes("Reconnecting") ?? false;
    const record = () => {
      if (seen()) (window as unknown as { sawReconnecting: boolean }).sawReconnecting = true;
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const sawReconnecting = (page: Page) => page.evaluate(() => (window as unknown as { sawReconnecting?: boolean }).sawReconnecting === true);

test("a first connection never reads as reconnecting, on the war room or the board", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const incident = await declareThroughApi(page.request, { title: `Connection check ${Date.now()}`, services: [{ key: "cdn", impact: "degraded" }] });
  await watchForReconnecting(page);
  const connection = page.getByRole("status", { name: "Connection" });

  await page.goto(`/incidents/${incident.id}`);
  await expect(connection).toHaveText("Live");
  expect(await sawReconnecting(page)).toBe(false);

  await new StatusBoardPage(page).goto();
  await expect(connection).toHaveText("Live");
  expect(await sawReconnecting(page)).toBe(false);

  await page.goto("/status/wall");
  await expect(connection).toHaveText("Live");
  expect(await sawReconnecting(page)).toBe(false);
});
