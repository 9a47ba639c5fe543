import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { recordPlanReview } from "@/lib/plan/mutations";
import { snapshot as everyRow } from "@/test/tables";
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
    expect(error.message).toBe("reviewedAt must be a day, such as 2026-12-01");
    expect(await db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })).toEqual(before);
  });

  it.each([
    [{ reviewedAt: null }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: true }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: [] }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: "12" }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: 1764547200000 }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: "2026-11-20\u0000" }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: "0000-01-01" }, "reviewedAt", "reviewedAt must be a day from the year 1900 to 9999"],
    [{ reviewedAt: "+275760-01-01" }, "reviewedAt", "reviewedAt must be a day, such as 2026-12-01"],
    [{ reviewedAt: "2026-11-20", by: "the board" }, "by", "by is not a field this request takes"],
  ])("refuses %j with a 400 naming the field, and changes no row", async (input, field, message) => {
    const before = await everyRow();
    await expect(recordPlanReview(await demoUser("admin"), input)).rejects.toMatchObject({ kind: "invalid", field, message });
    expect(await everyRow()).toEqual(before);
  });

  it("tells anyone but a plan admin no before anything about their input", async () => {
    for (const input of [{ reviewedAt: "0000-01-01" }, { by: "me" }, null]) {
      await expect(recordPlanReview(await demoUser("commander"), input)).rejects.toMatchObject({ kind: "forbidden" });
    }
  });

  it("refuses a review in the future", async () => {
    const error = await recordPlanReview(await demoUser("admin"), { reviewedAt: "2999-01-01" }).catch((e) => e);
    expect(error).toMatchObject({ kind: "invalid", field: "reviewedAt", message: "reviewedAt cannot be in the future" });
  });
});

describe("the next review date", () => {
  it("falls on the month's last day when the month is shorter", async () => {
    const plan = await recordPlanReview(await demoUser("admin"), { reviewedAt: "2026-08-31" });
    expect(plan.nextReviewAt.toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
});
