import { meanBasis, meanText, rateBasis, rateText } from "@/app/(app)/metrics/components/metric-text";
import { MetricTile } from "@/app/(app)/metrics/components/metric-tile";
import type { Figures } from "@/lib/metrics/types";

/** The plan's recovery metrics for a set of incidents, at a glance. */
export function FigureTiles({ figures, label }: { figures: Figures; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <MetricTile
        label="Time to detect"
        value={meanText(figures.mttd)}
        basis={meanBasis(figures.mttd)}
        missing="No incident records when its impact began."
      />
      <MetricTile
        label="Response time"
        value={meanText(figures.response)}
        basis={meanBasis(figures.response)}
        missing="No incident has been acknowledged."
      />
      <MetricTile
        label="Time to recover"
        value={meanText(figures.mttr)}
        basis={meanBasis(figures.mttr)}
        missing="No incident has been resolved."
      />
      <MetricTile
        label="RTO achieved"
        value={rateText(figures.rto)}
        basis={`${rateBasis(figures.rto)} back in time`}
        missing="No service is back or past its deadline."
      />
      <MetricTile
        label="RPO achieved"
        value={rateText(figures.rpo)}
        basis={`${rateBasis(figures.rpo)} within their RPO`}
        missing="No data loss has been measured."
      />
    </dl>
  );
}
