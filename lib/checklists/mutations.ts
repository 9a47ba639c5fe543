import "server-only";
import { DomainError } from "@/lib/errors";
import { canWorkIncident } from "@/lib/incidents/ability";
import { accessFor, incidentNotFound } from "@/lib/incidents/data";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import { appendEvent, writeIncident } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

const ITEM_STATE = { id: true, done: true, version: true, doneAt: true, doneById: true, title: true } as const;

/**
 * Ticks or unticks a checklist item. The write names the version it saw; if someone changed the
 * item since, it is refused with 409 and the item's current state, so no change is lost.
 */
export async function setChecklistItem(user: SignedInUser, incidentId: string, itemId: string, input: unknown) {
  const { done, version } = parseInput(setChecklistItemSchema, input);
  return writeIncident(async (tx) => {
    if (!(await tx.incident.findUnique({ where: { id: incidentId }, select: { id: true } }))) throw incidentNotFound(incidentId);
    if (!canWorkIncident(await accessFor(tx, incidentId, user))) {
      throw new DomainError("forbidden", "Join the incident to work its checklist.");
    }
    const now = new Date();
    // Compare-and-set: the row lock of this UPDATE orders racing writers; the version decides.
    const { count } = await tx.checklistItem.updateMany({
      where: { id: itemId, incidentId, version },
      data: { done, version: { increment: 1 }, doneAt: done ? now : null, doneById: done ? user.id : null },
    });
    const item = await tx.checklistItem.findFirst({ where: { id: itemId, incidentId }, select: ITEM_STATE });
    if (!item) throw new DomainError("not_found", `This incident has no checklist item ${itemId}.`);
    if (count === 0) {
      throw new DomainError(
        "conflict",
        `Someone changed “${item.title}” first (now version ${item.version}); their change is shown.`,
        "version",
        item,
      );
    }
    const event = await appendEvent(tx, incidentId, {
      type: "checklist.item_updated",
      actorId: user.id,
      data: { itemId, title: item.title, done, version: item.version },
      occurredAt: now,
    });
    return { result: item, events: [event] };
  });
}
