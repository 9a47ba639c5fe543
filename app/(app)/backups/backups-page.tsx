import Link from "next/link";
import type { ReactNode } from "react";
import { PlanLastChange } from "@/app/(app)/components/plan-last-change";
import { BackupPolicyCard } from "@/app/(app)/backups/components/backup-policy-card";
import { DataClassStatus } from "@/app/(app)/backups/components/data-class-status";
import {
  DrillScheduleEditForm,
  SuccessCriterionEditForm,
  VerificationCheckEditForm,
} from "@/app/(app)/backups/components/plan-edit-forms";
import { RecentVerifications } from "@/app/(app)/backups/components/recent-verifications";
import { RecordVerificationForm } from "@/app/(app)/backups/components/record-verification-form";
import { RecoveryTestingTable } from "@/app/(app)/backups/components/recovery-testing-table";
import { VerificationSchedule } from "@/app/(app)/backups/components/verification-schedule";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { BackupPolicyRecord, BackupStatus, BackupVerificationScheduleRecord, VerificationRecord } from "@/lib/backups/data";
import { QUADRUPLE_RPO_FACTOR } from "@/lib/backups/grading";
import type { DrillScheduleRecord } from "@/lib/drills/data";
import type { SuccessCriterion } from "@/lib/generated/prisma/client";

type BackupsPageProps = {
  policies: BackupPolicyRecord[];
  verificationSchedules: BackupVerificationScheduleRecord[];
  drillSchedules: DrillScheduleRecord[];
  successCriteria: SuccessCriterion[];
  /** The runbooks a drill may work through, for a plan admin; null for everyone else, who sees no form. */
  runbooks: { key: string; title: string }[] | null;
  status: BackupStatus;
  verifications: VerificationRecord[];
  /** Whether the caller may record a verification (responders, commanders, admins). */
  canRecord: boolean;
  /** The scenarios a drill may rehearse, for a plan admin's form. */
  scenarios: { key: string; name: string }[];
};

/** A plan admin's edit forms below a section, one per item. */
function EditForms({ children }: { children: ReactNode }) {
  return <ul className="mt-4 space-y-2">{children}</ul>;
}

export function BackupsPage({ policies, verificationSchedules, drillSchedules, successCriteria, runbooks, scenarios, status, verifications, canRecord }: BackupsPageProps) {
  const canEdit = runbooks !== null;
  return (
    <div className="space-y-12">
      <PageHeader
        title="Backups & testing"
        footnote={<PlanLastChange page="backups" />}
        description="What is backed up, how often and where; how backups are checked; and how recovery is rehearsed."
      />
      <Section
        id="backup-status"
        title="Restore points against the RPO"
        description={`For each class of data, the newest restore point a successful verification proved, and how old it is against the plan's RPO. Beyond ${QUADRUPLE_RPO_FACTOR} times the RPO, the admins and the database administrator are told.`}
      >
        <DataClassStatus dataClasses={status.dataClasses} now={status.generatedAt} />
      </Section>
      <Section id="backup-policies" title="Backup policies">
        <ul className="grid gap-4 md:grid-cols-2">
          {policies.map((policy) => (
            <BackupPolicyCard key={policy.id} policy={policy} canEdit={canEdit} />
          ))}
        </ul>
      </Section>
      <Section
        id="backup-verification"
        title="Backup verification"
        description="Checks that the backups can be restored. A check not passed within its interval is overdue."
      >
        <div className="space-y-6">
          <VerificationSchedule checks={status.checks} />
          {canRecord && (
            <RecordVerificationForm
              checks={status.checks.map(({ key, cadence, activity }) => ({ key, label: `${cadence}: ${activity}` }))}
              dataClasses={status.dataClasses.map(({ key, name }) => ({ key, label: name }))}
            />
          )}
          <div>
            <h3 className="mb-3 font-semibold text-ink">Recent verifications</h3>
            <RecentVerifications verifications={verifications} />
          </div>
        </div>
        {canEdit && (
          <EditForms>
            {verificationSchedules.map((check) => (
              <li key={check.id}>
                <VerificationCheckEditForm check={check} />
              </li>
            ))}
          </EditForms>
        )}
      </Section>
      <Section
        id="recovery-testing"
        title="Recovery testing schedule"
        description={
          <>
            Each test is run as a drill: see when each is due, and start one, on{" "}
            <Link href="/drills" className="font-medium text-accent hover:underline">
              Drills
            </Link>
            .
          </>
        }
      >
        <RecoveryTestingTable drills={drillSchedules} />
        {runbooks && (
          <EditForms>
            {drillSchedules.map((drill) => (
              <li key={drill.id}>
                <DrillScheduleEditForm drill={drill} runbooks={runbooks} scenarios={scenarios} />
              </li>
            ))}
          </EditForms>
        )}
      </Section>
      <Section id="success-criteria" title="Success criteria" description="What a drill or a recovery is judged by.">
        <Card className="p-5">
          <DetailList
            details={successCriteria.map((criterion) => ({ label: criterion.name, value: criterion.description }))}
            labelWidth="sm:grid-cols-[12rem_minmax(0,1fr)]"
          />
        </Card>
        {canEdit && (
          <EditForms>
            {successCriteria.map((criterion) => (
              <li key={criterion.key}>
                <SuccessCriterionEditForm criterion={criterion} />
              </li>
            ))}
          </EditForms>
        )}
      </Section>
    </div>
  );
}
