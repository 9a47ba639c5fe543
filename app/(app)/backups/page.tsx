import type { Metadata } from "next";
import { BackupsPage } from "@/app/(app)/backups/backups-page";
import { canRecordVerifications } from "@/lib/backups/ability";
import { getBackupStatus, listBackupPolicies, listBackupVerificationSchedules, listVerifications } from "@/lib/backups/data";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { listRunbooks } from "@/lib/runbooks/data";
import { listRecoveryTiers } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Backups & testing" };

// The page shows the latest few; GET /api/backups/verifications holds more.
const RECENT_VERIFICATIONS_SHOWN = 8;

export default async function BackupsRoute() {
  const user = await requireUser();
  const canEdit = canEditPlan(user.role);
  const [policies, verificationSchedules, drillSchedules, successCriteria, runbooks, tiers, status, verifications] = await Promise.all([
    listBackupPolicies(user),
    listBackupVerificationSchedules(user),
    listDrillSchedules(user),
    listSuccessCriteria(user),
    canEdit ? listRunbooks(user) : [],
    canEdit ? listRecoveryTiers(user) : [],
    getBackupStatus(user),
    listVerifications(user, {}),
  ]);
  return (
    <BackupsPage
      policies={policies}
      verificationSchedules={verificationSchedules}
      drillSchedules={drillSchedules}
      successCriteria={successCriteria}
      runbooks={canEdit ? runbooks.map(({ key, title }) => ({ key, title })) : null}
      status={status}
      verifications={verifications.slice(0, RECENT_VERIFICATIONS_SHOWN)}
      canRecord={canRecordVerifications(user.role)}
      scenarios={tiers.flatMap((tier) => tier.scenarios.map(({ key, name }) => ({ key, name })))}
    />
  );
}
