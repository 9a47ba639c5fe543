import { z } from "zod";
import { CLOCK_SKEW_MS } from "@/lib/incidents/schema";

const NOTE_MAX = 10_000;
// An estimate in the currency the business reports in; the column holds 14 digits, 2 after the point.
const COST_MAX = 999_999_999_999.99;

/** Text a reviewer writes; an empty text clears it. */
const note = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, `must be at most ${max.toLocaleString("en-GB")} characters`)
    .transform((text) => text || null)
    .nullable();

const wholeNumber = (unit: string) =>
  z.number({ error: `must be a number of ${unit}` }).int(`must be a whole number of ${unit}`).min(0, "cannot be negative");

export const updateReviewSchema = z
  .object({
    /** When the meeting was held; null when it has not been. */
    heldAt: z.coerce
      .date({ error: "must be a date and time such as 2026-11-27T10:00:00Z" })
      .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future")
      .nullable(),
    wentWell: note(NOTE_MAX),
    couldImprove: note(NOTE_MAX),
    documentationUpdates: note(NOTE_MAX),
    downtimeMinutes: wholeNumber("minutes").nullable(),
    usersAffected: wholeNumber("users").nullable(),
    estimatedCost: z
      .number({ error: "must be an amount such as 12500.50" })
      .min(0, "cannot be negative")
      .max(COST_MAX, "is too large")
      .multipleOf(0.01, "must have at most two decimals")
      .nullable(),
  })
  .partial()
  .refine((input) => Object.keys(input).length > 0, "name at least one field to change");

export const scoreCriterionSchema = z.object({
  /** Met, not met, or null to take a score back. */
  met: z.boolean({ error: "must be true, false or null" }).nullable(),
  note: note(2_000).optional(),
});

export const recordImpactStartSchema = z.object({
  /** When users were first affected; null to take it back. */
  impactStartedAt: z.coerce
    .date({ error: "must be a date and time such as 2026-11-25T09:40:00Z" })
    .nullable(),
});

export const recordDataLossSchema = z.object({
  /** The measured data-loss window, against the service's RPO. */
  dataLossMinutes: wholeNumber("minutes"),
});

export const addAttendeeSchema = z
  .object({
    /** A Muster user; their name is kept with the review. */
    userId: z.string().trim().min(1, "is required").optional(),
    /** Someone outside Muster (a stakeholder, a vendor). */
    name: z.string({ error: "must be text" }).trim().max(200, "must be at most 200 characters").optional(),
  })
  .refine((input) => input.userId || input.name, { message: "pick a user or type a name", path: ["name"] });
