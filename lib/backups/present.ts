// What GET /api/backup-policies and GET /api/backup-verification-schedule answer, and their PATCHes.
import { z } from "zod";
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
