// The plan's recovery metrics ("Continuous Improvement › Metrics and KPIs"): what they are computed
// from, as plain records, and what they come to. Plain data, so the page, the API and the tests
// share one shape and the browser gets it as it is (no dates).
import type { ActionItemStatus, Severity } from "@/lib/generated/prisma/enums";

/** An affected service of an incident, as the metrics read it. */
export type AffectedServiceRecord = {
  key: string;
  name: string;
  /** The service's place in the priority matrix, to list services in the plan's order. */
  position: number;
  rtoDeadline: Date;
  rpoTargetMinutes: number;
  restoredAt: Date | null;
  dataLossMinutes: number | null;
};

export type IncidentRecord = {
  severity: Severity;
  isDrill: boolean;
  impactStartedAt: Date | null;
  detectedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  /** The incident's measured data-loss window, for services that have none of their own. */
  dataLossMinutes: number | null;
  services: AffectedServiceRecord[];
};

export type ActionItemRecord = {
  status: ActionItemStatus;
  dueDate: Date | null;
  /** Raised by the review of a drill: counted with the drills. */
  fromDrill: boolean;
};

/** A mean duration in minutes over `count` incidents; null when no incident records it. */
export type Mean = { minutes: number | null; count: number };

/** How many of the `measured` met their objective; `rate` is met / measured, null when none was measured. */
export type Rate = { met: number; measured: number; rate: number | null };

export type Figures = {
  incidents: number;
  /** Mean time to detect: impact start → detection. */
  mttd: Mean;
  /** Team response time: detection → acknowledgement. */
  response: Mean;
  /** Mean time to recover: detection → resolution. */
  mttr: Mean;
  /** Affected services restored within their RTO. */
  rto: Rate;
  /** Affected services whose measured data loss stayed within their RPO. */
  rpo: Rate;
};

export type SeverityFigures = Figures & { severity: Severity };
export type ServiceFigures = Figures & { key: string; name: string };
/** `month` is the calendar month of detection, UTC, as "2026-07". */
export type MonthFigures = Figures & { month: string };

export type ActionItemFigures = {
  /** Every action item but the cancelled ones. */
  total: number;
  done: number;
  /** done / total; null when there is none. */
  completion: number | null;
  /** Open or in progress. */
  open: number;
  /** Open or in progress, and past its due date. */
  overdue: number;
};

export type MetricsReport = {
  overall: Figures;
  bySeverity: SeverityFigures[];
  byService: ServiceFigures[];
  byMonth: MonthFigures[];
  actionItems: ActionItemFigures;
};

/** Real incidents and drills apart: a rehearsal never flatters or spoils the real figures. */
export type Metrics = { incidents: MetricsReport; drills: MetricsReport };
