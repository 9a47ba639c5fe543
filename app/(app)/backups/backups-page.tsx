import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { BackupPolicyCard } from "@/app/(app)/backups/components/backup-policy-card";
import { RecoveryTestingTable } from "@/app/(app)/backups/components/recovery-testing-table";
import { VerificationSchedule } from "@/app/(app)/backups/components/verification-schedule";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { BackupPolicyRecord, BackupVerificationScheduleRecord } from "@/lib/backups/data";
import type { DrillScheduleRecord } from "@/lib/drills/data";
import type { SuccessCriterion } from "@/lib/generated/prisma/client";

type BackupsPageProps = {
  policies: BackupPolicyRecord[];
  verificationSchedules: BackupVerificationScheduleRecord[];
  drillSchedules: DrillScheduleRecord[];
  successCriteria: SuccessCriterion[];
};

export function BackupsPage({ policies, verificationSchedules, drillSchedules, successCriteria }: BackupsPageProps) {
  return (
    <div className="space-y-12">
      <PageHeader
        title="Backups & testing"
        footnote={<PlanLastChange page="backups" />}
        description="What is backed up, how often and where; how backups are checked; and how recovery is rehearsed."
      />
      <Section id="backup-policies" title="Backup policies">
        <ul className="grid gap-4 md:grid-cols-2">
          {policies.map((policy) => (
            <BackupPolicyCard key={policy.id} policy={policy} />
          ))}
        </ul>
      </Section>
      <Section id="backup-verification" title="Backup verification" description="Checks that the backups can be restored.">
        <VerificationSchedule schedules={verificationSchedules} />
      </Section>
      <Section id="recovery-testing" title="Recovery testing schedule" description="Each test is run as a drill.">
        <RecoveryTestingTable drills={drillSchedules} />
      </Section>
      <Section id="success-criteria" title="Success criteria" description="What a drill or a recovery is judged by.">
        <Card className="p-5">
          <DetailList
            details={successCriteria.map((criterion) => ({ label: criterion.name, value: criterion.description }))}
            labelWidth="sm:grid-cols-[12rem_minmax(0,1fr)]"
          />
        </Card>
      </Section>
    </div>
  );
}
