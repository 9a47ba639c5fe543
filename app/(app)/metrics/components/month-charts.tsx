import { BarChart } from "@/app/(app)/metrics/components/bar-chart";
import { ChartFigure } from "@/app/(app)/metrics/components/chart-figure";
import { OBJECTIVE_SERIES, TIME_SERIES } from "@/app/(app)/metrics/components/chart-style";
import { FiguresTable, type FigureRow } from "@/app/(app)/metrics/components/figures-table";
import { chartMinutes, chartPercent } from "@/app/(app)/metrics/components/metric-text";
import { formatMonth } from "@/lib/format";
import type { MonthFigures } from "@/lib/metrics/types";

/** How the times and the objectives went, month by month. */
export function MonthCharts({ months }: { months: MonthFigures[] }) {
  const rows: FigureRow[] = months.map((month) => ({ key: month.month, label: formatMonth(month.month), figures: month }));
  return (
    <div className="space-y-4">
      <ChartFigure
        title="Time to detect, respond and recover"
        description="Means, by month of detection."
        series={TIME_SERIES}
        chart={
          <BarChart
            unit="minutes"
            series={TIME_SERIES}
            data={months.map((month) => ({
              label: formatMonth(month.month),
              values: { mttd: chartMinutes(month.mttd), response: chartMinutes(month.response), mttr: chartMinutes(month.mttr) },
            }))}
          />
        }
        table={
          <FiguresTable caption="Times by month" rowHeading="Month" rows={rows} columns={["incidents", "mttd", "response", "mttr"]} />
        }
      />
      <ChartFigure
        title="RTO and RPO achieved"
        description="Share of affected services, by month of detection."
        series={OBJECTIVE_SERIES}
        chart={
          <BarChart
            unit="percent"
            series={OBJECTIVE_SERIES}
            data={months.map((month) => ({
              label: formatMonth(month.month),
              values: { rto: chartPercent(month.rto), rpo: chartPercent(month.rpo) },
            }))}
          />
        }
        table={<FiguresTable caption="Objectives by month" rowHeading="Month" rows={rows} columns={["incidents", "rto", "rpo"]} />}
      />
    </div>
  );
}
