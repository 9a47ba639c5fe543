import { ActionItemTiles } from "@/app/(app)/metrics/components/action-item-tiles";
import { FigureTiles } from "@/app/(app)/metrics/components/figure-tiles";
import { formatCount } from "@/lib/format";
import type { MetricsReport } from "@/lib/metrics/types";
import { EmptyState } from "@/components/ui/empty-state";

/** The same figures for drills, which the real ones leave out. */
export function DrillFigures({ drills }: { drills: MetricsReport }) {
  if (drills.overall.incidents === 0) {
    return (
      <EmptyState>No drill has been run yet.</EmptyState>
    );
  }
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h3 className="text-sm font-medium text-ink">Recovery, over {formatCount(drills.overall.incidents, "drill")}</h3>
        <FigureTiles figures={drills.overall} label="Drills" />
      </div>
      <div className="space-y-3">
        <h3 className="text-sm font-medium text-ink">Action items from drill reviews</h3>
        <ActionItemTiles items={drills.actionItems} label="Action items from drill reviews" />
      </div>
    </div>
  );
}
