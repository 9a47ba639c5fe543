import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canEditPlan, requirePlanAdmin } from "@/lib/plan/ability";
import { addMonths } from "@/lib/plan/calendar";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { recordPlanReviewSchema, updatePlanDocumentSchema } from "@/lib/plan/schema";
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

/**
 * Changes the plan document's details (admins): its title, owner, review frequency and interval,
 * approval and distribution. A new review interval moves the next review: that interval after the
 * last review, or, for a plan never reviewed, after the day its first review was counted from.
 */
export async function updatePlanDocument(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const changes = parseInput(updatePlanDocumentSchema, input);

  return inPlanTransaction(async (tx) => {
    const plan = await tx.planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    const { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution } = plan;
    const editable = { title, owner, reviewFrequency, reviewIntervalMonths, approvedBy, distribution };
    const after = { ...editable, ...changes, ...(changes.distribution && { distribution: [...new Set(changes.distribution)] }) };
    const nextReviewAt =
      after.reviewIntervalMonths === reviewIntervalMonths
        ? plan.nextReviewAt
        : plan.lastReviewedAt
          ? addMonths(plan.lastReviewedAt, after.reviewIntervalMonths)
          : addMonths(plan.nextReviewAt, after.reviewIntervalMonths - reviewIntervalMonths);
    const diff = changedFields(
      { ...editable, nextReviewAt: plan.nextReviewAt.toISOString() },
      { ...after, nextReviewAt: nextReviewAt.toISOString() },
    );
    // Writing the document's values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return plan;

    await tx.planDocument.update({ where: { id: "plan" }, data: { ...after, nextReviewAt } });
    await recordPlanChange(tx, user, { kind: "plan-document", key: "plan", label: after.title, ...diff });
    return tx.planDocument.findUniqueOrThrow({ where: { id: "plan" } });
  });
}
