import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { RecoveryObjectives } from "@/app/(app)/scenarios/components/recovery-objectives";
import { TierSection } from "@/app/(app)/scenarios/components/tier-section";
import { PageHeader } from "@/components/ui/page-header";
import type { DataRecoveryPoint } from "@/lib/generated/prisma/client";
import type { RecoveryTierWithScenarios } from "@/lib/scenarios/data";

type ScenariosPageProps = { tiers: RecoveryTierWithScenarios[]; dataRecoveryPoints: DataRecoveryPoint[] };

export function ScenariosPage({ tiers, dataRecoveryPoints }: ScenariosPageProps) {
  return (
    <div className="space-y-12">
      <PageHeader
        title="Scenarios"
        footnote={<PlanLastChange page="scenarios" />}
        description="The disasters the plan prepares for, by tier: how fast each tier must recover, and the runbooks to work."
      />
      {tiers.map((tier) => (
        <TierSection key={tier.severity} tier={tier} />
      ))}
      <RecoveryObjectives tiers={tiers} dataRecoveryPoints={dataRecoveryPoints} />
    </div>
  );
}
