// How long each stage of the response took, for the review's timeline and the plan's recovery
// metrics (Continuous Improvement › Metrics and KPIs: mean time to detection, mean time to
// recovery). Detection starts the plan's clocks (RTO deadlines, escalation), so the later stages
// count from it too, and each ends at what actually happened: a page answered, a first step
// taken, the move to Monitoring, the resolution.
import { minutesBetween } from "@/lib/format";
import type { IncidentEvent, IncidentEventType } from "@/lib/timeline/types";

export type IncidentTimes = {
  impactStartedAt: Date | null;
  detectedAt: Date;
  declaredAt: Date;
  /** When the incident moved to Assessing. */
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
};

/** What the timeline and the escalation pages recorded people doing. */
export type ResponseRecord = {
  /** Every time someone acknowledged one of the incident's escalation pages. */
  pageAcknowledgements: Date[];
  events: readonly IncidentEvent[];
};

export type DurationKey = "detect" | "declare" | "acknowledge" | "respond" | "mitigate" | "resolve";

export type ReviewDuration = {
  key: DurationKey;
  label: string;
  from: string;
  to: string;
  /** Whole minutes; null when either end was not recorded. */
  minutes: number | null;
};

/** Hands-on work on the incident besides ticking steps, as opposed to declaring, moving or staffing it. */
const RESPONSE_EVENTS: ReadonlySet<IncidentEventType> = new Set(["note.added", "status_update.posted", "service.restored", "escalation.manual"]);

// An untick is a correction, not a response.
const isResponse = (event: IncidentEvent) => (event.type === "checklist.item_updated" ? event.data.done : RESPONSE_EVENTS.has(event.type));

function earliest(dates: Date[]): Date | null {
  return dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null;
}

/** The first hands-on response: a step ticked, a note, a status update, a restore, an escalation by hand. */
function firstResponseAt(events: ResponseRecord["events"]): Date | null {
  return earliest(events.filter(isResponse).map((event) => new Date(event.at)));
}

type End = { at: Date | null; label: string };

/** A stage's length; null unless both its times were recorded. */
function stageMinutes(from: Date | null, to: Date | null): number | null {
  return from && to ? minutesBetween(from, to) : null;
}

export function reviewDurations(times: IncidentTimes, record: ResponseRecord): ReviewDuration[] {
  const detected: End = { at: times.detectedAt, label: "Detected" };
  const firstPage = earliest(record.pageAcknowledgements);
  // A page answered is the acknowledgement; an incident nobody was paged for was acknowledged by
  // whoever moved it to Assessing.
  const acknowledged: End = firstPage ? { at: firstPage, label: "First page acknowledged" } : { at: times.acknowledgedAt, label: "Moved to Assessing" };
  const stages: { key: DurationKey; label: string; from: End; to: End }[] = [
    { key: "detect", label: "Time to detect", from: { at: times.impactStartedAt, label: "Impact started" }, to: detected },
    { key: "declare", label: "Time to declare", from: detected, to: { at: times.declaredAt, label: "Declared" } },
    { key: "acknowledge", label: "Time to acknowledge", from: detected, to: acknowledged },
    { key: "respond", label: "Time to respond", from: detected, to: { at: firstResponseAt(record.events), label: "First step, note or update" } },
    { key: "mitigate", label: "Time to mitigate", from: detected, to: { at: times.mitigatedAt, label: "Moved to Monitoring" } },
    { key: "resolve", label: "Time to resolve", from: detected, to: { at: times.resolvedAt, label: "Resolved" } },
  ];
  return stages.map(({ key, label, from, to }) => ({ key, label, from: from.label, to: to.label, minutes: stageMinutes(from.at, to.at) }));
}
