// A timeline event as clients see it: over the socket, in the REST API and in the war room.
export type IncidentEventType =
  | "incident.declared"
  | "incident.transitioned"
  | "incident.severity_changed"
  | "role.assigned"
  | "role.ended"
  | "checklist.item_updated"
  | "service.restored"
  | "service.rto_breached"
  | "note.added"
  | "event.pinned"
  | "event.unpinned"
  | "status_update.posted"
  | "status_update.reminder"
  | "escalation.fired"
  | "escalation.manual"
  | "escalation.paused"
  | "escalation.resumed"
  | "escalation.acknowledged"
  | "review.created"
  | "review.updated"
  | "review.criterion_scored"
  | "review.data_loss_recorded"
  | "review.impact_start_recorded"
  | "review.attendee_added"
  | "review.attendee_removed"
  | "action_item.created"
  | "action_item.updated";

export type EventActor = { id: string; name: string } | null;

export type IncidentEvent = {
  incidentId: string;
  seq: number;
  type: IncidentEventType;
  /** When it happened (may be earlier than it was recorded, e.g. a detection time). */
  at: string;
  recordedAt: string;
  actor: EventActor;
  data: Record<string, unknown>;
};
