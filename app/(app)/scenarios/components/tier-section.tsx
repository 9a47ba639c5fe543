import { ScenarioCard } from "@/app/(app)/scenarios/components/scenario-card";
import { SeverityBadge } from "@/components/severity-badge";
import { Section } from "@/components/ui/section";
import { formatMinuteRange, formatMinutes } from "@/lib/format";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

export function TierSection({ tier }: { tier: RecoveryTierWithScenarios }) {
  return (
    <Section
      id={`tier-${tier.severity}`}
      title={`${tier.name} scenarios`}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={tier.severity} />
          <span>
            Recover within <strong className="font-semibold text-ink">{formatMinuteRange(tier.rtoMinMinutes, tier.rtoMaxMinutes)}</strong>
            , losing at most <strong className="font-semibold text-ink">{formatMinutes(tier.rpoMinutes)}</strong> of data.
          </span>
        </span>
      }
    >
      <ul className="grid gap-4 md:grid-cols-2">
        {tier.scenarios.map((scenario) => (
          <ScenarioCard key={scenario.key} scenario={scenario} />
        ))}
      </ul>
    </Section>
  );
}
