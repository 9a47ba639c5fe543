import { OverdueBadge } from "@/components/action-item-badges";
import { isOverdue } from "@/lib/action-items/overdue";
import type { ActionItemStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";

type ActionItemDueProps = { item: { status: ActionItemStatus; dueDate: string | null }; now: number };

/** The due day, flagged when it has passed with the item unfinished. */
export function ActionItemDue({ item, now }: ActionItemDueProps) {
  if (!item.dueDate) return <span className="text-ink-muted">Not set</span>;
  const overdue = isOverdue(item, new Date(now));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <time dateTime={item.dueDate} className={`tabular-nums ${overdue ? "font-medium text-critical" : ""}`}>
        {formatDate(new Date(item.dueDate))}
      </time>
      {overdue && <OverdueBadge />}
    </span>
  );
}
