import "server-only";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { writePlanCode, type PlanCodeFormat } from "@/lib/plan/code/document";
import { readPlanModel } from "@/lib/plan/code/model";
import type { SignedInUser } from "@/lib/users/data";

export const PLAN_EXPORT_REFUSED = "Only a plan admin can export the plan: it carries every contact's phone number and e-mail in one file.";

/**
 * The whole plan as code (plan admins). Everyone signed in reads the plan page by page; the export
 * is the plan admin's, who keeps the plan in git and imports it again, because it puts every
 * contact's personal details in one file that leaves Muster.
 */
export async function exportPlan(user: SignedInUser, format: PlanCodeFormat): Promise<string> {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", PLAN_EXPORT_REFUSED);
  return writePlanCode(await readPlanModel(), format);
}
