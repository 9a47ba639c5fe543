import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canWorkIncident } from "@/lib/incidents/ability";
import { accessFor, incidentNotFound } from "@/lib/incidents/data";
import { publishIncidentEvents } from "@/lib/realtime/publish";
import { toIncidentEvent } from "@/lib/timeline/data";
import { addNoteSchema, pinEventSchema } from "@/lib/timeline/schema";
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

export type Tx = Prisma.TransactionClient;

export type NewEvent = {
  type: IncidentEventType;
  actorId: string | null;
  data: Record<string, unknown>;
  occurredAt?: Date;
};

/**
 * Appends an event with the incident's next sequence number. Incrementing the counter on the
 * incident row takes that row's lock until commit, so concurrent writers get consecutive numbers
 * and a rolled-back write leaves no gap. Call it last in a transaction to hold the lock briefly.
 */
export async function appendEvent(tx: Tx, incidentId: string, event: NewEvent): Promise<IncidentEvent> {
  const [{ lastSeq }] = await tx.$queryRaw<{ lastSeq: number }[]>`
    UPDATE "Incident" SET "lastSeq" = "lastSeq" + 1 WHERE id = ${incidentId} RETURNING "lastSeq"`;
  const row = await tx.timelineEvent.create({
    data: {
      incidentId,
      seq: lastSeq,
      type: event.type,
      actorId: event.actorId,
      data: event.data as Prisma.InputJsonValue,
      occurredAt: event.occurredAt ?? new Date(),
    },
    include: { actor: { select: { id: true, name: true } } },
  });
  return toIncidentEvent(row);
}

/**
 * The one way to change an incident: `work` writes inside a transaction and returns its result
 * with the events it appended; the events are broadcast only after the commit.
 */
export async function writeIncident<Result>(
  work: (tx: Tx) => Promise<{ result: Result; events: IncidentEvent[] }>,
): Promise<Result> {
  const { result, events } = await db().$transaction(work);
  publishIncidentEvents(events);
  return result;
}

async function requireWorker(tx: Tx, incidentId: string, user: SignedInUser, what: string) {
  if (!(await tx.incident.findUnique({ where: { id: incidentId }, select: { id: true } }))) throw incidentNotFound(incidentId);
  if (!canWorkIncident(await accessFor(tx, incidentId, user))) throw new DomainError("forbidden", `Join the incident to ${what}.`);
}

/** A note from anyone taking part: what they see, what they are doing. */
export async function addNote(user: SignedInUser, incidentId: string, input: unknown) {
  const { body } = parseInput(addNoteSchema, input);
  return writeIncident(async (tx) => {
    await requireWorker(tx, incidentId, user, "add notes");
    const event = await appendEvent(tx, incidentId, { type: "note.added", actorId: user.id, data: { body } });
    return { result: event, events: [event] };
  });
}

/** Pins (or unpins) an event so the war room and the review show it first. */
export async function pinEvent(user: SignedInUser, incidentId: string, input: unknown) {
  const { seq, pinned } = parseInput(pinEventSchema, input);
  return writeIncident(async (tx) => {
    await requireWorker(tx, incidentId, user, "pin events");
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
      actorId: user.id,
      data: { seq },
    });
    return { result: event, events: [event] };
  });
}
