import "server-only";
import { DomainError } from "@/lib/errors";
import { updateContactSchema } from "@/lib/contacts/schema";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

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
    if (changes.userId && changes.userId !== contact.userId) {
      const linked = await tx.user.findUnique({ where: { id: changes.userId }, select: { contact: { select: { name: true } } } });
      if (!linked) throw new DomainError("invalid", "userId names no Muster user.", "userId");
      if (linked.contact) throw new DomainError("conflict", `That Muster user is already the contact ${linked.contact.name}.`);
    }

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
