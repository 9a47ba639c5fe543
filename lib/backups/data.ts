import "server-only";
import { gradeCheck, gradeDataClass, type CheckGrade, type DataClassGrade } from "@/lib/backups/grading";
import { VERIFICATION_LIST_LIMIT, verificationQuerySchema } from "@/lib/backups/schema";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

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

const VERIFICATION_FIELDS = {
  id: true,
  performedAt: true,
  succeeded: true,
  restorePointAt: true,
  notes: true,
  recordedAt: true,
  schedule: { select: { key: true, cadence: true } },
  dataClass: { select: { key: true, name: true } },
  recordedBy: { select: { name: true } },
} as const;

/** One recorded verification run, by its id. */
export function readVerification(id: string, tx: Tx = db()) {
  return tx.backupVerification.findUniqueOrThrow({ where: { id }, select: VERIFICATION_FIELDS });
}

export type VerificationRecord = Awaited<ReturnType<typeof readVerification>>;

/** The most recent verification runs, newest first, of one check or of all. */
export async function listVerifications(caller: SignedInUser, query: unknown) {
  requireSignedIn(caller);
  const { check } = parseInput(verificationQuerySchema, query);
  return db().backupVerification.findMany({
    where: check ? { schedule: { key: check } } : {},
    orderBy: [{ performedAt: "desc" }, { recordedAt: "desc" }],
    take: VERIFICATION_LIST_LIMIT,
    select: VERIFICATION_FIELDS,
  });
}

export type GradedDataClass = { key: string; name: string; rpoMinutes: number; newestRestorePointAt: Date | null } & DataClassGrade;
export type GradedCheck = {
  key: string;
  cadence: string;
  intervalDays: number;
  activity: string;
  lastSuccessAt: Date | null;
  lastRun: { performedAt: Date; succeeded: boolean } | null;
} & CheckGrade;
export type BackupStatus = { generatedAt: Date; dataClasses: GradedDataClass[]; checks: GradedCheck[] };

/** Every data class's newest verified restore point against its RPO, and every check against its interval, at `now`. */
export async function readBackupStatus(now: Date, tx: Tx = db()): Promise<BackupStatus> {
  const [plan, classes, schedules] = await Promise.all([
    tx.planDocument.findUniqueOrThrow({ where: { id: "plan" }, select: { adoptedAt: true } }),
    tx.dataRecoveryPoint.findMany({
      orderBy: { position: "asc" },
      include: {
        verifications: { where: { succeeded: true, restorePointAt: { not: null } }, orderBy: { restorePointAt: "desc" }, take: 1, select: { restorePointAt: true } },
      },
    }),
    tx.backupVerificationSchedule.findMany({
      orderBy: { position: "asc" },
      include: {
        records: { orderBy: { performedAt: "desc" }, take: 1, select: { performedAt: true, succeeded: true } },
      },
    }),
  ]);
  const lastSuccesses = await tx.backupVerification.groupBy({ by: ["scheduleId"], where: { succeeded: true }, _max: { performedAt: true } });
  const lastSuccessOf = new Map(lastSuccesses.map((row) => [row.scheduleId, row._max.performedAt]));
  return {
    generatedAt: now,
    dataClasses: classes.map(({ key, name, rpoMinutes, verifications }) => {
      const newestRestorePointAt = verifications[0]?.restorePointAt ?? null;
      return { key, name, rpoMinutes, newestRestorePointAt, ...gradeDataClass(rpoMinutes, newestRestorePointAt, now) };
    }),
    checks: schedules.map(({ id, key, cadence, intervalDays, activity, records }) => {
      const lastSuccessAt = lastSuccessOf.get(id) ?? null;
      return { key, cadence, intervalDays, activity, lastSuccessAt, lastRun: records[0] ?? null, ...gradeCheck(intervalDays, lastSuccessAt, plan.adoptedAt, now) };
    }),
  };
}

/** The backup status for a signed-in reader. */
export function getBackupStatus(caller: SignedInUser, now: Date = new Date()) {
  requireSignedIn(caller);
  return readBackupStatus(now);
}
