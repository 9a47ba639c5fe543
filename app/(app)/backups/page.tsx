import type { Metadata } from "next";
import { BackupsPage } from "@/app/(app)/backups/backups-page";
import { listBackupPolicies, listBackupVerificationSchedules } from "@/lib/backups/data";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { requireUser } from "@/lib/auth/session";
import { canEditPlan } from "@/lib/plan/ability";
import { listRunbooks } from "@/lib/runbooks/data";
import { listRecoveryTiers } from "@/lib/scenarios/data";

export const metadata: Metadata = { title: "Backups & testing" };

export default async function BackupsRoute() {
  const user = await requireUser();
  const canEdit = canEditPlan(user.role);
  const [policies, verificationSchedules, drillSchedules, successCriteria, runbooks, tiers] = await Promise.all([
    listBackupPolicies(user),
    listBackupVerificationSchedules(user),
    listDrillSchedules(user),
    listSuccessCriteria(user),
    canEdit ? listRunbooks(user) : [],
    canEdit ? listRecoveryTiers(user) : [],
  ]);
  return (
    <BackupsPage
      policies={policies}
      verificationSchedules={verificationSchedules}
      drillSchedules={drillSchedules}
      successCriteria={successCriteria}
      runbooks={canEdit ? runbooks.map(({ key, title }) => ({ key, title })) : null}
      scenarios={tiers.flatMap((tier) => tier.scenarios.map(({ key, name }) => ({ key, name })))}
    />
  );
}
