import type { IncidentAccess } from "@/lib/incidents/ability";
import type { Audience, UserRole } from "@/lib/generated/prisma/enums";

/** The templates and who receives updates by e-mail are the plan admin's to keep. */
export function canManageCommunications(role: UserRole): boolean {
  return role === "admin";
}

/**
 * Anyone working the incident may post for the team; what leaves the war room (stakeholders, the
 * public) is the communications lead's or the commander's to say, as the plan's roles have it.
 */
export function canPostToAudience({ role, incidentRoles }: IncidentAccess, audience: Audience): boolean {
  if (role === "viewer") return false;
  if (role === "admin") return true;
  if (audience === "internal") return incidentRoles.length > 0;
  return incidentRoles.includes("communications_lead") || incidentRoles.includes("incident_commander");
}
