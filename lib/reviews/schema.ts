import { z } from "zod";
import { CLOCK_SKEW_MS } from "@/lib/incidents/schema";
import { dateTime, id, text, wholeNumber } from "@/lib/input";

const NOTE_MAX = 10_000;
// An estimate in the currency the business reports in; the column holds 14 digits, 2 after the point.
const COST_MAX = 999_999_999_999.99;

/** Text a reviewer writes; an empty text clears it. */
const note = (max: number) =>
  text({ max })
    .transform((text) => text || null)
    .nullable();

export const updateReviewSchema = z
  .strictObject({
    /** When the meeting was held; null when it has not been. */
    heldAt: dateTime()
      .refine((date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS, "cannot be in the future")
      .nullable(),
    wentWell: note(NOTE_MAX),
    couldImprove: note(NOTE_MAX),
    documentationUpdates: note(NOTE_MAX),
    downtimeMinutes: wholeNumber().nullable(),
    usersAffected: wholeNumber().nullable(),
    estimatedCost: z
      .number({ error: "must be an amount such as 12500.50" })
      .min(0, "cannot be negative")
      .max(COST_MAX, `must be at most ${COST_MAX}`)
      .multipleOf(0.01, "must have at most two decimals")
      .nullable(),
    /**
     * The review's version the editor saw: a save over a newer one is refused with what is saved
     * now, never written over it. Left out, the save applies to whatever is there (older clients).
     */
    version: wholeNumber({ min: 1 }),
  })
  .partial()
  .refine((input) => Object.keys(input).some((field) => field !== "version"), "name at least one field to change")
  .meta({ minProperties: 1 });

export const scoreCriterionSchema = z.strictObject({
  /** Met, not met, or null to take a score back. */
  met: z.boolean({ error: "must be true, false or null" }).nullable(),
  note: note(2_000).optional(),
});

export const recordImpactStartSchema = z.strictObject({
  /** When users were first affected; null to take it back. */
  impactStartedAt: dateTime().nullable(),
});

export const recordDataLossSchema = z.strictObject({
  /** The measured data-loss window, against the service's RPO. */
  dataLossMinutes: wholeNumber(),
});

export const addAttendeeSchema = z
  .strictObject({
    /** A Muster user; their name is kept with the review. */
    userId: id("a user's id").optional(),
    /** Someone outside Muster (a stakeholder, a vendor). */
    name: text({ max: 200 }).optional(),
  })
  .refine((input) => input.userId || input.name, { message: "pick a user or type a name", path: ["name"] });

export const confirmCriterionSchema = z.strictObject({
  /** The commander's score: what the figures suggest, or otherwise with a note saying why. */
  met: z.boolean({ error: "must be true (met) or false (not met)" }),
  note: note(2_000).optional(),
});

export const addFindingSchema = z.strictObject({
  /** What the drill or the incident found: a gap in the plan, a step that did not work. */
  text: text({ min: 3, max: 2_000 }),
});
