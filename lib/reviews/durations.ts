// How long each stage of the response took, for the review's timeline and the plan's recovery
// metrics (Continuous Improvement › Metrics and KPIs: mean time to detection, mean time to
// recovery). Detection starts the plan's clocks (RTO deadlines, escalation), so the later stages
// count from it too.
import { minutesBetween } from "@/lib/format";

export type IncidentTimes = {
  impactStartedAt: Date | null;
  detectedAt: Date;
  declaredAt: Date;
  /** The first acknowledgement: the move to Assessing, or a responder acknowledging a page. */
  acknowledgedAt: Date | null;
  mitigatedAt: Date | null;
  resolvedAt: Date | null;
};

export type DurationKey = "detect" | "declare" | "acknowledge" | "mitigate" | "resolve";

export type ReviewDuration = {
  key: DurationKey;
  label: string;
  from: string;
  to: string;
  /** Whole minutes; null when either end was not recorded. */
  minutes: number | null;
};

const STAGES: { key: DurationKey; label: string; from: [keyof IncidentTimes, string]; to: [keyof IncidentTimes, string] }[] = [
  { key: "detect", label: "Time to detect", from: ["impactStartedAt", "Impact started"], to: ["detectedAt", "Detected"] },
  { key: "declare", label: "Time to declare", from: ["detectedAt", "Detected"], to: ["declaredAt", "Declared"] },
  { key: "acknowledge", label: "Time to acknowledge", from: ["detectedAt", "Detected"], to: ["acknowledgedAt", "First acknowledgement"] },
  { key: "mitigate", label: "Time to mitigate", from: ["detectedAt", "Detected"], to: ["mitigatedAt", "Mitigated"] },
  { key: "resolve", label: "Time to resolve", from: ["detectedAt", "Detected"], to: ["resolvedAt", "Resolved"] },
];

/** A stage's length; null unless both its times were recorded. */
function stageMinutes(from: Date | null, to: Date | null): number | null {
  return from && to ? minutesBetween(from, to) : null;
}

export function reviewDurations(times: IncidentTimes): ReviewDuration[] {
  return STAGES.map(({ key, label, from, to }) => ({
    key,
    label,
    from: from[1],
    to: to[1],
    minutes: stageMinutes(times[from[0]], times[to[0]]),
  }));
}
