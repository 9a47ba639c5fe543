// What GET /api/runbooks and /api/runbooks/{key} answer, and what the runbook's writes answer: the
// runbook with its phases in order and each phase's steps in order, by the field names writes take.
import { z } from "zod";
import { RunbookKind, WindowAnchor } from "@/lib/generated/prisma/enums";
import type { RunbookSummary, RunbookWithSteps } from "@/lib/runbooks/data";

const scenarioLinkSchema = z.object({ key: z.string(), name: z.string() });

export const runbookSummarySchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(RunbookKind),
  situation: z.string().nullable(),
  /** The scenarios whose declaration brings this runbook into the checklist. */
  scenarios: z.array(scenarioLinkSchema),
  phaseCount: z.int(),
  stepCount: z.int(),
});
export const runbookSummaryListSchema = z.array(runbookSummarySchema);

export const runbookStepSchema = z.object({
  /** The step's id, for PATCH and DELETE /api/runbooks/{key}/steps/{id}. */
  id: z.string(),
  /** 1 is the phase's first step. */
  position: z.int(),
  title: z.string(),
  details: z.array(z.string()),
  command: z.string().nullable(),
  /** The service the step brings back. */
  serviceKey: z.string().nullable(),
});

export const runbookPhaseSchema = z.object({
  key: z.string(),
  name: z.string(),
  /** 1 is the runbook's first phase. */
  position: z.int(),
  windowStartMinutes: z.int().nullable(),
  windowEndMinutes: z.int().nullable(),
  windowAnchor: z.enum(WindowAnchor),
  steps: z.array(runbookStepSchema),
});

export const runbookSchema = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(RunbookKind),
  situation: z.string().nullable(),
  detection: z.array(z.string()),
  scenarios: z.array(scenarioLinkSchema),
  phases: z.array(runbookPhaseSchema),
});
export type RunbookView = z.infer<typeof runbookSchema>;

export function presentRunbookSummaries(runbooks: readonly RunbookSummary[]): z.infer<typeof runbookSummaryListSchema> {
  return runbooks.map(({ key, title, kind, situation, scenarios, phaseCount, stepCount }) => ({ key, title, kind, situation, scenarios, phaseCount, stepCount }));
}

export function presentRunbook(runbook: RunbookWithSteps): RunbookView {
  const { key, title, kind, situation, detection, scenarios, phases } = runbook;
  return {
    key,
    title,
    kind,
    situation,
    detection,
    scenarios: scenarios.map(({ scenario }) => scenario),
    phases: phases.map(({ key, name, position, windowStartMinutes, windowEndMinutes, windowAnchor, steps }) => ({
      key,
      name,
      position,
      windowStartMinutes,
      windowEndMinutes,
      windowAnchor,
      steps: steps.map(({ id, position, title, details, command, service }) => ({ id, position, title, details, command, serviceKey: service?.key ?? null })),
    })),
  };
}
