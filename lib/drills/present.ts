// What GET /api/drills and GET /api/success-criteria answer, and their PATCHes.
import { z } from "zod";
import { DRILL_STATES } from "@/lib/drills/due-dates";
import { IncidentState } from "@/lib/generated/prisma/enums";
import { instant } from "@/lib/present";

/** A test's fields as the plan holds them: what an admin edits and the plan's history records. */
const drillPlanShape = {
  key: z.string(),
  testType: z.string(),
  frequency: z.string(),
  intervalMonths: z.int(),
  durationMinutes: z.int(),
  scope: z.string(),
  /** The runbook a drill of this type works through; null when none is written yet. */
  runbookKey: z.string().nullable(),
  /** The scenario a drill of this type rehearses. */
  scenarioKey: z.string().nullable(),
  /** The services its scope recovers: a drill starts with them affected. */
  serviceKeys: z.array(z.string()),
};

export const drillScheduleSchema = z.object({
  ...drillPlanShape,
  /** When a drill of this type was last started; null when never. */
  lastRunAt: instant().nullable(),
  /** The day the next run is due: one interval after the last, or after the plan's adoption. */
  nextDueAt: instant(),
  /** done until a week before the due day, due then, overdue once the day has passed. */
  state: z.enum(DRILL_STATES),
  /** The drill of this type under way, if one is. */
  running: z.object({ id: z.string(), number: z.int(), title: z.string(), state: z.enum(IncidentState), declaredAt: instant() }).nullable(),
});
export const drillScheduleListSchema = z.array(drillScheduleSchema);
type DrillPlanValues = z.infer<z.ZodObject<typeof drillPlanShape>>;
type DrillScheduleView = z.infer<typeof drillScheduleSchema>;

type DrillPlanRow = Omit<DrillPlanValues, "runbookKey" | "scenarioKey" | "serviceKeys"> & {
  runbook: { key: string } | null;
  scenario: { key: string } | null;
  services: readonly { key: string }[];
};
type DrillScheduleRow = DrillPlanRow & Pick<DrillScheduleView, "lastRunAt" | "nextDueAt" | "state" | "running">;

/** A test's plan fields, as the plan's change record keeps them. */
export function drillPlanValues({ key, testType, frequency, intervalMonths, durationMinutes, scope, runbook, scenario, services }: DrillPlanRow): DrillPlanValues {
  return {
    key,
    testType,
    frequency,
    intervalMonths,
    durationMinutes,
    scope,
    runbookKey: runbook?.key ?? null,
    scenarioKey: scenario?.key ?? null,
    serviceKeys: services.map((service) => service.key),
  };
}

export function presentDrillSchedule(drill: DrillScheduleRow): DrillScheduleView {
  const { running } = drill;
  return {
    ...drillPlanValues(drill),
    lastRunAt: drill.lastRunAt,
    nextDueAt: drill.nextDueAt,
    state: drill.state,
    running: running && { id: running.id, number: running.number, title: running.title, state: running.state, declaredAt: running.declaredAt },
  };
}

export const successCriterionSchema = z.object({ key: z.string(), name: z.string(), description: z.string() });
export const successCriterionListSchema = z.array(successCriterionSchema);
type SuccessCriterionView = z.infer<typeof successCriterionSchema>;

export function presentSuccessCriterion({ key, name, description }: SuccessCriterionView): SuccessCriterionView {
  return { key, name, description };
}

/** What POST /api/drills/{key}/start answers: the drill's incident, to open its war room. */
export const startedDrillSchema = z.object({ id: z.string(), number: z.int(), title: z.string(), drillKey: z.string() });
export type StartedDrillView = z.infer<typeof startedDrillSchema>;

export function presentStartedDrill({ id, number, title }: { id: string; number: number; title: string }, drillKey: string): StartedDrillView {
  return { id, number, title, drillKey };
}
