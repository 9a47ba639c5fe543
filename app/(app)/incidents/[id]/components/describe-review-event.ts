// The post-incident review's events in words, for the timeline (describe-event.ts hands them here).
import type { EventDescription } from "@/app/(app)/incidents/[id]/components/describe-event";
import { ACTION_ITEM_PRIORITY_LABELS, ACTION_ITEM_STATUS_LABELS } from "@/components/action-item-badges";
import { describeDataLoss, formatDateTime } from "@/components/clock-format";
import type { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import type { IncidentEventType } from "@/lib/timeline/types";

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

type ActionItemData = { title: string; ownerName?: string; dueDate?: string | null; priority?: ActionItemPriority; status?: ActionItemStatus };

const named = (fields: Record<string, string>, changes: object) =>
  Object.keys(changes)
    .map((field) => fields[field])
    .filter(Boolean)
    .join(", ");

function actionItemDetail({ ownerName, dueDate, priority }: Omit<ActionItemData, "title">): string | undefined {
  const parts = [
    ownerName && `Owner ${ownerName}`,
    dueDate && `due ${formatDate(new Date(dueDate))}`,
    priority && `${ACTION_ITEM_PRIORITY_LABELS[priority]} priority`,
  ];
  return parts.filter(Boolean).join(" · ") || undefined;
}

function actionItemUpdated(actor: string, data: Record<string, unknown>): EventDescription {
  const { actionItem, changes } = data as { actionItem: { title: string }; changes: Omit<ActionItemData, "title"> & { title?: string } };
  const { status, ...rest } = changes;
  const text = status
    ? `${actor} marked “${actionItem.title}” ${ACTION_ITEM_STATUS_LABELS[status].toLowerCase()}`
    : `${actor} changed the ${named(ACTION_ITEM_FIELDS, changes)} of “${actionItem.title}”`;
  return { text, detail: status ? actionItemDetail(rest) : undefined, tone: status === "done" ? "ok" : "neutral" };
}

export function describeReviewEvent(type: ReviewEventType, data: Record<string, unknown>, actor: string): EventDescription {
  switch (type) {
    case "review.created":
      return {
        text: `Post-incident review scheduled, due ${formatDateTime(String(data.dueAt))} UTC`,
        detail: (data.attendees as string[]).length ? `Attendees: ${(data.attendees as string[]).join(", ")}` : undefined,
        tone: "neutral",
      };
    case "review.updated":
      return { text: `${actor} updated the review: ${named(REVIEW_FIELDS, data.changes as object)}`, tone: "neutral" };
    case "review.criterion_scored": {
      const { criterion, met, note } = data as { criterion: { name: string }; met: boolean | null; note: string | null };
      const score = met === null ? "not scored" : met ? "met" : "not met";
      return { text: `${actor} scored “${criterion.name}”: ${score}`, body: note ?? undefined, tone: met === false ? "critical" : "neutral" };
    }
    case "review.data_loss_recorded": {
      const { service, dataLossMinutes, rpoTargetMinutes } = data as { service: { name: string }; dataLossMinutes: number; rpoTargetMinutes: number };
      const withinRpo = dataLossMinutes <= rpoTargetMinutes;
      return {
        text: `${actor} recorded ${service.name}’s data loss`,
        detail: `${describeDataLoss(dataLossMinutes)}, ${withinRpo ? "within RPO" : "RPO missed"}`,
        tone: withinRpo ? "ok" : "critical",
      };
    }
    case "review.impact_start_recorded":
      return {
        text: data.impactStartedAt
          ? `${actor} recorded that the impact began ${formatDateTime(String(data.impactStartedAt))} UTC`
          : `${actor} took back when the impact began`,
        tone: "neutral",
      };
    case "review.attendee_added":
      return { text: `${actor} added ${(data.attendee as { name: string }).name} to the review’s attendees`, tone: "neutral" };
    case "review.attendee_removed":
      return { text: `${actor} removed ${(data.attendee as { name: string }).name} from the review’s attendees`, tone: "neutral" };
    case "action_item.created": {
      const { title, ...rest } = data.actionItem as ActionItemData;
      return { text: `${actor} added action item “${title}”`, detail: actionItemDetail(rest), tone: "neutral" };
    }
    case "action_item.updated":
      return actionItemUpdated(actor, data);
  }
}
