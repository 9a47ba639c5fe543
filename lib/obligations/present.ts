// What leaves the server about reporting obligations: the plan's obligations, and an incident's
// obligations with each deadline's due time and report.
import { z } from "zod";
import { ObligationClockStart } from "@/lib/generated/prisma/enums";
import { scheduleDeadlines } from "@/lib/obligations/deadlines";
import { DEADLINE_BASES, type DeadlineRule } from "@/lib/obligations/types";
import { instant } from "@/lib/present";

const deadlineRuleShape = {
  key: z.string(),
  name: z.string(),
  within: z.string(),
  from: z.enum(DEADLINE_BASES),
  atMostAfterDetection: z.string().nullable(),
};
const deadlineRuleSchema = z.object(deadlineRuleShape);

/** Deadlines as a row's JSON column keeps them: written by Muster from a checked input. */
export function storedDeadlines(value: unknown): DeadlineRule[] {
  return z.array(deadlineRuleSchema).parse(value);
}

export const reportingObligationSchema = z.object({
  key: z.string(),
  name: z.string(),
  clockStart: z.enum(ObligationClockStart),
  deadlines: z.array(deadlineRuleSchema),
});
export const reportingObligationListSchema = z.array(reportingObligationSchema);
export type ReportingObligationAnswer = z.infer<typeof reportingObligationSchema>;

export function presentReportingObligation(row: { key: string; name: string; clockStart: ObligationClockStart; deadlines: unknown }): ReportingObligationAnswer {
  return { key: row.key, name: row.name, clockStart: row.clockStart, deadlines: storedDeadlines(row.deadlines) };
}

export const incidentObligationSchema = z.object({
  key: z.string(),
  name: z.string(),
  clockStart: z.enum(ObligationClockStart),
  classifiedAt: instant(),
  clockStartedAt: instant(),
  deadlines: z.array(
    z.object({
      ...deadlineRuleShape,
      /** Null while it waits for the report before it. */
      dueAt: instant().nullable(),
      cappedByDetection: z.boolean(),
      waitingFor: z.object({ key: z.string(), name: z.string() }).nullable(),
      report: z.object({ reportedAt: instant(), reference: z.string().nullable() }).nullable(),
    }),
  ),
});
export const incidentObligationListSchema = z.array(incidentObligationSchema);
export type IncidentObligationAnswer = z.infer<typeof incidentObligationSchema>;

type IncidentObligationRow = {
  obligationKey: string;
  name: string;
  clockStart: ObligationClockStart;
  deadlines: unknown;
  classifiedAt: Date;
  clockStartedAt: Date;
  reports: { deadlineKey: string; reportedAt: Date; reference: string | null }[];
};

export function presentIncidentObligation(row: IncidentObligationRow, detectedAt: Date): IncidentObligationAnswer {
  const deadlines = scheduleDeadlines({ detectedAt, clockStartedAt: row.clockStartedAt }, storedDeadlines(row.deadlines), row.reports);
  return {
    key: row.obligationKey,
    name: row.name,
    clockStart: row.clockStart,
    classifiedAt: row.classifiedAt,
    clockStartedAt: row.clockStartedAt,
    deadlines: deadlines.map((deadline) => ({
      key: deadline.key,
      name: deadline.name,
      within: deadline.within,
      from: deadline.from,
      atMostAfterDetection: deadline.atMostAfterDetection,
      dueAt: deadline.dueAt,
      cappedByDetection: deadline.cappedByDetection,
      waitingFor: deadline.waitingFor,
      report: deadline.report && { reportedAt: deadline.report.reportedAt, reference: deadline.report.reference },
    })),
  };
}
