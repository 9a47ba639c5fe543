import type { Metadata } from "next";
import { BackupsPage } from "@/app/(app)/backups/backups-page";
import { listBackupPolicies, listBackupVerificationSchedules } from "@/lib/backups/data";
import { listDrillSchedules, listSuccessCriteria } from "@/lib/drills/data";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Backups & testing" };

export default async function BackupsRoute() {
  const user = await requireUser();
  const [policies, verificationSchedules, drillSchedules, successCriteria] = await Promise.all([
    listBackupPolicies(user),
    listBackupVerificationSchedules(user),
    listDrillSchedules(user),
    listSuccessCriteria(user),
  ]);
  return (
    <BackupsPage
      policies={policies}
      verificationSchedules={verificationSchedules}
      drillSchedules={drillSchedules}
      successCriteria={successCriteria}
    />
  );
}
