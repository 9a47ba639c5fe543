import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { addMonths } from "@/lib/plan/calendar";
import { recordPlanReviewSchema, recordReviewHeldSchema } from "@/lib/plan/schema";
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
