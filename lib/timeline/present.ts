// A timeline event as the REST API answers it: the events list and every write that appends one.
import { z } from "zod";
import type { IncidentEvent } from "@/lib/timeline/types";

export const incidentEventSchema = z.object({
  incidentId: z.string(),
  seq: z.int().min(1),
  type: z.string(),
  /** When it happened (may be earlier than it was recorded, e.g. a detection time). */
  at: z.iso.datetime(),
  recordedAt: z.iso.datetime(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** What the event says; its shape depends on `type`. */
  data: z.record(z.string(), z.unknown()),
});
export const incidentEventListSchema = z.array(incidentEventSchema);

export function presentEvent({ incidentId, seq, type, at, recordedAt, actor, data }: IncidentEvent): IncidentEvent {
  return { incidentId, seq, type, at, recordedAt, actor: actor && { id: actor.id, name: actor.name }, data };
}
