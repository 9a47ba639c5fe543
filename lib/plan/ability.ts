import { DomainError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";

/** Plan admins keep the plan current; everyone signed in reads it. */
export function canEditPlan(role: UserRole): boolean {
  return role === "admin";
}

export const PLAN_EDIT_REFUSED = "Only a plan admin can change the plan.";

/** Refuses anyone but a plan admin; every write to the plan starts here, before it reads its input. */
export function requirePlanAdmin(user: { role: UserRole }): void {
  if (!canEditPlan(user.role)) throw new DomainError("forbidden", PLAN_EDIT_REFUSED);
}
