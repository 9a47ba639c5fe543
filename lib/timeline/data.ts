import "server-only";
import { db } from "@/lib/db";
import type { TimelineEvent } from "@/lib/generated/prisma/client";
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

/** The incident's events with a sequence number above `afterSeq`, in order. */
export async function eventsAfter(incidentId: string, afterSeq: number): Promise<IncidentEvent[]> {
  const rows = await db().timelineEvent.findMany({
    where: { incidentId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  return rows.map(toIncidentEvent);
}
