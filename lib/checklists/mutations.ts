import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { IncidentState } from "@/lib/generated/prisma/enums";
import { canWorkIncident } from "@/lib/incidents/ability";
import { finishedIncident, guardIncident, incidentNotFound } from "@/lib/incidents/data";
import { ACTIVE_STATES, isActive } from "@/lib/incidents/state-machine";
import { setChecklistItemSchema } from "@/lib/checklists/schema";
import { publishIncidentEvents } from "@/lib/realtime/publish";
import { committedEvent } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

const ITEM_STATE = { id: true, done: true, version: true, doneAt: true, doneById: true, title: true } as const;
type ItemState = { id: string; done: boolean; version: number; doneAt: Date | null; doneById: string | null; title: string };
/** The incident as the tick found it, and the item and its event's seq if the tick was written. */
type TickRow = { number: number; state: IncidentState } & (({ seq: number } & ItemState) | { seq: null; id: null });

/**
 * Ticks or unticks a checklist item. The write names the version it saw; if someone changed the
 * item since, it is refused with 409 and the item's current state, so no change is lost.
 *
 * Ticks are the war room's most frequent write, so once the caller's access is read the tick is a
 * single statement, atomic by itself: it locks the incident row (which orders the timeline, as
 * appendEvent's counter does), writes only while the incident is still worked, compare-and-sets
 * the item, and appends its event with the incident's next seq.
 */
export async function setChecklistItem(user: SignedInUser, incidentId: string, itemId: string, input: unknown) {
  await guardIncident(db(), incidentId, user, canWorkIncident, "Join the incident to work its checklist.");
  const { done, version } = parseInput(setChecklistItemSchema, input);
  const now = new Date();
  const at = now.toISOString();
  const doneAt = done ? at : null;
  // Times are written as UTC, as Prisma writes them.
  const [row] = await db().$queryRaw<TickRow[]>`
    WITH incident AS (
      SELECT number, state FROM "Incident" WHERE id = ${incidentId} FOR NO KEY UPDATE
    ), item AS (
      UPDATE "ChecklistItem"
      SET done = ${done}, version = version + 1, "doneById" = ${done ? user.id : null},
          "doneAt" = ${doneAt}::timestamptz AT TIME ZONE 'UTC', "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
      WHERE id = ${itemId} AND "incidentId" = ${incidentId} AND version = ${version}
        AND (SELECT state::text FROM incident) = ANY(${ACTIVE_STATES}::text[])
      RETURNING id, done, version, title, "doneAt", "doneById"
    ), next AS (
      UPDATE "Incident" SET "lastSeq" = "lastSeq" + 1 WHERE id = ${incidentId} AND EXISTS (SELECT FROM item) RETURNING "lastSeq"
    ), event AS (
      INSERT INTO "TimelineEvent" (id, "incidentId", seq, type, "actorId", data, "occurredAt", "recordedAt")
      SELECT ${randomUUID()}, ${incidentId}, next."lastSeq", 'checklist.item_updated', ${user.id},
             jsonb_build_object('itemId', item.id, 'title', item.title, 'done', item.done, 'version', item.version),
             ${at}::timestamptz AT TIME ZONE 'UTC', ${at}::timestamptz AT TIME ZONE 'UTC'
      FROM next, item
      RETURNING seq
    )
    SELECT incident.number, incident.state::text AS state, item.*, event.seq
    FROM incident LEFT JOIN item ON true LEFT JOIN event ON true`;
  if (!row) throw incidentNotFound(incidentId);
  if (!isActive(row.state)) throw finishedIncident(row, "ticks");
  if (row.seq === null) {
    const current = await db().checklistItem.findFirst({ where: { id: itemId, incidentId }, select: ITEM_STATE });
    if (!current) throw new DomainError("not_found", `This incident has no checklist item ${itemId}.`);
    throw new DomainError("conflict", `Someone changed “${current.title}” first (now version ${current.version}); their change is shown.`, "version", current);
  }
  const item: ItemState = { id: row.id, title: row.title, done: row.done, version: row.version, doneAt: row.doneAt, doneById: row.doneById };
  const data = { itemId: item.id, title: item.title, done: item.done, version: item.version };
  publishIncidentEvents([committedEvent(incidentId, row.seq, { type: "checklist.item_updated", actor: user, data, occurredAt: now }, now)]);
  return item;
}
