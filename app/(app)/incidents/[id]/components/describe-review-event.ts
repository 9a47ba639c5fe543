// The post-incident review's events in words, for the timeline (describe-event.ts hands them here).
import type { EventDescription } from "@/app/(app)/incidents/[id]/components/describe-event";
import { ACTION_ITEM_PRIORITY_LABELS, ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { describeDataLoss, formatDateTime } from "@/components/clock-format";
import { formatDate } from "@/lib/format";
import type { EventPayload } from "@/lib/timeline/events";
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";

export type ReviewEventType = Extract<IncidentEventType, `review.${string}` | `action_item.${string}`>;

const REVIEW_FIELDS: Record<string, string> = {
  heldAt: "meeting time",
  wentWell: "what went well",
  couldImprove: "what could be improved",
  documentationUpdates: "documentation updates",
  downtimeMinutes: "downtime",
  usersAffected: "users affected",
  estimatedCost: "estimated cost",
};

const ACTION_ITEM_FIELDS: Record<string, string> = {
  title: "title",
  ownerName: "owner",
  dueDate: "due date",
  priority: "priority",
  status: "status",
};

type ActionItemChanges = EventPayload<"action_item.updated">["changes"];

const named = (fields: Record<string, string>, changes: object) =>
  Object.keys(changes)
    .map((field) => fields[field])
    .filter(Boolean)
    .join(", ");

function actionItemDetail({ ownerName, dueDate, priority }: Omit<ActionItemChanges, "title" | "status">): string | undefined {
  const parts = [
    ownerName && `Owner ${ownerName}`,
    dueDate && `due ${formatDate(new Date(dueDate))}`,
    priority && `${ACTION_ITEM_PRIORITY_LABELS[priority]} priority`,
  ];
  return parts.filter(Boolean).join(" · ") || undefined;
}

function actionItemUpdated(actor: string, { actionItem, changes }: EventPayload<"action_item.updated">): EventDescription {
  const { status, ...rest } = changes;
  const text = status
    ? `${actor} marked “${actionItem.title}” ${ACTION_ITEM_STATUS_LABELS[status].toLowerCase()}`
    : `${actor} changed the ${named(ACTION_ITEM_FIELDS, changes)} of “${actionItem.title}”`;
  return { text, detail: status ? actionItemDetail(rest) : undefined, tone: status === "done" ? "ok" : "neutral" };
}

export function describeReviewEvent(event: IncidentEvent<ReviewEventType>, actor: string): EventDescription {
  switch (event.type) {
    case "review.created": {
      const { dueAt, attendees } = event.data;
      return {
        text: `Post-incident review scheduled, due ${formatDateTime(dueAt)} UTC`,
        detail: attendees.length ? `Attendees: ${attendees.join(", ")}` : undefined,
        tone: "neutral",
      };
    }
    case "review.updated":
      return { text: `${actor} updated the review: ${named(REVIEW_FIELDS, event.data.changes)}`, tone: "neutral" };
    case "review.criterion_scored": {
      const { criterion, met, note } = event.data;
      const score = met === null ? "not scored" : met ? "met" : "not met";
      return { text: `${actor} scored “${criterion.name}”: ${score}`, body: note ?? undefined, tone: met === false ? "critical" : "neutral" };
    }
    case "review.criterion_confirmed": {
      const { criterion, met, suggestedMet, note } = event.data;
      const how = suggestedMet === null || suggestedMet === met ? "confirmed" : "overrode the suggestion for";
      return { text: `${actor} ${how} “${criterion.name}”: ${met ? "met" : "not met"}`, body: note ?? undefined, tone: met ? "ok" : "critical" };
    }
    case "review.finding_added":
      return { text: `${actor} recorded a finding`, body: event.data.finding.text, tone: "neutral" };
    case "review.finding_removed":
      return { text: `${actor} removed a finding`, body: event.data.finding.text, tone: "neutral" };
    case "review.data_loss_recorded": {
      const { service, dataLossMinutes, rpoTargetMinutes } = event.data;
      const withinRpo = dataLossMinutes <= rpoTargetMinutes;
      return {
        text: `${actor} recorded ${service.name}’s data loss`,
        detail: `${describeDataLoss(dataLossMinutes)}, ${withinRpo ? "within RPO" : "RPO missed"}`,
        tone: withinRpo ? "ok" : "critical",
      };
    }
    case "review.impact_start_recorded": {
      const { impactStartedAt } = event.data;
      return {
        text: impactStartedAt
          ? `${actor} recorded that the impact began ${formatDateTime(impactStartedAt)} UTC`
          : `${actor} took back when the impact began`,
        tone: "neutral",
      };
    }
    case "review.attendee_added":
      return { text: `${actor} added ${event.data.attendee.name} to the review’s attendees`, tone: "neutral" };
    case "review.attendee_removed":
      return { text: `${actor} removed ${event.data.attendee.name} from the review’s attendees`, tone: "neutral" };
    case "action_item.created": {
      const { title, ...rest } = event.data.actionItem;
      return { text: `${actor} added action item “${title}”`, detail: actionItemDetail(rest), tone: "neutral" };
    }
    case "action_item.updated":
      return actionItemUpdated(actor, event.data);
  }
}
