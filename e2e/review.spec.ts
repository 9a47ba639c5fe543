import { ActionItemsPage } from "./pages/action-items-page";
import { ReviewPage } from "./pages/review-page";
import { WarRoomPage } from "./pages/war-room-page";
import { expect, test } from "./fixtures/authentication";
import type { APIRequestContext } from "@playwright/test";
import { DAY_MS, MINUTE_MS } from "../lib/format";
import { declareThroughApi } from "./fixtures/incidents";

/** A day as the date field takes it, `days` from today (UTC). */
const day = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** Declares an incident and moves it as far as validation, through the API. */
async function incidentReadyToResolve(request: APIRequestContext, title: string) {
  const { id } = await declareThroughApi(request, { title, scenarioKey: "database-corruption-loss", services: [{ key: "database", impact: "down" }] });
  for (const to of ["assessing", "dr_activated", "recovering", "monitoring", "validating"]) {
    expect((await request.post(`/api/incidents/${id}/transitions`, { data: { to } })).ok(), `move to ${to}`).toBe(true);
  }
  return id as string;
}

test("the commander resolves an incident, opens its review due 48 hours later, and tracks its action items everywhere", async ({ signedInAs }) => {
  const page = await signedInAs("commander");
  const stamp = Date.now();
  const incidentId = await incidentReadyToResolve(page.request, `Replica lag ${stamp}`);

  const warRoom = new WarRoomPage(page);
  await warRoom.goto(incidentId);
  await expect(warRoom.checklist().getByRole("checkbox").first()).toBeVisible();
  await expect(warRoom.services().getByRole("button", { name: "Mark restored" })).toHaveCount(1);
  await warRoom.resolve();
  // Resolved: the war room offers no more work, only the record and its review.
  await expect(page.getByLabel("Add a note")).toHaveCount(0);
  await expect(warRoom.services().getByRole("button", { name: "Mark restored" })).toHaveCount(0);
  await expect(warRoom.checklist().getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("link", { name: /Post-incident review/ }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${incidentId}/review$`));

  const review = new ReviewPage(page);
  const { resolvedAt } = await (await page.request.get(`/api/incidents/${incidentId}`)).json();
  await expect(review.due()).toContainText("Due");
  await expect(review.due().locator("time")).toHaveAttribute("datetime", new Date(Date.parse(resolvedAt) + 48 * 60 * MINUTE_MS).toISOString());

  const owned = { title: `Alert on replica lag ${stamp}`, owner: "Riley Responder", ownerIsUser: true, dueDate: day(7), priority: "High" } as const;
  const late = { title: `Rehearse failover ${stamp}`, owner: "DevOps Lead", ownerIsUser: false, dueDate: day(-2), priority: "Low" } as const;
  // An item nobody owns is refused beside its owner, in words, and nothing is added.
  const unowned = `Nobody's job ${stamp}`;
  await review.actionItems().getByLabel("Action item", { exact: true }).fill(unowned);
  await review.actionItems().getByRole("button", { name: "Add action item" }).click();
  const owner = review.actionItems().getByLabel("Owner", { exact: true });
  await expect(owner).toHaveAttribute("aria-invalid", "true");
  await expect(owner).toHaveAccessibleDescription("Name an owner: pick a user or type a name.");
  await expect(review.actionItem(unowned)).toHaveCount(0);

  await review.addActionItem(owned);
  await review.addActionItem(late);
  const { review: saved } = await (await page.request.get(`/api/incidents/${incidentId}/review`)).json();
  expect(saved.actionItems.map((item: { title: string }) => item.title)).not.toContain(unowned);
  await expect(review.actionItem(owned.title)).toContainText("Riley Responder");
  await expect(review.actionItem(owned.title)).not.toContainText("Overdue");
  await expect(review.actionItem(late.title)).toContainText("Overdue");

  // A negative downtime is refused beside its field, in words, and the review keeps none.
  const impact = page.getByRole("region", { name: "Business impact" });
  await impact.getByRole("button", { name: "Edit business impact" }).click();
  const downtime = impact.getByLabel("Downtime, in minutes");
  await downtime.fill("-5");
  await impact.getByRole("button", { name: "Save" }).click();
  await expect(downtime).toHaveAttribute("aria-invalid", "true");
  await expect(downtime).toHaveAccessibleDescription(/Downtime, in minutes must be a whole number from 0 to 2147483647\.$/);
  expect((await (await page.request.get(`/api/incidents/${incidentId}/review`)).json()).review.downtimeMinutes).toBeNull();

  const list = new ActionItemsPage(page);
  await list.goto();
  await expect(list.row(owned.title)).toContainText("Riley Responder");
  await list.filter("Owner", "Riley Responder", "owner");
  await expect(list.row(owned.title)).toBeVisible();
  await expect(list.row(late.title)).toHaveCount(0);
  // A shared link shows the same view.
  await page.goto(page.url());
  await expect(list.row(owned.title)).toBeVisible();
  await expect(list.row(late.title)).toHaveCount(0);

  await list.goto("?status=overdue");
  await expect(list.row(late.title)).toContainText("Overdue");
  await expect(list.row(late.title)).toContainText("DevOps Lead");
  await expect(list.row(owned.title)).toHaveCount(0);
  await list.row(late.title).getByRole("link", { name: `Replica lag ${stamp}` }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${incidentId}/review$`));

  // Completing the late item: it is no longer overdue, here or on the list.
  await review.setStatus(late.title, "Done");
  await expect(review.actionItem(late.title)).not.toContainText("Overdue");
  await expect(review.actionItem(late.title)).toContainText("Done");
  await list.goto("?status=overdue");
  await expect(list.row(late.title)).toHaveCount(0);

  await review.goto(incidentId);
  const exported = await review.downloadMarkdown();
  expect(exported.name).toMatch(/^incident-\d+-review\.md$/);
  expect(exported.text).toContain(`| ${owned.title} | Riley Responder |`);
  expect(exported.text).toContain(`| ${late.title} | DevOps Lead |`);
  expect(exported.text).toContain("- Database: RTO target 1 h");
  expect(exported.text).toMatch(/moved the incident to Resolved/);
});

test("management reads a review and cannot change it, even by asking the API directly", async ({ signedInAs }) => {
  const [commander, viewer] = await Promise.all([signedInAs("commander"), signedInAs("viewer")]);
  const incidentId = await incidentReadyToResolve(commander.request, `Storage failover ${Date.now()}`);
  expect((await commander.request.post(`/api/incidents/${incidentId}/transitions`, { data: { to: "resolved" } })).ok()).toBe(true);

  const review = new ReviewPage(viewer);
  await review.goto(incidentId);
  await expect(review.due()).toContainText("Due");
  await expect(viewer.getByRole("button", { name: "Add action item" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /^(Edit|Score|Record)/ })).toHaveCount(0);

  const before = await (await viewer.request.get(`/api/incidents/${incidentId}/review`)).json();
  const forged = [
    await viewer.request.post(`/api/incidents/${incidentId}/review/action-items`, { data: { title: "Sneaky item", ownerName: "Viewer" } }),
    await viewer.request.patch(`/api/incidents/${incidentId}/review`, { data: { wentWell: "Everything" } }),
    await viewer.request.put(`/api/incidents/${incidentId}/review/criteria/performance`, { data: { met: true } }),
  ];
  expect(forged.map((response) => response.status())).toEqual([403, 403, 403]);
  const after = await (await viewer.request.get(`/api/incidents/${incidentId}/review`)).json();
  expect(after.review).toEqual(before.review);
  expect(after.events.length).toBe(before.events.length);
});
