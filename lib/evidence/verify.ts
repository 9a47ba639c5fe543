// Checks an incident's timeline against its hash chain: the one verifier behind
// GET /api/incidents/{id}/verify, the evidence pack and `npm run evidence:verify`. Free of server
// code, so it runs offline on an exported pack.
import { z } from "zod";
import { eventHash, GENESIS_HASH, type ChainedContent } from "@/lib/timeline/chain";

export type ChainedEvent = ChainedContent & { hash: string };

export type ChainVerdict =
  | { intact: true; events: number }
  | {
      intact: false;
      events: number;
      /** The first event the chain fails at; type and occurredAt are null when it is missing. */
      brokenAt: { seq: number; type: string | null; occurredAt: string | null };
      reason: string;
    };

/**
 * Walks the events in sequence order from seq 1: each must follow the one before it and match the
 * hash recorded for it. `recordedEvents` is how many events the incident numbered, so an event
 * removed from the end is found too.
 */
export function verifyChain(events: readonly ChainedEvent[], recordedEvents: number): ChainVerdict {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  let previousHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const event of ordered) {
    if (event.seq !== expectedSeq) {
      const missing = event.seq > expectedSeq;
      return {
        intact: false,
        events: ordered.length,
        brokenAt: missing ? { seq: expectedSeq, type: null, occurredAt: null } : { seq: event.seq, type: event.type, occurredAt: event.occurredAt },
        reason: missing
          ? `Event ${expectedSeq} is missing: the timeline goes from event ${expectedSeq - 1} to event ${event.seq}.`
          : `Event ${event.seq} appears more than once.`,
      };
    }
    if (eventHash(event, previousHash) !== event.hash) {
      return {
        intact: false,
        events: ordered.length,
        brokenAt: { seq: event.seq, type: event.type, occurredAt: event.occurredAt },
        reason:
          event.seq === 1
            ? `Event 1 (${event.type}) does not match its hash: it was changed after it was recorded.`
            : `Event ${event.seq} (${event.type}) does not match its hash: it, or the event before it, was changed after it was recorded.`,
      };
    }
    previousHash = event.hash;
    expectedSeq += 1;
  }
  if (ordered.length < recordedEvents) {
    return {
      intact: false,
      events: ordered.length,
      brokenAt: { seq: ordered.length + 1, type: null, occurredAt: null },
      reason: `Event ${ordered.length + 1} is missing: the incident recorded ${recordedEvents} events and the timeline ends at event ${ordered.length}.`,
    };
  }
  return { intact: true, events: ordered.length };
}

const packedIncidentSchema = z.object({
  id: z.string(),
  number: z.int(),
  lastSeq: z.int().min(0),
  events: z.array(z.object({ seq: z.int(), type: z.string(), actorId: z.string().nullable(), occurredAt: z.string(), data: z.unknown(), hash: z.string() })),
});

/** What an exported pack must hold for its timelines to be checked: the rest is for reading. */
export const packedTimelinesSchema = z.object({
  format: z.literal("muster-evidence-pack"),
  records: z.object({ incidents: z.array(packedIncidentSchema), drills: z.array(packedIncidentSchema) }),
});

/** Each incident and drill of an exported pack checked against its own hashes, as a reader offline would. */
export function verifyPackedIncidents(records: z.infer<typeof packedTimelinesSchema>["records"]) {
  return [...records.incidents, ...records.drills].map((incident) => ({
    id: incident.id,
    number: incident.number,
    verdict: verifyChain(
      incident.events.map((event) => ({ ...event, incidentId: incident.id })),
      incident.lastSeq,
    ),
  }));
}
