// What GET /api/drills and GET /api/success-criteria answer, and their PATCHes.
import { z } from "zod";

export const drillScheduleSchema = z.object({
  key: z.string(),
  testType: z.string(),
  frequency: z.string(),
  intervalMonths: z.int(),
  durationMinutes: z.int(),
  scope: z.string(),
  /** The runbook a drill of this type works through; null when none is written yet. */
  runbookKey: z.string().nullable(),
});
export const drillScheduleListSchema = z.array(drillScheduleSchema);
type DrillScheduleView = z.infer<typeof drillScheduleSchema>;

type DrillScheduleRow = Omit<DrillScheduleView, "runbookKey"> & { runbook: { key: string } | null };

export function presentDrillSchedule({ key, testType, frequency, intervalMonths, durationMinutes, scope, runbook }: DrillScheduleRow): DrillScheduleView {
  return { key, testType, frequency, intervalMonths, durationMinutes, scope, runbookKey: runbook?.key ?? null };
}

export const successCriterionSchema = z.object({ key: z.string(), name: z.string(), description: z.string() });
export const successCriterionListSchema = z.array(successCriterionSchema);
type SuccessCriterionView = z.infer<typeof successCriterionSchema>;

export function presentSuccessCriterion({ key, name, description }: SuccessCriterionView): SuccessCriterionView {
  return { key, name, description };
}
