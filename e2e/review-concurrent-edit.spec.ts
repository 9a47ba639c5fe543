// Two people editing the same review note: the second save is refused, shows the first one's text
// and who saved it, and keeps the second person's draft; nothing is overwritten without a word.
import { ReviewPage } from "./pages/review-page";
import { expect, test } from "./fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "./fixtures/incidents";

const LIVE_WITHIN = { timeout: 2_000 };

test("the second of two saves over the same note is refused with the first one's text shown, and the page stays live", async ({ signedInAs }) => {
  const [commanderPage, adminPage] = await Promise.all([signedInAs("commander"), signedInAs("admin")]);
  const incident = await declareThroughApi(commanderPage.request, { title: `Review together ${Date.now()}`, services: [{ key: "database", impact: "down" }] });
  await resolveThroughApi(commanderPage.request, incident.id);
  const commander = new ReviewPage(commanderPage);
  const admin = new ReviewPage(adminPage);
  await commander.goto(incident.id);
  await admin.goto(incident.id);

  const wentWell = (page: typeof commanderPage) => page.getByRole("region", { name: "What went well" });
  for (const page of [commanderPage, adminPage]) await wentWell(page).getByRole("button", { name: "Edit what went well" }).click();
  await wentWell(commanderPage).getByRole("textbox").fill("Backups restored cleanly");
  await wentWell(adminPage).getByRole("textbox").fill("Paging reached the DBA in two minutes");

  await wentWell(commanderPage).getByRole("button", { name: "Save" }).click();
  await expect(wentWell(commanderPage)).toContainText("Backups restored cleanly");
  await expect(wentWell(commanderPage).getByRole("textbox")).toHaveCount(0);

  await wentWell(adminPage).getByRole("button", { name: "Save" }).click();
  const refusal = wentWell(adminPage).getByRole("alert");
  await expect(refusal).toContainText("Casey Commander saved this while you were editing");
  await expect(refusal.getByTestId("their-version")).toHaveText("Backups restored cleanly");
  await expect(wentWell(adminPage).getByRole("textbox")).toHaveValue("Paging reached the DBA in two minutes");
  // The first save stands; the commander's page, live, still shows it.
  const saved = await (await adminPage.request.get(`/api/incidents/${incident.id}/review`)).json();
  expect(saved.review.wentWell).toBe("Backups restored cleanly");

  // Brought together, the admin's save goes through and reaches the commander without a reload.
  await wentWell(adminPage).getByRole("textbox").fill("Backups restored cleanly. Paging reached the DBA in two minutes");
  await wentWell(adminPage).getByRole("button", { name: "Save" }).click();
  await expect(wentWell(adminPage).getByRole("textbox")).toHaveCount(0);
  await expect(wentWell(commanderPage)).toContainText("Paging reached the DBA in two minutes", LIVE_WITHIN);
});

test("a save after someone changed another part of the review goes through", async ({ signedInAs }) => {
  const [commanderPage, adminPage] = await Promise.all([signedInAs("commander"), signedInAs("admin")]);
  const incident = await declareThroughApi(commanderPage.request, { title: `Review apart ${Date.now()}`, services: [{ key: "database", impact: "down" }] });
  await resolveThroughApi(commanderPage.request, incident.id);
  const admin = new ReviewPage(adminPage);
  await admin.goto(incident.id);
  const couldImprove = adminPage.getByRole("region", { name: "What could be improved" });
  await couldImprove.getByRole("button", { name: "Edit what could be improved" }).click();
  await couldImprove.getByRole("textbox").fill("Runbook names the wrong replica");
  // Meanwhile the commander records another note through the API: the review's version moves on.
  const { review } = await (await commanderPage.request.get(`/api/incidents/${incident.id}/review`)).json();
  expect((await commanderPage.request.patch(`/api/incidents/${incident.id}/review`, { data: { wentWell: "Calm handover", version: review.version } })).ok()).toBe(true);
  await couldImprove.getByRole("button", { name: "Save" }).click();
  await expect(couldImprove.getByRole("textbox")).toHaveCount(0);
  await expect(couldImprove).toContainText("Runbook names the wrong replica");
  await expect(adminPage.getByRole("region", { name: "What went well" })).toContainText("Calm handover", LIVE_WITHIN);
});
