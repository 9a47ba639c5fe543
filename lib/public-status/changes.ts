// Which committed changes may change what the public status page shows, and the signal that tells
// this node's snapshot of it (lib/public-status/snapshot.ts) to be built again. The signal lives on
// globalThis: Next's bundles and server.ts each load their own copy of this module, and a commit
// made in either must reach the one snapshot the process serves.
import type { IncidentEventType } from "@/lib/timeline/events";

// Named by what leaves the public page as it was, so a new kind of change to an incident rebuilds
// the page unless it is known not to. The page shows public updates, the incident's state (ongoing,
// resolved, declared in error), the public services it affects and their health.
const LEAVES_PUBLIC_PAGE_AS_IT_WAS = new Set<IncidentEventType>([
  "note.added",
  "event.pinned",
  "event.unpinned",
  "status_update.reminder",
  "role.assigned",
  "role.removed",
  "checklist.item_updated",
  "service.rto_breached",
  "escalation.fired",
  "escalation.manual",
  "escalation.paused",
  "escalation.resumed",
  "escalation.acknowledged",
  "review.created",
  "review.updated",
  "review.criterion_scored",
  "review.criterion_confirmed",
  "review.finding_added",
  "review.finding_removed",
  "review.data_loss_recorded",
  "review.impact_start_recorded",
  "review.attendee_added",
  "review.attendee_removed",
  "action_item.created",
  "action_item.updated",
  "obligation.classified",
  "obligation.report_recorded",
]);

export function changesPublicStatus(type: IncidentEventType): boolean {
  return !LEAVES_PUBLIC_PAGE_AS_IT_WAS.has(type);
}

type Listener = () => void;
const registry = globalThis as unknown as { musterPublicStatusListeners?: Set<Listener> };
const listeners = () => (registry.musterPublicStatusListeners ??= new Set());

/** Called with every change this node commits or hears of that may change the public page. */
export function onPublicStatusChange(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

/** Something public may have changed, committed already: whoever serves the page reads it again. */
export function signalPublicStatusChange() {
  for (const listener of listeners()) listener();
}

/** For a batch of committed incident events: signals once if any of them may show publicly. */
export function signalIfPublic(events: readonly { type: IncidentEventType }[]) {
  if (events.some((event) => changesPublicStatus(event.type))) signalPublicStatusChange();
}
