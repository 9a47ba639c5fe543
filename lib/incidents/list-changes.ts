// Which committed events change what the incident list shows (title, state, severity, services
// and their deadlines, checklist progress). Named by what leaves the list as it was, so a new kind
// of change to an incident refreshes the list unless it is known not to.
import type { IncidentEventType } from "@/lib/timeline/events";

const LEAVES_LIST_AS_IT_WAS = new Set<IncidentEventType>([
  "note.added",
  "event.pinned",
  "event.unpinned",
  "status_update.posted",
  "status_update.reminder",
  "role.assigned",
  "escalation.fired",
  "escalation.manual",
  "escalation.paused",
  "escalation.resumed",
  "escalation.acknowledged",
  "review.criterion_scored",
  "review.criterion_confirmed",
  "review.finding_added",
  "review.finding_removed",
  "review.attendee_added",
  "review.attendee_removed",
  "action_item.created",
  "action_item.updated",
  "obligation.classified",
  "obligation.report_recorded",
]);

export function changesIncidentList(type: IncidentEventType): boolean {
  return !LEAVES_LIST_AS_IT_WAS.has(type);
}
