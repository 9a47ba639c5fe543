import { ActionItemFilters } from "@/app/(app)/action-items/components/action-item-filters";
import { ActionItemTable } from "@/components/action-item-table";
import { PageHeader } from "@/components/ui/page-header";
import type { ActionItemOwner } from "@/lib/action-items/data";
import { isOverdue } from "@/lib/action-items/overdue";
import type { ActionItemFilters as Filters } from "@/lib/action-items/schema";
import type { ActionItemView } from "@/lib/action-items/types";
import { formatCount } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";

type ActionItemsPageProps = { items: ActionItemView[]; owners: ActionItemOwner[]; filters: Filters; now: number };

function summary(items: ActionItemView[], now: number): string {
  const overdue = items.filter((item) => isOverdue(item, new Date(now))).length;
  return [formatCount(items.length, "action item"), overdue ? `${overdue} overdue` : null].filter(Boolean).join(" · ");
}

/** Every action item the reviews decided on, and the plan's own, until each is done. */
export function ActionItemsPage({ items, owners, filters, now }: ActionItemsPageProps) {
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeader
        title="Action items"
        description="What the post-incident reviews decided to do, and the plan's own improvements, tracked until done."
      />
      <div className="space-y-4">
        <ActionItemFilters owners={owners} filters={filters} />
        <p role="status" className="text-sm text-ink-muted">
          {summary(items, now)}
        </p>
        {items.length ? (
          <ActionItemTable items={items} now={now} />
        ) : (
          <EmptyState>
            {filtered ? "No action item matches these filters." : "No action items yet: they are added in post-incident reviews."}
          </EmptyState>
        )}
      </div>
    </>
  );
}
