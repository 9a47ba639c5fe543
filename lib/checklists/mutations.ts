import "server-only";
import { DomainError } from "@/lib/errors";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident, requireUnfinished } from "@/lib/incidents/data";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import { appendEvent, writeIncident } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

const ITEM_STATE = { id: true, done: true, version: true, doneAt: true, doneById: true, title: true } as const;
type ItemState = { id: string; done: boolean; version: number; doneAt: Date | null; doneById: string | null; title: string };

/**
 * Ticks or unticks a checklist item. The write names the version it saw; if someone changed the
 * item since, it is refused with 409 and the item's current state, so no change is lost.
 */
export async function setChecklistItem(user: SignedInUser, incidentId: string, itemId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to work its checklist.");
    await requireUnfinished(tx, incidentId, "ticks");
    const { done, version } = parseInput(setChecklistItemSchema, input);
    const now = new Date();
    const doneAt = done ? now.toISOString() : null;
    // Compare-and-set: the row lock of this UPDATE orders racing writers; the version decides.
    // Ticks are the war room's most frequent write, hence one plain statement.
    const [updated] = await tx.$queryRaw<ItemState[]>`
      UPDATE "ChecklistItem"
      SET done = ${done}, version = version + 1, "doneById" = ${done ? user.id : null},
          "doneAt" = ${doneAt}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      WHERE id = ${itemId} AND "incidentId" = ${incidentId} AND version = ${version}
      RETURNING id, done, version, title, "doneAt", "doneById"`;
    const item = updated ?? (await tx.checklistItem.findFirst({ where: { id: itemId, incidentId }, select: ITEM_STATE }));
    if (!item) throw new DomainError("not_found", `This incident has no checklist item ${itemId}.`);
    if (!updated) {
      throw new DomainError(
        "conflict",
        `Someone changed “${item.title}” first (now version ${item.version}); their change is shown.`,
        "version",
        item,
      );
    }
    const event = await appendEvent(tx, incidentId, {
      type: "checklist.item_updated",
      actor: user,
      data: { itemId, title: item.title, done, version: item.version },
      occurredAt: now,
    });
    return { result: item, events: [event] };
  });
}
