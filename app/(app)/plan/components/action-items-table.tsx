import { ActionItemPriorityBadge, ActionItemStatusBadge } from "@/components/action-item-badges";
import { formatDate } from "@/lib/format";
import type { PlanActionItem } from "@/lib/plan/data";

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
                <ActionItemStatusBadge status={item.status} />
              </td>
              <td data-label="Priority">
                <ActionItemPriorityBadge priority={item.priority} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
