// The plan's recovery and preparedness metrics, computed from plain records so each figure can be
// checked by hand. Every breakdown (severity, service, month) is the same figure over a subset.
import { isOverdue } from "@/lib/action-items/overdue";
import { MINUTE_MS } from "@/lib/format";
import { Severity } from "@/lib/generated/prisma/enums";
import type {
  ActionItemFigures,
  ActionItemRecord,
  AffectedServiceRecord,
  Figures,
  IncidentRecord,
  Mean,
  Metrics,
  MetricsReport,
  MonthFigures,
  Rate,
  ServiceFigures,
} from "@/lib/metrics/types";

/** Month by month covers the last twelve months: the look-back of the plan's annual review. */
export const MONTHS_SHOWN = 12;

/** An incident with the affected services a figure looks at (all of them, or one for "by service"). */
type Slice = { incident: IncidentRecord; services: AffectedServiceRecord[] };

function minutesBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MINUTE_MS;
}

function mean(values: number[]): Mean {
  const minutes = values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
  return { minutes, count: values.length };
}

/** Outcomes are met (true), missed (false) or not decided yet (null, left out). */
function rate(outcomes: (boolean | null)[]): Rate {
  const decided = outcomes.filter((outcome) => outcome !== null);
  const met = decided.filter(Boolean).length;
  return { met, measured: decided.length, rate: decided.length ? met / decided.length : null };
}

/**
 * Whether an affected service came back within its RTO. A service never marked restored counts as
 * restored when its incident was resolved (resolution means it is back); in an incident still being
 * worked it has missed once its deadline passed, and is not decided before that.
 */
export function rtoMet(service: AffectedServiceRecord, incident: Pick<IncidentRecord, "resolvedAt">, now: Date): boolean | null {
  const restoredAt = service.restoredAt ?? incident.resolvedAt;
  if (restoredAt) return restoredAt <= service.rtoDeadline;
  return service.rtoDeadline <= now ? false : null;
}

/**
 * Whether an affected service lost no more data than its RPO allows: its own measured window, else
 * the incident's. Null when neither was measured.
 */
export function rpoMet(service: AffectedServiceRecord, incident: Pick<IncidentRecord, "dataLossMinutes">): boolean | null {
  const window = service.dataLossMinutes ?? incident.dataLossMinutes;
  return window === null ? null : window <= service.rpoTargetMinutes;
}

function figures(slices: Slice[], now: Date): Figures {
  const incidents = slices.map((slice) => slice.incident);
  const span = (from: (incident: IncidentRecord) => Date | null, to: (incident: IncidentRecord) => Date | null) =>
    mean(
      incidents.flatMap((incident) => {
        const start = from(incident);
        const end = to(incident);
        return start && end ? [minutesBetween(start, end)] : [];
      }),
    );
  return {
    incidents: incidents.length,
    mttd: span((incident) => incident.impactStartedAt, (incident) => incident.detectedAt),
    response: span((incident) => incident.detectedAt, (incident) => incident.acknowledgedAt),
    mttr: span((incident) => incident.detectedAt, (incident) => incident.resolvedAt),
    rto: rate(slices.flatMap(({ incident, services }) => services.map((service) => rtoMet(service, incident, now)))),
    rpo: rate(slices.flatMap(({ incident, services }) => services.map((service) => rpoMet(service, incident)))),
  };
}

const whole = (incident: IncidentRecord): Slice => ({ incident, services: incident.services });

/** "2026-07": the calendar month (UTC) an instant falls in. */
function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Every month from the first incident's to now's, at most the last MONTHS_SHOWN; none without incidents. */
function byMonth(incidents: IncidentRecord[], now: Date): MonthFigures[] {
  if (!incidents.length) return [];
  const first = new Date(Math.min(...incidents.map((incident) => incident.detectedAt.getTime())));
  const months: MonthFigures[] = [];
  for (let back = MONTHS_SHOWN - 1; back >= 0; back--) {
    const month = monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
    if (month < monthOf(first)) continue;
    const inMonth = incidents.filter((incident) => monthOf(incident.detectedAt) === month);
    months.push({ month, ...figures(inMonth.map(whole), now) });
  }
  return months;
}

/** Each service any incident affected, in the priority matrix's order, over the incidents that affected it. */
function byService(incidents: IncidentRecord[], now: Date): ServiceFigures[] {
  const services = new Map<string, AffectedServiceRecord>();
  for (const incident of incidents) for (const service of incident.services) services.set(service.key, service);
  return [...services.values()]
    .sort((a, b) => a.position - b.position)
    .map(({ key, name }) => {
      const slices = incidents.flatMap((incident) => {
        const affected = incident.services.filter((service) => service.key === key);
        return affected.length ? [{ incident, services: affected }] : [];
      });
      return { key, name, ...figures(slices, now) };
    });
}

function actionItemFigures(items: ActionItemRecord[], now: Date): ActionItemFigures {
  const counted = items.filter((item) => item.status !== "cancelled");
  const done = counted.filter((item) => item.status === "done").length;
  return {
    total: counted.length,
    done,
    completion: counted.length ? done / counted.length : null,
    open: counted.length - done,
    overdue: counted.filter((item) => isOverdue(item, now)).length,
  };
}

function report(incidents: IncidentRecord[], actionItems: ActionItemRecord[], now: Date): MetricsReport {
  return {
    overall: figures(incidents.map(whole), now),
    bySeverity: Object.values(Severity).map((severity) => ({
      severity,
      ...figures(incidents.filter((incident) => incident.severity === severity).map(whole), now),
    })),
    byService: byService(incidents, now),
    byMonth: byMonth(incidents, now),
    actionItems: actionItemFigures(actionItems, now),
  };
}

/** Every figure for real incidents, and the same for drills, which count nowhere else. */
export function computeMetrics(incidents: IncidentRecord[], actionItems: ActionItemRecord[], now: Date): Metrics {
  return {
    incidents: report(
      incidents.filter((incident) => !incident.isDrill),
      actionItems.filter((item) => !item.fromDrill),
      now,
    ),
    drills: report(
      incidents.filter((incident) => incident.isDrill),
      actionItems.filter((item) => item.fromDrill),
      now,
    ),
  };
}
