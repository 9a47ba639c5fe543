import "server-only";
import { DomainError } from "@/lib/errors";
import { createContactSchema, updateContactSchema } from "@/lib/contacts/schema";
import { isActive } from "@/lib/incidents/state-machine";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { keyFromName } from "@/lib/plan/keys";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/** The Muster user a contact is to be: one that exists and is no other contact already. */
async function checkLinkedUser(tx: Tx, userId: string) {
  const linked = await tx.user.findUnique({ where: { id: userId }, select: { contact: { select: { name: true } } } });
  if (!linked) throw new DomainError("invalid", "userId names no Muster user.", "userId");
  if (linked.contact) throw new DomainError("conflict", `That Muster user is already the contact ${linked.contact.name}.`);
}

const recordedFields = (contact: { kind: string; role: string; name: string; organisation: string | null; phone: string; email: string; backupName: string | null; accountId: string | null; userId: string | null }) => {
  const { kind, role, name, organisation, phone, email, backupName, accountId, userId } = contact;
  return { kind, role, name, organisation, phone, email, backupName, accountId, userId };
};

/** Adds a contact at the end of its kind's list (admins): real details, so never a demo value. */
export async function addContact(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const fields = parseInput(createContactSchema, input);
  return inPlanTransaction(async (tx) => {
    if (fields.userId) await checkLinkedUser(tx, fields.userId);
    const existing = await tx.contact.findMany({ select: { key: true, kind: true, position: true } });
    const key = keyFromName(fields.role, new Set(existing.map((contact) => contact.key)));
    const position = Math.max(0, ...existing.filter((contact) => contact.kind === fields.kind).map((contact) => contact.position)) + 1;
    const created = await tx.contact.create({ data: { ...fields, key, position, isDemoValue: false } });
    await recordPlanChange(tx, user, { kind: "contact", key: created.id, label: created.name, before: {}, after: recordedFields(created) });
    return created;
  });
}

/** Removes a contact from the plan (admins), refused while an escalation level brings them in or they hold a role in a running incident. */
export async function removeContact(user: SignedInUser, contactId: string) {
  requirePlanAdmin(user);
  const id = parseId(contactId, "id", "a contact's id");
  await inPlanTransaction(async (tx) => {
    const contact = await tx.contact.findUnique({
      where: { id },
      include: {
        escalations: { orderBy: { level: { afterMinutes: "asc" } }, select: { level: { select: { name: true } } } },
        incidentRoles: { where: { endedAt: null }, select: { incident: { select: { number: true, title: true, state: true } } } },
      },
    });
    if (!contact) throw new DomainError("not_found", `No contact has the id ${contactId}.`);
    const refused = (why: string) => new DomainError("conflict", `${contact.name} cannot be removed from the plan: ${why}`);
    const levels = contact.escalations.map((target) => target.level.name);
    if (levels.length > 0) throw refused(`${levels.join(", ")} ${levels.length === 1 ? "brings" : "bring"} them in. Take them out of the escalation first.`);
    const role = contact.incidentRoles.find((held) => isActive(held.incident.state));
    if (role) throw refused(`they hold a role in the running incident #${role.incident.number} "${role.incident.title}".`);
    await tx.contact.delete({ where: { id } });
    await recordPlanChange(tx, user, { kind: "contact", key: id, label: contact.name, before: recordedFields(contact), after: {} });
  });
}

/**
 * Changes a contact of the plan (admins): its role, name, organisation, phone, e-mail, backup,
 * account id and the Muster user it is. Any value entered replaces the plan's placeholder, so the
 * contact is no longer marked as a demo value.
 */
export async function updateContact(user: SignedInUser, contactId: string, input: unknown) {
  requirePlanAdmin(user);
  const id = parseId(contactId, "id", "a contact's id");
  const changes = parseInput(updateContactSchema, input);

  return inPlanTransaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id } });
    if (!contact) throw new DomainError("not_found", `No contact has the id ${contactId}.`);
    if (changes.userId && changes.userId !== contact.userId) await checkLinkedUser(tx, changes.userId);

    const { role, name, organisation, phone, email, backupName, accountId, userId, isDemoValue } = contact;
    const before = { role, name, organisation, phone, email, backupName, accountId, userId, isDemoValue };
    const diff = changedFields(before, { ...before, ...changes, isDemoValue: false });
    // Writing a contact's values back as they stand changes nothing, and makes no new version.
    if (!Object.keys(diff.after).some((field) => field !== "isDemoValue")) return contact;

    const updated = await tx.contact.update({ where: { id }, data: { ...changes, isDemoValue: false } });
    await recordPlanChange(tx, user, { kind: "contact", key: id, label: updated.name, before: diff.before, after: diff.after });
    return updated;
  });
}
