import "server-only";
// Incident roles keep their history: handing a role over ends the holder's row and starts one for
// the new holder, so the review can say who held what, from when until when.
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { canCommandIncident, canJoinIncident } from "@/lib/incidents/ability";
import { accessFor, guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { assignRoleSchema } from "@/lib/incidents/schema";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** Roles one person holds at a time; any number of people are responders. */
const SINGLE_HOLDER_ROLES: readonly IncidentRole[] = ["incident_commander", "technical_lead", "communications_lead", "scribe"];

async function startRole(tx: Tx, incidentId: string, holder: { id: string; name: string }, role: IncidentRole, by: SignedInUser) {
  const active = await tx.incidentRoleAssignment.findMany({
    where: { incidentId, role, endedAt: null },
    include: { user: { select: { id: true, name: true } } },
  });
  if (active.some((assignment) => assignment.userId === holder.id)) {
    throw new DomainError("conflict", `${holder.name} already holds that role.`, "role");
  }
  const now = new Date();
  const previous = SINGLE_HOLDER_ROLES.includes(role) ? (active[0]?.user ?? null) : null;
  if (previous) {
    await tx.incidentRoleAssignment.updateMany({ where: { incidentId, role, endedAt: null }, data: { endedAt: now } });
  }
  await tx.incidentRoleAssignment.create({
    data: { incidentId, userId: holder.id, holderName: holder.name, role, startedAt: now, assignedById: by.id },
  });
  return appendEvent(tx, incidentId, {
    type: "role.assigned",
    actor: by,
    // The holder by id and name alone: the timeline is read by everyone on the incident.
    data: { role, holder: { id: holder.id, name: holder.name }, previous },
    occurredAt: now,
  });
}

/** The commander (or an admin) gives a role to someone, handing it over if it is held. */
export async function assignRole(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can assign roles.");
    await requireUnfinished(tx, incidentId, "role changes");
    const { userId, role } = parseInput(assignRoleSchema, input);
    const holder = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
    if (!holder) throw new DomainError("invalid", `No user has the id ${userId}.`, "userId");
    if (holder.role === "viewer") throw new DomainError("invalid", `userId: ${holder.name} is read-only management`, "userId");
    const event = await startRole(tx, incidentId, holder, role, user);
    return { result: event, events: [event] };
  });
}

/** Anyone but management joins an incident as a responder, and may then work it. */
export async function joinIncident(user: SignedInUser, incidentId: string) {
  if (!canJoinIncident(user.role)) throw new DomainError("forbidden", "Management watches incidents; it does not join them.");
  return writeIncident(async (tx) => {
    await accessFor(tx, incidentId, user);
    await requireUnfinished(tx, incidentId, "new responders");
    const event = await startRole(tx, incidentId, user, "responder", user);
    return { result: event, events: [event] };
  });
}
