"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ActionItemPriorityBadge, ActionItemStatusBadge } from "@/components/action-item-badges";
import { ActionItemDue } from "@/components/action-item-due";
import { ActionItemStatusSelect } from "@/components/action-item-status-select";
import { isOverdue } from "@/lib/action-items/overdue";
import type { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";

type ActionItemRow = {
  id: string;
  title: string;
  ownerName: string;
  dueDate: string | null;
  status: ActionItemStatus;
  priority: ActionItemPriority;
  completedAt: string | null;
  canEdit: boolean;
  /** Where it came from, for a list across incidents: an incident's review, or (null) the plan. */
  incident?: { id: string; number: number; title: string } | null;
};

type ActionItemTableProps = {
  items: ActionItemRow[];
  now: number;
  /** After a status change: fetch what it altered; by default the page is rendered again. */
  onChanged?: () => Promise<unknown> | void;
};

function Source({ incident }: { incident: ActionItemRow["incident"] }) {
  if (!incident) {
    return (
      <Link href="/plan#action-items" className="text-accent hover:underline">
        Plan
      </Link>
    );
  }
  return (
    <Link href={`/incidents/${incident.id}/review`} className="text-accent hover:underline [overflow-wrap:anywhere]">
      <span className="tabular-nums">#{incident.number}</span> {incident.title}
    </Link>
  );
}

/** Action items as a table, or labelled cards on a phone; overdue ones tinted and marked in words. */
export function ActionItemTable({ items, now, onChanged }: ActionItemTableProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const afterChange = onChanged ?? (() => startTransition(() => router.refresh()));
  const showSource = items.some((item) => item.incident !== undefined);
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Action item</th>
            {showSource && <th scope="col">From</th>}
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={isOverdue(item, new Date(now)) ? "bg-critical-soft/50" : undefined}>
              <td data-label="Action item" data-card-title className="text-ink [overflow-wrap:anywhere] md:font-medium">
                {item.title}
              </td>
              {showSource && (
                <td data-label="From">
                  <Source incident={item.incident} />
                </td>
              )}
              <td data-label="Owner" className="[overflow-wrap:anywhere]">
                {item.ownerName}
              </td>
              <td data-label="Due">
                <ActionItemDue item={item} now={now} />
              </td>
              <td data-label="Priority">
                <ActionItemPriorityBadge priority={item.priority} />
              </td>
              <td data-label="Status">
                <div className="space-y-1">
                  {item.canEdit ? (
                    <>
                      <div className="hidden print:block">
                        <ActionItemStatusBadge status={item.status} />
                      </div>
                      <div className="print:hidden">
                        <ActionItemStatusSelect item={item} onChanged={afterChange} />
                      </div>
                    </>
                  ) : (
                    <ActionItemStatusBadge status={item.status} />
                  )}
                  {item.completedAt && <p className="text-xs text-ink-muted">Done {formatDate(new Date(item.completedAt))}</p>}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
