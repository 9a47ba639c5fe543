import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The plan's backup types. */
export function listBackupPolicies(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().backupPolicy.findMany({ orderBy: { position: "asc" } });
}

export type BackupPolicyRecord = Awaited<ReturnType<typeof listBackupPolicies>>[number];

/** The backup verification schedule, each check with its latest recorded run, if any. */
export async function listBackupVerificationSchedules(caller: SignedInUser) {
  requireSignedIn(caller);
  const schedules = await db().backupVerificationSchedule.findMany({
    orderBy: { position: "asc" },
    include: {
      records: { orderBy: { performedAt: "desc" }, take: 1, select: { performedAt: true, succeeded: true } },
    },
  });
  return schedules.map(({ records, ...schedule }) => ({ ...schedule, lastRun: records[0] ?? null }));
}

export type BackupVerificationScheduleRecord = Awaited<ReturnType<typeof listBackupVerificationSchedules>>[number];
