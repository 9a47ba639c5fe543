import { ActionItemTiles } from "@/app/(app)/metrics/components/action-item-tiles";
import { DrillFigures } from "@/app/(app)/metrics/components/drill-figures";
import { FigureTiles } from "@/app/(app)/metrics/components/figure-tiles";
import { FiguresTable } from "@/app/(app)/metrics/components/figures-table";
import { MetricDefinitions } from "@/app/(app)/metrics/components/metric-definitions";
import { MonthCharts } from "@/app/(app)/metrics/components/month-charts";
import { ServiceChart } from "@/app/(app)/metrics/components/service-chart";
import { SeverityBadge } from "@/components/severity-badge";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatCount } from "@/lib/format";
import type { Metrics } from "@/lib/metrics/types";
import { EmptyState } from "@/components/ui/empty-state";

function NoIncidents() {
  return (
    <EmptyState>
      No incident has been recorded yet: the charts fill in as incidents are worked.
    </EmptyState>
  );
}

export function MetricsPage({ metrics }: { metrics: Metrics }) {
  const { incidents, drills } = metrics;
  const none = incidents.overall.incidents === 0;
  return (
    <div className="space-y-12">
      <PageHeader
        title="Metrics"
        description="How fast incidents are found, answered and recovered, and how often recovery meets the plan's objectives. Drills are counted apart."
      />
      <Section
        id="overall"
        title="Overall"
        description={`Over ${formatCount(incidents.overall.incidents, "incident")}, drills left out.`}
      >
        <FigureTiles figures={incidents.overall} label="Overall" />
      </Section>
      <Section id="by-month" title="Month by month" description="By the calendar month in which each incident was detected (UTC).">
        {none ? <NoIncidents /> : <MonthCharts months={incidents.byMonth} />}
      </Section>
      <Section id="by-severity" title="By severity" description="RTO and RPO count affected services: those that met the objective of those measured. — where there is nothing to measure.">
        <FiguresTable
          caption="Figures by severity"
          rowHeading="Severity"
          rows={incidents.bySeverity.map((tier) => ({ key: tier.severity, label: <SeverityBadge severity={tier.severity} />, figures: tier }))}
          columns={["incidents", "mttd", "response", "mttr", "rto", "rpo"]}
        />
      </Section>
      <Section id="by-service" title="By service" description="An incident that affected several services counts under each of them.">
        {none ? <NoIncidents /> : <ServiceChart services={incidents.byService} />}
      </Section>
      <Section id="action-items" title="Action items" description="From post-incident reviews, and the plan's own.">
        <ActionItemTiles items={incidents.actionItems} label="Action items" />
      </Section>
      <Section id="drills" title="Drills" description="Rehearsals of the plan, kept out of every figure above.">
        <DrillFigures drills={drills} />
      </Section>
      <Section id="definitions" title="How each figure is measured">
        <MetricDefinitions />
      </Section>
    </div>
  );
}
