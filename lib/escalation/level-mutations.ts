import "server-only";
// The escalation matrix as the plan keeps it. A running incident keeps the schedule it was declared
// with: its levels' due times were set at declaration (scheduleEscalations) and are never moved
// here, and a level that fired keeps, on the timeline, the people it brought in then.
import { readEscalationLevels, type EscalationLevelWithContacts } from "@/lib/escalation/data";
import { presentEscalationLevel } from "@/lib/escalation/present";
import { createEscalationLevelSchema, updateEscalationLevelSchema } from "@/lib/escalation/schema";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { changedFields, inPlanTransaction, recordPlanChange } from "@/lib/plan/changes";
import { keyFromName } from "@/lib/plan/keys";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

type Window = { afterMinutes: number; untilMinutes: number | null };

/**
 * Why `window` would put the level out of order with the levels either side of it, or null when
 * it keeps the matrix in order: each level fires after the one before it has ended and ends by the
 * time the next takes over; only the last stays open.
 */
function outOfOrder(window: Window, given: Record<string, unknown>, previous?: EscalationLevelWithContacts, next?: EscalationLevelWithContacts): DomainError | null {
  const { afterMinutes, untilMinutes } = window;
  const invalid = (field: string, message: string) => new DomainError("invalid", `${field} ${message}`, field);
  if (previous && afterMinutes <= previous.afterMinutes) {
    return invalid("afterMinutes", `must be later than ${previous.name}'s threshold (${previous.afterMinutes} minutes): the levels fire in order.`);
  }
  if (next && afterMinutes >= next.afterMinutes) {
    return invalid("afterMinutes", `must be earlier than ${next.name}'s threshold (${next.afterMinutes} minutes): the levels fire in order.`);
  }
  if (previous?.untilMinutes != null && afterMinutes < previous.untilMinutes) {
    return invalid("afterMinutes", `must not be earlier than the end of ${previous.name} (${previous.untilMinutes} minutes): make ${previous.name} end earlier first.`);
  }
  if (untilMinutes === null) {
    return next ? invalid("untilMinutes", `can be left open only for the last level: ${next.name} takes over after this one.`) : null;
  }
  if (untilMinutes <= afterMinutes) {
    return "untilMinutes" in given
      ? invalid("untilMinutes", `must be later than the level's threshold (${afterMinutes} minutes).`)
      : invalid("afterMinutes", `must be earlier than the level's end (${untilMinutes} minutes).`);
  }
  if (next && untilMinutes > next.afterMinutes) {
    return invalid("untilMinutes", `must not be later than ${next.name}'s threshold (${next.afterMinutes} minutes): move ${next.name}'s threshold later first.`);
  }
  return null;
}

/** Each contact named must be a contact of the plan. */
async function checkContacts(tx: Tx, contactIds: readonly string[]) {
  const found = new Set((await tx.contact.findMany({ where: { id: { in: [...contactIds] } }, select: { id: true } })).map((contact) => contact.id));
  contactIds.forEach((contactId, position) => {
    if (!found.has(contactId)) throw new DomainError("invalid", `contactIds.${position} names no contact: "${contactId}".`, `contactIds.${position}`);
  });
}

/**
 * Adds a level to the escalation matrix (admins), in its place by threshold. Incidents declared
 * afterwards escalate through it; running ones keep the schedule they were declared with.
 */
