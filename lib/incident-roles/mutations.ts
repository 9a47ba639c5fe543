import "server-only";
// Incident roles keep their history: handing a role over or removing it ends the holder's row (and
// starts one for the new holder), so the review can say who held what, from when until when.
import type { IncidentRole } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { canCommandIncident, canJoinIncident } from "@/lib/incidents/ability";
import { accessFor, guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { assignRoleSchema } from "@/lib/incidents/schema";
import { appendEvent, writeIncident, type Tx } from "@/lib/timeline/mutations";
import type { EventPayload } from "@/lib/timeline/events";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** Roles one person holds at a time; any number of people are responders. */
const SINGLE_HOLDER_ROLES: readonly IncidentRole[] = ["incident_commander", "technical_lead", "communications_lead", "scribe"];

const COMMANDER_REFUSAL = "Only the incident commander or an admin can change roles.";

type RoleHolder = EventPayload<"role.assigned">["holder"];
/** Who a role goes to: a user (named through their plan contact, perhaps), or a plan contact without an account. */
type NewHolder = { userId: string | null; contactId: string | null; name: string };

const holderOf = (assignment: { userId: string | null; contactId: string | null; holderName: string }): RoleHolder =>
  assignment.userId
    ? { id: assignment.userId, name: assignment.holderName, kind: "user" }
    : { id: assignment.contactId ?? "", name: assignment.holderName, kind: "contact" };

async function startRole(tx: Tx, incidentId: string, holder: NewHolder, role: IncidentRole, by: SignedInUser) {
  const active = await tx.incidentRoleAssignment.findMany({ where: { incidentId, role, endedAt: null } });
  const same = (assignment: (typeof active)[number]) =>
    holder.userId ? assignment.userId === holder.userId : assignment.contactId === holder.contactId;
  if (active.some(same)) throw new DomainError("conflict", `${holder.name} already holds that role.`, "role");
  const now = new Date();
  const replaced = SINGLE_HOLDER_ROLES.includes(role) ? (active[0] ?? null) : null;
  if (replaced) {
    await tx.incidentRoleAssignment.updateMany({ where: { incidentId, role, endedAt: null }, data: { endedAt: now } });
  }
  const created = await tx.incidentRoleAssignment.create({
    data: { incidentId, userId: holder.userId, contactId: holder.contactId, holderName: holder.name, role, startedAt: now, assignedById: by.id },
  });
  return appendEvent(tx, incidentId, {
    type: "role.assigned",
    actor: by,
    // The holder by id and name alone: the timeline is read by everyone on the incident.
    data: { role, holder: holderOf(created), previous: replaced && holderOf(replaced) },
    occurredAt: now,
  });
}

/**
 * The holder an assignment names. A plan contact linked to a Muster user is that user: the role
 * then gives them the user's permissions in the incident. A contact without an account holds the
 * role by name and gains no permission (there is no one to sign in).
 */
async function resolveHolder(tx: Tx, input: { userId?: string; contactId?: string }): Promise<NewHolder> {
  if (input.contactId) {
    const contact = await tx.contact.findUnique({ where: { id: input.contactId }, include: { user: { select: { id: true, name: true, role: true } } } });
    if (!contact) throw new DomainError("invalid", "That plan contact no longer exists. Reload the page and choose again.", "contactId");
    if (contact.kind === "external") throw new DomainError("invalid", `${contact.name} is an external contact: call them, but give roles to the response team.`, "contactId");
    if (!contact.user) return { userId: null, contactId: contact.id, name: contact.name };
    if (contact.user.role === "viewer") throw managementRefusal(contact.user.name);
    return { userId: contact.user.id, contactId: contact.id, name: contact.user.name };
  }
  const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, name: true, role: true } });
  if (!user) throw new DomainError("invalid", "That person no longer has a Muster account. Reload the page and choose again.", "userId");
  if (user.role === "viewer") throw managementRefusal(user.name);
  return { userId: user.id, contactId: null, name: user.name };
}

function managementRefusal(name: string) {
  return new DomainError("invalid", `${name} is read-only management and cannot hold an incident role.`, "userId");
}

/** The commander (or an admin) gives a role to a user or a plan contact, handing it over if it is held. */
export async function assignRole(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, "Only the incident commander or an admin can assign roles.");
    await requireUnfinished(tx, incidentId, "role changes");
    const { role, ...named } = parseInput(assignRoleSchema, input);
    const event = await startRole(tx, incidentId, await resolveHolder(tx, named), role, user);
    return { result: event, events: [event] };
  });
}

/**
 * Ends a role without a successor. The incident commander's role is never left empty: it is handed
 * over instead, so someone always drives the incident.
 */
export async function removeRole(user: SignedInUser, incidentId: string, assignmentId: string) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canCommandIncident, COMMANDER_REFUSAL);
    await requireUnfinished(tx, incidentId, "role changes");
    const id = parseId(assignmentId, "assignmentId", "a role assignment's id");
    const assignment = await tx.incidentRoleAssignment.findFirst({ where: { id, incidentId } });
    if (!assignment) throw new DomainError("not_found", "This incident has no such role assignment.");
    if (assignment.endedAt) throw new DomainError("conflict", `${assignment.holderName} no longer holds that role.`);
    if (assignment.role === "incident_commander") {
      throw new DomainError("conflict", "The incident always needs a commander: hand the role over to someone else instead of removing it.");
    }
    const now = new Date();
    await tx.incidentRoleAssignment.update({ where: { id }, data: { endedAt: now } });
    const event = await appendEvent(tx, incidentId, {
      type: "role.removed",
      actor: user,
      data: { role: assignment.role, holder: holderOf(assignment) },
      occurredAt: now,
    });
    return { result: event, events: [event] };
  });
}

/** Anyone but management joins an incident as a responder, and may then work it. */
export async function joinIncident(user: SignedInUser, incidentId: string) {
  if (!canJoinIncident(user.role)) throw new DomainError("forbidden", "Management watches incidents; it does not join them.");
  return writeIncident(async (tx) => {
    await accessFor(tx, incidentId, user);
    await requireUnfinished(tx, incidentId, "new responders");
    const event = await startRole(tx, incidentId, { userId: user.id, contactId: null, name: user.name }, "responder", user);
    return { result: event, events: [event] };
  });
}
