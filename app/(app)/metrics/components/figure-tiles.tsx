import { meanBasis, meanText, rateBasis, rateText, rateTone } from "@/app/(app)/metrics/components/metric-text";
import { MetricTile } from "@/app/(app)/metrics/components/metric-tile";
import type { Figures } from "@/lib/metrics/types";

const MEANS = [
  { key: "mttd", label: "Time to detect", missing: "No incident records when its impact began." },
  { key: "response", label: "Response time", missing: "No incident has been acknowledged." },
  { key: "mttr", label: "Time to recover", missing: "No incident has been resolved." },
] as const;

const RATES = [
  { key: "rto", label: "RTO achieved", met: "back in time", missing: "No service is back or past its deadline." },
  { key: "rpo", label: "RPO achieved", met: "within their RPO", missing: "No data loss has been measured." },
] as const;

/** The plan's recovery metrics for a set of incidents, at a glance. */
export function FigureTiles({ figures, label }: { figures: Figures; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {MEANS.map(({ key, label: name, missing }) => (
        <MetricTile key={key} label={name} value={meanText(figures[key])} basis={meanBasis(figures[key])} missing={missing} />
      ))}
      {RATES.map(({ key, label: name, met, missing }) => (
        <MetricTile
          key={key}
          label={name}
          value={rateText(figures[key])}
          basis={`${rateBasis(figures[key])} ${met}`}
          missing={missing}
          tone={rateTone(figures[key])}
        />
      ))}
    </dl>
  );
}
