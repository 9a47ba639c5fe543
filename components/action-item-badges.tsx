import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";
import type { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";

/** The plan's action item statuses and priorities ("Open", "High"), as words. */
export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

export const ACTION_ITEM_PRIORITY_LABELS: Record<ActionItemPriority, string> = { high: "High", medium: "Medium", low: "Low" };

const STATUS_TONES: Record<ActionItemStatus, BadgeTone> = { open: "neutral", in_progress: "accent", done: "ok", cancelled: "neutral" };
const PRIORITY_TONES: Record<ActionItemPriority, BadgeTone> = { high: "critical", medium: "major", low: "minor" };

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{ACTION_ITEM_STATUS_LABELS[status]}</Badge>;
}

export function ActionItemPriorityBadge({ priority }: { priority: ActionItemPriority }) {
  return (
    <Badge tone={PRIORITY_TONES[priority]}>
      {ACTION_ITEM_PRIORITY_LABELS[priority]}
      <span className="sr-only"> priority</span>
    </Badge>
  );
}

/** An unfinished item past its due day: in words, not colour alone. */
export function OverdueBadge() {
  return (
    <Badge tone="critical">
      <Icon name="alert" className="size-3" />
      Overdue
    </Badge>
  );
}
