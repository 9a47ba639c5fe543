import "server-only";
import { db } from "@/lib/db";
import type { Prisma, TimelineEvent } from "@/lib/generated/prisma/client";
import { storedEventContent } from "@/lib/timeline/events";
import type { IncidentEvent } from "@/lib/timeline/types";

type EventRow = TimelineEvent & { actor: { id: string; name: string } | null };

function toIncidentEvent(row: EventRow): IncidentEvent {
  return {
    incidentId: row.incidentId,
    seq: row.seq,
    ...storedEventContent(row),
    at: row.occurredAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    actor: row.actor,
  };
}

/**
 * How many events a war room opens with, and each older page it loads: the last hours of a busy
 * incident, few enough that opening one with ten thousand events costs what opening a new one does.
 */
export const TIMELINE_PAGE_SIZE = 200;

/**
 * How far behind a returning client may be and still have what it missed replayed, event by event;
 * one further behind opens the incident afresh, as a new viewer would.
 */
export const REPLAY_LIMIT = 500;

const WITH_ACTOR = { actor: { select: { id: true, name: true } } } as const;

/** The incident's events with a sequence number above `afterSeq`, in order; the first `limit` of them when given. */
export async function eventsAfter(incidentId: string, afterSeq: number, limit?: number): Promise<IncidentEvent[]> {
  const rows = await db().timelineEvent.findMany({
    where: { incidentId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
    include: WITH_ACTOR,
  });
  return rows.map(toIncidentEvent);
}

/** The newest `limit` events below `beforeSeq`, in order: a page of the timeline, read backwards by the index. */
export async function eventsBefore(incidentId: string, beforeSeq: number, limit = TIMELINE_PAGE_SIZE): Promise<IncidentEvent[]> {
  const rows = await db().timelineEvent.findMany({
    where: { incidentId, seq: { lt: beforeSeq } },
    orderBy: { seq: "desc" },
    take: limit,
    include: WITH_ACTOR,
  });
  return rows.reverse().map(toIncidentEvent);
}

/** The note a device already added under this key, if any. */
export async function noteByClientKey(incidentId: string, clientKey: string, client: Prisma.TransactionClient = db()): Promise<IncidentEvent | null> {
  const row = await client.timelineEvent.findFirst({
    where: { incidentId, type: "note.added", data: { path: ["clientKey"], equals: clientKey } },
    include: WITH_ACTOR,
  });
  return row && toIncidentEvent(row);
}

/**
 * What a war room opens with, up to `uptoSeq`: the latest page, and the older events its panels
 * show whatever their age (the pinned ones, and each escalation's firing with the people it paged),
 * in sequence order.
 */
export async function openingEvents(incidentId: string, uptoSeq: number): Promise<IncidentEvent[]> {
  const [page, anchors] = await Promise.all([
    eventsBefore(incidentId, uptoSeq + 1),
    db().timelineEvent.findMany({
      where: { incidentId, seq: { lte: uptoSeq }, OR: [{ pins: { some: {} } }, { type: "escalation.fired" }] },
      orderBy: { seq: "asc" },
      include: WITH_ACTOR,
    }),
  ]);
  const firstOfPage = page[0]?.seq ?? uptoSeq + 1;
  return [...anchors.filter((row) => row.seq < firstOfPage).map(toIncidentEvent), ...page];
}
