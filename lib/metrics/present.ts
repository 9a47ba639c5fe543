// What GET /api/metrics answers: the recovery metrics of real incidents and of drills, each
// overall, by severity, by service and by month, with the action items' completion.
import { z } from "zod";
import { Severity } from "@/lib/generated/prisma/enums";
import type { ActionItemFigures, Figures, Mean, Metrics, MetricsReport, Rate } from "@/lib/metrics/types";

const meanSchema = z.object({ minutes: z.number().nullable(), count: z.int() });
const rateSchema = z.object({ met: z.int(), measured: z.int(), rate: z.number().nullable() });

const figuresSchema = z.object({
  incidents: z.int(),
  /** Mean time to detect: impact start → detection. */
  mttd: meanSchema,
  /** Team response time: detection → acknowledgement. */
  response: meanSchema,
  /** Mean time to recover: detection → resolution. */
  mttr: meanSchema,
  rto: rateSchema,
  rpo: rateSchema,
});

const reportSchema = z.object({
  overall: figuresSchema,
  bySeverity: z.array(figuresSchema.extend({ severity: z.enum(Severity) })),
  byService: z.array(figuresSchema.extend({ key: z.string(), name: z.string() })),
  /** `month` is the calendar month of detection, UTC, as "2026-07". */
  byMonth: z.array(figuresSchema.extend({ month: z.string() })),
  actionItems: z.object({ total: z.int(), done: z.int(), completion: z.number().nullable(), open: z.int(), overdue: z.int() }),
});

export const metricsSchema = z.object({ incidents: reportSchema, drills: reportSchema });
type MetricsAnswer = z.infer<typeof metricsSchema>;

const presentMean = ({ minutes, count }: Mean) => ({ minutes, count });
const presentRate = ({ met, measured, rate }: Rate) => ({ met, measured, rate });

function presentFigures({ incidents, mttd, response, mttr, rto, rpo }: Figures) {
  return { incidents, mttd: presentMean(mttd), response: presentMean(response), mttr: presentMean(mttr), rto: presentRate(rto), rpo: presentRate(rpo) };
}

function presentActionItemFigures({ total, done, completion, open, overdue }: ActionItemFigures) {
  return { total, done, completion, open, overdue };
}

function presentReport({ overall, bySeverity, byService, byMonth, actionItems }: MetricsReport) {
  return {
    overall: presentFigures(overall),
    bySeverity: bySeverity.map((figures) => ({ ...presentFigures(figures), severity: figures.severity })),
    byService: byService.map((figures) => ({ ...presentFigures(figures), key: figures.key, name: figures.name })),
    byMonth: byMonth.map((figures) => ({ ...presentFigures(figures), month: figures.month })),
    actionItems: presentActionItemFigures(actionItems),
  };
}

export function presentMetrics({ incidents, drills }: Metrics): MetricsAnswer {
  return { incidents: presentReport(incidents), drills: presentReport(drills) };
}
