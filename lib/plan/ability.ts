import type { UserRole } from "@/lib/generated/prisma/enums";

/** Plan admins keep the plan current; everyone signed in reads it. */
export function canEditPlan(role: UserRole): boolean {
  return role === "admin";
}

export const PLAN_EDIT_REFUSED = "Only a plan admin can change the plan.";
