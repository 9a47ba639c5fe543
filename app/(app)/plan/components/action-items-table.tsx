import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDate } from "@/lib/format";
import type { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";
import type { PlanActionItem } from "@/lib/plan/data";

const STATUS: Record<ActionItemStatus, { label: string; tone: BadgeTone }> = {
  open: { label: "Open", tone: "neutral" },
  in_progress: { label: "In progress", tone: "accent" },
  done: { label: "Done", tone: "ok" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

const PRIORITY: Record<ActionItemPriority, { label: string; tone: BadgeTone }> = {
  high: { label: "High", tone: "critical" },
  medium: { label: "Medium", tone: "major" },
  low: { label: "Low", tone: "minor" },
};

export function ActionItemsTable({ items }: { items: PlanActionItem[] }) {
  if (!items.length) return <p className="text-sm text-ink-muted">No action items.</p>;
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Action item</th>
            <th scope="col">Owner</th>
            <th scope="col">Due date</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td data-label="Action item" data-card-title className="text-ink md:font-medium">
                {item.title}
              </td>
              <td data-label="Owner">{item.ownerName}</td>
              <td data-label="Due date" className="tabular-nums">
                {item.dueDate ? formatDate(item.dueDate) : <span className="text-ink-muted">Not set</span>}
              </td>
              <td data-label="Status">
                <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
              </td>
              <td data-label="Priority">
                <Badge tone={PRIORITY[item.priority].tone}>{PRIORITY[item.priority].label}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
