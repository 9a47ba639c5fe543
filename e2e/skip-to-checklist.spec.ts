// A responder with a keyboard, or a switch, starts on the checklist: the war room's first stop is a
// link there, and the first step is the next stop after it.
import { declareThroughApi } from "./fixtures/incidents";
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";

/** Tab presses from page load to the first step: the link, then the step after following it. */
const TABS_TO_FIRST_STEP = 2;

test("the first checklist step is two Tab presses from page load, and ticks from the keyboard", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const incident = await declareThroughApi(page.request, {
    title: `Keyboard ${Date.now()}`,
    scenarioKey: "database-corruption-loss",
    services: [{ key: "database", impact: "down" }],
  });
  const warRoom = new WarRoomPage(page);
  await warRoom.goto(incident.id);
  const firstStep = warRoom.checklist().getByRole("checkbox").first();
  const firstStepTitle = (await warRoom.checklist().locator("label").first().textContent()) ?? "";
  expect(firstStepTitle).not.toBe("");
  await expect(firstStep).toHaveAccessibleName(firstStepTitle);

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to checklist" });
  await expect(skipLink).toBeFocused();
  // The link is hidden until focused: a sighted keyboard user sees where it goes.
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press("Enter");
  for (let press = 2; press <= TABS_TO_FIRST_STEP; press += 1) await page.keyboard.press("Tab");
  await expect(firstStep).toBeFocused();
  // The focus ring shows where the keyboard is.
  expect(await firstStep.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe("none");

  await page.keyboard.press("Space");
  await expect(firstStep).toBeChecked();
  await expect(warRoom.timeline()).toContainText(`ticked “${firstStepTitle}”`);
});

test("only a war room offers the skip to its checklist; every signed-in page skips to its content", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  await page.goto("/incidents/new");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Skip to checklist" })).toHaveCount(0);
});
