// The review opens with the plan's first agenda item, "Timeline review": the turning points and
// what the team pinned, before the whole record.
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";

const KEY_EVENT_TYPES: readonly IncidentEventType[] = [
  "incident.declared",
  "incident.transitioned",
  "incident.severity_changed",
  "incident.details_edited",
  "incident.declared_in_error",
  "service.added",
  "service.removed",
  "service.restore_undone",
  "service.restored",
  "service.rto_breached",
  "escalation.fired",
  "status_update.posted",
];

/** Pinned and key events, oldest first. */
export function keyEvents(events: readonly IncidentEvent[], pinnedSeqs: readonly number[]): IncidentEvent[] {
  const pinned = new Set(pinnedSeqs);
  return events.filter((event) => pinned.has(event.seq) || KEY_EVENT_TYPES.includes(event.type));
}
