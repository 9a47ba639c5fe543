// Who may do what to an incident. Roles are checked on the server in every mutation; the screens
// only hide what a user could not do anyway.
import type { IncidentRole, UserRole } from "@/lib/generated/prisma/enums";

/** The caller's platform role and the incident roles they hold now. */
export type IncidentAccess = { role: UserRole; incidentRoles: readonly IncidentRole[] };

export function canDeclareIncident(role: UserRole): boolean {
  return role === "admin" || role === "commander";
}

/** Every signed-in role reads every incident: management watches them all. */
export function canReadIncident(): boolean {
  return true;
}

/** Ticking, notes, restoring services: admins, and anyone taking part in the incident. */
export function canWorkIncident({ role, incidentRoles }: IncidentAccess): boolean {
  if (role === "viewer") return false;
  return role === "admin" || incidentRoles.length > 0;
}

/** Joining as a responder: anyone but management. */
export function canJoinIncident(role: UserRole): boolean {
  return role !== "viewer";
}

/** State, severity and roles: admins and the incident's current commander. */
export function canCommandIncident({ role, incidentRoles }: IncidentAccess): boolean {
  if (role === "viewer") return false;
  return role === "admin" || incidentRoles.includes("incident_commander");
}
