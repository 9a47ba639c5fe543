import { DetailList } from "@/components/ui/detail-list";
import { Section } from "@/components/ui/section";
import type { ReviewView } from "@/lib/reviews/types";

/** The recovery test the drill ran: what it rehearsed and which services it recovered. */
export function DrillScope({ drill }: { drill: NonNullable<ReviewView["drill"]> }) {
  return (
    <Section id="drill-scope" title="What the drill rehearsed">
      <div className="rounded-xl border border-line bg-surface p-4 sm:p-5">
        <DetailList
          details={[
            { label: "Test", value: drill.testType },
            { label: "Scope", value: drill.scope },
            { label: "Scenario", value: drill.scenario ?? <span className="text-ink-muted">Not named</span> },
            { label: "Services", value: drill.services.length ? drill.services.join(", ") : <span className="text-ink-muted">None named</span> },
          ]}
        />
      </div>
    </Section>
  );
}
