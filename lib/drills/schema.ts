import { z } from "zod";
import { id, text, wholeNumber } from "@/lib/input";

const NAME = { min: 1, max: 100 };
// More services than the plan's priority matrix lists is a mistake, not a scope.
const MAX_SCOPE_SERVICES = 100;

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
  /** The scenario a drill of this type rehearses; null for none. */
  scenarioKey: id("a scenario's key").nullable().optional(),
  /** The services its scope recovers, each once. */
  serviceKeys: z
    .array(id("a service's key"), { error: "must be a list of service keys" })
    .max(MAX_SCOPE_SERVICES, `must name at most ${MAX_SCOPE_SERVICES} services`)
    .refine((keys) => new Set(keys).size === keys.length, "must name each service once")
    .optional(),
});

/** Starting a drill: everything else comes from the schedule. */
export const startDrillSchema = z.strictObject({
  /** By default "<test type> drill". */
  title: text({ min: 3, max: 200 }).optional(),
  /** Whether its escalations and updates reach people outside Muster (by default they do not). */
  drillNotifiesExternal: z.boolean({ error: "must be true or false" }).optional(),
});

/** Any subset of a success criterion as GET /api/success-criteria shows it. */
export const updateSuccessCriterionSchema = z.strictObject({
  name: text(NAME).optional(),
  description: text({ min: 1, max: 1000 }).optional(),
});

export type UpdateDrillScheduleInput = z.input<typeof updateDrillScheduleSchema>;
export type UpdateSuccessCriterionInput = z.input<typeof updateSuccessCriterionSchema>;
