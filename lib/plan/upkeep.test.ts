import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMonths } from "@/lib/plan/calendar";
import { recordPlanReview, recordReviewHeld } from "@/lib/plan/mutations";
import { listUpkeep, remindDuePlanReviews } from "@/lib/plan/upkeep";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const adoptedAt = new Date("2026-06-10T00:00:00.000Z");

async function adoptPlanOn(day: Date) {
  await db().planDocument.update({ where: { id: "plan" }, data: { adoptedAt: day, lastReviewedAt: null, nextReviewAt: addMonths(day, 3) } });
}

async function adminNotifications() {
  const admin = await demoUser("admin");
  return db().notification.findMany({ where: { userId: admin.id, kind: "plan-review" }, orderBy: { title: "asc" }, select: { title: true } });
}

describe("the plan's upkeep", () => {
  it("dates each regular review one interval after the plan was adopted, and the plan's own review by its review interval", async () => {
    await adoptPlanOn(adoptedAt);
    const items = await listUpkeep(await demoUser("viewer"), new Date("2026-08-01T00:00:00.000Z"));
    expect(items.map(({ key, dueAt, isDue }) => [key, dueAt.toISOString().slice(0, 10), isDue])).toEqual([
      ["document", "2026-09-10", false],
      ["monthly", "2026-07-10", true],
      ["quarterly", "2026-09-10", false],
      ["annual", "2027-06-10", false],
    ]);
  });

  it("reminds every admin once of each review that fell due, however often the scheduler runs", async () => {
    await adoptPlanOn(adoptedAt);
    const now = new Date("2026-10-01T00:00:00.000Z");
    expect(await remindDuePlanReviews(now)).toEqual(["document", "monthly", "quarterly"]);
    expect(await remindDuePlanReviews(now)).toEqual([]);
    expect(await remindDuePlanReviews(new Date("2026-10-02T00:00:00.000Z"))).toEqual([]);
    expect((await adminNotifications()).map(({ title }) => title)).toEqual([
      "CRYB Platform Disaster Recovery Plan review is due",
      "Monthly Reviews is due",
      "Quarterly Reviews is due",
    ]);
    const responder = await demoUser("responder");
    expect(await db().notification.count({ where: { userId: responder.id, kind: "plan-review" } })).toBe(0);
  });

  it("moves a regular review's date on when it is recorded as held, and reminds again when the next one falls due", async () => {
    await adoptPlanOn(adoptedAt);
    await remindDuePlanReviews(new Date("2026-07-11T00:00:00.000Z"));
    const admin = await demoUser("admin");
    await recordReviewHeld(admin, "monthly", { heldAt: "2026-07-12" });
    const monthly = (await listUpkeep(admin, new Date("2026-07-13T00:00:00.000Z"))).find((item) => item.key === "monthly");
    expect(monthly).toMatchObject({ dueAt: new Date("2026-08-12T00:00:00.000Z"), lastHeldAt: new Date("2026-07-12T00:00:00.000Z"), isDue: false });
    expect(await remindDuePlanReviews(new Date("2026-08-12T00:00:00.000Z"))).toEqual(["monthly"]);
  });

  it("keeps who recorded a review, with the dates before and after, in the audit record", async () => {
    const admin = await demoUser("admin");
    const earlier = await db().auditEvent.count();
    await recordReviewHeld(admin, "quarterly", { heldAt: "2026-11-02" });
    await recordPlanReview(admin, { reviewedAt: "2026-11-03" });
    const events = await db().auditEvent.findMany({ orderBy: { at: "asc" }, skip: earlier });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ action: "plan-review.held", itemKey: "quarterly", actorId: admin.id, before: { lastHeldAt: null }, after: { lastHeldAt: "2026-11-02T00:00:00.000Z" } });
    expect(events[1]).toMatchObject({ action: "plan-review.held", itemKey: "document", after: { lastReviewedAt: "2026-11-03T00:00:00.000Z", nextReviewAt: "2027-02-03T00:00:00.000Z" } });
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s recording a regular review, and changes nothing", async (role) => {
    const before = await everyRow();
    await expect(recordReviewHeld(await demoUser(role), "monthly", {})).rejects.toMatchObject({ kind: "forbidden" });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    ["monthly", { heldAt: "2999-01-01" }, "invalid", "heldAt cannot be in the future"],
    ["monthly", { heldAt: "soon" }, "invalid", "heldAt must be a day, such as 2026-12-01"],
    ["monthly", { when: "2026-11-01" }, "invalid", "when is not a field this request takes"],
    ["fortnightly", {}, "not_found", 'No regular review of the plan has the key "fortnightly".'],
  ])("refuses %s %j with a clear message, and changes nothing", async (key, input, kind, message) => {
    const before = await everyRow();
    await expect(recordReviewHeld(await demoUser("admin"), key, input)).rejects.toMatchObject({ kind, message });
    expect(await everyRow()).toEqual(before);
  });
});
