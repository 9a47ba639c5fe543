"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ActionItemPriorityBadge, ActionItemStatusBadge } from "@/components/action-item-badges";
import { ActionItemDue } from "@/components/action-item-due";
import { ActionItemStatusSelect } from "@/components/action-item-status-select";
import { isOverdue } from "@/lib/action-items/overdue";
import { StackedTable, type StackedColumn } from "@/components/ui/stacked-table";
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
  const columns: StackedColumn<ActionItemRow>[] = [
    { label: "Action item", cardTitle: true, className: "text-ink [overflow-wrap:anywhere] md:font-medium", cell: (item) => item.title },
    ...(showSource ? [{ label: "From", cell: (item: ActionItemRow) => <Source incident={item.incident} /> }] : []),
    { label: "Owner", className: "[overflow-wrap:break-word]", cell: (item) => item.ownerName },
    { label: "Due", cell: (item) => <ActionItemDue item={item} now={now} /> },
    { label: "Priority", cell: (item) => <ActionItemPriorityBadge priority={item.priority} /> },
    {
      label: "Status",
      cell: (item) => (
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
      ),
    },
  ];
  return (
    <StackedTable
      rows={items}
      rowKey={(item) => item.id}
      rowClassName={(item) => (isOverdue(item, new Date(now)) ? "bg-critical-soft/50" : undefined)}
      columns={columns}
    />
  );
}
