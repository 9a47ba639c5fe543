import { z } from "zod";
import { id, text, wholeNumber } from "@/lib/input";

const NAME = { min: 1, max: 100 };

/** Any subset of a recovery test as GET /api/drills shows it; a null runbookKey leaves it without a procedure. */
export const updateDrillScheduleSchema = z.strictObject({
  testType: text(NAME).optional(),
  /** How often, as the plan words it ("Quarterly"). */
  frequency: text(NAME).optional(),
  /** The months between two runs, which say when the next is due. */
  intervalMonths: wholeNumber({ min: 1, max: 60 }).optional(),
  /** How long a run is planned to take. */
  durationMinutes: wholeNumber({ min: 1, max: 60 * 24 * 7 }).optional(),
  scope: text({ min: 1, max: 500 }).optional(),
  /** The runbook a drill of this type works through. */
  runbookKey: id("a runbook's key").nullable().optional(),
});

/** Any subset of a success criterion as GET /api/success-criteria shows it. */
export const updateSuccessCriterionSchema = z.strictObject({
  name: text(NAME).optional(),
  description: text({ min: 1, max: 1000 }).optional(),
});

export type UpdateDrillScheduleInput = z.input<typeof updateDrillScheduleSchema>;
export type UpdateSuccessCriterionInput = z.input<typeof updateSuccessCriterionSchema>;
