// A timeline event as the REST API answers it: the events list and every write that appends one.
import { z } from "zod";
import { EVENT_PAYLOADS, EVENT_TYPES } from "@/lib/timeline/events";
import type { IncidentEvent } from "@/lib/timeline/types";

const eventFields = {
  incidentId: z.string(),
  seq: z.int().min(1),
  /** When it happened (may be earlier than it was recorded, e.g. a detection time). */
  at: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
};

/** One shape per event type of the catalogue: what `data` holds follows from `type`. */
const [first, ...others] = EVENT_TYPES.map((type) => z.object({ ...eventFields, type: z.literal(type), data: EVENT_PAYLOADS[type] }));
export const incidentEventSchema = z.discriminatedUnion("type", [first, ...others]);
export const incidentEventListSchema = z.array(incidentEventSchema);

export function presentEvent({ incidentId, seq, type, at, recordedAt, actor, data }: IncidentEvent): IncidentEvent {
  // `type` and `data` come from one event, so they still belong together.
  return { incidentId, seq, type, at, recordedAt, actor: actor && { id: actor.id, name: actor.name }, data } as IncidentEvent;
}