export async function addEscalationLevel(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { contactIds: given, untilMinutes = null, ...fields } = parseInput(createEscalationLevelSchema, input);
  const contactIds = [...new Set(given)];
  return inPlanTransaction(async (tx) => {
    const levels = await readEscalationLevels(tx);
    await checkContacts(tx, contactIds);
    const same = levels.find((level) => level.afterMinutes === fields.afterMinutes);
    if (same) throw new DomainError("invalid", `afterMinutes is already ${same.name}'s threshold (${same.afterMinutes} minutes): the levels fire one after another.`, "afterMinutes");
    const previous = levels.filter((level) => level.afterMinutes < fields.afterMinutes).at(-1);
    const next = levels.find((level) => level.afterMinutes > fields.afterMinutes);
    if (previous && previous.untilMinutes === null) {
      throw new DomainError("invalid", `${previous.name} is open-ended: give it an end no later than ${fields.afterMinutes} minutes first, so this level can take over.`, "afterMinutes");
    }
    const refusal = outOfOrder({ afterMinutes: fields.afterMinutes, untilMinutes }, { untilMinutes }, previous, next);
    if (refusal) throw refusal;
    const key = keyFromName(fields.name, new Set(levels.map((level) => level.key)));
    const position = Math.max(0, ...levels.map((level) => level.position)) + 1;
    const created = await tx.escalationLevel.create({ data: { key, ...fields, untilMinutes, position } });
    await tx.escalationTarget.createMany({ data: contactIds.map((contactId, index) => ({ levelId: created.id, contactId, position: index + 1 })) });
    await recordPlanChange(tx, user, { kind: "escalation-level", key: created.id, label: fields.name, before: {}, after: { ...fields, untilMinutes, contactIds } });
    return presentEscalationLevel((await readEscalationLevels(tx)).find((level) => level.id === created.id)!);
  });
}

/** Removes a level from the escalation matrix (admins), refused once incidents have escalated through it. */
export async function removeEscalationLevel(user: SignedInUser, levelId: string) {
  requirePlanAdmin(user);
  const id = parseId(levelId, "id", "an escalation level's id");
  await inPlanTransaction(async (tx) => {
    const level = (await readEscalationLevels(tx)).find((candidate) => candidate.id === id);
    if (!level) throw new DomainError("not_found", `No escalation level has the id ${levelId}.`);
    const incidents = await tx.incidentEscalation.count({ where: { levelId: id } });
    if (incidents > 0) {
      throw new DomainError("conflict", `${level.name} cannot be removed from the plan: ${incidents === 1 ? "an incident has" : `${incidents} incidents have`} escalated through it, and their records name it.`);
    }
    await tx.escalationLevel.delete({ where: { id } });
    const { name, afterMinutes, untilMinutes, audience, contactIds } = presentEscalationLevel(level);
    await recordPlanChange(tx, user, { kind: "escalation-level", key: id, label: name, before: { name, afterMinutes, untilMinutes, audience, contactIds }, after: {} });
  });
}

/**
 * Changes an escalation level of the plan (admins): its name, its threshold and end, its audience
 * and the contacts it brings in. Incidents declared afterwards escalate on the new threshold.
 */
export async function updateEscalationLevel(user: SignedInUser, levelId: string, input: unknown) {
  requirePlanAdmin(user);
  const id = parseId(levelId, "id", "an escalation level's id");
  const changes = parseInput(updateEscalationLevelSchema, input);

  return inPlanTransaction(async (tx) => {
    const levels = await readEscalationLevels(tx);
    const index = levels.findIndex((candidate) => candidate.id === id);
    if (index < 0) throw new DomainError("not_found", `No escalation level has the id ${levelId}.`);
    const level = levels[index];

    if (changes.contactIds) await checkContacts(tx, changes.contactIds);

    const before = presentEscalationLevel(level);
    const editable = { name: before.name, afterMinutes: before.afterMinutes, untilMinutes: before.untilMinutes, audience: before.audience, contactIds: before.contactIds };
    const after = { ...editable, ...changes, ...(changes.contactIds && { contactIds: [...new Set(changes.contactIds)] }) };
    const refusal = outOfOrder(after, changes, levels[index - 1], levels[index + 1]);
    if (refusal) throw refusal;
    const diff = changedFields(editable, after);
    // Writing a level's values back as they stand changes nothing, and makes no new version.
    if (!diff.changed) return before;

    const { name, afterMinutes, untilMinutes, audience } = after;
    await tx.escalationLevel.update({ where: { id }, data: { name, afterMinutes, untilMinutes, audience } });
    if ("contactIds" in diff.after) {
      await tx.escalationTarget.deleteMany({ where: { levelId: id } });
      await tx.escalationTarget.createMany({ data: after.contactIds.map((contactId, position) => ({ levelId: id, contactId, position: position + 1 })) });
    }
    await recordPlanChange(tx, user, { kind: "escalation-level", key: id, label: name, ...diff });
    return presentEscalationLevel((await readEscalationLevels(tx)).find((candidate) => candidate.id === id)!);
  });
}
