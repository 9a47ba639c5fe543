import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { approvePlanSchema } from "@/lib/plan/approvals/schema";
import { lockPlan } from "@/lib/plan/changes";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/**
 * Records that the plan's current version is approved, by the caller, now (admins). An approval
 * is kept for ever (the table refuses updates and deletes); it does not change the plan, so it
 * makes no new version.
 */
export async function approvePlan(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { note } = parseInput(approvePlanSchema, input ?? {});
  return db().$transaction(async (tx) => {
    // Under the plan's lock, the version approved is the one no change is writing over.
    const version = await lockPlan(tx);
    const approval = await tx.planApproval.create({
      data: { version, approvedById: user.id, note: note || null },
      include: { approvedBy: { select: { id: true, name: true } } },
    });
    await recordAuditEvent(tx, user, {
      action: "plan-approval.recorded",
      itemKind: "plan-approval",
      itemKey: approval.id,
      label: `Plan version ${version}`,
      before: null,
      after: { version, approvedAt: approval.approvedAt.toISOString(), note: approval.note },
    });
    return approval;
  });
}
