// Each affected service's recovery against its objectives (the plan's Service Priority Matrix),
// and what that suggests for the plan's "RTO Achievement" and "RPO Achievement" success criteria.
import { formatCount } from "@/lib/format";
import { minutesBetween } from "@/lib/format";

export type Verdict = "met" | "missed" | "not_recorded";

export type AffectedServiceRecord = {
  key: string;
  name: string;
  rtoDeadline: Date;
  rpoTargetMinutes: number;
  restoredAt: Date | null;
  breachedAt: Date | null;
  recoveryMinutes: number | null;
  dataLossMinutes: number | null;
};

export type ServiceOutcome = {
  key: string;
  name: string;
  rtoTargetMinutes: number;
  /** From detection to restoration; null while it was never marked restored. */
  recoveryMinutes: number | null;
  rto: Verdict;
  rpoTargetMinutes: number;
  dataLossMinutes: number | null;
  rpo: Verdict;
};

function rtoVerdict(service: AffectedServiceRecord): Verdict {
  if (service.restoredAt) return service.restoredAt <= service.rtoDeadline ? "met" : "missed";
  // Never marked restored: a recorded breach still says the target was missed.
  return service.breachedAt ? "missed" : "not_recorded";
}

export function serviceOutcome(service: AffectedServiceRecord, detectedAt: Date): ServiceOutcome {
  return {
    key: service.key,
    name: service.name,
    rtoTargetMinutes: minutesBetween(detectedAt, service.rtoDeadline),
    recoveryMinutes: service.recoveryMinutes,
    rto: rtoVerdict(service),
    rpoTargetMinutes: service.rpoTargetMinutes,
    dataLossMinutes: service.dataLossMinutes,
    rpo: service.dataLossMinutes === null ? "not_recorded" : service.dataLossMinutes <= service.rpoTargetMinutes ? "met" : "missed",
  };
}

/** The plan's success criteria the figures speak to (seeded with these keys). */
const RTO_CRITERION = "rto-achievement";
const RPO_CRITERION = "rpo-achievement";

export type Suggestion = { met: boolean; reason: string };

function suggest(verdicts: Verdict[], objective: "RTO" | "RPO"): Suggestion | null {
  const missed = verdicts.filter((verdict) => verdict === "missed").length;
  if (missed) return { met: false, reason: `${missed} of ${formatCount(verdicts.length, "service")} missed the ${objective}` };
  if (!verdicts.length || verdicts.includes("not_recorded")) return null;
  return { met: true, reason: `every service met its ${objective}` };
}

/** What the figures say for a criterion: null where they say nothing, or not yet. */
export function suggestedScores(outcomes: ServiceOutcome[]): Record<string, Suggestion | null> {
  return {
    [RTO_CRITERION]: suggest(
      outcomes.map((outcome) => outcome.rto),
      "RTO",
    ),
    [RPO_CRITERION]: suggest(
      outcomes.map((outcome) => outcome.rpo),
      "RPO",
    ),
  };
}
