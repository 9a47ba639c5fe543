import { RecoveryTierEditForm } from "@/app/(app)/scenarios/components/recovery-tier-edit-form";
import { ScenarioCard } from "@/app/(app)/scenarios/components/scenario-card";
import type { ScenarioEditChoices } from "@/app/(app)/scenarios/components/scenario-edit-form";
import { SeverityBadge } from "@/components/severity-badge";
import { Section } from "@/components/ui/section";
import { formatMinuteRange, formatMinutes } from "@/lib/format";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

/** A tier's objectives and scenarios; for a plan admin (`editing`), a form for the tier and each scenario. */
export function TierSection({ tier, editing }: { tier: RecoveryTierWithScenarios; editing: ScenarioEditChoices | null }) {
  const { scenarios, ...objectives } = tier;
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
        {scenarios.map((scenario) => (
          <ScenarioCard key={scenario.key} scenario={scenario} editing={editing} />
        ))}
      </ul>
      {editing && (
        <div className="mt-4">
          <RecoveryTierEditForm tier={objectives} />
        </div>
      )}
    </Section>
  );
}
