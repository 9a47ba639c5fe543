import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { Section } from "@/components/ui/section";
import { formatMinuteRange, formatMinutes } from "@/lib/format";
import type { DataRecoveryPoint, RecoveryTier } from "@/lib/generated/prisma/client";

type RecoveryObjectivesProps = { tiers: RecoveryTier[]; dataRecoveryPoints: DataRecoveryPoint[] };

export function RecoveryObjectives({ tiers, dataRecoveryPoints }: RecoveryObjectivesProps) {
  return (
    <Section
      id="recovery-objectives"
      title="Recovery objectives"
      description="RTO: how soon a service must be back. RPO: how much data, counted in time, may be lost."
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Card className="p-5">
          <h3 className="mb-3 text-sm font-semibold text-ink">Recovery time (RTO) by class</h3>
          <DetailList
            details={tiers.map((tier) => ({
              label: `${tier.name} services`,
              value: <span className="tabular-nums">{formatMinuteRange(tier.rtoMinMinutes, tier.rtoMaxMinutes)}</span>,
            }))}
          />
        </Card>
        <Card className="p-5">
          <h3 className="mb-3 text-sm font-semibold text-ink">Recovery point (RPO) by data</h3>
          <DetailList
            details={dataRecoveryPoints.map((point) => ({
              label: point.name,
              value: <span className="tabular-nums">{formatMinutes(point.rpoMinutes)}</span>,
            }))}
          />
        </Card>
      </div>
    </Section>
  );
}
