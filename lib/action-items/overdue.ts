// An action item stays visible until it is done (the plan's Action Item Tracking); one whose day
// has passed unfinished stands out.
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/lib/format";

export const UNFINISHED_STATUSES: readonly ActionItemStatus[] = ["open", "in_progress"];

export function isUnfinished(status: ActionItemStatus): boolean {
  return UNFINISHED_STATUSES.includes(status);
}

/** Unfinished after the end of its due day (UTC). */
export function isOverdue(item: { status: ActionItemStatus; dueDate: Date | string | null }, now: Date): boolean {
  return isUnfinished(item.status) && item.dueDate !== null && daysBetween(new Date(item.dueDate), now) > 0;
}

/** The start of today (UTC): an unfinished item due before it is overdue. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
