import { MetricTile } from "@/app/(app)/metrics/components/metric-tile";
import { formatCount, formatPercent } from "@/lib/format";
import type { ActionItemFigures } from "@/lib/metrics/types";

/** How far the lessons of the reviews have been acted on. */
export function ActionItemTiles({ items, label }: { items: ActionItemFigures; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <MetricTile
        label="Action items done"
        value={items.completion === null ? null : formatPercent(items.completion)}
        basis={`${items.done} of ${formatCount(items.total, "item")}, cancelled left out`}
        missing="No action item has been raised."
      />
      <MetricTile label="Still open" value={String(items.open)} basis="open or in progress" />
      <MetricTile
        label="Overdue"
        value={String(items.overdue)}
        basis="open past their due date"
        tone={items.overdue > 0 ? "critical" : "neutral"}
      />
    </dl>
  );
}
