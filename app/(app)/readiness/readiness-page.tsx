import { ReadinessCounts } from "@/app/(app)/readiness/components/readiness-counts";
import { ReadinessTable } from "@/app/(app)/readiness/components/readiness-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatDateAndTime } from "@/lib/format";
import { DEFAULT_TEST_INTERVAL_MONTHS } from "@/lib/readiness/assess";
import type { ReadinessView } from "@/lib/readiness/present";

/** The whole plan's recovery readiness: counts by state, then every service's last proof. */
export function ReadinessPage({ readiness }: { readiness: ReadinessView }) {
  return (
    <div className="space-y-12">
      <PageHeader
        title="Recovery readiness"
        description="When each service's recovery was last proven, by a drill or a real incident, and whether that proof still stands. A proof lapses when its recovery test's interval passes, or when the plan changes the service or a runbook that recovers it."
        footnote={`As of ${formatDateAndTime(readiness.assessedAt)} UTC. A service no recovery test covers keeps its proof ${DEFAULT_TEST_INTERVAL_MONTHS} months, the yearly minimum.`}
      />
      <ReadinessCounts counts={readiness.counts} />
      <Section id="services" title="Services" description="In the priority matrix's order. The next test falls due when the proof would lapse.">
        <ReadinessTable services={readiness.services} />
      </Section>
    </div>
  );
}
