import { z } from "zod";
import { text, wholeNumber } from "@/lib/input";

const NAME = { min: 1, max: 100 };
const PHRASE = { min: 1, max: 300 };

/** Any subset of a backup policy as GET /api/backup-policies shows it; null clears an optional field. */
export const updateBackupPolicySchema = z.strictObject({
  name: text(NAME).optional(),
  /** How often a copy is made, as the plan words it ("Every 15 minutes"). */
  frequency: text(PHRASE).optional(),
  /** The same as a period in minutes, checked against the RPO; null where the plan gives none. */
  frequencyMinutes: wholeNumber({ min: 1, max: 60 * 24 * 365 }).nullable().optional(),
  /** When a full copy is taken, for a policy that takes increments in between. */
  fullBackup: text(PHRASE).nullable().optional(),
  retention: text(PHRASE).optional(),
  location: text(PHRASE).optional(),
});

/** Any subset of a backup verification check as GET /api/backup-verification-schedule shows it. */
export const updateVerificationScheduleSchema = z.strictObject({
  /** "Daily", "Weekly", … */
  cadence: text(NAME).optional(),
  /** The days between two runs, which say when a check is overdue. */
  intervalDays: wholeNumber({ min: 1, max: 366 }).optional(),
  activity: text({ min: 1, max: 500 }).optional(),
});

export type UpdateBackupPolicyInput = z.input<typeof updateBackupPolicySchema>;
export type UpdateVerificationScheduleInput = z.input<typeof updateVerificationScheduleSchema>;
