// The kinds of notice a webhook or chat destination can receive, by the outbox event name Muster
// queues them under, with the words the Settings page shows for each.
export const NOTICE_EVENTS = {
  "incident.declared": "Incident declared",
  "incident.severity_changed": "Severity changed",
  "escalation.fired": "Escalated",
  "status_update.posted": "Status update to the team or stakeholders",
  "incident.resolved": "Resolved",
  "backup.rpo_breached": "Backups beyond their RPO",
  "backup.check_overdue": "Backup check overdue",
} as const;

export type NoticeEvent = keyof typeof NOTICE_EVENTS;

export const NOTICE_EVENT_NAMES = Object.keys(NOTICE_EVENTS) as [NoticeEvent, ...NoticeEvent[]];

/** What a test message is queued under: it goes to the one destination asked, whatever it receives. */
export const TEST_EVENT = "test";

/** Whether a webhook that receives `events` (none named: every one) is sent `event`. */
export function receives(events: readonly string[], event: string): boolean {
  return events.length === 0 || events.includes(event);
}
