// What GET /api/backup-policies and GET /api/backup-verification-schedule answer, and their PATCHes.
import { z } from "zod";
import type { BackupStatus, GradedCheck, GradedDataClass, VerificationRecord } from "@/lib/backups/data";
import { formatDateAndTime, formatMinutes } from "@/lib/format";
import { instant } from "@/lib/present";

export const backupPolicySchema = z.object({
  key: z.string(),
  name: z.string(),
  frequency: z.string(),
  frequencyMinutes: z.int().nullable(),
  fullBackup: z.string().nullable(),
  retention: z.string(),
  location: z.string(),
});
export const backupPolicyListSchema = z.array(backupPolicySchema);
type BackupPolicyView = z.infer<typeof backupPolicySchema>;

export function presentBackupPolicy({ key, name, frequency, frequencyMinutes, fullBackup, retention, location }: BackupPolicyView): BackupPolicyView {
  return { key, name, frequency, frequencyMinutes, fullBackup, retention, location };
}

export const verificationScheduleSchema = z.object({
  key: z.string(),
  cadence: z.string(),
  intervalDays: z.int(),
  activity: z.string(),
  /** The latest recorded run of the check, if any. */
  lastRun: z.object({ performedAt: instant(), succeeded: z.boolean() }).nullable(),
});
export const verificationScheduleListSchema = z.array(verificationScheduleSchema);
type VerificationScheduleView = z.infer<typeof verificationScheduleSchema>;

export function presentVerificationSchedule({ key, cadence, intervalDays, activity, lastRun }: VerificationScheduleView): VerificationScheduleView {
  return { key, cadence, intervalDays, activity, lastRun: lastRun && { performedAt: lastRun.performedAt, succeeded: lastRun.succeeded } };
}

// What POST/GET /api/backups/verifications and GET /api/backups/status answer.
export const verificationSchema = z.object({
  id: z.string(),
  check: z.object({ key: z.string(), cadence: z.string() }),
  /** The class of data the run proved; null for a run recorded before classes were named, or whose class left the plan. */
  dataClass: z.object({ key: z.string(), name: z.string() }).nullable(),
  performedAt: instant(),
  succeeded: z.boolean(),
  restorePointAt: instant().nullable(),
  notes: z.string().nullable(),
  recordedBy: z.object({ name: z.string() }).nullable(),
  recordedAt: instant(),
});
export const verificationListSchema = z.array(verificationSchema);
type VerificationView = z.infer<typeof verificationSchema>;

export function presentVerification({ id, schedule, dataClass, performedAt, succeeded, restorePointAt, notes, recordedBy, recordedAt }: VerificationRecord): VerificationView {
  return {
    id,
    check: { key: schedule.key, cadence: schedule.cadence },
    dataClass: dataClass && { key: dataClass.key, name: dataClass.name },
    performedAt,
    succeeded,
    restorePointAt,
    notes,
    recordedBy: recordedBy && { name: recordedBy.name },
    recordedAt,
  };
}

const dataClassStatusSchema = z.object({
  key: z.string(),
  name: z.string(),
  rpoMinutes: z.int(),
  /** within, up-to-2x, up-to-4x or beyond the RPO; unverified while no successful run named a restore point. */
  state: z.enum(["within", "up-to-2x", "up-to-4x", "beyond", "unverified"]),
  /** The newest restore point a successful verification proved. */
  newestRestorePointAt: instant().nullable(),
  ageMinutes: z.int().nullable(),
  /** When that restore point ages beyond four times the RPO. */
  breachesAt: instant().nullable(),
  alerting: z.boolean(),
});

const checkStatusSchema = z.object({
  key: z.string(),
  cadence: z.string(),
  intervalDays: z.int(),
  activity: z.string(),
  state: z.enum(["on-time", "overdue"]),
  lastSuccessAt: instant().nullable(),
  lastRun: z.object({ performedAt: instant(), succeeded: z.boolean() }).nullable(),
  /** One interval after the last success (or after the plan's adoption, for a check never passed). */
  dueAt: instant(),
  alerting: z.boolean(),
});

const backupAlertSchema = z.object({
  kind: z.enum(["data-class", "check"]),
  key: z.string(),
  /** The alert in a sentence, as the status board and the home page show it. */
  message: z.string(),
});

export const backupStatusSchema = z.object({
  generatedAt: instant(),
  dataClasses: z.array(dataClassStatusSchema),
  checks: z.array(checkStatusSchema),
  /** What pages people now: classes beyond four times their RPO and overdue checks. */
  alerts: z.array(backupAlertSchema),
});
export type BackupStatusView = z.infer<typeof backupStatusSchema>;
export type BackupAlertView = z.infer<typeof backupAlertSchema>;

/** A data class beyond four RPOs, in words. */
export function rpoBreachInWords(dataClass: Pick<GradedDataClass, "name" | "rpoMinutes" | "ageMinutes">): string {
  return `${dataClass.name}: the newest verified restore point is ${formatMinutes(dataClass.ageMinutes ?? 0)} old, beyond four times its ${formatMinutes(dataClass.rpoMinutes)} RPO.`;
}

/** An overdue check, in words. */
export function overdueCheckInWords(check: Pick<GradedCheck, "cadence" | "activity" | "dueAt">): string {
  return `${check.cadence} backup check overdue since ${formatDateAndTime(check.dueAt)} UTC: ${check.activity}.`;
}

export function presentBackupStatus({ generatedAt, dataClasses, checks }: BackupStatus): BackupStatusView {
  return {
    generatedAt,
    dataClasses: dataClasses.map(({ key, name, rpoMinutes, state, newestRestorePointAt, ageMinutes, breachesAt, alerting }) => ({
      key,
      name,
      rpoMinutes,
      state,
      newestRestorePointAt,
      ageMinutes,
      breachesAt,
      alerting,
    })),
    checks: checks.map(({ key, cadence, intervalDays, activity, state, lastSuccessAt, lastRun, dueAt, alerting }) => ({
      key,
      cadence,
      intervalDays,
      activity,
      state,
      lastSuccessAt,
      lastRun: lastRun && { performedAt: lastRun.performedAt, succeeded: lastRun.succeeded },
      dueAt,
      alerting,
    })),
    alerts: [
      ...dataClasses.filter((item) => item.alerting).map((item) => ({ kind: "data-class" as const, key: item.key, message: rpoBreachInWords(item) })),
      ...checks.filter((item) => item.alerting).map((item) => ({ kind: "check" as const, key: item.key, message: overdueCheckInWords(item) })),
    ],
  };
}
