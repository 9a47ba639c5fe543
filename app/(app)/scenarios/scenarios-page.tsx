import { ScenarioEditForm, type ScenarioEditChoices } from "@/app/(app)/scenarios/components/scenario-edit-form";
import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { RecoveryObjectives } from "@/app/(app)/scenarios/components/recovery-objectives";
import { TierSection } from "@/app/(app)/scenarios/components/tier-section";
import { PageHeader } from "@/components/ui/page-header";
import type { DataRecoveryPoint } from "@/lib/generated/prisma/client";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

type ScenariosPageProps = {
  tiers: RecoveryTierWithScenarios[];
  dataRecoveryPoints: DataRecoveryPoint[];
  /** For a plan admin, the choices the edit forms offer; null for anyone else. */
  editing: ScenarioEditChoices | null;
};

/** The scenarios by tier, and for a plan admin a form for each tier and each scenario. */
export function ScenariosPage({ tiers, dataRecoveryPoints, editing }: ScenariosPageProps) {
  return (
    <div className="space-y-12">
      <PageHeader
        title="Scenarios"
        footnote={<PlanLastChange page="scenarios" />}
        description={
          editing
            ? "The disasters the plan prepares for, by tier: how fast each tier must recover, and the runbooks to work. Each change makes a new version of the plan; incidents already declared keep theirs."
            : "The disasters the plan prepares for, by tier: how fast each tier must recover, and the runbooks to work."
        }
      />
      {tiers.map((tier) => (
        <TierSection key={tier.severity} tier={tier} editing={editing} />
      ))}
      {editing && <ScenarioEditForm choices={editing} />}
      <RecoveryObjectives tiers={tiers} dataRecoveryPoints={dataRecoveryPoints} />
    </div>
  );
}
