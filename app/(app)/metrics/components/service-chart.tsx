import { BarChart } from "@/app/(app)/metrics/components/bar-chart";
import { ChartFigure } from "@/app/(app)/metrics/components/chart-figure";
import { OBJECTIVE_SERIES } from "@/app/(app)/metrics/components/chart-style";
import { FiguresTable } from "@/app/(app)/metrics/components/figures-table";
import { chartPercent } from "@/app/(app)/metrics/components/metric-text";
import type { ServiceFigures } from "@/lib/metrics/types";

/** Which services come back within their objectives, in the priority matrix's order. */
export function ServiceChart({ services }: { services: ServiceFigures[] }) {
  return (
    <ChartFigure
      title="RTO and RPO achieved, by service"
      description="Share of each service's outages that met its objective; no bar where nothing was measured."
      series={OBJECTIVE_SERIES}
      chart={
        <BarChart
          horizontal
          unit="percent"
          series={OBJECTIVE_SERIES}
          data={services.map((service) => ({
            label: service.name,
            values: { rto: chartPercent(service.rto), rpo: chartPercent(service.rpo) },
          }))}
        />
      }
      table={
        <FiguresTable
          caption="Figures by service"
          rowHeading="Service"
          rows={services.map((service) => ({ key: service.key, label: service.name, figures: service }))}
          columns={["incidents", "mttd", "response", "mttr", "rto", "rpo"]}
        />
      }
    />
  );
}
