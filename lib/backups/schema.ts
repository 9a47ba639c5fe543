import { z } from "zod";
import { dateTime, id, text, wholeNumber } from "@/lib/input";

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

// A run time up to a minute ahead of the server's clock is a skewed clock, not the future.
const CLOCK_SKEW_MS = 60_000;
const notInTheFuture = () => dateTime().refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future");

/** The most verifications GET /api/backups/verifications answers with. */
export const VERIFICATION_LIST_LIMIT = 50;

/**
 * One run of a verification check, from a person or a backup job. It proves a class of data of the
 * plan's RPO table (the RPO is set per class, not per backup policy); a successful run names the
 * restore point it restored, which can be no later than the run itself.
 */
export const recordVerificationSchema = z
  .strictObject({
    /** The verification check this run belongs to: a key of GET /api/backup-verification-schedule. */
    check: id("a verification check's key, such as daily-integrity-check"),
    /** The class of data it proved: database, user-content or configuration. */
    dataClass: id("a data class's key, such as database"),
    performedAt: notInTheFuture(),
    succeeded: z.boolean({ error: "must be true or false" }),
    /** The moment the restored copy holds data up to. */
    restorePointAt: notInTheFuture().nullable().optional(),
    notes: text({ max: 2000 }).nullable().optional(),
  })
  .superRefine((run, context) => {
    // zod runs this beside a field's own refusal, with that field's value as sent: leave it to that refusal.
    if (typeof run.succeeded !== "boolean" || !(run.performedAt instanceof Date) || (run.restorePointAt != null && !(run.restorePointAt instanceof Date))) return;
    if (run.succeeded && !run.restorePointAt) {
      context.addIssue({ code: "custom", path: ["restorePointAt"], message: "is required when the run succeeded: the moment the restored copy holds data up to" });
    } else if (run.restorePointAt && run.restorePointAt.getTime() > run.performedAt.getTime()) {
      context.addIssue({ code: "custom", path: ["restorePointAt"], message: "must be no later than the time the check ran: a run restores a copy taken before it" });
    }
  });

/** GET /api/backups/verifications?check=…: the most recent runs, of one check or of all. */
export const verificationQuerySchema = z.strictObject({
  check: id("a verification check's key, such as daily-integrity-check").optional(),
});

export type RecordVerificationInput = z.input<typeof recordVerificationSchema>;
