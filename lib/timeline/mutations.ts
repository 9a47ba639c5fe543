import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWorkIncident } from "@/lib/incidents/ability";
import { guardIncident, incidentNotFound, requireUnfinished } from "@/lib/incidents/data";
import { publishIncidentEvents, publishNotifications } from "@/lib/realtime/publish";
import { noteByClientKey } from "@/lib/timeline/data";
import { checkEventContent, type EventPayload, type IncidentEventType } from "@/lib/timeline/events";
import { addNoteSchema, pinEventSchema } from "@/lib/timeline/schema";
import type { IncidentEvent } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

export type Tx = Prisma.TransactionClient;

export type NewEvent<Type extends IncidentEventType = IncidentEventType> = {
  type: Type;
  /** Who did it; null for Muster itself (a deadline passing). */
  actor: { id: string; name: string } | null;
  /** As the event catalogue (lib/timeline/events.ts) says for its type. */
  data: EventPayload<Type>;
  occurredAt?: Date;
};

/**
 * Appends an event with the incident's next sequence number, in one statement. Incrementing the
 * counter on the incident row takes that row's lock until commit, so concurrent writers get
 * consecutive numbers and a rolled-back write leaves no gap. Call it last in a transaction so the
 * lock is held briefly. Data off its type's schema is refused before anything is written.
 */
export async function appendEvent<Type extends IncidentEventType>(tx: Tx, incidentId: string, event: NewEvent<Type>): Promise<IncidentEvent<Type>> {
  checkEventContent(event);
  const id = randomUUID();
  const actor = event.actor && { id: event.actor.id, name: event.actor.name };
  const occurredAt = event.occurredAt ?? new Date();
  const recordedAt = new Date();
  // Times are written as UTC, as Prisma writes them.
  const [row] = await tx.$queryRaw<{ seq: number }[]>`
    WITH next AS (UPDATE "Incident" SET "lastSeq" = "lastSeq" + 1 WHERE id = ${incidentId} RETURNING "lastSeq")
    INSERT INTO "TimelineEvent" (id, "incidentId", seq, type, "actorId", data, "occurredAt", "recordedAt")
    SELECT ${id}, ${incidentId}, "lastSeq", ${event.type}, ${actor?.id ?? null}, ${JSON.stringify(event.data)}::jsonb,
           ${occurredAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${recordedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC'
    FROM next
    RETURNING seq`;
  if (!row) throw incidentNotFound(incidentId);
  return committedEvent(incidentId, row.seq, { ...event, occurredAt }, recordedAt);
}

/** The event as it leaves the server once written with `seq`: what is broadcast and answered. */
export function committedEvent<Type extends IncidentEventType>(
  incidentId: string,
  seq: number,
  event: NewEvent<Type> & { occurredAt: Date },
  recordedAt: Date,
): IncidentEvent<Type> {
  // TypeScript cannot follow `Type` into the union member; the data follows its type's schema.
  return {
    incidentId,
    seq,
    type: event.type,
    at: event.occurredAt.toISOString(),
    recordedAt: recordedAt.toISOString(),
    actor: event.actor && { id: event.actor.id, name: event.actor.name },
    data: event.data,
  } as IncidentEvent<Type>;
}

/**
 * The one way to change an incident: `work` writes inside a transaction and returns its result
 * with the events it appended (and whom it notified); both are broadcast only after the commit.
 */
export async function writeIncident<Result>(
  work: (tx: Tx) => Promise<{ result: Result; events: IncidentEvent[]; notified?: string[] }>,
): Promise<Result> {
  const { result, events, notified = [] } = await db().$transaction(work);
  publishIncidentEvents(events);
  publishNotifications(notified);
  return result;
}


/**
 * A note from anyone taking part: what they see, what they are doing. A note sent again under the
 * key its device gave it (an answer lost on a bad connection) answers with the one already added.
 */
export async function addNote(user: SignedInUser, incidentId: string, input: unknown) {
  try {
    return await writeIncident(async (tx) => {
      await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to add notes.");
      const { body, clientKey } = parseInput(addNoteSchema, input);
      const added = clientKey ? await noteByClientKey(incidentId, clientKey, tx) : null;
      if (added) return { result: added, events: [] };
      await requireUnfinished(tx, incidentId, "notes");
      const event = await appendEvent(tx, incidentId, { type: "note.added", actor: user, data: clientKey ? { body, clientKey } : { body } });
      return { result: event, events: [event] };
    });
  } catch (error) {
    // The same note sent twice at once: the unique index lets one in, and that one is the answer.
    const clientKey = addNoteSchema.safeParse(input).data?.clientKey;
    const landed = clientKey ? await noteByClientKey(incidentId, clientKey) : null;
    if (landed) return landed;
    throw error;
  }
}

/**
 * Pins (or unpins) an event so the war room and the review show it first; a finished incident's
 * events can still be pinned, for its review.
 */
export async function pinEvent(user: SignedInUser, incidentId: string, input: unknown) {
  return writeIncident(async (tx) => {
    await guardIncident(tx, incidentId, user, canWorkIncident, "Join the incident to pin events.");
    const { seq, pinned } = parseInput(pinEventSchema, input);
    const target = await tx.timelineEvent.findUnique({
      where: { incidentId_seq: { incidentId, seq } },
      include: { pins: true },
    });
    if (!target) throw new DomainError("not_found", `This incident has no event ${seq}.`);
    if (pinned === target.pins.length > 0) {
      throw new DomainError("conflict", `Event ${seq} is already ${pinned ? "pinned" : "unpinned"}.`, "pinned");
    }
    if (pinned) await tx.timelineEventPin.create({ data: { eventId: target.id, pinnedById: user.id } });
    else await tx.timelineEventPin.delete({ where: { eventId: target.id } });
    const event = await appendEvent(tx, incidentId, {
      type: pinned ? "event.pinned" : "event.unpinned",
      actor: user,
      data: { seq },
    });
    return { result: event, events: [event] };
  });
}
