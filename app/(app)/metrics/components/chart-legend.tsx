import type { Series } from "@/app/(app)/metrics/components/chart-style";

/** Which colour is which figure, in words beside a swatch. */
export function ChartLegend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted" aria-hidden="true">
      {series.map((entry) => (
        <li key={entry.key} className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-sm" style={{ background: entry.colour }} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
