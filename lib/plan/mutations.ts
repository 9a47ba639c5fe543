import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { addMonths } from "@/lib/plan/calendar";
import { recordPlanReviewSchema } from "@/lib/plan/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** Records that the plan was reviewed; the next review falls due after the plan's review interval. */
export async function recordPlanReview(user: SignedInUser, input: unknown) {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", "Only a plan admin can record a plan review.");
  const { reviewedAt = new Date() } = parseInput(recordPlanReviewSchema, input);
  return db().$transaction(async (tx) => {
    const plan = await tx.planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    return tx.planDocument.update({
      where: { id: "plan" },
      data: { lastReviewedAt: reviewedAt, nextReviewAt: addMonths(reviewedAt, plan.reviewIntervalMonths) },
    });
  });
}
