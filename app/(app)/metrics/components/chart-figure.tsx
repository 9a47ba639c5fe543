import type { ReactNode } from "react";
import { ChartLegend } from "@/app/(app)/metrics/components/chart-legend";
import type { Series } from "@/app/(app)/metrics/components/chart-style";

type ChartFigureProps = {
  title: string;
  description: string;
  series: readonly Series[];
  chart: ReactNode;
  /** The chart's figures as a table, for screen readers and for exact values. */
  table: ReactNode;
};

/** A chart with its title, legend, and the same figures as a table behind "Show as table". */
export function ChartFigure({ title, description, series, chart, table }: ChartFigureProps) {
  return (
    <figure className="min-w-0 rounded-xl border border-line bg-surface p-4 sm:p-5">
      <figcaption className="mb-3 space-y-1">
        <span className="block font-semibold text-ink">{title}</span>
        <span className="block text-sm text-ink-muted">{description}</span>
      </figcaption>
      <ChartLegend series={series} />
      <div role="img" aria-label={`${title}: a bar chart. The same figures are in the table that follows.`} className="mt-3">
        {chart}
      </div>
      <details className="group mt-4">
        <summary className="inline-flex min-h-10 cursor-pointer items-center rounded-lg text-sm font-medium text-accent hover:underline">
          <span className="group-open:hidden">Show as table</span>
          <span className="hidden group-open:inline">Hide table</span>
        </summary>
        <div className="mt-3">{table}</div>
      </details>
    </figure>
  );
}
