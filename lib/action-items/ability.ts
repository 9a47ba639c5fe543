// Who may change an action item. A review's items belong to its incident: admins and the people
// taking part in it. The plan's own items belong to the plan: its admins.
import type { UserRole } from "@/lib/generated/prisma/enums";
import { canWorkIncident, type IncidentAccess } from "@/lib/incidents/ability";
import { canEditPlan } from "@/lib/plan/ability";

/** `access` is the caller's access to the item's incident, or null for one of the plan's items. */
export function canEditActionItem(role: UserRole, access: IncidentAccess | null): boolean {
  return access ? canWorkIncident(access) : canEditPlan(role);
}
