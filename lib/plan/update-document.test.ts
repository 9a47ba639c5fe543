import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMonths } from "@/lib/plan/calendar";
import { listPlanChanges } from "@/lib/plan/changes";
import { recordPlanReview, updatePlanDocument } from "@/lib/plan/mutations";
import { snapshot as everyRow } from "@/test/tables";
import { demoUser } from "@/test/users";

const planDocument = () => db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });

// The plan as seeded has never been reviewed: the first tests run on it so, the review comes later.
describe("updatePlanDocument", () => {
  it.each(["viewer", "responder", "commander"] as const)("refuses a %s with 403 and changes nothing", async (role) => {
    const before = await everyRow();
    await expect(updatePlanDocument(await demoUser(role), { owner: "Someone else" })).rejects.toMatchObject({
      kind: "forbidden",
      message: "Only a plan admin can change the plan.",
    });
    expect(await everyRow()).toEqual(before);
  });

  it.each([
    [{ title: " " }, "title", "title must not be empty"],
    [{ reviewIntervalMonths: 0 }, "reviewIntervalMonths", "reviewIntervalMonths must be a whole number from 1 to 60"],
    [{ reviewIntervalMonths: "3" }, "reviewIntervalMonths", "reviewIntervalMonths must be a whole number from 1 to 60"],
    [{ distribution: "Everyone" }, "distribution", "distribution must be a list"],
    [{ distribution: ["Engineering", ""] }, "distribution.1", "distribution.1 must not be empty"],
    [{ approvedBy: "x".repeat(201) }, "approvedBy", "approvedBy must be at most 200 characters"],
    [{ version: "2.0" }, "version", "version is not a field this request takes"],
  ])("refuses %j naming %s, and changes nothing", async (input, field, message) => {
    const before = await everyRow();
    await expect(updatePlanDocument(await demoUser("admin"), input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("changes the details, reads back so, and leaves one change record that moves the version on; a new interval moves the next review", async () => {
    const admin = await demoUser("admin");
    const before = await planDocument();
    const changesBefore = await db().planChange.count();

    const answer = await updatePlanDocument(admin, {
      title: "Acme Disaster Recovery Plan",
      owner: "Acme Site Reliability",
      reviewFrequency: "Half-yearly",
      reviewIntervalMonths: 6,
      approvedBy: "Jane Doe, CTO",
      distribution: ["Engineering", "Leadership"],
    });

    // Never reviewed: the next review moves by the change of interval, from the day it was counted from.
    const nextReviewAt = addMonths(before.nextReviewAt, 3);
    const expected = {
      title: "Acme Disaster Recovery Plan",
      owner: "Acme Site Reliability",
      reviewFrequency: "Half-yearly",
      reviewIntervalMonths: 6,
      approvedBy: "Jane Doe, CTO",
      distribution: ["Engineering", "Leadership"],
      nextReviewAt,
    };
    expect(answer).toMatchObject(expected);
    const stored = await planDocument();
    expect(stored).toMatchObject(expected);

    expect(await db().planChange.count()).toBe(changesBefore + 1);
    const [change] = await listPlanChanges(admin);
    expect(change).toMatchObject({
      kind: "plan-document",
      itemKey: "plan",
      label: "Acme Disaster Recovery Plan",
      changedById: admin.id,
      before: {
        title: "CRYB Platform Disaster Recovery Plan",
        owner: "CRYB Platform Engineering Team",
        reviewFrequency: "Quarterly",
        reviewIntervalMonths: 3,
        approvedBy: null,
        distribution: ["All engineering team members", "management team", "key stakeholders"],
        nextReviewAt: before.nextReviewAt.toISOString(),
      },
      after: { reviewIntervalMonths: 6, approvedBy: "Jane Doe, CTO", nextReviewAt: nextReviewAt.toISOString() },
    });
    const [major, minor] = before.version.split(".").map(Number);
    expect(change.version).toBe(`${major}.${minor + 1}`);
    expect(stored.version).toBe(change.version);
  });

  it("counts a new interval from the last review once there was one", async () => {
    const admin = await demoUser("admin");
    await recordPlanReview(admin, { reviewedAt: "2026-11-20" });
    const plan = await updatePlanDocument(admin, { reviewIntervalMonths: 12 });
    expect(plan.nextReviewAt.toISOString()).toBe("2027-11-20T00:00:00.000Z");
    const [change] = await listPlanChanges(admin);
    expect(change.before).toEqual({ reviewIntervalMonths: 6, nextReviewAt: "2027-05-20T00:00:00.000Z" });
    expect(change.after).toEqual({ reviewIntervalMonths: 12, nextReviewAt: "2027-11-20T00:00:00.000Z" });
  });

  it("clears the approval with null, and writes nothing for values written back as they stand", async () => {
    const admin = await demoUser("admin");
    expect((await updatePlanDocument(admin, { approvedBy: null })).approvedBy).toBeNull();
    const before = await everyRow();
    const { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution } = await planDocument();
    await updatePlanDocument(admin, { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution });
    expect(await everyRow()).toEqual(before);
  });
});
