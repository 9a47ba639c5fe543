import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordPlanReview } from "@/lib/plan/mutations";
import { demoUser } from "@/test/users";

describe("recordPlanReview", () => {
  it("moves the next review one review interval (quarterly) after the review", async () => {
    const plan = await recordPlanReview(await demoUser("admin"), { reviewedAt: "2026-11-20" });
    expect(plan.reviewIntervalMonths).toBe(3);
    expect(plan.lastReviewedAt?.toISOString()).toBe("2026-11-20T00:00:00.000Z");
    expect(plan.nextReviewAt.toISOString()).toBe("2027-02-20T00:00:00.000Z");
  });

  it.each(["viewer", "responder", "commander"] as const)("refuses a %s and changes nothing", async (role) => {
    const before = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    const refusal = recordPlanReview(await demoUser(role), {});
    await expect(refusal).rejects.toMatchObject({ kind: "forbidden" });
    expect(await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).toEqual(before);
  });

  it("refuses a date that is not a date, naming the field, and changes nothing", async () => {
    const before = await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    const error = await recordPlanReview(await demoUser("admin"), { reviewedAt: "next tuesday" }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: "invalid", field: "reviewedAt" });
    expect(error.message).toMatch(/reviewedAt: must be a date/);
    expect(await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).toEqual(before);
  });

  it("refuses a review in the future", async () => {
    const error = await recordPlanReview(await demoUser("admin"), { reviewedAt: "2999-01-01" }).catch((e) => e);
    expect(error).toMatchObject({ kind: "invalid", field: "reviewedAt", message: "reviewedAt: cannot be in the future" });
  });
});

describe("the next review date", () => {
  it("falls on the month's last day when the month is shorter", async () => {
    const plan = await recordPlanReview(await demoUser("admin"), { reviewedAt: "2026-08-31" });
    expect(plan.nextReviewAt.toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});
