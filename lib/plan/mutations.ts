import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canEditPlan, requirePlanAdmin } from "@/lib/plan/ability";
import { addMonths } from "@/lib/plan/calendar";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { recordPlanReviewSchema, recordReviewHeldSchema, updatePlanDocumentSchema } from "@/lib/plan/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

const REVIEW_REFUSED = "Only a plan admin can record a plan review.";

/** Records that the plan was reviewed; the next review falls due after the plan's review interval. */
export async function recordPlanReview(user: SignedInUser, input: unknown) {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", REVIEW_REFUSED);
  const { reviewedAt = new Date() } = parseInput(recordPlanReviewSchema, input);
  return db().$transaction(async (tx) => {
    const plan = await tx.planDocument.findUniqueOrThrow({ where: { id: "plan" } });
    const updated = await tx.planDocument.update({
      where: { id: "plan" },
      data: { lastReviewedAt: reviewedAt, nextReviewAt: addMonths(reviewedAt, plan.reviewIntervalMonths) },
    });
    await recordAuditEvent(tx, user, {
      action: "plan-review.held",
      itemKind: "plan-review",
      itemKey: "document",
      label: `${plan.title} review`,
      before: { lastReviewedAt: plan.lastReviewedAt?.toISOString() ?? null, nextReviewAt: plan.nextReviewAt.toISOString() },
      after: { lastReviewedAt: reviewedAt.toISOString(), nextReviewAt: updated.nextReviewAt.toISOString() },
    });
    return updated;
  });
}

/** Records that one of the plan's regular reviews (monthly, quarterly, annual) was held, moving its due date on. */
export async function recordReviewHeld(user: SignedInUser, cadenceKey: string, input: unknown) {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", REVIEW_REFUSED);
  const key = parseId(cadenceKey, "key", "a regular review's key");
  const { heldAt = new Date() } = parseInput(recordReviewHeldSchema, input);
  return db().$transaction(async (tx) => {
    const cadence = await tx.planReviewCadence.findUnique({ where: { key } });
    if (!cadence) throw new DomainError("not_found", `No regular review of the plan has the key "${cadenceKey}".`);
    const updated = await tx.planReviewCadence.update({ where: { key }, data: { lastHeldAt: heldAt } });
    await recordAuditEvent(tx, user, {
      action: "plan-review.held",
      itemKind: "plan-review",
      itemKey: key,
      label: cadence.name,
      before: { lastHeldAt: cadence.lastHeldAt?.toISOString() ?? null },
      after: { lastHeldAt: heldAt.toISOString() },
    });
    return updated;
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
